"""The declarative base and the bookkeeping every record carries.

Each record has a stable UUID (its identity across organizations and files), created and
updated times, a tombstone instead of a hard delete, a per-record revision (optimistic
concurrency) and an organization-wide change sequence used to build delta roster files.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import DateTime, Enum, Index, Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC now, the one time representation stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def enum_column(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum as its value (not its name), so files and SQL read naturally."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def live_index(table: str, column: str) -> Index:
    """An index of the live (not tombstoned) records by `column`, so lists sorted by it read
    the ids straight from the index instead of visiting every row."""
    return Index(f"ix_{table}_live_{column}", column, sqlite_where=text("deleted_at IS NULL"))


def live_covering_index(table: str, name: str, *columns: str) -> Index:
    """An index of the live records holding every column a report query reads, so SQLite
    answers it from the index alone and never visits the (much wider) rows. `deleted_at`
    is in it although always NULL there: SQLite only sees an index as covering when it holds
    every column the query names."""
    return Index(
        f"ix_{table}_live_{name}", *columns, "deleted_at", sqlite_where=text("deleted_at IS NULL")
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """Abstract base of every synchronised record."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)

    def __init__(self, **values: object) -> None:
        """Apply column defaults at construction, so rules see real values before a flush."""
        for column in self.__table__.columns:
            default = column.default
            if column.key in values or default is None:
                continue
            values[column.key] = default.arg(None) if default.is_callable else default.arg
        super().__init__(**values)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.revision}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
