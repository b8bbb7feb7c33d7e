"""The Exchanges page: visits, trips and virtual link-ups, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from scdesk.model import ExchangeDirection, ExchangeField, ExchangeStatus
from scdesk.operations.lists import ExchangeFilter
from scdesk.operations.lists.choices import committee_choices, exchange_years, partnership_choices
from scdesk.storage.database import Database
from scdesk.ui.i18n import current_language
from scdesk.ui.lists import formats
from scdesk.ui.lists.exchanges_model import ExchangesTableModel
from scdesk.ui.lists.filter_bar import FilterBar, chosen
from scdesk.ui.lists.record_list_page import RecordListPage


class ExchangesPage(RecordListPage):
    kind = "exchange"

    search: QLineEdit
    year: QComboBox
    status: QComboBox
    field: QComboBox
    direction: QComboBox
    partnership: QComboBox
    committee: QComboBox

    def make_model(self, database: Database) -> ExchangesTableModel:
        return ExchangesTableModel(database, self.current_filter(), self)

    def build_filters(self, bar: FilterBar) -> None:
        with self.org.database.session() as session:
            years = [(year, str(year)) for year in exchange_years(session)]
            partnerships = partnership_choices(session, current_language())
            committees = committee_choices(session)
        self.search = bar.add_search(self.tr("&Find:"), self.tr("Title, place or outcome"))
        self.year = bar.add_choice(self.tr("&Year:"), self.tr("Any"), years)
        self.status = bar.add_choice(
            self.tr("Stat&us:"), self.tr("Any"), formats.vocabulary_choices(ExchangeStatus)
        )
        self.field = bar.add_choice(
            self.tr("F&ield:"), self.tr("Any"), formats.vocabulary_choices(ExchangeField)
        )
        self.direction = bar.add_choice(
            self.tr("&Direction:"), self.tr("Any"), formats.vocabulary_choices(ExchangeDirection)
        )
        self.partnership = bar.add_choice(self.tr("&Partnership:"), self.tr("Any"), partnerships)
        self.committee = bar.add_choice(self.tr("Co&mmittee:"), self.tr("Any"), committees)

    def current_filter(self) -> ExchangeFilter:
        return ExchangeFilter(
            text=self.search.text(),
            year=chosen(self.year),
            status=chosen(self.status),
            field=chosen(self.field),
            direction=chosen(self.direction),
            partnership_id=chosen(self.partnership),
            committee_id=chosen(self.committee),
        )

    def new_text(self) -> str:
        return self.tr("&New exchange")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln exchange(s)", "", total)
        some = self.tr("{shown} of %Ln exchange(s)", "", total)
        return some.format(shown=formats.count(shown))
