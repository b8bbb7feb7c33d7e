"""Rows written straight through the DBAPI cursor (demo builds, roster imports).

Such rows skip the ORM's before-flush hooks, so the writer supplies what the ORM would:
the stored form of times, and the model's defaults for the columns it leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum

from scdesk.model import Base

STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite
BOOKKEEPING = frozenset(
    {"id", "uuid", "created_at", "updated_at", "deleted_at", "revision", "change_seq"}
)


def stamp(moment: datetime) -> str:
    return moment.strftime(STAMP)


def column_defaults(table: str, columns: Sequence[str]) -> dict[str, object]:
    """Values of the columns a bulk insert leaves out, from the model's scalar defaults."""
    values: dict[str, object] = {}
    for column in Base.metadata.tables[table].columns:
        if column.name in BOOKKEEPING or column.name in columns:
            continue
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg  # type: ignore[attr-defined]
            values[column.name] = value.value if isinstance(value, Enum) else value
        elif not column.nullable:
            raise ValueError(f"{table}.{column.name} needs a value in a bulk insert")
    return values
