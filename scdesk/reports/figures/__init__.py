"""The numbers behind each report, computed in SQL and returned as plain dataclasses.

Nothing here imports Qt: the command line, the tests and the renderer all read the same
figures, so every number on paper can be traced back to the records.
"""

from scdesk.reports.figures.request import ReportKind, ReportRequest, collect_figures

__all__ = ["ReportKind", "ReportRequest", "collect_figures"]
