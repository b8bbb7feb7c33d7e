"""The Partnerships page: the partner cities abroad, by status and kind."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from scdesk.model import PartnershipKind, PartnershipStatus
from scdesk.operations.lists import PartnershipFilter
from scdesk.storage.database import Database
from scdesk.ui.lists import formats
from scdesk.ui.lists.filter_bar import FilterBar, chosen
from scdesk.ui.lists.partnerships_model import PartnershipsTableModel
from scdesk.ui.lists.record_list_page import RecordListPage


class PartnershipsPage(RecordListPage):
    kind = "partnership"

    search: QLineEdit
    status: QComboBox
    partnership_kind: QComboBox

    def make_model(self, database: Database) -> PartnershipsTableModel:
        return PartnershipsTableModel(database, self.current_filter(), self)

    def build_filters(self, bar: FilterBar) -> None:
        self.search = bar.add_search(self.tr("&Find:"), self.tr("City, region or signatory"))
        self.status = bar.add_choice(
            self.tr("Stat&us:"), self.tr("Any"), formats.vocabulary_choices(PartnershipStatus)
        )
        self.partnership_kind = bar.add_choice(
            self.tr("&Kind:"), self.tr("Any"), formats.vocabulary_choices(PartnershipKind)
        )

    def current_filter(self) -> PartnershipFilter:
        return PartnershipFilter(
            text=self.search.text(),
            status=chosen(self.status),
            kind=chosen(self.partnership_kind),
        )

    def new_text(self) -> str:
        return self.tr("&New partnership")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln partnership(s)", "", total)
        some = self.tr("{shown} of %Ln partnership(s)", "", total)
        return some.format(shown=formats.count(shown))
