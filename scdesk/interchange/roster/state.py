"""Who we are in roster files, whom we exchange with, and what was sent and received."""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.model import SyncHistory, SyncIdentity, SyncPeer

SENT_FOLDER = Path("roster-exchange") / "sent"


def identity(session: Session) -> SyncIdentity:
    """Our identity in files, made on first use."""
    found = session.get(SyncIdentity, 1)
    if found is None:
        found = SyncIdentity(id=1, replica_id=str(uuidlib.uuid4()), last_sequence=0)
        session.add(found)
        session.flush()
    return found


def identity_if_any(session: Session) -> SyncIdentity | None:
    """Our identity, if we ever made a file (reading never creates it)."""
    return session.get(SyncIdentity, 1)


def peers(session: Session) -> list[SyncPeer]:
    return list(session.scalars(select(SyncPeer).order_by(SyncPeer.last_seen.desc())))


def current_peer(session: Session) -> SyncPeer | None:
    """The side we exchange with: the one we heard from last (in practice the only one)."""
    found = peers(session)
    return found[0] if found else None


def peer_by_replica(session: Session, replica_id: str) -> SyncPeer | None:
    return session.scalars(select(SyncPeer).where(SyncPeer.replica_id == replica_id)).first()


def sent_file(session: Session, sequence: int) -> SyncHistory | None:
    return session.scalars(
        select(SyncHistory).where(SyncHistory.direction == "sent", SyncHistory.sequence == sequence)
    ).first()


def received_file(session: Session, file_id: str) -> SyncHistory | None:
    return session.scalars(
        select(SyncHistory).where(
            SyncHistory.direction == "received", SyncHistory.file_id == file_id
        )
    ).first()


def sent_copy(root: Path, sequence: int, file_id: str) -> Path:
    """Where our copy of a sent file is kept until the peer acknowledges a newer one."""
    return root / SENT_FOLDER / f"{sequence:06d}-{file_id}.zip"


def forget_acknowledged_copies(root: Path, acknowledged: int) -> None:
    """Copies of files older than the acknowledged one are never needed again."""
    folder = root / SENT_FOLDER
    if not folder.is_dir():
        return
    for path in folder.glob("*.zip"):
        number = path.name.split("-", 1)[0]
        if number.isdigit() and int(number) < acknowledged:
            path.unlink(missing_ok=True)


@dataclass(frozen=True)
class HistoryEntry:
    """One file sent or received, as the history lists it."""

    direction: str  # sent | received
    kind: str  # full | delta
    sequence: int
    made_at: datetime
    recorded_at: datetime
    peer_name: str
    file_name: str
    counts: dict[str, int]
    encrypted: bool


def history(session: Session, limit: int = 500) -> list[HistoryEntry]:
    rows = session.scalars(
        select(SyncHistory)
        .order_by(SyncHistory.recorded_at.desc(), SyncHistory.id.desc())
        .limit(limit)
    )
    return [
        HistoryEntry(
            row.direction,
            row.kind,
            row.sequence,
            row.made_at,
            row.recorded_at,
            row.peer_name,
            row.file_name,
            json.loads(row.counts or "{}"),
            row.encrypted,
        )
        for row in rows
    ]
