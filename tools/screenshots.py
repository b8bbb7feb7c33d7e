"""Take a screenshot of each main view of scdesk on the demo organization.

    uv run python tools/screenshots.py [--out docs/screenshots] [--scale 1.0]
    uv run python tools/screenshots.py --languages en es fr --out build/screenshots --scale 2

Builds the small demo organization in a temporary folder (so your own data is never
touched), opens the main window offscreen at 1440×900 and saves one PNG per view into
docs/screenshots/, which the README shows. Each shot is a (file name, what to show)
pair in SHOTS: add a line to add a view. With --languages, every view and the dialogs
(welcome, preferences, user guide) are taken in each language, named "people-es.png":
longer strings and bigger fonts must not clip or overlap.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SIZE = (1440, 900)
# A large virtual screen, so windows get the size they ask for even at twice the size.
SCREEN = '{"screens": [{"name": "big", "x": 0, "y": 0, "width": 3000, "height": 2000}]}'


def show_section(key: str, row: int | None = 0) -> Callable[[object], None]:
    """Show a section and, for a list, its `row`-th record in the editor (None: none)."""

    def arrange(window) -> None:
        page = window.show_section(key)
        model = getattr(page, "model", None)
        if model is not None and row is not None and model.rowCount() > row:
            page.open_record(model.record_id(row))

    return arrange


def search_for(typed: str) -> Callable[[object], None]:
    def arrange(window) -> None:
        window.search.field.setText(typed)
        window.search.search_now()

    return arrange


def show_editor(key: str, tab: str, pick: str | None = None) -> Callable[[object], None]:
    """Show a section with one record in its editor, on the editor's tab titled `tab`.

    `pick` is SQL giving the record's id (the first row of the list when None); None as the
    id opens a new record, as "New" does."""

    def arrange(window) -> None:
        page = window.show_section(key)
        if pick is None:
            page.open_record(page.model.record_id(0))
        else:
            with window.org.database.session() as session:
                record_id = session.execute(text(pick)).scalar()
            if record_id is None:
                page.new_record()
            else:
                page.open_record(record_id)
        tabs = getattr(page.editor, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 0):
            if tabs.tabText(index) == tab:
                tabs.setCurrentIndex(index)

    return arrange


MOST = "SELECT {column} FROM {table} WHERE deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC"

SHOTS: tuple[tuple[str, Callable[[object], None]], ...] = (
    ("overview.png", show_section("overview")),
    ("partnerships.png", show_section("partnership")),
    ("committees.png", show_section("committee")),
    ("exchanges.png", show_section("exchange", row=12)),
    ("people.png", show_section("person", row=5)),
    ("hours.png", show_section("hours", row=2)),
    ("search.png", search_for("mar")),
    ("partnership-editor.png", show_editor("partnership", "History")),
    (
        "committee-editor.png",
        show_editor("committee", "Members", MOST.format(column="committee_id", table="membership")),
    ),
    (
        "exchange-editor.png",
        show_editor(
            "exchange", "People", MOST.format(column="exchange_id", table="host_placement")
        ),
    ),
    (
        "person-editor.png",
        show_editor("person", "Activity", MOST.format(column="person_id", table="membership")),
    ),
    ("hours-editor.png", show_editor("hours", "", "SELECT NULL")),
)


def answered(app, page) -> None:
    """Wait (10 s at most) for the figures a page reads on a worker, such as the overview's,
    which are asked for once the window is painted."""
    reading = getattr(page, "reading", None)
    deadline = time.monotonic() + 10
    while reading is not None and reading() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def named(name: str, language: str | None) -> str:
    return name if language is None else name.replace(".png", f"-{language}.png")


def take_screenshots(out: Path, scale: float, languages: list[str] | None) -> list[Path]:
    screen = Path(tempfile.mkdtemp(prefix="scdesk-screen-")) / "screen.json"
    screen.write_text(SCREEN, encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    home = Path(tempfile.mkdtemp(prefix="scdesk-screenshots-"))
    os.environ["SCDESK_HOME"] = str(home)

    from scdesk.operations.demo_organization import create_demo_organization
    from scdesk.operations.organizations import open_organization
    from scdesk.storage.registry import Registry
    from scdesk.ui.app import make_application
    from scdesk.ui.first_start import ChooseOrganizationDialog
    from scdesk.ui.help.window import HelpWindow
    from scdesk.ui.i18n import install_language
    from scdesk.ui.main_window import MainWindow
    from scdesk.ui.preferences import PreferencesDialog

    dialogs = (
        ("welcome.png", lambda: ChooseOrganizationDialog(Registry())),
        ("preferences.png", lambda: PreferencesDialog(Registry())),
        ("guide.png", HelpWindow),
    )
    app = make_application()
    entry = create_demo_organization("small")
    org = open_organization(entry.slug)
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def grab(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    try:
        for language in languages or [None]:
            if language is not None:
                install_language(app, language)
            window = MainWindow(org)
            window.resize(*WINDOW_SIZE)
            window.show()
            for name, arrange in SHOTS:
                arrange(window)
                answered(app, window.pages.currentWidget())
                grab(window, named(name, language))
            window.close()
            if language is None:
                continue
            for name, build in dialogs:
                dialog = build()
                dialog.show()
                grab(dialog, named(name, language))
                dialog.close()
    finally:
        org.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="2 checks the 200%% layout")
    parser.add_argument("--languages", nargs="+", help="e.g. en es fr: each view in each")
    args = parser.parse_args(argv)
    for path in take_screenshots(args.out, args.scale, args.languages):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
