"""The application icon, drawn once in resources/icons/scdesk.svg and rendered to PNG sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from scdesk.resources import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """Every rendered size, so each place (title bar, task bar, dock) picks a crisp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"scdesk-{size}.png")))
    return icon
