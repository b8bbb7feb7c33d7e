"""Backups as the app and the command line use them: take one now, take one only when
something changed, list them, restore one, and recover an organization whose database is
damaged.

Callers take a backup before every import, merge and restore (`backup_now(org, reason)`);
migrations take theirs in storage. The window takes one on close and at most hourly when
records changed (`backup_if_changed`).

Where the backups go and how many rotation keeps is the person's preference: an open
organization carries it (`org.backup_settings`, given by whoever opened it); the functions
for a closed or damaged organization take it as `settings`. When the preference names
another folder, `backups_to_move` says what the old folders hold and `move_backups` brings
it along (see storage.backup_move).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.domain.i18n import Translatable, _
from scdesk.operations.organizations import open_organization
from scdesk.storage import backup as store
from scdesk.storage import backup_move as mover
from scdesk.storage.backup import (
    DEFAULT_SETTINGS,
    Backup,
    BackupProgress,
    BackupResult,
    BackupSettings,
)
from scdesk.storage.backup_move import BackupsToMove
from scdesk.storage.database import make_engine
from scdesk.storage.errors import DamagedDatabaseError, NotADatabaseError, StorageError
from scdesk.storage.failures import reported_as_storage_errors
from scdesk.storage.lock import OrganizationLock
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import OrganizationFolder, Registry
from scdesk.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS
from scdesk.storage.sqlite_file import open_read_only

HOUR = timedelta(hours=1)

log = logging.getLogger(__name__)


def backup_now(
    org: OpenOrganization,
    reason: str,
    *,
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Back up the open organization now; return the backup's path."""
    return take_backup(org, reason, progress=progress, cancelled=cancelled).backup.path


