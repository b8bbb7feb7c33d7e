"""Bringing the backups along when the person chooses another backup folder in Preferences.

    mover = BackupMover(window)
    mover.offer([previous_settings], new_settings)   # asks only if there is something to move

The question says how many backups, how much space and for which organizations; "Move them"
runs the move on a worker with progress and Cancel (storage.backup_move copies, checks and
only then removes each backup). A move that stops half-way (Cancel, a full disk, a pulled
USB stick) says what happened and offers to try again; the folder it came from is remembered,
so the next OK in Preferences offers the rest too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.storage.backup import BackupSettings
from scdesk.storage.registry import Registry
from scdesk.ui.backups.wording import size_text
from scdesk.ui.help_key import give_help_key
from scdesk.ui.i18n import error_text, translated_text
from scdesk.ui.settings import app_settings
from scdesk.ui.tasks import Progress, TaskRunner

if TYPE_CHECKING:
    from scdesk.operations.backups import MoveResult
    from scdesk.storage.backup_move import BackupsToMove

# The move itself (operations.backups, storage.backup_move) loads when a move is offered:
# the mover is built with the window, which moves nothing at start.

UNFINISHED_MOVE_KEY = "backups/unfinished_move_from"
OWN = ":each organization's own folder:"  # remembered as the source of a move
STEPS = 1000  # the progress bar's steps (byte counts can exceed what a Qt int holds)


class MoveBackupsDialog(QDialog):
    """Asks whether to bring the backups along to the new folder."""

    def __init__(self, plans: list[BackupsToMove], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.plans = plans
        self.setWindowTitle(self.tr("Move the backups?"))
        count = sum(plan.count for plan in plans)
        size = size_text(sum(plan.total_bytes for plan in plans))
        if count == 1:
            intro = self.tr("The backup folder you left still holds one backup ({size}):")
        else:
            intro = self.tr("The backup folder you left still holds {count} backups ({size}):")
        self.intro = QLabel(intro.format(count=count, size=size))
        self.intro.setWordWrap(True)
        lines = []
        for plan in plans:
            each = self.tr("one backup") if plan.count == 1 else self.tr("{count} backups")
            lines.append(
                self.tr("• {organization}: {backups} ({size})").format(
                    organization=plan.organization,
                    backups=each.format(count=plan.count),
                    size=size_text(plan.total_bytes),
                )
            )
        self.organizations = QLabel("\n".join(lines))
        self.organizations.setWordWrap(True)
        self.organizations.setIndent(self.fontMetrics().averageCharWidth() * 2)
        before = {plan.chosen_before for plan in plans}
        now = plans[0].chosen_now if plans else None
        self.folders = QLabel(
            self.tr("From: {before}\nTo: {now}").format(
                before="\n".join(self._folder_text(f) for f in sorted(before, key=str)),
                now=self._folder_text(now),
            )
        )
        self.folders.setWordWrap(True)
        self.folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(
            self.tr(
                "scdesk only shows and restores the backups in the new folder. Move them "
                "there to keep them in view. Each backup is copied and checked before the old "
                "one is removed, so none is lost if something goes wrong."
            )
        )
        self.explanation.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.move_button = QPushButton(self.tr("&Move them"))
        self.move_button.setAccessibleName(self.tr("Move the backups to the new folder"))
        self.move_button.setDefault(True)
        self.leave_button = QPushButton(self.tr("&Leave them where they are"))
        self.leave_button.setAccessibleName(self.tr("Leave the backups in the old folder"))
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() * 2 // 3)
        for label in (self.intro, self.organizations, self.folders, self.explanation):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 70
        self.setMinimumWidth(width)
        self.resize(width, layout.totalHeightForWidth(width))

    def _folder_text(self, folder: Path | None) -> str:
        return str(folder) if folder is not None else self.tr("each organization's own folder")


class BackupMover(QObject):
    """Offers the move after a change of backup folder, runs it and tells how it went."""

    moved = Signal()  # backups changed folders: lists of backups are to be read again

    def __init__(self, window: QWidget, registry: Registry | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.registry = registry
        self.tasks = TaskRunner(window)
        self.question: MoveBackupsDialog | None = None
        self.message: QMessageBox | None = None

    def offer(self, previous: list[BackupSettings], new: BackupSettings) -> bool:
        """Ask whether to move the backups in the `previous` folders (the one just left,
        and one an interrupted move came from) to `new`; False when there are none."""
        remembered = _unfinished_move_source()
        if remembered is not None:
            previous = [*previous, remembered]
        plans = self._plans(previous, new)
        if not plans:
            app_settings().remove(UNFINISHED_MOVE_KEY)
            return False
        self.question = MoveBackupsDialog(plans, self.window)
        self.question.accepted.connect(lambda: self.start(previous, new))
        self.question.rejected.connect(lambda: app_settings().remove(UNFINISHED_MOVE_KEY))
        self.question.open()
        return True

    def _plans(self, previous: list[BackupSettings], new: BackupSettings) -> list[BackupsToMove]:
        from scdesk.operations.backups import backups_to_move

        plans: dict[str, BackupsToMove] = {}
        for settings in previous:
            for plan in backups_to_move(settings, new, self.registry):
                plans.setdefault(str(plan.source.resolve()), plan)
        return list(plans.values())

    def start(self, previous: list[BackupSettings], new: BackupSettings) -> None:
        self._remember(previous, new)  # until the move is done, even if scdesk closes first
        moving = self.tr("Moving the backups of {organization}…")

        def work(progress: Progress):
            plans = self._plans(previous, new)  # read when the worker gets to it: fresh

            def report(done: int, total: int, organization: str) -> None:
                step = done * STEPS // total if total else STEPS
                progress.report(step, STEPS, moving.format(organization=organization))

            from scdesk.operations.backups import move_backups

            return move_backups(plans, report, progress.cancelled)

        self.tasks.run(
            work,
            title=self.tr("Moving the backups"),
            on_success=lambda result: self._finished(result, previous, new),
            on_failure=lambda error: self._failed(error, previous, new),
            cancel_text=self.tr("Stop after this backup"),
            cancelling_text=self.tr("Stopping after this backup; those moved stay moved…"),
        )

    def _finished(
        self, result: MoveResult, previous: list[BackupSettings], new: BackupSettings
    ) -> None:
        self.moved.emit()
        done = result.problem is None and not result.cancelled
        if done:
            app_settings().remove(UNFINISHED_MOVE_KEY)
        parts = [self._moved_text(result.moved)]
        if result.name_taken:
            parts.append(
                self.tr(
                    "These stayed in the old folder, because the new one already has a "
                    "different backup by the same name: {names}"
                ).format(names=", ".join(result.name_taken))
            )
        if result.problem is not None:
            parts.append(
                self.tr("The move stopped: {problem}").format(
                    problem=translated_text(result.problem)
                )
            )
        elif result.cancelled:
            parts.append(self.tr("You stopped the move."))
        if not done:
            if result.left_behind == 1:
                left = self.tr("One backup is still in the old folder, whole.")
            else:
                left = self.tr("{count} backups are still in the old folder, whole.")
            later = self.tr("Move them now, or later by pressing OK in Preferences.")
            parts.append(f"{left.format(count=result.left_behind)} {later}")
        self._tell("\n\n".join(parts), retry=not done, previous=previous, new=new)

    def _failed(
        self, error: BaseException, previous: list[BackupSettings], new: BackupSettings
    ) -> None:
        self.moved.emit()
        text = self.tr(
            "The move stopped: {problem}\n\nEvery backup is still whole in one of the two folders."
        ).format(problem=error_text(error))
        self._tell(text, retry=True, previous=previous, new=new)

    def _moved_text(self, count: int) -> str:
        if count == 1:
            return self.tr("One backup was moved to the new folder.")
        return self.tr("{count} backups were moved to the new folder.").format(count=count)

    def _remember(self, previous: list[BackupSettings], new: BackupSettings) -> None:
        """Keep the folder with backups still to move, so Preferences offers them again."""
        from scdesk.operations.backups import backups_to_move

        for settings in previous:
            if backups_to_move(settings, new, self.registry):
                folder = settings.folder
                app_settings().setValue(UNFINISHED_MOVE_KEY, str(folder) if folder else OWN)
                return

    def _tell(
        self, text: str, *, retry: bool, previous: list[BackupSettings], new: BackupSettings
    ) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Moving the backups"))
        box.setText(text)
        if retry:
            box.setIcon(QMessageBox.Icon.Warning)
            again = box.addButton(self.tr("&Move the rest now"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            again.clicked.connect(lambda: self.start(previous, new))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.addButton(QMessageBox.StandardButton.Ok)
        self.message = box
        box.open()


def _unfinished_move_source() -> BackupSettings | None:
    """The folder a move that stopped half-way came from, if any."""
    value = app_settings().value(UNFINISHED_MOVE_KEY, "", str)
    if not value:
        return None
    return BackupSettings(None if value == OWN else Path(value))
