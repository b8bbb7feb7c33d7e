"""Load the bundled font, so text renders on machines with no fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from scdesk.resources import resource

BUNDLED_FAMILY = "DejaVu Sans"


def load_bundled_fonts(app: QApplication) -> None:
    """Register the shipped fonts; use them when the system offers no font of its own."""
    before = set(QFontDatabase.families())
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    system_has_fonts = bool(before - {BUNDLED_FAMILY})
    if not system_has_fonts:
        font = QFont(BUNDLED_FAMILY)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
