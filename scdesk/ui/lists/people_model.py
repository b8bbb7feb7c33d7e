"""The people list's table model: its columns and how they read."""

from __future__ import annotations

from scdesk.model.enums import PersonCategory, PersonStatus
from scdesk.operations.lists import PEOPLE, PeopleFilter
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RecordTableModel, TableColumn

NAME, EMAIL, PHONE, CITY, CATEGORY, STATUS, MEMBER_SINCE = range(7)


class PeopleTableModel(RecordTableModel):
    """Everyone, by family name."""

    listing = PEOPLE
    empty_filter = PeopleFilter
    first_sort = "name"

    def table_columns(self) -> tuple[TableColumn, ...]:
        return (
            TableColumn("name", self.tr("Name"), width=24),
            TableColumn("email", self.tr("Email"), width=28),
            TableColumn("phone", self.tr("Phone"), width=19),  # "+233 32 202 0134" whole
            TableColumn("city", self.tr("City"), width=14),
            TableColumn(
                "category",
                self.tr("Category"),
                formats.vocabulary,
                width=18,
                fits=tuple(PersonCategory),
            ),
            TableColumn(
                "status", self.tr("Status"), formats.vocabulary, width=9, fits=tuple(PersonStatus)
            ),
            TableColumn(
                "member_since",
                self.tr("Member since"),
                formats.day,
                width=12,
                fits=formats.EVERY_MONTH,
            ),
        )
