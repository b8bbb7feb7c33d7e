"""The trip sheet of one exchange: who travels in what role, where guests stay, the
itinerary, and whom to call in an emergency; the trip leader carries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.domain.names import display_name
from scdesk.model import (
    Committee,
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HostPlacement,
    ItineraryItem,
    ParticipantRole,
    Participation,
    PartnerContact,
    Partnership,
    Person,
)
from scdesk.operations.records import RecordNotFound
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.sql import live
from scdesk.reports.figures.table import Table, plain

ROLE_ORDER = {role: rank for rank, role in enumerate(ParticipantRole)}


@dataclass(frozen=True)
class Traveller:
    name: str
    role: ParticipantRole
    phone: str
    email: str
    languages: str


@dataclass(frozen=True)
class Stay:
    guest: str
    host: str
    host_address: str
    host_phone: str
    nights: int


@dataclass(frozen=True)
class ItineraryLine:
    day: date
    starts_at: time | None
    title: str
    place: str
    notes: str


@dataclass(frozen=True)
class EmergencyContact:
    """Whom to call for `person`; empty `contact` means none was recorded."""

    person: str
    contact: str
    relation: str
    phone: str


@dataclass(frozen=True)
class PartnerContactLine:
    name: str
    role: str
    organization: str
    phone: str
    email: str


@dataclass(frozen=True)
class TripFacts:
    title: str
    partnership: str
    committee: str | None
    field: ExchangeField
    direction: ExchangeDirection
    status: ExchangeStatus
    starts_on: date | None
    ends_on: date | None
    place: str


@dataclass(frozen=True)
class TripSheet:
    organization: OrganizationHeading
    facts: TripFacts
    travellers: list[Traveller] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)
    itinerary: list[ItineraryLine] = field(default_factory=list)
    emergency: list[EmergencyContact] = field(default_factory=list)
    partner_contacts: list[PartnerContactLine] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [
            Table(
                "Participants",
                ("Name", "Role", "Phone", "Email", "Languages"),
                [(t.name, plain(t.role), t.phone, t.email, t.languages) for t in self.travellers],
            ),
            Table(
                "Host placements",
                ("Guest", "Host", "Host address", "Host phone", "Nights"),
                [(s.guest, s.host, s.host_address, s.host_phone, s.nights) for s in self.stays],
            ),
            Table(
                "Itinerary",
                ("Day", "Time", "What", "Place", "Notes"),
                [(i.day, i.starts_at, i.title, i.place, i.notes) for i in self.itinerary],
            ),
            Table(
                "Emergency contacts",
                ("Person", "Contact", "Relation", "Phone"),
                [(e.person, e.contact, e.relation, e.phone) for e in self.emergency],
            ),
            Table(
                "Partner contacts",
                ("Name", "Role", "Organization", "Phone", "Email"),
                [(c.name, c.role, c.organization, c.phone, c.email) for c in self.partner_contacts],
            ),
        ]


def trip_sheet(
    session: Session,
    exchange_id: int,
    organization: OrganizationHeading,
    language: str = SOURCE_LANGUAGE,
) -> TripSheet:
    exchange = session.get(Exchange, exchange_id)
    if exchange is None or exchange.deleted_at is not None:
        raise RecordNotFound(Exchange, exchange_id)
    partnership = session.get(Partnership, exchange.partnership_id)
    committee = session.get(Committee, exchange.committee_id) if exchange.committee_id else None
    assert partnership is not None
    facts = TripFacts(
        exchange.title,
        f"{partnership.partner_city}, {local_country_name(partnership.partner_country, language)}",
        committee.name if committee else None,
        exchange.field,
        exchange.direction,
        exchange.status,
        exchange.starts_on,
        exchange.ends_on,
        exchange.place,
    )
    travellers, people = _travellers(session, exchange_id)
    stays, guests = _stays(session, exchange_id)
    return TripSheet(
        organization,
        facts,
        travellers,
        stays,
        _itinerary(session, exchange_id),
        _emergency_contacts([*people, *(g for g in guests if g not in people)]),
        partner_contacts(session, exchange.partnership_id),
    )


def _travellers(session: Session, exchange_id: int) -> tuple[list[Traveller], list[Person]]:
    rows = session.execute(
        select(Participation.role, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(live(Participation), live(Person), Participation.exchange_id == exchange_id)
        .order_by(Person.sort_name)
    ).all()
    rows.sort(key=lambda row: ROLE_ORDER[ParticipantRole(row[0])])
    travellers = [
        Traveller(p.full_name, ParticipantRole(role), p.phone, p.email, p.languages)
        for role, p in rows
    ]
    people = list(dict.fromkeys(p for _role, p in rows))
    return travellers, people


def _stays(session: Session, exchange_id: int) -> tuple[list[Stay], list[Person]]:
    guest, host = aliased(Person), aliased(Person)
    rows = session.execute(
        select(guest, host, HostPlacement.nights)
        .select_from(HostPlacement)
        .join(guest, guest.id == HostPlacement.guest_id)
        .join(host, host.id == HostPlacement.host_id)
        .where(live(HostPlacement), HostPlacement.exchange_id == exchange_id)
        .order_by(host.sort_name, guest.sort_name)
    ).all()
    stays = [Stay(g.full_name, h.full_name, _address(h), h.phone, nights) for g, h, nights in rows]
    return stays, list(dict.fromkeys(g for g, _h, _n in rows))


def _address(person: Person) -> str:
    town = " ".join(p for p in (person.postal_code, person.city) if p)
    return ", ".join(p for p in (person.street, town) if p)


def _itinerary(session: Session, exchange_id: int) -> list[ItineraryLine]:
    rows = session.execute(
        select(
            ItineraryItem.day,
            ItineraryItem.starts_at,
            ItineraryItem.title,
            ItineraryItem.place,
            ItineraryItem.notes,
        )
        .where(live(ItineraryItem), ItineraryItem.exchange_id == exchange_id)
        .order_by(ItineraryItem.day, ItineraryItem.starts_at.is_not(None), ItineraryItem.starts_at)
    )
    return [ItineraryLine(*row) for row in rows]


def _emergency_contacts(people: list[Person]) -> list[EmergencyContact]:
    contacts = [
        EmergencyContact(
            display_name(p.given_name, p.family_name),
            p.emergency_name,
            p.emergency_relation,
            p.emergency_phone,
        )
        for p in people
    ]
    return sorted(contacts, key=lambda c: c.person.casefold())


def partner_contacts(session: Session, partnership_id: int) -> list[PartnerContactLine]:
    rows = session.execute(
        select(
            PartnerContact.name,
            PartnerContact.role,
            PartnerContact.organization,
            PartnerContact.phone,
            PartnerContact.email,
        )
        .where(live(PartnerContact), PartnerContact.partnership_id == partnership_id)
        .order_by(PartnerContact.name)
    )
    return [PartnerContactLine(*row) for row in rows]
