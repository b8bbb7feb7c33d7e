"""The partnership editor, driven as a person would: typing, clicking, answering questions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from scdesk.model import (
    Attachment,
    Exchange,
    PartnerContact,
    Partnership,
    PartnershipStatus,
    PartnershipStatusChange,
)
from scdesk.operations import partnerships
from scdesk.operations.attachments import stored_path

Yes = QMessageBox.StandardButton.Yes


@pytest.fixture
def partnership_id(org) -> int:
    with org.database.transaction() as session:
        partnership = partnerships.create_partnership(
            session,
            {"partner_city": "Kumasi", "partner_country": "GH", "status": "exploring"},
            on=date(2019, 3, 1),
        )
        session.add(
            Exchange(
                title="Drumming workshop", partnership_id=partnership.id, starts_on=date(2020, 5, 1)
            )
        )
        return partnership.id


@pytest.fixture
def editor(open_editor, partnership_id):
    editor = open_editor("partnership")
    editor.load(partnership_id)
    return editor


def stored(org, partnership_id: int) -> Partnership:
    with org.database.session() as session:
        return session.get(Partnership, partnership_id)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit, text)


def test_typing_a_new_region_and_saving_changes_the_partnership(
    editor, org, qtbot, partnership_id
) -> None:
    assert editor.heading.text() == "Kumasi, Ghana"
    qtbot.keyClicks(editor.control("partner_region"), "Ashanti")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert stored(org, partnership_id).partner_region == "Ashanti"
    assert not editor.is_dirty()


def test_ctrl_s_saves(editor, org, qtbot, partnership_id) -> None:
    field = editor.control("our_signatory")
    qtbot.keyClicks(field, "Mayor Quimby")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(org, partnership_id).our_signatory == "Mayor Quimby"


def test_a_partner_city_in_our_own_country_is_refused_by_the_field(
    editor, org, qtbot, partnership_id
) -> None:
    country = editor.control("partner_country")
    country.setCurrentIndex(country.findData("US"))
    retype(qtbot, editor.control("partner_city"), "Shelbyville")
    click(qtbot, editor.save_button)
    assert "another country" in editor.field_error("partner_country")
    assert country.hasFocus()
    assert editor.is_dirty()
    assert stored(org, partnership_id).partner_city == "Kumasi"  # nothing saved


def test_an_empty_city_is_reported_and_the_message_goes_when_corrected(editor, qtbot) -> None:
    city = editor.control("partner_city")
    retype(qtbot, city, "")
    click(qtbot, editor.save_button)
    assert editor.field_error("partner_city") == "The partner city is required."
    qtbot.keyClicks(city, "Accra")
    assert editor.field_error("partner_city") == ""


def test_revert_brings_back_the_saved_values(editor, qtbot) -> None:
    retype(qtbot, editor.control("partner_city"), "Accra")
    assert editor.heading.text() == "Accra, Ghana"
    click(qtbot, editor.revert_button)
    assert editor.control("partner_city").text() == "Kumasi"
    assert not editor.is_dirty()


def test_changing_the_status_records_a_dated_entry_that_undo_removes(
    editor, org, qtbot, undo_stack, partnership_id
) -> None:
    status = editor.control("status")
    assert not editor.control("status_on").isVisibleTo(editor)
    status.setCurrentIndex(status.findData(PartnershipStatus.PROPOSED))
    assert editor.control("status_on").isVisibleTo(editor)
    editor.control("status_on").set_value(date(2020, 2, 1), user=True)
    qtbot.keyClicks(editor.control("status_note"), "Council resolution")
    click(qtbot, editor.save_button)
    with org.database.session() as session:
        history = [
            (c.status, c.changed_on, c.note)
            for c in session.query(PartnershipStatusChange).filter_by(deleted_at=None)
        ]
    assert (PartnershipStatus.PROPOSED, date(2020, 2, 1), "Council resolution") in history
    assert editor.history.model.rowCount() == 2

    undo_stack.undo()
    assert stored(org, partnership_id).status == PartnershipStatus.EXPLORING
    assert editor.control("status").currentData() == PartnershipStatus.EXPLORING
    assert editor.history.model.rowCount() == 1


def test_undo_brings_a_deleted_partnership_back_and_redo_deletes_it_again(
    editor, org, qtbot, undo_stack, answer_questions, partnership_id
) -> None:
    asked = answer_questions(Yes)
    with qtbot.waitSignal(editor.deleted):
        click(qtbot, editor.delete_button)
    assert "Kumasi, Ghana" in asked[0]
    assert stored(org, partnership_id).deleted_at is not None
    assert editor.record_id() is None

    undo_stack.undo()
    assert stored(org, partnership_id).deleted_at is None
    assert editor.record_id() == partnership_id  # the editor shows it again

    undo_stack.redo()
    assert stored(org, partnership_id).deleted_at is not None


def test_answering_no_keeps_the_partnership(
    editor, org, qtbot, answer_questions, partnership_id
) -> None:
    answer_questions(QMessageBox.StandardButton.No)
    assert not editor.delete()
    assert stored(org, partnership_id).deleted_at is None


def test_leaving_with_unsaved_changes_asks_and_cancel_stays(
    editor, qtbot, answer_questions
) -> None:
    qtbot.keyClicks(editor.control("notes"), "Twinning ceremony in May")
    asked = answer_questions(QMessageBox.StandardButton.Cancel)
    assert not editor.confirm_leave()
    assert asked and editor.is_dirty()


def test_leaving_and_choosing_save_writes_the_changes(
    editor, org, qtbot, answer_questions, partnership_id
) -> None:
    qtbot.keyClicks(editor.control("notes"), "Twinning ceremony in May")
    answer_questions(QMessageBox.StandardButton.Save)
    assert editor.confirm_leave()
    assert stored(org, partnership_id).notes == "Twinning ceremony in May"


def test_leaving_and_choosing_discard_forgets_the_changes(
    editor, org, qtbot, answer_questions, partnership_id
) -> None:
    qtbot.keyClicks(editor.control("notes"), "Twinning ceremony in May")
    answer_questions(QMessageBox.StandardButton.Discard)
    assert editor.confirm_leave()
    assert not editor.is_dirty()
    assert stored(org, partnership_id).notes == ""


def test_leaving_without_changes_asks_nothing(editor, answer_questions) -> None:
    asked = answer_questions(QMessageBox.StandardButton.Cancel)
    assert editor.confirm_leave()
    assert asked == []


def test_a_new_partnership_is_created_with_its_first_status(open_editor, org, qtbot) -> None:
    editor = open_editor("partnership")
    editor.load(None)
    assert editor.heading.text() == "New partnership"
    qtbot.keyClicks(editor.control("partner_city"), "Haarlem")
    country = editor.control("partner_country")
    country.setCurrentIndex(country.findData("NL"))
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    with org.database.session() as session:
        created = session.get(Partnership, saved.args[0])
        assert created.label == "Haarlem, NL"
        assert [c.status for c in created.status_history] == [PartnershipStatus.EXPLORING]


def test_duplicate_makes_a_saved_copy_and_undo_removes_it(
    editor, org, undo_stack, partnership_id
) -> None:
    copy_id = editor.duplicate()
    assert copy_id is not None and copy_id != partnership_id
    assert editor.record_id() == copy_id
    assert stored(org, copy_id).partner_city == "Kumasi"
    undo_stack.undo()
    assert stored(org, copy_id).deleted_at is not None


def test_adding_a_contact_with_a_bad_email_keeps_the_dialog_open(
    editor, org, qtbot, undo_stack, partnership_id
) -> None:
    dialog = editor.add_contact()
    qtbot.keyClicks(dialog.control("name"), "Ama Mensah")
    qtbot.keyClicks(dialog.control("email"), "ama at kumasi")
    dialog.accept()
    assert "not a valid email address" in dialog.error("email")
    assert dialog.isVisible()
    dialog.control("email").setText("ama@kma.gov.gh")
    dialog.accept()
    assert not dialog.isVisible()
    assert [row.values[0] for row in editor.contacts.model.rows()] == ["Ama Mensah"]
    with org.database.session() as session:
        contact = session.query(PartnerContact).one()
        assert (contact.partnership_id, contact.email) == (partnership_id, "ama@kma.gov.gh")
    undo_stack.undo()
    assert editor.contacts.model.rowCount() == 0


def test_a_contact_can_be_edited_and_removed(editor, org, qtbot) -> None:
    adding = editor.add_contact()
    qtbot.keyClicks(adding.control("name"), "Kofi Boateng")
    adding.accept()
    contact_id = editor.contacts.model.rows()[0].id
    editor.contacts.select(contact_id)
    editing = editor.edit_contact()
    assert editing.control("name").text() == "Kofi Boateng"
    qtbot.keyClicks(editing.control("role"), "Mayor's office")
    editing.accept()
    with org.database.session() as session:
        assert session.get(PartnerContact, contact_id).role == "Mayor's office"
    editor.contacts.select(contact_id)
    editor.remove_contact()
    assert editor.contacts.model.rowCount() == 0
    with org.database.session() as session:
        assert session.get(PartnerContact, contact_id).deleted_at is not None


def test_a_renewal_is_recorded_with_its_date(editor, org, qtbot, partnership_id) -> None:
    dialog = editor.add_renewal()
    dialog.control("on").set_value(date(2024, 9, 16), user=True)
    qtbot.keyClicks(dialog.control("our_signatory"), "Mayor Quimby")
    dialog.accept()
    assert [row.values[:2] for row in editor.renewals.model.rows()] == [
        (date(2024, 9, 16), "Mayor Quimby")
    ]


def test_an_attached_document_is_stored_and_opened_under_its_name(
    editor, org, qtbot, tmp_path, monkeypatch, partnership_id
) -> None:
    mou = tmp_path / "MOU Kumasi.pdf"
    mou.write_bytes(b"%PDF-1.4 signed memorandum")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(mou), ""))
    )
    click(qtbot, editor.documents.buttons.itemAt(0).widget())
    qtbot.waitUntil(lambda: not editor.documents.attaching(), timeout=10_000)
    with org.database.session() as session:
        attachment = session.query(Attachment).one()
        assert attachment.filename == "MOU Kumasi.pdf"
        assert (
            stored_path(org.folder.attachments, attachment.sha256).read_bytes() == mou.read_bytes()
        )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    editor.documents.select(attachment.id)
    editor.documents.open_current()
    shown = Path(opened[0].toLocalFile())
    assert shown.name.endswith("MOU Kumasi.pdf") and shown.read_bytes() == mou.read_bytes()


def test_opening_an_exchange_of_the_partnership_asks_the_window_to_show_it(editor, qtbot) -> None:
    editor.tabs.setCurrentIndex(4)
    view = editor.exchanges.view
    assert editor.exchanges.model.rows()[0].values[1] == "Drumming workshop"
    exchange_id = editor.exchanges.model.rows()[0].id
    with qtbot.waitSignal(editor.open_record) as opened:
        view.activated.emit(view.model().index(0, 1))
    assert opened.args == ["exchange", exchange_id]


def test_the_small_tables_pass_the_model_tester(editor, qtmodeltester) -> None:
    for table in (editor.history, editor.exchanges, editor.contacts):
        qtmodeltester.check(table.model)


def test_a_large_document_is_copied_on_a_worker_and_attached_once_copied(
    editor, org, qtbot, tmp_path, undo_stack
) -> None:
    video = tmp_path / "Signing ceremony.mp4"
    video.write_bytes(bytes(range(256)) * 4096 * 24)  # 24 MB
    editor.documents.attach(video)
    assert editor.documents.attaching()  # the window goes on meanwhile
    with org.database.session() as session:
        assert session.query(Attachment).count() == 0
    qtbot.waitUntil(lambda: not editor.documents.attaching(), timeout=30_000)
    with org.database.session() as session:
        attachment = session.query(Attachment).one()
    assert attachment.size == video.stat().st_size
    assert stored_path(org.folder.attachments, attachment.sha256).read_bytes() == (
        video.read_bytes()
    )
    assert [row.values[1] for row in editor.documents.model.rows()] == ["Signing ceremony.mp4"]
    undo_stack.undo()
    assert editor.documents.model.rows() == []


def test_cancelling_an_attachment_keeps_nothing(editor, org, qtbot, tmp_path) -> None:
    video = tmp_path / "Signing ceremony.mp4"
    video.write_bytes(bytes(range(256)) * 4096 * 24)
    task = editor.documents.attach(video)
    assert task is not None
    with qtbot.waitSignal(task.was_cancelled, timeout=30_000):
        task.cancel()
    with org.database.session() as session:
        assert session.query(Attachment).count() == 0
    store = org.folder.attachments
    assert not store.exists() or [p for p in store.rglob("*") if p.is_file()] == []
    assert editor.documents.model.rows() == []
