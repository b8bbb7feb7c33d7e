"""Run report work off the interface thread and hand the result back on it.

A stand-in for the shell's `scdesk/ui/tasks.py` (progress after half a second, Cancel):
the page only calls `run(work, done, failed)`, so switching to it touches one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the interface thread; what the worker emits arrives queued here."""

    delivered = Signal(object)  # (job, callback, value)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], done: Callback, failed: Callback, relay: _Relay):
        super().__init__()  # the pool owns and deletes it once run() has returned
        self.work, self.done, self.failed, self.relay = work, done, failed, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the page, which explains it
            self.relay.delivered.emit((self, self.failed, error))
        else:
            self.relay.delivered.emit((self, self.done, result))


class BackgroundRunner(QObject):
    """Runs jobs on Qt's thread pool; `busy` says whether one is still running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.delivered.connect(self._deliver)
        self._jobs: set[_Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(self, work: Callable[[], Any], done: Callback, failed: Callback) -> None:
        job = _Job(work, done, failed, self._relay)
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    @Slot(object)
    def _deliver(self, delivery: tuple[_Job, Callback, Any]) -> None:
        job, callback, value = delivery
        self._jobs.discard(job)
        callback(value)

    def wait(self) -> None:
        """Block until every job is done (when the page closes)."""
        QThreadPool.globalInstance().waitForDone()
