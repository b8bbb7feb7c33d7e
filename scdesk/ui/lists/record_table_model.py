"""The table model every record list shares: it holds ids and fetches rows on demand.

The model knows how many records are shown and reads their ordered ids (sorted and
filtered in SQL, see scdesk.operations.lists) a block at a time, as rows are looked at:
reading all 500,000 ids of the hours list took a second under load, the first block of an
indexed order a millisecond. It asks the database for the values of a page of rows the
first time one of them is painted, keeping recently shown rows in a small cache. A row's
values become text only when the row is painted: a page holds 200 rows, a screen shows
about 30, and formatting dates and vocabulary took most of a search keystroke's time. Idea from
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
from sqlalchemy.orm import Session

from scdesk.operations.lists import (
    ListFilter,
    RecordList,
    count_ids,
    indexed_count,
    live_count,
    ordered_ids,
    position_of,
    rows_for,
    walks_index,
)
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
    # Values whose text the first width must fit, in the reader's language: every word of
    # a vocabulary, days of every month (month names differ in length from language to
    # language: "Sep", "sept.", "sept").
    fits: tuple[Any, ...] = ()


class CellTexts:
    """Makes a row's cell texts from its values, formatting each distinct value of a column
    once: a screenful repeats the same statuses, categories and days, and every formatter
    asks QLocale (a search keystroke formatted 350 cells in 1.9 ms, 0.4 ms with this)."""

    REMEMBERED = 20_000  # distinct values kept per column before starting afresh

    def __init__(self, columns: tuple[TableColumn, ...], positions: tuple[int, ...]) -> None:
        self._cells = tuple(
            (position, column.format, None if column.format is plain else {})
            for column, position in zip(columns, positions, strict=True)
        )

    def of(self, values: tuple[Any, ...]) -> tuple[str, ...]:
        texts = []
        for position, format_value, known in self._cells:
            value = values[position]
            if known is None:  # plain: its own text
                texts.append("" if value is None else str(value))
                continue
            text = known.get(value)
            if text is None:
                if len(known) >= self.REMEMBERED:
                    known.clear()
                text = known[value] = format_value(value)
            texts.append(text)
        return tuple(texts)


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
    BLOCK_SIZE = 2000  # ids read at once (a multiple of PAGE_SIZE)
    # Longer lists sort by a column without an index on a worker: SQLite reads every row
    # (3-6 s for 500,000 hours entries by volunteer), and the window must not freeze.
    SORT_ON_WORKER_ABOVE = 20_000

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
        positions = tuple(self.listing.keys.index(column.key) for column in self.columns)
        self._cell_texts = CellTexts(self.columns, positions)
        self._alignments = tuple(int(column.alignment.value) for column in self.columns)
        self._filters = filters if filters is not None else self.empty_filter()
        self._sort_key = self.first_sort
        self._descending = self.first_descending
        self._count = 0  # records shown
        self._blocks: dict[int, list[int]] = {}  # ids read so far, by block number
        self._first_short = False  # only the first page of the first block was read
        self._cache: OrderedDict[int, tuple[Any, ...]] = OrderedDict()  # values, by id
        self._texts: dict[int, tuple[str, ...]] = {}  # of the cached rows painted so far
        # The same texts by row, since the rows last moved: a paint asks for every role of
        # every cell, and a row found here costs one lookup instead of five.
        self._by_row: dict[int, tuple[str, ...]] = {}
        self._total: int | None = None
        self._counted_filters: ListFilter | None = None  # the filter self._count is for
        self.records_version = 0  # counts the reloads after records changed
        self._edits = 0  # counts records read again after an edit (see _show)
        self._finder = LatestQuery(database, self)
        self._locator = LatestQuery(database, self)
        self._version = 0  # counts the queries of ids, so a late position is not applied

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
        self._ask()

    def _ask(self) -> None:
        """Count (if the filter changed) and read the first block on the worker."""
        listing, filters = self.listing, self._filters
        order, sizes = (self._sort_key, self._descending), (self.BLOCK_SIZE, self.PAGE_SIZE)
        count = self._count if filters == self._counted_filters else None
        page, edits = self.PAGE_SIZE, (self.records_version, self._edits)

        def first_block_and_page(session: Session) -> tuple[int, list[int], dict]:
            found, first = _first_block(session, listing, filters, order, *sizes, count)
            return found, first, rows_for(session, listing, first[:page])

        self._finder.ask(first_block_and_page, lambda found: self._show(*found, filters, edits))

    def stop(self) -> None:
        """Drop the answers on their way and wait for the workers (before the database
        closes)."""
        for worker in (self._finder, self._locator):
            worker.forget()
            worker.wait()

    def finding(self) -> bool:
        """True while a search asked with `find`, or a sort on the worker, has not been
        answered."""
        return self._finder.pending()

    def _show(
        self,
        count: int,
        first: list[int],
        values: dict[int, tuple[Any, ...]],
        filters: ListFilter,
        edits: tuple[int, int],
    ) -> None:
        self.beginResetModel()
        self._version += 1
        self._count = count
        self._set_first_block(first)
        if edits == (self.records_version, self._edits):  # none since the worker read them
            self._keep(values)  # the first page's, read on the worker with the ids
        self._counted_filters = filters
        if not filters.conditions():
            self._total = count
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
        """Count the records shown and read the first block of their ids in the current
        order. Cached rows stay valid unless records changed; the count and the total are
        counted again only then (or when the filter changed)."""
        self._finder.forget()  # this answer is newer than any search still running
        self.beginResetModel()
        self._version += 1
        with self.database.session() as session:
            known = None if recount or self._counted_filters != self._filters else self._count
            self._count, first = _first_block(
                session,
                self.listing,
                self._filters,
                (self._sort_key, self._descending),
                self.BLOCK_SIZE,
                self.PAGE_SIZE,
                known,
            )
            self._set_first_block(first)
            self._counted_filters = self._filters
            if not self._filters.conditions():
                self._total = self._count
            elif recount or self._total is None:
                self._total = live_count(session, self.listing.model)
            # The view paints the first rows next: their values come in this same session
            # (a search keystroke opened a second one for them).
            self._fetch_page(session, first[: self.PAGE_SIZE])
        self.endResetModel()
        self.reloaded.emit()

    def refresh_record(self, record_id: int) -> None:
        """Read one record's values again, after it was edited."""
        self._edits += 1
        self._cache.pop(record_id, None)
        self._texts.pop(record_id, None)
        row = self.row_of(record_id)
        if row is not None:
            self._by_row.pop(row, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def record_id(self, row: int) -> int:
        found = self._id_at(row)
        if found is None:
            raise IndexError(f"no record at row {row}")
        return found

    def row_of(self, record_id: int) -> int | None:
        """The row of `record_id`, None if the list does not show it."""
        row = self.loaded_row_of(record_id)
        if row is not None:
            return row
        with self.database.session() as session:
            return self._position(record_id)(session)

    def loaded_row_of(self, record_id: int) -> int | None:
        """The row of `record_id` if its block of ids was read, else None."""
        for number, ids in self._blocks.items():
            if record_id in ids:
                return number * self.BLOCK_SIZE + ids.index(record_id)
        return None

    def locate(self, record_id: int, then: Callable[[int | None], None]) -> None:
        """Look for the row of `record_id` on a worker; `then(row)` on this thread, unless
        the list was queried again meanwhile (the row would be wrong)."""
        version = self._version
        self._locator.ask(
            self._position(record_id),
            lambda row: then(row) if version == self._version else None,
        )

    def _position(self, record_id: int) -> Callable[[Session], int | None]:
        listing, filters = self.listing, self._filters
        sort_key, descending = self._sort_key, self._descending
        return lambda session: position_of(
            session, listing, filters, sort_key, descending, record_id
        )

    def shown_count(self) -> int:
        return self._count

    def total_count(self) -> int:
        """Live records of this kind, whatever the filter."""
        return self._total or 0

    def cached_rows(self) -> int:
        return len(self._cache)

    # ----- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell on each paint: keep it lean.
        row = index.row()
        if role in TEXT_ROLES:
            texts = self._by_row.get(row)
            if texts is None:
                if not 0 <= row < self._count:
                    return None
                texts = self._row_values(row)
                if texts is None:
                    return None
                if len(self._by_row) >= self.CACHE_ROWS:
                    self._by_row.clear()
                self._by_row[row] = texts
            return texts[index.column()]
        if not 0 <= row < self._count:
            return None
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == RECORD_ID_ROLE:
            return self._id_at(row)
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
        indexed = self.listing.column(self._sort_key).indexed
        if self._count > self.SORT_ON_WORKER_ABOVE and not indexed:
            self._ask()  # the current order stays shown until the new one is read
        else:
            self._query(recount=False)

    # ----- fetching -----------------------------------------------------------------------------

    def _set_first_block(self, first: list[int]) -> None:
        """Forget the ids read before; `first` may be only the first page of the first block
        (see _first_block)."""
        self._blocks = {0: first}
        self._by_row.clear()
        self._first_short = len(first) < min(self.BLOCK_SIZE, self._count)

    def _id_at(self, row: int) -> int | None:
        """The id at `row`, reading its block of ids first if needed (None past the end,
        should records have gone since the list was counted)."""
        number, place = divmod(row, self.BLOCK_SIZE)
        ids = self._blocks.get(number)
        if ids is None or (number == 0 and self._first_short and place >= len(ids)):
            self._first_short = False
            with self.database.session() as session:
                ids = self._blocks[number] = self._read_block(session, number)
        return ids[place] if place < len(ids) else None

    def _read_block(self, session: Session, number: int) -> list[int]:
        """The ids of block `number`. SQLite steps over every row before an offset, so a
        block in the second half is read from the other end, in the reverse order (0.5 s
        instead of 0.1 s to show the last of 500,000 hours entries under load)."""
        start = number * self.BLOCK_SIZE
        end = min(start + self.BLOCK_SIZE, self._count)
        listing, filters, key = self.listing, self._filters, self._sort_key
        count, backwards = self._count, not self._descending
        if start > count // 2 and end > start:
            ids = ordered_ids(
                session, listing, filters, key, backwards, count - end, end - start, count
            )
            ids.reverse()
            return ids
        return ordered_ids(
            session, listing, filters, key, self._descending, start, self.BLOCK_SIZE, count
        )

    def _row_values(self, row: int) -> tuple[str, ...] | None:
        """The texts of a row's cells, formatted the first time the row is painted."""
        record_id = self._id_at(row)
        if record_id is None:
            return None
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
            texts = self._texts[record_id] = self._cell_texts.of(values)
        return texts

    def _fetch_page_around(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        ids = self._blocks[row // self.BLOCK_SIZE]  # read by _id_at just before
        place = start % self.BLOCK_SIZE
        page = ids[place : place + self.PAGE_SIZE]
        if any(i not in self._cache for i in page):
            with self.database.session() as session:
                self._fetch_page(session, page)  # it reads only those not cached

    def _fetch_page(self, session: Session, ids: list[int]) -> None:
        """Read the values of the records `ids` not cached yet."""
        wanted = [i for i in ids if i not in self._cache]
        if not wanted:
            return
        self._keep(rows_for(session, self.listing, wanted))

    def _keep(self, fetched: dict[int, tuple[Any, ...]]) -> None:
        """Cache records' values (a record edited since its texts were made gets new ones)."""
        for record_id, values in fetched.items():
            if self._cache.get(record_id) != values:
                self._texts.pop(record_id, None)
            self._cache[record_id] = values
            self._cache.move_to_end(record_id)
        while len(self._cache) > self.CACHE_ROWS:
            dropped, _values = self._cache.popitem(last=False)
            self._texts.pop(dropped, None)

    def _column_of(self, key: str) -> int:
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(key)


def _first_block(
    session: Session,
    listing: RecordList,
    filters: ListFilter,
    order: tuple[str, bool],
    block: int,
    page: int,
    count: int | None = None,
) -> tuple[int, list[int]]:
    """(records passing `filters`, the first ids of their first block).

    A search counted from its index alone is counted first: knowing that many records match
    ("m" finds 22,521 people), only the first page of ids is read, walking the sort's index
    (see ordered_ids); the rest of the block is read when a row below is looked at. Other
    lists are counted unless `count` is already known or the first block holds them all
    (most searches)."""
    if count is None:
        count = indexed_count(session, filters)
    if count is not None and walks_index(listing, order[0], page, count):
        return count, ordered_ids(session, listing, filters, *order, 0, page, count)
    first = ordered_ids(session, listing, filters, *order, 0, block, count)
    if count is None:
        count = len(first) if len(first) < block else count_ids(session, listing, filters)
    return count, first
