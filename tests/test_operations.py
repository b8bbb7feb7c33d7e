"""Use cases keep the bookkeeping sync needs and the search index in step."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.model import (
    Exchange,
    HostPlacement,
    HoursPurpose,
    ParticipantRole,
    Participation,
    PartnershipStatus,
    Person,
    VolunteerHours,
)
from scdesk.operations import exchanges, hours, partnerships, people
from scdesk.operations.attachments import attach_file, attachments_of, store_file, stored_path
from scdesk.operations.health import check_organization
from scdesk.operations.records import delete_record, restore_record, update_record
from scdesk.storage.organization_files import OpenOrganization


def add_person(org: OpenOrganization, **values) -> int:
    with org.database.transaction() as session:
        person = Person(**values)
        session.add(person)
        session.flush()
        return person.id


def test_every_change_gets_a_new_change_number_and_revision(org) -> None:
    person_id = add_person(org, given_name="Zoë", family_name="Müller")
    with org.database.session() as session:
        created = session.get(Person, person_id)
        first_seq, first_uuid = created.change_seq, created.uuid
        assert created.revision == 1 and len(first_uuid) == 36
    with org.database.transaction() as session:
        update_record(session, Person, person_id, {"email": "zoe@example.org"})
    with org.database.session() as session:
        changed = session.get(Person, person_id)
        assert changed.change_seq > first_seq
        assert changed.revision == 2
        assert changed.uuid == first_uuid
        assert changed.updated_at >= changed.created_at


def test_search_follows_edits_and_tombstones(org) -> None:
    person_id = add_person(org, given_name="Søren", family_name="Dahl", phone="(217) 555-0103")
    with org.database.session() as session:
        assert [p.id for p in people.find_people(session, "soren")] == [person_id]
        assert [p.id for p in people.find_people(session, "2175550103")] == [person_id]
    with org.database.transaction() as session:
        update_record(session, Person, person_id, {"family_name": "Dahlberg"})
    with org.database.session() as session:
        assert people.find_people(session, "dahlb")
    with org.database.transaction() as session:
        delete_record(session, Person, person_id)
    with org.database.session() as session:
        assert people.find_people(session, "dahlberg") == []
        assert session.get(Person, person_id).deleted_at is not None  # a tombstone, not gone
    with org.database.transaction() as session:
        restore_record(session, Person, person_id)
    with org.database.session() as session:
        assert [p.id for p in people.find_people(session, "dahlberg")] == [person_id]
    assert check_organization(org).healthy


def test_a_partnership_keeps_its_dated_status_history(org) -> None:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session,
            {"partner_city": "Kumasi", "partner_country": "GH", "status": "exploring"},
            on=date(2019, 3, 1),
        )
        partnerships.change_status(
            session, partnership.id, PartnershipStatus.PROPOSED, date(2020, 2, 1)
        )
        partnerships.sign_agreement(
            session, partnership.id, date(2021, 6, 12), "Mayor Jane Doe", "Mayor Osei Tutu"
        )
        partnerships.renew_agreement(session, partnership.id, date(2026, 6, 12))
        history = [(c.status, c.changed_on) for c in partnership.status_history]
        renewals = [r.renewed_on for r in partnership.renewals]
    assert history == [
        (PartnershipStatus.EXPLORING, date(2019, 3, 1)),
        (PartnershipStatus.PROPOSED, date(2020, 2, 1)),
        (PartnershipStatus.ACTIVE, date(2021, 6, 12)),
    ]
    assert partnership.signed_on == date(2021, 6, 12)
    assert renewals == [date(2026, 6, 12)]


def test_merging_two_people_moves_every_relation_and_tombstones_the_other(org) -> None:
    keep = add_person(org, given_name="Soren", family_name="Dahl", email="soren@example.org")
    other = add_person(
        org, given_name="Søren", family_name="Dahl", phone="217.555.0103", host_rooms=2
    )
    host = add_person(org, given_name="Ben", family_name="Okafor", host_rooms=2)
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Freiburg", "partner_country": "DE"}
        )
        exchange = Exchange(title="Choir tour", partnership=partnership)
        session.add(exchange)
        session.flush()
        exchanges.add_participant(session, exchange.id, other, ParticipantRole.DELEGATE)
        exchanges.place_guest(session, exchange.id, other, host, 4)
        hours.log_hours(session, other, date(2024, 5, 1), 3)
    with org.database.transaction() as session:
        result = people.merge_people(session, keep, other, {"given_name": "Søren"})
    assert result.moved == {
        "participation.person_id": 1,
        "host_placement.guest_id": 1,
        "volunteer_hours.person_id": 1,
    }
    with org.database.session() as session:
        kept = session.get(Person, keep)
        assert (kept.given_name, kept.email, kept.phone, kept.host_rooms) == (
            "Søren",
            "soren@example.org",
            "217.555.0103",
            2,
        )
        assert session.get(Person, other).deleted_at is not None
        assert session.scalars(select(Participation.person_id)).all() == [keep]
        assert session.scalars(select(HostPlacement.guest_id)).all() == [keep]
        assert session.scalars(select(VolunteerHours.person_id)).all() == [keep]
        assert [p.id for p in people.find_people(session, "dahl")] == [keep]


def test_approving_hours_records_who_and_when(org) -> None:
    volunteer = add_person(org, given_name="Ana", family_name="López")
    chair = add_person(org, given_name="Ben", family_name="Okafor")
    with org.database.transaction() as session:
        entry = hours.log_hours(session, volunteer, date(2025, 3, 1), 2.5)
        assert hours.approve(session, [entry.id], chair) == 1
        assert hours.approve(session, [entry.id], chair) == 0
        assert hours.total_hours(session, volunteer, approved_only=True) == 2.5
        assert entry.approved_by_id == chair
        assert hours.unapprove(session, [entry.id]) == 1
        assert hours.total_hours(session, volunteer, approved_only=True) == 0


def test_attachments_are_stored_once_by_content_and_checked(org, tmp_path: Path) -> None:
    mou = tmp_path / "MOU Guadalajara.pdf"
    mou.write_bytes(b"%PDF-1.4 memorandum of understanding")
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Guadalajara", "partner_country": "MX"}
        )
        first = attach_file(session, org.folder.attachments, partnership, mou, "Signed MOU")
        attach_file(session, org.folder.attachments, partnership, mou, "Copy")
        assert [a.title for a in attachments_of(session, partnership)] == ["Signed MOU", "Copy"]
        assert first.media_type == "application/pdf"
    stored = stored_path(org.folder.attachments, first.sha256)
    assert stored.read_bytes() == mou.read_bytes()
    assert len(list(org.folder.attachments.rglob("*"))) == 2  # one folder, one file
    assert check_organization(org).healthy
    stored.write_bytes(b"tampered")
    assert any("damaged" in p for p in check_organization(org).problems)


def test_connections_use_wal_foreign_keys_and_full_sync(org) -> None:
    with org.database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_a_failed_action_leaves_no_partial_write(org) -> None:
    path = org.folder.database
    add_person(org, given_name="Ana", family_name="López")
    try:
        with org.database.transaction() as session:
            session.add(Person(given_name="Half", family_name="Written"))
            session.flush()
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT family_name FROM person")]
    assert names == ["López"]


class Stop(Exception):
    """What the interface's progress raises when Cancel was pressed."""


