"""Export: write a full or delta roster file for the other side, and remember it.

A delta holds what changed since the newest file of ours the other side acknowledged,
plus what those records refer to. We keep a copy of every file sent until the other side
acknowledges a newer one: its values are the "sent" baseline of the three-way merge.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scdesk import __version__
from scdesk.domain.i18n import _
from scdesk.interchange.many_objects import no_cycle_collection
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.encryption import encrypt
from scdesk.interchange.roster.errors import RosterSyncError, SecretNeeded
from scdesk.interchange.roster.items import SPECS, Kind
from scdesk.interchange.roster.local import items_to_send
from scdesk.interchange.roster.manifest import FileRef, Manifest
from scdesk.interchange.roster.package import build_file
from scdesk.interchange.roster.state import current_peer, identity, sent_copy, sent_file
from scdesk.interchange.roster.tables import encode
from scdesk.model import SyncHistory
from scdesk.model.base import utcnow
from scdesk.storage.atomic import write_bytes_atomic
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization

FULL, DELTA = "full", "delta"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    counts: dict[str, int]
    encrypted: bool
    peer_name: str
    key_generated: bool


def signing_key_for_export(
    organization_uuid: str, organization_name: str, given: bytes | None
) -> tuple[bytes, bool]:
    """The key to sign with, and whether it was just made (first export)."""
    if given is not None:
        return given, False
    try:
        key = keys.stored_signing_key(organization_uuid)
        if key is not None:
            return key, False
        key = keys.new_key()
        keys.store_signing_key(organization_uuid, key)
        return key, True
    except keys.KeyringUnavailable:
        raise SecretNeeded(
            "signing key",
            _(
                "This computer has no keyring, so scdesk cannot keep the signing key "
                "of “{name}” and never writes it anywhere else. Enter the key to "
                "sign the file."
            ).format(name=organization_name),
        ) from None


def export_roster(
    org: OpenOrganization,
    target: Path,
    kind: str = FULL,
    *,
    passphrase: str | None = None,
    signing_key: bytes | None = None,
    check: Callable[[], None] | None = None,
) -> ExportResult:
    """Write a signed roster file to `target` (encrypted when a passphrase is given).

    `check` is called between steps and raises to stop (Cancel): then no file is left and
    nothing is recorded."""
    check = check or _carry_on
    if kind not in (FULL, DELTA):
        raise ValueError(f"kind must be {FULL} or {DELTA}")
    written: list[Path] = []
    try:
        with org.database.transaction() as session:
            connection = session.connection()
            me = identity(session)
            peer = current_peer(session)
            since, builds_on = None, None
            if kind == DELTA:
                since, builds_on = _delta_start(session, peer)
            with no_cycle_collection():
                items = items_to_send(connection, since)
            [profile] = items[Kind.ORGANIZATION]
            values = dict(zip(SPECS[Kind.ORGANIZATION].names, profile.values, strict=True))
            key, generated = signing_key_for_export(
                profile.uuid, values["name"] or org.name, signing_key
            )
            sequence = me.last_sequence + 1
            manifest = Manifest(
                file_id=str(uuidlib.uuid4()),
                sequence=sequence,
                kind=kind,
                created=utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
                organization_id=profile.uuid,
                organization_name=values["name"] or "",
                organization_directory_id=values["directory_id"] or "",
                sender_id=me.replica_id,
                sender_name=values["name"] or org.name,
                generator="scdesk",
                generator_version=__version__,
                builds_on=builds_on,
                acknowledges=(
                    FileRef(peer.received_file_id, peer.received_sequence)
                    if peer is not None and peer.received_sequence
                    else None
                ),
                counts={},
                checksums={},
            )
            check()
            with no_cycle_collection():
                rows = encode(items)
                plain = build_file(manifest, rows, key)
            data = encrypt(plain, passphrase) if passphrase else plain
            check()
            me.last_sequence = sequence
            counts = {name: len(table_rows) for name, table_rows in rows.items()}
            session.add(
                SyncHistory(
                    direction="sent",
                    file_id=manifest.file_id,
                    sequence=sequence,
                    kind=kind,
                    peer_name=peer.name if peer is not None else "",
                    peer_replica_id=peer.replica_id if peer is not None else "",
                    made_at=utcnow(),
                    change_number=current_change_number(connection),
                    file_name=str(target),
                    counts=json.dumps(counts),
                    encrypted=bool(passphrase),
                )
            )
            copy = sent_copy(org.folder.root, sequence, manifest.file_id)
            write_bytes_atomic(copy, plain)
            written.append(copy)
            write_bytes_atomic(target, data)
            written.append(target)
            check()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return ExportResult(
        target, kind, sequence, counts, bool(passphrase), peer.name if peer else "", generated
    )


def _carry_on() -> None:
    """The `check` of work nobody can cancel."""


def _delta_start(session, peer) -> tuple[int, FileRef]:  # type: ignore[no-untyped-def]
    """The change number a delta starts after, and the file of ours it builds on."""
    acknowledged = sent_file(session, peer.acknowledged_sequence) if peer is not None else None
    if acknowledged is None:
        raise RosterSyncError(
            _(
                "A delta holds the changes since the last file the other side acknowledged, "
                "and no file of ours has been acknowledged yet. Send a full file first."
            )
        )
    return acknowledged.change_number, FileRef(acknowledged.file_id, acknowledged.sequence)


def can_export_delta(org: OpenOrganization) -> bool:
    with org.database.session() as session:
        peer = current_peer(session)
        return peer is not None and sent_file(session, peer.acknowledged_sequence) is not None
