"""Domain rules hold for every write path, not only in forms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from scdesk.domain.errors import RuleViolation
from scdesk.model import (
    Committee,
    CommitteeKind,
    Exchange,
    HoursPurpose,
    Membership,
    ParticipantRole,
    Person,
    Post,
)
from scdesk.operations import committees, exchanges, hours, partnerships
from scdesk.storage.organization_files import OpenOrganization


@pytest.fixture
def records(org: OpenOrganization) -> dict[str, int]:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Guadalajara", "partner_country": "MX"}
        )
        committee = Committee(name="Guadalajara Committee", partnership=partnership)
        jose = Person(given_name="José", family_name="Núñez", host_rooms=1)
        zoe = Person(given_name="Zoë", family_name="Müller")
        ana = Person(given_name="Ana", family_name="López")
        exchange = Exchange(
            title="Mariachi visit",
            partnership=partnership,
            starts_on=date(2025, 5, 1),
            ends_on=date(2025, 5, 8),
        )
        session.add_all([committee, jose, zoe, ana, exchange])
        session.flush()
        return {
            "partnership": partnership.id,
            "committee": committee.id,
            "jose": jose.id,
            "zoe": zoe.id,
            "ana": ana.id,
            "exchange": exchange.id,
        }


def broken(org: OpenOrganization, field: str, action) -> RuleViolation:
    with pytest.raises(RuleViolation) as caught, org.database.transaction() as session:
        action(session)
    assert caught.value.field == field
    return caught.value


def test_an_exchange_cannot_end_before_it_starts(org, records) -> None:
    def act(session):
        session.get(Exchange, records["exchange"]).ends_on = date(2025, 4, 30)

    assert "before it starts" in broken(org, "ends_on", act).message


@pytest.mark.parametrize("amount", [0, -1, 24.5, 100])
def test_an_hours_entry_is_more_than_zero_and_at_most_a_day(org, records, amount) -> None:
    broken(org, "hours", lambda s: hours.log_hours(s, records["jose"], date(2025, 1, 1), amount))


def test_hours_at_the_limits_are_accepted(org, records) -> None:
    with org.database.transaction() as session:
        hours.log_hours(session, records["jose"], date(2025, 1, 1), 24)
        hours.log_hours(session, records["jose"], date(2025, 1, 2), 0.25)
        assert hours.total_hours(session, records["jose"]) == 24.25


def test_hours_for_an_exchange_name_the_exchange(org, records) -> None:
    broken(
        org,
        "exchange_id",
        lambda s: hours.log_hours(s, records["jose"], date(2025, 1, 1), 2, HoursPurpose.EXCHANGE),
    )


def test_hours_cannot_be_logged_in_the_future(org, records) -> None:
    tomorrow = date.today() + timedelta(days=1)
    broken(org, "worked_on", lambda s: hours.log_hours(s, records["jose"], tomorrow, 2))


def test_a_partner_city_is_not_in_the_organizations_own_country(org) -> None:
    message = broken(
        org,
        "partner_country",
        lambda s: partnerships.create_partnership(
            s, {"partner_city": "Chicago", "partner_country": "US"}
        ),
    ).message
    assert "United States" in message


def test_a_partner_country_must_be_an_iso_code(org) -> None:
    broken(
        org,
        "partner_country",
        lambda s: partnerships.create_partnership(
            s, {"partner_city": "Atlantis", "partner_country": "XX"}
        ),
    )


@pytest.mark.parametrize("email", ["jose@", "no at sign", "a@b@c.org"])
def test_emails_must_be_valid(org, email) -> None:
    broken(org, "email", lambda s: s.add(Person(given_name="Ana", email=email)))


def test_emails_are_normalized(org) -> None:
    with org.database.transaction() as session:
        person = Person(given_name="Ana", email="  Ana.Lopez@EXAMPLE.org ")
        session.add(person)
        session.flush()
        assert person.email == "Ana.Lopez@example.org"


def test_a_person_needs_a_name(org) -> None:
    broken(org, "family_name", lambda s: s.add(Person(email="x@example.org")))


def test_a_committee_has_one_current_chair(org, records) -> None:
    with org.database.transaction() as session:
        committees.appoint(
            session, records["jose"], records["committee"], Post.CHAIR, date(2020, 1, 1)
        )
    broken(
        org,
        "post",
        lambda s: committees.appoint(
            s, records["zoe"], records["committee"], Post.CHAIR, date(2024, 1, 1)
        ),
    )


def test_a_new_chair_follows_once_the_term_has_ended(org, records) -> None:
    with org.database.transaction() as session:
        first = committees.appoint(
            session, records["jose"], records["committee"], Post.CHAIR, date(2020, 1, 1)
        )
        committees.end_term(session, first.id, date(2023, 12, 31))
        committees.appoint(
            session, records["zoe"], records["committee"], Post.CHAIR, date(2024, 1, 1)
        )
        assert committees.current_chair(session, records["committee"]) == records["zoe"]
        assert (
            committees.current_chair(session, records["committee"], date(2021, 6, 1))
            == (records["jose"])
        )


def test_a_term_ends_on_or_after_it_starts(org, records) -> None:
    with org.database.transaction() as session:
        term = committees.appoint(
            session, records["jose"], records["committee"], Post.MEMBER, date(2020, 1, 1)
        )
        term_id = term.id
    broken(org, "ended_on", lambda s: committees.end_term(s, term_id, date(2019, 1, 1)))


def test_a_host_cannot_host_themselves(org, records) -> None:
    broken(
        org,
        "host_id",
        lambda s: exchanges.place_guest(
            s, records["exchange"], records["jose"], records["jose"], 3
        ),
    )


def test_a_host_with_more_guests_than_rooms_gets_a_warning(org, records) -> None:
    with org.database.transaction() as session:
        first = exchanges.place_guest(
            session, records["exchange"], records["zoe"], records["jose"], 3
        )
        second = exchanges.place_guest(
            session, records["exchange"], records["ana"], records["jose"], 3
        )
    assert first.warning is None
    assert "2 guests" in second.warning and "1 guest room" in second.warning


def test_itinerary_items_fall_within_the_exchange(org, records) -> None:
    broken(
        org,
        "day",
        lambda s: exchanges.add_itinerary_item(
            s, records["exchange"], date(2025, 6, 1), "Farewell dinner"
        ),
    )


def test_a_person_takes_part_once_in_each_role(org, records) -> None:
    with org.database.transaction() as session:
        exchanges.add_participant(
            session, records["exchange"], records["jose"], ParticipantRole.DELEGATE
        )
    broken(
        org,
        "person_id",
        lambda s: exchanges.add_participant(
            s, records["exchange"], records["jose"], ParticipantRole.DELEGATE
        ),
    )


def test_a_standing_committee_serves_no_single_partnership(org, records) -> None:
    broken(
        org,
        "partnership_id",
        lambda s: s.add(
            Committee(name="Board", kind=CommitteeKind.BOARD, partnership_id=records["partnership"])
        ),
    )
    broken(org, "partnership_id", lambda s: s.add(Committee(name="Kumasi Committee")))


def test_a_broken_rule_changes_nothing(org, records) -> None:
    def act(session):
        session.get(Person, records["zoe"]).family_name = "Schmidt"
        hours.log_hours(session, records["zoe"], date(2025, 1, 1), 30)

    broken(org, "hours", act)
    with org.database.session() as session:
        assert session.get(Person, records["zoe"]).family_name == "Müller"


def test_two_overlapping_chairs_written_together_are_refused(org, records) -> None:
    def act(session):
        committee = Committee(name="Kumasi Committee", partnership_id=records["partnership"])
        session.add(committee)
        for person in ("jose", "zoe"):
            session.add(
                Membership(
                    person_id=records[person],
                    committee=committee,
                    post=Post.CHAIR,
                    started_on=date(2024, 1, 1),
                )
            )

    broken(org, "post", act)


def test_a_chair_given_by_committee_object_is_checked_against_the_written_ones(
    org, records
) -> None:
    with org.database.transaction() as session:
        committees.appoint(
            session, records["jose"], records["committee"], Post.CHAIR, date(2020, 1, 1)
        )

    def act(session):
        committee = session.get(Committee, records["committee"])
        session.add(
            Membership(
                person_id=records["zoe"],
                committee=committee,
                post=Post.CHAIR,
                started_on=date(2024, 1, 1),
            )
        )

    broken(org, "post", act)
