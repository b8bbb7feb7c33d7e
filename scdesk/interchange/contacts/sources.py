"""What every readable file becomes: a table of text rows under named columns.

CSV files, worksheets and address books all end up here, so the column mapping, the
preview and the import work the same for each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from scdesk.domain.i18n import _, joined
from scdesk.interchange.contacts.problems import RowProblem, Severity, place
from scdesk.storage.errors import StorageError

# What a cell may hold: text, or the typed values a worksheet keeps.
Cell = str | int | float | date | datetime | None

# Bounds that keep a wrong or hostile file from exhausting memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 500


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


class UnreadableFile(StorageError):
    """The file as a whole cannot be imported; the message names where and says what to do."""

    def __init__(
        self, path: Path, message: str, line: int = 0, column: str = "", unit: str = "line"
    ) -> None:
        places = (
            place(unit, line) if line else "",
            _("column “{column}”").format(column=column) if column else "",
        )
        where = [part for part in places if part]
        super().__init__(
            path,
            _("{where}: {problem}").format(where=joined(where, ", "), problem=message)
            if where
            else message,
        )
        self.line = line
        self.column = column


@dataclass(frozen=True)
class SourceRow:
    line: int  # where a person finds the row: the text line it starts on, or the sheet row
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        return all(
            cell is None or (isinstance(cell, str) and not cell.strip()) for cell in self.cells
        )


@dataclass
class SourceTable:
    """A file read into rows, with what was detected about it."""

    path: Path
    kind: FileKind
    headers: tuple[str, ...]
    rows: list[SourceRow]
    encoding: str = ""  # text files: the detected (or chosen) encoding
    delimiter: str = ""  # CSV: the detected separator
    sheet: str = ""  # XLSX: the worksheet read
    unit: str = "line"  # how its rows are counted: "line" of a text file, "row" of a sheet
    notices: list[RowProblem] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.path.name

    def column(self, header: str) -> int:
        return self.headers.index(header)

    def drop_blank_rows(self) -> None:
        """Remove blank rows, noting each so nobody wonders where it went."""
        kept = []
        for row in self.rows:
            if row.is_blank():
                self.notices.append(
                    RowProblem(
                        self.file_name,
                        row.line,
                        "",
                        _("blank row, skipped.")
                        if self.unit == "row"
                        else _("blank line, skipped."),
                        _("Nothing to do."),
                        Severity.NOTE,
                    )
                )
            else:
                kept.append(row)
        self.rows = kept


def unique_headers(raw: list[str]) -> tuple[str, ...]:
    """Header texts, trimmed, with empty ones named by position and repeats numbered."""
    seen: dict[str, int] = {}
    headers = []
    for position, text in enumerate(raw, start=1):
        name = " ".join(str(text or "").split()) or f"Column {position}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return tuple(headers)
