"""The global search: a field in the toolbar (Ctrl+F) and the results it lists, grouped by
kind. Searching waits for a short pause in typing; the arrow keys move through the results
while the cursor stays in the field, and Enter opens the chosen record in its page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.storage.database import Database
from scdesk.ui.i18n import current_language, day_text
from scdesk.ui.latest_query import LatestQuery

if TYPE_CHECKING:
    from scdesk.operations.search import SearchHit

TYPING_PAUSE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def search_everything(session: Session, typed: str, language: str) -> list[SearchHit]:
    """The search, run on the worker. Its module brings the record classes and the list
    queries, which the first window does not show: they load with the first search."""
    from scdesk.operations.search import search_everything as search

    return search(session, typed, language=language)


def hit_detail(hit: SearchHit) -> str:
    """What tells a hit apart: for an exchange, its first day as every window writes a day."""
    day = day_text(hit.day) if hit.day else ""
    return " · ".join(part for part in (day, hit.detail) if part)


class SearchField(QLineEdit):
    """The search box; passes arrow keys, Enter and Escape on to the results."""

    moved = Signal(int)  # -1 up, +1 down
    chosen = Signal()
    dismissed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
        elif key == Qt.Key.Key_Escape:
            self.dismissed.emit()
        else:
            super().keyPressEvent(event)


class SearchResults(QWidget):
    """The hits, under a heading per kind ("People", "Exchanges", …)."""

    activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def group_titles(self) -> dict[str, str]:
        """The title of each kind, in the order results are listed."""
        return {
            "person": self.tr("People"),
            "exchange": self.tr("Exchanges"),
            "partnership": self.tr("Partnerships"),
            "committee": self.tr("Committees"),
        }

    def show_hits(self, typed: str, hits: list[SearchHit]) -> None:
        self.tree.clear()
        titles = self.group_titles()
        first: QTreeWidgetItem | None = None
        for kind in titles:
            found = [hit for hit in hits if hit.kind == kind]
            if not found:
                continue
            group = QTreeWidgetItem([f"{titles[kind]} ({len(found)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for hit in found:
                item = QTreeWidgetItem(group, [hit.title, hit_detail(hit)])
                item.setData(0, HIT_ROLE, (hit.kind, hit.record_id))
                first = first or item
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        if first is None:
            self.summary.setText(self.tr("Nothing found for “{typed}”.").format(typed=typed))
        else:
            self.summary.setText(
                self.tr("Found for “{typed}”: press Enter to open the chosen one.").format(
                    typed=typed
                )
            )
            self.tree.setCurrentItem(first)

    def move(self, step: int) -> None:
        """Choose the next (+1) or previous (-1) hit, skipping the headings."""
        items = self._hit_items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def chosen(self) -> tuple[str, int] | None:
        current = self.tree.currentItem()
        data = current.data(0, HIT_ROLE) if current is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def _hit_items(self) -> list[QTreeWidgetItem]:
        items = []
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            items.extend(group.child(i) for i in range(group.childCount()))
        return items

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, HIT_ROLE)
        if data:
            self.activated.emit(data[0], data[1])


class GlobalSearch(QObject):
    """Connects the field and the results to the organization's database."""

    open_requested = Signal(str, int)
    results_wanted = Signal(bool)  # show the results (True) or the page again (False)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Search people, exchanges, partnerships…"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(self.field.fontMetrics().averageCharWidth() * 32)
        self.results = SearchResults()
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.search_now)
        self.finder = LatestQuery(database, self)
        self.answered = self.finder.answered  # the newest search's hits are shown
        self._open_when_answered = False
        self.field.textChanged.connect(self._typed)
        self.field.moved.connect(self.results.move)
        self.field.chosen.connect(self.open_chosen)
        self.field.dismissed.connect(self.field.clear)
        self.results.activated.connect(self._open)

    def set_database(self, database: Database) -> None:
        self.database = database
        self.field.clear()
        self.finder.set_database(database)

    def search_now(self) -> None:
        """Search for what is typed, off the interface thread; typing goes on meanwhile
        and only the newest search's hits are shown."""
        self.pause.stop()
        typed = self.field.text()
        if not typed.strip():
            self._nothing_typed()
            return
        language = current_language()
        self.finder.ask(
            lambda session: search_everything(session, typed, language),
            lambda hits: self._show(typed, hits),
        )

    def open_chosen(self) -> None:
        """Open the chosen hit; if the hits for what is typed are still coming, open the
        first of them as soon as they arrive."""
        if self.pause.isActive():
            self.search_now()
        if self.finder.pending():
            self._open_when_answered = True
            return
        chosen = self.results.chosen()
        if chosen is not None:
            self._open(*chosen)

    def _show(self, typed: str, hits: list[SearchHit]) -> None:
        self.results.show_hits(typed, hits)
        self.results_wanted.emit(True)
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_chosen()

    def _nothing_typed(self) -> None:
        self.pause.stop()
        self.finder.forget()
        self._open_when_answered = False
        self.results_wanted.emit(False)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.pause.start()
        else:
            self._nothing_typed()

    def _open(self, kind: str, record_id: int) -> None:
        self.finder.forget()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.results_wanted.emit(False)
        self.open_requested.emit(kind, record_id)
