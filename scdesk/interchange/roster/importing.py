"""Import, first half: read and check a roster file, and preview what it would change.

Nothing here writes to the database. `preview_import` either raises (RosterFileError for a
bad file, SecretNeeded when a key or passphrase must be asked for) or returns a preview:
added, changed (field by field), removed, conflicts and likely duplicates, or the reason
there is nothing to do (the same file again, an older file).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from scdesk.domain.i18n import Moment, _
from scdesk.domain.vocabulary import field_name
from scdesk.interchange.duplicates import LikelyDuplicate, PersonKey, likely_duplicates
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.baseline import Baseline, Vector, load, overlay, vector
from scdesk.interchange.roster.encryption import is_encrypted
from scdesk.interchange.roster.errors import RosterFileError, SecretNeeded, refuse
from scdesk.interchange.roster.items import SPECS, Kind, read_by_uuid, references
from scdesk.interchange.roster.local import organization_uuid, stored_items
from scdesk.interchange.roster.merge import DELETED, RecordMerge, field_names, merge_all
from scdesk.interchange.roster.package import RosterPackage, read_file
from scdesk.interchange.roster.state import (
    identity_if_any,
    peer_by_replica,
    received_file,
    sent_copy,
    sent_file,
)
from scdesk.interchange.roster.writing import Pending, check_records
from scdesk.model import SyncPeer
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization

MAX_FILE_BYTES = 2 << 30


@dataclass
class Secrets:
    """Secrets the person typed in; None: look in the keyring."""

    signing_key: bytes | None = None
    passphrase: str | None = None


@dataclass(frozen=True)
class Acknowledgement:
    """A file of ours the incoming file says the peer imported, with what it held."""

    sequence: int
    file_id: str
    sent: dict[str, tuple[Kind, Vector]]


@dataclass
class ImportPreview:
    file_name: str
    package: RosterPackage
    peer_name: str
    nothing_to_do: str = ""  # why the file changes nothing, when it does not
    adopt: bool = False  # an empty organization takes the file's identity
    merges: list[RecordMerge] = field(default_factory=list)
    added: list[RecordMerge] = field(default_factory=list)
    changed: list[RecordMerge] = field(default_factory=list)
    removed: list[RecordMerge] = field(default_factory=list)
    duplicates: list[tuple[RecordMerge, LikelyDuplicate]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    acknowledgement: Acknowledgement | None = None
    change_number: int = 0
    key: bytes = b""
    key_was_entered: bool = False
    # Columns of the records to add, already checked by every rule (see check_records).
    checked: dict[str, dict[str, object]] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[RecordMerge]:
        return [m for m in self.merges if m.conflicts]

    @property
    def conflict_count(self) -> int:
        return sum(len(m.conflicts) for m in self.merges)

    @property
    def manifest(self):  # type: ignore[no-untyped-def]
        return self.package.manifest

    def summary(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "removed": len(self.removed),
            "conflicts": self.conflict_count,
            "duplicates": len(self.duplicates),
            "skipped": len(self.skipped),
        }


def preview_import(
    org: OpenOrganization, path: Path, secrets: Secrets | None = None
) -> ImportPreview:
    secrets = secrets or Secrets()
    file_name = path.name
    data = _read_bytes(path)
    with org.database.session() as session:
        connection = session.connection()
        local_org = organization_uuid(connection)
        entered: list[bytes] = []
        package = read_file(
            data,
            file_name,
            lambda uuid, name: _key_for(uuid, name, secrets, entered),
            _passphrase_for(local_org, secrets) if is_encrypted(data) else None,
        )
        key = entered[0] if entered else _key_for(package.manifest.organization_id, "", secrets, [])
        preview = ImportPreview(
            file_name, package, package.manifest.sender_name, key=key, key_was_entered=bool(entered)
        )
        preview.warnings = list(package.warnings)
        _check_identity(session, preview, local_org)
        if preview.nothing_to_do:
            return preview
        peer = peer_by_replica(session, package.manifest.sender_id)
        preview.acknowledgement = _acknowledgement(org, session, preview, peer, secrets)
        preview.change_number = current_change_number(connection)
        _merge(session, preview, peer)
    return preview


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refuse(
                path.name,
                _("the file is {size} bytes, more than a roster file can be.").format(
                    size=f"{size:,}"
                ),
            )
        return path.read_bytes()
    except OSError as error:
        raise refuse(
            path.name, _("the file cannot be read ({reason}).").format(reason=error.strerror)
        ) from None


def _key_for(uuid: str, name: str, secrets: Secrets, entered: list[bytes]) -> bytes:
    if secrets.signing_key is not None:
        entered.append(secrets.signing_key)
        return secrets.signing_key
    who = f"“{name}”" if name else _("this organization")
    try:
        key = keys.stored_signing_key(uuid)
    except keys.KeyringUnavailable:
        raise SecretNeeded(
            "signing key",
            _(
                "This computer has no keyring, so scdesk cannot keep the signing key "
                "of {who}. Enter the key to check the file's signature."
            ).format(who=who),
        ) from None
    if key is None:
        raise SecretNeeded(
            "signing key",
            _(
                "No signing key of {who} is kept on this computer. Enter the key the central "
                "directory gave you (or the one shown by Roster sync on the computer that made "
                "the file) to check the file's signature."
            ).format(who=who),
        )
    return key


def _passphrase_for(local_org: str, secrets: Secrets):  # type: ignore[no-untyped-def]
    def ask(_why: str) -> str:
        if secrets.passphrase is not None:
            return secrets.passphrase
        try:
            remembered = keys.remembered_passphrase(local_org)
        except keys.KeyringUnavailable:
            remembered = None
        if remembered:
            return remembered
        raise SecretNeeded(
            "passphrase", _("The file is encrypted. Enter the passphrase the sender gave you.")
        )

    return ask


def _check_identity(session: Session, preview: ImportPreview, local_org: str) -> None:
    """Whose file is it, and is it news? Sets `nothing_to_do` or `adopt`, or refuses."""
    manifest = preview.manifest
    me = identity_if_any(session)
    if me is not None and manifest.sender_id == me.replica_id:
        raise refuse(
            preview.file_name,
            _(
                "this file was made by this organization on this computer. Import files that "
                "come from the other side."
            ),
        )
    if manifest.organization_id != local_org:
        if not _is_empty(session.connection()):
            raise refuse(
                preview.file_name,
                _(
                    "this file is the roster of “{name}” ({id}), another organization than "
                    "this one. Open that organization, or ask the sender for your own file."
                ).format(name=manifest.organization_name, id=manifest.organization_id),
                table="manifest.json",
                field="organization",
            )
        preview.adopt = True
    earlier = received_file(session, manifest.file_id)
    if earlier is not None:
        preview.nothing_to_do = _(
            "This file was already imported on {moment} (UTC); there is nothing to change."
        ).format(moment=Moment.of(earlier.recorded_at))
        return
    peer = peer_by_replica(session, manifest.sender_id)
    if peer is not None and manifest.sequence <= peer.received_sequence:
        preview.nothing_to_do = _(
            "This file (number {number} from {sender}) is older than one "
            "already imported (number {newest}); there is nothing to change."
        ).format(number=manifest.sequence, sender=peer.name, newest=peer.received_sequence)
        return
    if manifest.kind == "delta":
        base = manifest.builds_on
        if (
            base is None
            or peer is None
            or base.sequence > peer.received_sequence
            or (received_file(session, base.file_id) is None)
        ):
            raise refuse(
                preview.file_name,
                _(
                    "this delta file holds only changes since a file that was never imported "
                    "here. Ask the sender for a full file."
                ),
                table="manifest.json",
                field="builds_on",
            )


def _is_empty(connection: Connection) -> bool:
    """No records of the kinds a roster holds, and never synchronized."""
    for table in (
        "person",
        "committee",
        "partnership",
        "membership",
        "contact_detail",
        "sync_peer",
    ):
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first():
            return False
    return True


def _acknowledgement(
    org: OpenOrganization,
    session: Session,
    preview: ImportPreview,
    peer: SyncPeer | None,
    secrets: Secrets,
) -> Acknowledgement | None:
    """Our file the incoming one acknowledges, if that is news, with the values it held."""
    ack = preview.manifest.acknowledges
    if ack is None or (peer is not None and ack.sequence <= peer.acknowledged_sequence):
        return None
    ours = sent_file(session, ack.sequence)
    if ours is None or ours.file_id != ack.file_id:
        preview.warnings.append(
            _(
                "The file acknowledges a file of ours (number {number}) that this organization "
                "has no record of sending; was the database restored from a backup?"
            ).format(number=ack.sequence)
        )
        return None
    copy = sent_copy(org.folder.root, ours.sequence, ours.file_id)
    sent: dict[str, tuple[Kind, Vector]] = {}
    try:
        package = read_file(copy.read_bytes(), copy.name, lambda _u, _n: preview.key)
    except (OSError, RosterFileError):
        preview.warnings.append(
            _(
                "Our copy of file number {number} is missing or damaged, so changes the "
                "other side already knew may be shown as conflicts."
            ).format(number=ours.sequence)
        )
        package = None
    if package is not None:
        for kind, items in package.items.items():
            for item in items:
                sent[item.uuid] = (kind, vector(item))
    return Acknowledgement(ours.sequence, ours.file_id, sent)


def _merge(session: Session, preview: ImportPreview, peer: SyncPeer | None) -> None:
    connection = session.connection()
    items = preview.package.items
    local = stored_items(connection, items)
    uuids = [item.uuid for kind_items in items.values() for item in kind_items]
    baselines = load(connection, peer.id, uuids) if peer is not None else {}
    ack = preview.acknowledgement
    if ack is not None:
        for uuid in uuids:
            if uuid in ack.sent:
                base = baselines.setdefault(uuid, Baseline())
                base.sent = overlay(base.sent, ack.sent[uuid][1])
                base.sent_sequence = ack.sequence
    incoming = [item for kind_items in items.values() for item in kind_items]
    if preview.adopt:
        [stored] = read_by_uuid(connection, Kind.ORGANIZATION, [organization_uuid(connection)])
        for item in items.get(Kind.ORGANIZATION, []):
            stored.item.uuid = item.uuid
            local[item.uuid] = stored
    preview.merges = merge_all(incoming, local, baselines)
    if preview.adopt:
        for merge in preview.merges:
            if merge.kind == Kind.ORGANIZATION:
                _take_everything(merge)
    _sort(preview, local)
    _check_rules(session, preview)
    _find_duplicates(session, preview)


def _take_everything(merge: RecordMerge) -> None:
    mine, theirs = vector(merge.local.item), vector(merge.incoming)  # type: ignore[union-attr]
    merge.conflicts.clear()
    merge.take = {
        name: theirs[i]
        for i, name in enumerate(field_names(merge.kind))
        if theirs[i] is not None and theirs[i] != mine[i]
    }


def _sort(preview: ImportPreview, local: dict) -> None:  # type: ignore[type-arg]
    """Added, changed, removed; records that cannot be added here are skipped, with why."""
    candidates = {m.uuid: m for m in preview.merges if m.local is None}
    known = set(local)
    org = next((m.uuid for m in preview.merges if m.kind == Kind.ORGANIZATION), "")
    addable: dict[str, RecordMerge] = {}
    for uuid, merge in candidates.items():
        item = merge.incoming
        if item.deleted:
            continue  # removed there before it ever reached us
        if item.kind == Kind.PERSON and item.get("given_name") is None:
            preview.skipped.append(
                _(
                    "A person who has not agreed to be listed ({id}) is not added: the file "
                    "carries no name for them."
                ).format(id=uuid)
            )
            continue
        addable[uuid] = merge
    changed = True
    while changed:  # drop records that refer to something neither here nor added
        changed = False
        for uuid, merge in list(addable.items()):
            missing = [
                ref
                for _kind, ref in references(merge.incoming)
                if ref != org and ref not in known and ref not in addable
            ]
            if missing:
                del addable[uuid]
                changed = True
                preview.skipped.append(
                    _(
                        "The {kind} {id} is not added: it refers to {other}, which is not here."
                    ).format(
                        kind=merge.incoming.kind.value.replace("_", " "), id=uuid, other=missing[0]
                    )
                )
    preview.added = list(addable.values())
    here = known | set(addable) | {org}
    for merge in preview.merges:
        if merge.local is not None:
            _drop_unknown_references(merge, here, preview.skipped)
    for merge in preview.merges:
        if merge.local is None or not (merge.take or merge.conflicts):
            continue
        if merge.take.get(DELETED) == "true":
            preview.removed.append(merge)
        else:
            preview.changed.append(merge)


def _drop_unknown_references(merge: RecordMerge, here: set[str], notes: list[str]) -> None:
    """A changed reference to a record that is not here (a person not listed, say) is not
    taken; the rest of the record's changes are."""
    spec = SPECS[merge.kind]
    for item_field in spec.fields:
        value = merge.take.get(item_field.name)
        if item_field.type == "ref" and value and value not in here:
            del merge.take[item_field.name]
            notes.append(
                _(
                    "{record}: {field} is not changed: it would point at {value}, which is not "
                    "here."
                ).format(
                    record=merge.label(),
                    field=field_name(item_field.name.removesuffix("_id")),
                    value=value,
                )
            )


