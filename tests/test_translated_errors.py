"""Problems found below the interface reach the person in the app's language; the command
line and the logs keep the English text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.errors import DamagedDatabaseError
from scdesk.storage.registry import Registry
from scdesk.ui.i18n import error_text, install_language
from scdesk.ui.organization_switcher import open_with_message
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
