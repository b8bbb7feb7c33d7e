"""The import window, driven as a person drives it: choose, map, check, decide, import."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scdesk.interchange.contacts.mapping import Target
from scdesk.interchange.contacts.saved_mappings import load_mapping
from scdesk.model import Person
from scdesk.storage.backup import list_backups
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import install_language, long_date_text
from scdesk.ui.roster import contacts_import_dialog as dialog_module
from scdesk.ui.roster.contacts_import_dialog import ContactsImportDialog
from scdesk.ui.user_preferences import SYSTEM
from tests.contacts.conftest import person_by_email
from tests.roster_files import fingerprint


@pytest.fixture(autouse=True)
def quiet_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer at once; their texts are kept for the test to read."""
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    return shown


def open_dialog(qtbot: QtBot, org: OpenOrganization, path: Path) -> ContactsImportDialog:
    dialog = ContactsImportDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_page.path, str(path))
    qtbot.keyClick(dialog.file_page.path, Qt.Key.Key_Return)
    return dialog


def press(qtbot: QtBot, dialog: ContactsImportDialog, which: QWizard.WizardButton) -> None:
    button = dialog.button(which)
    assert button.isEnabled() and button.isVisible(), which
    button.click()  # QWizard's Finish ignores a synthetic mouse press on offscreen windows


def go_to_preview(qtbot: QtBot, dialog: ContactsImportDialog) -> None:
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: dialog.preview is not None)


def import_now(qtbot: QtBot, dialog: ContactsImportDialog, messages: list[str]) -> None:
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: dialog.result is not None or bool(messages), timeout=30_000)
    assert dialog.result is not None, messages


def test_choosing_a_file_shows_its_kind_and_encoding(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path
) -> None:
    dialog = open_dialog(qtbot, org, shared_data / "roster-excel-semicolon-cp1252.csv")

    assert dialog.file_page.found.text() == (
        "A CSV file in Windows-1252 (Western European), separated by semicolons: 8 rows."
    )
    assert dialog.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_that_cannot_be_imported_says_why_and_goes_no_further(
    qtbot: QtBot, org: OpenOrganization, tmp_path: Path
) -> None:
    broken = tmp_path / "cut.vcf"
    broken.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\n", "utf-8")

    dialog = open_dialog(qtbot, org, broken)

    assert dialog.file_page.found.text().startswith("This file cannot be imported: line 1:")
    assert "has no END:VCARD" in dialog.file_page.found.text()
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_columns_step_shows_guesses_and_a_choice_moves_a_target_from_its_old_column(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path
) -> None:
    dialog = open_dialog(qtbot, org, shared_data / "volunteers-workbook.xlsx")
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    page = dialog.columns_page

    assert page.combo("Name").currentData() == Target.FULL_NAME.value
    assert page.combo("Hours 2024").currentData() == ""
    assert page.columns.item(0, 1).text() == "Núñez, José; Tanaka, Keiko; Okafor, Ben"

    phone = page.combo("Phone")
    phone.setCurrentIndex(phone.findData(Target.EMAIL.value))

    assert page.combo("Email").currentData() == ""
    assert page.mapping.column_for(Target.EMAIL) == "Phone"


def test_without_a_name_column_the_import_cannot_go_on(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path
) -> None:
    dialog = open_dialog(qtbot, org, shared_data / "volunteers-workbook.xlsx")
    press(qtbot, dialog, QWizard.WizardButton.NextButton)

    name = dialog.columns_page.combo("Name")
    name.setCurrentIndex(name.findData(""))

    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()


