"""Merging two records of one person combines what both recorded, without duplicates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from scdesk.model import (
    Committee,
    CommitteeKind,
    ContactDetail,
    Exchange,
    HostPlacement,
    MeetingAttendance,
    Membership,
    ParticipantRole,
    Participation,
    Person,
    Post,
    Record,
)
from scdesk.operations import committees, exchanges, partnerships, people
from scdesk.operations.health import check_organization
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization

DELEGATE, ORGANIZER = ParticipantRole.DELEGATE, ParticipantRole.ORGANIZER
INTERPRETER, CHAPERONE = ParticipantRole.INTERPRETER, ParticipantRole.CHAPERONE
TABLES: tuple[type[Record], ...] = (
    Participation,
    Membership,
    MeetingAttendance,
    HostPlacement,
    ContactDetail,
)


def add_people(org: OpenOrganization, *names: str) -> list[int]:
    with org.database.transaction() as session:
        added = [Person(given_name=n.split()[0], family_name=n.split()[1]) for n in names]
        session.add_all(added)
        session.flush()
        return [person.id for person in added]


def add_exchanges(session, count: int) -> list[int]:
    partnership = partnerships.create_partnership(
        session, {"partner_city": "Kumasi", "partner_country": "GH"}
    )
    added = [Exchange(title=f"Visit {n}", partnership_id=partnership.id) for n in range(count)]
    session.add_all(added)
    session.flush()
    return [exchange.id for exchange in added]


# Every write (an undo too) moves these on; the rest of a row is what users recorded.
BOOKKEEPING = {"updated_at", "revision", "change_seq"}


def snapshot(org: OpenOrganization) -> dict[str, list[tuple]]:
    """Every row that can point at a person, as users recorded it (tombstones included)."""
    with org.database.session() as session:
        return {
            model.__tablename__: [
                tuple(row)
                for row in session.execute(
                    select(
                        *(c for c in model.__table__.columns if c.key not in BOOKKEEPING)
                    ).order_by(model.id)
                )
            ]
            for model in TABLES
        }


def live(org: OpenOrganization, *columns) -> list[tuple]:
    model = columns[0].class_
    with org.database.session() as session:
        query = select(*columns).where(model.deleted_at.is_(None)).order_by(*columns)
        return [tuple(row) for row in session.execute(query)]


def merge_then_undo(org: OpenOrganization, keep: int, other: int) -> people.MergeResult:
    """Merge, hand the result over for checks, and leave the undo for `undone`."""
    with org.database.transaction() as session:
        return people.merge_people(session, keep, other)


def undone(org: OpenOrganization, result: people.MergeResult) -> dict[str, list[tuple]]:
    with org.database.transaction() as session:
        people.unmerge_people(session, result)
    return snapshot(org)


def test_both_records_in_one_exchange_leave_one_participation_with_the_telling_role(
    org,
) -> None:
    keep, other = add_people(org, "Ama Mensah", "Ama Mensah-Owusu")
    with org.database.transaction() as session:
        same, plain_here, plain_there, two_roles, only_there = add_exchanges(session, 5)
        for exchange_id, mine, theirs in (
            (same, DELEGATE, DELEGATE),
            (plain_here, DELEGATE, ORGANIZER),
            (plain_there, INTERPRETER, DELEGATE),
            (two_roles, CHAPERONE, INTERPRETER),
        ):
            exchanges.add_participant(session, exchange_id, keep, mine)
            exchanges.add_participant(session, exchange_id, other, theirs)
        exchanges.add_participant(session, only_there, other, ORGANIZER)
    before = snapshot(org)

    result = merge_then_undo(org, keep, other)
    assert live(org, Participation.exchange_id, Participation.person_id, Participation.role) == [
        (same, keep, DELEGATE),
        (plain_here, keep, ORGANIZER),
        (plain_there, keep, INTERPRETER),
        (two_roles, keep, CHAPERONE),
        (two_roles, keep, INTERPRETER),
        (only_there, keep, ORGANIZER),
    ]
    assert result.moved == {"participation.person_id": 2}
    assert check_organization(org).healthy

    assert undone(org, result) == before


def test_overlapping_terms_in_the_same_post_become_one_term(org) -> None:
    keep, other = add_people(org, "Ben Okafor", "Benjamin Okafor")
    with org.database.transaction() as session:
        youth = Committee(name="Youth committee", kind=CommitteeKind.YOUTH)
        session.add(youth)
        session.flush()
        for person, post, started, ended in (
            (keep, Post.MEMBER, date(2015, 1, 1), date(2019, 12, 31)),
            (other, Post.MEMBER, date(2012, 3, 1), date(2016, 6, 30)),
            (keep, Post.TREASURER, date(2020, 1, 1), None),
            (other, Post.TREASURER, date(2021, 1, 1), date(2022, 12, 31)),
            (other, Post.SECRETARY, date(2012, 3, 1), date(2014, 12, 31)),
            (other, Post.MEMBER, date(2023, 1, 1), None),  # a later, separate term
        ):
            committees.appoint(session, person, youth.id, post, started, ended)
    before = snapshot(org)

    result = merge_then_undo(org, keep, other)
    terms = live(
        org, Membership.post, Membership.started_on, Membership.ended_on, Membership.person_id
    )
    assert terms == [
        (Post.MEMBER, date(2012, 3, 1), date(2019, 12, 31), keep),
        (Post.MEMBER, date(2023, 1, 1), None, keep),
        (Post.SECRETARY, date(2012, 3, 1), date(2014, 12, 31), keep),
        (Post.TREASURER, date(2020, 1, 1), None, keep),
    ]
    assert check_organization(org).healthy

    assert undone(org, result) == before


def test_a_placement_between_the_two_records_goes_and_a_repeated_one_becomes_one(org) -> None:
    keep, other, host = add_people(org, "Yuki Sato", "Yuki Satō", "Carla Reyes")
    with org.database.transaction() as session:
        exchange, second = add_exchanges(session, 2)
        exchanges.place_guest(session, exchange, keep, host, 3)
        exchanges.place_guest(session, exchange, other, host, 5)  # the same stay, recorded twice
        exchanges.place_guest(session, second, host, other, 2)  # a stay with the other record
        exchanges.place_guest(session, second, other, keep, 4)  # one record hosting the other
    before = snapshot(org)

    result = merge_then_undo(org, keep, other)
    placements = live(
        org,
        HostPlacement.exchange_id,
        HostPlacement.guest_id,
        HostPlacement.host_id,
        HostPlacement.nights,
    )
    assert placements == [(exchange, keep, host, 5), (second, host, keep, 2)]
    assert check_organization(org).healthy

    assert undone(org, result) == before


def test_a_meeting_both_attended_and_a_contact_detail_both_had_are_kept_once(org) -> None:
    keep, other = add_people(org, "Lena Vogel", "Helena Vogel")
    with org.database.transaction() as session:
        board = Committee(name="Board", kind=CommitteeKind.BOARD)
        session.add(board)
        session.flush()
        committees.record_meeting(session, board.id, date(2024, 3, 5), attendee_ids=[keep, other])
        for person, value in ((keep, "lena@example.de"), (other, "lena@example.de")):
            session.add(ContactDetail(person_id=person, kind="email", value=value))
        session.add(ContactDetail(person_id=other, kind="phone", value="+49 761 555 0101"))
    before = snapshot(org)

    result = merge_then_undo(org, keep, other)
    assert live(org, MeetingAttendance.person_id) == [(keep,)]
    assert live(org, ContactDetail.value, ContactDetail.person_id) == [
        ("+49 761 555 0101", keep),
        ("lena@example.de", keep),
    ]

    assert undone(org, result) == before


def test_every_row_a_merge_writes_gets_a_new_change_number_for_sync(org) -> None:
    keep, other, host = add_people(org, "Ama Mensah", "Ama Mensah-Owusu", "Kofi Boateng")
    with org.database.transaction() as session:
        [exchange] = add_exchanges(session, 1)
        exchanges.add_participant(session, exchange, keep, DELEGATE)
        exchanges.add_participant(session, exchange, other, ORGANIZER)
        exchanges.place_guest(session, exchange, other, host, 2)
        baseline = current_change_number(session.connection())
    merge_then_undo(org, keep, other)
    with org.database.session() as session:
        changed = {
            model.__tablename__: session.scalars(
                select(model.id).where(model.change_seq > baseline)
            ).all()
            for model in (Participation, HostPlacement)
        }
    assert {table: len(ids) for table, ids in changed.items()} == {
        "participation": 2,  # the kept row took the role in, the other's was tombstoned
        "host_placement": 1,  # moved to the kept person
    }


def test_what_a_merge_would_do_is_what_it_then_does(org) -> None:
    keep, other, host = add_people(org, "Yuki Sato", "Yuki Satō", "Carla Reyes")
    with org.database.transaction() as session:
        exchange, second, third = add_exchanges(session, 3)
        exchanges.add_participant(session, exchange, keep, DELEGATE)
        exchanges.add_participant(session, exchange, other, ORGANIZER)
        exchanges.add_participant(session, third, other, DELEGATE)
        exchanges.place_guest(session, exchange, keep, host, 3)
        exchanges.place_guest(session, exchange, other, host, 5)
        exchanges.place_guest(session, second, other, keep, 4)
        exchanges.place_guest(session, third, host, other, 1)
    with org.database.session() as session:
        outcomes = people.merge_outcomes(session, keep, other)

    result = merge_then_undo(org, keep, other)
    assert {o.key: o.moved for o in outcomes if o.moved} == result.moved
    assert {o.key: (o.moved, o.combined, o.dropped) for o in outcomes} == {
        "participation.person_id": (1, 1, 0),
        "host_placement.guest_id": (0, 1, 1),
        "host_placement.host_id": (1, 0, 0),
    }
    combined = sum(o.combined + o.dropped for o in outcomes)
    assert combined == sum(len(ids) for ids in result.combined_rows.values())
