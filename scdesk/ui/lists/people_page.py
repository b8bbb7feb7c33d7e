"""The People page: everyone the organization knows, found by name, email, phone or skill."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from scdesk.model import PersonCategory, PersonStatus
from scdesk.operations.lists import PeopleFilter
from scdesk.operations.lists.choices import committee_choices
from scdesk.storage.database import Database
from scdesk.ui.lists import formats
from scdesk.ui.lists.filter_bar import FilterBar, chosen
from scdesk.ui.lists.people_model import PeopleTableModel
from scdesk.ui.lists.record_list_page import RecordListPage


class PeoplePage(RecordListPage):
    kind = "person"

    search: QLineEdit
    category: QComboBox
    status: QComboBox
    committee: QComboBox

    def make_model(self, database: Database) -> PeopleTableModel:
        return PeopleTableModel(database, self.current_filter(), self)

    def build_filters(self, bar: FilterBar) -> None:
        self.search = bar.add_search(
            self.tr("&Find:"), self.tr("Name, email, phone, skill or language")
        )
        self.category = bar.add_choice(
            self.tr("Ca&tegory:"),
            self.tr("Any"),
            formats.vocabulary_choices(PersonCategory),
        )
        self.status = bar.add_choice(
            self.tr("Stat&us:"),
            self.tr("Any"),
            formats.vocabulary_choices(PersonStatus),
        )
        with self.org.database.session() as session:
            committees = committee_choices(session)
        self.committee = bar.add_choice(self.tr("Co&mmittee:"), self.tr("Any"), committees)

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            text=self.search.text(),
            category=chosen(self.category),
            status=chosen(self.status),
            committee_id=chosen(self.committee),
        )

    def new_text(self) -> str:
        return self.tr("&New person")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln person(s)", "", total)
        some = self.tr("{shown} of %Ln person(s)", "", total)
        return some.format(shown=formats.count(shown))
