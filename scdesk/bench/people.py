"""The People list: search-as-you-type and sorting, as a person meets them in the page.

Search, per keystroke of a name: from the text typed to the first page of results ready for
the view. Ours sets the list model's filter (the ordered ids of every match, which the view
needs for its row count and scroll bar) and asks the model for the text of every cell of the
first screenful, which makes it fetch its first page of values (`PAGE_SIZE` rows). The raw
baseline does the same work in plain sqlite3, no SQLAlchemy, no Qt: the FTS5 query for the
same ordered ids, then the same display columns of the same first page (the name built in
SQL, as ours is); it formats nothing. The Find box runs the same work on a worker; here it
runs on this thread so each keystroke can be timed alone.
Sorting: a click on a column title, by name and by member since, then the paint.
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
from scdesk.ui.lists.people_model import PeopleTableModel
from scdesk.ui.lists.people_page import PeoplePage

TYPED = ("m", "ma", "mar", "mari", "maria", "maria g", "maria ga")
FIRST_SCREEN = 50  # rows whose cells are read: more than a tall window shows
FIRST_PAGE = PeopleTableModel.PAGE_SIZE  # rows whose values the model fetches at once
RAW_MATCHING_IDS = (
    "SELECT id FROM person WHERE deleted_at IS NULL AND id IN "
    "(SELECT rowid FROM person_fts WHERE person_fts MATCH ?) ORDER BY sort_name, id"
)
RAW_DISPLAY_ROWS = (
    "SELECT id, CASE WHEN family_name != '' AND given_name != ''"
    " THEN family_name || ', ' || given_name ELSE family_name || given_name END,"
    " email, phone, city, category, status, member_since FROM person WHERE id IN ({marks})"
)


def open_people_page(org: OpenOrganization, app: QApplication) -> PeoplePage:
    return open_page(PeoplePage, org, app)


def raw_first_page(connection: sqlite3.Connection, typed: str) -> list[tuple]:
    """The baseline's keystroke: every matching id in order, the first page's columns."""
    query = match_expression(typed)
    ids = [row[0] for row in connection.execute(RAW_MATCHING_IDS, (query,)).fetchall()]
    first = ids[:FIRST_PAGE]
    marks = ", ".join("?" * len(first))
    return connection.execute(RAW_DISPLAY_ROWS.format(marks=marks), first).fetchall()


def raw_first_pages(database: Path) -> list[float]:
    """Seconds per keystroke for the raw FTS5 queries."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return [seconds(lambda t=typed: raw_first_page(connection, t)) for typed in TYPED]


def first_screen_texts(model: PeopleTableModel, typed: str) -> list[str]:
    """Our keystroke: the model filtered, the text of every cell of its first screenful."""
    model.set_filters(PeopleFilter(text=typed))
    rows = range(min(FIRST_SCREEN, model.rowCount()))
    columns = range(model.columnCount())
    return [model.data(model.index(row, column)) for row in rows for column in columns]


def typed_first_pages(page: PeoplePage, app: QApplication) -> list[float]:
    """Seconds per keystroke through the People page's list model, nothing cached."""
    times = []
    for typed in TYPED:
        page.model.reload()  # forget the rows read before: every keystroke reads afresh
        times.append(seconds(lambda t=typed: first_screen_texts(page.model, t)))
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
