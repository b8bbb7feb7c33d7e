"""Queries asked while typing, answered off the interface thread; only the newest counts.

Each keystroke (after a pause) may ask a question of the database. Asking it on the
interface thread would freeze typing on a large organization, so `LatestQuery` runs it on a
worker thread of its own, with a session of its own, and hands the answer back on the
interface thread only if no newer question was asked meanwhile: a slow answer to "b" never
replaces the answer to "ben".

    finder = LatestQuery(database, self)
    finder.ask(lambda session: search_everything(session, typed), show_hits)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.orm import Session

from scdesk.storage.database import Database

T = TypeVar("T")


class _Answer(QObject):
    """Carries one answer (or error) from the worker to the interface thread."""

    arrived = Signal(int, object, object)  # question number, answer, error


class _Question(QRunnable):
    def __init__(
        self,
        number: int,
        database: Database,
        work: Callable[[Session], Any],
        answer: _Answer,
        still_wanted: Callable[[int], bool],
    ) -> None:
        super().__init__()
        self.number = number
        self.database = database
        self.work = work
        self.answer = answer
        self.still_wanted = still_wanted

    def run(self) -> None:
        if not self.still_wanted(self.number):  # a newer question was asked while queued
            return
        result: object = None
        problem: Exception | None = None
        try:
            with self.database.session() as session:
                result = self.work(session)
        except Exception as error:  # handed to the interface thread, never lost
            problem = error
        # RuntimeError: the list or window asking was closed meanwhile; nobody wants it.
        with contextlib.suppress(RuntimeError):
            self.answer.arrived.emit(self.number, result, problem)


class LatestQuery(QObject):
    """Runs read-only questions one at a time on a worker; applies only the newest answer."""

    answered = Signal()  # the newest question's answer was applied
    failed = Signal(object)  # the newest question raised this error

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._asked = 0
        self._answered = 0
        self._apply: Callable[[Any], None] | None = None
        self._answer = _Answer(self)
        self._answer.arrived.connect(self._arrived)

    def ask(self, work: Callable[[Session], T], apply: Callable[[T], None]) -> None:
        """Run `work(session)` on the worker; `apply(answer)` on the interface thread, unless
        another question is asked before the answer arrives."""
        self._asked += 1
        self._apply = apply
        self.pool.start(
            _Question(self._asked, self.database, work, self._answer, self._still_wanted)
        )

    def forget(self) -> None:
        """Drop every answer still on its way (the question no longer matters)."""
        self._asked += 1
        self._answered = self._asked
        self._apply = None

    def pending(self) -> bool:
        """True while the newest question has not been answered yet."""
        return self._answered < self._asked

    def set_database(self, database: Database) -> None:
        self.forget()
        self.wait()
        self.database = database

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the worker is idle (closing the organization, tests)."""
        return self.pool.waitForDone(milliseconds)

    def _still_wanted(self, number: int) -> bool:
        return number == self._asked

    def _arrived(self, number: int, result: object, error: object) -> None:
        if number != self._asked or self._apply is None:
            return  # a stale answer: a newer question is on its way or was answered
        self._answered = number
        if error is not None:
            self.failed.emit(error)
            return
        self._apply(result)
        self.answered.emit()
