"""The offer to move the backups after choosing another folder in Preferences, driven the
way a person does: it appears only when there is something to move, "Leave" moves nothing,
"Move them" moves them with progress, and an interrupted move is offered again."""

from __future__ import annotations

import errno
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from scdesk.operations import backups
from scdesk.storage import backup as store
from scdesk.storage import backup_move as mover
from scdesk.storage.backup import BackupSettings
from scdesk.ui.backups.backups_model import BACKUP_ROLE, WHEN
from scdesk.ui.backups.move import UNFINISHED_MOVE_KEY
from scdesk.ui.main_window import MainWindow
from scdesk.ui.settings import app_settings


@pytest.fixture
def window(qtbot, org) -> MainWindow:
    shown = MainWindow(org)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def two_backups(org, add_people) -> list[str]:
    add_people("Zoë Müller")
    first = backups.backup_now(org, "manual").name
    add_people("Kofi Mensah")
    return [first, backups.backup_now(org, "manual").name]


def choose_folder(qtbot, window: MainWindow, folder: str) -> None:
    dialog = window.help_and_preferences.open_preferences()
    dialog.backup_folder.clear()
    qtbot.keyClicks(dialog.backup_folder, folder)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def offer_shown(window: MainWindow):
    question = window.help_and_preferences.backup_mover.question
    return question if question is not None and question.isVisible() else None


def finish_the_move(qtbot, window: MainWindow) -> QMessageBox:
    mover_ui = window.help_and_preferences.backup_mover
    qtbot.waitUntil(
        lambda: mover_ui.message is not None and mover_ui.message.isVisible(), timeout=20000
    )
    return mover_ui.message


def test_no_offer_when_the_folder_is_the_same_or_the_old_one_holds_no_backups(
    qtbot, window, org, usb, two_backups
) -> None:
    choose_folder(qtbot, window, "")  # OK without a change
    assert offer_shown(window) is None
    app_settings().setValue("backups/folder", str(usb))  # chosen before any backup went there
    window.org.backup_settings = BackupSettings(usb)
    (usb.parent / "empty").mkdir()
    choose_folder(qtbot, window, str(usb.parent / "empty"))
    assert offer_shown(window) is None


def test_the_offer_says_how_many_backups_how_big_and_whose(
    qtbot, window, org, usb, two_backups
) -> None:
    choose_folder(qtbot, window, str(usb))
    offer = offer_shown(window)
    assert offer is not None
    assert "still holds 2 backups (" in offer.intro.text()
    assert offer.organizations.text().startswith(f"• {org.name}: 2 backups (")
    assert offer.folders.text() == f"From: each organization's own folder\nTo: {usb}"
    assert offer.move_button.text() == "&Move them"
    assert offer.leave_button.text() == "&Leave them where they are"


def test_leaving_them_moves_nothing(qtbot, window, org, usb, two_backups) -> None:
    choose_folder(qtbot, window, str(usb))
    qtbot.mouseClick(offer_shown(window).leave_button, Qt.MouseButton.LeftButton)
    assert {b.name for b in store.list_backups(org.folder)} == set(two_backups)
    assert store.list_backups(org.folder, BackupSettings(usb)) == []
    assert not app_settings().contains(UNFINISHED_MOVE_KEY)


def test_moving_them_brings_them_into_the_backups_section(
    qtbot, window, org, usb, two_backups
) -> None:
    page = window.show_section("backups")
    assert page.model.rowCount() == 2
    choose_folder(qtbot, window, str(usb))
    assert page.model.rowCount() == 0  # the new folder, still empty
    qtbot.mouseClick(offer_shown(window).move_button, Qt.MouseButton.LeftButton)
    told = finish_the_move(qtbot, window)
    assert told.text() == "2 backups were moved to the new folder."
    assert store.list_backups(org.folder) == []
    shown = {page.model.index(row, WHEN).data(BACKUP_ROLE).path for row in range(2)}
    assert shown == {usb / org.folder.root.name / name for name in two_backups}
    assert not app_settings().contains(UNFINISHED_MOVE_KEY)


def test_a_move_that_stops_says_which_file_and_the_rest_is_moved_on_trying_again(
    qtbot, window, org, usb, two_backups, monkeypatch
) -> None:
    real_copy = mover._Move._verified_copy
    copies: list[str] = []

    def pulled_out_after_the_first_backup(self, source: Path, folder: Path) -> Path:
        copies.append(source.name)
        if len(copies) == 3:
            raise OSError(errno.EIO, "Input/output error")
        return real_copy(self, source, folder)

    monkeypatch.setattr(mover._Move, "_verified_copy", pulled_out_after_the_first_backup)
    choose_folder(qtbot, window, str(usb))
    qtbot.mouseClick(offer_shown(window).move_button, Qt.MouseButton.LeftButton)
    told = finish_the_move(qtbot, window)
    assert told.text().startswith("One backup was moved to the new folder.")
    manifest = (org.folder.backups / two_backups[1]).with_suffix(".json")  # the third copy
    assert f"The move stopped: {manifest} could not be moved" in told.text()
    assert "Input/output error" in told.text()
    assert "One backup is still in the old folder, whole." in told.text()
    assert app_settings().value(UNFINISHED_MOVE_KEY) == ":each organization's own folder:"

    told.close()  # "Later"; then OK in Preferences, unchanged, offers the rest
    monkeypatch.setattr(mover._Move, "_verified_copy", real_copy)
    choose_folder(qtbot, window, str(usb))
    offer = offer_shown(window)
    assert offer is not None and "still holds one backup (" in offer.intro.text()
    qtbot.mouseClick(offer.move_button, Qt.MouseButton.LeftButton)
    assert finish_the_move(qtbot, window).text() == "One backup was moved to the new folder."
    assert {b.name for b in store.list_backups(org.folder, BackupSettings(usb))} == set(two_backups)
    assert not app_settings().contains(UNFINISHED_MOVE_KEY)


def test_cancel_in_the_progress_window_stops_between_whole_backups(
    qtbot, window, org, usb, two_backups, monkeypatch
) -> None:
    real_copy = mover._Move._verified_copy

    def slow_copy(self, source: Path, folder: Path) -> Path:
        time.sleep(0.25)
        return real_copy(self, source, folder)

    monkeypatch.setattr(mover._Move, "_verified_copy", slow_copy)
    choose_folder(qtbot, window, str(usb))
    qtbot.mouseClick(offer_shown(window).move_button, Qt.MouseButton.LeftButton)
    (task,) = window.help_and_preferences.backup_mover.tasks.running()
    qtbot.waitUntil(lambda: task.progress_window.dialog is not None, timeout=5000)
    progress = task.progress_window.dialog
    assert progress.windowTitle() == "Moving the backups"
    assert progress.labelText() == f"Moving the backups of {org.name}…"
    stop = progress.findChild(QPushButton)
    assert stop.text() == "Stop after this backup"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert progress.labelText() == "Stopping after this backup; those moved stay moved…"
    told = finish_the_move(qtbot, window)
    assert "You stopped the move." in told.text()
    moved = {b.name for b in store.list_backups(org.folder, BackupSettings(usb))}
    left = {b.name for b in store.list_backups(org.folder)}
    assert moved | left == set(two_backups) and not moved & left and left
    assert app_settings().contains(UNFINISHED_MOVE_KEY)  # offered again at the next OK
