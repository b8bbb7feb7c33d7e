"""The tables behind the reports as CSV and XLSX, their events as iCalendar: each file read
back with the parser a spreadsheet or calendar would use."""

from __future__ import annotations

import csv
import io
from datetime import date

import icalendar
import openpyxl
import pytest
from sqlalchemy import text

from scdesk.model import Person
from scdesk.operations.records import create_record
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import (
    IncompleteRequest,
    OutputFormat,
    ReportKind,
    ReportRequest,
    collect_figures,
)
from scdesk.reports.files import save_calendar, save_tables

SNEAKY = '=HYPERLINK("http://evil.example","click")'


def directory_figures(org):
    with org.database.transaction() as s:
        create_record(
            s, Person, {"given_name": SNEAKY, "family_name": "Smith", "consent_directory": True}
        )
    with org.database.session() as s:
        return collect_figures(s, ReportRequest(ReportKind.DIRECTORY, on=date(2025, 1, 1)))


def test_csv_starts_with_a_byte_order_mark_and_neutralizes_formulas(seeded, org, tmp_path):
    (path,) = save_tables(directory_figures(org), OutputFormat.CSV, tmp_path / "dir.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "Email", "Phone"]
    names = [row[0] for row in rows[1:]]
    assert f"'{SNEAKY} Smith" in names and "Ann Archer" in names
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_csv_of_a_report_with_several_tables_writes_one_file_each(seeded, org, tmp_path):
    with org.database.session() as s:
        figures = collect_figures(s, ReportRequest(ReportKind.ANNUAL, Period.year(2025)))
    paths = save_tables(figures, OutputFormat.CSV, tmp_path / "annual.csv")
    assert [p.name for p in paths][:3] == [
        "annual-partnerships.csv",
        "annual-status-changes.csv",
        "annual-agreements.csv",
    ]
    with open(tmp_path / "annual-hours-by-month.csv", encoding="utf-8-sig", newline="") as f:
        months = {row["Month"]: row["Hours"] for row in csv.DictReader(f)}
    assert months["2025-06"] == "6" and months["2025-03"] == "2.5" and months["2025-01"] == "0"


def test_xlsx_opens_with_numbers_as_numbers_and_text_neutralized(seeded, org, tmp_path):
    with org.database.session() as s:
        annual = collect_figures(s, ReportRequest(ReportKind.ANNUAL, Period.year(2025)))
    (path,) = save_tables(annual, OutputFormat.XLSX, tmp_path / "annual.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Partnerships"
    months = {
        row[0]: row[1] for row in book["Hours by month"].iter_rows(min_row=2, values_only=True)
    }
    assert months["2025-06"] == 6 and months["2025-03"] == 2.5
    (lyon,) = list(book["Partnerships"].iter_rows(min_row=2, values_only=True))
    assert lyon[0] == "Lyon, France" and lyon[2] == "Active"
    assert lyon[4].date() == date(2021, 5, 8)  # a real date cell
    (path,) = save_tables(directory_figures(org), OutputFormat.XLSX, tmp_path / "dir.xlsx")
    sheet = openpyxl.load_workbook(path)["Directory"]
    cells = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert f"'{SNEAKY} Smith" in cells
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_ics_parses_and_holds_the_years_exchanges_and_meetings(demo, tmp_path) -> None:
    request = ReportRequest(ReportKind.ANNUAL, Period.year(2025))
    with demo.database.session() as s:
        (path,) = save_calendar(s, request, "Springfield 2025", tmp_path / "year.ics")
        exchanges = s.execute(
            text(
                "SELECT count(*) FROM exchange WHERE deleted_at IS NULL AND status != 'cancelled'"
                " AND starts_on BETWEEN '2025-01-01' AND '2025-12-31'"
            )
        ).scalar_one()
        meetings = s.execute(
            text(
                "SELECT count(*) FROM meeting WHERE deleted_at IS NULL "
                "AND held_on BETWEEN '2025-01-01' AND '2025-12-31'"
            )
        ).scalar_one()
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == exchanges + meetings
    assert len({str(e["UID"]) for e in events}) == len(events)
    all_day = [e for e in events if not hasattr(e.decoded("DTSTART"), "hour")]
    assert len(all_day) == exchanges
    assert all(e.decoded("DTEND") > e.decoded("DTSTART") for e in all_day)


def test_ics_of_a_trip_holds_the_exchange_and_its_itinerary(seeded, org, tmp_path) -> None:
    with org.database.session() as s:
        (path,) = save_calendar(
            s,
            ReportRequest(ReportKind.TRIP, exchange_id=seeded.exchange),
            "Trip",
            tmp_path / "t.ics",
        )
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == [
        "Youth orchestra visit",
        "Welcome dinner",
        "Concert at the Capitol",
    ]
    assert events[0].decoded("DTEND") == date(2025, 6, 15)  # the last day, included


def test_a_report_without_events_has_no_calendar(org, tmp_path) -> None:
    with org.database.session() as s, pytest.raises(IncompleteRequest, match="no calendar"):
        save_calendar(s, ReportRequest(ReportKind.DIRECTORY), "x", tmp_path / "d.ics")
    assert not (tmp_path / "d.ics").exists()
