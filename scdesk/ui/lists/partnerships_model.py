"""The partnerships list's table model: its columns and how they read."""

from __future__ import annotations

from scdesk.model.enums import PartnershipKind, PartnershipStatus
from scdesk.operations.lists import PARTNERSHIPS, PartnershipFilter
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RIGHT, RecordTableModel, TableColumn

CITY, COUNTRY, KIND, STATUS, SIGNED_ON, EXCHANGES = range(6)


class PartnershipsTableModel(RecordTableModel):
    """Every partnership, by partner city."""

    listing = PARTNERSHIPS
    empty_filter = PartnershipFilter
    first_sort = "city"

    def table_columns(self) -> tuple[TableColumn, ...]:
        return (
            TableColumn("city", self.tr("Partner city"), width=18),
            TableColumn("country", self.tr("Country"), formats.country, width=16),
            TableColumn(
                "kind", self.tr("Kind"), formats.vocabulary, width=14, fits=tuple(PartnershipKind)
            ),
            TableColumn(
                "status",
                self.tr("Status"),
                formats.vocabulary,
                width=10,
                fits=tuple(PartnershipStatus),
            ),
            TableColumn(
                "signed_on", self.tr("Signed"), formats.day, width=12, fits=formats.EVERY_MONTH
            ),
            TableColumn("exchanges", self.tr("Exchanges"), formats.count, RIGHT, width=9),
        )
