"""Start the desktop app: choose an organization, open it, show the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from scdesk import __version__
from scdesk.logs import configure_logging
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.errors import install_error_reporter
from scdesk.ui.fonts import load_bundled_fonts
from scdesk.ui.i18n import install_language
from scdesk.ui.icons import application_icon
from scdesk.ui.main_window import MainWindow
from scdesk.ui.organization_switcher import LAST_ORGANIZATION, open_with_message
from scdesk.ui.settings import app_settings
from scdesk.ui.theme import apply_theme
from scdesk.ui.user_preferences import load_preferences

# For packagers: start, show the main window, print its title, quit after N seconds.
SMOKE_TEST_SECONDS = "SCDESK_SMOKE_TEST_SECONDS"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("scdesk")
    app.setOrganizationName("scdesk")
    app.setApplicationDisplayName("scdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.scdesk.scdesk")
    app.setWindowIcon(application_icon())
    load_bundled_fonts(app)
    preferences = load_preferences()
    install_language(app, preferences.language)
    apply_theme(app, preferences.theme)
    return app


def remembered_organization(registry: Registry) -> str | None:
    """The organization to open without asking: the chosen default, the last one used, or
    the only one."""
    default = load_preferences().default_organization
    last = app_settings().value(LAST_ORGANIZATION, "", str)
    slugs = [entry.slug for entry in registry.entries()]
    for slug in (default, last):
        if slug in slugs:
            return slug
    return slugs[0] if len(slugs) == 1 else None


def choose_and_open(registry: Registry) -> OpenOrganization | None:
    slug = remembered_organization(registry)
    while True:
        if slug is None:
            # Only a first start, or one with no organization to open, asks: the dialog
            # and its country list are not loaded otherwise (start-up time).
            from scdesk.ui.first_start import ChooseOrganizationDialog

            dialog = ChooseOrganizationDialog(registry)
            if dialog.exec() != ChooseOrganizationDialog.DialogCode.Accepted:
                return None
            slug = dialog.chosen_slug
        org = open_with_message(slug) if slug else None
        if org is not None:
            return org
        slug = None


def quit_after_smoke_test(window: QMainWindow) -> None:
    """Honour $SCDESK_SMOKE_TEST_SECONDS: packagers check a built app opens, unattended."""
    seconds = os.environ.get(SMOKE_TEST_SECONDS, "").strip()
    if not seconds:
        return

    def report_and_quit() -> None:
        print(f"scdesk smoke test: main window “{window.windowTitle()}”", flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(round(float(seconds) * 1000), window, report_and_quit)


def run_app() -> int:
    configure_logging()
    app = make_application()
    install_error_reporter(app)
    org = choose_and_open(Registry())
    if org is None:
        return 0
    window = MainWindow(org)
    window.show()
    quit_after_smoke_test(window)
    try:
        return app.exec()
    finally:
        window.close_organization()
