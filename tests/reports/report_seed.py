"""A small hand-made organization: one partnership with Lyon and a year of its activity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from scdesk.model import (
    Committee,
    CommitteeKind,
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HoursPurpose,
    ParticipantRole,
    Person,
    Post,
)
from scdesk.operations.committees import appoint, record_meeting
from scdesk.operations.exchanges import add_itinerary_item, add_participant, place_guest
from scdesk.operations.hours import approve, log_hours
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.partnerships import create_partnership, sign_agreement
from scdesk.operations.records import create_record
from scdesk.storage.organization_files import OpenOrganization


@dataclass
class Seeded:
    """Ids of the hand-made organization's records."""

    partnership: int
    committee: int
    exchange: int
    people: dict[str, int]


def seed_activity(org: OpenOrganization) -> Seeded:
    """One partnership with Lyon, its committee, an exchange in June 2025 with participants,
    a host placement and an itinerary, two meetings and a few hours."""
    with org.database.transaction() as s:
        lyon = create_partnership(
            s,
            {"partner_city": "Lyon", "partner_country": "FR", "kind": "sister"},
            on=date(2020, 2, 1),
        )
        sign_agreement(s, lyon.id, date(2021, 5, 8), "Mayor Ada Stone", "Maire Jean Roux")
        committee = create_record(
            s,
            Committee,
            {
                "name": "Lyon Committee",
                "kind": CommitteeKind.PARTNERSHIP,
                "partnership_id": lyon.id,
            },
        )
        people = {}
        for key, given, family, extra in (
            ("ann", "Ann", "Archer", {"consent_directory": True, "member_since": date(2019, 1, 5)}),
            ("bob", "Bob", "Baker", {"member_since": date(2025, 3, 1)}),
            (
                "cleo",
                "Cléo",
                "Martin",
                {
                    "country": "FR",
                    "emergency_name": "Luc Martin",
                    "emergency_phone": "+33 4 72 10 30 30",
                    "emergency_relation": "Brother",
                },
            ),
            (
                "dan",
                "Dan",
                "Host",
                {
                    "host_rooms": 2,
                    "street": "1 Elm Street",
                    "city": "Springfield",
                    "phone": "+1 217 555 0142",
                },
            ),
        ):
            person = create_record(s, Person, {"given_name": given, "family_name": family, **extra})
            people[key] = person.id
        appoint(s, people["ann"], committee.id, Post.CHAIR, date(2022, 1, 1))
        exchange = create_record(
            s,
            Exchange,
            {
                "title": "Youth orchestra visit",
                "field": ExchangeField.CULTURAL,
                "direction": ExchangeDirection.INBOUND,
                "status": ExchangeStatus.COMPLETED,
                "starts_on": date(2025, 6, 10),
                "ends_on": date(2025, 6, 14),
                "place": "Springfield",
                "partnership_id": lyon.id,
                "committee_id": committee.id,
            },
        )
        add_participant(s, exchange.id, people["cleo"], ParticipantRole.STUDENT)
        add_participant(s, exchange.id, people["ann"], ParticipantRole.ORGANIZER)
        place_guest(s, exchange.id, people["cleo"], people["dan"], 4)
        add_itinerary_item(s, exchange.id, date(2025, 6, 10), "Welcome dinner", time(18, 30))
        add_itinerary_item(s, exchange.id, date(2025, 6, 12), "Concert at the Capitol")
        record_meeting(s, committee.id, date(2025, 3, 6), "City Hall", attendee_ids=[people["ann"]])
        record_meeting(s, committee.id, date(2025, 9, 4), "Library", attendee_ids=[people["ann"]])
        first = log_hours(
            s, people["ann"], date(2025, 6, 10), 6, HoursPurpose.EXCHANGE, exchange_id=exchange.id
        )
        log_hours(
            s,
            people["bob"],
            date(2025, 3, 6),
            2.5,
            HoursPurpose.COMMITTEE,
            committee_id=committee.id,
        )
        approve(s, [first.id], people["ann"])
    return Seeded(lyon.id, committee.id, exchange.id, people)


def seed_closed() -> None:
    """The organization created, seeded and closed again, for commands that open it."""
    entry = create_organization(
        "Springfield Sister Cities", city="Springfield", region="Illinois", country="US"
    )
    with open_organization(entry.slug) as org:
        seed_activity(org)
