"""The People list: search-as-you-type and sorting, as a person meets them in the page.

Search: each keystroke of a name sets the Find filter and paints the first screenful; the
baseline is the raw FTS5 query for the same first page of ids (sqlite3, no SQLAlchemy,
no Qt). Sorting: a click on a column title, by name and by member since, then the paint.
"""

from __future__ import annotations

import sqlite3
import statistics
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scdesk.bench.lists import click_title, open_page
from scdesk.bench.lists import first_screen as painted
from scdesk.bench.table import median_seconds, percentile, seconds
from scdesk.operations.lists import PeopleFilter
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.search_index import match_expression
from scdesk.ui.lists import people_model
from scdesk.ui.lists.people_page import PeoplePage

TYPED = ("m", "ma", "mar", "mari", "maria", "maria g", "maria ga")
FIRST_PAGE = 50
RAW_FIRST_PAGE = (
    "SELECT id FROM person WHERE deleted_at IS NULL AND id IN "
    "(SELECT rowid FROM person_fts WHERE person_fts MATCH ?) ORDER BY sort_name, id LIMIT ?"
)


def open_people_page(org: OpenOrganization, app: QApplication) -> PeoplePage:
    return open_page(PeoplePage, org, app)


def raw_first_pages(database: Path) -> list[float]:
    """Seconds per keystroke for the raw FTS5 query of the first page of ids."""
    times = []
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        for typed in TYPED:
            query = match_expression(typed)
            times.append(
                seconds(
                    lambda q=query: connection.execute(RAW_FIRST_PAGE, (q, FIRST_PAGE)).fetchall()
                )
            )
    return times


def typed_first_pages(page: PeoplePage, app: QApplication) -> list[float]:
    """Seconds per keystroke in the People page's Find filter, first screenful painted."""
    times = []
    for typed in TYPED:

        def keystroke(text: str = typed) -> None:
            page.model.set_filters(PeopleFilter(text=text))
            painted(page, app)

        times.append(seconds(keystroke))
    page.model.set_filters(PeopleFilter())
    painted(page, app)
    return times


def search_as_you_type(
    org: OpenOrganization, page: PeoplePage, app: QApplication, runs: int
) -> tuple[float, float, float]:
    """(median keystroke, raw median keystroke, 95th percentile keystroke), in seconds."""
    if runs > 1:  # warm-up
        typed_first_pages(page, app)
        raw_first_pages(org.folder.database)
    ours: list[float] = []
    raw: list[float] = []
    for _ in range(runs):
        ours += typed_first_pages(page, app)
        raw += raw_first_pages(org.folder.database)
    return statistics.median(ours), statistics.median(raw), percentile(ours, 0.95)


def sort_time(page: PeoplePage, app: QApplication, column: int, runs: int) -> float:
    """Median seconds for a click on `column`'s title, alternating the direction, until
    the new order is painted."""
    order = [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder]
    return median_seconds(lambda: click_title(page, column, order, app), runs)


SORT_COLUMNS = {"name": people_model.NAME, "member since": people_model.MEMBER_SINCE}
