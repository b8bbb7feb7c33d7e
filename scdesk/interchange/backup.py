"""The backup taken before an import changes anything, through the rotating backup store."""

from __future__ import annotations

from pathlib import Path

from scdesk.operations.backups import backup_now
from scdesk.storage.backup import BEFORE_IMPORT
from scdesk.storage.organization_files import OpenOrganization


def backup_before_import(org: OpenOrganization) -> Path:
    """Back up the organization (database and attachments); return the backup's path."""
    return backup_now(org, BEFORE_IMPORT)
