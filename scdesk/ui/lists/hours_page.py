"""The Hours page: volunteer hours by person, committee, exchange and dates, with totals."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QVBoxLayout

from scdesk.model import HoursPurpose
from scdesk.operations.lists import HoursFilter, HoursTotals, hours_totals
from scdesk.operations.lists.choices import committee_choices
from scdesk.storage.database import Database
from scdesk.ui.counted import hours_text
from scdesk.ui.latest_query import LatestQuery
from scdesk.ui.lists import formats
from scdesk.ui.lists.filter_bar import FilterBar, chosen, picked_date
from scdesk.ui.lists.hours_model import HoursTableModel
from scdesk.ui.lists.record_list_page import RecordListPage


class HoursPage(RecordListPage):
    kind = "hours"

    person: QLineEdit
    exchange: QLineEdit
    committee: QComboBox
    purpose: QComboBox
    approval: QComboBox
    worked_from: QDateEdit
    worked_until: QDateEdit
    totals: QLabel

    def make_model(self, database: Database) -> HoursTableModel:
        return HoursTableModel(database, self.current_filter(), self)

    def build_footer(self, layout: QVBoxLayout) -> None:
        self._totals_for: tuple[object, int] | None = None
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals of the hours shown"))
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        # Adding up 500,000 entries takes a while: done on a worker, the newest sum wins.
        self.totals_finder = LatestQuery(self.org.database, self)
        self.totals_shown = self.totals_finder.answered
        self.model.reloaded.connect(self._add_up_totals)

    def build_filters(self, bar: FilterBar) -> None:
        with self.org.database.session() as session:
            committees = committee_choices(session)
        self.person = bar.add_search(self.tr("&Volunteer:"), self.tr("Name, email or phone"))
        self.exchange = bar.add_search(self.tr("E&xchange:"), self.tr("Title or place"))
        self.committee = bar.add_choice(self.tr("Co&mmittee:"), self.tr("Any"), committees)
        self.purpose = bar.add_choice(
            self.tr("F&or:"), self.tr("Anything"), formats.vocabulary_choices(HoursPurpose)
        )
        self.approval = bar.add_choice(
            self.tr("&Approved:"),
            self.tr("Approved or not"),
            [(True, self.tr("Approved")), (False, self.tr("Waiting for approval"))],
        )
        self.worked_from = bar.add_date(self.tr("Fro&m:"), self.tr("any date"))
        self.worked_until = bar.add_date(self.tr("&Until:"), self.tr("any date"))

    def current_filter(self) -> HoursFilter:
        return HoursFilter(
            person_text=self.person.text(),
            exchange_text=self.exchange.text(),
            committee_id=chosen(self.committee),
            purpose=chosen(self.purpose),
            approved=chosen(self.approval),
            worked_from=picked_date(self.worked_from),
            worked_until=picked_date(self.worked_until),
        )

    def new_text(self) -> str:
        return self.tr("&Log hours")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln hours entry(s)", "", total)
        some = self.tr("{shown} of %Ln hours entry(s)", "", total)
        return some.format(shown=formats.count(shown))

    def stop_work(self) -> None:
        super().stop_work()
        self.totals_finder.forget()
        self.totals_finder.wait()

    def _add_up_totals(self) -> None:
        # Sorting changes no total: add up again only for other filters or changed records.
        wanted = (self.model.filters, self.model.records_version)
        if wanted == self._totals_for:
            return
        self._totals_for = wanted
        self.totals.setText(self.tr("Adding up the hours…"))
        filters = self.model.filters
        self.totals_finder.ask(
            lambda session: hours_totals(session, filters),  # type: ignore[arg-type]
            self._show_totals,
        )

    def _show_totals(self, totals: HoursTotals) -> None:
        entries = totals.entries
        self.totals.setText(
            self.tr(
                "<b>{hours}</b> in {entries}: {approved} approved, {waiting} waiting for approval"
            ).format(
                hours=hours_text(totals.hours),
                entries=self.tr("%Ln entry(s)", "", entries),
                approved=formats.hours(totals.approved_hours),
                waiting=formats.hours(totals.unapproved_hours),
            )
        )
