"""The Committees page: partnership committees and standing ones, with their chairs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from scdesk.model import CommitteeKind
from scdesk.operations.lists import CommitteeFilter
from scdesk.operations.lists.choices import partnership_choices
from scdesk.storage.database import Database
from scdesk.ui.i18n import current_language
from scdesk.ui.lists import formats
from scdesk.ui.lists.committees_model import CommitteesTableModel
from scdesk.ui.lists.filter_bar import FilterBar, chosen
from scdesk.ui.lists.record_list_page import RecordListPage


class CommitteesPage(RecordListPage):
    kind = "committee"

    search: QLineEdit
    committee_kind: QComboBox
    partnership: QComboBox

    def make_model(self, database: Database) -> CommitteesTableModel:
        return CommitteesTableModel(database, self.current_filter(), self)

    def build_filters(self, bar: FilterBar) -> None:
        self.search = bar.add_search(self.tr("&Find:"), self.tr("Name or description"))
        self.committee_kind = bar.add_choice(
            self.tr("&Kind:"), self.tr("Any"), formats.vocabulary_choices(CommitteeKind)
        )
        with self.org.database.session() as session:
            partnerships = partnership_choices(session, current_language())
        self.partnership = bar.add_choice(self.tr("&Partnership:"), self.tr("Any"), partnerships)

    def current_filter(self) -> CommitteeFilter:
        return CommitteeFilter(
            text=self.search.text(),
            kind=chosen(self.committee_kind),
            partnership_id=chosen(self.partnership),
        )

    def new_text(self) -> str:
        return self.tr("&New committee")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln committee(s)", "", total)
        some = self.tr("{shown} of %Ln committee(s)", "", total)
        return some.format(shown=formats.count(shown))
