"""Choosing a person or an exchange by typing part of a name (search-as-you-type).

The matches come from the full-text index through an operation, a few at a time, so the
picker stays quick with 100,000 people; it holds the chosen record's id. Text typed but not
chosen from the list is settled when the form is saved, or at Enter: the only record matching
it is taken; several are offered in the list, the first highlighted, and never taken for the
person (two Reyes are two people); none are named under the field (`resolve`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from scdesk.ui.editors.fields import Binding

Search = Callable[[str], list[tuple[int, str]]]
Describe = Callable[[int], str]

ID_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 120


class RecordPicker(QLineEdit):
    """A line where typing offers matching records; choosing one sets `value()` to its id."""

    changed = Signal()

    def __init__(
        self,
        search: Search,
        describe: Describe,
        placeholder: str,
        several: str = "",
        none: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._describe = describe
        self._several = several  # "… match “{text}”: choose one …"
        self._none = none  # "Nobody is called “{text}”."
        self._id: int | None = None
        self._chosen_text = ""
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_matches)
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._take_only_match)

    def value(self) -> int | None:
        return self._id

    def set_value(self, record_id: int | None) -> None:
        self._id = record_id
        self._chosen_text = self._describe(record_id) if record_id is not None else ""
        blocked = self.blockSignals(True)
        self.setText(self._chosen_text)
        self.blockSignals(blocked)

    def resolve(self) -> str:
        """Settle text typed but not chosen: take the only record it matches and return "";
        otherwise return what to tell the person (several matches are offered again)."""
        text = self.text().strip()
        if self._id is not None or not text:
            return ""
        self._timer.stop()
        found = self._search(text)
        if len(found) == 1:
            record_id, label = found[0]
            self._id = record_id
            self._chosen_text = label
            blocked = self.blockSignals(True)
            self.setText(label)
            self.blockSignals(blocked)
            self.changed.emit()
            return ""
        if found:
            self.refresh_matches()
            return self._several.format(text=text)
        return self._none.format(text=text)

    def refresh_matches(self) -> None:
        """Look up what was typed and offer the matches."""
        text = self.text().strip()
        self.matches.clear()
        if not text:
            self.completer_.popup().hide()
            return
        for record_id, label in self._search(text):
            item = QStandardItem(label)
            item.setData(record_id, ID_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _typed(self, _text: str) -> None:
        if self._id is not None:
            self._id = None  # the text no longer names the chosen record
            self.changed.emit()
        self._timer.start()

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None:
            return
        self._timer.stop()
        self._id = int(record_id)
        self._chosen_text = index.data(Qt.ItemDataRole.DisplayRole)
        blocked = self.blockSignals(True)
        self.setText(self._chosen_text)
        self.blockSignals(blocked)
        self.changed.emit()

    def _take_only_match(self) -> None:
        """Enter takes what was typed if one record matches it; with several, the list
        shows them with the first highlighted, so a second Enter is a choice made."""
        if self._id is not None:
            return
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_matches()
        if self.matches.rowCount() == 1:
            self._chosen(self.matches.index(0, 0))
            self.completer_.popup().hide()
        elif self.matches.rowCount() > 1:
            self.completer_.complete()
            popup = self.completer_.popup()
            popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))


def bind_picker(picker: RecordPicker) -> Binding:
    return Binding(picker, picker.value, picker.set_value, picker.changed)
