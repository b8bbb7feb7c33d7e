"""The Reports page: choose a report and its options, preview it, print it, save it."""

from scdesk.ui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
