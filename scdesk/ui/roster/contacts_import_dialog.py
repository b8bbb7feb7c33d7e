"""Import people from a spreadsheet (CSV, XLSX) or an address book (vCard), in three steps:
choose the file (its kind and encoding are detected and shown), say what each column
holds, check the preview and decide what needs deciding, then import.

The window only presents and collects choices; reading, comparing and writing are the
interchange layer's (`scdesk.interchange.contacts`), run on the background worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.contacts.apply import ImportResult, import_into
from scdesk.interchange.contacts.mapping import ColumnMapping, guess_mapping
from scdesk.interchange.contacts.preview import ContactsPreview, build_preview, match_entry
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.contacts.saved_mappings import load_mapping, saved_mapping_names
from scdesk.interchange.contacts.sources import SourceTable, UnreadableFile
from scdesk.interchange.contacts.text_decoding import NAMES
from scdesk.operations.organizations import current_profile
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import error_text
from scdesk.ui.roster.contacts_columns_page import ColumnsPage
from scdesk.ui.roster.contacts_labels import describe_table
from scdesk.ui.roster.contacts_preview_page import PreviewPage
from scdesk.ui.tasks import TaskRunner

ENCODINGS = (
    "utf-8",
    "cp1252",
    "cp1250",
    "cp1251",
    "latin_1",
    "iso8859_15",
    "utf-16-le",
    "mac_roman",
)


class PathEdit(QLineEdit):
    """A path field where Enter reads the file (and shows what it is) before going on."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not the wizard's Next: the person first sees what the file is


class FilePage(QWizardPage):
    """Choose the file, and see at once what kind of file it is."""

    def __init__(self, dialog: ContactsImportDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A spreadsheet (CSV, XLSX) or an address book (vCard)."))
        explanation = QLabel(
            self.tr(
                "For example a list saved from Excel, or contacts exported from Google, "
                "Outlook or Apple Contacts. Nothing is written until the last step."
            )
        )
        explanation.setWordWrap(True)
        self.path = PathEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Type a path, or choose Browse"))
        self.path.editingFinished.connect(self.read)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)

        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding of a text file"))
        self.encoding.addItem(self.tr("Detect automatically"), "")
        for codec in ENCODINGS:
            self.encoding.addItem(NAMES.get(codec, codec), codec)
        self.encoding.currentIndexChanged.connect(self.read)
        self.mapping = QComboBox()
        self.mapping.setAccessibleName(self.tr("Column choices to use"))
        self.mapping.addItem(self.tr("Guess from the column names"), "")
        for name in saved_mapping_names(dialog.org.folder.root):
            self.mapping.addItem(self.tr("Saved: {name}").format(name=name), name)
        self.mapping.currentIndexChanged.connect(self.read)

        self.found = QLabel(self.tr("No file chosen yet."))
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setAccessibleName(self.tr("What the file is"))

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Columns:"), self.mapping)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addStretch(1)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.encoding)
        self.setTabOrder(self.encoding, self.mapping)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file with the people"),
            self.path.text(),
            self.tr(
                "Spreadsheets and address books (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;"
                "All files (*)"
            ),
        )
        if path:
            self.path.setText(path)
            self.read()

    def read(self) -> None:
        """Read the chosen file now and say what it is (or why it cannot be imported)."""
        text = self.path.text().strip()
        self.dialog.table = None
        if not text:
            self.found.setText(self.tr("No file chosen yet."))
        else:
            try:
                self.dialog.open_file(
                    Path(text), self.encoding.currentData() or None, self.mapping.currentData()
                )
            except (UnreadableFile, StorageError, LookupError) as error:
                problem = error_text(error)
                self.found.setText(
                    self.tr("This file cannot be imported: {problem}").format(problem=problem)
                )
            else:
                assert self.dialog.table is not None
                self.found.setText(describe_table(self.dialog.table))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.dialog.table is not None


