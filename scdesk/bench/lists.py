"""How fast the lists are, on the large demo organization by default.

    uv run python -m scdesk.bench.lists [--org NAME] [--runs 5]

Measured, each as the median of `--runs` runs: opening the People page (widgets, editor,
the ordered ids and the first screenful), sorting it by name, search-as-you-type in its Find
box (one query per keystroke after the typing pause) and in the global search, and the
Hours page: opening it, and sorting it by volunteer and by date (a click on the column
title until the new order is painted, waiting for a sort run on a worker). The target for
the first three is 300 ms. The baseline is raw sqlite3 reading the same ordered ids, timed
in the same run, so a busy machine shows as a ratio.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from scdesk.bench.application import bench_application
from scdesk.bench.arguments import add_org, add_runs, bench_parser, how_measured
from scdesk.bench.table import print_against_baseline
from scdesk.operations.lists import PeopleFilter
from scdesk.operations.organizations import open_organization
from scdesk.operations.search import search_everything
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.lists import hours_model, people_model
from scdesk.ui.lists.hours_page import HoursPage
from scdesk.ui.lists.people_page import PeoplePage

TARGET_MS = 300.0
TYPED = ("m", "ma", "mar", "mari", "maria", "maria g", "maria ga")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def raw_people_ids(database: Path) -> None:
    """The baseline: the same ordered ids straight from sqlite3, no SQLAlchemy, no Qt."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        connection.execute(
            "SELECT id FROM person WHERE deleted_at IS NULL ORDER BY sort_name, id"
        ).fetchall()


def first_screen(page: PeoplePage | HoursPage, app: QApplication) -> None:
    """What a person waits for: the rows on screen fetched and painted."""
    page.repaint()
    app.processEvents()


def click_title(
    page: PeoplePage | HoursPage, column: int, order: list[Qt.SortOrder], app: QApplication
) -> None:
    """What a click on a column title does (QTableView.sortByColumn sorts twice), each time
    in the other direction, until the new order is painted."""
    order.reverse()
    page.view.horizontalHeader().setSortIndicator(column, order[0])
    while page.model.finding():  # sorted on a worker: the person waits for it all the same
        app.processEvents()
    first_screen(page, app)


def open_page(page_class: type, org: OpenOrganization, app: QApplication) -> PeoplePage:
    page = page_class(org, None, QUndoStack())
    page.resize(1300, 800)
    page.show()
    first_screen(page, app)
    return page


def run(org_name: str, repeat: int) -> None:
    with open_organization(org_name) as org, bench_application() as app:
        results = measure(org, app, repeat)
    baseline = results.pop("baseline")
    people = f"raw sqlite3, {int(results.pop('people')):,} ordered ids"
    print(f"“{org_name}”, {how_measured(repeat)}")
    print_against_baseline(people, baseline, results, TARGET_MS)


def measure(org: OpenOrganization, app: QApplication, repeat: int) -> dict[str, float]:
    results: dict[str, float] = {}
    results["baseline"] = median_ms(lambda: raw_people_ids(org.folder.database), repeat)
    with sqlite3.connect(f"file:{org.folder.database}?mode=ro", uri=True) as connection:
        people, entries = connection.execute(
            "SELECT (SELECT count(*) FROM person WHERE deleted_at IS NULL),"
            " (SELECT count(*) FROM volunteer_hours WHERE deleted_at IS NULL)"
        ).fetchone()
    results["people"] = people
    open_page(PeoplePage, org, app).deleteLater()  # warm the file cache once
    app.processEvents()
    pages: list[PeoplePage] = []
    results["opening the People list (page, editor, first screen)"] = median_ms(
        lambda: pages.append(open_page(PeoplePage, org, app)), repeat
    )
    page = pages[-1]
    order = [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder]

    results["sorting the People list by name"] = median_ms(
        lambda: click_title(page, people_model.NAME, order, app), repeat
    )

    def type_in_find_box() -> None:
        worst = 0.0
        for typed in TYPED:
            started = time.perf_counter()
            page.model.set_filters(PeopleFilter(text=typed))
            first_screen(page, app)
            worst = max(worst, time.perf_counter() - started)
        page.model.set_filters(PeopleFilter())
        typing_worst.append(worst)

    typing_worst: list[float] = []
    median_ms(type_in_find_box, repeat)
    results["search-as-you-type in People (slowest keystroke)"] = 1000 * statistics.median(
        typing_worst
    )

    def global_search() -> None:
        worst = 0.0
        with org.database.session() as session:
            for typed in TYPED:
                started = time.perf_counter()
                search_everything(session, typed)
                worst = max(worst, time.perf_counter() - started)
        global_worst.append(worst)

    global_worst: list[float] = []
    median_ms(global_search, repeat)
    results["global search (slowest keystroke)"] = 1000 * statistics.median(global_worst)
    hours: list[HoursPage] = []
    results[f"(opening the Hours list, {entries:,} entries, with totals)"] = median_ms(
        lambda: hours.append(open_page(HoursPage, org, app)), max(1, repeat // 2)
    )
    for label, column in (("volunteer", hours_model.PERSON), ("date", hours_model.WORKED_ON)):
        results[f"(sorting the Hours list by {label})"] = median_ms(
            lambda column=column: click_title(hours[-1], column, order, app), repeat
        )
    for made in pages + hours:
        made.deleteLater()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__spec__.name, __doc__)
    add_org(parser)
    add_runs(parser, 5, warm_up=False)
    args = parser.parse_args(argv)
    run(args.org, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
