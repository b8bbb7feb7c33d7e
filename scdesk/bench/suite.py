"""The whole benchmark suite on one organization: every hot path beside its raw baseline.

Each operation is timed as the median of `runs` runs after a warm-up, its baseline in the
same run, so a busy machine shows in both and the ratio stays honest. Subprocess rows (cold
start, peak memory) run before the organization is opened here, as it is locked while open.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from scdesk.bench import exchange, files, people, startup
from scdesk.bench.quiet import quiet_offscreen_warnings
from scdesk.bench.reports import time_directory_of, time_report_of
from scdesk.bench.table import (
    Row,
    Target,
    format_table,
    median_seconds,
    paired_medians,
    seconds,
)
from scdesk.operations.demo_organization import create_demo_organization, demo_name
from scdesk.operations.organizations import open_organization
from scdesk.storage.errors import UnknownOrganizationError
from scdesk.storage.registry import Registry
from scdesk.ui.app import make_application

ONCE = "timed once"  # the rows that take from seconds to a minute each: no median


@dataclass(frozen=True)
class Options:
    org_name: str
    size: str = "large"  # of the demo built when the organization does not exist
    runs: int = 5
    rebuild: bool = False
    import_people: int = 50_000
    report_year: int = 2025


def is_known(org_name: str) -> bool:
    try:
        Registry().find(org_name)
    except UnknownOrganizationError:
        return False
    return True


def prepare_organization(options: Options, say: Callable[[str], None]) -> list[Row]:
    """The demo row when the demo is built here (in run's temporary home), else none."""
    if is_known(options.org_name):
        return []
    say(f"Building “{demo_name(options.size)}” in a temporary folder (timed once)…")
    built = seconds(lambda: create_demo_organization(options.size))
    return [Row(f"scdesk demo --size {options.size}", built, Target(limit=60), note=ONCE)]


def subprocess_rows(options: Options, say: Callable[[str], None]) -> list[Row]:
    say("Cold start and peak memory (subprocesses)…")
    ours, empty = paired_medians(
        lambda: startup.cold_start(options.org_name), startup.empty_window_start, options.runs
    )
    memory = startup.peak_memory_mb(options.org_name)
    return [
        Row("cold start to an interactive main window", ours, Target(ratio=1.5), empty),
        Row(
            "peak memory, organization open, every section visited",
            memory,
            Target(limit=350, unit="MB"),
            note="measured once",
        ),
    ]


def in_process_rows(options: Options, say: Callable[[str], None]) -> list[Row]:
    app = make_application()
    rows = []
    with open_organization(options.org_name) as org:
        say("People list: search-as-you-type and sorting…")
        page = people.open_people_page(org, app)
        typed, raw, p95 = people.search_as_you_type(org, page, app, options.runs)
        rows.append(
            Row(
                "search-as-you-type over the people, first page, median keystroke",
                typed,
                Target(ratio=3, limit=0.030),
                raw,
                extra=p95,
                note=f"95th percentile {p95 * 1000:.1f} ms",
            )
        )
        for label, column in people.SORT_COLUMNS.items():
            sorted_in = people.sort_time(page, app, column, options.runs)
            rows.append(Row(f"sort the People list by {label}", sorted_in, Target(limit=0.150)))
        page.close()
        page.deleteLater()
        say("Exchange editor…")
        opened, added = exchange.open_exchange_time(org, app, options.runs)
        note = f"{added} participants added to reach 50" if added else ""
        rows.append(
            Row("open an exchange with 50 participants", opened, Target(limit=0.100), note=note)
        )
        say("Annual report PDF…")
        report = median_seconds(lambda: time_report_of(org, options.report_year), options.runs)
        rows.append(Row("annual report PDF", report, Target(limit=3)))
        say("Member directory PDF…")  # one run: a minute on the large demo
        directory = seconds(lambda: time_directory_of(org))
        rows.append(
            Row(
                "member directory PDF",
                directory,
                Target(limit=60),
                note=f"every listed person, {ONCE}",
            )
        )
        say("Roster export, backup, roster import…")
        timings = files.measure(org, options.import_people, options.runs)
    rows += [
        Row(
            f"roster import of {options.import_people:,} persons into an empty organization",
            timings.imported,
            Target(ratio=4),
            timings.raw_insert,
            note=ONCE,
        ),
        Row("full roster export", timings.exported, Target(ratio=5), timings.raw_export),
        Row("backup", timings.backup, Target(ratio=1.5), timings.raw_backup),
    ]
    return rows


def run(options: Options, say: Callable[[str], None] = print) -> list[str]:
    """Run every measurement and return the table's lines (the last: `targets met: N/M`).

    Nothing is left behind but the table: a demo made by `scdesk demo` is measured where it
    is; otherwise (or with --rebuild) one is built in a temporary SCDESK_HOME, removed at
    the end with the subprocesses' bytecode cache. The rows that change records (opening an
    exchange, the export, the backup) work on copies."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous_home = os.environ.get("SCDESK_HOME")
    known = is_known(options.org_name)
    if not known and options.org_name != demo_name(options.size):
        Registry().find(options.org_name)  # raises UnknownOrganizationError, saying why
    temporary = options.rebuild or not known
    home = tempfile.mkdtemp(prefix="scdesk-bench-home-") if temporary else None
    if home is not None:
        os.environ["SCDESK_HOME"] = home
    try:
        return _run(options, say)
    finally:
        startup.remove_bytecode_cache()
        if home is not None:
            shutil.rmtree(home, ignore_errors=True)
            if previous_home is None:
                os.environ.pop("SCDESK_HOME", None)
            else:
                os.environ["SCDESK_HOME"] = previous_home


def _run(options: Options, say: Callable[[str], None]) -> list[str]:
    rows = prepare_organization(options, say)
    with open_organization(options.org_name) as org:
        exchange.busiest_exchange(org)  # raises NoExchange now, not after minutes of work
    rows += subprocess_rows(options, say)
    with quiet_offscreen_warnings():
        rows += in_process_rows(options, say)
    load = os.getloadavg()
    say("")
    runs = (
        "one run, no warm-up: a check that the suite works, not a measurement"
        if options.runs == 1
        else f"median of {options.runs} runs after a warm-up"
    )
    say(
        f"“{options.org_name}”, {runs}; load average "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores"
    )
    if options.runs == 1:
        say("Every row was measured: the suite works.")
    if options.size != "large" and options.org_name == demo_name(options.size):
        say(
            "The targets are set for the large demo (--size large): on the small one, "
            "fixed costs weigh more than the work and some ratios miss."
        )
    say("")
    lines = format_table(rows)
    for line in lines:
        say(line)
    return lines
