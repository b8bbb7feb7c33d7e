"""Backups the window takes by itself: at most hourly while records change, and on closing.

    schedule = install_backup_schedule(window)   # window.org is the open organization
    ...
    schedule.backup_on_close(previous_org)        # before closing an organization yourself

The hourly check is cheap (it compares the organization's change number with the newest
backup's), so it runs every ten minutes and takes a backup only when records changed and
the newest backup is an hour old. Quitting the app takes one when anything changed since.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import error_text
from scdesk.ui.tasks import TaskRunner

# The backups themselves (operations.backups) load with the first check, ten minutes in, or
# on closing: not with the first window.

CHECK_EVERY_MS = 10 * 60 * 1000

log = logging.getLogger(__name__)


class BackupSchedule(QObject):
    taken = Signal(str)  # the new backup's file name
    failed = Signal(str)  # what went wrong, to show in the status bar

    def __init__(
        self,
        parent: QWidget,
        organization: Callable[[], OpenOrganization],
        runner: TaskRunner | None = None,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.organization = organization
        self.runner = runner or TaskRunner(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_hourly)
        self.timer.start()

    def check_hourly(self) -> None:
        """Back up in the background if records changed and the last backup is an hour old."""
        from scdesk.operations.backups import hourly_backup

        org = self.organization()
        self.runner.run(
            lambda _progress: hourly_backup(org),
            title=self.tr("Backing up"),
            on_success=self._done,
            on_failure=self._failed,
            show_progress=False,
        )

    def backup_on_close(self, org: OpenOrganization | None = None) -> Path | None:
        """Back up if records changed since the newest backup, and return once done.

        The backup runs on the schedule's worker (after a scheduled one still running) while
        the interface keeps painting: a progress dialog appears when it lasts, and its
        "Close without backup" stops it, leaving no half-written file. Returns the new
        backup, or None when none was needed, it was cancelled or it failed."""
        from scdesk.operations.backups import closing_backup

        org = org or self.organization()
        taken: list[Path | None] = [None]
        waiting = QEventLoop()
        doing = self.tr("Backing up what changed since the last backup…")
        task = self.runner.run(
            lambda progress: closing_backup(
                org,
                progress=lambda done, total: progress.report(done, total, doing),
                cancelled=progress.cancelled,
            ),
            title=self.tr("Backing up before closing"),
            on_success=lambda path: taken.__setitem__(0, path),
            on_failure=self._failed,
            on_cancelled=lambda: log.info("the closing backup was cancelled"),
            cancel_text=self.tr("Close without backup"),
        )
        task.finished.connect(waiting.quit)
        task.destroyed.connect(waiting.quit)  # its window went away while it ran
        waiting.exec()
        self._done(taken[0])
        return taken[0]

    def backup_on_quit(self) -> Path | None:
        """The last chance as the app quits (its windows are gone: nothing to keep painting):
        back up on this thread, after a scheduled backup still running."""
        from scdesk.operations.backups import closing_backup

        self.runner.wait()
        try:
            path = closing_backup(self.organization())
        except StorageError as error:
            self._failed(error)
            return None
        self._done(path)
        return path

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.taken.emit(path.name)

    def _failed(self, error: BaseException) -> None:
        message = error_text(error)
        log.warning("scheduled backup failed: %s", type(error).__name__)
        self.failed.emit(self.tr("The automatic backup failed: {problem}").format(problem=message))


def install_backup_schedule(window: QWidget) -> BackupSchedule:
    """Hourly backups for `window.org` (followed when the window switches organization), a
    backup when the app quits, and failures shown in the window's status bar if it has one.

    The schedule has a worker of its own: a quiet backup in the background is not work the
    person started, so it neither queues behind theirs nor is theirs to cancel on closing."""
    schedule = BackupSchedule(window, lambda: window.org)
    application = QCoreApplication.instance()
    if application is not None:
        application.aboutToQuit.connect(schedule.backup_on_quit)
    status_bar = getattr(window, "statusBar", None)
    if status_bar is not None:
        schedule.failed.connect(lambda text: status_bar().showMessage(text))
    return schedule
