"""Row-level problems: where (file, line or row, column), what is wrong, and what to do."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from scdesk.domain.i18n import Translatable, _
from scdesk.interchange.flat.cells import neutralize_cell
from scdesk.storage.atomic import write_bytes_atomic


class Severity(StrEnum):
    SKIPPED = "skipped"  # the row (or part of it named in the message) was not imported
    WARNING = "warning"  # imported, but check what was done
    NOTE = "note"  # nothing lost: said so nobody wonders


@dataclass(frozen=True)
class RowProblem:
    file: str
    line: int  # the line of a text file, the row of a worksheet; 0 for the whole file
    column: str  # the column header as the file spells it; "" for the whole row
    message: str
    action: str  # what the user can do about it
    severity: Severity = Severity.WARNING

    def where(self, unit: str = "line") -> str:
        parts = [self.file]
        if self.line:
            parts.append(f"{unit} {self.line}")
        if self.column:
            parts.append(f"“{self.column}”")
        return ", ".join(parts)


def place(unit: str, number: int) -> Translatable:
    """“line 7” of a text file, “row 7” of a worksheet."""
    if unit == "row":
        return _("row {number}").format(number=number)
    return _("line {number}").format(number=number)


ERRORS_CSV_HEADER = (
    _("File"),
    _("Line"),
    _("Column"),
    _("Severity"),
    _("Problem"),
    _("What to do"),
)
SEVERITY_WORDS = {
    Severity.SKIPPED: _("skipped"),
    Severity.WARNING: _("warning"),
    Severity.NOTE: _("note"),
}


def errors_csv_bytes(problems: Iterable[RowProblem], say: Callable[[str], str] = str) -> bytes:
    """The problems as a CSV that Excel opens directly (UTF-8 with BOM).

    Its header, severities and reasons are English; the windows pass `say` to write them
    in the reader's language (translated_text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([say(word) for word in ERRORS_CSV_HEADER])
    for problem in problems:
        row = (
            problem.file,
            str(problem.line),
            problem.column,
            say(SEVERITY_WORDS[problem.severity]),
            say(problem.message),
            say(problem.action),
        )
        writer.writerow([neutralize_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def save_errors_csv(
    problems: Iterable[RowProblem], path: Path, say: Callable[[str], str] = str
) -> None:
    write_bytes_atomic(path, errors_csv_bytes(problems, say), mode=0o600)
