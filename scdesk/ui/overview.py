"""The organization at a glance: its profile and how many records of each kind it holds."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scdesk.operations.organization_overview import OrganizationOverview, overview
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import country_name, translated_text


class OverviewPage(QWidget):
    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = org.database
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Organization overview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        with self.database.session() as session:
            self.text.setText(render(overview(session)))

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
