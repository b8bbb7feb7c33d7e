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
from scdesk.bench.application import bench_application
from scdesk.bench.arguments import add_org, add_runs, bench_parser, how_measured
from scdesk.bench.exchange import NoExchange, busiest_exchange
from scdesk.bench.table import print_against_baseline
from scdesk.operations.organizations import open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors import RecordEditor, editor_for

TARGET_MS = 100.0
TYPED = ("m", "ma", "mar", "mari", "maria", "maria g", "maria ga")
BUSIEST_VOLUNTEER = text(
    "SELECT coalesce("
    "(SELECT person_id FROM volunteer_hours GROUP BY person_id ORDER BY count(*) DESC LIMIT 1),"
    " (SELECT person_id FROM participation"
    "  WHERE exchange_id = :exchange AND deleted_at IS NULL ORDER BY id LIMIT 1))"
)


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


def busiest_volunteer(org: OpenOrganization, exchange_id: int) -> int:
    """The person with the most hours entries; without any, a participant of the exchange
    (their activity lists show their exchanges)."""
    with org.database.session() as session:
        return session.execute(BUSIEST_VOLUNTEER, {"exchange": exchange_id}).scalar_one()


def shown(editor: RecordEditor, app: QApplication, record_id: int) -> None:
    editor.load(record_id)
    editor.repaint()
    app.processEvents()


def make_editor(kind: str, org: OpenOrganization, stack: QUndoStack) -> RecordEditor:
    editor = editor_for(kind, org, stack)
    editor.resize(900, 800)
    editor.show()
    return editor


def measure(
    org: OpenOrganization, app: QApplication, repeat: int, exchange_id: int
) -> dict[str, float]:
    person_id = busiest_volunteer(org, exchange_id)
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
    """Raises NoExchange, before anything is measured, if the organization has none."""
    with open_organization(org_name) as org:
        exchange_id, _participants = busiest_exchange(org)
        # A change is saved and undone: on a byte copy (in bench_application's scratch
        # home), so the organization is left as it was.
        with bench_application() as app, roster.bench_copy(org) as copy:
            results = measure(copy, app, repeat, exchange_id)
    baseline = results.pop("baseline")
    print(f"“{org_name}”, {how_measured(repeat)}")
    print_against_baseline(
        "raw sqlite3, one person and their hours total", baseline, results, TARGET_MS
    )


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__spec__.name, __doc__)
    add_org(parser)
    add_runs(parser, 5, warm_up=False)
    args = parser.parse_args(argv)
    try:
        run(args.org, args.runs)
    except NoExchange as problem:  # in one line, as the suite says it
        print(f"{parser.prog}: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
