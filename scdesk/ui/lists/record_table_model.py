"""The table model every record list shares: it holds ids and fetches rows on demand.

The model keeps the ordered ids of the records shown (sorted and filtered in SQL, see
scdesk.operations.lists) and asks the database for the values of a page of rows the first
time one of them is painted, keeping recently shown rows in a small cache. A row's values
become text only when the row is painted: a page holds 200 rows, a screen shows about 30,
and formatting dates and vocabulary took most of a search keystroke's time. Idea from
Anki's qt/aqt/browser/table/model.py; no QSortFilterProxyModel is involved.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from scdesk.operations.lists import ListFilter, RecordList, live_count, ordered_ids, rows_for
from scdesk.storage.database import Database
from scdesk.ui.latest_query import LatestQuery

Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[Any], str]

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
# Roles as plain ints: data() compares them for every cell painted.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TEXT_ROLES = frozenset({DISPLAY, Qt.ItemDataRole.ToolTipRole.value})
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value


def plain(value: Any) -> str:
    """Text of a value as stored; nothing for an empty one."""
    return "" if value is None else str(value)


@dataclass(frozen=True)
class TableColumn:
    """How a list column is shown: its title, its text and its alignment."""

    key: str  # the key of the column in the RecordList
    title: str
    format: Formatter = plain
    alignment: Qt.AlignmentFlag = field(default=LEFT)
    width: int = 12  # first width, in average characters (the person may change it)


class RecordTableModel(QAbstractTableModel):
    """Ordered ids of one kind of record, with their values fetched a page at a time.

    A subclass names its list, its columns and its first order:

        class PeopleTableModel(RecordTableModel):
            listing = PEOPLE
            empty_filter = PeopleFilter
            first_sort = "name"
            def table_columns(self): return (TableColumn("name", self.tr("Name")), …)
    """

    PAGE_SIZE = 200
    CACHE_ROWS = 2000

    listing: ClassVar[RecordList]
    empty_filter: ClassVar[Callable[[], ListFilter]]
    first_sort: ClassVar[str]
    first_descending: ClassVar[bool] = False

    reloaded = Signal()  # the ids were queried again (sort, filter or refresh)

    def __init__(
        self,
        database: Database,
        filters: ListFilter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.columns = self.table_columns()
        # Where each shown column's value sits in a row of the list (fails early on a typo).
        self._positions = tuple(self.listing.keys.index(column.key) for column in self.columns)
        self._alignments = tuple(int(column.alignment.value) for column in self.columns)
        self._filters = filters if filters is not None else self.empty_filter()
        self._sort_key = self.first_sort
        self._descending = self.first_descending
        self._ids: list[int] = []
        self._cache: OrderedDict[int, tuple[Any, ...]] = OrderedDict()  # values, by id
        self._texts: dict[int, tuple[str, ...]] = {}  # of the cached rows painted so far
        self._total: int | None = None
        self.records_version = 0  # counts the reloads after records changed
        self._finder = LatestQuery(database, self)

    def table_columns(self) -> tuple[TableColumn, ...]:
        raise NotImplementedError

    # ----- what the page asks ---------------------------------------------------------------

    @property
    def filters(self) -> ListFilter:
        return self._filters

    def set_filters(self, filters: ListFilter) -> None:
        """Show the records passing `filters`, in the current order."""
        self._filters = filters
        self._query(recount=False)

    def find(self, filters: ListFilter) -> None:
        """Show the records passing `filters` once a worker has found them, so typing in a
        search box never waits for the database; only the newest answer is shown."""
        self._filters = filters
        listing, sort_key, descending = self.listing, self._sort_key, self._descending
        self._finder.ask(
            lambda session: ordered_ids(session, listing, filters, sort_key, descending),
            lambda ids: self._show_ids(ids, filters),
        )

    def finding(self) -> bool:
        """True while a search asked with `find` has not been answered."""
        return self._finder.pending()

    def _show_ids(self, ids: list[int], filters: ListFilter) -> None:
        self.beginResetModel()
        self._ids = ids
        if not filters.conditions():
            self._total = len(ids)
        self.endResetModel()
        self.reloaded.emit()

    def sort_column(self) -> int:
        return self._column_of(self._sort_key)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Query again after records changed: the ids, the total, and every cached row."""
        self.records_version += 1
        self._cache.clear()
        self._texts.clear()
        self._query(recount=True)

    def _query(self, recount: bool) -> None:
        """Ask for the ids in the current order and filter. Cached rows stay valid unless
        records changed, and the total is counted again only then (or when unknown)."""
        self._finder.forget()  # this answer is newer than any search still running
        self.beginResetModel()
        with self.database.session() as session:
            self._ids = ordered_ids(
                session, self.listing, self._filters, self._sort_key, self._descending
            )
            if not self._filters.conditions():
                self._total = len(self._ids)
            elif recount or self._total is None:
                self._total = live_count(session, self.listing.model)
        self.endResetModel()
        self.reloaded.emit()

    def refresh_record(self, record_id: int) -> None:
        """Read one record's values again, after it was edited."""
        self._cache.pop(record_id, None)
        self._texts.pop(record_id, None)
        row = self.row_of(record_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def shown_count(self) -> int:
        return len(self._ids)

    def total_count(self) -> int:
        """Live records of this kind, whatever the filter."""
        return self._total or 0

    def cached_rows(self) -> int:
        return len(self._cache)

    # ----- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell on each paint: keep it lean.
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role in TEXT_ROLES:
            values = self._row_values(row)
            return values[index.column()] if values is not None else None
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == RECORD_ID_ROLE:
            return self._ids[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].alignment.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_key = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._query(recount=False)

    # ----- fetching -----------------------------------------------------------------------------

    def _row_values(self, row: int) -> tuple[str, ...] | None:
        """The texts of a row's cells, formatted the first time the row is painted."""
        record_id = self._ids[row]
        values = self._cache.get(record_id)
        if values is None:
            self._fetch_page_around(row)
            values = self._cache.get(record_id)
            if values is None:
                return None
        else:
            self._cache.move_to_end(record_id)
        texts = self._texts.get(record_id)
        if texts is None:
            texts = tuple(
                column.format(values[position])
                for column, position in zip(self.columns, self._positions, strict=True)
            )
            self._texts[record_id] = texts
        return texts

    def _fetch_page_around(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        wanted = [i for i in self._ids[start : start + self.PAGE_SIZE] if i not in self._cache]
        with self.database.session() as session:
            fetched = rows_for(session, self.listing, wanted)
        for record_id in wanted:
            values = fetched.get(record_id)
            if values is not None:
                self._cache[record_id] = values
        while len(self._cache) > self.CACHE_ROWS:
            dropped, _values = self._cache.popitem(last=False)
            self._texts.pop(dropped, None)

    def _column_of(self, key: str) -> int:
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(key)
