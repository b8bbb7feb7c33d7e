"""The organization at a glance: its profile and how many records of each kind it holds.

It is the page a new window shows, so its figures are counted on a worker: counting the
500,000 hours entries of a large organization would otherwise hold up the first paint.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scdesk.operations.organization_overview import OrganizationOverview, overview
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import country_name, translated_text
from scdesk.ui.latest_query import LatestQuery


class OverviewPage(QWidget):
    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Organization overview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        counting = self.tr("Counting the records…")
        self.text.setText(f"<h1>{escape(org.name)}</h1><p>{escape(counting)}</p>")
        self.finder = LatestQuery(org.database, self)
        self.shown = self.finder.answered  # the newest figures are on the page
        self.refresh()

    def refresh(self) -> None:
        """Count again; the figures on the page stay until the new ones arrive."""
        self.finder.ask(overview, lambda data: self.text.setText(render(data)))

    def status_text(self) -> str:
        return ""


def render(data: OrganizationOverview) -> str:
    place = ", ".join(p for p in (data.city, data.region, country_name(data.country)) if p)
    rows = "".join(
        f"<tr><td>{escape(translated_text(label))}</td>"
        f"<td align='right'><b>{QLocale().toString(count)}</b></td></tr>"
        for label, count in data.counts
    )
    return (
        f"<h1>{escape(data.name)}</h1><p>{escape(place)}</p>"
        f"<table cellspacing='0' cellpadding='6'>{rows}</table>"
    )