def _check_rules(session: Session, preview: ImportPreview) -> None:
    """The records the file adds or changes must keep every domain rule, now, before the
    preview: a file that breaks one is refused, naming where."""
    pending = [
        Pending(m.kind, m.uuid, vector(m.incoming), None, source=m.incoming.source, label=m.label())
        for m in preview.added
    ]
    for merge in preview.changed:
        values = list(vector(merge.local.item))  # type: ignore[union-attr]
        names = field_names(merge.kind)
        for name, value in merge.take.items():
            values[names.index(name)] = value
        pending.append(
            Pending(
                merge.kind,
                merge.uuid,
                tuple(values),
                merge.local.id,  # type: ignore[union-attr]
                source=merge.incoming.source,
                label=merge.label(),
            )
        )
    problems = check_records(session, preview.manifest.organization_id, pending)
    if problems:
        raise RosterFileError(preview.file_name, problems)
    preview.checked = {p.uuid: p.checked for p in pending if p.checked}


def _find_duplicates(session: Session, preview: ImportPreview) -> None:
    people = [m for m in preview.added if m.kind == Kind.PERSON]
    if not people:
        return
    keys_ = [
        PersonKey(
            m.incoming.get("given_name") or "",
            m.incoming.get("family_name") or "",
            m.incoming.get("email") or "",
            m.incoming.get("phone") or "",
        )
        for m in people
    ]
    found = likely_duplicates(session, keys_)
    by_candidate: dict[int, list[LikelyDuplicate]] = defaultdict(list)
    for duplicate in found:
        by_candidate[duplicate.candidate_index].append(duplicate)
    for index, duplicates in sorted(by_candidate.items()):
        preview.duplicates.extend((people[index], d) for d in duplicates)
