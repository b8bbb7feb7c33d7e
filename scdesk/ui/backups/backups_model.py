"""The list of an organization's backups as a table: when, why, how big."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scdesk.storage.backup import Backup
from scdesk.ui.backups.wording import local_time, reason_text, size_text

WHEN, WHY, SIZE = range(3)
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """Backups, newest first; BACKUP_ROLE gives the Backup itself."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Why"), self.tr("Size"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        backup = self.backups[index.row()]
        if role == BACKUP_ROLE:
            return backup
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == WHEN:
                return local_time(backup.created, seconds=True)
            if index.column() == WHY:
                return reason_text(backup.reason)
            return size_text(backup.database_bytes + backup.attachment_bytes)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return backup.path.name
        return None
