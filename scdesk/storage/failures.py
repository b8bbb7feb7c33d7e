"""Sort failures of the disk and of SQLite into "tell the user" and "this is a bug".

A full disk, a read-only folder, a database another program holds locked, a damaged file:
each becomes a StorageError whose message says what happened, that nothing was changed,
and what to do. Anything else is left to propagate as the bug it is.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.storage.errors import (
    NOT_WRITABLE,
    DamagedDatabaseError,
    StorageError,
    folder_not_writable,
)

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class DiskFullError(StorageError):
    pass


class DatabaseBusyError(StorageError):
    pass


def disk_full(path: Path, what: str) -> DiskFullError:
    return DiskFullError(
        path,
        _(
            "the disk is full, so {what} could not be finished. Nothing was changed; free "
            "some space (empty the trash, remove large files) and try again."
        ).format(what=what),
    )


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error itself, also when SQLAlchemy wraps it (as `.orig`)."""
    if isinstance(error, sqlite3.Error):
        return error
    original = getattr(error, "orig", None)
    return original if isinstance(original, sqlite3.Error) else None


def user_facing(error: BaseException, path: Path, what: str) -> StorageError | None:
    """The StorageError to show for `error` met while doing `what` with `path`, or None
    when the error is not the user's to act on."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, OSError):
        if error.errno in DISK_FULL_ERRNOS:
            return disk_full(path, what)
        if error.errno in NOT_WRITABLE:
            return folder_not_writable(path.parent if path.suffix else path, error)
        return None
    sqlite_error = _sqlite_error(error)
    if sqlite_error is None:
        return None
    code = (getattr(sqlite_error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return disk_full(path, what)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusyError(
            path,
            _(
                "another program is holding the database, so {what} could not be finished. "
                "Nothing was changed; close the other program (a database browser, a sync or "
                "backup tool) and try again."
            ).format(what=what),
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return folder_not_writable(path.parent, PermissionError(errno.EACCES, "read-only"))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedDatabaseError(
            path,
            _(
                "the database is damaged ({details}), so {what} could not be finished. "
                "Run `scdesk check`, then restore the newest good backup."
            ).format(details=str(sqlite_error), what=what),
        )
    return None


@contextmanager
def reported_as_storage_errors(path: Path, what: str) -> Iterator[None]:
    """Turn the user-facing failures raised inside into StorageErrors about `path`."""
    try:
        yield
    except Exception as error:
        translated = user_facing(error, path, what)
        if translated is None or translated is error:
            raise
        raise translated from error
