"""Helpers the safety suites share: fingerprints of files, quick looks at records."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from scdesk.interchange.roster.errors import RosterFileError
from scdesk.model import Person
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization

# The roster files of the bad-input corpus come from this organization, signed with this key;
# both are made up for the tests (see corpus/make_roster_files.py).
CORPUS_ORGANIZATION_UUID = "0c0ffee0-5afe-4bad-a11a-c0de00c0de00"
CORPUS_KEY_TEXT = "CORP-USKE-YFOR-TEST-SONL-YNOT-ASEC-RETA-TALL-CORP-USKE-YFOR-TEST"
OTHER_KEY_TEXT = "ANOT-HERK-EYFO-RTES-TSON-LYNO-TASE-CRET-ATAL-LANO-THER-KEYF-ORTE"


def database_fingerprint(database: Path) -> str:
    """A hash of the database file and its write-ahead log: equal means byte-identical."""
    digest = hashlib.sha256()
    for path in (database, Path(f"{database}-wal")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<absent>")
    return digest.hexdigest()


def person_names(org: OpenOrganization) -> list[str]:
    with org.database.session() as session:
        query = session.query(Person).filter(Person.deleted_at.is_(None)).order_by(Person.id)
        return [person.full_name for person in query]


def wreck(database: Path) -> None:
    """Overwrite the schema page after the header, as a failing disk might."""
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))


def described(error: StorageError | RosterFileError) -> tuple[str, str]:
    """The name of the file an import error names, and its message."""
    if isinstance(error, RosterFileError):
        return error.file_name, error.describe()
    return error.path.name, error.message


def answer_dialog(qtbot, button_text: str, seen: list[str] | None = None) -> None:
    """Click `button_text` in the next modal message box that has it, noting its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        buttons = (
            [b for b in box.buttons() if b.text().replace("&", "") == button_text]
            if isinstance(box, QMessageBox)
            else []
        )
        if not buttons:
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(f"{box.text()}\n{box.informativeText()}")
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
