"""The Backups page: the copies scdesk keeps, a backup on demand, a restore after a clear
confirmation, and the integrity check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scdesk.operations import backups
from scdesk.operations.backups import RestoreResult
from scdesk.operations.health import HealthReport, check_organization
from scdesk.storage import backup as store
from scdesk.storage.backup import Backup
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.backups.backups_model import BACKUP_ROLE, WHY, BackupsModel
from scdesk.ui.backups.wording import local_time, loss_text, size_text
from scdesk.ui.errors import open_folder
from scdesk.ui.i18n import error_text, translated_text
from scdesk.ui.tasks import TaskRunner


class BackupsPage(QWidget):
    """Lists the backups; Back up now, Restore…, Open the backups folder, Check for problems."""

    status_changed = Signal(str)
    backed_up = Signal(str)  # the new backup's file name
    restored = Signal(str)  # the restored backup's file name: every page should reload
    checked = Signal(object)  # the HealthReport

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.tasks = TaskRunner(self)
        self.busy = False
        # Asked before a restore: the window lets other pages keep or drop unsaved edits.
        self.before_restore: Callable[[], bool] = lambda: True

        title = QLabel(self.tr("<h2>Backups</h2>"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Backups"))
        self.model = BackupsModel(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the backups &folder"))
        self.folder_button.setAccessibleName(self.tr("Open the backups folder"))
        self.folder_button.clicked.connect(self.open_backups_folder)
        self.check_button = QPushButton(self.tr("&Check for problems"))
        self.check_button.setAccessibleName(self.tr("Check the records for problems"))
        self.check_button.clicked.connect(self.check_for_problems)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        for first, second in (
            (self.table, self.backup_button),
            (self.backup_button, self.restore_button),
            (self.restore_button, self.folder_button),
            (self.folder_button, self.check_button),
        ):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # ----- the list ----------------------------------------------------------------------------

    def backups_folder(self) -> Path:
        """Where this organization's backups are, as the Preferences chose."""
        return self.org.backup_settings.folder_for(self.org.folder)

    def open_backups_folder(self) -> None:
        folder = self.backups_folder()
        open_folder(folder if folder.exists() else folder.parent)

    def reload(self) -> None:
        """List the backups and say where they are and how many are kept (the Preferences
        may have changed either since the page was built)."""
        settings = self.org.backup_settings
        self.intro.setText(
            self.tr(
                "scdesk keeps copies of your records and attached files: before every "
                "import, merge and restore, when you close it after a change, and every hour "
                "while you work. It keeps the newest {count}, then one a day for a week, one "
                "a week for five weeks and one a month for a year."
            ).format(count=QLocale().toString(settings.policy.recent))
        )
        self.where.setText(
            self.tr("They are kept in {folder}. Preferences can move them to another disk.").format(
                folder=self.backups_folder()
            )
        )
        self.model.set_backups(store.list_backups(self.org.folder, settings))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        found = self.model.backups
        total = sum(b.database_bytes for b in found)
        return self.tr("%n backup(s), {size}", "", len(found)).format(size=size_text(total))

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(BACKUP_ROLE) if rows else None

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.restore_button.setEnabled(idle and self.selected_backup() is not None)
        self.backup_button.setEnabled(idle)
        self.check_button.setEnabled(idle)

    def _started(self) -> None:
        self.busy = True
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.message.setText(
            self.tr("That did not work: {problem}").format(problem=error_text(error))
        )
        self.reload()

    # ----- actions -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._started()
        self.message.setText(self.tr("Backing up…"))
        self.tasks.run(
            lambda progress: backups.backup_now(
                self.org, store.MANUAL, progress=progress.report, cancelled=progress.cancelled
            ),
            title=self.tr("Backing up"),
            on_success=self._backed_up,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
        )

    def _cancelled(self) -> None:
        self.busy = False
        self.message.setText(self.tr("Cancelled; no backup was made."))
        self.reload()

    def _backed_up(self, path: Path) -> None:
        self.busy = False
        self.message.setText(self.tr("Backed up. The new backup is at the top of the list."))
        self.reload()
        self.backed_up.emit(path.name)

    def confirm_restore(self, backup: Backup) -> bool:
        loss = backups.what_would_be_lost(self.org.folder.database, backup)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr("Put back your records as they were on {when}?").format(
                when=local_time(backup.created, seconds=True)
            )
        )
        box.setInformativeText(
            loss_text(loss)
            + "\n\n"
            + self.tr(
                "Your records as they are now are backed up first, so you can come back to them."
            )
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setAccessibleName(self.tr("Restore"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.before_restore() or not self.confirm_restore(backup):
            return
        self._started()
        self.message.setText(self.tr("Restoring…"))
        self.tasks.run(
            lambda _progress: backups.restore_backup(self.org, backup),
            title=self.tr("Restoring a backup"),
            on_success=self._restored,
            on_failure=self._failed,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.busy = False
        text = self.tr(
            "Restored the backup of {when}. Your records as they were just before are kept "
            "as the newest backup."
        ).format(when=local_time(result.restored.created, seconds=True))
        if result.lost_attachments:
            text += " " + self.tr(
                "%n attached file(s) could not be found in any backup.",
                "",
                len(result.lost_attachments),
            )
        self.message.setText(text)
        self.reload()
        self.restored.emit(result.restored.name)

    def check_for_problems(self) -> None:
        self._started()
        self.message.setText(self.tr("Checking…"))
        self.tasks.run(
            lambda _progress: check_organization(self.org),
            title=self.tr("Checking the records"),
            on_success=self._checked,
            on_failure=self._failed,
        )

    def _checked(self, report: HealthReport) -> None:
        self.busy = False
        if report.healthy:
            self.message.setText(
                self.tr(
                    "No problems found: the database, its search index and the attached "
                    "files are all in order."
                )
            )
        else:
            problems = "\n".join(
                f"• {translated_text(problem)}" for problem in report.problems[:10]
            )
            self.message.setText(
                self.tr(
                    "Problems found:\n{problems}\nRestore the newest backup made before they "
                    "appeared, or ask for help."
                ).format(problems=problems)
            )
        self._update_buttons()
        self.checked.emit(report)
