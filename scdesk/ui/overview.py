"""The organization at a glance: its profile, how many records of each kind it holds, the
exchanges coming up, and the everyday tasks one click away.

It is the page a new window shows, so its figures are read on a worker: counting the
500,000 hours entries of a large organization would otherwise hold up the first paint.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scdesk.operations.organization_overview import (
    OrganizationOverview,
    UpcomingExchange,
    changes_so_far,
    overview,
)
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import country_name, day_text, translated_text
from scdesk.ui.latest_query import LatestQuery

EXCHANGE_LINK = "exchange:"


class OverviewPage(QWidget):
    open_record_requested = Signal(str, int)  # kind, id: an exchange chosen from "Coming up"
    new_record_requested = Signal(str)  # kind: a quick action such as "Record an exchange"
    section_requested = Signal(str)  # key: a quick action that only opens a section

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = org.database
        self.heading = QLabel()
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()  # the counts
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Organization overview"))
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.upcoming = QLabel()
        self.upcoming.setWordWrap(True)
        self.upcoming.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.upcoming.setAccessibleName(self.tr("Exchanges coming up"))
        self.upcoming.linkActivated.connect(self._link_activated)

        glance = QGroupBox(self.tr("At a glance"))
        QVBoxLayout(glance).addWidget(self.text)
        coming = QGroupBox(self.tr("Coming up"))
        coming_layout = QVBoxLayout(coming)
        coming_layout.addWidget(self.upcoming)
        coming_layout.addStretch(1)

        boxes = QHBoxLayout()
        boxes.addWidget(glance, 1)
        boxes.addWidget(coming, 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addLayout(boxes)
        layout.addWidget(self._quick_actions())
        layout.addStretch(1)
        # Scrolled, so the page never makes the window taller than a small screen allows,
        # however many figures arrive (at 200% font size too).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        scroller.setAccessibleName(self.tr("Overview"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.heading.setText(f"<h1>{escape(org.name)}</h1>")
        self.text.setText(escape(self.tr("Counting the records…")))
        self._shown: tuple[int, date] | None = None
        self.finder = LatestQuery(org.database, self)
        self.shown = self.finder.answered  # the newest figures are on the page
        QTimer.singleShot(0, self, self._first_refresh)  # dropped if the page goes first

    def _quick_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Everyday tasks"))
        grid = QGridLayout(box)
        actions = (
            (self.tr("Record an exchange"), lambda: self.new_record_requested.emit("exchange")),
            (self.tr("Log volunteer hours"), lambda: self.section_requested.emit("hours")),
            (self.tr("Add a person"), lambda: self.new_record_requested.emit("person")),
            (self.tr("Prepare the board report"), lambda: self.section_requested.emit("reports")),
            (
                self.tr("Send the roster to the directory"),
                lambda: self.section_requested.emit("roster"),
            ),
        )
        self.action_buttons: list[QPushButton] = []
        for index, (text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 3, index % 3)
            self.action_buttons.append(button)
        return box

    def reading(self) -> bool:
        """True until the figures asked for last are on the page (the first are asked for
        once the window is up)."""
        return self._shown is None or self.finder.pending()

    def _first_refresh(self) -> None:
        """Ask for the first figures once the window is painted: the window's first pass
        through the event loop paints it (the events it posted on show are handled before
        this one posted now). The worker's first question makes the database's engine
        (SQLAlchemy's SQLite dialect loads then: 35 ms of Python), which took the first
        paint from 10 ms to 30-45 ms when the two shared the interpreter."""
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Read the figures again; those on the page stay until the new ones arrive."""
        self.finder.ask(overview, self._show)

    def _show(self, data: OrganizationOverview) -> None:
        self._shown = (data.change_number, date.today())
        today = date.today()
        self.heading.setText(render_heading(data))
        self.text.setText(render_counts(data))
        self.upcoming.setText(self._render_upcoming(data.upcoming, today))

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the overview after editing elsewhere shows today's figures."""
        super().showEvent(event)
        if self._shown is None:
            # The first figures are still being read: no question for the database on the
            # interface thread, which would open its first connection before the first paint.
            return
        with self.database.session() as session:
            now = (changes_so_far(session), date.today())
        if now != self._shown:
            self.refresh()

    def status_text(self) -> str:
        return ""

    def _render_upcoming(self, upcoming: tuple[UpcomingExchange, ...], today: date) -> str:
        if not upcoming:
            return escape(self.tr("No exchange is planned yet. Record one to see it here."))
        under_way = self.tr("under way")
        rows = []
        for exchange in upcoming:
            when = day_text(exchange.starts_on)
            if exchange.ends_on and exchange.ends_on != exchange.starts_on:
                when = self.tr("{start} to {end}").format(
                    start=when, end=day_text(exchange.ends_on)
                )
            state = f" <i>({escape(under_way)})</i>" if exchange.under_way(today) else ""
            rows.append(
                f"<tr><td>{escape(when)}</td><td><a href='{EXCHANGE_LINK}{exchange.id}'>"
                f"{escape(exchange.title)}</a>{state}</td></tr>"
            )
        return f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"

    def _link_activated(self, link: str) -> None:
        if link.startswith(EXCHANGE_LINK):
            self.open_record_requested.emit("exchange", int(link.removeprefix(EXCHANGE_LINK)))


def render_heading(data: OrganizationOverview) -> str:
    place = ", ".join(p for p in (data.city, data.region, country_name(data.country)) if p)
    return f"<h1>{escape(data.name)}</h1><p>{escape(place)}</p>"


def render_counts(data: OrganizationOverview) -> str:
    rows = "".join(
        f"<tr><td>{escape(translated_text(label))}</td>"
        f"<td align='right'><b>{QLocale().toString(count)}</b></td></tr>"
        for label, count in data.counts
    )
    return f"<table cellspacing='0' cellpadding='4'>{rows}</table>"
