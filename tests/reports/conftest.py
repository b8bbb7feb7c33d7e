"""Report tests: the demo organization (built once per run, copied for each test), a small
hand-made organization (report_seed.py), and US English number formats."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from report_seed import Seeded, seed_activity

from scdesk.demo import DEMO_NAME
from scdesk.operations.demo_organization import create_demo_organization
from scdesk.operations.organizations import open_organization
from scdesk.reports.render.application import ensure_gui_application
from scdesk.storage.organization_files import OpenOrganization


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, built once for the whole run."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCDESK_HOME", str(home))
        create_demo_organization("small")
    return home


@pytest.fixture
def demo(demo_home: Path, scdesk_home: Path) -> Iterator[OpenOrganization]:
    """A copy of the small demo organization, open."""
    shutil.copytree(demo_home, scdesk_home, dirs_exist_ok=True)
    with open_organization(DEMO_NAME) as org:
        yield org


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """US English numbers and dates (1,234.5; March 3, 2025), whatever the machine's locale."""
    ensure_gui_application()
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def seeded(org: OpenOrganization) -> Seeded:
    return seed_activity(org)
