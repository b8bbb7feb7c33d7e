"""Connections to one organization's SQLite file.

WAL, foreign keys on, a busy timeout and synchronous FULL on every connection; every unit
of work is one transaction (`Database.transaction`), begun explicitly so SQLite and
SQLAlchemy agree on where it starts.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from scdesk.domain.i18n import _
from scdesk.storage.bookkeeping import stamp_changes
from scdesk.storage.failures import reported_as_storage_errors

BUSY_TIMEOUT_MS = 5000

FlushHook = Callable[[Session, object, object], None]


def configure_connection(dbapi_connection: sqlite3.Connection) -> None:
    """Pragmas every connection gets, before any transaction."""
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open organization database: an engine and the sessions made from it.

    The engine is made at the first use, not on opening: the first window is shown before
    SQLAlchemy's SQLite dialect loads (some 35 ms of a cold start), and its first figures,
    read on a worker, load it there."""

    def __init__(self, path: Path, flush_hooks: tuple[FlushHook, ...] = ()) -> None:
        self.path = path
        self._flush_hooks = (*flush_hooks, stamp_changes)  # validate, then stamp
        self._making = threading.Lock()  # the interface thread and a worker may both ask
        self._engine: Engine | None = None
        self._made_sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        return self._connected()[0]

    @property
    def _sessions(self) -> sessionmaker[Session]:
        return self._connected()[1]

    def _connected(self) -> tuple[Engine, sessionmaker[Session]]:
        if self._engine is not None and self._made_sessions is not None:
            return self._engine, self._made_sessions  # made: no lock on every session
        with self._making:
            if self._engine is None or self._made_sessions is None:
                engine = make_engine(self.path)
                sessions = sessionmaker(engine, expire_on_commit=False)
                for hook in self._flush_hooks:
                    event.listen(sessions, "before_flush", hook)
                self._engine, self._made_sessions = engine, sessions
            return self._engine, self._made_sessions

    def session(self) -> Session:
        """A session for reading; writes belong in `transaction()`."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error; a full
        disk, a locked or damaged database become a StorageError saying so."""
        with (
            reported_as_storage_errors(self.path, _("saving")),
            self._sessions() as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def filling_transaction(self) -> Iterator[Session]:
        """`transaction()` for filling a new database in bulk (the demo build).

        In WAL mode every page of a large load is written twice: into the WAL at commit and
        into the database at the checkpoint. A rollback journal only copies the pages that
        held data before, which in a new database are few; synchronous FULL still makes the
        commit durable, and a crash leaves the journal that undoes the load. WAL is back on
        before this returns.
        """
        with (
            reported_as_storage_errors(self.path, _("saving")),
            self.engine.connect() as connection,
        ):
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA journal_mode = DELETE")  # before BEGIN: not in a transaction
            try:
                with self._sessions(bind=connection) as session, session.begin():
                    yield session
            finally:
                raw.execute("PRAGMA journal_mode = WAL")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
