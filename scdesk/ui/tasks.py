"""Long work off the interface thread: one worker for database work, progress shown only
when the work lasts, and a Cancel that leaves nothing half-done.

    runner = TaskRunner(window)
    runner.run_in_transaction(
        org.database,
        lambda session, progress: import_roster(session, path, progress.report, progress.check),
        title=window.tr("Importing the roster"),
        on_success=show_summary,
    )

The work gets a `Progress` (a fake in tests) to report on and to ask whether Cancel was
pressed. Work run in a transaction stops at the next `progress.check()` after Cancel and the
transaction rolls back. Callbacks always run on the interface thread. Ideas from Anki's
taskman.py and progress.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from scdesk.storage.database import Database
from scdesk.ui.i18n import error_text

T = TypeVar("T")

SHOW_PROGRESS_AFTER_MS = 500


class Cancelled(Exception):
    """Cancel was pressed; raised by `Progress.check` to unwind (and roll back) the work."""


class Progress(Protocol):
    """What long work reports to, and asks whether it should stop."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """`done` of `total` steps; `message` says what is being done."""

    def cancelled(self) -> bool:
        """True once Cancel was pressed."""

    def check(self) -> None:
        """Raise Cancelled if Cancel was pressed."""


class Task(QObject):
    """One piece of work handed to the runner; its signals arrive on the interface thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._cancel = threading.Event()
        self._running = True

    # Progress, called from the worker thread.
    def report(self, done: int, total: int, message: str = "") -> None:
        self.progressed.emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    # Control, from the interface thread.
    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def _done(self) -> None:
        self._running = False
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, task: Task, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.task = task
        self.work = work

    def run(self) -> None:
        task = self.task
        try:
            result = self.work(task)
        except Cancelled:
            task.was_cancelled.emit()
        except BaseException as error:  # handed to the interface thread, never lost
            if task.cancelled():
                task.was_cancelled.emit()
            else:
                task.failed.emit(error)
        else:
            task.succeeded.emit(result)


class ProgressWindow:
    """A progress dialog that appears only if the task is still running after half a second."""

    def __init__(
        self,
        task: Task,
        parent: QWidget | None,
        cancel_text: str | None = None,
        cancelling_text: str | None = None,
    ) -> None:
        self.task = task
        self.parent = parent
        self.cancel_text = cancel_text
        self.cancelling_text = cancelling_text
        self.dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        task.progressed.connect(self._progressed)
        task.finished.connect(self._close)
        self.timer = QTimer(task)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.timer.start(SHOW_PROGRESS_AFTER_MS)

    def _show(self) -> None:
        if not self.task.is_running():
            return
        dialog = QProgressDialog(self.parent)
        dialog.setWindowTitle(self.task.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setCancelButtonText(
            self.cancel_text or QCoreApplication.translate("ProgressWindow", "Cancel")
        )
        dialog.setAccessibleName(self.task.title)
        dialog.canceled.connect(self._cancel)
        self.dialog = dialog
        self._progressed(*self._last)
        dialog.show()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self._last = (done, total, message)
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))  # 0 and 0: a busy indicator
        self.dialog.setValue(min(done, total) if total else 0)
        if message and not self.task.cancelled():
            self.dialog.setLabelText(message)

    def _cancel(self) -> None:
        self.task.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(
                self.cancelling_text
                or QCoreApplication.translate("ProgressWindow", "Cancelling; nothing will be kept…")
            )
            self.dialog.setCancelButton(None)

    def _close(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class TaskRunner(QObject):
    """Runs long work one task at a time on a worker thread, so writes never overlap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._tasks: set[Task] = set()

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        title: str,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        show_progress: bool = True,
        cancel_text: str | None = None,
        cancelling_text: str | None = None,
    ) -> Task:
        """Start `work(progress)` on the worker; the callbacks run on the interface thread.

        Without `on_failure` an error is shown in a message box, so none goes unnoticed.
        `cancel_text` names what the progress dialog's Cancel does, when "Cancel" says too
        little; `cancelling_text` what it says once pressed, when work done so far is kept.
        """
        task = Task(title, self)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(on_failure or (lambda error: self._report_failure(task, error)))
        if on_cancelled is not None:
            task.was_cancelled.connect(on_cancelled)
        for outcome in (task.succeeded, task.failed, task.was_cancelled):
            outcome.connect(task._done)
        task.finished.connect(lambda: self._forget(task))
        if show_progress:
            task.progress_window = ProgressWindow(  # type: ignore[attr-defined]
                task, self.window, cancel_text, cancelling_text
            )
        self._tasks.add(task)
        self.pool.start(_Job(task, work))
        return task

    def run_in_transaction(
        self,
        database: Database,
        work: Callable[[Session, Progress], T],
        **options: Any,
    ) -> Task:
        """Run `work(session, progress)` in one transaction: all of it is kept, or none."""
        return self.run(lambda progress: in_transaction(database, work, progress), **options)

    def running(self) -> list[Task]:
        return [task for task in self._tasks if task.is_running()]

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until queued work is done (used when the window closes)."""
        return self.pool.waitForDone(milliseconds)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    def _report_failure(self, task: Task, error: BaseException) -> None:
        message = error_text(error) or type(error).__name__
        QMessageBox.warning(
            self.window,
            task.title,
            self.tr("This could not be finished: {problem}\n\nNothing was changed.").format(
                problem=message
            ),
        )


def in_transaction(
    database: Database, work: Callable[[Session, Progress], T], progress: Progress
) -> T:
    """Run `work` in one transaction that rolls back on an error or a late Cancel."""
    with database.transaction() as session:
        result = work(session, progress)
        progress.check()  # Cancel pressed during the last step still keeps nothing
        return result
