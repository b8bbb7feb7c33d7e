"""The font reports are set in: the bundled DejaVu Sans, embedded in every PDF, so a report
looks the same on every computer. Glyphs it lacks (Japanese) come from a system font when
there is one, or show as boxes; they never stop the report."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from scdesk.resources import resource

REPORT_FAMILY = "DejaVu Sans"
BODY_POINTS = 9.5


def register_report_fonts() -> str:
    """Make the bundled fonts available (once per process); returns the family to use."""
    if REPORT_FAMILY not in QFontDatabase.families():
        for path in sorted(resource("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    return REPORT_FAMILY


def report_font(points: float = BODY_POINTS, bold: bool = False) -> QFont:
    """The report font without ligatures, so "Springfield" copied or searched in the PDF
    is spelled with an f and an i, not the single "ﬁ" glyph."""
    font = QFont(register_report_fonts())
    font.setPointSizeF(points)
    font.setBold(bold)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font
