"""Opening one organization's database: lock, check, migrate, connect, in that order.

The checks before the lock-holder touches the file are read-only, so a file that is not a
database, is damaged, or comes from a newer scdesk is left byte-identical.
"""

from __future__ import annotations

import os
from pathlib import Path

from scdesk.paths import ensure_private_folder
from scdesk.storage.backup import DEFAULT_SETTINGS, BackupSettings
from scdesk.storage.database import Database, FlushHook
from scdesk.storage.errors import NOT_WRITABLE, folder_not_writable
from scdesk.storage.lock import OrganizationLock
from scdesk.storage.registry import OrganizationFolder
from scdesk.storage.revisions import HEAD_REVISION, check_revision


def _probe_writable(folder: Path) -> None:
    """Fail early, with a plain message, when the folder cannot be written."""
    try:
        ensure_private_folder(folder)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        if error.errno not in NOT_WRITABLE:
            raise
        raise folder_not_writable(folder, error) from error


def _bring_to_newest_revision(
    folder: OrganizationFolder,
    database: Database,
    revision: str | None,
    backup_settings: BackupSettings,
) -> str | None:
    """Create or upgrade the schema; the path of the backup taken before an upgrade."""
    # Deferred: alembic costs about 0.3 s to import, and a database already at the newest
    # revision (nearly every opening) never needs it.
    from scdesk.storage.migrate import prepare_database

    return prepare_database(folder, database.engine, revision, backup_settings)


class OpenOrganization:
    """An organization open for work: its folder, its lock, its database, and where its
    backups go (the opener's choice; the window updates it when the preference changes)."""

    def __init__(
        self,
        name: str,
        folder: OrganizationFolder,
        database: Database,
        lock: OrganizationLock,
        upgrade_backup: str | None,
        backup_settings: BackupSettings = DEFAULT_SETTINGS,
    ) -> None:
        self.name = name
        self.folder = folder
        self.database = database
        self.lock = lock
        self.upgrade_backup = upgrade_backup
        self.backup_settings = backup_settings

    def close(self) -> None:
        self.database.close()
        self.lock.release()

    def __enter__(self) -> OpenOrganization:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_folder(
    name: str,
    folder: OrganizationFolder,
    flush_hooks: tuple[FlushHook, ...],
    backup_settings: BackupSettings = DEFAULT_SETTINGS,
) -> OpenOrganization:
    _probe_writable(folder.root)  # first: SQLite cannot even read a WAL file it cannot write
    revision = None
    if folder.database.exists() and folder.database.stat().st_size:
        revision = check_revision(folder.database)  # read-only: refuse bad files first
    lock = OrganizationLock(folder.lock_file, name)
    lock.acquire()
    try:
        database = Database(folder.database, flush_hooks)
        try:
            backup = None
            if revision != HEAD_REVISION:
                backup = _bring_to_newest_revision(folder, database, revision, backup_settings)
        except BaseException:
            database.close()
            raise
        if os.name == "posix":
            for suffix in ("", "-wal", "-shm"):
                path = Path(f"{folder.database}{suffix}")
                if path.exists():
                    path.chmod(0o600)
    except BaseException:
        lock.release()
        raise
    return OpenOrganization(name, folder, database, lock, backup, backup_settings)
