"""Attachments: files copied into the organization's store by content hash."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.model import Attachment, Record
from scdesk.storage.atomic import atomic_output
from scdesk.storage.uncommitted_files import remove_unless_committed

CHUNK = 1 << 20


def stored_path(store: Path, sha256: str) -> Path:
    return store / sha256[:2] / sha256


def _copy_hashing(source: Path, store: Path) -> tuple[str, int, Path | None]:
    """Copy `source` into the store under its SHA-256, atomically; return hash, size and
    the stored file if this copy created it (None when the store already held it)."""
    store.mkdir(parents=True, exist_ok=True, mode=0o700)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=store, prefix=".incoming-")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
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
    return digest.hexdigest(), size, created


def attach_file(
    session: Session, store: Path, record: Record, source: Path, title: str = ""
) -> Attachment:
    """Copy `source` into the store and link it to `record`; the copy goes again if the
    transaction rolls back, so the store never keeps a file no record refers to."""
    sha256, size, created = _copy_hashing(source, store)
    if created is not None:
        remove_unless_committed(session, created)
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    attachment = Attachment(
        record_table=record.__tablename__,
        record_uuid=record.uuid,
        title=title or source.stem,
        filename=source.name,
        media_type=media_type,
        size=size,
        sha256=sha256,
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
            problems.append(f"attachment “{attachment.filename}” ({attachment.uuid}) is missing")
            continue
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != attachment.sha256:
            problems.append(f"attachment “{attachment.filename}” ({attachment.uuid}) is damaged")
    return problems
