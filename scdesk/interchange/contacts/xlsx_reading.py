"""Read an Excel workbook (.xlsx) the way its author laid it out.

Committees' workbooks put a title above the header, merge cells, end with a total row
holding a formula, and keep notes on other sheets. The people are on the first sheet that
has a header row; cells merged across rows count for each row; formulas are never run
(their saved result is read), and a row made of formulas is a total, not a person.
"""

from __future__ import annotations

import warnings
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.problems import RowProblem, Severity
from scdesk.interchange.contacts.sources import (
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    FileKind,
    SourceRow,
    SourceTable,
    UnreadableFile,
    unique_headers,
)

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 10_000
HEADER_SEARCH_ROWS = 20
RESAVE = _("Open it in Excel or LibreOffice, save it again as .xlsx, and import that.")


def check_archive(path: Path) -> None:
    """Refuse damaged workbooks and zip bombs before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            bad = archive.testzip() if len(entries) <= MAX_ENTRIES else None
    except Exception as error:  # a damaged zip fails in many ways (zlib, names, methods…)
        raise UnreadableFile(
            path,
            _("the workbook is damaged or incomplete ({details}). {advice}").format(
                details=str(error), advice=RESAVE
            ),
        ) from error
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise UnreadableFile(
            path,
            _(
                "the workbook unpacks to more than scdesk reads ({size} MB in at most {parts} "
                "parts). Save the sheet with the people as CSV and import that."
            ).format(size=MAX_UNPACKED_BYTES // 2**20, parts=f"{MAX_ENTRIES:,}"),
        )
    if bad is not None:
        raise UnreadableFile(
            path,
            _("the workbook is damaged (its part {part} is corrupt). {advice}").format(
                part=bad, advice=RESAVE
            ),
        )
    if "xl/workbook.xml" not in names:
        raise UnreadableFile(
            path, _("this zip file is not an Excel workbook. Choose an .xlsx, CSV or vCard file.")
        )


def _load(path: Path, data_only: bool) -> openpyxl.Workbook:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it skips
            with path.open("rb") as handle:  # a handle: openpyxl would judge a path by its suffix
                return openpyxl.load_workbook(handle, data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds for broken XML
        raise UnreadableFile(
            path,
            _("the workbook cannot be read ({details}). {advice}").format(
                details=f"{type(error).__name__}: {error}", advice=RESAVE
            ),
        ) from error


def _plain(value: object) -> Cell:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | date | datetime | None):
        return value
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def _header_row(sheet: Worksheet) -> int | None:
    """The first row of text cells at least half as wide as the widest of the first rows."""
    rows = list(
        sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, HEADER_SEARCH_ROWS), values_only=True)
    )
    filled = [sum(1 for value in row if value not in (None, "")) for row in rows]
    widest = max(filled, default=0)
    for number, (row, count) in enumerate(zip(rows, filled, strict=True), start=1):
        texts = [value for value in row if value not in (None, "")]
        if count >= max(2, widest / 2) and all(isinstance(v, str) for v in texts):
            return number
    return None


def _merged_values(sheet: Worksheet, first_data_row: int) -> dict[tuple[int, int], object]:
    """Every cell of a merged range below the header, holding the range's value."""
    values = {}
    for merged in sheet.merged_cells.ranges:
        if merged.max_row < first_data_row:
            continue
        value = sheet.cell(merged.min_row, merged.min_col).value
        for row in range(max(merged.min_row, first_data_row), merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                values[(row, col)] = value
    return values


def read_xlsx(path: Path) -> SourceTable:
    check_archive(path)
    formulas, results = _load(path, data_only=False), _load(path, data_only=True)
    chosen = None
    for sheet in formulas.worksheets:
        header_at = _header_row(sheet)
        if header_at is not None:
            chosen = sheet, header_at
            break
    if chosen is None:
        raise UnreadableFile(
            path,
            _(
                "no sheet of the workbook has a header row (a row of column names such as "
                "“Name”, “Email”). Add one above the people and import again."
            ),
        )
    sheet, header_at = chosen
    table = SourceTable(path, FileKind.XLSX, (), [], sheet=sheet.title, unit="row")
    for other in formulas.worksheets:
        if other is not sheet:
            table.notices.append(
                RowProblem(
                    path.name,
                    0,
                    "",
                    _(
                        "the sheet “{other}” was not read; people are read from “{sheet}” only."
                    ).format(other=other.title, sheet=sheet.title),
                    _("Move people on other sheets to this one, or save that sheet on its own."),
                    Severity.NOTE,
                )
            )
    for number in range(1, header_at):
        if any(
            value not in (None, "")
            for value in next(sheet.iter_rows(number, number, values_only=True))
        ):
            table.notices.append(
                RowProblem(
                    path.name,
                    number,
                    "",
                    _("this row above the column names (a title?) was not read."),
                    _("Nothing to do."),
                    Severity.NOTE,
                )
            )
    header = [
        _plain(value) for value in next(sheet.iter_rows(header_at, header_at, values_only=True))
    ]
    while header and header[-1] in (None, ""):
        header.pop()
    if len(header) > MAX_COLUMNS:
        raise UnreadableFile(
            path,
            _("it has {count} columns; scdesk reads at most {most}.").format(
                count=len(header), most=MAX_COLUMNS
            ),
            header_at,
            unit="row",
        )
    table.headers = unique_headers([str(value or "") for value in header])
    _read_rows(table, sheet, results[sheet.title], header_at)
    table.drop_blank_rows()
    return table


def _read_rows(table: SourceTable, sheet: Worksheet, cached: Worksheet, header_at: int) -> None:
    width = len(table.headers)
    merged = _merged_values(sheet, header_at + 1)
    for number in range(header_at + 1, sheet.max_row + 1):
        if len(table.rows) >= MAX_ROWS:
            raise UnreadableFile(
                table.path,
                _("the sheet has more than {count} rows. Split it and import each part.").format(
                    count=f"{MAX_ROWS:,}"
                ),
                number,
                unit="row",
            )
        cells: list[Cell] = []
        formula_columns = []
        for col in range(1, width + 1):
            cell = sheet.cell(number, col)
            value = merged.get((number, col), cell.value)
            if cell.data_type == "f" and (number, col) not in merged:
                formula_columns.append(col)
                value = cached.cell(number, col).value
            cells.append(_plain(value))
        row = SourceRow(number, tuple(cells))
        if formula_columns and _is_total(row, formula_columns):
            table.notices.append(
                RowProblem(
                    table.file_name,
                    number,
                    "",
                    _("a total row (it holds a formula), not a person; skipped."),
                    _("Nothing to do."),
                    Severity.NOTE,
                )
            )
            continue
        for col in formula_columns:
            if cells[col - 1] in (None, ""):
                table.notices.append(
                    RowProblem(
                        table.file_name,
                        number,
                        table.headers[col - 1],
                        _("the cell holds a formula whose result was never saved; left empty."),
                        _("Open the workbook in Excel, save it, and import it again."),
                    )
                )
        table.rows.append(row)


def _is_total(row: SourceRow, formula_columns: list[int]) -> bool:
    """A row of formulas with at most a label beside them (“Total”) sums up, it is no person."""
    plain = [
        cell
        for col, cell in enumerate(row.cells, start=1)
        if col not in formula_columns and cell not in (None, "")
    ]
    return len(plain) <= 1
