"""The fonts reports are set in, shipped with scdesk and embedded in every PDF, so a report
looks the same on every computer: DejaVu Sans (Latin, Greek, Cyrillic), then a subset of
Noto Sans CJK for Chinese, Japanese and Korean names (tools/cjk_font_subset.py says which
characters). A character neither holds comes from a system font when there is one (Qt asks
the platform for a fallback), or shows as a box; it never stops the report."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from scdesk.resources import resource

REPORT_FAMILY = "DejaVu Sans"
CJK_FAMILY = "Noto Sans CJK Report Subset"
REPORT_FAMILIES = [REPORT_FAMILY, CJK_FAMILY]
BODY_POINTS = 9.5


def register_report_fonts() -> list[str]:
    """Make the bundled fonts available (the app may have loaded DejaVu Sans already);
    returns the families to use, in the order Qt looks for a character in them."""
    present = set(QFontDatabase.families())
    fonts = resource("fonts")
    for family, pattern in ((REPORT_FAMILY, "DejaVuSans*.ttf"), (CJK_FAMILY, "NotoSansCJK*.otf")):
        if family not in present:
            for path in sorted(fonts.glob(pattern)):
                QFontDatabase.addApplicationFont(str(path))
    return REPORT_FAMILIES


def report_font(points: float = BODY_POINTS, bold: bool = False) -> QFont:
    """The report font without ligatures, so "Springfield" copied or searched in the PDF
    is spelled with an f and an i, not the single "ﬁ" glyph."""
    font = QFont()
    font.setFamilies(register_report_fonts())
    font.setPointSizeF(points)
    font.setBold(bold)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font
