"""Read a CSV text into a table: detect the separator, find the header, keep line numbers."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.problems import RowProblem
from scdesk.interchange.contacts.sources import (
    MAX_COLUMNS,
    MAX_ROWS,
    FileKind,
    SourceRow,
    SourceTable,
    UnreadableFile,
    unique_headers,
)
from scdesk.interchange.contacts.text_decoding import DecodedText
from scdesk.interchange.flat.cells import restore_cell

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}
SNIFF_LINES = 50
MAX_CELL_CHARS = 100_000


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """(first line, cells) of each record; quoted cells may span several lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = []
    start = 1
    for cells in reader:
        records.append((start, cells))
        start = reader.line_num + 1
        if limit is not None and len(records) >= limit:
            break
    return records


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number of columns most often.

    csv.Sniffer guesses from character frequencies and is easily misled by commas inside
    quoted notes; parsing with each candidate and comparing column counts is not.
    """
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        try:
            records = [cells for _line, cells in _records(text, delimiter, SNIFF_LINES) if cells]
        except csv.Error:
            continue
        if not records:
            continue
        widths = Counter(len(cells) for cells in records)
        width, count = widths.most_common(1)[0]
        if width < 2:
            continue
        score = count / len(records) * width
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, decoded: DecodedText) -> SourceTable:
    text = decoded.text
    delimiter = detect_delimiter(text)
    old_limit = csv.field_size_limit(MAX_CELL_CHARS)
    try:
        records = _records(text, delimiter)
    except csv.Error as error:
        raise UnreadableFile(
            path,
            _(
                "the text cannot be split into cells ({details}). Open it in a spreadsheet, "
                "save it again as CSV, and import that."
            ).format(details=str(error)),
        ) from error
    finally:
        csv.field_size_limit(old_limit)
    table = SourceTable(
        path=path,
        kind=FileKind.CSV,
        headers=(),
        rows=[],
        encoding=decoded.encoding_name,
        delimiter=delimiter,
    )
    rows = [SourceRow(line, tuple(cells)) for line, cells in records]
    header_at = next((i for i, row in enumerate(rows) if not row.is_blank()), None)
    if header_at is None:
        raise UnreadableFile(path, _("the file holds no rows. Choose the file with the people."))
    header = rows[header_at]
    if len(header.cells) > MAX_COLUMNS:
        raise UnreadableFile(
            path,
            _(
                "it has {count} columns; scdesk reads at most {most}. Is this the right file?"
            ).format(count=len(header.cells), most=MAX_COLUMNS),
            line=header.line,
        )
    if len(rows) - header_at - 1 > MAX_ROWS:
        raise UnreadableFile(
            path,
            _("it has more than {count} rows. Split it into smaller files and import each.").format(
                count=f"{MAX_ROWS:,}"
            ),
            line=rows[header_at + MAX_ROWS + 1].line,
        )
    table.headers = unique_headers(list(header.cells))
    width = len(table.headers)
    for row in rows[header_at + 1 :]:
        if len(row.cells) > width and any(cell.strip() for cell in row.cells[width:]):
            table.notices.append(
                RowProblem(
                    path.name,
                    row.line,
                    "",
                    _(
                        "the row has {cells} cells but the header only {columns}; "
                        "the cells beyond the last column were not read."
                    ).format(cells=len(row.cells), columns=width),
                    _("Check the row for a stray separator."),
                )
            )
        cells = tuple(restore_cell(c) for c in row.cells[:width]) + ("",) * (width - len(row.cells))
        table.rows.append(SourceRow(row.line, cells))
    table.drop_blank_rows()
    return table
