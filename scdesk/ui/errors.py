"""What an uncaught exception does in the app: it is logged, and a short dialog says that
something went wrong, that the work being edited is still there, and where the log is.

Nothing is closed or reset: the window and the form that was being edited stay as they were,
so the person can check their entry and try again. The exception's own text may quote the
records, so it goes to the log only through the log's personal-data filter; the dialog shows
it in its collapsed details for whoever is helping.

    reporter = install_error_reporter(app)   # once, after the QApplication exists
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scdesk.logs import log_file

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Receives uncaught exceptions from any thread; shows one dialog at a time."""

    # Emitted from whichever thread failed; the dialog is built on the interface thread.
    caught = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.repeats = 0
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_hook(kind, error, trace)
            return
        log.error("uncaught %s", kind.__name__, exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        self.caught.emit(kind.__name__, details)

    def _thread_hook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is not None:
            self.excepthook(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def _show(self, kind: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.repeats += 1
            self.dialog.setInformativeText(self._informative())
            return
        self.repeats = 0
        self.dialog = error_dialog(QApplication.activeWindow(), details)
        self.dialog.setInformativeText(self._informative())
        self.dialog.open()  # not exec(): the windows behind stay as they are
        log.info("error dialog shown for %s", kind)

    def _informative(self) -> str:
        text = self.tr(
            "What you were editing is still open: check it, then try again. If it happens "
            "again, the log helps whoever looks into it:\n{path}"
        ).format(path=log_file())
        if self.repeats:
            text += "\n\n" + self.tr("It happened %n more time(s) since.", "", self.repeats)
        return text


def error_dialog(parent: QWidget | None, details: str) -> QMessageBox:
    translate = QApplication.translate
    dialog = QMessageBox(parent)
    dialog.setIcon(QMessageBox.Icon.Warning)
    dialog.setWindowTitle(translate("Errors", "Something went wrong"))
    dialog.setText(translate("Errors", "scdesk ran into a problem it did not expect."))
    dialog.setDetailedText(details)
    dialog.setAccessibleName(translate("Errors", "Something went wrong"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    folder = dialog.addButton(
        translate("Errors", "Open the &log folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder.setAccessibleName(translate("Errors", "Open the log folder"))
    folder.clicked.connect(lambda: open_folder(log_file().parent))
    close = dialog.addButton(QMessageBox.StandardButton.Close)
    close.setAccessibleName(translate("Errors", "Close"))
    dialog.setDefaultButton(close)
    dialog.setEscapeButton(close)
    return dialog


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install_error_reporter(app: QApplication) -> ErrorReporter:
    reporter = ErrorReporter(app)
    reporter.install()
    return reporter
