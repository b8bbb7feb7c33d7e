"""The second step of the contacts import: which column holds what, with examples."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from scdesk.interchange.contacts.mapping import ColumnMapping, DateOrder, Target
from scdesk.interchange.contacts.saved_mappings import save_mapping
from scdesk.interchange.contacts.sources import SourceTable
from scdesk.interchange.contacts.values import cell_text
from scdesk.model import PersonCategory
from scdesk.storage.errors import StorageError
from scdesk.ui.i18n import error_text
from scdesk.ui.roster.contacts_labels import category_label, date_order_label, target_label

EXAMPLES = 3
NAME_TARGETS = {Target.GIVEN_NAME, Target.FAMILY_NAME, Target.FULL_NAME}


def examples(table: SourceTable, column: int) -> str:
    """The first few non-empty values of a column, on one line."""
    found = []
    for row in table.rows:
        text = " ".join(cell_text(row.cells[column]).split())
        if text:
            found.append(text if len(text) <= 30 else text[:29] + "…")
        if len(found) == EXAMPLES:
            break
    return "; ".join(found)


class ColumnsPage(QWizardPage):
    """A row per column of the file: its examples, and what it is imported as."""

    def __init__(self, organization_folder, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.organization_folder = organization_folder
        self.table: SourceTable | None = None
        self.mapping = ColumnMapping()
        self.setTitle(self.tr("Say what each column holds"))
        self.setSubTitle(
            self.tr(
                "scdesk guessed from the column names. Change any choice; columns set to "
                "“Not imported” are left out."
            )
        )
        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.columns.verticalHeader().setVisible(False)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)

        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("How dates like 01/05/2020 are read"))
        for order in DateOrder:
            self.date_order.addItem(date_order_label(order), order.value)
        self.date_order.currentIndexChanged.connect(self._date_order_chosen)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of people in the file"))
        for category in PersonCategory:
            self.category.addItem(category_label(category), category.value)
        self.category.currentIndexChanged.connect(self._category_chosen)
        options = QFormLayout()
        options.addRow(self.tr("&Dates like 01/05/2020:"), self.date_order)
        options.addRow(self.tr("&People in this file are:"), self.category)

        self.save_button = QPushButton(self.tr("&Save these choices as…"))
        self.save_button.setAccessibleName(self.tr("Save the column choices under a name"))
        self.save_button.clicked.connect(self._save)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        saving = QHBoxLayout()
        saving.addWidget(self.save_button)
        saving.addWidget(self.saved_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 1)
        layout.addLayout(options)
        layout.addLayout(saving)

    def show_table(self, table: SourceTable, mapping: ColumnMapping) -> None:
        self.table, self.mapping = table, mapping
        self.saved_label.clear()
        self.columns.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            sample = QTableWidgetItem(examples(table, row))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            sample.setToolTip(sample.text())
            self.columns.setItem(row, 0, name)
            self.columns.setItem(row, 1, sample)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import “{column}” as").format(column=header))
            combo.addItem(self.tr("Not imported"), "")
            for target in Target:
                combo.addItem(target_label(target), target.value)
            combo.currentIndexChanged.connect(
                lambda _index, header=header, combo=combo: self._target_chosen(header, combo)
            )
            self.columns.setCellWidget(row, 2, combo)
        self._show_choices()
        self.date_order.setCurrentIndex(self.date_order.findData(mapping.date_order.value))
        self.category.setCurrentIndex(self.category.findData(mapping.category.value))
        self._fit_choices()
        self.columns.resizeRowsToContents()
        self.completeChanged.emit()

    def _fit_choices(self) -> None:
        """The choice column as wide as its combo boxes need, but never more than a third,
        so the examples keep their room at large font sizes."""
        rows = range(self.columns.rowCount())
        needed = max((self.columns.cellWidget(r, 2).sizeHint().width() for r in rows), default=0)
        third = max(self.columns.viewport().width() // 3, 160)
        self.columns.setColumnWidth(2, min(needed, third))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.table is not None:
            self._fit_choices()

    def combo(self, header: str) -> QComboBox:
        assert self.table is not None
        return self.columns.cellWidget(self.table.headers.index(header), 2)  # type: ignore[return-value]

    def _show_choices(self) -> None:
        assert self.table is not None
        for header in self.table.headers:
            combo = self.combo(header)
            target = self.mapping.columns.get(header)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(target.value if target else ""))
            combo.blockSignals(False)

    def _target_chosen(self, header: str, combo: QComboBox) -> None:
        value = combo.currentData()
        self.mapping.assign(header, Target(value) if value else None)
        self._show_choices()  # a single target chosen here leaves the column that had it
        self.completeChanged.emit()

    def _date_order_chosen(self) -> None:
        self.mapping.date_order = DateOrder(self.date_order.currentData())

    def _category_chosen(self) -> None:
        self.mapping.category = PersonCategory(self.category.currentData())

    def isComplete(self) -> bool:
        return bool(NAME_TARGETS & set(self.mapping.columns.values()))

    def _save(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save the column choices"),
            self.tr("Name for these choices (to use them again for the next file like this):"),
        )
        if not ok or not name.strip():
            return
        try:
            save_mapping(self.organization_folder, name, self.mapping)
        except (OSError, StorageError) as error:
            QMessageBox.warning(self, self.tr("The choices were not saved"), error_text(error))
            return
        self.saved_label.setText(self.tr("Saved as “{name}”.").format(name=name.strip()))
