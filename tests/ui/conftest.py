"""Organizations the interface tests open: the small demo, and the large demo scaled down.

Each is built once per test session into a folder of its own and copied into every test's
own SCDESK_HOME, so tests can change them freely.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scdesk.demo import build_demo
from scdesk.operations.demo_organization import LARGE_DEMO_NAME, create_demo_organization
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.main_window import MainWindow

# 20,000 people, 4,000 exchanges, 40,000 participations and 100,000 hours entries.
LARGE_SCALE = 0.2


@pytest.fixture(scope="session")
def small_demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("small-demo")
    create_demo_organization("small", registry=Registry(home))
    return home


@pytest.fixture(scope="session")
def large_demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("large-demo")
    registry = Registry(home)
    entry = create_organization(
        LARGE_DEMO_NAME, registry, city="Springfield", region="Illinois", country="US"
    )
    with open_organization(entry.slug, registry) as org:
        build_demo(org, "large", scale=LARGE_SCALE)
    return home


def _open_copy(template: Path, home: Path) -> OpenOrganization:
    shutil.copytree(template, home, dirs_exist_ok=True)
    (entry,) = Registry().entries()
    return open_organization(entry.slug)


@pytest.fixture
def demo(small_demo_home: Path, scdesk_home: Path) -> Iterator[OpenOrganization]:
    """The small demo organization, "Springfield Sister Cities", open."""
    org = _open_copy(small_demo_home, scdesk_home)
    yield org
    org.close()


@pytest.fixture
def large_demo(large_demo_home: Path, scdesk_home: Path) -> Iterator[OpenOrganization]:
    """The large demo organization at a fifth of its size, open."""
    org = _open_copy(large_demo_home, scdesk_home)
    yield org
    org.close()


@pytest.fixture
def open_window(qtbot) -> Callable[[OpenOrganization], MainWindow]:
    """Open the main window on an organization, shown at a laptop's size."""

    def open_on(org: OpenOrganization) -> MainWindow:
        window = MainWindow(org)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_on
