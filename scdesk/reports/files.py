"""Save a report's tables (CSV, XLSX) or its calendar (iCalendar); PDF is `render`'s job.

Each writer is imported when its format is asked for: openpyxl, icalendar and the phone
number tables take about a second of processor time to load, which a PDF from the command
line would otherwise pay for nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.reports.figures.request import (
    Figures,
    OutputFormat,
    ReportRequest,
    collect_calendar,
)


def save_tables(figures: Figures, fmt: OutputFormat, target: Path) -> list[Path]:
    if fmt is OutputFormat.CSV:
        from scdesk.reports.export.csv_files import write_csv_files

        return write_csv_files(figures.tables(), target)
    if fmt is OutputFormat.XLSX:
        from scdesk.reports.export.xlsx_file import write_xlsx_file

        return write_xlsx_file(figures.tables(), target)
    raise ValueError(f"Tables cannot be saved as {fmt}.")


def save_calendar(
    session: Session, request: ReportRequest, calendar_name: str, target: Path
) -> list[Path]:
    from scdesk.reports.export.ics_file import write_ics_file

    return write_ics_file(collect_calendar(session, request), calendar_name, target)
