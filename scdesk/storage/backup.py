"""Backups of one organization: its database and its attachments, rotated under a size cap.

Layout of an organization's backups folder (its own `backups/`, or one named after it in the
folder the person chose: see BackupSettings)::

    20250301T101500.123456Z-before-import.sqlite3   the database, a self-contained SQLite file
    20250301T101500.123456Z-before-import.json      its manifest: reason, time, change number,
                                                    schema revision, attachment hashes
    attachments/ab/ab12…                            attachment files by SHA-256, shared by
                                                    every backup that lists them

Why this shape:
- The database is copied with SQLite's backup API (a file copy of a live database is often
  malformed), into a temporary file that is fsynced and passed through quick_check before
  it is renamed into place; a crash leaves the previous backups as they were and at worst a
  hidden temporary file, swept away by the next backup.
- Attachments never change once stored (their name is their hash), so each file is copied
  once into `attachments/` and every backup's manifest names the hashes it needs. A backup
  of a large store costs only the files added since the last one.
- The manifest is written before the database is renamed into place, so a listed backup
  always has one (older backups without a manifest are still listed, from their file name).

Restoring replaces the database file with a checked copy of the backup (the caller holds
the organization's lock and has closed its connections) and puts back any attachment file
the store lacks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.paths import ensure_private_folder
from scdesk.storage.atomic import fsync_folder, write_text_atomic
from scdesk.storage.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    StorageError,
)
from scdesk.storage.failures import reported_as_storage_errors
from scdesk.storage.registry import OrganizationFolder
from scdesk.storage.sqlite_file import SQLITE_HEADER, inspect_database, open_read_only

MANIFEST_FORMAT = 1
DATABASE_SUFFIX = ".sqlite3"
MANIFEST_SUFFIX = ".json"
TEMPORARY_PREFIX = ".incoming-"
STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
CHUNK = 1 << 20
PAGES_PER_STEP = 4096  # about a tenth of a second per step: progress and Cancel stay live
CHECK_STEPS_PER_POLL = 100_000  # SQLite virtual machine steps between looks at Cancel
QUICK_CHECK, INTEGRITY_CHECK = "quick_check", "integrity_check"
# integrity_check compares every index with its table, reading pages again and again: with
# SQLite's default 2 MB cache it took 17.8 s on a 500 MB database, with 64 MB 15.0 s (a
# memory map, which _prepare_for_copy rules out, 14.2 s). quick_check reads each page once.
INTEGRITY_CHECK_CACHE_KIB = 64 * 1024

# Reasons the app gives; any other short text is allowed too (and shown as written).
MANUAL = "manual"
BEFORE_UPGRADE = "before upgrade"
BEFORE_IMPORT = "before import"
BEFORE_MERGE = "before merge"
BEFORE_RESTORE = "before restore"
BEFORE_ERASURE = "before erasure"
ON_CLOSE = "on close"
HOURLY = "hourly"

_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)-(.*)\.sqlite3$")

# Backups of one folder are taken one at a time (a scheduled one may run in a worker thread).
_folder_locks: dict[Path, threading.Lock] = {}
_folder_locks_guard = threading.Lock()

BackupProgress = Callable[[int, int], None]


class BackupCancelled(Exception):
    """The person cancelled a backup; nothing was written."""


class FailedCheck(DamagedDatabaseError):
    """A database that SQLite's check finds damaged, so it was not copied."""

    def __init__(self, path: Path, details: str) -> None:
        super().__init__(
            path,
            _(
                "the database is damaged ({details}), so it could not be copied; nothing was "
                "changed. Restore the newest good backup."
            ).format(details=details),
        )
        self.details = details


@dataclass(frozen=True)
class BackupPolicy:
    """Which backups rotation keeps: the newest few, then one per day, week and month,
    all under a size cap (the newest backup is kept even when it alone exceeds the cap)."""

    recent: int = 10
    daily: int = 7
    weekly: int = 5
    monthly: int = 12
    size_cap: int = 2 * 1024**3


