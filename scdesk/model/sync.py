"""What this organization remembers about roster files exchanged with the other side.

These are local bookkeeping, not records of the organization: they never travel in a file,
have no UUID, tombstone or change number, and are not counted as changes.

- `SyncIdentity`: who "we" are in files (a replica id) and the number of our last file.
- `SyncPeer`: each other side we exchange with (in practice the central directory): the last
  file of theirs we imported, and the last file of ours they said they imported.
- `SyncBaseline`: per record, what the three-way merge compares against: the values the
  other side last sent us (and where our own files stood when they arrived), and the values
  we sent in the last file they acknowledged.
- `SyncHistory`: every file sent and received, for the history shown to the administrator.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.model.base import Base, utcnow


class SyncIdentity(Base):
    __tablename__ = "sync_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36))
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    # Their newest file we imported.
    received_sequence: Mapped[int] = mapped_column(Integer, default=0)
    received_file_id: Mapped[str] = mapped_column(String(36), default="")
    # Our newest file they imported (their files acknowledge it).
    acknowledged_sequence: Mapped[int] = mapped_column(Integer, default=0)
    acknowledged_file_id: Mapped[str] = mapped_column(String(36), default="")
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncBaseline(Base):
    """The three-way merge's memory of one record, as exchanged with one peer.

    Values are stored in the record kind's field order, joined by the unit separator
    (U+001F), a field the other side did not send (withheld) as the record separator
    (U+001E); see scdesk/interchange/roster/baseline.py.
    """

    __tablename__ = "sync_baseline"

    peer_id: Mapped[int] = mapped_column(
        ForeignKey("sync_peer.id", ondelete="CASCADE"), primary_key=True
    )
    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    # Values in the newest file from the peer that carried this record, and the number of
    # our file that file acknowledged.
    received: Mapped[str | None] = mapped_column(Text, default=None)
    received_ack: Mapped[int] = mapped_column(Integer, default=0)
    # The number of our last file made before that file arrived: ours after the one it
    # acknowledged and up to this one crossed it in flight. And, for the fields in conflict
    # when it arrived, the values of ours the peer knew then (the other fields not sent;
    # "" when none was in conflict): a crossing file made the peer insist on its value
    # only in those fields, and only with a value of ours it did not know.
    received_arrival: Mapped[int] = mapped_column(Integer, default=0)
    received_disputed: Mapped[str] = mapped_column(Text, default="")
    # Values we sent in the newest file of ours the peer acknowledged, and its number.
    sent: Mapped[str | None] = mapped_column(Text, default=None)
    sent_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # Fields where we kept our value over theirs in a conflict: field=number of our next
    # file, comma-separated. Until the peer acknowledges that file our value is news to them.
    asserted: Mapped[str] = mapped_column(String(500), default="")


class SyncHistory(Base):
    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # sent | received
    file_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # full | delta
    peer_name: Mapped[str] = mapped_column(String(200), default="")
    peer_replica_id: Mapped[str] = mapped_column(String(36), default="")
    made_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Sent files: our change number when the file was made (the next delta starts after it).
    change_number: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    # JSON: rows per table (sent) or added/changed/removed/conflicts counts (received).
    counts: Mapped[str] = mapped_column(Text, default="{}")
    encrypted: Mapped[bool] = mapped_column(default=False)
