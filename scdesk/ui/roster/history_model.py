"""The history of roster files sent and received, as a table model (no widgets here)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from scdesk.interchange.roster.state import HistoryEntry

WHEN, DIRECTION, KIND, NUMBER, PEER, WHAT, FILE = range(7)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterHistory", text)


def describe_counts(entry: HistoryEntry) -> str:
    """What a file held (sent) or changed (received), in words."""
    counts = entry.counts
    if entry.direction == "sent":
        return _tr("{persons} people, {memberships} posts held").format(
            persons=counts.get("persons", 0), memberships=counts.get("memberships", 0)
        )
    if not (counts.get("added") or counts.get("changed") or counts.get("removed")):
        return _tr("no changes")
    text = _tr("{added} added, {changed} changed, {removed} removed").format(
        added=counts.get("added", 0),
        changed=counts.get("changed", 0),
        removed=counts.get("removed", 0),
    )
    if counts.get("conflicts"):
        text += _tr("; {conflicts} conflicts settled").format(conflicts=counts["conflicts"])
    return text


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry] | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.entries: list[HistoryEntry] = entries or []
        self.headers = [
            self.tr("When"),
            self.tr("Sent or received"),
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("To or from"),
            self.tr("What"),
            self.tr("File"),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == WHEN:
            return entry.recorded_at.strftime("%Y-%m-%d %H:%M")
        if column == DIRECTION:
            return self.tr("Sent") if entry.direction == "sent" else self.tr("Received")
        if column == KIND:
            kind = self.tr("Everything") if entry.kind == "full" else self.tr("Changes only")
            return kind + (self.tr(" (encrypted)") if entry.encrypted else "")
        if column == NUMBER:
            return str(entry.sequence)
        if column == PEER:
            return entry.peer_name or self.tr("the central directory")
        if column == WHAT:
            return describe_counts(entry)
        return entry.file_name