@dataclass(frozen=True)
class BackupSettings:
    """Where an organization's backups go and what rotation keeps: the person's preference.

    The window and the command line read it from the preferences and hand it down (storage
    reads no settings), so every backup of an organization, whoever takes it, lands in the
    one folder its Backups page lists. The default: the organization's own `backups/`."""

    folder: Path | None = None  # holds one subfolder per organization, named by its slug
    policy: BackupPolicy = field(default_factory=BackupPolicy)

    def folder_for(self, organization: OrganizationFolder) -> Path:
        if self.folder is None:
            return organization.backups
        return self.folder / organization.root.name


DEFAULT_SETTINGS = BackupSettings()


@dataclass(frozen=True)
class Backup:
    """One backup as listed: its files and what its manifest says."""

    path: Path
    created: datetime  # naive UTC, like every time scdesk stores
    reason: str
    database_bytes: int
    change_number: int | None = None
    schema: str | None = None
    attachments: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def manifest(self) -> Path:
        return self.path.with_suffix(MANIFEST_SUFFIX)

    @property
    def attachment_bytes(self) -> int:
        return sum(self.attachments.values())


@dataclass(frozen=True)
class BackupResult:
    backup: Backup
    missing_attachments: tuple[str, ...]  # hashes the store lacked when the backup was taken
    removed: tuple[str, ...]  # backups rotation let go


def folder_lock(folder: Path) -> threading.Lock:
    with _folder_locks_guard:
        return _folder_locks.setdefault(folder.resolve(), threading.Lock())


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "backup"


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo is None else moment.astimezone(UTC)


def attachment_copy(backups: Path, sha256: str) -> Path:
    return backups / "attachments" / sha256[:2] / sha256


def _stored_attachment(folder: OrganizationFolder, sha256: str) -> Path:
    return folder.attachments / sha256[:2] / sha256


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def copy_database(
    source: Path,
    target: Path,
    journal_mode: str,
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int | None = None,
    check: str = QUICK_CHECK,
) -> None:
    """Copy `source` into the new file `target` with SQLite's backup API, check it, fsync it.

    The copy is a consistent snapshot even while the app writes. With `page_size`, the copy
    is rebuilt with pages of that size (a WAL database only takes a restore of its own page
    size). `check` is SQLite's quick_check (the structure of every page; enough for a copy of
    our own healthy database) or integrity_check (also every index against its table; for a
    file about to replace the organization's records). Raises DamagedDatabaseError when the
    copy fails it (then `target` is not to be used).

    The check reads the finished copy while the copy is written through to the disk. Until
    28 Nov 2026 a quick_check of the source ran on a second thread while the copy was made
    (and counted for the copy when nobody had saved meanwhile): 0.7 s for the large demo
    when the two kept out of each other's way, but on most runs the copy's reads and writes
    then took two to three times as long in the kernel, 1.1-1.5 s in all. One after the
    other they take 0.9-1.0 s, run after run. No file is mapped into memory (see
    _prepare_for_copy).
    """
    if check not in (QUICK_CHECK, INTEGRITY_CHECK):
        raise ValueError(f"unknown check {check!r}")

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled
        if progress is not None:
            progress(total - remaining, total)

    try:
        with closing(open_read_only(source)) as src, closing(sqlite3.connect(target)) as dst:
            _prepare_for_copy(src, dst)
            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute(f"PRAGMA journal_mode = {journal_mode}")
            if page_size and dst.execute("PRAGMA page_size").fetchone()[0] != page_size:
                dst.execute(f"PRAGMA page_size = {int(page_size)}")
                dst.execute("VACUUM")
            with _fsynced_meanwhile(target):  # the copy is complete: nothing writes it
                result = _run_check(dst, check, cancelled)
    except UnicodeDecodeError as error:  # a message quoting a damaged schema's bytes
        result = [(f"unreadable schema: {error.reason}",)]
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise
        result = [(str(error),)]
    if result != [("ok",)]:
        raise FailedCheck(source, "; ".join(row[0] for row in result[:3]))
    os.chmod(target, 0o600)


