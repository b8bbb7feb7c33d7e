"""Bringing an organization's backups along when the person chooses another backup folder.

Each backup (its database, its manifest and the attachment copies it lists) is copied into
the new folder, each copy is read back and compared with the original (size and SHA-256),
and only then is the original removed. So a disk that fills up or a USB stick pulled out
half-way leaves every backup whole in at least one of the two folders; the move stops with
a message naming the file, and running it again finishes the job (a backup already copied
is recognised by its content and only its original is removed).

Order inside one backup, as in the backups themselves: attachment copies, then the
manifest, then the database file renamed into place, so the new folder never lists a
backup that lacks what it needs. A different backup of the same name already in the new
folder is never overwritten: the one in the old folder stays where it is.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scdesk.domain.i18n import Translatable, _
from scdesk.paths import ensure_private_folder
from scdesk.storage.atomic import fsync_folder
from scdesk.storage.backup import (
    CHUNK,
    TEMPORARY_PREFIX,
    Backup,
    BackupCancelled,
    BackupSettings,
    attachment_copy,
    backups_in,
    folder_lock,
    list_backups,
    sha256_of,
    sweep_unlisted,
)
from scdesk.storage.registry import OrganizationFolder

Copied = Callable[[int], None]  # told the number of bytes just copied


@dataclass(frozen=True)
class BackupsToMove:
    """One organization's backups in the folder left, and where they would go."""

    organization: str
    source: Path
    target: Path
    backups: tuple[Backup, ...]
    attachment_files: tuple[Path, ...]  # the copies in `source` that the backups need
    total_bytes: int
    chosen_before: Path | None  # the folder chosen in Preferences (None: the organization's own)
    chosen_now: Path | None

    @property
    def count(self) -> int:
        return len(self.backups)


@dataclass(frozen=True)
class MoveOutcome:
    """What moving one organization's backups did."""

    moved: tuple[str, ...] = ()  # now only in the new folder
    name_taken: tuple[str, ...] = ()  # left in the old folder: the new one has another by that name
    problem: Translatable | None = None  # what stopped the move, naming the file
    cancelled: bool = False


class _CopyMismatch(Exception):
    """The copy read back differs from the original."""


def backups_to_move(
    organization: str,
    folder: OrganizationFolder,
    old: BackupSettings,
    new: BackupSettings,
) -> BackupsToMove | None:
    """The organization's backups in the `old` folder, when `new` puts them elsewhere."""
    source, target = old.folder_for(folder), new.folder_for(folder)
    if source.resolve() == target.resolve():
        return None
    found = tuple(list_backups(folder, old))
    if not found:
        return None
    files = _attachment_files(source, found)
    total = sum(b.database_bytes + _size(b.manifest) for b in found) + sum(map(_size, files))
    return BackupsToMove(organization, source, target, found, files, total, old.folder, new.folder)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _attachment_files(source: Path, backups: tuple[Backup, ...]) -> tuple[Path, ...]:
    """The attachment copies the backups need: those their manifests list, or every one
    when a backup has no manifest (it might need any)."""
    if any(not b.manifest.exists() for b in backups):
        store = source / "attachments"
        found = store.glob("*/*") if store.exists() else []
        return tuple(sorted(p for p in found if not p.name.startswith(TEMPORARY_PREFIX)))
    hashes = sorted({sha for backup in backups for sha in backup.attachments})
    return tuple(p for sha in hashes if (p := attachment_copy(source, sha)).exists())


def _needed_by(backup: Backup, plan: BackupsToMove) -> list[Path]:
    if not backup.manifest.exists():
        return list(plan.attachment_files)
    return [p for p in plan.attachment_files if p.name in backup.attachments]


