"""Look at an SQLite file without changing a byte of it (but for finishing the rollback
of a write a crash interrupted, which SQLite does on any opening)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from scdesk.domain.i18n import _
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


def roll_back_interrupted_write(path: Path) -> None:
    """Finish what SQLite does after a write killed midway in rollback-journal mode (a bulk
    fill, a staged restore): the hot journal beside the file holds the pages as they were,
    and only a connection allowed to write can put them back; a read-only one fails with
    "attempt to write a readonly database". Any ordinary opening would roll it back too."""
    journal = Path(f"{path}-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # not SQLite's to recover (a stray file, a read-only folder): the checks say why


def inspect_database(path: Path, *, thorough: bool = False) -> str | None:
    """Check that `path` is an scdesk SQLite database; return its schema revision, if any.

    The light check (header, schema readable) is what opening needs; `thorough` adds
    SQLite's quick_check, which reads every page. A write interrupted by a crash is rolled
    back first, as SQLite itself would on opening.
    """
    roll_back_interrupted_write(path)
    with open(path, "rb") as handle:
        first_bytes = handle.read(20)
    header = first_bytes[: len(SQLITE_HEADER)]
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path,
            _(
                "this file is not an scdesk database (it is not an SQLite file at all). "
                "Choose the organization's .sqlite3 file, or restore it from a backup."
            ),
        )
    write_version, read_version = first_bytes[18:20].ljust(2, b"\0")
    # An unknown read version SQLite refuses itself ("file is not a database"); an unknown
    # write version alone it accepts silently read-only, and every later write would fail.
    if read_version in FORMAT_VERSIONS and write_version not in FORMAT_VERSIONS:
        raise DamagedDatabaseError(
            path,
            _(
                "the database's header is damaged (file format {write}/{read}). "
                "Restore the newest backup; the damaged file has not been changed."
            ).format(write=write_version, read=read_version),
        )
    try:
        with closing(open_read_only(path)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchall() if thorough else []
            if result and result != [("ok",)]:
                details = "; ".join(row[0] for row in result[:3])
                raise DamagedDatabaseError(
                    path,
                    _(
                        "the database is damaged ({details}). Restore the newest backup; "
                        "the damaged file has not been changed."
                    ).format(details=details),
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
                        _(
                            "this SQLite file was not made by scdesk (it has no schema "
                            "version). Choose the organization's own database file."
                        ),
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite's message about a damaged schema may quote bytes that are not UTF-8.
        raise DamagedDatabaseError(
            path,
            _(
                "the database cannot be read ({details}). Restore the newest backup; "
                "the damaged file has not been changed."
            ).format(details=str(error)),
        ) from error
