"""A QGuiApplication for rendering outside the app (the command line, benchmarks)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from scdesk.reports.render.fonts import register_report_fonts


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new one that needs no display (offscreen)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["scdesk"])
    register_report_fonts()
    return app
