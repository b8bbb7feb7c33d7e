"""Screenshots of the main views in every shipped language, to look at after a change.

    uv run python tools/screenshots.py [--out build/screenshots] [--font-scale 2]

Builds the demo organization in a temporary SCDESK_HOME, then renders each view offscreen
in English, Spanish and French: longer strings and bigger fonts must not clip or overlap.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from scdesk.operations.demo_organization import create_demo_organization
from scdesk.operations.organizations import open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.app import make_application
from scdesk.ui.first_start import ChooseOrganizationDialog
from scdesk.ui.help.window import HelpWindow
from scdesk.ui.i18n import LANGUAGES, install_language
from scdesk.ui.main_window import MainWindow
from scdesk.ui.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[1]
# A large virtual screen, so windows get the size they ask for even at twice the font size.
SCREEN = '{"screens": [{"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1600}]}'


def use_large_offscreen_screen() -> None:
    """Qt reads the platform when the application starts: set it before that."""
    screen_file = Path(tempfile.gettempdir()) / "scdesk-screenshot-screen.json"
    screen_file.write_text(SCREEN, encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen_file}")


def dialogs() -> dict[str, Callable[[], QWidget]]:
    return {
        "first-start": lambda: ChooseOrganizationDialog(Registry()),
        "preferences": lambda: PreferencesDialog(Registry()),
        "help": HelpWindow,
    }


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    app.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot_language(app: QApplication, org: OpenOrganization, language: str, out: Path) -> None:
    """Every section of the main window, then the dialogs, in `language`."""
    window = MainWindow(org)
    window.resize(1280, 800)
    for row, entry in enumerate(window.entries):
        window.navigation.setCurrentRow(row)
        grab(app, window, out / f"section-{entry.key}-{language}.png")
    window.close()
    window.deleteLater()
    for name, build in dialogs().items():
        widget = build()
        grab(app, widget, out / f"{name}-{language}.png")
        widget.close()
        widget.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    use_large_offscreen_screen()
    with tempfile.TemporaryDirectory(prefix="scdesk-shots-") as home:
        os.environ["SCDESK_HOME"] = home
        app = make_application(sys.argv[:1])
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
        entry = create_demo_organization("small", registry=Registry())
        org = open_organization(entry.slug)
        try:
            for language in args.languages:
                install_language(app, language)
                shoot_language(app, org, language, args.out)
        finally:
            org.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