@contextlib.contextmanager
def _fsynced_meanwhile(path: Path) -> Iterator[None]:
    """Write `path` through to the disk on a thread of its own while the block runs, and
    wait for it at the end (raising its error, if any): the check reads the pages the copy
    left in the system's cache while they go to the disk, instead of one after the other
    (about 1 s and 0.4 s of a 500 MB backup here)."""
    failed: list[OSError] = []

    def write_through() -> None:
        try:
            fsync_file(path)
        except OSError as error:
            failed.append(error)

    thread = threading.Thread(target=write_through, name="backup fsync", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()  # before anyone removes or renames the file
    if failed:
        raise failed[0]


def _prepare_for_copy(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """Read and write both files with ordinary system calls, never through a memory map.

    A mapped file whose disk fails or is pulled out (a backup on a USB stick) does not
    raise an error: the system stops the whole process (SIGBUS). And a map costs a page
    fault every few pages read, which on a virtual machine is cheap until the host is slow
    to serve them: a 500 MB backup took 1.3 s mapped and 1.45 s unmapped in ordinary times,
    but in such a spell 3.4-3.6 s mapped (16,000 faults), 1.8-2.1 s when the same file's
    cache happened to need 600 faults, where an unmapped copy takes none.

    The target is a temporary file that is checked, fsynced and renamed only once complete,
    so it needs neither a rollback journal nor fsyncs while it is written: a crash leaves a
    hidden file the next backup sweeps away.
    """
    src.execute("PRAGMA mmap_size = 0")
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "mmap_size = 0"):
        dst.execute(f"PRAGMA {pragma}")


def _run_check(
    dst: sqlite3.Connection, check: str, cancelled: Callable[[], bool] | None
) -> list[tuple[str]]:
    """SQLite's check of the copy; a cancellation stops it within a fraction of a second."""
    if check == INTEGRITY_CHECK:
        dst.execute(f"PRAGMA cache_size = -{INTEGRITY_CHECK_CACHE_KIB}")
    if cancelled is not None:
        dst.set_progress_handler(lambda: 1 if cancelled() else 0, CHECK_STEPS_PER_POLL)
    try:
        return dst.execute(f"PRAGMA {check}").fetchall()
    except sqlite3.OperationalError as error:
        if cancelled is not None and cancelled():
            raise BackupCancelled from error
        raise
    finally:
        dst.set_progress_handler(None, 0)


def _read_backup_facts(path: Path) -> tuple[int | None, str | None, set[str]]:
    """The change number, schema revision and attachment hashes a database copy holds."""
    with closing(open_read_only(path)) as connection:

        def scalar(sql: str) -> object:
            try:
                row = connection.execute(sql).fetchone()
            except sqlite3.OperationalError:  # the table is not there in this revision
                return None
            return row[0] if row else None

        change = scalar("SELECT value FROM change_sequence WHERE id = 1")
        schema = scalar("SELECT version_num FROM alembic_version")
        try:
            hashes = {row[0] for row in connection.execute("SELECT sha256 FROM attachment")}
        except sqlite3.OperationalError:
            hashes = set()
    return (int(change) if change is not None else None), (str(schema) if schema else None), hashes


def _copy_file_atomic(source: Path, target: Path) -> None:
    ensure_private_folder(target.parent)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=TEMPORARY_PREFIX)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_attachments(
    folder: OrganizationFolder, backups: Path, hashes: Iterable[str]
) -> tuple[dict[str, int], tuple[str, ...]]:
    """Copy into the backups any attachment file not there yet; say which were missing."""
    present: dict[str, int] = {}
    missing = []
    for sha256 in sorted(hashes):
        copy = attachment_copy(backups, sha256)
        stored = _stored_attachment(folder, sha256)
        if not copy.exists():
            if not stored.exists():
                missing.append(sha256)
                continue
            _copy_file_atomic(stored, copy)
        present[sha256] = copy.stat().st_size
    return present, tuple(missing)


