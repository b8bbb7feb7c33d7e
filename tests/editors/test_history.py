"""Undo and redo through the database: what one action changed is recorded and replayed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from scdesk.model import Partnership, PartnershipStatus, PartnershipStatusChange, Person
from scdesk.operations import partnerships
from scdesk.operations.history import (
    HistoryConflict,
    redo_changes,
    run_recorded,
    undo_changes,
)
from scdesk.operations.records import update_record
from tests.editors.helpers import add_person


def live_statuses(org, partnership_id: int) -> list[PartnershipStatus]:
    with org.database.session() as session:
        return [
            change.status
            for change in session.query(PartnershipStatusChange)
            .filter_by(partnership_id=partnership_id, deleted_at=None)
            .order_by(PartnershipStatusChange.id)
        ]


def test_an_action_touching_two_records_is_undone_and_redone_as_one(org) -> None:
    partnership_id, _ = run_recorded(
        org.database,
        lambda s: (
            partnerships.create_partnership(
                s, {"partner_city": "Kumasi", "partner_country": "GH"}
            ).id
        ),
    )
    _, changes = run_recorded(
        org.database,
        lambda s: partnerships.change_status(
            s, partnership_id, PartnershipStatus.ACTIVE, date(2020, 1, 1)
        ),
    )
    assert {change.model for change in changes.changes} == {
        Partnership,
        PartnershipStatusChange,
    }
    with org.database.transaction() as session:
        undo_changes(session, changes)
    assert live_statuses(org, partnership_id) == [PartnershipStatus.EXPLORING]
    with org.database.transaction() as session:
        redo_changes(session, changes)
    assert live_statuses(org, partnership_id) == [
        PartnershipStatus.EXPLORING,
        PartnershipStatus.ACTIVE,
    ]


def test_an_action_that_changes_nothing_records_nothing(org) -> None:
    person_id = add_person(org, given_name="Ada", family_name="Lovelace")
    _, changes = run_recorded(
        org.database, lambda s: update_record(s, Person, person_id, {"given_name": "Ada"})
    )
    assert not changes


def test_undo_refuses_to_overwrite_a_later_change(org) -> None:
    person_id = add_person(org, given_name="Ada", family_name="Lovelace")
    _, changes = run_recorded(
        org.database, lambda s: update_record(s, Person, person_id, {"city": "London"})
    )
    with org.database.transaction() as session:
        update_record(session, Person, person_id, {"city": "Paris"})
    with pytest.raises(HistoryConflict), org.database.transaction() as session:
        undo_changes(session, changes)
    with org.database.session() as session:
        assert session.get(Person, person_id).city == "Paris"


def test_a_step_that_can_no_longer_be_undone_says_why_and_leaves_the_history(
    open_editor, org, undo_stack, monkeypatch
) -> None:
    person_id = add_person(org, given_name="Ada", family_name="Lovelace")
    editor = open_editor("person")
    editor.load(person_id)
    editor.control("city").setText("London")
    assert editor.save()
    with org.database.transaction() as session:
        update_record(session, Person, person_id, {"city": "Paris"})
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    undo_stack.undo()
    assert "was changed since this step was made" in warned[0]
    assert undo_stack.count() == 0
    with org.database.session() as session:
        assert session.get(Person, person_id).city == "Paris"


def test_saving_over_a_change_made_meanwhile_is_refused(open_editor, org, undo_stack) -> None:
    person_id = add_person(org, given_name="Ada", family_name="Lovelace")
    editor = open_editor("person")
    editor.load(person_id)
    editor.control("city").setText("London")
    with org.database.transaction() as session:
        update_record(session, Person, person_id, {"phone": "555-0101"})
    assert not editor.save()
    assert "changed since you opened it" in editor.problem.message()
    with org.database.session() as session:
        person = session.get(Person, person_id)
        assert (person.city, person.phone) == ("", "555-0101")
