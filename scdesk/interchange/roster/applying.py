"""Import, second half: apply a previewed roster file in one transaction, after a backup.

The person's decisions settle the conflicts (field by field, or all at once). Then every
record to write is checked against the domain rules, written, and the merge baselines, the
peer's position and the sync history are recorded, all in the same transaction: a failure
anywhere leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _, counted, joined
from scdesk.interchange.backup import BackupInAdvance, backup_before_import
from scdesk.interchange.roster.baseline import (
    Baseline,
    Received,
    encode,
    encode_asserted,
    encode_known,
    load,
    overlay,
    save_received,
    save_sent,
    vector,
)
from scdesk.interchange.roster.errors import RosterSyncError
from scdesk.interchange.roster.importing import ImportPreview
from scdesk.interchange.roster.items import Kind
from scdesk.interchange.roster.merge import RecordMerge, field_names, known_to_them
from scdesk.interchange.roster.state import (
    forget_acknowledged_copies,
    identity,
    peer_by_replica,
    sent_file,
)
from scdesk.interchange.roster.writing import Pending, RecordWriter
from scdesk.model import SyncHistory, SyncPeer
from scdesk.model.base import utcnow
from scdesk.operations.people import merge_people
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.search_index import search_index_suspended

# A trigger keeps the search index per row (some 0.4 ms a person here); rebuilding it costs
# a fraction of that per person already there. Rebuild when that is cheaper.
REBUILD_FROM = 200
REBUILD_COST_RATIO = 10


def rebuild_index_instead(connection: Connection, new_people: int) -> bool:
    if new_people < REBUILD_FROM:
        return False
    people = connection.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
    return new_people * REBUILD_COST_RATIO >= people


class Decision(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass
class Decisions:
    """How conflicts are settled: field by field, with `everything` for the rest."""

    everything: Decision | None = None
    fields: dict[tuple[str, str], Decision] = field(default_factory=dict)  # (uuid, field)
    merge_duplicates: set[tuple[str, int]] = field(default_factory=set)  # (uuid, person id)

    def for_field(self, uuid: str, name: str) -> Decision | None:
        return self.fields.get((uuid, name), self.everything)


class ConflictsUndecided(RosterSyncError):
    def __init__(self, count: int) -> None:
        super().__init__(
            counted(
                count,
                _("1 conflicting change needs a decision: keep yours or take theirs."),
                _("{count} conflicting changes need a decision: keep yours or take theirs."),
            )
        )
        self.count = count


@dataclass(frozen=True)
class ImportResult:
    added: int = 0
    changed: int = 0
    removed: int = 0
    kept_mine: int = 0
    took_theirs: int = 0
    merged_duplicates: int = 0
    backup: Path | None = None
    message: str = ""


def apply_import(
    org: OpenOrganization,
    preview: ImportPreview,
    decisions: Decisions | None = None,
    backup_in_advance: BackupInAdvance | None = None,
    check: Callable[[], None] | None = None,
) -> ImportResult:
    """Apply the preview after a backup: `backup_in_advance` when it holds the organization
    as the preview saw it (then the person waits only for the writing), else a new one.

    `check` is called between steps and raises to stop (Cancel); the transaction is then
    rolled back."""
    check = check or (lambda: None)
    decisions = decisions or Decisions()
    if preview.nothing_to_do:
        return ImportResult(message=preview.nothing_to_do)
    undecided = sum(
        1
        for merge in preview.merges
        for conflict in merge.conflicts
        if decisions.for_field(merge.uuid, conflict.name) is None
    )
    if undecided:
        raise ConflictsUndecided(undecided)
    with org.database.transaction() as session:
        connection = session.connection()
        if current_change_number(connection) != preview.change_number:
            raise RosterSyncError(
                _("The organization changed since the preview was made. Preview the file again.")
            )
        if backup_in_advance is not None:
            backup = backup_in_advance.path_for(preview.change_number)
        else:
            backup = backup_before_import(org)
        check()
        me = identity(session)
        next_sequence = me.last_sequence + 1
        now = utcnow()
        org_uuid = preview.manifest.organization_id
        writer = RecordWriter(session, org_uuid, now)
        pending, kept, took = _pending(preview, decisions, writer)
        new_people = sum(
            1 for p in pending if p.row_id is None and p.kind in (Kind.PERSON, Kind.CONTACT_DETAIL)
        )
        writer.assign_ids(pending)
        if preview.adopt:
            _adopt(writer, preview)
        if rebuild_index_instead(connection, new_people):
            with search_index_suspended(connection):
                writer.write(pending)
        else:
            writer.write(pending)
        writer.check_single_chairs()
        merged = _merge_duplicates(session, preview, decisions, writer)
        peer = _record_peer(session, preview, now)
        _record_baselines(session, peer, preview, decisions, next_sequence)
        summary = preview.summary() | {"kept_mine": kept, "took_theirs": took, "merged": merged}
        session.add(
            SyncHistory(
                direction="received",
                file_id=preview.manifest.file_id,
                sequence=preview.manifest.sequence,
                kind=preview.manifest.kind,
                peer_name=peer.name,
                peer_replica_id=peer.replica_id,
                made_at=_file_moment(preview.manifest.created) or now,
                recorded_at=now,
                file_name=preview.file_name,
                counts=json.dumps(summary),
                encrypted=preview.package.encrypted,
            )
        )
        session.flush()
        check()  # the last moment Cancel can still keep everything as it was
    if preview.acknowledgement is not None:
        forget_acknowledged_copies(org.folder.root, preview.acknowledgement.sequence)
    return ImportResult(
        added=len(preview.added),
        changed=len(preview.changed),
        removed=len(preview.removed),
        kept_mine=kept,
        took_theirs=took,
        merged_duplicates=merged,
        backup=backup,
        message=_message(preview, kept, took),
    )


def _message(preview: ImportPreview, kept: int, took: int) -> str:
    counts = preview.summary()
    if not (counts["added"] or counts["changed"] or counts["removed"]):
        return _("Nothing changed: the file holds what is already here.")
    parts = [
        _("{count} added").format(count=counts["added"]),
        _("{count} changed").format(count=counts["changed"]),
        _("{count} removed").format(count=counts["removed"]),
    ]
    if kept or took:
        parts.append(
            _("conflicts: kept yours in {kept}, took theirs in {took}").format(kept=kept, took=took)
        )
    return _("Imported: {parts}.").format(parts=joined(parts, ", "))


def final_vector(merge: RecordMerge, decisions: Decisions) -> tuple[tuple, int, int]:
    """The record's values after the merge and the decisions; how many conflicts each way."""
    assert merge.local is not None
    values = list(vector(merge.local.item))
    names = field_names(merge.kind)
    index = {name: i for i, name in enumerate(names)}
    for name, value in merge.take.items():
        values[index[name]] = value
    kept = took = 0
    for conflict in merge.conflicts:
        if decisions.for_field(merge.uuid, conflict.name) == Decision.THEIRS:
            values[index[conflict.name]] = conflict.theirs
            took += 1
        else:
            kept += 1
    return tuple(values), kept, took