def _sweep_temporary_files(folder: Path) -> None:
    """Remove what an interrupted backup or restore left (hidden, never listed)."""
    if not folder.exists():
        return
    for leftover in folder.rglob(f"{TEMPORARY_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def create_backup(
    folder: OrganizationFolder,
    reason: str,
    *,
    settings: BackupSettings = DEFAULT_SETTINGS,
    progress: BackupProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Back up the organization's database and attachments into the settings' folder, then
    rotate the backups there by the settings' policy. A chosen folder that is missing (a
    disk not connected) is refused rather than created in its place on this computer.

    Safe while the database is open and being written. On any failure (full disk, damaged
    database, cancellation) nothing new is left behind and the earlier backups are untouched.
    """
    if settings.folder is not None and not settings.folder.is_dir():
        raise StorageError(
            settings.folder,
            _(
                "the backup folder chosen in Preferences is not there (is its disk "
                "connected?), so no backup was made and nothing was changed. Connect the "
                "disk, or choose another folder in Preferences."
            ),
        )
    backups = settings.folder_for(folder)
    with folder_lock(backups), reported_as_storage_errors(backups, _("the backup")):
        ensure_private_folder(backups)
        _sweep_temporary_files(backups)
        return _create_backup_locked(folder, backups, reason, settings, progress, cancelled, now)


def _create_backup_locked(
    folder: OrganizationFolder,
    backups: Path,
    reason: str,
    settings: BackupSettings,
    progress: BackupProgress | None,
    cancelled: Callable[[], bool] | None,
    now: datetime | None,
) -> BackupResult:
    created = _utc(now) if now is not None else datetime.now(UTC).replace(tzinfo=None)
    stem = f"{created.strftime(STAMP_FORMAT)}-{_slug(reason)}"
    target = backups / f"{stem}{DATABASE_SUFFIX}"
    fd, tmp_name = tempfile.mkstemp(dir=backups, prefix=TEMPORARY_PREFIX, suffix=DATABASE_SUFFIX)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy_database(folder.database, tmp, "DELETE", progress, cancelled)
        change_number, schema, hashes = _read_backup_facts(tmp)
        attachments, missing = _copy_attachments(folder, backups, hashes)
        manifest = {
            "format": MANIFEST_FORMAT,
            "created": created.isoformat(),
            "reason": reason,
            "database_bytes": tmp.stat().st_size,
            "change_number": change_number,
            "schema": schema,
            "attachments": attachments,
            "missing_attachments": list(missing),
        }
        write_text_atomic(target.with_suffix(MANIFEST_SUFFIX), json.dumps(manifest, indent=1))
        os.replace(tmp, target)
        fsync_folder(backups)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tmp}-journal").unlink()
        if not target.exists():
            with contextlib.suppress(FileNotFoundError):
                target.with_suffix(MANIFEST_SUFFIX).unlink()
        raise
    backup = Backup(
        target, created, reason, target.stat().st_size, change_number, schema, attachments
    )
    removed = rotate(backups, settings.policy)
    return BackupResult(backup, missing, removed)


def _parse_name(path: Path) -> tuple[datetime, str]:
    match = _NAME.match(path.name)
    if match:
        created = datetime.strptime(match.group(1), STAMP_FORMAT)
        return created, match.group(2).replace("-", " ")
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    if path.name.startswith("before-upgrade-"):
        return modified, BEFORE_UPGRADE
    return modified, "unknown"


def _count(value: object) -> int | None:
    """A non-negative whole number from a manifest, or None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def read_backup(path: Path) -> Backup:
    """A backup as its manifest describes it, or from its file name when the manifest is
    missing or unreadable (a manifest is a convenience: the database file is the backup)."""
    created, reason = _parse_name(path)
    size = path.stat().st_size
    try:
        data = json.loads(path.with_suffix(MANIFEST_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict):
        return Backup(path, created, reason, size)
    attachments = data.get("attachments")
    if not isinstance(attachments, dict):
        attachments = {}
    written_reason, schema = data.get("reason"), data.get("schema")
    return Backup(
        path,
        created,
        written_reason if isinstance(written_reason, str) and written_reason else reason,
        size,
        _count(data.get("change_number")),
        schema if isinstance(schema, str) else None,
        {k: n for k, v in attachments.items() if (n := _count(v)) is not None},
    )


def list_backups(
    folder: OrganizationFolder, settings: BackupSettings = DEFAULT_SETTINGS
) -> list[Backup]:
    """Every backup of the organization in the settings' folder, newest first."""
    return backups_in(settings.folder_for(folder))


def backups_in(backups: Path) -> list[Backup]:
    """Every whole backup in the folder `backups` (temporary files left out), newest first."""
    if not backups.exists():
        return []
    found = [
        read_backup(path)
        for path in backups.glob(f"*{DATABASE_SUFFIX}")
        if not path.name.startswith(TEMPORARY_PREFIX)
    ]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def find_backup(
    folder: OrganizationFolder, name: str, settings: BackupSettings = DEFAULT_SETTINGS
) -> Backup:
    """The backup called `name` (its file name, with or without `.sqlite3`)."""
    for backup in list_backups(folder, settings):
        if name in (backup.name, backup.path.stem):
            return backup
    raise StorageError(
        settings.folder_for(folder) / name,
        _("there is no backup by that name. List them with `scdesk backup list`."),
    )


def _period_keys(created: datetime) -> tuple[object, object, object]:
    year, week, _ = created.isocalendar()
    return created.date(), (year, week), (created.year, created.month)


def backups_to_keep(backups: list[Backup], policy: BackupPolicy) -> list[Backup]:
    """The backups rotation keeps (newest first): see BackupPolicy."""
    kept = {b.name: b for b in backups[: policy.recent]}
    for index, count in enumerate((policy.daily, policy.weekly, policy.monthly)):
        periods: set[object] = set()
        for backup in backups:
            key = _period_keys(backup.created)[index]
            if key in periods:
                continue
            if len(periods) == count:
                break
            periods.add(key)
            kept[backup.name] = backup
    ordered = [b for b in backups if b.name in kept]
    while len(ordered) > 1 and _total_bytes(ordered) > policy.size_cap:
        ordered.pop()  # the oldest goes first; the newest always stays
    return ordered


def _total_bytes(backups: list[Backup]) -> int:
    attachments: dict[str, int] = {}
    for backup in backups:
        attachments.update(backup.attachments)
    return sum(b.database_bytes for b in backups) + sum(attachments.values())


def rotate(backups: Path, policy: BackupPolicy) -> tuple[str, ...]:
    """Delete the backups in `backups` the policy does not keep, and attachment copies
    nobody lists.

    Periods are counted over the backups there are (the newest of each of the last seven
    days that have one), so a laptop left closed for a month keeps its older copies."""
    found = backups_in(backups)
    kept = backups_to_keep(found, policy)
    kept_names = {b.name for b in kept}
    removed = []
    for backup in found:
        if backup.name in kept_names:
            continue
        for path in (backup.manifest, backup.path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        removed.append(backup.name)
    sweep_unlisted(backups, kept)
    return tuple(removed)


def remove_backup(backup: Backup) -> None:
    """Delete one backup (its attachment copies go at the next rotation if nobody lists them)."""
    with folder_lock(backup.path.parent):
        for path in (backup.manifest, backup.path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def sweep_unlisted(backups: Path, kept: list[Backup]) -> None:
    """Remove from the folder `backups` the manifests whose database is gone and the
    attachment copies that none of the `kept` backups lists."""
    _sweep_orphan_manifests(backups)
    _sweep_attachment_copies(backups, kept)


def _sweep_orphan_manifests(backups: Path) -> None:
    for manifest in backups.glob(f"*{MANIFEST_SUFFIX}"):
        if not manifest.with_suffix(DATABASE_SUFFIX).exists():
            with contextlib.suppress(FileNotFoundError):
                manifest.unlink()


def _sweep_attachment_copies(backups: Path, kept: list[Backup]) -> None:
    store = backups / "attachments"
    if not store.exists():
        return
    if any(not b.manifest.exists() for b in kept):
        return  # a backup without a manifest might need any file: keep them all
    wanted = {sha for backup in kept for sha in backup.attachments}
    for path in store.glob("*/*"):
        if path.name not in wanted and not path.name.startswith(TEMPORARY_PREFIX):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def passes_integrity_check(path: Path) -> bool:
    """Whether SQLite's full integrity_check (indexes included) finds nothing wrong."""
    try:
        with closing(open_read_only(path)) as connection:
            return connection.execute(f"PRAGMA {INTEGRITY_CHECK}").fetchall() == [("ok",)]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def _what_it_is(path: Path) -> str:
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return _("it is a database of another program")
    return _("it is not a database at all")


def damaged_backup(path: Path, details: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        path,
        _(
            "this backup is damaged ({details}), so it cannot be restored; nothing was "
            "changed. Choose another backup."
        ).format(details=details),
    )


def not_a_backup(path: Path, reason: str) -> NotADatabaseError:
    return NotADatabaseError(
        path,
        _(
            "this file is not an scdesk backup ({reason}), so it cannot be restored; nothing "
            "was changed. Choose a .sqlite3 file from the organization's backups folder."
        ).format(reason=reason),
    )


def check_backup_file(path: Path, known_revisions: frozenset[str]) -> str:
    """Check a file offered for restoring; return its schema revision.

    Reads only. Raises NotADatabaseError, DamagedDatabaseError or NewerDatabaseError (from
    the caller's list of revisions) with a message naming the file.
    """
    if not path.is_file():
        raise StorageError(path, _("there is no such file to restore from."))
    try:
        revision = inspect_database(path, thorough=True)
    except DamagedDatabaseError as error:
        cause = error.__cause__
        raise damaged_backup(path, str(cause) if cause else _("it fails SQLite's check")) from error
    except NotADatabaseError as error:
        raise not_a_backup(path, _what_it_is(path)) from error
    if revision is None:
        raise not_a_backup(path, _("it holds no scdesk records"))
    if revision not in known_revisions:
        raise NewerDatabaseError(
            path,
            _(
                "this backup was made by a newer version of scdesk (schema {revision}). "
                "Install the newest scdesk to restore it; nothing was changed."
            ).format(revision=revision),
        )
    return revision


def set_aside_damaged(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) to `….corrupt`, keeping it for rescue."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.stem}-{stamp}{database.suffix}.corrupt")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))
    os.replace(database, aside)
    fsync_folder(database.parent)
    return aside


