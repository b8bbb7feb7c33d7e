"""The committee editor: posts over dated terms, meetings with attendees and minutes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from scdesk.model import (
    Committee,
    CommitteeKind,
    Meeting,
    MeetingAttendance,
    Membership,
    Post,
)
from scdesk.operations import committees, partnerships
from tests.editors.helpers import add_person, choose_person


@pytest.fixture
def committee_id(org) -> int:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        committee = Committee(name="Kumasi Committee", partnership_id=partnership.id)
        session.add(committee)
        session.flush()
        return committee.id


@pytest.fixture
def people(org) -> dict[str, int]:
    return {
        "ada": add_person(org, given_name="Ada", family_name="Lovelace", city="Springfield"),
        "kofi": add_person(org, given_name="Kofi", family_name="Boateng", city="Springfield"),
    }


@pytest.fixture
def editor(open_editor, committee_id):
    editor = open_editor("committee")
    editor.load(committee_id)
    return editor


def test_a_member_found_by_name_is_added_with_a_post(
    editor, org, qtbot, people, committee_id
) -> None:
    dialog = editor.add_member()
    choose_person(qtbot, dialog.control("person_id"), "lovel")
    post = dialog.control("post")
    post.setCurrentIndex(post.findData(Post.CHAIR))
    dialog.control("started_on").set_value(date(2024, 1, 1), user=True)
    dialog.accept()
    assert not dialog.isVisible()
    assert [row.values[:3] for row in editor.members.model.rows()] == [
        ("Ada Lovelace", Post.CHAIR, date(2024, 1, 1))
    ]
    with org.database.session() as session:
        assert committees.current_chair(session, committee_id) == people["ada"]


def test_a_second_chair_for_the_same_dates_is_refused_in_the_dialog(
    editor, org, qtbot, people, committee_id
) -> None:
    with org.database.transaction() as session:
        committees.appoint(session, people["ada"], committee_id, Post.CHAIR, date(2024, 1, 1))
    dialog = editor.add_member()
    choose_person(qtbot, dialog.control("person_id"), "Kofi")
    post = dialog.control("post")
    post.setCurrentIndex(post.findData(Post.CHAIR))
    dialog.accept()
    assert "already has a chair" in dialog.error("post")
    assert dialog.isVisible()
    with org.database.session() as session:
        assert session.query(Membership).count() == 1


def test_adding_without_choosing_a_person_says_so(editor, qtbot, people) -> None:
    dialog = editor.add_member()
    dialog.accept()
    assert dialog.error("person_id") == "Choose the person."


def test_a_name_nobody_has_is_said_and_the_dialog_stays(editor, qtbot, people) -> None:
    dialog = editor.add_member()
    qtbot.keyClicks(dialog.control("person_id"), "nobody by that name")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error("person_id") == "Nobody is called “nobody by that name”."


def test_a_member_typed_but_not_picked_is_taken_when_only_one_matches(
    editor, org, qtbot, people, committee_id
) -> None:
    dialog = editor.add_member()
    qtbot.keyClicks(dialog.control("person_id"), "lovel")
    dialog.accept()
    assert not dialog.isVisible()
    with org.database.session() as session:
        assert [m.person_id for m in committees.members_of(session, committee_id)] == [
            people["ada"]
        ]


def test_ending_a_term_dates_it_and_before_its_start_is_refused(
    editor, org, qtbot, people, committee_id
) -> None:
    with org.database.transaction() as session:
        membership = committees.appoint(
            session, people["kofi"], committee_id, Post.TREASURER, date(2022, 1, 1)
        )
        membership_id = membership.id
    editor.load(committee_id)
    editor.members.select(membership_id)
    dialog = editor.end_term()
    dialog.control("ended_on").set_value(date(2021, 6, 30), user=True)
    dialog.accept()
    assert "before it starts" in dialog.error("ended_on")
    dialog.control("ended_on").set_value(date(2023, 6, 30), user=True)
    dialog.accept()
    with org.database.session() as session:
        assert session.get(Membership, membership_id).ended_on == date(2023, 6, 30)
    assert editor.members.model.rowCount() == 0  # a past member is hidden …
    editor.show_past.setChecked(True)
    assert editor.members.model.rowCount() == 1  # … until asked for


def test_a_meeting_is_recorded_with_attendees_and_formatted_minutes(
    editor, org, qtbot, people, committee_id
) -> None:
    with org.database.transaction() as session:
        committees.appoint(session, people["ada"], committee_id, Post.CHAIR, date(2024, 1, 1))
    dialog = editor.add_meeting()
    dialog.control("held_on").set_value(date(2025, 3, 4), user=True)
    qtbot.keyClicks(dialog.control("place"), "City Hall")
    attendees = dialog.control("attendees")
    qtbot.mouseClick(attendees.extra.itemAt(0).widget(), Qt.MouseButton.LeftButton)
    choose_person(qtbot, attendees.picker, "Boateng")
    qtbot.mouseClick(attendees.add_button, Qt.MouseButton.LeftButton)
    minutes = dialog.control("minutes")
    qtbot.mouseClick(minutes.bold, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(minutes.edit, "Budget approved")
    dialog.accept()
    with org.database.session() as session:
        meeting = session.query(Meeting).one()
        assert (meeting.held_on, meeting.place) == (date(2025, 3, 4), "City Hall")
        assert "Budget approved" in meeting.minutes and "font-weight" in meeting.minutes
        assert sorted(a.person_id for a in meeting.attendance) == sorted(people.values())
    assert [row.values for row in editor.meetings.model.rows()] == [
        (date(2025, 3, 4), "City Hall", 2)
    ]


def test_editing_a_meeting_removes_an_attendee_and_undo_brings_them_back(
    editor, org, qtbot, undo_stack, people, committee_id
) -> None:
    with org.database.transaction() as session:
        meeting = committees.record_meeting(
            session, committee_id, date(2025, 3, 4), "City Hall", "", list(people.values())
        )
        meeting_id = meeting.id
    editor.load(committee_id)
    editor.meetings.select(meeting_id)
    dialog = editor.edit_meeting()
    attendees = dialog.control("attendees")
    assert len(attendees.value()) == 2
    attendees.people.setCurrentRow(0)
    removed = attendees.value()[0]
    qtbot.mouseClick(attendees.remove_button, Qt.MouseButton.LeftButton)
    dialog.accept()

    def present() -> set[int]:
        with org.database.session() as session:
            return {
                a.person_id for a in session.query(MeetingAttendance).filter_by(deleted_at=None)
            }

    assert removed not in present()
    undo_stack.undo()
    assert present() == set(people.values())


def test_a_standing_committee_serves_no_partnership(editor, org, qtbot, committee_id) -> None:
    kind = editor.control("kind")
    kind.setCurrentIndex(kind.findData(CommitteeKind.YOUTH))
    assert editor.control("partnership_id").currentData() is None
    assert not editor.control("partnership_id").isEnabled()
    assert editor.save()
    with org.database.session() as session:
        committee = session.get(Committee, committee_id)
        assert (committee.kind, committee.partnership_id) == (CommitteeKind.YOUTH, None)


def test_a_partnership_committee_without_its_partnership_is_refused_by_the_field(
    editor, org
) -> None:
    editor.control("partnership_id").setCurrentIndex(0)
    assert not editor.save()
    assert editor.field_error("partnership_id") == "Choose the partnership this committee serves."
