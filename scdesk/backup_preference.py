"""The backup preference, shared by the window (which edits it) and the command line.

Both read the same two keys of the preferences file and turn them into the BackupSettings
that storage is handed: a folder holding every organization's backups (empty: each
organization's own `backups/`) and how many of the newest backups rotation keeps (beyond
them, one a day for a week, one a week for five weeks and one a month for a year).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from scdesk.storage.backup import BackupPolicy, BackupSettings

BACKUP_FOLDER_KEY = "backups/folder"
BACKUPS_KEPT_KEY = "backups/keep"
DEFAULT_BACKUPS_KEPT = BackupPolicy().recent
MAX_BACKUPS_KEPT = 999


def backups_kept(value: object) -> int:
    """A stored "how many to keep", within 1 to MAX_BACKUPS_KEPT; the default if unreadable."""
    try:
        kept = int(str(value))
    except ValueError:
        return DEFAULT_BACKUPS_KEPT
    return min(max(kept, 1), MAX_BACKUPS_KEPT)


def backup_settings(folder: str, kept: int) -> BackupSettings:
    chosen = Path(folder).expanduser() if folder.strip() else None
    return BackupSettings(chosen, replace(BackupPolicy(), recent=kept))
