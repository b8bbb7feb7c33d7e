"""A page of the main window: the list of one kind of record beside its detail editor.

The list is sorted and filtered in SQL (RecordTableModel); choosing a row shows the record
in the editor from scdesk.ui.editors, after the editor agreed to leave unsaved changes.
Subclasses name the kind and provide the model, the filters and a few words.
"""

from __future__ import annotations

from contextlib import suppress
from typing import ClassVar

from PySide6.QtCore import QByteArray, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scdesk.operations.lists import ListFilter
from scdesk.storage.database import Database
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui import editors
from scdesk.ui.lists.filter_bar import FilterBar
from scdesk.ui.lists.record_table_model import RecordTableModel
from scdesk.ui.settings import app_settings


class RecordListPage(QWidget):
    """The list of one kind of record (left) and the editor of the chosen one (right)."""

    kind: ClassVar[str] = ""  # the editor kind: "person", "exchange", …

    status_changed = Signal(str)  # what the status bar should say about this list
    open_record_requested = Signal(str, int)  # another kind's record, by kind and id

    def __init__(
        self,
        org: OpenOrganization,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.org = org
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._quiet = False  # True while the page itself moves the selection
        self._locating: int | None = None  # the editor's record, while its row is looked for
        self._stale = False

        self.filter_bar = FilterBar()
        self.build_filters(self.filter_bar)
        self.model = self.make_model(org.database)
        self.view = self._make_view()
        self.new_button = QPushButton(self.new_text())
        self.new_button.setAccessibleName(self.new_text().replace("&", ""))
        self.new_button.clicked.connect(self.new_record)
        self.editor = editors.editor_for(self.kind, org, self.undo_stack, self)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.view, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.new_button)
        list_layout.addLayout(footer)
        self.build_footer(list_layout)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.editor)
        # The list takes what the window gains; the editor keeps the width it was given.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._editor_width: int | None = None  # until the person chooses: what the form asks
        self.splitter.splitterMoved.connect(self._editor_resized)
        self.editor.pages.currentChanged.connect(self._arrange)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.view, self.new_button)
        self.setTabOrder(self.new_button, self.editor)

        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)

        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.typed.connect(self._text_typed)
        # A model reset makes the header forget column widths and order: keep them.
        self._columns_layout: list[tuple[int, int, bool]] = []
        self.model.modelAboutToBeReset.connect(self._keep_columns)
        self.model.modelReset.connect(self._restore_columns)
        self.model.reloaded.connect(self._reloaded)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.saved.connect(self._schedule_reload)
        self.editor.deleted.connect(self._schedule_reload)
        self.editor.open_record.connect(self.open_record_requested)
        self.undo_stack.indexChanged.connect(self._schedule_reload)
        if not self._restore_state():
            header = self.view.horizontalHeader()
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.view.setSortingEnabled(True)  # sorts as the header says, so the list fills here

    # ----- what each kind provides ------------------------------------------------------------

    def make_model(self, database: Database) -> RecordTableModel:
        raise NotImplementedError

    def build_filters(self, bar: FilterBar) -> None:
        """Add this kind's filters to `bar`."""

    def current_filter(self) -> ListFilter:
        """The filter the controls of the filter bar describe."""
        raise NotImplementedError

    def build_footer(self, layout: QVBoxLayout) -> None:
        """Add what is shown under the list (the hours page shows totals)."""

    def new_text(self) -> str:
        """The New button's text, with its mnemonic ("&New person")."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        """What the status bar says with everything shown ("1 person", "12 people") and with a
        filter ("3 of 12 people"), in the reader's singular or plural."""
        raise NotImplementedError

    # ----- what the main window asks ----------------------------------------------------------

    def confirm_leave(self) -> bool:
        """True if the page may be left (the editor has no unsaved changes, or they were
        saved or discarded)."""
        return self.editor.confirm_leave()

    def status_text(self) -> str:
        return self.count_text(self.model.shown_count(), self.model.total_count())

    def open_record(self, record_id: int) -> bool:
        """Show a record in the editor and select it in the list (clearing the filters if
        they hide it); False if the person kept the unsaved changes of the current one."""
        if record_id != self.editor.record_id():
            if not self.editor.confirm_leave():
                return False
            if self.model.row_of(record_id) is None:
                self.filter_bar.reset()
            self.editor.load(record_id)
        self._select_quietly(record_id, self.model.row_of(record_id))
        return True

    def new_record(self) -> None:
        if not self.editor.confirm_leave():
            return
        self.editor.load(None)
        self._select_quietly(None)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.focusNextChild()

    def duplicate_record(self) -> None:
        self.editor.duplicate()

    def delete_record(self) -> None:
        self.editor.delete()

    def reload(self) -> None:
        """Query the list again (records changed); the editor's record stays selected."""
        self._reload_soon.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.model.reload()

    def stop_work(self) -> None:
        """Stop what runs on workers for this page, before its organization closes: the
        list's queries, and a document still being copied (cancelled, so nothing is kept)."""
        self.model.stop()
        documents = getattr(self.editor, "documents", None)
        if documents is not None:
            documents.tasks.cancel_all()
            documents.tasks.wait()

    def save_state(self) -> None:
        settings = app_settings()
        if self._editor_width is not None:
            settings.setValue(self._setting("editor_width"), self._editor_width)
        settings.setValue(self._setting("splitter"), self.splitter.saveState())
        settings.setValue(self._setting("columns"), self.view.horizontalHeader().saveState())
        settings.setValue(self._setting("columns_language"), QLocale().name())

    # ----- inside -----------------------------------------------------------------------------

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("List"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the list, as in any form
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        columns = view.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setSectionsMovable(True)
        columns.setHighlightSections(False)
        for number in range(len(self.model.columns)):
            columns.resizeSection(number, self.first_width(view, number))
        view.installEventFilter(self)
        return view

    def first_width(self, view: QTableView, number: int) -> int:
        """A column's first width: its width in average characters, or what its words need
        if more (`words_width`)."""
        character = view.fontMetrics().averageCharWidth()
        width = self.model.columns[number].width * character + 16
        return max(width, self.words_width(view, number))

    def words_width(self, view: QTableView, number: int) -> int:
        """The width that shows a column's title (with the sort arrow) and the longest text
        of its vocabulary or dates in the reader's language: "Municipal o técnico",
        "17 janv. 2027"."""
        column = self.model.columns[number]
        cells = view.fontMetrics()
        header = view.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        title = header.fontMetrics().horizontalAdvance(column.title) + arrow + 4 * margin
        longest = max((cells.horizontalAdvance(column.format(v)) for v in column.fits), default=0)
        return max(longest + 4, title) + 16

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key in the list deletes the chosen record (after asking)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_record()
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: object) -> None:
        if self.editor.record_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Duplicate"), self.duplicate_record)
        menu.addAction(self.tr("De&lete…"), self.delete_record)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _keep_columns(self) -> None:
        header = self.view.horizontalHeader()
        self._columns_layout = [
            (header.visualIndex(c), header.sectionSize(c), header.isSectionHidden(c))
            for c in range(header.count())
        ]

    def _restore_columns(self) -> None:
        """Put widths, order and hidden columns back (not the sort indicator, which the
        header already shows and which would sort again)."""
        header = self.view.horizontalHeader()
        for column, (visual, size, hidden) in enumerate(self._columns_layout):
            if header.visualIndex(column) != visual:
                header.moveSection(header.visualIndex(column), visual)
            header.resizeSection(column, size)
            header.setSectionHidden(column, hidden)

    def _filters_changed(self) -> None:
        self.model.set_filters(self.current_filter())

    def _text_typed(self) -> None:
        self.model.find(self.current_filter())

    def _schedule_reload(self, *_args: object) -> None:
        self._reload_soon.start()

    def _reloaded(self) -> None:
        """Keep the editor's record selected in the new order. Its row is looked up on a
        worker when its block of ids was not read: finding one of 500,000 rows takes a
        second, and sorting must not wait for it."""
        record_id = self.editor.record_id()
        row = self.model.loaded_row_of(record_id) if record_id is not None else None
        self._select_quietly(record_id, row)
        self._locating = record_id if row is None else None
        if self._locating is not None:
            self.model.locate(self._locating, lambda found: self._located(record_id, found))
        self.status_changed.emit(self.status_text())

    def _located(self, record_id: int, row: int | None) -> None:
        if record_id == self._locating == self.editor.record_id():
            self._locating = None
            if row is not None:
                self._select_quietly(record_id, row)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or (self._locating is not None and not previous.isValid()):
            # Left alone while the editor's row is looked for: Qt makes the first row
            # current by itself after the list was queried again and nothing was current.
            return
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is None or record_id == self.editor.record_id():
            return
        if not self.editor.confirm_leave():
            record_id = self.editor.record_id()
            self._select_quietly(record_id, self.model.row_of(record_id) if record_id else None)
            return
        self.editor.load(record_id)

    def _select_quietly(self, record_id: int | None, row: int | None = None) -> None:
        """Select `row`, the row of `record_id` (none if None) without asking the editor."""
        self._quiet = True
        try:
            if record_id is None or row is None:
                self.view.selectionModel().clear()
            else:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False

    def editor_is_open(self) -> bool:
        """True while the editor shows a record (a saved one or a new one)."""
        return self.editor.pages.currentWidget() is self.editor.form

    def slim_width(self) -> int:
        """The editor's width while no record is open: room for its few words, no more."""
        return self.fontMetrics().averageCharWidth() * 22

    def _arrange(self) -> None:
        """Give the list the room while nothing is open; the editor its remembered width
        once a record is (never more than the window can spare beside the list)."""
        total = sum(self.splitter.sizes()) or max(self.splitter.width(), 1000)
        if self.editor_is_open():
            self.editor.setMinimumWidth(0)  # back to what its form needs
            needed = self.editor.minimumSizeHint().width()
            spare = total - self.splitter.widget(0).minimumSizeHint().width()
            wanted = self._editor_width or self.editor.preferred_width()
            width = max(min(wanted, spare), needed)
        else:
            width = self.slim_width()
            self.editor.setMinimumWidth(width)
        self.splitter.setSizes([max(total - width, 1), width])

    def _editor_resized(self, *_args: object) -> None:
        """Remember the width the person gave an open record's editor."""
        if self.editor_is_open():
            self._editor_width = self.splitter.sizes()[1]

    def _setting(self, name: str) -> str:
        return f"lists/{self.kind}/{name}"

    def _restore_state(self) -> bool:
        """Splitter and columns as the person left them; True if the columns (and with
        them the sort order) were restored."""
        settings = app_settings()
        splitter = settings.value(self._setting("splitter"))
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        editor_width = settings.value(self._setting("editor_width"))
        with suppress(TypeError, ValueError):  # not remembered yet (or spoiled): the default
            self._editor_width = max(int(editor_width), self.slim_width())
        self._arrange()
        columns = settings.value(self._setting("columns"))
        header = self.view.horizontalHeader()
        restored = isinstance(columns, QByteArray) and header.restoreState(columns)
        if restored and settings.value(self._setting("columns_language")) != QLocale().name():
            # Widths chosen in another language: widen what the words of this one need.
            last = header.logicalIndex(header.count() - 1)  # stretches anyway
            for number in range(header.count()):
                wanted = self.words_width(self.view, number)
                if number != last and header.sectionSize(number) < wanted:
                    header.resizeSection(number, wanted)
        return restored

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
        if self._stale:
            self.reload()
