"""An unexpected error: a short dialog, the form kept as it was, the details in a private log
that holds record ids and no personal data."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.logs import MAX_BYTES, configure_logging, log_file, redact, stop_logging
from scdesk.operations import backups, privacy
from scdesk.ui.errors import ErrorReporter

ENTRY = "Zoe Mueller, zoe.mueller@example.org, +1 (217) 555-0102"  # keyClicks types ASCII


@pytest.fixture
def log() -> Iterator[Path]:
    path = configure_logging()
    assert path is not None
    yield path
    stop_logging()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class PersonForm(QWidget):
    """A stand-in for an editor whose save has a bug."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setAccessibleName("Name")
        self.save = QPushButton("&Save")
        self.save.clicked.connect(self.save_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.save)

    def save_person(self) -> None:
        raise ValueError(f"could not store {self.name.text()}")


@pytest.fixture
def reporter() -> Iterator[ErrorReporter]:
    installed = ErrorReporter()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_a_dialog_and_keeps_what_was_typed(qtbot, log, reporter) -> None:
    form = PersonForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name, ENTRY)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())

    dialog = reporter.dialog
    assert dialog.windowTitle() == "Something went wrong"
    assert "still open" in dialog.informativeText()
    assert str(log_file()) in dialog.informativeText()
    assert form.isVisible() and form.name.text() == ENTRY  # nothing thrown away

    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)  # it happens again
    qtbot.waitUntil(lambda: "It happened once more since." in dialog.informativeText())
    shown = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert shown == [dialog]  # one dialog, not a pile of them

    text = log.read_text(encoding="utf-8")
    assert "uncaught ValueError" in text and "save_person" in text
    for personal in ("zoe.mueller@example.org", "555-0102", "555 0102"):
        assert personal not in text


def test_errors_in_worker_threads_reach_the_dialog_too(qtbot, reporter) -> None:
    import threading

    def fail() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "RuntimeError: worker failed" in reporter.dialog.detailedText()


def test_the_log_is_private_and_rotates(log) -> None:
    logger = logging.getLogger("scdesk.test")
    for number in range(MAX_BYTES // 100 + 50):
        logger.info("backup %d taken: %s", number, "x" * 80)
    rotated = log.with_name(f"{log.name}.1")
    assert rotated.exists()
    assert mode(log) == mode(rotated) == 0o600
    assert mode(log.parent) == 0o700


def test_the_log_names_records_by_id_and_keeps_personal_data_out(
    log, org, add_people, tmp_path
) -> None:
    [person_id] = add_people("Zoë Müller", email="zoe.mueller@example.org")
    backups.backup_now(org, "manual")
    privacy.export_person_file(org, person_id, tmp_path / "zoe.zip")
    privacy.erase_person(org, person_id)
    logging.getLogger("scdesk.test").warning("could not reach %s", "zoe.mueller@example.org")
    text = log.read_text(encoding="utf-8")
    assert f"person {person_id} (" in text and "erased on request" in text
    assert "backup 20" in text  # backups by their file name
    for personal in ("Zoë", "Müller", "zoe.mueller@example.org"):
        assert personal not in text
    assert "could not reach <email>" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail zoe@example.org now", "mail <email> now"),
        ("call +1 (217) 555-0102", "call <phone>"),
        ("call 2175550102", "call <phone>"),
        (
            "person 42 (8d6f3c1e-2b7a-4c1d-9e0f-0a1b2c3d4e5f)",
            "person 42 (8d6f3c1e-2b7a-4c1d-9e0f-0a1b2c3d4e5f)",
        ),
        ("backup 20250301T101500.123456Z-manual", "backup 20250301T101500.123456Z-manual"),
        ("at 2025-03-01 10:15:00", "at 2025-03-01 10:15:00"),
    ],
)
def test_redaction_blanks_contact_details_but_keeps_ids_and_times(text, expected) -> None:
    assert redact(text) == expected
