"""Short lists inside an editor (contacts, participants, meetings) as small tables.

These lists hold a record's own rows (dozens, not thousands), so the model keeps them in
memory; the long lists of a kind are the list pages' business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.lists import formats
from scdesk.ui.vocabulary import label_of

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN_CHARS = 28
FITTED_ROWS = 60  # columns fit the first rows (a screenful and more), not all of them
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """One line: the record's id and the values of its columns."""

    id: int
    values: tuple[Any, ...]


def shown(value: Any) -> str:
    """A value as a person reads it: dates and numbers in the locale's way."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, StrEnum):
        return label_of(value)
    if isinstance(value, datetime):
        return f"{shown(value.date())} {shown(value.time())}"
    if isinstance(value, date):
        return formats.day(value)
    if isinstance(value, time):
        return locale.toString(QTime(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, float):
        return formats.hours(value)
    if isinstance(value, int):
        return locale.toString(value)
    return str(value)


class RowsModel(QAbstractTableModel):
    """A few rows of plain values, with the record id under ID_ROLE."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [tuple(shown(value) for value in row.values) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def texts(self) -> list[tuple[str, ...]]:
        """What each cell shows, row by row."""
        return self._texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row.values[index.column()]
        text = self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTable(QWidget):
    """A titled table of rows with buttons for what can be done with them."""

    activated = Signal(int)

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        empty_text: str,
        parent: QWidget | None = None,
        *,
        stretch: int = -1,
        grow: int = 1,
    ) -> None:
        """`stretch` is the column that takes the spare width (the last one by default);
        `grow` the share of a page's spare height this table takes beside others."""
        super().__init__(parent)
        self.model = RowsModel(headers, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table as in any form; arrows move
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.grow = grow
        self._stretch = stretch % len(headers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.title = QLabel(f"<b>{title}</b>")
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.buttons = FlowLayout()  # wraps at large font sizes and with long translations
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self._needs_row: list[QPushButton] = []
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.title_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        layout.addStretch(0)  # takes the table's room while there are no rows
        self._layout = layout
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.empty.setVisible(True)

    def add_button(
        self, text: str, slot: Callable[[], None], needs_row: bool = True
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if needs_row:
            self._needs_row.append(button)
        self._update_buttons()
        return button

    def add_control(self, control: QWidget) -> None:
        """Put `control` (a choice of what the table shows) after the buttons, where Tab
        reaches it after them, as it reads."""
        self.buttons.addWidget(control)

    def set_rows(self, rows: Sequence[Row]) -> None:
        current = self.current_id()
        self.model.set_rows(rows)
        self._fit_columns()
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self._layout.setStretch(self._layout.count() - 1, 0 if rows else 1)
        self.select(current)
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, record_id: int | None) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == record_id:
                self.view.selectRow(row)
                return
        self.view.clearSelection()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, but none so wide that the table scrolls.

        Measured from the first rows' texts (as data() gives them) and the header, which
        is far quicker than asking the view to size every cell."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        widest = metrics.averageCharWidth() * MAX_COLUMN_CHARS
        padding = 4 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        texts = self.model.texts()[:FITTED_ROWS]
        for column in range(self.model.columnCount()):
            if column == self._stretch:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(
                [header_metrics.horizontalAdvance(title) + 2 * padding]
                + [metrics.horizontalAdvance(row[column]) + padding for row in texts]
            )
            self.view.setColumnWidth(column, min(needed, widest))

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.activated.emit(record_id)

    def _update_buttons(self) -> None:
        has_row = self.current_id() is not None
        for button in self._needs_row:
            button.setEnabled(has_row)
