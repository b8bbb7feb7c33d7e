"""A person's rights over their data: erasure on request, and a copy of everything held
about them (subject access).

Erasure clears every personal field of the person and of their contact details, and keeps
the record as a tombstone, so the erasure travels to the central directory like any other
deletion and the organization's statistics (hours given, exchange participants) still add
up. Free text elsewhere that names the person, and files attached to them, are listed for
someone to review: no program can tell a mention from a namesake. The erased person's UUID
is noted in `erasures.json` beside the database, so restoring an older backup erases them
again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zipfile
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model import (
    Attachment,
    Committee,
    ContactDetail,
    Exchange,
    HostPlacement,
    ItineraryItem,
    Meeting,
    MeetingAttendance,
    Membership,
    Participation,
    Partnership,
    Person,
    Record,
    VolunteerHours,
)
from scdesk.model.base import utcnow
from scdesk.operations.attachments import stored_path
from scdesk.operations.records import RecordNotFound, values_of
from scdesk.storage.atomic import atomic_output, write_text_atomic
from scdesk.storage.errors import StorageError
from scdesk.storage.failures import reported_as_storage_errors
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import OrganizationFolder

log = logging.getLogger(__name__)

ERASURES_FILE = "erasures.json"
EXPORT_FORMAT = "scdesk-subject-access"
EXPORT_VERSION = 1

# Person fields erasure keeps: not personal (the kind of person, for statistics) or the
# bookkeeping sync needs.
KEPT_PERSON_FIELDS = frozenset(
    {"id", "uuid", "created_at", "updated_at", "deleted_at", "revision", "change_seq"}
    | {"category", "status"}
)
# Where free text may name a person; searched after an erasure, for review.
FREE_TEXT: tuple[tuple[type[Record], tuple[str, ...]], ...] = (
    (Person, ("notes", "skills")),
    (Exchange, ("notes", "outcomes", "funding_notes", "place")),
    (ItineraryItem, ("title", "notes")),
    (Meeting, ("minutes",)),
    (VolunteerHours, ("description",)),
    (Committee, ("description",)),
    (Partnership, ("notes", "origin_notes", "our_signatory", "partner_signatory")),
    (Attachment, ("title", "filename")),
)


@dataclass(frozen=True)
class Mention:
    """Free text in another record that may name the erased person."""

    table: str
    record_id: int
    field: str


@dataclass(frozen=True)
class AttachmentToReview:
    attachment_id: int
    title: str
    filename: str


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    person_uuid: str
    contact_details: int
    attachments_to_review: tuple[AttachmentToReview, ...] = ()
    mentions_to_review: tuple[Mention, ...] = ()


def find_person(session: Session, reference: str) -> Person:
    """A person by record id, UUID or email address (tombstoned ones included)."""
    reference = reference.strip()
    query = select(Person)
    if reference.isdigit():
        query = query.where(Person.id == int(reference))
    elif "@" in reference:
        query = query.where(func.lower(Person.email) == reference.lower())
    else:
        query = query.where(Person.uuid == reference)
    found = session.scalars(query.limit(2)).all()
    if len(found) != 1:
        if found:
            raise LookupError(
                _("Several people have the email {email}; give the record id instead.").format(
                    email=reference
                )
            )
        raise RecordNotFound(Person, reference)
    return found[0]


def _blank(person: Person) -> None:
    for column in Person.__table__.columns:
        if column.key in KEPT_PERSON_FIELDS:
            continue
        default = column.default.arg if column.default is not None else None
        setattr(person, column.key, None if callable(default) else default)


def _needles(person: Person) -> list[str]:
    candidates = (person.full_name, person.email, person.phone, person.emergency_phone)
    return [text for text in candidates if text and len(text) >= 4]


def _mentions(session: Session, needles: list[str], person_id: int) -> list[Mention]:
    found = []
    for model, fields in FREE_TEXT:
        for field_name in fields:
            column = getattr(model, field_name)
            condition = or_(*(column.ilike(f"%{needle}%") for needle in needles))
            query = select(model.id).where(condition)
            if model is Person:
                query = query.where(Person.id != person_id)
            found += [
                Mention(model.__tablename__, record_id, field_name)
                for record_id in session.scalars(query)
            ]
    return found


def _attachments_about(session: Session, person: Person) -> list[Attachment]:
    return list(
        session.scalars(
            select(Attachment).where(
                Attachment.record_table == Person.__tablename__,
                Attachment.record_uuid == person.uuid,
            )
        )
    )


def erase_person_record(session: Session, person_id: int) -> ErasureResult:
    """Clear the person's personal fields and contact details, and tombstone them."""
    person = session.get(Person, person_id)
    if person is None:
        raise RecordNotFound(Person, person_id)
    needles = _needles(person)
    mentions = _mentions(session, needles, person_id) if needles else []
    now = utcnow()
    details = list(
        session.scalars(select(ContactDetail).where(ContactDetail.person_id == person_id))
    )
    for detail in details:
        detail.label = ""
        detail.value = ""
        detail.deleted_at = detail.deleted_at or now
    _blank(person)
    person.deleted_at = now
    person.notes = f"Erased on request on {now.date().isoformat()}."
    session.flush()
    attachments = tuple(
        AttachmentToReview(a.id, a.title, a.filename) for a in _attachments_about(session, person)
    )
    return ErasureResult(person.id, person.uuid, len(details), attachments, tuple(mentions))


