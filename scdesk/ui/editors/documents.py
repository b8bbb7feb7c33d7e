"""The documents attached to a record (an MOU, photos, minutes): add, open, remove.

Files are copied into the organization's attachment store on a worker (a scanned MOU or a
video may take a while), with progress and a Cancel that leaves nothing in the store; then
the attachment is recorded as one undoable step. Opening one hands a copy with its
original name to the system's viewer.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from scdesk.model import Attachment, Record
from scdesk.operations.attachments import (
    StoredFile,
    attach_stored,
    attachments_of,
    export_attachment,
    store_file,
)
from scdesk.operations.records import delete_record, get_record
from scdesk.storage.database import Database
from scdesk.ui.editors.rows import Row, RowTable
from scdesk.ui.tasks import Progress, Task, TaskRunner

Run = Callable[[str, Callable[[Session], Any]], Any]


class DocumentsPanel(RowTable):
    """The attachments of one record, kept in the organization's attachment store."""

    def __init__(
        self, database: Database, store: Path, run: Run, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Documents"),
            [self.tr("Title"), self.tr("File"), self.tr("Size (KB)"), self.tr("Added")],
            self.tr("No documents yet. Add the signed agreement, photos or minutes here."),
            parent,
        )
        self.database = database
        self.store = store
        self._run = run
        self._record: tuple[type[Record], int] | None = None
        self._opened_folder: Path | None = None
        self.tasks = TaskRunner(self)
        self._copying: Task | None = None
        self.add_button(self.tr("&Add a document…"), self.choose_file, needs_row=False)
        self.add_button(self.tr("&Open"), self.open_current)
        self.add_button(self.tr("Remo&ve document"), self.remove_current)
        self.activated.connect(lambda _id: self.open_current())

    def show_for(self, session: Session, record: Record | None) -> None:
        self._record = (type(record), record.id) if record is not None else None
        self.setEnabled(record is not None)
        attachments = attachments_of(session, record) if record is not None else []
        self.set_rows(
            [
                Row(a.id, (a.title, a.filename, round(a.size / 1024, 1), a.created_at.date()))
                for a in attachments
            ]
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> Task | None:
        """Copy `path` into the store on a worker, then attach it to the record shown now
        (even if another is shown by then)."""
        if self._record is None:
            return None
        model, record_id = self._record
        store, copying = self.store, self.tr("Copying {name} into the documents…")
        self._copying = self.tasks.run(
            lambda progress: store_file(
                store, path, _Saying(progress, copying.format(name=path.name))
            ),
            title=self.tr("Attach {name}").format(name=path.name),
            on_success=lambda stored: self._record_attachment(model, record_id, stored),
            on_failure=lambda error: self._not_attached(path, error),
        )
        return self._copying

    def attaching(self) -> bool:
        """True while a file is being copied into the store."""
        return self._copying is not None and self._copying.is_running()

    def _record_attachment(self, model: type[Record], record_id: int, stored: StoredFile) -> None:
        self._run(
            self.tr("Attach {name}").format(name=stored.name),
            lambda session: (
                attach_stored(session, get_record(session, model, record_id), stored).id
            ),
        )

    def _not_attached(self, path: Path, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        QMessageBox.warning(
            self,
            self.tr("The document was not attached"),
            self.tr("{file} could not be read: {reason}").format(file=path, reason=reason),
        )

    def open_current(self) -> None:
        attachment_id = self.current_id()
        if attachment_id is None:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.copy_for_viewing(attachment_id))))

    def copy_for_viewing(self, attachment_id: int) -> Path:
        """A copy of the stored file under its original name, for the system's viewer."""
        if self._opened_folder is None:
            self._opened_folder = Path(tempfile.mkdtemp(prefix="scdesk-documents-"))
        with self.database.session() as session:
            attachment = session.get(Attachment, attachment_id)
            target = self._opened_folder / f"{attachment.id}-{Path(attachment.filename).name}"
            return export_attachment(self.store, attachment, target)

    def remove_current(self) -> None:
        attachment_id = self.current_id()
        if attachment_id is None:
            return
        self._run(
            self.tr("Remove document"),
            lambda session: delete_record(session, Attachment, attachment_id),
        )


class _Saying:
    """Progress that says what is being done with each step reported."""

    def __init__(self, progress: Progress, message: str) -> None:
        self.progress = progress
        self.message = message

    def report(self, done: int, total: int, message: str = "") -> None:
        self.progress.report(done, total, message or self.message)

    def check(self) -> None:
        self.progress.check()
