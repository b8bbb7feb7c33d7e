"""How fast the detail editors are on the large demo organization.

    uv run python -m scdesk.bench.editors [--org NAME] [--runs 5]

Measured, each as the median of `--runs` runs: showing the busiest volunteer in the person
editor (fields and the activity lists), the busiest exchange in the exchange editor, the
person picker's search for each keystroke of a name, saving a changed phone number (rules,
change number, search index) and undoing it. The baseline is raw sqlite3 reading the same
person and their hours total, timed in the same run, so a busy machine shows as a ratio.
The target for showing a record and for a keystroke is 100 ms: a person never waits.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from scdesk.bench import roster
from scdesk.bench.arguments import add_org, add_runs, bench_parser
from scdesk.bench.table import print_against_baseline
from scdesk.operations.organizations import open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.app import make_application
from scdesk.ui.editors import RecordEditor, editor_for

TARGET_MS = 100.0
TYPED = ("m", "ma", "mar", "mari", "maria", "maria g", "maria ga")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def raw_person(database: Path, person_id: int) -> None:
    """The baseline: the person's row and their hours total straight from sqlite3."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        connection.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
        connection.execute(
            "SELECT sum(hours), count(*) FROM volunteer_hours"
            " WHERE person_id = ? AND deleted_at IS NULL",
            (person_id,),
        ).fetchone()


def busiest(org: OpenOrganization, sql: str) -> int:
    with org.database.session() as session:
        return session.execute(text(sql)).scalar_one()


def shown(editor: RecordEditor, app: QApplication, record_id: int) -> None:
    editor.load(record_id)
    editor.repaint()
    app.processEvents()


def make_editor(kind: str, org: OpenOrganization, stack: QUndoStack) -> RecordEditor:
    editor = editor_for(kind, org, stack)
    editor.resize(900, 800)
    editor.show()
    return editor


def measure(org: OpenOrganization, app: QApplication, repeat: int) -> dict[str, float]:
    person_id = busiest(
        org,
        "SELECT person_id FROM volunteer_hours GROUP BY person_id ORDER BY count(*) DESC LIMIT 1",
    )
    exchange_id = busiest(
        org,
        "SELECT exchange_id FROM participation GROUP BY exchange_id ORDER BY count(*) DESC LIMIT 1",
    )
    stack = QUndoStack()
    people = make_editor("person", org, stack)
    people.tabs.setCurrentIndex(people.tabs.count() - 1)  # the activity lists
    exchanges = make_editor("exchange", org, stack)
    exchanges.tabs.setCurrentIndex(1)  # participants and host families
    shown(people, app, person_id)  # warm the file cache once
    results: dict[str, float] = {}
    results["baseline"] = median_ms(lambda: raw_person(org.folder.database, person_id), repeat)
    results["showing the busiest volunteer (fields and activity)"] = median_ms(
        lambda: shown(people, app, person_id), repeat
    )
    results["showing the busiest exchange (fields and people)"] = median_ms(
        lambda: shown(exchanges, app, exchange_id), repeat
    )

    dialog = exchanges.add_participant()
    picker = dialog.control("person_id")
    slowest: list[float] = []

    def type_a_name() -> None:
        worst = 0.0
        for typed in TYPED:
            picker.setText(typed)
            started = time.perf_counter()
            picker.refresh_matches()
            app.processEvents()
            worst = max(worst, time.perf_counter() - started)
        slowest.append(worst)

    median_ms(type_a_name, repeat)
    dialog.reject()
    results["person picker, search as you type (slowest keystroke)"] = 1000 * statistics.median(
        slowest
    )

    phone = people.control("phone")
    numbers = iter(f"(217) 555-{n:04d}" for n in range(10_000))

    def save_and_undo() -> None:
        phone.setText(next(numbers))
        people.save()
        stack.undo()
        app.processEvents()

    results["(saving a changed phone number, then undoing it)"] = median_ms(save_and_undo, repeat)
    for editor in (people, exchanges):
        editor.deleteLater()
    return results


def run(org_name: str, repeat: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    # A change is saved and undone: on a byte copy, so the organization is left as it was.
    with open_organization(org_name) as org, roster.sandbox(), roster.bench_copy(org) as copy:
        results = measure(copy, app, repeat)
    baseline = results.pop("baseline")
    print_against_baseline(
        "raw sqlite3, one person and their hours total", baseline, results, TARGET_MS
    )


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__spec__.name, __doc__)
    add_org(parser)
    add_runs(parser, 5)
    args = parser.parse_args(argv)
    run(args.org, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
