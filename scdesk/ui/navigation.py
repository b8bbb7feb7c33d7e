"""The sections of the main window, in the order of the navigation list.

Adding a section is one line: a key (used for settings and for opening records), the
title (translated when shown) and the page class, built as `Page(org, parent)`; record
pages also take the window's undo stack (`uses_undo_stack=True`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scdesk.ui.lists.committees_page import CommitteesPage
from scdesk.ui.lists.exchanges_page import ExchangesPage
from scdesk.ui.lists.hours_page import HoursPage
from scdesk.ui.lists.partnerships_page import PartnershipsPage
from scdesk.ui.lists.people_page import PeoplePage
from scdesk.ui.overview import OverviewPage
from scdesk.ui.reports.page import ReportsPage
from scdesk.ui.roster.page import RosterSyncPage


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


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
        NavigationEntry("reports", lambda: _t("Reports"), ReportsPage),
        NavigationEntry("roster", lambda: _t("Roster sync"), RosterSyncPage),
    )
