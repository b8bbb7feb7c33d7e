"""A table behind a report, as plain values: what CSV and XLSX files are made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

Cell = str | int | float | date | time | None


@dataclass(frozen=True)
class Table:
    """One table: `name` names its file or sheet, `columns` head it, `rows` hold raw values
    (numbers stay numbers and dates stay dates, so spreadsheets can sum and sort them)."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


def plain(value: StrEnum | None) -> str:
    """A closed vocabulary's value as a person reads it: "vice_chair" → "Vice chair"."""
    return "" if value is None else str(value).replace("_", " ").capitalize()
