"""Look at an SQLite file without changing a byte of it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from scdesk.storage.errors import DamagedDatabaseError, NotADatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
FORMAT_VERSIONS = (1, 2)  # header bytes 18 and 19: 1 rollback journal, 2 WAL; SQLite
# treats a file with a higher write version as read-only and a higher read version as unreadable


def _lenient_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write; text that is not UTF-8 (a damaged file) is read with
    replacement characters instead of failing."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.text_factory = _lenient_text
    return connection


def inspect_database(path: Path, *, thorough: bool = False) -> str | None:
    """Check that `path` is an scdesk SQLite database; return its schema revision, if any.

    The light check (header, schema readable) is what opening needs; `thorough` adds
    SQLite's quick_check, which reads every page.
    """
    with open(path, "rb") as handle:
        first_bytes = handle.read(20)
    header = first_bytes[: len(SQLITE_HEADER)]
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path,
            "this file is not an scdesk database (it is not an SQLite file at all). "
            "Choose the organization's .sqlite3 file, or restore it from a backup.",
        )
    write_version, read_version = first_bytes[18:20].ljust(2, b"\0")
    if write_version not in FORMAT_VERSIONS or read_version not in FORMAT_VERSIONS:
        versions = f"file format {write_version}/{read_version}"
        raise DamagedDatabaseError(
            path,
            f"the database's header is damaged ({versions}). "
            "Restore the newest backup; the damaged file has not been changed.",
        ) from ValueError(f"{versions} in its header")  # the fault, as SQLite's errors name it
    try:
        with closing(open_read_only(path)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchall() if thorough else []
            if result and result != [("ok",)]:
                details = "; ".join(row[0] for row in result[:3])
                raise DamagedDatabaseError(
                    path,
                    f"the database is damaged ({details}). Restore the newest backup; "
                    "the damaged file has not been changed.",
                )
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if not has_version:
                tables = connection.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                ).fetchone()[0]
                if tables:
                    raise NotADatabaseError(
                        path,
                        "this SQLite file was not made by scdesk (it has no schema version). "
                        "Choose the organization's own database file.",
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite's message about a damaged schema may quote bytes that are not UTF-8.
        raise DamagedDatabaseError(
            path,
            f"the database cannot be read ({error}). Restore the newest backup; "
            "the damaged file has not been changed.",
        ) from error