def checkpoint(database: Path) -> None:
    """Fold the WAL into the database file, so the file alone holds every committed change."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def replace_database(source: Path, database: Path) -> None:
    """Put a checked copy of `source` in place of `database` (which is closed and locked).

    The copy is made and checked beside the database first; the rename is the one moment
    the database changes, so a crash leaves either the old database or the restored one.
    """
    fd, tmp_name = tempfile.mkstemp(
        dir=database.parent, prefix=TEMPORARY_PREFIX, suffix=DATABASE_SUFFIX
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy_database(source, tmp, "WAL")
        if database.exists():
            checkpoint(database)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{database}{suffix}").unlink()
        os.replace(tmp, database)
        fsync_folder(database.parent)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise


def restore_into(source: Path, database: Path) -> None:
    """Overwrite the open, healthy `database` with a copy of `source` in one SQLite write
    transaction: every connection sees either the old records or the restored ones, and a
    crash rolls back to the old. (`source` is checked first with check_backup_file.)"""
    with (
        closing(open_read_only(source)) as src,
        closing(sqlite3.connect(database, timeout=30)) as dst,
    ):
        src.backup(dst)
        result = dst.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:  # pragma: no cover - the source passed quick_check just before
        raise DamagedDatabaseError(database, _("the restored database failed its check."))


def page_size(database: Path) -> int | None:
    """The page size of an existing database, read from its header."""
    try:
        with open(database, "rb") as handle:
            header = handle.read(18)
    except FileNotFoundError:
        return None
    size = int.from_bytes(header[16:18], "big") if len(header) == 18 else 0
    return 65536 if size == 1 else size or None


def attachment_hashes(database: Path) -> set[str]:
    """Every attachment hash the database lists, tombstoned ones included."""
    return _read_backup_facts(database)[2]


def restore_attachments(
    folder: OrganizationFolder, hashes: Iterable[str], settings: BackupSettings = DEFAULT_SETTINGS
) -> tuple[str, ...]:
    """Copy back from the backups every listed attachment file the store lacks or has damaged;
    return the hashes that could not be found anywhere."""
    lost = []
    backups = settings.folder_for(folder)
    for sha256 in hashes:
        stored = _stored_attachment(folder, sha256)
        if stored.exists() and sha256_of(stored) == sha256:
            continue
        copy = attachment_copy(backups, sha256)
        if copy.exists():
            _copy_file_atomic(copy, stored)
        else:
            lost.append(sha256)
    return tuple(lost)
