"""Import a spreadsheet or address book.

Placeholder: the contacts importer (issue 4, part B) replaces this module with the real
dialog (column mapping, preview, duplicates).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from scdesk.storage.organization_files import OpenOrganization


class ContactsImportDialog(QDialog):
    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.setWindowTitle(self.tr("Import a spreadsheet or address book"))
        text = QLabel(
            self.tr(
                "Importing spreadsheets and address books is not available in this version "
                "yet. Roster exchange files can be imported with “Import a roster file…”."
            )
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
