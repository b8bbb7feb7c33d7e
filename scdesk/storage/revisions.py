"""The schema revisions this scdesk knows, and the check made on every opening.

Opening an organization only needs to know whether its database is at the newest revision,
so that check reads `alembic_version` with plain SQL and compares it to constants: alembic
itself costs about 0.3 s to import and is loaded (by `scdesk.storage.migrate`) only when a
database is created or upgraded. A test fails when a migration is added without updating
these constants.
"""

from __future__ import annotations

from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.storage.errors import NewerDatabaseError
from scdesk.storage.sqlite_file import inspect_database

HEAD_REVISION = "0009_search_prefixes"
KNOWN_REVISIONS = frozenset(
    {
        "0001",
        "0002",
        "0003_list_indexes",
        "0003_roster",
        "0004",
        "0005_hours_sort_indexes",
        "0006_roster_baseline_arrival",
        "0006_report_indexes",
        "0007_list_sort_indexes",
        "0008_hours_sort_keys",
        HEAD_REVISION,
    }
)


def check_revision(path: Path) -> str | None:
    """The file's revision after checking it is ours, healthy, and not from a newer scdesk."""
    revision = inspect_database(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            path,
            _(
                "this database was written by a newer version of scdesk (schema {revision}). "
                "Install the newest scdesk to open it; the file has not been changed."
            ).format(revision=revision),
        )
    return revision
