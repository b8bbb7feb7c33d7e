"""Start the desktop app: choose an organization, open it, show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from scdesk import __version__
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.first_start import ChooseOrganizationDialog
from scdesk.ui.fonts import load_bundled_fonts
from scdesk.ui.main_window import MainWindow
from scdesk.ui.organization_switcher import LAST_ORGANIZATION, open_with_message
from scdesk.ui.settings import app_settings


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("scdesk")
    app.setOrganizationName("scdesk")
    app.setApplicationDisplayName("scdesk")
    app.setApplicationVersion(__version__)
    load_bundled_fonts(app)
    return app


def remembered_organization(registry: Registry) -> str | None:
    """The organization to open without asking: the last one used, or the only one."""
    last = app_settings().value(LAST_ORGANIZATION, "", str)
    slugs = [entry.slug for entry in registry.entries()]
    if last in slugs:
        return last
    return slugs[0] if len(slugs) == 1 else None


def choose_and_open(registry: Registry) -> OpenOrganization | None:
    slug = remembered_organization(registry)
    while True:
        if slug is None:
            dialog = ChooseOrganizationDialog(registry)
            if dialog.exec() != ChooseOrganizationDialog.DialogCode.Accepted:
                return None
            slug = dialog.chosen_slug
        org = open_with_message(slug) if slug else None
        if org is not None:
            return org
        slug = None


def run_app() -> int:
    app = make_application()
    org = choose_and_open(Registry())
    if org is None:
        return 0
    window = MainWindow(org)
    window.show()
    try:
        return app.exec()
    finally:
        window.close_organization()
