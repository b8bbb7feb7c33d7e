"""A short list of chosen people (who attended a meeting), added by search, removed by click."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.ui.editors.fields import Binding
from scdesk.ui.editors.pickers import RecordPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleList(QWidget):
    """The people chosen so far, a search line to add one, and a button to remove one."""

    changed = Signal()

    def __init__(
        self,
        picker: RecordPicker,
        describe: Callable[[Iterable[int]], dict[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.picker = picker
        self.people = QListWidget(self)
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.add_button.setAccessibleName(self.tr("Add the person found"))
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        self.extra = QHBoxLayout()
        self.extra.setContentsMargins(0, 0, 0, 0)
        adding = QHBoxLayout()
        adding.addWidget(picker, 1)
        adding.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addLayout(self.extra)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people, 1)
        layout.addLayout(adding)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_chosen)
        picker.changed.connect(self._update_buttons)
        picker.returnPressed.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_current)
        self.people.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.people.setAccessibleName(name)
        self.picker.setAccessibleName(self.tr("Find a person to add"))

    def value(self) -> list[int]:
        return [self.people.item(row).data(ID_ROLE) for row in range(self.people.count())]

    def set_value(self, person_ids: Iterable[int] | None) -> None:
        self.people.clear()
        self._append(list(person_ids or ()), quiet=True)

    def add(self, person_ids: Iterable[int]) -> None:
        self._append(list(person_ids), quiet=False)

    def add_chosen(self) -> None:
        person_id = self.picker.value()
        if person_id is not None:
            self.add([person_id])
            self.picker.set_value(None)
            self._update_buttons()

    def remove_current(self) -> None:
        row = self.people.currentRow()
        if row >= 0:
            self.people.takeItem(row)
            self.changed.emit()

    def binding(self) -> Binding:
        return Binding(self, self.value, self.set_value, self.changed)

    def _append(self, person_ids: list[int], quiet: bool) -> None:
        present = set(self.value())
        new = [i for i in dict.fromkeys(person_ids) if i not in present]
        for person_id, name in self._describe(new).items():
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, person_id)
            self.people.addItem(item)
        self.people.sortItems()
        self._update_buttons()
        if new and not quiet:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.picker.value() is not None)
        self.remove_button.setEnabled(self.people.currentRow() >= 0)
