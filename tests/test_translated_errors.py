"""Problems found below the interface reach the person in the app's language; the command
line and the logs keep the English text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.contacts.sources import UnreadableFile
from scdesk.interchange.roster.errors import Problem, RosterFileError
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.errors import DamagedDatabaseError
from scdesk.storage.registry import Registry
from scdesk.ui.i18n import error_text, install_language
from scdesk.ui.organization_switcher import open_with_message
from scdesk.ui.roster.page import RosterSyncPage
from scdesk.ui.user_preferences import SYSTEM

ORGANIZATION = "Springfield Sister Cities"


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, SYSTEM)


@pytest.fixture
def database() -> Path:
    return Registry().folder(create_organization(ORGANIZATION, country="US")).database


def test_a_damaged_database_is_explained_in_spanish(spanish, database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as raised:
        open_organization(ORGANIZATION)
    shown = error_text(raised.value)
    assert shown.startswith("no se puede leer la base de datos (")
    assert "Restaure la copia de seguridad más reciente" in shown
    assert "Restore the newest backup" in str(raised.value)


def test_a_database_from_a_newer_scdesk_is_refused_in_spanish(
    spanish, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        staticmethod(lambda _parent, title, text, *_args: shown.append((title, text))),
    )
    assert open_with_message(Registry().find(ORGANIZATION).slug) is None
    [(_title, text)] = shown
    assert text == (
        "esta base de datos la escribió una versión más reciente de scdesk (esquema "
        "9999_future). Instale la última versión de scdesk para abrirla; el archivo no se ha "
        "modificado."
    )


def test_a_file_that_is_no_roster_file_is_refused_in_spanish(
    qtbot, spanish, org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "scdesk.ui.roster.page.QMessageBox.warning", lambda *shown_with: shown.append(shown_with[2])
    )
    bad = tmp_path / "socios.zip"
    bad.write_text("not a roster", encoding="utf-8")
    page = RosterSyncPage(org)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.finished, timeout=10_000):  # the file is checked on a worker
        page.import_from(bad)
    assert shown == [
        "socios.zip: este no es un archivo de intercambio de socios (no es un archivo zip ni un "
        "archivo de socios cifrado). Elija el archivo .zip que recibió.\nNo se ha cambiado nada."
    ]


def test_each_problem_of_a_roster_file_names_its_place_in_spanish(spanish) -> None:
    error = RosterFileError(
        "socios.zip",
        [
            Problem("odd {text} from a file", "persons", 7, "email"),
            Problem(_("a value is required."), "persons", 9, "id"),
        ],
    )
    assert error_text(error) == (
        "socios.zip: 2 problemas:\n"
        "  - tabla persons, línea 7, campo email: odd {text} from a file\n"
        "  - tabla persons, línea 9, campo id: se necesita un valor.\n"
        "No se ha cambiado nada."
    )
    assert str(error) == (
        "socios.zip: 2 problems:\n"
        "  - table persons, line 7, field email: odd {text} from a file\n"
        "  - table persons, line 9, field id: a value is required.\n"
        "Nothing was changed."
    )


def test_a_contacts_file_that_cannot_be_read_is_explained_in_spanish(
    spanish, tmp_path: Path
) -> None:
    document = tmp_path / "miembros.pdf"
    document.write_bytes(b"%PDF-1.4\n% members\n")
    with pytest.raises(UnreadableFile) as raised:
        read_contacts_file(document)
    assert error_text(raised.value) == (
        "este es un documento PDF, no una lista de personas. Guárdelo como .xlsx o CSV desde "
        "el programa que lo creó e importe ese archivo."
    )
    assert raised.value.message.startswith("this is a PDF document, not a list of people.")
