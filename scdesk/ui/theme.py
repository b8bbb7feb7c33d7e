"""Light, dark or the system's colours.

Qt 6.8+ lets the app ask the platform for a colour scheme (QStyleHints.setColorScheme).
Platforms that cannot switch (older desktops, the offscreen platform) get a palette built
from the same roles instead, so every widget that follows the palette follows the choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from scdesk.ui.user_preferences import SYSTEM

SCHEMES = {
    SYSTEM: Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#2f3135",
    QPalette.ColorRole.ToolTipBase: "#3a3c40",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4c50",
    QPalette.ColorRole.Midlight: "#3f4145",
    QPalette.ColorRole.Mid: "#2a2c2f",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7dd8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb0ff",
    QPalette.ColorRole.LinkVisited: "#c29bff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
    QPalette.ColorRole.Highlight: "#45474b",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    app = QGuiApplication.instance()
    style = getattr(app, "style", None)
    return style().standardPalette() if style is not None else QPalette()


def apply_theme(app: QGuiApplication, theme: str) -> None:
    """Switch the whole app to `theme` ("system", "light" or "dark") at once."""
    scheme = SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    if scheme == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
        app.setPalette(QPalette())
        return
    hints.setColorScheme(scheme)
    if hints.colorScheme() == scheme:
        app.setPalette(QPalette())  # the platform switched; let its palette show
    else:
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
