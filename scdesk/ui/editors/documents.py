"""The documents attached to a record (an MOU, photos, minutes): add, open, remove.

Files are copied into the organization's attachment store; opening one hands a copy with
its original name to the system's viewer.
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
from scdesk.operations.attachments import attach_file, attachments_of, export_attachment
from scdesk.operations.records import delete_record, get_record
from scdesk.storage.database import Database
from scdesk.ui.editors.rows import Row, RowTable

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

    def attach(self, path: Path) -> None:
        if self._record is None:
            return
        model, record_id = self._record

        def attach(session: Session) -> int:
            record = get_record(session, model, record_id)
            return attach_file(session, self.store, record, path).id

        try:
            self._run(self.tr("Attach {name}").format(name=path.name), attach)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("The document was not attached"),
                self.tr("{file} could not be read: {reason}").format(
                    file=path, reason=error.strerror or error
                ),
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
