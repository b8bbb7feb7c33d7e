"""Writing a million rows quickly: straight through the DBAPI cursor, in large batches.

The ORM (with its per-row validation and bookkeeping) manages some 17,000 rows a second here;
`executemany` with plain tuples manages more than ten times that. The rows skip the
before-flush hooks, so the writer adds the bookkeeping those hooks would (UUID, times,
revision, change number) and the generators must produce values the domain rules accept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import islice

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from scdesk.demo.common import Progress, UuidSource
from scdesk.storage.bookkeeping import next_change_numbers
from scdesk.storage.bulk_rows import column_defaults, stamp

BATCH = 20_000


class Days:
    """Days as small integers, with their stored text precomputed: generators do arithmetic
    on integers and never format a date per row."""

    def __init__(self, first: date, last: date) -> None:
        self.first = first
        self.text = [
            (first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)
        ]

    def index(self, day: date) -> int:
        return (day - self.first).days

    def day(self, index: int) -> date:
        return self.first + timedelta(days=index)


class BulkWriter:
    """Inserts rows of one table at a time, giving each its id and bookkeeping columns."""

    def __init__(self, session: Session, uuids: UuidSource, progress: Progress, now: datetime):
        self.connection: Connection = session.connection()
        self._cursor = self.connection.connection.cursor()
        self._uuids = uuids
        self._progress = progress
        self._now = stamp(now)

    def next_id(self, table: str) -> int:
        """The id the next row of `table` will get: ids are given, not left to SQLite, so
        generators can refer to rows before they are written."""
        return self.connection.exec_driver_sql(
            f"SELECT coalesce(max(id), 0) + 1 FROM {table}"
        ).scalar_one()

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[object]],
        label: str,
        count: int | None = None,
    ) -> range:
        """Write `rows` (values for `columns`, in order) and return the ids they got.

        `count` is how many rows an iterator yields (a list says so itself). Columns left out
        get the model's default, as the ORM would give them.
        """
        if count is None:
            count = len(rows)  # type: ignore[arg-type]
        defaults = column_defaults(table, columns)
        names = ", ".join((*columns, *defaults))
        marks = ", ".join("?" * (len(columns) + len(defaults)))
        fixed = tuple(defaults.values())
        sql = (
            f"INSERT INTO {table} (id, uuid, created_at, updated_at, deleted_at, revision,"
            f" change_seq, {names}) VALUES (?, ?, '{self._now}', '{self._now}', NULL, 1, ?,"
            f" {marks})"
        )
        # Random UUIDs handed out in sorted order: the unique index on them then grows at
        # its end instead of at random places, which saves a quarter of the insert time.
        uuids = sorted(self._uuids.many(count))
        first = self.next_id(table)
        done = 0
        source = iter(rows)
        while batch := list(islice(source, BATCH)):
            size = len(batch)
            if done + size > count:
                raise ValueError(f"{table}: more rows than the {count} announced")
            changes = next_change_numbers(self.connection, size)
            self._cursor.executemany(
                sql,
                [
                    (row_id, uuid, change, *row, *fixed)
                    for row_id, uuid, change, row in zip(
                        range(first + done, first + done + size),
                        uuids[done : done + size],
                        changes,
                        batch,
                        strict=True,
                    )
                ],
            )
            done += size
            self._progress.advance(size, label)
        if done != count:
            raise ValueError(f"{table}: {done} rows written, {count} announced")
        return range(first, first + done)


@contextmanager
def indexes_suspended(connection: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the secondary indexes of `tables` for the load and create them again after it:
    building an index from sorted keys costs about half of updating it row by row. The
    indexes come back exactly as they were (from their stored SQL), or with the rollback."""
    marks = ", ".join("?" * len(tables))
    indexes = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


@contextmanager
def roomy_cache(connection: Connection, megabytes: int) -> Iterator[None]:
    """Give the connection a page cache that holds the whole load: indexes on random keys
    (UUIDs, names) then change in memory instead of spilling pages again and again."""
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{megabytes * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")