def move_backups(
    plan: BackupsToMove,
    copied: Copied | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MoveOutcome:
    """Move the plan's backups into its target folder, oldest first (see the module's
    docstring). Never raises for a file problem or a cancellation: the outcome says what
    was moved and what stopped the move."""
    return _Move(plan, copied or (lambda _count: None), cancelled or (lambda: False)).run()


class _Move:
    def __init__(self, plan: BackupsToMove, tell: Copied, stop: Callable[[], bool]) -> None:
        self.plan, self.tell, self.stop = plan, tell, stop
        self.current = plan.target  # the file being handled, for the message
        self.moved: list[str] = []
        self.taken: list[str] = []

    def run(self) -> MoveOutcome:
        plan = self.plan
        if not plan.target.parent.is_dir():
            return self._outcome(
                _(
                    "the new backup folder {folder} is not there (is its disk connected?), so "
                    "no backup was moved. Connect the disk and move the backups again."
                ).format(folder=str(plan.target.parent))
            )
        try:
            ensure_private_folder(plan.target)
            for backup in reversed(plan.backups):
                if self.stop():
                    raise BackupCancelled
                with folder_lock(plan.source), folder_lock(plan.target):
                    if not backup.path.exists():
                        continue  # gone since the plan was made (moved by an earlier run)
                    if self._move_one(backup):
                        self.moved.append(backup.name)
                    else:
                        self.taken.append(backup.name)
            self.current = plan.source
            with folder_lock(plan.source):
                _tidy_source(plan.source)
        except BackupCancelled:
            return self._outcome(cancelled=True)
        except _CopyMismatch:
            return self._outcome(
                _(
                    "the copy of {file} read back from {folder} differs from the original, so "
                    "the original was kept. The disk there may be failing: check it, or choose "
                    "another folder."
                ).format(file=str(self.current), folder=str(plan.target))
            )
        except OSError as error:
            return self._outcome(
                _(
                    "{file} could not be moved to {folder} ({reason}). Every backup is still "
                    "whole in one of the two folders. Check that the disk is connected and has "
                    "room, then move the backups again."
                ).format(
                    file=str(self.current),
                    folder=str(plan.target),
                    reason=error.strerror or str(error),
                )
            )
        return self._outcome()

    def _outcome(self, problem: Translatable | None = None, cancelled: bool = False) -> MoveOutcome:
        return MoveOutcome(tuple(self.moved), tuple(self.taken), problem, cancelled)

    def _move_one(self, backup: Backup) -> bool:
        """Copy one backup into the target, check the copy, remove the original. False when
        another backup by its name is in the target (then nothing is done)."""
        target = self.plan.target
        destination = target / backup.name
        self.current = backup.path
        if destination.exists() and not _same_content(backup.path, destination):
            return False
        for stored in _needed_by(backup, self.plan):
            self.current = stored
            copy = target / "attachments" / stored.parent.name / stored.name
            if copy.exists() and sha256_of(copy) == stored.name:
                continue
            ensure_private_folder(copy.parent)
            _put_in_place(self._verified_copy(stored, copy.parent), copy)
        manifest = destination.with_suffix(backup.manifest.suffix)
        if backup.manifest.exists() and not (destination.exists() and manifest.exists()):
            self.current = backup.manifest
            _put_in_place(self._verified_copy(backup.manifest, target), manifest)
        self.current = backup.path
        if not destination.exists():
            staged = self._verified_copy(backup.path, target)
            if destination.exists():  # a backup of that name arrived meanwhile: keep both
                staged.unlink()
                return False
            _put_in_place(staged, destination)
        fsync_folder(target)
        for original in (backup.path, backup.manifest):
            self.current = original
            with contextlib.suppress(FileNotFoundError):
                original.unlink()
        return True

    def _verified_copy(self, source: Path, folder: Path) -> Path:
        """A hidden copy of `source` in `folder`, on the disk and read back equal to it."""
        fd, name = tempfile.mkstemp(dir=folder, prefix=TEMPORARY_PREFIX)
        staged = Path(name)
        try:
            digest = hashlib.sha256()
            with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    if self.stop():
                        raise BackupCancelled
                    digest.update(chunk)
                    dst.write(chunk)
                    self.tell(len(chunk))
                dst.flush()
                os.fsync(dst.fileno())
                _forget_cached_pages(dst.fileno())  # so the check reads what the disk holds
            if staged.stat().st_size != source.stat().st_size:
                raise _CopyMismatch
            if sha256_of(staged) != digest.hexdigest():
                raise _CopyMismatch
            os.chmod(staged, 0o600)
            return staged
        except BaseException:
            with contextlib.suppress(OSError):
                staged.unlink()
            raise


def _same_content(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    return sha256_of(first) == sha256_of(second)


def _forget_cached_pages(fd: int) -> None:
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _put_in_place(staged: Path, final: Path) -> None:
    try:
        os.replace(staged, final)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise


def _tidy_source(source: Path) -> None:
    """Once its backups are gone from the old folder, let go of what only they needed."""
    remaining = backups_in(source)
    sweep_unlisted(source, remaining)
    if remaining:
        return
    for leftover in source.rglob(f"{TEMPORARY_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    store = source / "attachments"
    folders = [*(store.glob("*") if store.exists() else []), store, source]
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
