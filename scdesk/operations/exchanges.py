"""Exchange use cases: participants, host placements, itinerary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.model import (
    Exchange,
    HostPlacement,
    ItineraryItem,
    ParticipantRole,
    Participation,
    Person,
)
from scdesk.operations.records import get_record


def add_participant(
    session: Session, exchange_id: int, person_id: int, role: ParticipantRole
) -> Participation:
    participation = Participation(exchange_id=exchange_id, person_id=person_id, role=role)
    session.add(participation)
    session.flush()
    return participation


@dataclass(frozen=True)
class PlacementResult:
    placement: HostPlacement
    warning: str | None


def place_guest(
    session: Session, exchange_id: int, guest_id: int, host_id: int, nights: int
) -> PlacementResult:
    """Place a guest with a host; warn (not refuse) when the host has more guests than rooms."""
    placement = HostPlacement(
        exchange_id=exchange_id, guest_id=guest_id, host_id=host_id, nights=nights
    )
    session.add(placement)
    session.flush()
    host = get_record(session, Person, host_id)
    guests = (
        session.scalar(
            select(func.count(HostPlacement.id)).where(
                HostPlacement.exchange_id == exchange_id,
                HostPlacement.host_id == host_id,
                HostPlacement.deleted_at.is_(None),
            )
        )
        or 0
    )
    warning = None
    if guests > max(host.host_rooms, 0):
        warning = (
            f"{host.full_name} now hosts {guests} guests in this exchange but has "
            f"{host.host_rooms} guest room(s)."
        )
    return PlacementResult(placement, warning)


def add_itinerary_item(
    session: Session,
    exchange_id: int,
    day: date,
    title: str,
    starts_at: time | None = None,
    place: str = "",
    notes: str = "",
) -> ItineraryItem:
    exchange = get_record(session, Exchange, exchange_id)
    item = ItineraryItem(
        exchange=exchange, day=day, starts_at=starts_at, title=title, place=place, notes=notes
    )
    session.add(item)
    session.flush()
    return item
