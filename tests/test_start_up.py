"""Starting the app imports what the first window needs and nothing else: every module
left out here is time every cold start would spend, from a few milliseconds (a dialog) to
a quarter of a second (the record classes) (`python -X importtime`, `python -m
scdesk.bench`)."""

from __future__ import annotations

import subprocess
import sys

from scdesk.operations.organizations import create_organization

# Loaded when first needed: a migration, the record classes (the overview reads its figures
# without them), a record list or search, a restore or recovery, a report, a roster
# exchange, a command of the command line, a secret, a rule checking an e-mail address, the
# dialog choosing an organization, the guide, the preferences, the demo, a backup or a move
# of the backups (the first backup check is ten minutes in). (pycountry is not
# listed: it loads when the overview's figures arrive and name the country, which may
# happen before the first window is done.)
DEFERRED = (
    "alembic",
    "scdesk.model.person",
    "scdesk.model.exchange",
    "scdesk.domain.validation",
    "scdesk.operations.lists",
    "scdesk.operations.search",
    "scdesk.operations.privacy",
    "scdesk.ui.backups.recovery",
    "email_validator",
    "scdesk.ui.first_start",
    "scdesk.ui.help.window",
    "scdesk.ui.preferences",
    "scdesk.operations.demo_organization",
    "scdesk.operations.backups",
    "scdesk.storage.backup_move",
    "scdesk.cli.commands",
    "scdesk.ui.lists.people_page",
    "scdesk.ui.editors",
    "scdesk.ui.backups.backups_page",
    "scdesk.ui.reports",
    "scdesk.ui.roster",
    "scdesk.reports",
    "scdesk.interchange",
    "reportlab",
    "openpyxl",
    "keyring",
    "rapidfuzz",
    "phonenumbers",
)

FIRST_WINDOW = """
import sys
import scdesk.cli.main
from scdesk.operations.organizations import open_organization
from scdesk.ui.app import make_application
from scdesk.ui.main_window import MainWindow
app = make_application()
window = MainWindow(open_organization(sys.argv[1]))
print("sqlalchemy.dialects.sqlite" in sys.modules)
window.show()
app.processEvents()
print("sqlalchemy.dialects.sqlite" in sys.modules)
deferred = sys.argv[2:]
print(sorted(n for n in sys.modules if any(n == d or n.startswith(d + ".") for d in deferred)))
window.close_organization()
"""


def test_the_first_window_opens_without_importing_what_it_does_not_show() -> None:
    create_organization("Springfield Sister Cities", country="US")
    finished = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, "Springfield Sister Cities", *DEFERRED],
        capture_output=True,
        text=True,
        check=True,
    )
    built, painted, shown = finished.stdout.strip().splitlines()[-3:]
    # The database's engine, and SQLAlchemy's SQLite dialect with it, are made when the
    # overview's worker asks its first question, once the window is built and painted
    # (the first pass through the event loop).
    assert (built, painted) == ("False", "False")
    assert shown == "[]"
