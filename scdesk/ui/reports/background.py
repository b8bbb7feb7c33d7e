"""Run report work off the interface thread and hand the result back on it.

A stand-in for the shell's `scdesk/ui/tasks.py` (progress after half a second, Cancel):
the page only calls `run(work, done, failed)`, so switching to it touches one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the interface thread; signals emitted from the worker arrive queued here."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the page, which explains it
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)


class BackgroundRunner(QObject):
    """One job at a time per page; `busy` says whether one is running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._relays: list[_Relay] = []

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(self)
        relay.finished.connect(lambda result: self._finish(relay, done, result))
        relay.failed.connect(lambda error: self._finish(relay, failed, error))
        self._relays.append(relay)
        self.busy = True
        QThreadPool.globalInstance().start(_Job(work, relay))

    def _finish(self, relay: _Relay, callback: Callable[[Any], None], value: Any) -> None:
        self._relays.remove(relay)
        relay.deleteLater()
        self.busy = bool(self._relays)
        callback(value)

    def wait(self) -> None:
        """Block until every job is done (when the page closes)."""
        QThreadPool.globalInstance().waitForDone()
