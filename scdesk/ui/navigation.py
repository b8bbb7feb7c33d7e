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

from scdesk.ui.overview import OverviewPage

LISTS = "scdesk.ui.lists"


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def built_later(module: str, name: str) -> Callable[..., QWidget]:
    """A page class imported when the page is first built, not at start-up: the Reports and
    Roster sync pages pull in openpyxl, icalendar and the roster machinery, which cost a
    third of the cold start, and the record lists bring every detail editor (pyinstrument,
    `python -X importtime`, `python -m scdesk.bench`). Only the Overview, the page a new
    window shows, is imported with the window."""

    def build(*args: object) -> QWidget:
        return getattr(import_module(module), name)(*args)

    return build


@dataclass(frozen=True)
class NavigationEntry:
    key: str  # for record pages, the kind of record shown ("person"), as editor_for knows it
    title: Callable[[], str]
    page: Callable[..., QWidget]
    uses_undo_stack: bool = False
    help_topic: str = "getting-started"  # the guide's page F1 opens on this section


def record_list(
    key: str, title: Callable[[], str], module: str, page: str, help_topic: str = "getting-started"
) -> NavigationEntry:
    """A section showing one kind of record: a list page, built when first shown, whose
    edits go on the window's undo stack."""
    return NavigationEntry(key, title, built_later(f"{LISTS}.{module}", page), True, help_topic)


def navigation_entries() -> tuple[NavigationEntry, ...]:
    return (
        NavigationEntry("overview", lambda: _t("Overview"), OverviewPage),
        record_list(
            "partnership", lambda: _t("Partnerships"), "partnerships_page", "PartnershipsPage"
        ),
        record_list("committee", lambda: _t("Committees"), "committees_page", "CommitteesPage"),
        record_list(
            "exchange",
            lambda: _t("Exchanges"),
            "exchanges_page",
            "ExchangesPage",
            "recording-an-exchange",
        ),
        record_list("person", lambda: _t("People"), "people_page", "PeoplePage"),
        record_list("hours", lambda: _t("Hours"), "hours_page", "HoursPage", "logging-hours"),
        NavigationEntry(
            "reports",
            lambda: _t("Reports"),
            built_later("scdesk.ui.reports.page", "ReportsPage"),
            help_topic="board-report",
        ),
        NavigationEntry(
            "roster",
            lambda: _t("Roster sync"),
            built_later("scdesk.ui.roster.page", "RosterSyncPage"),
            help_topic="roster",
        ),
        NavigationEntry(
            "backups",
            lambda: _t("Backups"),
            built_later("scdesk.ui.backups.backups_page", "BackupsPage"),
            help_topic="backups",
        ),
    )
