"""The person editor and merging two records of one person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from scdesk.model import (
    Committee,
    CommitteeKind,
    Exchange,
    ParticipantRole,
    Participation,
    Person,
    Post,
    VolunteerHours,
)
from scdesk.operations import committees, exchanges, hours, partnerships
from tests.editors.helpers import add_person, choose_person


@pytest.fixture
def ada(org) -> int:
    return add_person(
        org, given_name="Ada", family_name="Lovelace", email="ada@example.org", city="Springfield"
    )


@pytest.fixture
def editor(open_editor, ada):
    editor = open_editor("person")
    editor.load(ada)
    return editor


def stored(org, person_id: int) -> Person:
    with org.database.session() as session:
        return session.get(Person, person_id)


def test_contact_details_typed_in_are_saved(editor, org, qtbot, ada) -> None:
    qtbot.keyClicks(editor.control("phone"), "(217) 555-0101")
    editor.control("consent_email").click()
    rooms = editor.control("host_rooms")
    rooms.setValue(2)
    assert editor.save()
    person = stored(org, ada)
    assert (person.phone, person.consent_email, person.host_rooms) == ("(217) 555-0101", True, 2)


def test_a_bad_email_is_shown_on_the_contact_tab_and_nothing_is_saved(
    editor, org, qtbot, ada
) -> None:
    email = editor.control("email")
    email.selectAll()
    qtbot.keyClicks(email, "ada at example")
    assert not editor.save()
    assert editor.tabs.currentIndex() == 1
    assert "not a valid email address" in editor.field_error("email")
    assert stored(org, ada).email == "ada@example.org"


def test_a_person_needs_a_name(editor, qtbot) -> None:
    for field in ("given_name", "family_name"):
        editor.control(field).clear()
    assert not editor.save()
    assert editor.field_error("family_name") == "Enter a name (given name, family name or both)."


def test_the_activity_tab_lists_posts_exchanges_and_hours(editor, org, ada) -> None:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        committee = Committee(name="Kumasi Committee", partnership_id=partnership.id)
        session.add(committee)
        session.flush()
        committee_id = committee.id
        exchange = Exchange(title="Drumming workshop", partnership_id=partnership.id)
        session.add(exchange)
        session.flush()
        exchanges.add_participant(session, exchange.id, ada, ParticipantRole.ORGANIZER)
        committees.appoint(session, ada, committee_id, Post.TREASURER, date(2020, 1, 1))
        hours.log_hours(session, ada, date(2024, 5, 1), 2.5, "exchange", exchange_id=exchange.id)
        hours.log_hours(session, ada, date(2024, 5, 2), 1.0, description="Flyers")
    editor.load(ada)
    assert [r.values[:2] for r in editor.exchanges.model.rows()] == [
        ("Drumming workshop", ParticipantRole.ORGANIZER)
    ]
    assert [r.values[1] for r in editor.posts.model.rows()] == [Post.TREASURER]
    assert [r.values[3] for r in editor.hours.model.rows()] == ["Flyers", "Drumming workshop"]
    assert editor.hours_total.text() == "3.5 hours in 2 entries altogether."


def test_one_hour_in_one_entry_is_said_in_the_singular(editor, org, ada) -> None:
    with org.database.transaction() as session:
        hours.log_hours(session, ada, date(2024, 5, 2), 1.0, description="Flyers")
    editor.load(ada)
    assert editor.hours_total.text() == "1 hour in 1 entry altogether."


def test_duplicate_makes_a_household_member_with_the_same_address(editor, org, ada) -> None:
    copy_id = editor.duplicate()
    copy = stored(org, copy_id)
    assert (copy.family_name, copy.city, copy.email) == ("Lovelace", "Springfield", "")


def test_merging_moves_participations_and_undo_reverses_it(
    editor, org, qtbot, undo_stack, ada
) -> None:
    duplicate = add_person(
        org, given_name="Ada", family_name="Lovelace-Byron", phone="555-0199", city="Springfield"
    )
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        exchange = Exchange(title="Drumming workshop", partnership_id=partnership.id)
        session.add(exchange)
        session.flush()
        participation = exchanges.add_participant(
            session, exchange.id, duplicate, ParticipantRole.DELEGATE
        ).id
        entry = hours.log_hours(session, duplicate, date(2024, 5, 1), 3.0).id

    dialog = editor.merge()
    choose_person(qtbot, dialog.other, "Byron")
    assert "1 exchange place," in dialog.moving.text()  # one, not "place(s)"
    assert "1 volunteer hours entry" in dialog.moving.text()
    dialog.choose("family_name", "other")
    assert dialog.chosen_values()["family_name"] == "Lovelace-Byron"
    assert dialog.chosen_values()["phone"] == "555-0199"  # empty here, so taken from there
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    with org.database.session() as session:
        assert session.get(Participation, participation).person_id == ada
        assert session.get(VolunteerHours, entry).person_id == ada
        assert session.get(Person, duplicate).deleted_at is not None
        kept = session.get(Person, ada)
        assert (kept.family_name, kept.phone) == ("Lovelace-Byron", "555-0199")
    assert editor.heading.text() == "Ada Lovelace-Byron"
    assert len(editor.exchanges.model.rows()) == 1

    undo_stack.undo()
    with org.database.session() as session:
        assert session.get(Participation, participation).person_id == duplicate
        assert session.get(VolunteerHours, entry).person_id == duplicate
        assert session.get(Person, duplicate).deleted_at is None
        kept = session.get(Person, ada)
        assert (kept.family_name, kept.phone) == ("Lovelace", "")
    assert editor.heading.text() == "Ada Lovelace"
    assert editor.exchanges.model.rowCount() == 0

    undo_stack.redo()
    with org.database.session() as session:
        assert session.get(Participation, participation).person_id == ada
        assert session.get(Person, duplicate).deleted_at is not None


def test_a_person_cannot_be_merged_with_themselves(editor, qtbot) -> None:
    dialog = editor.merge()
    choose_person(qtbot, dialog.other, "Lovelace")
    assert "That is this record" in dialog.other_error.message()
    assert not dialog.merge_button.isEnabled()


def test_the_merge_dialog_says_which_rows_move_and_which_are_combined_or_dropped(
    editor, org, qtbot, ada
) -> None:
    duplicate = add_person(org, given_name="Ada", family_name="Byron")
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        visits = [Exchange(title=f"Visit {n}", partnership_id=partnership.id) for n in range(3)]
        board = Committee(name="Board", kind=CommitteeKind.BOARD)
        session.add_all([*visits, board])
        session.flush()
        for visit in visits:  # the first one on both records
            exchanges.add_participant(session, visit.id, duplicate, ParticipantRole.DELEGATE)
        exchanges.add_participant(session, visits[0].id, ada, ParticipantRole.DELEGATE)
        committees.record_meeting(
            session, board.id, date(2024, 3, 5), attendee_ids=[ada, duplicate]
        )
        exchanges.place_guest(session, visits[1].id, duplicate, ada, 2)  # one hosting the other

    dialog = editor.merge()
    choose_person(qtbot, dialog.other, "Byron")
    assert dialog.moving.text() == (
        "Moves to this record: 2 exchange places. "
        "Already on this record, so combined with its own: 1 meeting attended, "
        "1 exchange place. "
        "One record hosting the other, so dropped: 1 stay as a guest."
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with org.database.session() as session:
        places = session.scalars(
            select(Participation.exchange_id).where(
                Participation.deleted_at.is_(None), Participation.person_id == ada
            )
        ).all()
    assert sorted(places) == sorted(visit.id for visit in visits)  # 2 moved, 1 combined


def test_merging_two_records_in_one_exchange_lists_it_once_and_undo_splits_them_again(
    editor, org, qtbot, undo_stack, ada
) -> None:
    duplicate = add_person(org, given_name="Ada", family_name="Byron")
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        exchange = Exchange(title="Drumming workshop", partnership_id=partnership.id)
        session.add(exchange)
        session.flush()
        exchanges.add_participant(session, exchange.id, ada, ParticipantRole.DELEGATE)
        exchanges.add_participant(session, exchange.id, duplicate, ParticipantRole.ORGANIZER)
    editor.load(ada)

    dialog = editor.merge()
    choose_person(qtbot, dialog.other, "Byron")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert [r.values[:2] for r in editor.exchanges.model.rows()] == [
        ("Drumming workshop", ParticipantRole.ORGANIZER)
    ]

    undo_stack.undo()
    assert [r.values[:2] for r in editor.exchanges.model.rows()] == [
        ("Drumming workshop", ParticipantRole.DELEGATE)
    ]
    with org.database.session() as session:
        assert session.get(Person, duplicate).deleted_at is None
        roles = session.execute(
            select(Participation.person_id, Participation.role).where(
                Participation.deleted_at.is_(None)
            )
        ).all()
        assert sorted(roles) == [
            (ada, ParticipantRole.DELEGATE),
            (duplicate, ParticipantRole.ORGANIZER),
        ]

    undo_stack.redo()
    assert [r.values[:2] for r in editor.exchanges.model.rows()] == [
        ("Drumming workshop", ParticipantRole.ORGANIZER)
    ]


def test_a_host_with_twenty_five_rooms_keeps_both_digits_typed(editor, org, qtbot, ada) -> None:
    rooms = editor.control("host_rooms")
    rooms.lineEdit().selectAll()
    qtbot.keyClicks(rooms.lineEdit(), "25")
    assert editor.save()
    assert stored(org, ada).host_rooms == 25
