"""The row of filters above a list: a search box and choices, each labelled and reachable
from the keyboard. It says `changed` when the person asks for other records; typing waits
for a short pause, so a fast typist is never slowed down by queries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scdesk.ui.date_edit import DateEdit
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.i18n import DAY_FORMAT

TYPING_PAUSE_MS = 150


class FilterBar(QWidget):
    changed = Signal()
    typed = Signal()  # a pause in typing in a search box: filter off the interface thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._resets: list[Any] = []
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self.typed)

    def add_search(self, label: str, placeholder: str) -> QLineEdit:
        """A search box; the list follows what is typed after a short pause."""
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(placeholder)
        metrics = edit.fontMetrics()
        # Wide enough for the whole hint, however long the language makes it.
        hint = metrics.horizontalAdvance(placeholder) + metrics.averageCharWidth() * 5
        edit.setMinimumWidth(max(metrics.averageCharWidth() * 24, hint))
        edit.textChanged.connect(lambda _text: self.typing_pause.start())
        edit.returnPressed.connect(self.apply_now)
        self._add(label, edit)
        self._resets.append(edit.clear)
        return edit

    def add_choice(
        self, label: str, everything: str, choices: Iterable[tuple[Any, str]]
    ) -> QComboBox:
        """A drop-down whose first entry (data None) shows everything."""
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._add(label, combo)
        self._resets.append(lambda: combo.setCurrentIndex(0))
        return combo

    def add_date(self, label: str, empty_text: str) -> QDateEdit:
        """A date, empty (showing `empty_text`) until one is picked."""
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DAY_FORMAT)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(empty_text)
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(lambda _date: self.changed.emit())
        self._add(label, edit)
        self._resets.append(lambda: edit.setDate(edit.minimumDate()))
        return edit

    def add_check(self, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setAccessibleName(label.replace("&", ""))
        box.toggled.connect(lambda _on: self.changed.emit())
        self._layout.addWidget(box)
        self._resets.append(lambda: box.setChecked(False))
        return box

    def apply_now(self) -> None:
        """Stop waiting for a pause in typing and filter at once."""
        if self.typing_pause.isActive():
            self.typing_pause.stop()
            self.changed.emit()

    def reset(self) -> None:
        """Show everything again (one `changed` at the end)."""
        self.blockSignals(True)
        try:
            for reset in self._resets:
                reset()
        finally:
            self.blockSignals(False)
        self.typing_pause.stop()
        self.changed.emit()

    def _add(self, label: str, control: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(control)
        control.setAccessibleName(label.replace("&", "").rstrip(":"))
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(control)
        self._layout.addWidget(pair)


def chosen(combo: QComboBox) -> Any:
    """The value of the chosen entry; None for "everything"."""
    return combo.currentData()


def picked_date(edit: QDateEdit) -> date | None:
    """The picked date, or None while the field shows its empty text."""
    if edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()
