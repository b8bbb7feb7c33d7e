"""Exchange use cases: participants, host placements, itinerary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, joinedload

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.names import display_name
from scdesk.domain.rules import require_chosen
from scdesk.model import (
    Exchange,
    HostPlacement,
    ItineraryItem,
    ParticipantRole,
    Participation,
    Person,
    PersonCategory,
)
from scdesk.operations.records import create_record, get_record


def add_participant(
    session: Session, exchange_id: int, person_id: int | None, role: ParticipantRole
) -> Participation:
    require_chosen("person_id", person_id, _("the person"))
    participation = Participation(exchange_id=exchange_id, person_id=person_id, role=role)
    session.add(participation)
    session.flush()
    return participation


@dataclass(frozen=True)
class PlacementResult:
    placement: HostPlacement
    warning: str | None


def place_guest(
    session: Session, exchange_id: int, guest_id: int | None, host_id: int | None, nights: int
) -> PlacementResult:
    """Place a guest with a host; warn (not refuse) when the host has more guests than rooms."""
    require_chosen("guest_id", guest_id, _("the guest"))
    require_chosen("host_id", host_id, _("the host"))
    placement = HostPlacement(
        exchange_id=exchange_id, guest_id=guest_id, host_id=host_id, nights=nights
    )
    session.add(placement)
    session.flush()
    return PlacementResult(placement, host_room_warning(session, exchange_id, host_id))


def host_room_warning(session: Session, exchange_id: int, host_id: int) -> str | None:
    """A warning when a host has more guests in this exchange than guest rooms."""
    warnings = _crowded_hosts(session, exchange_id, HostPlacement.host_id == host_id)
    return warnings[0] if warnings else None


def host_room_warnings(session: Session, exchange_id: int) -> list[str]:
    """The warning of every host of the exchange who has more guests than rooms."""
    return _crowded_hosts(session, exchange_id)


def _crowded_hosts(session: Session, exchange_id: int, *conditions: Any) -> list[str]:
    guests = func.count(HostPlacement.id)
    rows = session.execute(
        select(Person.given_name, Person.family_name, Person.host_rooms, guests)
        .join(Person, Person.id == HostPlacement.host_id)
        .where(
            HostPlacement.exchange_id == exchange_id,
            HostPlacement.deleted_at.is_(None),
            *conditions,
        )
        .group_by(Person.id)
        .having(guests > func.max(Person.host_rooms, 0))
        .order_by(Person.sort_name)
    )
    return [
        (
            _("{name} now hosts {count} guests in this exchange but has 1 guest room.")
            if rooms == 1
            else _("{name} now hosts {count} guests in this exchange but has {rooms} guest rooms.")
        ).format(name=display_name(given, family), count=count, rooms=rooms or 0)
        for given, family, rooms, count in rows
    ]


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


def add_guest_from_abroad(
    session: Session, exchange_id: int, values: dict[str, Any], role: ParticipantRole
) -> Participation:
    """Record a guest from the partner city (a new person in the partner's country) and add
    them to the exchange."""
    exchange = get_record(session, Exchange, exchange_id)
    if (
        not (values.get("given_name") or "").strip()
        and not (values.get("family_name") or "").strip()
    ):
        raise RuleViolation("given_name", _("Enter the guest's name."))
    guest = create_record(
        session,
        Person,
        {
            **values,
            "category": PersonCategory.GUEST,
            "country": exchange.partnership.partner_country,
        },
    )
    return add_participant(session, exchange_id, guest.id, role)


def participants_of(session: Session, exchange_id: int) -> list[Participation]:
    """Who takes part, by role then name."""
    return list(
        session.scalars(
            select(Participation)
            .join(Person, Person.id == Participation.person_id)
            .options(joinedload(Participation.person))
            .where(Participation.exchange_id == exchange_id, Participation.deleted_at.is_(None))
            .order_by(Participation.role, Person.sort_name)
        )
    )


# Made once: a new alias per call missed SQLAlchemy's statement cache (a quarter of the
# time to open an exchange went into building the query again).
_HOST = aliased(Person, name="host")


def placements_of(session: Session, exchange_id: int) -> list[HostPlacement]:
    """Who stays with whom, by host."""
    host = _HOST
    return list(
        session.scalars(
            select(HostPlacement)
            .join(host, host.id == HostPlacement.host_id)
            .options(joinedload(HostPlacement.guest), joinedload(HostPlacement.host))
            .where(HostPlacement.exchange_id == exchange_id, HostPlacement.deleted_at.is_(None))
            .order_by(host.sort_name, HostPlacement.id)
        )
    )


def itinerary_of(session: Session, exchange_id: int) -> list[ItineraryItem]:
    """The programme, day by day and hour by hour."""
    return list(
        session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.exchange_id == exchange_id, ItineraryItem.deleted_at.is_(None))
            .order_by(ItineraryItem.day, ItineraryItem.starts_at.nulls_first(), ItineraryItem.id)
        )
    )
