"""Roster sync: send the roster to the central directory, take its file back in, and see
every file sent and received. The page only presents and asks; the work is done by
scdesk.interchange.roster."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import ImportResult, apply_import
from scdesk.interchange.roster.errors import RosterFileError, RosterSyncError, SecretNeeded
from scdesk.interchange.roster.exporting import ExportResult, can_export_delta, export_roster
from scdesk.interchange.roster.importing import ImportPreview, Secrets, preview_import
from scdesk.interchange.roster.state import history
from scdesk.interchange.roster.writing import InvalidRecord
from scdesk.operations.organizations import current_profile
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import error_text, translated_text
from scdesk.ui.roster.contacts_import_dialog import ContactsImportDialog
from scdesk.ui.roster.export_dialog import ExportDialog
from scdesk.ui.roster.history_model import HistoryModel
from scdesk.ui.roster.preview_dialog import PreviewDialog
from scdesk.ui.roster.secret_dialogs import ask_key, ask_passphrase
from scdesk.ui.settings import app_settings
from scdesk.ui.tasks import Progress, TaskRunner

T = TypeVar("T")
LAST_FOLDER = "roster/last_folder"
FILE_FILTER = "Roster files (*.zip);;All files (*)"


class RosterSyncPage(QWidget):
    """Long work (checking, preview, backup, apply, export) runs on the page's worker."""

    finished = Signal(object)  # an export or import ended: its result, or None

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.runner = TaskRunner(self)
        self.busy = False
        # Replaceable in tests; a person is asked through dialogs.
        self.ask_key: Callable[[str], bytes | None] = lambda reason: ask_key(reason, self)
        self.ask_passphrase: Callable[[str], str | None] = lambda reason: ask_passphrase(
            reason, self
        )

        title = QLabel(self.tr("<h2>Roster sync with the central directory</h2>"))
        intro = QLabel(
            self.tr(
                "Send your roster to the central directory as a signed file, and take the "
                "directory's file back in. Before anything changes you see what the file "
                "would add, change and remove, and you decide wherever both sides changed "
                "the same thing. A copy of the database is kept from before every import."
            )
        )
        intro.setWordWrap(True)

        self.export_button = QPushButton(self.tr("&Export a roster file…"))
        self.import_button = QPushButton(self.tr("&Import a roster file…"))
        self.contacts_button = QPushButton(self.tr("Import a &spreadsheet or address book…"))
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        self.contacts_button.clicked.connect(self.import_contacts)
        actions = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.contacts_button):
            actions.addWidget(button)
        actions.addStretch(1)

        key_group = QGroupBox(self.tr("Signing key"))
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.show_key_button = QPushButton(self.tr("S&how the key…"))
        self.enter_key_button = QPushButton(self.tr("E&nter the directory's key…"))
        self.show_key_button.clicked.connect(self.show_key)
        self.enter_key_button.clicked.connect(self.enter_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.show_key_button)
        key_row.addWidget(self.enter_key_button)
        key_row.addStretch(1)
        key_box = QVBoxLayout(key_group)
        key_box.addWidget(self.key_status)
        key_box.addLayout(key_row)

        history_group = QGroupBox(self.tr("Files sent and received"))
        self.history_model = HistoryModel(parent=self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Files sent and received"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.first_steps = QLabel(
            self.tr(
                "No roster file sent or received yet. Start with Export a roster file and send "
                "it to the central directory; the file they send back comes in with Import a "
                "roster file. People from a spreadsheet or address book come in with the third "
                "button; they are not listed here."
            )
        )
        self.first_steps.setWordWrap(True)
        history_box = QVBoxLayout(history_group)
        history_box.addWidget(self.first_steps)
        history_box.addWidget(self.history_view)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(key_group)
        layout.addWidget(history_group, 1)
        self.setTabOrder(self.export_button, self.import_button)
        self.setTabOrder(self.import_button, self.contacts_button)
        self.setTabOrder(self.contacts_button, self.show_key_button)
        self.setTabOrder(self.show_key_button, self.enter_key_button)
        self.setTabOrder(self.enter_key_button, self.history_view)
        self.refresh()

    # ---- state --------------------------------------------------------------------------

    def organization_uuid(self) -> str:
        with self.org.database.session() as session:
            return current_profile(session).uuid

    def refresh(self) -> None:
        with self.org.database.session() as session:
            self.history_model.set_entries(history(session))
        self.first_steps.setVisible(self.history_model.rowCount() == 0)
        try:
            stored = keys.stored_signing_key(self.organization_uuid()) is not None
            self.keyring_available = True
        except keys.KeyringUnavailable:
            stored, self.keyring_available = False, False
        if not self.keyring_available:
            text = self.tr(
                "This computer has no keyring, so scdesk cannot keep the signing key. It asks "
                "for the key whenever it signs or checks a file, and never writes it anywhere."
            )
        elif stored:
            text = self.tr("The organization's signing key is kept in this computer's keyring.")
        else:
            text = self.tr(
                "No signing key yet: one is made at your first export. If the central "
                "directory gave you a key, enter it."
            )
        self.key_status.setText(text)
        self.show_key_button.setEnabled(stored)
        self.enter_key_button.setEnabled(self.keyring_available)

    def _run_with_secrets(
        self,
        work: Callable[[Secrets, Progress], T],
        *,
        title: str,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run `work` on the worker, asking (here, on the interface thread) for a key or a
        passphrase as often as it says one is needed; no answer ends it with None."""
        secrets = Secrets()

        def failed(error: BaseException) -> None:
            if not isinstance(error, SecretNeeded):
                on_failure(error)
                return
            if error.what == "passphrase":
                secrets.passphrase = self.ask_passphrase(translated_text(error.reason))
                answered = secrets.passphrase is not None
            else:
                secrets.signing_key = self.ask_key(translated_text(error.reason))
                answered = secrets.signing_key is not None
            if answered:
                attempt()
            else:
                self._finish(None)

        def attempt() -> None:
            self.runner.run(
                lambda progress: work(secrets, progress),
                title=title,
                on_success=on_success,
                on_failure=failed,
                on_cancelled=lambda: self._finish(None),
            )

        attempt()

    def _finish(self, result: object) -> None:
        """The end of an export or import: refresh, and say so to whoever waits."""
        self.refresh()
        self.busy = False
        self.finished.emit(result)

    def _start(self) -> bool:
        """One export or import at a time: a second click while one runs is ignored."""
        if self.busy:
            return False
        self.busy = True
        return True

    # ---- export -------------------------------------------------------------------------

    def choose_export(self) -> None:
        dialog = ExportDialog(can_export_delta(self.org), self.keyring_available, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder = app_settings().value(LAST_FOLDER, str(Path.home()), str)
        suggested = str(Path(folder) / f"{self.org.name} roster.zip")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a roster file"), suggested, FILE_FILTER
        )
        if not path:
            return
        app_settings().setValue(LAST_FOLDER, str(Path(path).parent))
        passphrase = dialog.chosen_passphrase
        remember = dialog.remember.isChecked() and bool(passphrase)
        self.export_to(Path(path), dialog.kind, passphrase, remember=remember)

    def export_to(
        self, path: Path, kind: str, passphrase: str | None = None, *, remember: bool = False
    ) -> None:
        """Write the file on the worker; `finished` then carries the ExportResult (or None)."""
        if not self._start():
            return

        def written(result: ExportResult) -> None:
            if remember and passphrase:
                keys.remember_passphrase(self.organization_uuid(), passphrase)
            text = self.tr("File number {n} was written to {path}.").format(
                n=result.sequence, path=path
            )
            if result.key_generated:
                text += " " + self.tr(
                    "A signing key was made for your organization. Give it to the central "
                    "directory: Signing key, Show the key."
                )
            self.refresh()
            self.notify(self.tr("Roster file written"), text)
            self._finish(result)

        self._run_with_secrets(
            lambda secrets, progress: export_roster(
                self.org,
                path,
                kind,
                passphrase=passphrase,
                signing_key=secrets.signing_key,
                check=progress.check,
            ),
            title=self.tr("Writing the roster file"),
            on_success=written,
            on_failure=lambda error: self._failed(
                self.tr("The roster file was not written"), error
            ),
        )

    def _failed(self, title: str, error: BaseException) -> None:
        if isinstance(
            error, (RosterFileError, RosterSyncError, InvalidRecord, StorageError, OSError)
        ):
            text = error_text(error)
        else:
            self._finish(None)
            raise error  # a bug: not to be dressed up as a message about the file
        QMessageBox.warning(self, title, text)
        self._finish(None)

    # ---- import -------------------------------------------------------------------------

    def choose_import(self) -> None:
        folder = app_settings().value(LAST_FOLDER, str(Path.home()), str)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a roster file"), folder, FILE_FILTER
        )
        if path:
            app_settings().setValue(LAST_FOLDER, str(Path(path).parent))
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Check the file and make the preview on the worker, show it, then apply on the
        worker; `finished` then carries the ImportResult (or None when nothing was done)."""
        if not self._start():
            return
        self._run_with_secrets(
            lambda secrets, _progress: preview_import(self.org, path, secrets),
            title=self.tr("Checking the roster file"),
            on_success=self._previewed,
            on_failure=lambda error: self._failed(self.tr("The file cannot be imported"), error),
        )

    def _previewed(self, preview: ImportPreview) -> None:
        if preview.nothing_to_do:
            self.notify(self.tr("Nothing to import"), translated_text(preview.nothing_to_do))
            self._finish(None)
            return
        # The backup every import starts with copies the whole database: it runs while the
        # person reads the preview, so that applying takes only the writing.
        advance = BackupInAdvance(self.org)
        dialog = PreviewDialog(preview, self)
        if self.show_preview(dialog) != QDialog.DialogCode.Accepted:
            self._drop_backup(advance)
            return
        decisions = dialog.decisions()

        def applied(result: ImportResult) -> None:
            if preview.key_was_entered and self.keyring_available:
                keys.store_signing_key(preview.manifest.organization_id, preview.key)
            self.refresh()
            self.notify(self.tr("Roster file imported"), translated_text(result.message))
            self._finish(result)

        def failed(error: BaseException) -> None:
            self._drop_backup(advance, lambda: self._failed(self.tr("Nothing was imported"), error))

        backing_up = self.tr("Finishing the copy of your records taken before the import…")
        writing = self.tr("Writing the changes…")

        def apply(progress: Progress) -> ImportResult:
            if not advance.done():  # confirmed before the backup copy was finished
                progress.report(0, 0, backing_up)
                advance.wait()
            progress.report(0, 0, writing)
            return apply_import(self.org, preview, decisions, advance, check=progress.check)

        self.runner.run(
            apply,
            title=self.tr("Importing the roster file"),
            on_success=applied,
            on_failure=failed,
            on_cancelled=lambda: self._drop_backup(advance),
        )

    def _drop_backup(
        self, advance: BackupInAdvance, then: Callable[[], None] | None = None
    ) -> None:
        """The import did not happen: stop its backup on the worker, then finish."""
        self.runner.run(
            lambda _progress: advance.cancel(),
            title=self.tr("Stopping the backup"),
            on_success=lambda _none: then() if then else self._finish(None),
            show_progress=False,
        )

    def show_preview(self, dialog: PreviewDialog) -> int:
        return dialog.exec()

    def notify(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Work under way finishes (or stops at Cancel) before the page goes."""
        self.runner.wait()
        super().closeEvent(event)

    def import_contacts(self) -> None:
        ContactsImportDialog(self.org, self).exec()
        self.refresh()

    # ---- the key ------------------------------------------------------------------------

    def show_key(self) -> None:
        key = keys.stored_signing_key(self.organization_uuid())
        if key is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Signing key"))
        box.setText(
            self.tr("Give this key to the central directory, by phone or in person:")
            + f"<p><tt>{keys.key_text(key)}</tt></p>"
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def enter_key(self) -> None:
        key = self.ask_key(
            self.tr(
                "Enter the signing key the central directory gave you. Files are then signed "
                "and checked with it; it is kept in this computer's keyring."
            )
        )
        if key is None:
            return
        try:
            keys.store_signing_key(self.organization_uuid(), key)
        except keys.KeyringUnavailable:
            QMessageBox.warning(
                self,
                self.tr("The key was not kept"),
                self.tr("This computer has no keyring; scdesk will ask for the key each time."),
            )
        self.refresh()
