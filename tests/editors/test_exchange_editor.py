"""The exchange editor: participants, guests from abroad, host families, programme, money."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from scdesk.model import (
    Exchange,
    HostPlacement,
    ItineraryItem,
    ParticipantRole,
    Participation,
    Person,
    PersonCategory,
)
from scdesk.operations import exchanges, partnerships
from tests.editors.helpers import add_person, choose_person


@pytest.fixture
def exchange_id(org) -> int:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session, {"partner_city": "Kumasi", "partner_country": "GH"}
        )
        exchange = Exchange(
            title="Drumming workshop",
            partnership_id=partnership.id,
            starts_on=date(2025, 6, 1),
            ends_on=date(2025, 6, 8),
        )
        session.add(exchange)
        session.flush()
        return exchange.id


@pytest.fixture
def editor(open_editor, exchange_id):
    editor = open_editor("exchange")
    editor.load(exchange_id)
    return editor


def test_a_participant_found_by_name_is_added_in_a_role(editor, org, qtbot, exchange_id) -> None:
    ada = add_person(org, given_name="Ada", family_name="Lovelace")
    dialog = editor.add_participant()
    choose_person(qtbot, dialog.control("person_id"), "Ada")
    role = dialog.control("role")
    role.setCurrentIndex(role.findData(ParticipantRole.ORGANIZER))
    dialog.accept()
    with org.database.session() as session:
        participation = session.query(Participation).one()
        assert (participation.person_id, participation.role) == (ada, ParticipantRole.ORGANIZER)
    assert [r.values[:2] for r in editor.participants.model.rows()] == [
        ("Ada Lovelace", ParticipantRole.ORGANIZER)
    ]


def test_a_guest_from_abroad_is_created_in_the_partner_country_and_undo_removes_them(
    editor, org, qtbot, undo_stack, exchange_id
) -> None:
    dialog = editor.add_guest()
    assert "Ghana" in dialog.findChild(type(editor.heading)).text()
    qtbot.keyClicks(dialog.control("given_name"), "Ama")
    qtbot.keyClicks(dialog.control("family_name"), "Mensah")
    qtbot.keyClicks(dialog.control("languages"), "Twi, English")
    dialog.accept()
    assert not dialog.isVisible()
    with org.database.session() as session:
        guest = session.query(Person).one()
        assert (guest.full_name, guest.category, guest.country) == (
            "Ama Mensah",
            PersonCategory.GUEST,
            "GH",
        )
        assert session.query(Participation).one().person_id == guest.id
    assert editor.participants.model.rows()[0].values == (
        "Ama Mensah",
        ParticipantRole.DELEGATE,
        "Ghana",
    )
    undo_stack.undo()
    assert editor.participants.model.rowCount() == 0
    with org.database.session() as session:
        assert session.query(Person).one().deleted_at is not None


def test_a_guest_needs_a_name(editor) -> None:
    dialog = editor.add_guest()
    dialog.accept()
    assert dialog.error("given_name") == "Enter the guest's name."


def test_a_host_with_more_guests_than_rooms_shows_a_warning(editor, org, qtbot) -> None:
    add_person(org, given_name="Homer", family_name="Simpson", host_rooms=1)
    add_person(org, given_name="Kwame", family_name="Asante")
    add_person(org, given_name="Yaa", family_name="Asantewaa")
    editor.tabs.setCurrentIndex(1)
    for guest in ("Kwame", "Yaa"):
        dialog = editor.place_guest()
        assert dialog.control("nights").value() == 7  # the exchange's length
        choose_person(qtbot, dialog.control("guest_id"), guest)
        choose_person(qtbot, dialog.control("host_id"), "Homer")
        dialog.accept()
        assert not dialog.isVisible()
    assert editor.room_warning.isVisibleTo(editor)
    assert "Homer Simpson now hosts 2 guests" in editor.room_warning.message()
    editor.placements.select(editor.placements.model.rows()[0].id)
    editor.remove_placement()
    assert not editor.room_warning.isVisibleTo(editor)


def test_a_host_cannot_host_themselves(editor, org, qtbot) -> None:
    add_person(org, given_name="Homer", family_name="Simpson", host_rooms=1)
    dialog = editor.place_guest()
    choose_person(qtbot, dialog.control("guest_id"), "Homer")
    choose_person(qtbot, dialog.control("host_id"), "Homer")
    dialog.accept()
    assert dialog.error("host_id") == "A person cannot host themselves."
    with org.database.session() as session:
        assert session.query(HostPlacement).count() == 0


def test_the_programme_refuses_a_day_outside_the_exchange(editor, org, qtbot) -> None:
    dialog = editor.add_item()
    assert dialog.control("day").value() == date(2025, 6, 1)
    dialog.control("day").set_value(date(2025, 7, 1), user=True)
    qtbot.keyClicks(dialog.control("title"), "Welcome dinner")
    dialog.accept()
    assert "falls outside the exchange" in dialog.error("day")
    dialog.control("day").set_value(date(2025, 6, 2), user=True)
    dialog.control("starts_at").set_value(time(19, 30), user=True)
    dialog.accept()
    assert [r.values[:3] for r in editor.itinerary.model.rows()] == [
        (date(2025, 6, 2), time(19, 30), "Welcome dinner")
    ]
    editor.itinerary.select(editor.itinerary.model.rows()[0].id)
    change = editor.edit_item()
    qtbot.keyClicks(change.control("place"), "Town hall")
    change.accept()
    with org.database.session() as session:
        assert session.query(ItineraryItem).one().place == "Town hall"


def test_money_is_typed_in_units_and_stored_in_cents(editor, org, qtbot, exchange_id) -> None:
    budget = editor.control("budget_cents")
    budget.lineEdit().selectAll()
    qtbot.keyClicks(budget.lineEdit(), "1250.50")
    costs = editor.control("costs_cents")
    costs.lineEdit().selectAll()
    qtbot.keyClicks(costs.lineEdit(), "1000")
    assert editor.budget_left.text() == "250.50 USD"
    assert editor.save()
    with org.database.session() as session:
        exchange = session.get(Exchange, exchange_id)
        assert (exchange.budget_cents, exchange.costs_cents) == (125050, 100000)


def test_an_exchange_ending_before_it_starts_is_refused_by_the_field(
    editor, org, exchange_id
) -> None:
    editor.control("ends_on").set_value(date(2025, 5, 1), user=True)
    assert not editor.save()
    assert "before it starts" in editor.field_error("ends_on")
    assert editor.tabs.currentIndex() == 0
    with org.database.session() as session:
        assert session.get(Exchange, exchange_id).ends_on == date(2025, 6, 8)


def test_a_new_exchange_needs_its_partnership(open_editor, org, qtbot, exchange_id) -> None:
    editor = open_editor("exchange")
    editor.load(None)
    qtbot.keyClicks(editor.control("title"), "Jazz festival")
    assert not editor.save()
    assert editor.field_error("partnership_id") == "Choose the partnership of this exchange."
    partnership = editor.control("partnership_id")
    partnership.setCurrentIndex(1)
    assert editor.save()
    assert editor.record_id() is not None


def test_opening_a_participant_asks_the_window_to_show_the_person(
    editor, org, qtbot, exchange_id
) -> None:
    ada = add_person(org, given_name="Ada", family_name="Lovelace")
    with org.database.transaction() as session:
        exchanges.add_participant(session, exchange_id, ada, ParticipantRole.DELEGATE)
    editor.load(exchange_id)
    editor.tabs.setCurrentIndex(1)
    view = editor.participants.view
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(editor.open_record) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["person", ada]


def test_too_many_nights_are_kept_as_typed_and_the_rule_explains(editor, org, qtbot) -> None:
    add_person(org, given_name="Homer", family_name="Simpson", host_rooms=1)
    add_person(org, given_name="Kwame", family_name="Asante")
    dialog = editor.place_guest()
    choose_person(qtbot, dialog.control("guest_id"), "Kwame")
    choose_person(qtbot, dialog.control("host_id"), "Homer")
    nights = dialog.control("nights")
    nights.lineEdit().selectAll()
    qtbot.keyClicks(nights.lineEdit(), "400")
    assert nights.value() == 400
    dialog.accept()
    assert dialog.error("nights") == "Nights must be between 1 and 366."
    with org.database.session() as session:
        assert session.query(HostPlacement).count() == 0


def test_every_problem_of_a_new_exchange_shows_after_one_save(
    open_editor, org, qtbot, exchange_id
) -> None:
    editor = open_editor("exchange")
    editor.load(None)
    editor.control("starts_on").set_value(date(2025, 6, 8), user=True)
    editor.control("ends_on").set_value(date(2025, 6, 1), user=True)
    assert not editor.save()
    assert editor.field_error("title") == "The exchange's title is required."
    assert editor.field_error("partnership_id") == "Choose the partnership of this exchange."
    assert "before it starts" in editor.field_error("ends_on")
    assert editor.focusWidget() is editor.control("title")
    with org.database.session() as session:
        assert session.query(Exchange).count() == 1


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def participants(org) -> list[int]:
    with org.database.session() as session:
        return [p.person_id for p in session.query(Participation).filter_by(deleted_at=None)]


def test_a_participant_typed_but_not_picked_is_taken_when_only_one_matches(
    editor, org, qtbot
) -> None:
    alejandro = add_person(org, given_name="Alejandro", family_name="Reyes")
    dialog = editor.add_participant()
    qtbot.keyClicks(dialog.control("person_id"), "Reyes")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert participants(org) == [alejandro]


def test_a_name_several_people_share_is_asked_about_and_the_dialog_stays(
    editor, org, qtbot
) -> None:
    add_person(org, given_name="Alejandro", family_name="Reyes")
    add_person(org, given_name="Lucía", family_name="Reyes")
    dialog = editor.add_participant()
    qtbot.keyClicks(dialog.control("person_id"), "Reyes")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error("person_id") == ("Several people match “Reyes”: choose one from the list.")
    assert participants(org) == []


def test_enter_on_a_name_several_people_share_offers_them_and_takes_none(
    editor, org, qtbot
) -> None:
    alejandro = add_person(org, given_name="Alejandro", family_name="Reyes")
    add_person(org, given_name="Lucía", family_name="Reyes")
    dialog = editor.add_participant()
    picker = dialog.control("person_id")
    qtbot.keyClicks(picker, "Reyes")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.value() is None
    assert dialog.isVisible()
    assert participants(org) == []
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentIndex().data() == "Alejandro Reyes"
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the second Enter is a choice
    assert picker.value() == alejandro


def test_enter_on_a_name_only_one_person_has_takes_that_person(editor, org, qtbot) -> None:
    lucia = add_person(org, given_name="Lucía", family_name="Reyes")
    dialog = editor.add_participant()
    picker = dialog.control("person_id")
    qtbot.keyClicks(picker, "Reyes")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.value() == lucia


def test_a_dialog_grows_to_show_a_message_wrapped_on_two_lines(editor, org, qtbot) -> None:
    add_person(org, given_name="Alejandro", family_name="Reyes")
    add_person(org, given_name="Lucía", family_name="Reyes")
    dialog = editor.add_participant()
    qtbot.keyClicks(dialog.control("person_id"), "Reyes")
    press_ok(qtbot, dialog)
    qtbot.wait(20)
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def test_a_name_nobody_has_is_said_under_the_host_box(editor, org, qtbot) -> None:
    add_person(org, given_name="Kwame", family_name="Asante")
    dialog = editor.place_guest()
    qtbot.keyClicks(dialog.control("guest_id"), "Asante")
    qtbot.keyClicks(dialog.control("host_id"), "Flanders")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error("host_id") == "Nobody is called “Flanders”."
    assert dialog.error("guest_id") == ""
    with org.database.session() as session:
        assert session.query(HostPlacement).count() == 0