def _pending(
    preview: ImportPreview, decisions: Decisions, writer: RecordWriter
) -> tuple[list[Pending], int, int]:
    pending: list[Pending] = []
    kept = took = 0
    for merge in preview.merges:
        if merge.local is not None:
            writer.know(merge.uuid, merge.local.id)
    for merge in preview.added:
        item = merge.incoming
        pending.append(
            Pending(
                item.kind,
                item.uuid,
                vector(item),
                None,
                False,
                item.updated_at,
                item.source,
                merge.label(),
                preview.checked.get(item.uuid),
            )
        )
    for merge in preview.merges:
        if merge.local is None or not (merge.take or merge.conflicts):
            continue
        values, k, t = final_vector(merge, decisions)
        kept, took = kept + k, took + t
        if values != vector(merge.local.item) or (
            preview.adopt and merge.kind == Kind.ORGANIZATION
        ):
            pending.append(
                Pending(
                    merge.kind,
                    merge.uuid,
                    values,
                    merge.local.id,
                    merge.local.item.deleted,
                    "",
                    merge.incoming.source,
                    merge.label(),
                    # Checked at preview time, unless decisions made it differ.
                    None if merge.conflicts else preview.checked.get(merge.uuid),
                    vector(merge.local.item),
                )
            )
    return pending, kept, took