class CancelAfter:
    """Progress whose Cancel is pressed after `steps` reports."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.reported: list[tuple[int, int]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reported.append((done, total))

    def check(self) -> None:
        if len(self.reported) >= self.steps:
            raise Stop


def test_copying_a_file_into_the_store_reports_progress_and_cancel_leaves_nothing(
    tmp_path,
) -> None:
    source = tmp_path / "minutes.pdf"
    source.write_bytes(b"m" * (3 * 1024 * 1024 + 5))
    store = tmp_path / "store"
    progress = CancelAfter(2)
    with pytest.raises(Stop):
        store_file(store, source, progress)
    assert progress.reported == [(0, 4), (1, 4)]
    assert [p for p in store.rglob("*") if p.is_file()] == []
    stored = store_file(store, source, CancelAfter(10))
    assert (stored.name, stored.size) == ("minutes.pdf", source.stat().st_size)
    assert stored_path(store, stored.sha256).read_bytes() == source.read_bytes()


def test_the_same_hours_are_found_only_while_every_value_matches(org) -> None:
    volunteer = add_person(org, given_name="Ada", family_name="Lovelace")
    with org.database.transaction() as session:
        entry = hours.log_hours(session, volunteer, date(2024, 5, 1), 4.5, description="Posters")
        values = {
            "person_id": volunteer,
            "worked_on": date(2024, 5, 1),
            "hours": 4.5,
            "purpose": HoursPurpose.OTHER,
            "description": " Posters ",
        }
        assert hours.same_entry(session, values) is entry
        assert hours.same_entry(session, values, other_than=entry.id) is None
        assert hours.same_entry(session, {**values, "hours": 4.0}) is None
        assert hours.same_entry(session, {**values, "description": ""}) is None
        delete_record(session, VolunteerHours, entry.id)
        assert hours.same_entry(session, values) is None
