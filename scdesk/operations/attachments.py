"""Attachments: files copied into the organization's store by content hash."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model import Attachment, Record
from scdesk.storage.atomic import atomic_output
from scdesk.storage.uncommitted_files import remove_unless_committed

CHUNK = 1 << 20


def stored_path(store: Path, sha256: str) -> Path:
    return store / sha256[:2] / sha256


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the attachment store, not yet attached to a record."""

    name: str  # the original file name
    sha256: str
    size: int
    created: Path | None = None  # the stored file, if this copy put it there


class CopyProgress(Protocol):
    """What a long copy reports to, and asks whether to stop (scdesk.ui.tasks.Progress)."""

    def report(self, done: int, total: int, message: str = "") -> None: ...

    def check(self) -> None: ...


def store_file(store: Path, source: Path, progress: CopyProgress | None = None) -> StoredFile:
    """Copy `source` into the store under its SHA-256, atomically, reporting megabytes copied
    to `progress`; if `progress.check()` raises (Cancel), nothing is left in the store."""
    total = max(1, -(-source.stat().st_size // CHUNK))
    store.mkdir(parents=True, exist_ok=True, mode=0o700)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=store, prefix=".incoming-")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while True:
                if progress is not None:
                    progress.check()
                    progress.report(size // CHUNK, total)
                chunk = src.read(CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        target = stored_path(store, digest.hexdigest())
        target.parent.mkdir(exist_ok=True, mode=0o700)
        created: Path | None = None
        if target.exists():
            os.unlink(tmp_name)
        else:
            created = target
            os.chmod(tmp_name, 0o600)
            os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return StoredFile(source.name, digest.hexdigest(), size, created)


def attach_file(
    session: Session, store: Path, record: Record, source: Path, title: str = ""
) -> Attachment:
    """Copy `source` into the store and link it to `record`."""
    return attach_stored(session, record, store_file(store, source), title)


def attach_stored(
    session: Session, record: Record, stored: StoredFile, title: str = ""
) -> Attachment:
    """Attach a file already copied into the store (see `store_file`) to `record`; a file
    this copy put there goes again if the transaction rolls back, so the store never keeps
    a file no record refers to."""
    if stored.created is not None:
        remove_unless_committed(session, stored.created)
    media_type = mimetypes.guess_type(stored.name)[0] or "application/octet-stream"
    attachment = Attachment(
        record_table=record.__tablename__,
        record_uuid=record.uuid,
        title=title or Path(stored.name).stem,
        filename=stored.name,
        media_type=media_type,
        size=stored.size,
        sha256=stored.sha256,
    )
    session.add(attachment)
    session.flush()
    return attachment


def attachments_of(session: Session, record: Record) -> list[Attachment]:
    return list(
        session.scalars(
            select(Attachment)
            .where(
                Attachment.record_table == record.__tablename__,
                Attachment.record_uuid == record.uuid,
                Attachment.deleted_at.is_(None),
            )
            .order_by(Attachment.created_at)
        )
    )


def export_attachment(store: Path, attachment: Attachment, target: Path) -> Path:
    """Save a copy of the file out of the store: whole or not at all, private to its owner."""
    with open(stored_path(store, attachment.sha256), "rb") as source, atomic_output(target) as out:
        shutil.copyfileobj(source, out, CHUNK)
    return target


def check_attachments(session: Session, store: Path) -> list[str]:
    """Problems: files missing from the store, or whose content no longer matches its hash."""
    problems = []
    for attachment in session.scalars(select(Attachment).where(Attachment.deleted_at.is_(None))):
        path = stored_path(store, attachment.sha256)
        if not path.exists():
            problems.append(
                _("attachment “{name}” ({id}) is missing").format(
                    name=attachment.filename, id=attachment.uuid
                )
            )
            continue
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != attachment.sha256:
            problems.append(
                _("attachment “{name}” ({id}) is damaged").format(
                    name=attachment.filename, id=attachment.uuid
                )
            )
    return problems