def take_backup(
    org: OpenOrganization,
    reason: str,
    *,
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupResult:
    """Like backup_now, with the details: attachments missing from the store, backups rotated."""
    result = store.create_backup(
        org.folder,
        reason,
        settings=org.backup_settings,
        progress=progress,
        cancelled=cancelled,
    )
    log.info(
        "backup %s taken (%s): %d bytes, %d attachment files, %d missing, %d rotated away",
        result.backup.name,
        reason,
        result.backup.database_bytes,
        len(result.backup.attachments),
        len(result.missing_attachments),
        len(result.removed),
    )
    return result


def current_change_number(database: Path) -> int | None:
    """The organization-wide change counter, read without writing; None when unreadable."""
    try:
        with closing(open_read_only(database)) as connection:
            row = connection.execute("SELECT value FROM change_sequence WHERE id = 1").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return None
    return int(row[0]) if row else None


def backup_if_changed(
    org: OpenOrganization,
    reason: str,
    *,
    not_within: timedelta = timedelta(0),
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Back up only when records changed since the newest backup and that backup is older
    than `not_within`; return the new backup's path, or None when none was needed."""
    backups = store.list_backups(org.folder, org.backup_settings)
    if backups:
        newest = backups[0]
        if newest.change_number == current_change_number(org.folder.database):
            return None
        if datetime.now(UTC).replace(tzinfo=None) - newest.created < not_within:
            return None
    return backup_now(org, reason, progress=progress, cancelled=cancelled)


def hourly_backup(org: OpenOrganization) -> Path | None:
    """What the window's timer calls: a backup when something changed in the last hour."""
    return backup_if_changed(org, store.HOURLY, not_within=HOUR)


def closing_backup(
    org: OpenOrganization,
    *,
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """What the window calls as it closes: a backup when something changed since the last
    (the person may cancel it, to close without one)."""
    return backup_if_changed(org, store.ON_CLOSE, progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class LossEstimate:
    """What restoring a backup would undo: the changes made after it was taken."""

    backup: Backup
    changes: int | None  # record changes after the backup; None when they cannot be counted
    by_table: dict[str, int] = field(default_factory=dict)  # records changed, per table

    @property
    def nothing_lost(self) -> bool:
        return self.changes == 0


def _model_tables() -> list[str]:
    """Tables of synchronised records: the ones that carry a change number."""
    from scdesk.model import Base  # the record classes: the window's start needs none

    return sorted(name for name, table in Base.metadata.tables.items() if "change_seq" in table.c)


def what_would_be_lost(database: Path, backup: Backup) -> LossEstimate:
    """Count, in the current database, the changes made after `backup` was taken.

    Reads only; a damaged or unreadable database gives an estimate with unknown counts.
    """
    if backup.change_number is None or not database.exists():
        return LossEstimate(backup, None)
    try:
        with closing(open_read_only(database)) as connection:
            row = connection.execute("SELECT value FROM change_sequence WHERE id = 1").fetchone()
            by_table = {}
            for table in _model_tables():
                count = connection.execute(
                    f'SELECT count(*) FROM "{table}" WHERE change_seq > ?',
                    (backup.change_number,),
                ).fetchone()[0]
                if count:
                    by_table[table] = count
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return LossEstimate(backup, None)
    changes = max(int(row[0]) - backup.change_number, 0) if row else None
    return LossEstimate(backup, changes, by_table)


def newest_good_backup(
    folder: OrganizationFolder, settings: BackupSettings = DEFAULT_SETTINGS
) -> Backup | None:
    """The newest backup that this scdesk can open and that passes SQLite's full integrity
    check (the one a restore applies)."""
    for backup in store.list_backups(folder, settings):
        try:
            store.check_backup_file(backup.path, KNOWN_REVISIONS)
        except StorageError:
            continue
        if store.passes_integrity_check(backup.path):
            return backup
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored: Backup
    safety_backup: Path | None  # the state before the restore, kept as a backup
    damaged_file: Path | None  # where a damaged database was set aside
    lost_attachments: tuple[str, ...]  # attachment hashes found neither in store nor backups
    erasures_reapplied: int


def resolve_backup(
    folder: OrganizationFolder,
    choice: str | Path | Backup,
    settings: BackupSettings = DEFAULT_SETTINGS,
) -> Backup:
    """A backup of the organization by name, or any file given by path."""
    if isinstance(choice, Backup):
        return choice
    path = Path(choice)
    if path.is_absolute() or path.parent != Path(".") or path.exists():
        if not path.is_file():
            raise StorageError(path, _("there is no such file to restore from."))
        return store.read_backup(path)
    return store.find_backup(folder, str(choice), settings)


# The two checks below import alembic (about 0.3 s), which only a restore needs: this
# module is loaded at start-up for the scheduled backups.


def _bring_up_to_date(staged: Path, source: Path) -> None:
    from scdesk.storage.migrate import upgrade

    engine = make_engine(staged)
    try:
        with engine.begin() as connection:
            upgrade(connection)
    except Exception as error:  # a backup file from outside can fail in any way
        cause = getattr(error, "orig", None) or error
        raise store.not_a_backup(
            source, _("it cannot be brought up to date: {cause}").format(cause=str(cause))
        ) from error
    finally:
        engine.dispose()


def _check_complete(staged: Path, source: Path, revision: str) -> None:
    from scdesk.storage.migrate import missing_schema_objects

    missing = missing_schema_objects(staged, revision)
    if missing:
        gaps = ", ".join(missing[:3])
        raise store.not_a_backup(
            source, _("it lacks parts of an scdesk database: {gaps}").format(gaps=gaps)
        )


@contextmanager
def staged_restore(backup: Backup, folder: OrganizationFolder) -> Iterator[Path]:
    """The backup, checked, copied beside the database and brought to the newest revision:
    only such a copy is ever put in place. Anything wrong with the backup raises a
    StorageError naming it before the organization's files change at all."""
    revision = store.check_backup_file(backup.path, KNOWN_REVISIONS)
    fd, name = tempfile.mkstemp(
        dir=folder.root, prefix=store.TEMPORARY_PREFIX, suffix=store.DATABASE_SUFFIX
    )
    os.close(fd)
    staged = Path(name)
    try:
        with reported_as_storage_errors(folder.root, _("the restore")):
            live_pages = store.page_size(folder.database)
            try:
                store.copy_database(
                    backup.path,
                    staged,
                    "DELETE",
                    page_size=live_pages,
                    check=store.INTEGRITY_CHECK,
                )
            except store.FailedCheck as error:
                raise store.damaged_backup(backup.path, error.details) from error
        _check_complete(staged, backup.path, revision)
        if revision != HEAD_REVISION:
            _bring_up_to_date(staged, backup.path)
            _check_complete(staged, backup.path, HEAD_REVISION)
        yield staged
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{staged}{suffix}").unlink()


def _reapply_erasures(session: Session, folder: OrganizationFolder) -> int:
    """Erase again everyone a restore brought back. Privacy brings the record classes, which
    the backup schedule (loaded with the window) needs only when a restore runs."""
    from scdesk.operations.privacy import reapply_erasures

    return reapply_erasures(session, folder)


def restore_backup(org: OpenOrganization, choice: str | Path | Backup) -> RestoreResult:
    """Replace the open organization's records with a backup's, after backing up the
    current state; the restore itself is one SQLite transaction (all or nothing)."""
    settings = org.backup_settings
    backup = resolve_backup(org.folder, choice, settings)
    with staged_restore(backup, org.folder) as staged:
        safety = store.create_backup(org.folder, store.BEFORE_RESTORE, settings=settings)
        safety_path = safety.backup.path
        org.database.engine.dispose()
        with reported_as_storage_errors(org.folder.database, _("the restore")):
            store.restore_into(staged, org.folder.database)
            hashes = store.attachment_hashes(org.folder.database)
            lost = store.restore_attachments(org.folder, hashes, settings)
    with org.database.transaction() as session:
        reapplied = _reapply_erasures(session, org.folder)
    log.info("restored %s; state before kept as %s", backup.name, safety_path.name)
    return RestoreResult(backup, safety_path, None, lost, reapplied)


def recover_damaged(
    name_or_slug: str,
    choice: str | Path | Backup | None = None,
    registry: Registry | None = None,
    settings: BackupSettings = DEFAULT_SETTINGS,
) -> RestoreResult:
    """For an organization whose database is damaged (it cannot be opened): set the damaged
    file aside as `….corrupt` and put the chosen backup (the newest good one by default) in
    its place."""
    registry = registry or Registry()
    entry = registry.find(name_or_slug)
    folder = registry.folder(entry)
    with OrganizationLock(folder.lock_file, entry.name):
        backup = (
            resolve_backup(folder, choice, settings)
            if choice is not None
            else newest_good_backup(folder, settings)
        )
        if backup is None:
            raise StorageError(
                settings.folder_for(folder),
                _(
                    "the database is damaged and there is no good backup to restore. Keep the "
                    "organization's folder as it is and ask for help."
                ),
            )
        with (
            staged_restore(backup, folder) as staged,
            reported_as_storage_errors(folder.database, _("the restore")),
        ):
            damaged = None
            if folder.database.exists():
                damaged = store.set_aside_damaged(folder.database)
            store.replace_database(staged, folder.database)
            hashes = store.attachment_hashes(folder.database)
            lost = store.restore_attachments(folder, hashes, settings)
    with (
        open_organization(entry.slug, registry, settings) as org,
        org.database.transaction() as session,
    ):
        reapplied = _reapply_erasures(session, folder)
    log.warning("damaged database set aside as %s; restored %s", damaged, backup.name)
    return RestoreResult(backup, None, damaged, lost, reapplied)


def restore_organization(
    name_or_slug: str,
    choice: str | Path | Backup | None = None,
    registry: Registry | None = None,
    settings: BackupSettings = DEFAULT_SETTINGS,
) -> RestoreResult:
    """Restore a closed organization (the command line's way): the normal restore when its
    database opens, the recovery of a damaged one when it does not."""
    registry = registry or Registry()
    try:
        org = open_organization(name_or_slug, registry, settings)
    except (DamagedDatabaseError, NotADatabaseError):
        return recover_damaged(name_or_slug, choice, registry, settings)
    with org:
        if choice is None:
            choice = newest_good_backup(org.folder, settings)
            if choice is None:
                raise StorageError(
                    settings.folder_for(org.folder), _("there is no backup to restore yet.")
                )
        return restore_backup(org, choice)


@dataclass(frozen=True)
class MoveResult:
    """What moving the backups to a newly chosen folder did, for every organization."""

    moved: int
    name_taken: tuple[str, ...]  # backups left behind: the new folder has another by the name
    left_behind: int  # backups still in the old folders (name taken, or not reached)
    problem: Translatable | None  # what stopped the move, naming the file
    cancelled: bool


def backups_to_move(
    old: BackupSettings, new: BackupSettings, registry: Registry | None = None
) -> list[BackupsToMove]:
    """Every organization's backups in the folders `old` puts them in, when `new` puts
    them elsewhere (nothing when the folder did not change)."""
    registry = registry or Registry()
    plans = []
    for entry in registry.entries():
        plan = mover.backups_to_move(entry.name, registry.folder(entry), old, new)
        if plan is not None:
            plans.append(plan)
    return plans


def move_backups(
    plans: list[BackupsToMove],
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MoveResult:
    """Move the backups of `plans` (copy, check, then remove the original: see
    storage.backup_move); stop at the first problem or at Cancel. Running it again with
    fresh plans finishes an interrupted move."""
    total = sum(plan.total_bytes for plan in plans)
    done = 0
    moved, taken = 0, []
    for plan in plans:

        def copied(count: int, organization: str = plan.organization) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(min(done, total), total, organization)

        outcome = mover.move_backups(plan, copied, cancelled)
        moved += len(outcome.moved)
        taken += outcome.name_taken
        log.info(
            "backups of %s moved from %s to %s: %d moved, %d left (name taken)%s",
            plan.organization,
            plan.source,
            plan.target,
            len(outcome.moved),
            len(outcome.name_taken),
            "; cancelled" if outcome.cancelled else "",
        )
        if outcome.problem is not None or outcome.cancelled:
            if outcome.problem is not None:
                log.warning("moving backups stopped: %s", outcome.problem)
            left = sum(plan.count for plan in plans) - moved
            return MoveResult(moved, tuple(taken), left, outcome.problem, outcome.cancelled)
    if progress is not None:
        progress(total, total, "")
    return MoveResult(moved, tuple(taken), len(taken), None, False)
