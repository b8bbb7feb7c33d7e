"""From any report's figures to its layout, and to a PDF file."""

from __future__ import annotations

from pathlib import Path

from scdesk.reports.figures.annual import AnnualFigures
from scdesk.reports.figures.directory import DirectoryFigures
from scdesk.reports.figures.hours_report import HoursReportFigures
from scdesk.reports.figures.partnership_report import PartnershipReportFigures
from scdesk.reports.figures.request import Figures
from scdesk.reports.figures.trip import TripSheet
from scdesk.reports.render.annual import annual_layout
from scdesk.reports.render.blocks import ReportLayout
from scdesk.reports.render.directory import directory_layout
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.hours import hours_layout
from scdesk.reports.render.partnership import partnership_layout
from scdesk.reports.render.pdf import write_pdf
from scdesk.reports.render.trip import trip_layout


def report_layout(figures: Figures, fmt: Formatter | None = None) -> ReportLayout:
    fmt = fmt or Formatter()
    match figures:
        case AnnualFigures():
            return annual_layout(figures, fmt)
        case PartnershipReportFigures():
            return partnership_layout(figures, fmt)
        case HoursReportFigures():
            return hours_layout(figures, fmt)
        case TripSheet():
            return trip_layout(figures, fmt)
        case DirectoryFigures():
            return directory_layout(figures, fmt)
    raise TypeError(f"No layout for {type(figures).__name__}")


def write_report_pdf(figures: Figures, target: Path) -> list[Path]:
    return write_pdf(report_layout(figures), target)
