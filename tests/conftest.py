"""Every test gets its own data folder, settings and keyring; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from scdesk.demo import build_demo
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import install_language, translation_file
from scdesk.ui.user_preferences import SYSTEM


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def scdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "scdesk-home"
    monkeypatch.setenv("SCDESK_HOME", str(home))
    monkeypatch.delenv("SCDESK_ORG", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def org() -> Iterator[OpenOrganization]:
    """An open, empty organization in Springfield, US."""
    entry = create_organization(
        "Springfield Sister Cities", city="Springfield", region="Illinois", country="US"
    )
    opened = open_organization(entry.slug)
    yield opened
    opened.close()


SMALL_DEMO = "Springfield Sister Cities"


@pytest.fixture
def small_demo() -> str:
    """The name of an organization holding the small demo (in the test's scdesk home)."""
    entry = create_organization(SMALL_DEMO)
    with open_organization(entry.slug) as org:
        build_demo(org, "small")
    return SMALL_DEMO


@pytest.fixture
def shared_data() -> Path:
    """Sample files written by real tools, beside the project."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def answer_questions(monkeypatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Answer every QMessageBox.question with `button`; the texts asked are collected."""

    def install(button: QMessageBox.StandardButton) -> list[str]:
        asked: list[str] = []

        def question(_parent, _title, text, *_args, **_kwargs):
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return install


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, with English's plural forms ("1 backup", "2 backups") as the
    app installs them at start; a test that switches language adds its own on top."""
    english = QTranslator(qapp)
    assert english.load(str(translation_file("en")))
    qapp.installTranslator(english)
    return qapp


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """A test that switches language leaves the next one the locale it found (money, dates
    and numbers are written in the default locale's way)."""
    found = QLocale()
    yield
    QLocale.setDefault(found)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the app's language (and its locale) for one test; the system's afterwards."""
    yield lambda language: install_language(qapp, language)
    install_language(qapp, SYSTEM)