def test_column_choices_saved_under_a_name_are_offered_for_the_next_file(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Youth list", True)))
    dialog = open_dialog(qtbot, org, shared_data / "volunteers-workbook.xlsx")
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    hours = dialog.columns_page.combo("Hours 2024")
    hours.setCurrentIndex(hours.findData(Target.NOTES.value))

    qtbot.mouseClick(dialog.columns_page.save_button, Qt.MouseButton.LeftButton)

    assert dialog.columns_page.saved_label.text() == "Saved as “Youth list”."
    assert load_mapping(org.folder.root, "Youth list").columns["Hours 2024"] == Target.NOTES
    second = ContactsImportDialog(org)
    qtbot.addWidget(second)
    mappings = second.file_page.mapping
    assert [mappings.itemText(i) for i in range(mappings.count())] == [
        "Guess from the column names",
        "Saved: Youth list",
    ]


def test_the_preview_lists_who_is_added_and_import_writes_them(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path, quiet_messages: list[str]
) -> None:
    dialog = open_dialog(qtbot, org, shared_data / "roster-excel-semicolon-cp1252.csv")
    go_to_preview(qtbot, dialog)
    page = dialog.preview_page

    assert page.summary.text() == (
        "7 to add, 0 to change, 0 to decide, 0 already up to date. 3 new committees. "
        "5 remarks on rows."
    )
    added = page.changes.topLevelItem(0)
    assert added.text(0) == "To add (7)"
    assert page.tabs.tabText(1) == "&Problems (5)"
    january = long_date_text(date(2020, 1, 5))  # "January 5, 2020" or "5 January 2020"
    assert page.problems.item(4, 2).text().startswith(f"“01/05/2020” could be {january}")

    import_now(qtbot, dialog, quiet_messages)

    assert dialog.result.added == 7
    assert quiet_messages[-1].startswith("7 people added and 0 changed; 8 posts and 3 new")
    with org.database.session() as session:
        assert session.scalar(select(func.count(Person.id))) == 7


def test_a_conflict_decided_as_take_the_files_changes_that_field_only(
    quiet_messages: list[str], qtbot: QtBot, demo: OpenOrganization, shared_data: Path
) -> None:
    dialog = open_dialog(qtbot, demo, shared_data / "contacts-apple.vcf")
    go_to_preview(qtbot, dialog)
    page = dialog.preview_page
    ben = next(i for i, e in enumerate(dialog.preview.entries) if e.row.name == "Ben Okafor")
    choice: QComboBox = page.sides[(ben, "notes")]
    assert choice.currentText() == "Keep what scdesk has"
    notes = next(
        page.changes.topLevelItem(0).child(i).child(0)
        for i in range(page.changes.topLevelItem(0).childCount())
        if page.changes.topLevelItem(0).child(i).text(0) == "Ben Okafor"
    )
    assert [(notes.child(i).text(0), notes.child(i).text(1)) for i in range(2)] == [
        ("In scdesk", "Host family, 2 guest rooms. Allergic to cats."),
        ("In the file", "Host family, 2 guest rooms / Allergic to cats"),
    ]

    choice.setCurrentIndex(1)
    import_now(qtbot, dialog, quiet_messages)

    with demo.database.session() as session:
        assert person_by_email(session, "ben.okafor@example.org").notes == (
            "Host family, 2 guest rooms\nAllergic to cats"
        )
        lucia = person_by_email(session, "lucia.garcia@example.mx")
        assert lucia.notes == "Coordinadora de Ciudades Hermanas en Guadalajara."  # kept


def test_a_likely_duplicate_decided_as_the_same_person_updates_them(
    quiet_messages: list[str], qtbot: QtBot, demo: OpenOrganization, tmp_path: Path
) -> None:
    card = tmp_path / "soren.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dahl;Soren;;;\r\nFN:Soren Dahl\r\n"
        "EMAIL:sdahl@example.net\r\nTEL:(217) 555-0103\r\nEND:VCARD\r\n",
        "utf-8",
    )
    dialog = open_dialog(qtbot, demo, card)
    go_to_preview(qtbot, dialog)
    page = dialog.preview_page
    assert page.changes.topLevelItem(0).text(0) == "Like someone already here: decide (1)"
    entry = page.changes.topLevelItem(0).child(0)
    same: QComboBox = page.changes.itemWidget(entry.child(0), 1)
    assert same.itemText(1) == "The same as Søren Dahl <soren.dahl@example.org>: update them"

    same.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.preview.entries[0].person_id is not None)
    email = page.sides[(0, "email")]
    email.setCurrentIndex(email.findData("theirs"))
    import_now(qtbot, dialog, quiet_messages)

    with demo.database.session() as session:
        soren = person_by_email(session, "sdahl@example.net")
        assert (soren.given_name, soren.family_name) == ("Søren", "Dahl")
        assert (
            session.scalar(select(func.count(Person.id)).where(Person.family_name == "Dahl")) == 1
        )


