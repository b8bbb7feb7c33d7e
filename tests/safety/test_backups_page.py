"""The Backups page, the automatic schedule and the recovery of a damaged database, driven
the way a person drives them."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QTableView,
)
from safety_helpers import answer_dialog, database_fingerprint, person_names, wreck

from scdesk.operations import backups
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage import backup as store
from scdesk.storage.errors import DamagedDatabaseError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.backups import install_backup_schedule
from scdesk.ui.backups.backups_model import BACKUP_ROLE, SIZE, WHEN, WHY
from scdesk.ui.backups.backups_page import BackupsPage
from scdesk.ui.backups.recovery import offer_recovery
from scdesk.ui.main_window import MainWindow


@pytest.fixture
def page(qtbot, org, add_people) -> BackupsPage:
    add_people("Zoë Müller")
    backups.backup_now(org, "before import")
    add_people("Kofi Mensah")
    shown = BackupsPage(org)
    qtbot.addWidget(shown)
    shown.resize(900, 500)
    shown.show()
    return shown


def test_the_list_shows_when_why_and_how_big(page) -> None:
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, WHY).data() == "before an import"
    assert model.index(0, WHEN).data()
    assert model.index(0, SIZE).data().lower().endswith(" kb")
    assert page.status_text().startswith("1 backup, ")


def test_back_up_now_adds_a_backup_at_the_top(qtbot, page) -> None:
    with qtbot.waitSignal(page.backed_up, timeout=20000):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    assert page.model.index(0, WHY).data() == "made by hand"
    assert "Backed up" in page.message.text()


def test_restore_asks_first_and_cancel_changes_nothing(qtbot, page, org) -> None:
    before = database_fingerprint(org.folder.database)
    seen: list[str] = []
    answer_dialog(qtbot, "Cancel", seen)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "The one change made after" in seen[0] and "people: 1" in seen[0]
    assert "backed up first" in seen[0]
    assert database_fingerprint(org.folder.database) == before
    assert page.model.rowCount() == 1


def test_restore_after_confirmation_puts_the_records_back(qtbot, page, org) -> None:
    answer_dialog(qtbot, "Restore")
    with qtbot.waitSignal(page.restored, timeout=20000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert person_names(org) == ["Zoë Müller"]
    assert [page.model.index(row, WHY).data() for row in range(2)] == [
        "before a restore",
        "before an import",
    ]
    assert "Restored the backup of" in page.message.text()
    # named to the second, as the list names it: two backups of one minute read apart
    assert page.model.index(1, WHEN).data() in page.message.text()


def test_check_for_problems_reports_a_healthy_organization(qtbot, page) -> None:
    with qtbot.waitSignal(page.checked, timeout=20000) as blocker:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].healthy
    assert "No problems found" in page.message.text()


def test_the_page_is_readable_at_twice_the_font_size(qtbot, page, tmp_path) -> None:
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    page.resize(1100, 700)
    qtbot.wait(50)
    for button in (page.backup_button, page.restore_button, page.check_button):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) - 5
    page.grab().save(str(tmp_path / "backups-page-200.png"))


class Window(QMainWindow):
    def __init__(self, org: OpenOrganization) -> None:
        super().__init__()
        self.org = org


def test_the_schedule_backs_up_hourly_only_after_changes(qtbot, org, add_people) -> None:
    window = Window(org)
    qtbot.addWidget(window)
    schedule = install_backup_schedule(window)
    with qtbot.waitSignal(schedule.taken, timeout=20000):
        schedule.check_hourly()  # nothing backed up yet: one now
    count = len(store.list_backups(org.folder))
    add_people("Kofi Mensah")
    schedule.check_hourly()  # changed, but the last backup is minutes old
    schedule.runner.wait()
    qtbot.wait(50)
    assert len(store.list_backups(org.folder)) == count == 1


def test_quitting_backs_up_what_changed(qtbot, org, add_people) -> None:
    window = Window(org)
    qtbot.addWidget(window)
    schedule = install_backup_schedule(window)
    backups.backup_now(org, "manual")
    add_people("Kofi Mensah")
    QApplication.instance().aboutToQuit.emit()
    [newest, _older] = store.list_backups(org.folder)
    assert newest.reason == "on close"
    assert schedule.backup_on_close() is None  # nothing changed since


def test_a_damaged_database_is_explained_and_the_newest_backup_restored(
    qtbot, org, add_people
) -> None:
    add_people("Zoë Müller")
    backups.backup_now(org, "before import")
    slug = org.folder.root.name
    org.close()
    wreck(org.folder.database)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_organization(slug)
    seen: list[str] = []
    answer_dialog(qtbot, "Restore this backup", seen)
    reopened = offer_recovery(slug, raised.value)
    assert reopened is not None
    try:
        assert person_names(reopened) == ["Zoë Müller"]
    finally:
        reopened.close()
    assert "is damaged" in seen[0] and "before an import" in seen[0]
    assert "Everything changed after" in seen[0] and ".corrupt" in seen[0]
    assert len(list(org.folder.root.glob("*.corrupt"))) == 1


def test_declining_the_recovery_leaves_the_damaged_file_alone(qtbot, org, add_people) -> None:
    backups.backup_now(org, "manual")
    slug = org.folder.root.name
    org.close()
    wreck(org.folder.database)
    damaged = org.folder.database.read_bytes()
    with pytest.raises(DamagedDatabaseError) as raised:
        open_organization(slug)
    answer_dialog(qtbot, "Cancel")
    assert offer_recovery(slug, raised.value) is None
    assert org.folder.database.read_bytes() == damaged


def test_every_control_has_an_accessible_name(page) -> None:
    controls = page.findChildren(QPushButton) + page.findChildren(QTableView)
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


@pytest.fixture
def window(qtbot, org) -> MainWindow:
    shown = MainWindow(org)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def test_the_window_has_a_backups_section_with_its_own_shortcut(qtbot, window) -> None:
    action = window.section_actions[-1]
    assert (action.text(), action.shortcut().toString()) == ("Backups", "Ctrl+9")
    action.trigger()
    assert isinstance(window.pages.currentWidget(), BackupsPage)
    assert window.navigation.currentItem().text() == "Backups"
    assert window.count_label.text() == window.pages.currentWidget().status_text()


def test_the_file_menu_checks_the_records_and_shows_the_answer(qtbot, window) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [check] = [a for a in file_menu.actions() if a.text() == "&Check the records for problems"]
    check.trigger()
    page = window.pages.currentWidget()
    assert isinstance(page, BackupsPage)
    with qtbot.waitSignal(page.checked, timeout=20000) as blocker:
        pass
    assert blocker.args[0].healthy
    assert "No problems found" in page.message.text()


def test_the_window_backs_up_hourly_while_it_is_open(qtbot, window, org, add_people) -> None:
    schedule = window.backup_schedule
    assert schedule.timer.isActive() and schedule.timer.interval() == 10 * 60 * 1000
    page = window.show_section("backups")
    add_people("Kofi Mensah")
    with qtbot.waitSignal(schedule.taken, timeout=20000):
        schedule.timer.timeout.emit()
    [taken] = store.list_backups(org.folder)
    assert taken.reason == "hourly"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, WHY).data() == "hourly, while you worked"


def test_closing_the_window_backs_up_only_what_changed(qtbot, window, org, add_people) -> None:
    backups.backup_now(org, "manual")
    assert window.close()
    assert [b.reason for b in store.list_backups(org.folder)] == ["manual"]
    add_people("Kofi Mensah")
    reopened = MainWindow(org)
    qtbot.addWidget(reopened)
    assert reopened.close()
    assert [b.reason for b in store.list_backups(org.folder)] == ["on close", "manual"]


def test_a_restore_in_the_window_rebuilds_the_other_sections(
    qtbot, window, org, add_people
) -> None:
    add_people("Zoë Müller")
    backups.backup_now(org, "manual")
    add_people("Kofi Mensah")
    people = window.show_section("person")
    assert people.model.total_count() == 2
    window.undo_stack.push(QUndoCommand("a step on records about to be replaced"))
    page = window.show_section("backups")
    page.reload()
    answer_dialog(qtbot, "Restore")
    with qtbot.waitSignal(page.restored, timeout=20000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 0
    assert window.show_section("person") is not people
    assert window.pages.currentWidget().model.total_count() == 1


def test_backups_follow_the_folder_and_number_chosen_in_preferences(
    qtbot, window, org, add_people, tmp_path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.backup_now(org, "manual")  # taken before the choice: left where it was
    page = window.show_section("backups")
    dialog = window.help_and_preferences.open_preferences()
    qtbot.keyClicks(dialog.backup_folder, str(usb))
    dialog.backups_kept.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    offer = window.help_and_preferences.backup_mover.question
    qtbot.mouseClick(offer.leave_button, Qt.MouseButton.LeftButton)
    chosen = usb / org.folder.root.name
    assert page.model.rowCount() == 0
    assert str(chosen) in page.where.text() and "the newest 2," in page.intro.text()
    for name in ("Zoë Müller", "Kofi Mensah", "Ana Lima"):
        add_people(name)
        with qtbot.waitSignal(page.backed_up, timeout=20000):
            qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    shown = [page.model.index(row, WHEN).data(BACKUP_ROLE) for row in range(2)]
    assert page.model.rowCount() == 2 and {b.path.parent for b in shown} == {chosen}
    assert len(store.list_backups(org.folder)) == 1  # the organization's own folder
    page.table.selectRow(1)
    answer_dialog(qtbot, "Restore")
    with qtbot.waitSignal(page.restored, timeout=20000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert person_names(org) == ["Zoë Müller", "Kofi Mensah"]
    assert page.model.index(0, WHY).data() == "before a restore"
    assert len(list(chosen.glob("*.sqlite3"))) == 2


def test_backups_made_within_a_minute_are_told_apart_by_their_seconds(qtbot, org) -> None:
    moment = datetime(2025, 3, 1, 10, 15, 5)
    for offset in (0, 20):
        store.create_backup(org.folder, "manual", now=moment + timedelta(seconds=offset))
    page = BackupsPage(org)
    qtbot.addWidget(page)
    newer, older = (page.model.index(row, WHEN).data() for row in range(2))
    assert newer != older and ":25" in newer and ":05" in older  # seconds survive any zone


def test_switching_organization_backs_up_the_one_left_when_it_changed(
    qtbot, window, org, add_people
) -> None:
    other = create_organization("Lyon Friends")
    add_people("Kofi Mensah")
    assert window.switch_organization(other.slug)
    assert [b.reason for b in store.list_backups(org.folder)] == ["on close"]
    lyon = window.org.folder
    assert window.switch_organization(org.folder.root.name)  # Lyon's first backup
    assert window.switch_organization(other.slug)  # nothing changed since: none more
    assert window.switch_organization(org.folder.root.name)
    assert [b.reason for b in store.list_backups(lyon)] == ["on close"]
    assert len(store.list_backups(org.folder)) == 1


def slow_copy(real: Callable[..., None]) -> Callable[..., None]:
    """The database copy as on a large organization: seconds, writing as it goes."""

    def copy(source: Path, target: Path, journal_mode: str, progress=None, cancelled=None, **kw):
        for step in range(200):
            with open(target, "ab") as partial:
                partial.write(b"\0" * 4096)
            if cancelled is not None and cancelled():
                raise store.BackupCancelled
            if progress is not None:
                progress(step, 200)
            time.sleep(0.05)
        real(source, target, journal_mode, progress, cancelled, **kw)

    return copy


def test_a_long_closing_backup_shows_progress_and_closing_without_it_leaves_nothing(
    qtbot, window, org, add_people, monkeypatch
) -> None:
    backups.backup_now(org, "manual")
    add_people("Kofi Mensah")
    monkeypatch.setattr(store, "copy_database", slow_copy(store.copy_database))
    seen: dict[str, object] = {}

    def skip_the_backup() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, skip_the_backup)
            return
        [dialog] = shown
        seen["title"] = dialog.windowTitle()
        window.close()  # a second close waits for the backup
        seen["open"] = window.isVisible()
        seen["partial"] = [p.name for p in org.folder.backups.glob(f"{store.TEMPORARY_PREFIX}*")]
        [button] = dialog.findChildren(QPushButton)
        seen["button"] = button.text()
        dialog.grab().save("/tmp/closing-backup-dialog.png")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, skip_the_backup)
    assert window.close()
    assert seen["title"] == "Backing up before closing"
    assert seen["button"] == "Close without backup"
    assert seen["open"] and seen["partial"]
    assert [b.reason for b in store.list_backups(org.folder)] == ["manual"]
    assert not list(org.folder.backups.glob(f"{store.TEMPORARY_PREFIX}*"))
    assert not window.isVisible()
