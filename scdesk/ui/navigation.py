"""The sections of the main window, in the order of the navigation list.

Adding a section is one line: a key (used for settings and for opening records), the
title (translated when shown) and the page class, built as `Page(org, parent)`; record
pages also take the window's undo stack (`uses_undo_stack=True`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scdesk.ui.lists.committees_page import CommitteesPage
from scdesk.ui.lists.exchanges_page import ExchangesPage
from scdesk.ui.lists.hours_page import HoursPage
from scdesk.ui.lists.partnerships_page import PartnershipsPage
from scdesk.ui.lists.people_page import PeoplePage
from scdesk.ui.overview import OverviewPage


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def built_later(module: str, name: str) -> Callable[..., QWidget]:
    """A page class imported when the page is first built, not at start-up: the Reports and
    Roster sync pages pull in openpyxl, icalendar and the roster machinery, which cost a
    third of the cold start (pyinstrument, `python -m scdesk.bench`)."""

    def build(*args: object) -> QWidget:
        return getattr(import_module(module), name)(*args)

    return build


@dataclass(frozen=True)
class NavigationEntry:
    key: str  # for record pages, the kind of record shown ("person"), as editor_for knows it
    title: Callable[[], str]
    page: Callable[..., QWidget]
    uses_undo_stack: bool = False


def navigation_entries() -> tuple[NavigationEntry, ...]:
    return (
        NavigationEntry("overview", lambda: _t("Overview"), OverviewPage),
        NavigationEntry("partnership", lambda: _t("Partnerships"), PartnershipsPage, True),
        NavigationEntry("committee", lambda: _t("Committees"), CommitteesPage, True),
        NavigationEntry("exchange", lambda: _t("Exchanges"), ExchangesPage, True),
        NavigationEntry("person", lambda: _t("People"), PeoplePage, True),
        NavigationEntry("hours", lambda: _t("Hours"), HoursPage, True),
        NavigationEntry(
            "reports", lambda: _t("Reports"), built_later("scdesk.ui.reports.page", "ReportsPage")
        ),
        NavigationEntry(
            "roster",
            lambda: _t("Roster sync"),
            built_later("scdesk.ui.roster.page", "RosterSyncPage"),
        ),
        NavigationEntry(
            "backups",
            lambda: _t("Backups"),
            built_later("scdesk.ui.backups.backups_page", "BackupsPage"),
        ),
    )
