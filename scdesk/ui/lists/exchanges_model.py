"""The exchanges list's table model: its columns and how they read."""

from __future__ import annotations

from scdesk.model.enums import ExchangeDirection, ExchangeField, ExchangeStatus
from scdesk.operations.lists import EXCHANGES, ExchangeFilter
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RIGHT, RecordTableModel, TableColumn

TITLE, STARTS_ON, FIELD, DIRECTION, STATUS, PARTNERSHIP, COMMITTEE, PARTICIPANTS = range(8)


class ExchangesTableModel(RecordTableModel):
    """Every exchange, newest first."""

    listing = EXCHANGES
    empty_filter = ExchangeFilter
    first_sort = "starts_on"
    first_descending = True

    def table_columns(self) -> tuple[TableColumn, ...]:
        return (
            TableColumn("title", self.tr("Exchange"), width=36),
            TableColumn(
                "starts_on", self.tr("Starts"), formats.day, width=12, fits=formats.EVERY_MONTH
            ),
            TableColumn(
                "field", self.tr("Field"), formats.vocabulary, width=14, fits=tuple(ExchangeField)
            ),
            TableColumn(
                "direction",
                self.tr("Direction"),
                formats.short_vocabulary,
                width=10,
                fits=tuple(ExchangeDirection),
            ),
            TableColumn(
                "status",
                self.tr("Status"),
                formats.vocabulary,
                width=10,
                fits=tuple(ExchangeStatus),
            ),
            TableColumn("partnership", self.tr("Partnership"), width=13),
            TableColumn("committee", self.tr("Committee"), width=20),
            TableColumn("participants", self.tr("Participants"), formats.count, RIGHT, width=10),
        )