def is_erased(person: Person) -> bool:
    return person.deleted_at is not None and not (person.given_name or person.family_name)


def erasures_file(folder: OrganizationFolder) -> Path:
    return folder.root / ERASURES_FILE


def erased_uuids(folder: OrganizationFolder) -> list[str]:
    path = erasures_file(folder)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [str(item["uuid"]) for item in data["erased"]]
    except (ValueError, KeyError, TypeError) as error:
        raise StorageError(
            path,
            _(
                "the list of erased people cannot be read ({details}). Restore it from a copy; "
                "until then erasures are not re-applied after a restore."
            ).format(details=str(error)),
        ) from error


def _note_erasure(folder: OrganizationFolder, uuid: str) -> None:
    known = erased_uuids(folder)
    if uuid in known:
        return
    entries = [{"uuid": u} for u in [*known, uuid]]
    write_text_atomic(erasures_file(folder), json.dumps({"version": 1, "erased": entries}))


def purge_freed_bytes(database: Path) -> None:
    """Make erased text unrecoverable from the files: rebuild the search index without it
    (FTS5 keeps deleted terms until its segments merge), with freed space overwritten, and
    fold the write-ahead log into the database file."""
    with closing(sqlite3.connect(database, timeout=30, isolation_level=None)) as connection:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("BEGIN IMMEDIATE")
        for table in ("person_fts", "exchange_fts"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_person(org: OpenOrganization, person_id: int) -> ErasureResult:
    """Erase a person on request: one transaction, noted for restores, bytes purged."""
    with org.database.transaction() as session:
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        result = erase_person_record(session, person_id)
    with reported_as_storage_errors(org.folder.database, _("the erasure")):
        _note_erasure(org.folder, result.person_uuid)
        purge_freed_bytes(org.folder.database)
    log.info(
        "person %d (%s) erased on request; %d attachments and %d mentions to review",
        result.person_id,
        result.person_uuid,
        len(result.attachments_to_review),
        len(result.mentions_to_review),
    )
    return result


def reapply_erasures(session: Session, folder: OrganizationFolder) -> int:
    """Erase again everyone erased before (after a restore brought them back)."""
    count = 0
    for uuid in erased_uuids(folder):
        person = session.scalars(select(Person).where(Person.uuid == uuid)).first()
        if person is not None and not is_erased(person):
            erase_person_record(session, person.id)
            count += 1
    return count


# Subject access ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value
    return value


def _record(record: Record, skip: Iterable[str] = ()) -> dict[str, Any]:
    skipped = {"revision", "change_seq", *skip}
    return {k: _plain(v) for k, v in values_of(record).items() if k not in skipped}


def _held_about(session: Session, person: Person) -> dict[str, Any]:
    pid = person.id

    def rows(model: type[Record], *conditions: Any) -> list:
        return list(session.scalars(select(model).where(*conditions).order_by(model.id)))

    memberships = [
        {**_record(m), "committee": m.committee.name if m.committee else None}
        for m in rows(Membership, Membership.person_id == pid)
    ]
    participations = [
        {
            **_record(p),
            "exchange": p.exchange.title,
            "exchange_starts_on": _plain(p.exchange.starts_on),
        }
        for p in rows(Participation, Participation.person_id == pid)
    ]
    placements = [
        {
            **_record(h),
            "as": "guest" if h.guest_id == pid else "host",
            "exchange": h.exchange.title,
            "guest": h.guest.full_name,
            "host": h.host.full_name,
        }
        for h in rows(
            HostPlacement, or_(HostPlacement.guest_id == pid, HostPlacement.host_id == pid)
        )
    ]
    attendance = [
        {
            **_record(a),
            "meeting_held_on": _plain(a.meeting.held_on),
            "committee": a.meeting.committee.name,
        }
        for a in rows(MeetingAttendance, MeetingAttendance.person_id == pid)
    ]
    return {
        "person": _record(person),
        "contact_details": [
            _record(d) for d in rows(ContactDetail, ContactDetail.person_id == pid)
        ],
        "memberships": memberships,
        "exchange_participations": participations,
        "host_placements": placements,
        "meeting_attendance": attendance,
        "volunteer_hours": [
            _record(h) for h in rows(VolunteerHours, VolunteerHours.person_id == pid)
        ],
        "attachments": [_record(a) for a in _attachments_about(session, person)],
    }


README = """Everything {organization} holds about {name}, as of {when} (UTC).

person.json holds the records: the person, their contact details, the committee posts
they held, the exchanges they took part in, where they hosted or were hosted, the meetings
they attended and the volunteer hours they gave. The attachments folder holds the files
attached to their record. Made with scdesk.
"""


def _archive_name(filename: str, sha256: str, used: set[str]) -> str:
    """A safe, unique name inside the archive for an attachment's file."""
    name = PurePosixPath(filename.replace("\\", "/")).name or sha256[:12]
    candidate = name
    if candidate in used:
        candidate = f"{sha256[:8]}-{name}"
    used.add(candidate)
    return f"attachments/{candidate}"


def export_person(
    session: Session, attachments_store: Path, person_id: int, target: Path, organization: str
) -> Path:
    """Write a zip (person.json, README.txt, attachments/…) with everything held about one
    person; written atomically and readable by the owner only."""
    person = session.get(Person, person_id)
    if person is None:
        raise RecordNotFound(Person, person_id)
    data = _held_about(session, person)
    now = utcnow()
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "organization": organization,
        "exported_at": now.isoformat(timespec="seconds"),
        **data,
    }
    used: set[str] = set()
    with atomic_output(target) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
        readme = README.format(
            organization=organization, name=person.full_name or "this person", when=now
        )
        for attachment in data["attachments"]:
            source = stored_path(attachments_store, attachment["sha256"])
            if source.exists():
                attachment["file_in_archive"] = _archive_name(
                    attachment["filename"], attachment["sha256"], used
                )
                zf.write(source, attachment["file_in_archive"])
            else:
                attachment["file_in_archive"] = None
        zf.writestr("person.json", json.dumps(document, indent=2, ensure_ascii=False))
        zf.writestr("README.txt", readme)
    return target


def export_person_file(org: OpenOrganization, person_id: int, target: Path) -> Path:
    """The subject access export of one person to `target` (a full disk or a read-only
    folder gives a StorageError; an earlier file at `target` stays as it was)."""
    with (
        reported_as_storage_errors(target, _("the export")),
        org.database.session() as session,
    ):
        export_person(session, org.folder.attachments, person_id, target, org.name)
    log.info("subject access export of person %d written", person_id)
    return target
