"""The Reports page: options on the left, the printed pages previewed on the right, and
buttons to print and to save as PDF, CSV, XLSX or iCalendar.

The figures are counted and the files written off the interface thread; the preview paints
the pages the same code writes into a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.errors import RuleViolation
from scdesk.reports.figures.lookup import NotFound, find_person
from scdesk.reports.figures.request import (
    FORMATS,
    Figures,
    IncompleteRequest,
    OutputFormat,
    ReportKind,
    ReportRequest,
    collect_figures,
)
from scdesk.reports.files import save_calendar, save_tables
from scdesk.reports.render.blocks import ReportLayout
from scdesk.reports.render.pages import paint_report, paper_for, set_up_pages
from scdesk.reports.render.pdf import write_pdf
from scdesk.reports.render.report import report_layout
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import current_language, error_text, rule_message
from scdesk.ui.reports.logo import ReportLogo
from scdesk.ui.reports.options import ReportOptions
from scdesk.ui.settings import app_settings
from scdesk.ui.tasks import Progress, TaskRunner

LAST_FOLDER = "reports/last_folder"
LAST_KIND = "reports/last_kind"
EXPLAINED = (IncompleteRequest, NotFound, LookupError, RuleViolation, ValueError, OSError)


class ReportsPage(QWidget):
    previewReady = Signal()
    saved = Signal(list)
    failed = Signal(str)

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.runner = TaskRunner(self)
        self.layout_shown: ReportLayout | None = None
        self.options = ReportOptions(org.database)
        self.logo = ReportLogo(org)
        self.status = QLabel(self.tr("Choose a report and press Preview."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        for button, name in (
            (self.preview_button, self.tr("Preview the report")),
            (self.print_button, self.tr("Print the report")),
            (self.save_button, self.tr("Save the report as a file")),
        ):
            button.setAccessibleName(name)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_pages(self.printer, paper_for())
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setAccessibleName(self.tr("Report preview"))
        for view in self.preview.findChildren(QGraphicsView):  # it is what takes the focus
            view.setAccessibleName(self.preview.accessibleName())
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint)

        side = QVBoxLayout()
        side.addWidget(self.options)
        side.addWidget(self.logo)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addWidget(self.preview, 1)
        self.setTabOrder(self.options, self.logo.choose_button)
        self.setTabOrder(self.logo.choose_button, self.logo.remove_button)
        self.setTabOrder(self.logo.remove_button, self.preview_button)
        self.setTabOrder(self.preview_button, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)

        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.options.changed.connect(self._forget_layout)
        self.logo.changed.connect(self._forget_layout)
        self.logo.failed.connect(self.status.setText)
        remembered = app_settings().value(LAST_KIND, "", str)
        if remembered in {k.value for k in ReportKind}:
            self.options.choose_kind(ReportKind(remembered))
        self._forget_layout()

    # The request -----------------------------------------------------------------------

    def build_request(self) -> ReportRequest:
        """What the options ask for; raises an explained error when something is missing."""
        kind = self.options.chosen_kind()
        o = self.options
        person_id = None
        if kind is ReportKind.HOURS and o.person.text().strip():
            with self.org.database.session() as session:
                person_id = find_person(session, o.person.text().strip())
        return ReportRequest(
            kind,
            period=o.period(),
            partnership_id=o.partnership.currentData() if kind is ReportKind.PARTNERSHIP else None,
            exchange_id=o.exchange.currentData()
            if kind in (ReportKind.TRIP, ReportKind.HOURS)
            else None,
            person_id=person_id,
            committee_id=o.committee.currentData() if kind is ReportKind.HOURS else None,
            approved_only=kind is ReportKind.HOURS and o.approved_only.isChecked(),
            on=o.on.date().toPython() if kind is ReportKind.DIRECTORY else None,
            language=current_language(),
        )

    def _figures_work(self, request: ReportRequest) -> Callable[[Progress], Figures]:
        database, attachments = self.org.database, self.org.folder.attachments

        def work(_progress: Progress) -> Figures:
            with database.session() as session:
                return collect_figures(session, request, attachments)

        return work

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> bool:
        if self.runner.running():
            self.status.setText(self.tr("Still working on the last request…"))
            return False
        self._set_busy(True)

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def cancelled() -> None:
            self._set_busy(False)
            self.status.setText(self.tr("Cancelled; no file was written."))

        self.runner.run(
            work,
            title=self.tr("Preparing the report"),
            on_success=finished,
            on_failure=self._fail,
            on_cancelled=cancelled,
        )
        return True

    # Preview and print -----------------------------------------------------------------

    def show_preview(self) -> None:
        try:
            request = self.build_request()
        except EXPLAINED as error:
            self._fail(error)
            return
        app_settings().setValue(LAST_KIND, request.kind.value)
        self.status.setText(self.tr("Counting the figures…"))
        self._start(self._figures_work(request), self._show_figures)

    def _show_figures(self, figures: Figures) -> None:
        self.layout_shown = report_layout(figures)
        self.preview.updatePreview()
        pages = self.preview.pageCount()
        self.status.setText(self.tr("{pages} pages.").format(pages=pages))
        self.print_button.setEnabled(True)
        self.previewReady.emit()

    def _paint(self, printer: QPrinter) -> None:
        if self.layout_shown is not None:
            paint_report(self.layout_shown, printer)

    def print_report(self) -> None:
        if self.layout_shown is None:
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint_report(self.layout_shown, self.printer)

    def _forget_layout(self) -> None:
        """Options changed: the preview no longer shows what they ask for."""
        self.print_button.setEnabled(False)
        if self.layout_shown is not None:
            self.status.setText(self.tr("The options changed: press Preview to update."))

    # Save ------------------------------------------------------------------------------

    def _filters(self, kind: ReportKind) -> dict[str, OutputFormat]:
        names = {
            OutputFormat.PDF: self.tr("PDF document (*.pdf)"),
            OutputFormat.CSV: self.tr("CSV spreadsheet tables (*.csv)"),
            OutputFormat.XLSX: self.tr("Excel workbook (*.xlsx)"),
            OutputFormat.ICS: self.tr("iCalendar events (*.ics)"),
        }
        return {names[f]: f for f in FORMATS[kind]}

    def _suggested_name(self, kind: ReportKind) -> str:
        """The file name the Save dialog offers, in the app's language: hyphens for spaces,
        no '/' or ':', so any file system takes it."""
        names = {
            ReportKind.ANNUAL: self.tr("annual-report"),
            ReportKind.PARTNERSHIP: self.tr("partnership-report"),
            ReportKind.HOURS: self.tr("volunteer-hours"),
            ReportKind.TRIP: self.tr("trip-sheet"),
            ReportKind.DIRECTORY: self.tr("member-directory"),
        }
        return f"{names[kind]}.pdf"

    def save_report(self) -> None:
        try:
            request = self.build_request()
        except EXPLAINED as error:
            self._fail(error)
            return
        filters = self._filters(request.kind)
        folder = app_settings().value(LAST_FOLDER, str(Path.home()), str)
        suggested = str(Path(folder) / self._suggested_name(request.kind))
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, ";;".join(filters)
        )
        if path:
            self.save_to(request, Path(path), filters.get(chosen, OutputFormat.PDF))

    def save_to(self, request: ReportRequest, target: Path, fmt: OutputFormat) -> None:
        """Write the report in the background; `saved` carries the files written."""
        if target.suffix.lower() != f".{fmt.value}":
            target = target.with_name(f"{target.name}.{fmt.value}")
        app_settings().setValue(LAST_FOLDER, str(target.parent))
        database, attachments = self.org.database, self.org.folder.attachments
        name = f"{self.org.name}: {self.options.kind.currentText()}"

        def work(progress: Progress) -> list[Path]:
            with database.session() as session:
                if fmt is OutputFormat.ICS:
                    return save_calendar(session, request, name, target)
                figures = collect_figures(session, request, attachments)
            progress.check()  # Cancel pressed while counting: write nothing
            if fmt is OutputFormat.PDF:
                return write_pdf(report_layout(figures), target)
            return save_tables(figures, fmt, target)

        self.status.setText(self.tr("Saving…"))
        self._start(work, self._saved)

    def _saved(self, paths: list[Path]) -> None:
        names = ", ".join(p.name for p in paths)
        self.status.setText(self.tr("Saved {files}.").format(files=names))
        self.saved.emit(paths)

    # Feedback ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button):
            button.setEnabled(not busy)

    def _fail(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, StorageError):
            message = f"{error.path}: {error_text(error)}"
        elif isinstance(error, RuleViolation):
            message = rule_message(error)
        elif isinstance(error, EXPLAINED):
            message = error_text(error)
        else:
            message = QCoreApplication.translate(
                "ReportsPage", "The report could not be made: {error}"
            ).format(error=error)
        self.status.setText(message)
        self.failed.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()
        super().closeEvent(event)