def _adopt(writer: RecordWriter, preview: ImportPreview) -> None:
    """An empty organization takes the identity of the organization in the file."""
    for merge in preview.merges:
        if merge.kind == Kind.ORGANIZATION and merge.local is not None:
            writer.set_uuid(Kind.ORGANIZATION, merge.local.id, merge.uuid)


def _merge_duplicates(
    session: Session, preview: ImportPreview, decisions: Decisions, writer: RecordWriter
) -> int:
    added = {m.uuid for m in preview.added if m.kind == Kind.PERSON}
    merged = 0
    for uuid, person_id in sorted(decisions.merge_duplicates):
        if uuid in added:
            merge_people(session, keep_id=person_id, remove_id=writer.ids[uuid])
            merged += 1
    return merged


def _record_peer(session: Session, preview: ImportPreview, now: datetime) -> SyncPeer:
    manifest = preview.manifest
    peer = peer_by_replica(session, manifest.sender_id)
    if peer is None:
        peer = SyncPeer(
            replica_id=manifest.sender_id, acknowledged_sequence=0, acknowledged_file_id=""
        )
        session.add(peer)
    peer.name = manifest.sender_name
    peer.received_sequence = manifest.sequence
    peer.received_file_id = manifest.file_id
    peer.last_seen = now
    ack = preview.acknowledgement
    if ack is not None:
        peer.acknowledged_sequence = ack.sequence
        peer.acknowledged_file_id = ack.file_id
    session.flush()
    return peer


def _record_baselines(
    session: Session,
    peer: SyncPeer,
    preview: ImportPreview,
    decisions: Decisions,
    next_sequence: int,
) -> None:
    connection = session.connection()
    ack = preview.acknowledgement
    if ack is not None:
        # What a tombstone or a person not listed did not carry, the peer still knows from
        # earlier files.
        partial = [uuid for uuid, (_kind, values) in ack.sent.items() if None in values]
        earlier = load(connection, peer.id, partial)
        save_sent(
            connection,
            peer.id,
            [
                (
                    uuid,
                    kind.value,
                    encode(overlay(earlier[uuid].sent, values) if uuid in earlier else values),
                )
                for uuid, (kind, values) in ack.sent.items()
            ],
            ack.sequence,
        )
    acknowledged = preview.manifest.acknowledges
    ours = sent_file(session, acknowledged.sequence) if acknowledged else None
    received_ack = ours.sequence if ours is not None and ours.file_id == acknowledged.file_id else 0  # type: ignore[union-attr]
    arrival = next_sequence - 1  # our files after received_ack up to it crossed this one
    merges = preview.merges
    old = load(connection, peer.id, [m.uuid for m in merges])
    rows = []
    for merge in merges:
        base = old.get(merge.uuid, Baseline())
        theirs = vector(merge.incoming)
        asserted = dict(base.asserted)
        final = final_vector(merge, decisions)[0] if merge.local is not None else theirs
        decided = {c.name: decisions.for_field(merge.uuid, c.name) for c in merge.conflicts}
        for index, name in enumerate(field_names(merge.kind)):
            if decided.get(name) == Decision.MINE:
                asserted[name] = next_sequence  # our value is news to them again
            elif theirs[index] is not None and final[index] == theirs[index]:
                asserted.pop(name, None)
        disputed = (
            tuple(
                known_to_them(base, name, index) if name in decided else None
                for index, name in enumerate(field_names(merge.kind))
            )
            if decided
            else None
        )
        rows.append(
            Received(
                merge.uuid,
                merge.kind.value,
                encode(overlay(base.received, theirs)),
                received_ack,
                arrival,
                encode_known(disputed),
                encode_asserted(asserted),
            )
        )
    save_received(connection, peer.id, rows)


def _file_moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None
