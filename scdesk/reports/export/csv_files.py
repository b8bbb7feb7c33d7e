"""Tables as CSV: UTF-8 with a byte order mark (so Excel reads the accents), CRLF lines,
formula-looking text neutralized; one file per table."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, time
from pathlib import Path

from scdesk.interchange.flat.cells import neutralize_cell
from scdesk.reports.figures.table import Cell, Table
from scdesk.storage.atomic import write_bytes_atomic


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}" if value == round(value, 6) else str(value)
    return neutralize_cell(value)


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize_cell(c) for c in table.columns])
    writer.writerows([csv_text(v) for v in row] for row in table.rows)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def file_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "table"


def csv_paths(tables: list[Table], target: Path) -> list[Path]:
    """One table keeps the chosen name; several get it with the table's name appended."""
    if len(tables) == 1:
        return [target]
    return [target.with_name(f"{target.stem}-{file_slug(t.name)}.csv") for t in tables]


def write_csv_files(tables: list[Table], target: Path) -> list[Path]:
    paths = csv_paths(tables, target)
    for table, path in zip(tables, paths, strict=True):
        write_bytes_atomic(path, csv_bytes(table), mode=0o600)
    return paths
