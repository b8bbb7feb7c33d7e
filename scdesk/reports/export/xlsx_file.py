"""Tables as one XLSX workbook, a sheet per table, with real numbers and dates."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from scdesk.interchange.flat.cells import neutralize_cell
from scdesk.reports.figures.table import Cell, Table
from scdesk.storage.atomic import write_bytes_atomic

SHEET_NAME_LIMIT = 31
FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})
WIDEST_COLUMN = 60


def _cell(value: Cell) -> Cell:
    """Text is neutralized: openpyxl writes any string starting with "=" as a formula."""
    return neutralize_cell(value) if isinstance(value, str) else value


def _shown_width(value: Cell) -> int:
    if isinstance(value, date | time):
        return 10
    return len(str(value)) if value is not None else 0


def xlsx_bytes(tables: list[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.name, used))
        sheet.append([_cell(c) for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        for index, column in enumerate(sheet.iter_cols(min_row=1), start=1):
            for cell in column[1:]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, time):
                    cell.number_format = "hh:mm"
            width = max(_shown_width(c.value) for c in column)
            sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, WIDEST_COLUMN)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(name: str, used: set[str]) -> str:
    base = name.translate(FORBIDDEN_IN_SHEET_NAMES)[:SHEET_NAME_LIMIT]
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" {number}"
        candidate, number = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def write_xlsx_file(tables: list[Table], target: Path) -> list[Path]:
    write_bytes_atomic(target, xlsx_bytes(tables), mode=0o600)
    return [target]
