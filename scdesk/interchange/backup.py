"""The copy of the database taken before an import changes anything.

One small function, so the backups engineer's rotation (scdesk/storage/backup.py, once it
lands) can replace the plain copy here without touching the importers.
"""

from __future__ import annotations

from pathlib import Path

from scdesk.model.base import utcnow
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.sqlite_file import backup_database


def backup_before_import(org: OpenOrganization) -> Path:
    """Copy the organization's database into its backups folder; return the copy's path."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    target = org.folder.backups / f"before-import-{stamp}.sqlite3"
    backup_database(org.folder.database, target)
    return target
