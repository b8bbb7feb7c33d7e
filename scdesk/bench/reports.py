"""How long the annual report of an organization takes, figures and PDF apart.

    uv run python -m scdesk.bench.reports [--org NAME] [--year 2025] [--runs 3]

By default it measures the large demo organization (`scdesk demo --size large` makes it);
the target is under 3 seconds. The baseline is one raw sqlite3 pass over the rows the report
reads most of (the year's volunteer hours and the people), timed in the same run; the
processor time is printed too, as wall-clock times stretch on a busy machine.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from scdesk.bench.arguments import add_org, add_runs, bench_parser, how_measured
from scdesk.operations.organizations import open_organization
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import ReportKind, ReportRequest, collect_figures
from scdesk.reports.render.application import ensure_gui_application
from scdesk.reports.render.pdf import pdf_bytes
from scdesk.reports.render.report import report_layout
from scdesk.storage.organization_files import OpenOrganization

TARGET_SECONDS = 3.0


@dataclass(frozen=True)
class Timing:
    baseline: float  # raw sqlite3: the year's hours and the people, one pass each
    figures: float
    render: float
    cpu: float  # processor time of figures and PDF: what a busy machine does not inflate
    pages: int
    pdf_bytes: int

    @property
    def total(self) -> float:
        return self.figures + self.render


def raw_baseline(database: Path, period: Period) -> float:
    started = time.perf_counter()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        connection.execute(
            "SELECT count(*), sum(hours) FROM volunteer_hours "
            "WHERE deleted_at IS NULL AND worked_on BETWEEN ? AND ?",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchall()
        connection.execute(
            "SELECT status, count(*) FROM person WHERE deleted_at IS NULL "
            "AND member_since <= ? GROUP BY status",
            (period.end.isoformat(),),
        ).fetchall()
    return time.perf_counter() - started


def time_annual_report(org_name: str, year: int) -> Timing:
    ensure_gui_application()
    with open_organization(org_name) as org:
        return time_report_of(org, year)


def time_report_of(org: OpenOrganization, year: int) -> Timing:
    """The annual report of the open `org`: its figures, then its PDF, timed apart."""
    period = Period.year(year)
    baseline = raw_baseline(org.folder.database, period)
    return _timed(org, ReportRequest(ReportKind.ANNUAL, period), baseline)


def time_directory_of(org: OpenOrganization) -> Timing:
    """The member directory of the open `org` (74,125 people and 2,668 pages for the large
    demo), timed like the annual report; its baseline is a raw pass over the people listed."""
    started = time.perf_counter()
    with sqlite3.connect(f"file:{org.folder.database}?mode=ro", uri=True) as connection:
        connection.execute(
            "SELECT given_name, family_name, email, phone, city FROM person "
            "WHERE deleted_at IS NULL AND consent_directory"
        ).fetchall()
    baseline = time.perf_counter() - started
    return _timed(org, ReportRequest(ReportKind.DIRECTORY), baseline)


def _timed(org: OpenOrganization, request: ReportRequest, baseline: float) -> Timing:
    started, cpu_started = time.perf_counter(), time.process_time()
    with org.database.session() as session:
        figures = collect_figures(session, request, org.folder.attachments)
    counted = time.perf_counter()
    data, pages = pdf_bytes(report_layout(figures))
    done, cpu_done = time.perf_counter(), time.process_time()
    return Timing(
        baseline, counted - started, done - counted, cpu_done - cpu_started, pages, len(data)
    )


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser(__spec__.name, __doc__)
    add_org(parser)
    parser.add_argument(
        "--year", type=int, default=2025, help="the report's year (default: %(default)s)"
    )
    add_runs(parser, 3, warm_up=False)
    args = parser.parse_args(argv)
    runs = [time_annual_report(args.org, args.year) for _ in range(args.runs)]
    median = {
        name: statistics.median(getattr(run, name) for run in runs)
        for name in ("baseline", "figures", "render", "total", "cpu")
    }
    last = runs[-1]
    print(
        f"Annual report {args.year} of “{args.org}”: {last.pages} pages, {last.pdf_bytes:,} bytes"
    )
    base = median["baseline"]
    print(f"  raw sqlite3 baseline  {base:7.3f} s")
    print(f"  figures (SQL)         {median['figures']:7.3f} s  ({median['figures'] / base:.1f}×)")
    print(f"  layout and PDF        {median['render']:7.3f} s")
    print(f"  total                 {median['total']:7.3f} s  ({median['total'] / base:.1f}×)")
    print(f"  processor time        {median['cpu']:7.3f} s  (the machine's load does not count)")
    verdict = "within" if median["total"] < TARGET_SECONDS else "OVER"
    print(f"  {verdict} the {TARGET_SECONDS:.0f} s target ({how_measured(args.runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