class ContactsImportDialog(QWizard):
    """Choose file → columns → preview → Import (or Cancel: nothing is written)."""

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.table: SourceTable | None = None
        self.mapping = ColumnMapping()
        self.preview: ContactsPreview | None = None
        self.result: ImportResult | None = None
        self.advance: BackupInAdvance | None = None
        self.runner = TaskRunner(self)
        with org.database.session() as session:
            self.country = current_profile(session).country
        self.setWindowTitle(self.tr("Import people from a spreadsheet or address book"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(org.folder.root, self)
        self.preview_page = PreviewPage(self._rematch, self)
        self.addPage(self.file_page)
        self.addPage(self.columns_page)
        self.addPage(self.preview_page)
        self.currentIdChanged.connect(self._entered)
        self.resize(900, 640)

    def open_file(self, path: Path, encoding: str | None, saved_mapping: str) -> None:
        mapping = load_mapping(self.org.folder.root, saved_mapping) if saved_mapping else None
        self.table = read_contacts_file(path, encoding or (mapping.encoding if mapping else None))
        self.mapping = mapping or guess_mapping(self.table.headers, self.country)
        if encoding:
            self.mapping.encoding = encoding

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.columns_page and self.table is not None:
            self.columns_page.show_table(self.table, self.mapping)
        elif page is self.preview_page and self.table is not None:
            self._compare()

    def _compare(self) -> None:
        """Build the preview on the worker: a long file takes a while to compare."""
        table, mapping = self.table, self.columns_page.mapping
        assert table is not None
        self.preview = None
        self.preview_page.clear()

        def work(_progress) -> ContactsPreview:  # type: ignore[no-untyped-def]
            with self.org.database.session() as session:
                return build_preview(session, table, mapping)

        self.runner.run(
            work,
            title=self.tr("Comparing the file with your records"),
            on_success=self._compared,
        )

    def _compared(self, preview: ContactsPreview) -> None:
        if self.currentPage() is self.preview_page:
            self.preview = preview
            self.preview_page.show_preview(preview)
            # The backup every import starts with copies the whole database: it runs while
            # the person reads the preview, so that importing takes only the writing.
            if self.advance is None and preview.has_changes:
                self.advance = BackupInAdvance(self.org)

    def _rematch(self, index: int, person_id: int | None) -> None:
        assert self.preview is not None
        with self.org.database.session() as session:
            match_entry(session, self.preview, self.preview.entries[index], person_id)
        self.preview_page.show_preview(self.preview)

    def accept(self) -> None:
        """Import on the worker; close once it is written (or say why it was not)."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        if self.preview is None or not finish.isEnabled():
            return  # still comparing, or already importing
        preview, decisions = self.preview, self.preview_page.decisions()
        finish.setEnabled(False)
        advance = self.advance
        self.runner.run(
            lambda progress: import_into(
                self.org, preview, decisions, advance, check=progress.check
            ),
            title=self.tr("Importing people"),
            on_success=self._imported,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        if result.changed_anything:
            added, updated = result.added, result.updated
            posts, committees = result.posts_added, result.committees_added
            message = self.tr(
                "{added} and {updated}; {posts} and {committees}. A backup was taken first."
            ).format(
                added=self.tr("%n person(s) added", "", added),
                updated=self.tr("%n changed", "", updated),
                posts=self.tr("%n post(s)", "", posts),
                committees=self.tr("%n new committee(s)", "", committees),
            )
        else:
            message = self.tr(
                "Nothing to change: your records already hold everything in this file."
            )
        QMessageBox.information(self, self.tr("Import finished"), message)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        problem = error_text(error)
        QMessageBox.warning(
            self,
            self.tr("Nothing was imported"),
            self.tr("{problem}\n\nYour records are as they were.").format(problem=problem),
        )

    def _cancelled(self) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Nothing was imported"),
            self.tr("The import was cancelled; your records are as they were."),
        )

    def done(self, result: int) -> None:
        """Close; on Cancel, work still running stops and keeps nothing."""
        if result != QWizard.DialogCode.Accepted:
            self.runner.cancel_all()
        self.runner.wait()
        if self.advance is not None and self.result is None:
            self.advance.cancel()  # no import happened: its backup is not kept
        super().done(result)
