"""The people list's table model: its columns and how they read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from scdesk.model import PersonCategory, PersonStatus
from scdesk.operations.lists import PEOPLE, PeopleFilter
from scdesk.storage.database import Database
from scdesk.ui.lists import formats
from scdesk.ui.lists.record_table_model import RecordTableModel, TableColumn

NAME, EMAIL, PHONE, CITY, CATEGORY, STATUS, MEMBER_SINCE = range(7)


def people_columns() -> tuple[TableColumn, ...]:
    def t(text: str) -> str:
        return QCoreApplication.translate("PeopleList", text)

    return (
        TableColumn("name", t("Name")),
        TableColumn("email", t("Email")),
        TableColumn("phone", t("Phone")),
        TableColumn("city", t("City")),
        TableColumn("category", t("Category"), formats.vocabulary_of(PersonCategory)),
        TableColumn("status", t("Status"), formats.vocabulary_of(PersonStatus)),
        TableColumn("member_since", t("Member since"), formats.day),
    )


class PeopleTableModel(RecordTableModel):
    def __init__(
        self,
        database: Database,
        filters: PeopleFilter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            database, PEOPLE, people_columns(), filters or PeopleFilter(), "name", parent=parent
        )
