"""Volunteer hours: quick entry that remembers the last values, and approval by a chair."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from scdesk.model import Committee, Exchange, HoursPurpose, Post, VolunteerHours
from scdesk.operations import committees, hours, partnerships
from tests.editors.helpers import add_person, choose_person


@pytest.fixture
def setting(org) -> dict[str, int]:
    """A volunteer, a chair of a committee, and an exchange."""
    volunteer = add_person(org, given_name="Ada", family_name="Lovelace")
    chair = add_person(org, given_name="Grace", family_name="Hopper")
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        committee = Committee(name="Kumasi Committee", partnership_id=partnership.id)
        exchange = Exchange(title="Drumming workshop", partnership_id=partnership.id)
        session.add_all([committee, exchange])
        session.flush()
        committees.appoint(session, chair, committee.id, Post.CHAIR, date(2020, 1, 1))
        return {
            "volunteer": volunteer,
            "chair": chair,
            "committee": committee.id,
            "exchange": exchange.id,
        }


def entries(org) -> list[VolunteerHours]:
    with org.database.session() as session:
        return list(session.query(VolunteerHours).filter_by(deleted_at=None).order_by("id"))


def type_hours(qtbot, editor, text: str) -> None:
    spin = editor.control("hours")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def answer_next_question(button_text: str) -> list[str]:
    """Click `button_text` in the next message box shown; the texts asked are collected."""
    asked: list[str] = []
    tries = iter(range(100))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            if next(tries, None) is not None:
                QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)
    return asked


def log_first_entry(editor, qtbot) -> None:
    editor.load(None)
    choose_person(qtbot, editor.control("person_id"), "Lovelace")
    editor.control("worked_on").set_value(date(2026, 11, 2), user=True)
    type_hours(qtbot, editor, "4.5")
    purpose = editor.control("purpose")
    purpose.setCurrentIndex(purpose.findData(HoursPurpose.EXCHANGE))
    choose_person(qtbot, editor.control("exchange_id"), "drumming")
    assert editor.save()


def test_saving_the_prefilled_entry_unchanged_asks_and_dont_save_keeps_one(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    log_first_entry(editor, qtbot)
    editor.load(None)  # "Log hours": the last entry's values again
    asked = answer_next_question("&Don't save")
    assert not editor.save()
    assert asked == [
        "This looks like the entry already logged for Ada Lovelace on 2 Nov 2026 "
        "(4.5 hours). Save it again?"
    ]
    assert len(entries(org)) == 1
    assert editor.record_id() is None  # still there to change


def test_the_same_hours_can_still_be_saved_again_on_purpose(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    log_first_entry(editor, qtbot)
    editor.load(None)
    asked = answer_next_question("Save &again")
    assert editor.save()
    assert len(asked) == 1
    assert len(entries(org)) == 2


def test_quick_entry_remembers_the_last_values_for_the_next_entry(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    editor.load(None)
    choose_person(qtbot, editor.control("person_id"), "Lovelace")
    editor.control("worked_on").set_value(date(2024, 5, 1), user=True)
    type_hours(qtbot, editor, "2.5")
    purpose = editor.control("purpose")
    purpose.setCurrentIndex(purpose.findData(HoursPurpose.EXCHANGE))
    choose_person(qtbot, editor.control("exchange_id"), "drumming")
    qtbot.mouseClick(editor.save_and_new, Qt.MouseButton.LeftButton)

    assert [(e.person_id, e.hours, e.exchange_id) for e in entries(org)] == [
        (setting["volunteer"], 2.5, setting["exchange"])
    ]
    assert editor.record_id() is None  # a new entry, ready to type
    assert editor.values()["person_id"] == setting["volunteer"]
    assert editor.values()["worked_on"] == date(2024, 5, 1)

    fresh = open_editor("hours")  # the next time the app starts
    fresh.load(None)
    remembered = fresh.values()
    assert remembered["person_id"] == setting["volunteer"]
    assert remembered["hours"] == 2.5
    assert remembered["purpose"] == HoursPurpose.EXCHANGE
    assert remembered["exchange_id"] == setting["exchange"]
    assert fresh.control("person_id").text().startswith("Ada Lovelace")


def test_zero_hours_are_refused_by_the_field(open_editor, org, qtbot, setting) -> None:
    editor = open_editor("hours")
    editor.load(None)
    choose_person(qtbot, editor.control("person_id"), "Lovelace")
    type_hours(qtbot, editor, "0")
    assert not editor.save()
    assert "more than 0" in editor.field_error("hours")
    assert entries(org) == []


def test_hours_for_an_exchange_need_the_exchange(open_editor, org, qtbot, setting) -> None:
    editor = open_editor("hours")
    editor.load(None)
    choose_person(qtbot, editor.control("person_id"), "Lovelace")
    type_hours(qtbot, editor, "3")
    purpose = editor.control("purpose")
    purpose.setCurrentIndex(purpose.findData(HoursPurpose.EXCHANGE))
    assert not editor.save()
    assert editor.field_error("exchange_id") == "Choose the exchange these hours were for."


def test_only_the_link_the_purpose_asks_for_is_shown(open_editor, setting) -> None:
    editor = open_editor("hours")
    editor.load(None)
    purpose = editor.control("purpose")
    purpose.setCurrentIndex(purpose.findData(HoursPurpose.MEETING))
    shown = {
        n: editor.control(n).isVisibleTo(editor)
        for n in ("exchange_id", "committee_id", "meeting_id")
    }
    assert shown == {"exchange_id": False, "committee_id": True, "meeting_id": True}


def test_a_chair_approves_and_undo_withdraws_the_approval(
    open_editor, org, qtbot, undo_stack, setting
) -> None:
    with org.database.transaction() as session:
        entry_id = hours.log_hours(session, setting["volunteer"], date(2024, 5, 1), 2.0).id
    editor = open_editor("hours")
    editor.load(entry_id)
    assert editor.approval_state.text() == "Not approved yet."
    assert editor.approver.currentData() == setting["chair"]
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    assert entries(org)[0].approved_by_id == setting["chair"]
    assert editor.approval_state.text().startswith("Approved by Grace Hopper")
    undo_stack.undo()
    assert entries(org)[0].approved_at is None
    assert editor.approval_state.text() == "Not approved yet."
    undo_stack.redo()
    qtbot.mouseClick(editor.unapprove_button, Qt.MouseButton.LeftButton)
    assert entries(org)[0].approved_at is None


def test_without_a_chair_nobody_can_approve(open_editor, org, qtbot) -> None:
    volunteer = add_person(org, given_name="Ada", family_name="Lovelace")
    with org.database.transaction() as session:
        entry_id = hours.log_hours(session, volunteer, date(2024, 5, 1), 2.0).id
    editor = open_editor("hours")
    editor.load(entry_id)
    assert not editor.approve()
    assert editor.approval_error.message() == "Choose the chair who approves."
    with org.database.session() as session:
        assert session.get(VolunteerHours, entry_id).approved_at is None


def test_thirty_hours_are_kept_as_typed_and_the_rule_explains(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    editor.load(None)
    choose_person(qtbot, editor.control("person_id"), "Lovelace")
    type_hours(qtbot, editor, "30")
    assert editor.values()["hours"] == 30
    assert not editor.save()
    assert editor.field_error("hours") == "Hours must be more than 0 and at most 24 for one day."
    assert entries(org) == []


def test_hours_without_a_volunteer_and_zero_hours_show_both_problems(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    editor.load(None)
    type_hours(qtbot, editor, "0")
    assert not editor.save()
    assert editor.field_error("person_id") == "Choose the volunteer."
    assert "more than 0" in editor.field_error("hours")
    assert editor.focusWidget() is editor.control("person_id")
    assert entries(org) == []


def test_a_volunteer_typed_but_not_picked_is_taken_when_only_one_matches(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    editor.load(None)
    qtbot.keyClicks(editor.control("person_id"), "Lovelace")
    type_hours(qtbot, editor, "2")
    assert editor.save()
    assert [e.person_id for e in entries(org)] == [setting["volunteer"]]


def test_a_volunteer_nobody_is_called_is_said_with_the_other_problems(
    open_editor, org, qtbot, setting
) -> None:
    editor = open_editor("hours")
    editor.load(None)
    qtbot.keyClicks(editor.control("person_id"), "Babbage")
    type_hours(qtbot, editor, "0")
    assert not editor.save()
    assert editor.field_error("person_id") == "Nobody is called “Babbage”."
    assert "more than 0" in editor.field_error("hours")
    assert entries(org) == []


@pytest.mark.parametrize(
    ("language", "one", "fraction"),
    [
        ("en", "1 hour by Ada Lovelace", "1.5 hours by Ada Lovelace"),
        ("es", "1 hora de Ada Lovelace", "1,5 horas de Ada Lovelace"),
        ("fr", "Ada Lovelace : 1 heure", "Ada Lovelace : 1,5 heures"),
    ],
)
def test_the_heading_says_one_hour_in_the_singular_in_each_language(
    open_editor, org, setting, speak, language, one, fraction
) -> None:
    speak(language)
    with org.database.transaction() as session:
        single = hours.log_hours(session, setting["volunteer"], date(2026, 5, 2), 1.0).id
        half = hours.log_hours(session, setting["volunteer"], date(2026, 5, 3), 1.5).id
    editor = open_editor("hours")
    editor.load(single)
    assert editor.heading.text() == one
    editor.load(half)
    assert editor.heading.text() == fraction