def test_cancel_leaves_the_records_as_they_were(
    qtbot: QtBot, org: OpenOrganization, shared_data: Path
) -> None:
    dialog = open_dialog(qtbot, org, shared_data / "contacts-google.csv")
    go_to_preview(qtbot, dialog)

    press(qtbot, dialog, QWizard.WizardButton.CancelButton)

    assert dialog.result is None
    with org.database.session() as session:
        assert session.scalar(select(func.count(Person.id))) == 0
    assert list_backups(org.folder) == []  # the one begun for the preview is gone too


def test_cancel_in_the_progress_window_while_importing_keeps_nothing(
    qtbot: QtBot,
    org: OpenOrganization,
    shared_data: Path,
    quiet_messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    real = dialog_module.import_into

    def slow_import(*args, **options):  # type: ignore[no-untyped-def]
        assert release.wait(10)  # a long file takes a while to write
        return real(*args, **options)

    monkeypatch.setattr(dialog_module, "import_into", slow_import)
    before = fingerprint(org)
    dialog = open_dialog(qtbot, org, shared_data / "contacts-google.csv")
    go_to_preview(qtbot, dialog)
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    def progress_windows() -> list[QProgressDialog]:
        return [w for w in dialog.findChildren(QProgressDialog) if w.isVisible()]

    qtbot.waitUntil(lambda: len(progress_windows()) == 1, timeout=5000)
    [progress] = progress_windows()
    assert progress.windowTitle() == "Importing people"
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(quiet_messages) and not dialog.runner.running())

    assert quiet_messages[-1] == "The import was cancelled; your records are as they were."
    assert dialog.result is None and dialog.isVisible()
    assert dialog.button(QWizard.WizardButton.FinishButton).isEnabled()  # may try again
    assert fingerprint(org) == before


def test_row_problems_are_saved_as_a_csv_from_the_preview(
    qtbot: QtBot,
    org: OpenOrganization,
    shared_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "problems.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV"))
    )
    dialog = open_dialog(qtbot, org, shared_data / "volunteers-workbook.xlsx")
    go_to_preview(qtbot, dialog)

    qtbot.mouseClick(dialog.preview_page.save_problems, Qt.MouseButton.LeftButton)

    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert [(r["Line"], r["Problem"]) for r in rows] == [
        ("0", "the sheet “Notes” was not read; people are read from “Volunteers 2025” only."),
        ("1", "this row above the column names (a title?) was not read."),
        ("6", "blank row, skipped."),
        ("7", "a total row (it holds a formula), not a person; skipped."),
    ]


def test_the_preview_names_posts_in_the_window_s_language(
    qtbot: QtBot, qapp, org: OpenOrganization, shared_data: Path
) -> None:
    install_language(qapp, "es")
    try:
        dialog = open_dialog(qtbot, org, shared_data / "roster-excel-semicolon-cp1252.csv")
        go_to_preview(qtbot, dialog)
        added = dialog.preview_page.changes.topLevelItem(0)
        posts = [
            added.child(i).child(j).text(1)
            for i in range(added.childCount())
            for j in range(added.child(i).childCount())
            if added.child(i).child(j).text(0) == "cargo"
        ]
    finally:
        install_language(qapp, SYSTEM)
    assert "Presidencia, Guadalajara Committee" in posts
    assert "Tesorería, Youth Exchange" in posts
