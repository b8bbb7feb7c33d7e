"""The options of a report: its period, and what it is about (a partnership, an exchange, a
person or committee for hours, the day of the directory). Only the options the chosen report
uses are shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from scdesk.reports.figures.choices import (
    Choice,
    committee_choices,
    exchange_choices,
    partnership_choices,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import ReportKind
from scdesk.storage.database import Database
from scdesk.ui.i18n import current_language

ALL = None  # the item data of "all committees" and "all exchanges"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportOptions(QWidget):
    """A form whose rows follow the chosen kind of report."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        last_year = date.today().year - 1
        self.kind = QComboBox()
        for kind, text in self._kind_names().items():
            self.kind.addItem(text, kind)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(last_year)
        self.use_dates = QCheckBox(self.tr("Choose the &dates instead of a year"))
        self.starts = QDateEdit(_qdate(date(last_year, 1, 1)))
        self.ends = QDateEdit(_qdate(date(last_year, 12, 31)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
        self.partnership = QComboBox()
        self.exchange = QComboBox()
        self.committee = QComboBox()
        for combo in (self.partnership, self.exchange, self.committee):
            # Long exchange titles must not push the preview aside; the popup shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(22)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Everyone (or type a name)"))
        self.approved_only = QCheckBox(self.tr("Count appro&ved hours only"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Report:"), self.kind, self.tr("Report")),
            (self.tr("&Year:"), self.year, self.tr("Year")),
            ("", self.use_dates, self.tr("Choose the dates instead of a year")),
            (self.tr("&From:"), self.starts, self.tr("First day")),
            (self.tr("&To:"), self.ends, self.tr("Last day")),
            (self.tr("&Partnership:"), self.partnership, self.tr("Partnership")),
            (self.tr("E&xchange:"), self.exchange, self.tr("Exchange")),
            (self.tr("&Committee:"), self.committee, self.tr("Committee")),
            (self.tr("P&erson:"), self.person, self.tr("Person")),
            ("", self.approved_only, self.tr("Count approved hours only")),
            (self.tr("Posts held &on:"), self.on, self.tr("Posts held on")),
        )
        for text, field, name in rows:
            field.setAccessibleName(name)
            self.form.addRow(text, field)
        self._fill_lists()
        self.kind.currentIndexChanged.connect(self._show_rows)
        self.use_dates.toggled.connect(self._show_rows)
        self.year.valueChanged.connect(self._fill_exchanges)
        self.starts.dateChanged.connect(self._fill_exchanges)
        self.ends.dateChanged.connect(self._fill_exchanges)
        for signal in (
            self.kind.currentIndexChanged,
            self.year.valueChanged,
            self.use_dates.toggled,
            self.partnership.currentIndexChanged,
            self.exchange.currentIndexChanged,
            self.committee.currentIndexChanged,
            self.approved_only.toggled,
        ):
            signal.connect(self.changed)
        self._show_rows()

    def _kind_names(self) -> dict[ReportKind, str]:
        return {
            ReportKind.ANNUAL: self.tr("Annual report"),
            ReportKind.PARTNERSHIP: self.tr("Partnership report"),
            ReportKind.HOURS: self.tr("Volunteer hours"),
            ReportKind.TRIP: self.tr("Trip sheet"),
            ReportKind.DIRECTORY: self.tr("Member directory"),
        }

    def chosen_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def choose_kind(self, kind: ReportKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def period(self) -> Period:
        """The period asked for; raises ValueError when the dates are the wrong way round."""
        if self.use_dates.isChecked():
            return Period(_pydate(self.starts.date()), _pydate(self.ends.date()))
        return Period.year(self.year.value())

    def _fill_lists(self) -> None:
        with self.database.session() as session:
            partnerships = partnership_choices(session, current_language())
            committees = committee_choices(session)
        _fill(self.partnership, partnerships)
        _fill(self.committee, committees, self.tr("All committees"))
        self._fill_exchanges()

    def _fill_exchanges(self) -> None:
        try:
            period = self.period()
        except ValueError:
            return
        with self.database.session() as session:
            exchanges = exchange_choices(session, period)
        everything = self.tr("All exchanges") if self.chosen_kind() is ReportKind.HOURS else None
        if everything != self.exchange.property("everything"):  # another report: start over
            self.exchange.clear()
            self.exchange.setProperty("everything", everything)
        _fill(self.exchange, exchanges, everything)

    def _show_rows(self) -> None:
        kind = self.chosen_kind()
        dated = kind in (ReportKind.ANNUAL, ReportKind.PARTNERSHIP, ReportKind.HOURS)
        dates = dated and self.use_dates.isChecked()
        visible = {
            self.year: (dated and not dates) or kind is ReportKind.TRIP,
            self.use_dates: dated,
            self.starts: dates,
            self.ends: dates,
            self.partnership: kind is ReportKind.PARTNERSHIP,
            self.exchange: kind in (ReportKind.TRIP, ReportKind.HOURS),
            self.committee: kind is ReportKind.HOURS,
            self.person: kind is ReportKind.HOURS,
            self.approved_only: kind is ReportKind.HOURS,
            self.on: kind is ReportKind.DIRECTORY,
        }
        for field, shown in visible.items():
            self.form.setRowVisible(field, shown)
        self._fill_exchanges()


def _fill(combo: QComboBox, choices: list[Choice], everything: str | None = None) -> None:
    """Refill a list, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, ALL)
    for record_id, text in choices:
        combo.addItem(text, record_id)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)
