"""The volunteer hours list's table model: its columns and how they read."""

from __future__ import annotations

from scdesk.model.enums import HoursPurpose
from scdesk.operations.lists import HOURS, HoursFilter
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RIGHT, RecordTableModel, TableColumn

WORKED_ON, PERSON, HOURS_GIVEN, PURPOSE, ON, DESCRIPTION, APPROVED = range(7)


class HoursTableModel(RecordTableModel):
    """Every volunteer hours entry, newest first."""

    listing = HOURS
    empty_filter = HoursFilter
    first_sort = "worked_on"
    first_descending = True

    def table_columns(self) -> tuple[TableColumn, ...]:
        return (
            TableColumn(
                "worked_on", self.tr("Date"), formats.day, width=12, fits=formats.EVERY_MONTH
            ),
            TableColumn("person", self.tr("Volunteer"), width=20),
            TableColumn("hours", self.tr("Hours"), formats.hours, RIGHT, width=6),
            TableColumn(
                "purpose", self.tr("For"), formats.vocabulary, width=16, fits=tuple(HoursPurpose)
            ),
            TableColumn("on", self.tr("Exchange or committee"), width=24),
            TableColumn("description", self.tr("What was done"), width=28),
            TableColumn(
                "approved", self.tr("Approved"), formats.yes_no, width=9, fits=(True, False)
            ),
        )
