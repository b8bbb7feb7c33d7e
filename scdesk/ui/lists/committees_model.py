"""The committees list's table model: its columns and how they read."""

from __future__ import annotations

from scdesk.model.enums import CommitteeKind
from scdesk.operations.lists import COMMITTEES, CommitteeFilter
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RIGHT, RecordTableModel, TableColumn

NAME, KIND, PARTNERSHIP, CHAIR, MEMBERS, LAST_MEETING = range(6)


class CommitteesTableModel(RecordTableModel):
    """Every committee, by name, with its current chair and number of members."""

    listing = COMMITTEES
    empty_filter = CommitteeFilter
    first_sort = "name"

    def table_columns(self) -> tuple[TableColumn, ...]:
        return (
            TableColumn("name", self.tr("Committee"), width=26),
            TableColumn(
                "kind", self.tr("Kind"), formats.vocabulary, width=20, fits=tuple(CommitteeKind)
            ),
            TableColumn("partnership", self.tr("Partnership"), width=14),
            TableColumn("chair", self.tr("Chair"), width=20),
            TableColumn("members", self.tr("Members"), formats.count, RIGHT, width=8),
            TableColumn(
                "last_meeting",
                self.tr("Last meeting"),
                formats.day,
                width=12,
                fits=formats.EVERY_MONTH,
            ),
        )
