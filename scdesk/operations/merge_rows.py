"""Rows that say the same thing twice once two records of one person become one.

When both records took part in the same exchange, attended the same meeting, held the same
post over overlapping terms, shared a host placement or a contact detail, moving the other
record's rows over would leave duplicates (or a host hosting themselves). Such a row is
combined into the kept person's row instead: the kept row takes what the other one adds
(a more specific role, a longer term, more nights) and the other row is tombstoned, still
pointing at the removed person so that taking the merge back only has to lift the tombstone.

The rows are read and written with Core statements, as the roster import writes rows
beside the ORM; every write carries the bookkeeping (time, revision, change number) that
sync needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from scdesk.model import (
    ContactDetail,
    HostPlacement,
    MeetingAttendance,
    Membership,
    ParticipantRole,
    Participation,
    Record,
)
from scdesk.model.base import utcnow
from scdesk.storage.bookkeeping import next_change_numbers

# The role a participant gets when nobody says more; any other role tells more.
PLAIN_ROLE = ParticipantRole.DELEGATE


def write_rows(
    session: Session, model: type[Record], ids: tuple[int, ...], values: dict[str, Any]
) -> None:
    """Set `values` on the rows `ids`, as a change sync will carry."""
    [number] = next_change_numbers(session.connection(), 1)
    session.execute(
        update(model)
        .where(model.id.in_(ids))
        .values(
            {**values, "updated_at": utcnow(), "revision": model.revision + 1, "change_seq": number}
        )
        .execution_options(synchronize_session="fetch")
    )


@dataclass
class Combined:
    """The other person's rows folded into the kept person's, and how the kept rows were."""

    # "table" -> ids of the removed person's rows, now tombstoned.
    tombstoned: dict[str, list[int]] = field(default_factory=dict)
    # Of those, the rows between the two records (one hosting the other): not a duplicate
    # of anything, but nothing once the two are one person.
    between: set[int] = field(default_factory=set)
    # "table" -> id of a kept row -> the values it had before it took the other row in.
    kept_before: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    _after: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)

    def drop(self, model: type[Record], row_id: int) -> None:
        self.tombstoned.setdefault(model.__tablename__, []).append(row_id)

    def change(self, model: type[Record], row: dict[str, Any], **values: Any) -> None:
        """Give the kept `row` new values (and remember the first values it had)."""
        before = self.kept_before.setdefault(model.__tablename__, {}).setdefault(row["id"], {})
        after = self._after.setdefault(model.__tablename__, {}).setdefault(row["id"], {})
        for name, value in values.items():
            before.setdefault(name, row[name])
            after[name] = row[name] = value

    def write(self, session: Session) -> None:
        now = utcnow()
        for table, ids in self.tombstoned.items():
            write_rows(session, MODELS[table], tuple(ids), {"deleted_at": now})
        for table, rows in self._after.items():
            for row_id, values in rows.items():
                write_rows(session, MODELS[table], (row_id,), values)


MODELS: dict[str, type[Record]] = {
    model.__tablename__: model
    for model in (Participation, MeetingAttendance, Membership, HostPlacement, ContactDetail)
}


def plan_combination(session: Session, keep_id: int, remove_id: int) -> Combined:
    """Which rows of `remove_id` duplicate rows of `keep_id`, and how those would take them
    in; nothing is written (what a merge would do, before anyone asks for it)."""
    combined = Combined()
    _participations(session, keep_id, remove_id, combined)
    _same_thing(session, MeetingAttendance, ("meeting_id",), keep_id, remove_id, combined)
    _same_thing(session, ContactDetail, ("kind", "value"), keep_id, remove_id, combined)
    _memberships(session, keep_id, remove_id, combined)
    _placements(session, keep_id, remove_id, combined)
    return combined


def combine_duplicates(session: Session, keep_id: int, remove_id: int) -> Combined:
    """Fold the rows of `remove_id` that duplicate rows of `keep_id` into those; write it."""
    combined = plan_combination(session, keep_id, remove_id)
    combined.write(session)
    return combined


def restore_duplicates(
    session: Session,
    tombstoned: dict[str, tuple[int, ...]],
    kept_before: dict[str, dict[int, dict[str, Any]]],
) -> None:
    """Take a combination back: the other rows return, the kept rows get their values again."""
    for table, ids in tombstoned.items():
        write_rows(session, MODELS[table], tuple(ids), {"deleted_at": None})
    for table, rows in kept_before.items():
        for row_id, values in rows.items():
            write_rows(session, MODELS[table], (row_id,), values)


def _live_rows(session: Session, model: type[Record], *where: Any) -> list[dict[str, Any]]:
    query = select(*model.__table__.columns).where(model.deleted_at.is_(None), *where)
    return [dict(row._mapping) for row in session.execute(query.order_by(model.id))]


def _split(rows: list[dict[str, Any]], column: str, remove_id: int) -> tuple[list, list]:
    kept = [row for row in rows if row[column] != remove_id]
    return kept, [row for row in rows if row[column] == remove_id]


def _same_thing(
    session: Session,
    model: type[Record],
    key: tuple[str, ...],
    keep_id: int,
    remove_id: int,
    combined: Combined,
) -> None:
    """The other's rows that say what a kept row says (same meeting, same contact detail)."""
    rows = _live_rows(session, model, model.person_id.in_((keep_id, remove_id)))
    kept, others = _split(rows, "person_id", remove_id)
    known = {tuple(row[name] for name in key) for row in kept}
    for row in others:
        if tuple(row[name] for name in key) in known:
            combined.drop(model, row["id"])


def _participations(session: Session, keep_id: int, remove_id: int, combined: Combined) -> None:
    """One participation per role: a plain delegate row gives way to a more specific role
    the other record has, and adds nothing where the kept person already has a role."""
    rows = _live_rows(session, Participation, Participation.person_id.in_((keep_id, remove_id)))
    kept, others = _split(rows, "person_id", remove_id)
    for row in others:
        mine = [k for k in kept if k["exchange_id"] == row["exchange_id"]]
        roles = {k["role"] for k in mine}
        if not mine:
            continue
        if row["role"] in roles or row["role"] == PLAIN_ROLE:
            combined.drop(Participation, row["id"])
        elif roles == {PLAIN_ROLE}:
            combined.change(Participation, mine[0], role=row["role"])
            combined.drop(Participation, row["id"])
        # else: a second specific role (organizer and interpreter, say) is moved, not lost


def _overlap(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return (first["started_on"] or date.min) <= (second["ended_on"] or date.max) and (
        second["started_on"] or date.min
    ) <= (first["ended_on"] or date.max)


def _memberships(session: Session, keep_id: int, remove_id: int, combined: Combined) -> None:
    """The same post on the same committee over overlapping terms is one term: the kept one,
    from the earliest known start to the latest end (still running if either is)."""
    rows = _live_rows(session, Membership, Membership.person_id.in_((keep_id, remove_id)))
    kept, others = _split(rows, "person_id", remove_id)
    for row in others:
        same = [
            k
            for k in kept
            if (k["committee_id"], k["post"]) == (row["committee_id"], row["post"])
            and _overlap(k, row)
        ]
        if not same:
            continue
        term = same[0]
        starts = [d for d in (term["started_on"], row["started_on"]) if d is not None]
        ends = (term["ended_on"], row["ended_on"])
        combined.change(
            Membership,
            term,
            started_on=min(starts, default=None),
            ended_on=None if None in ends else max(ends),
        )
        combined.drop(Membership, row["id"])


def _placements(session: Session, keep_id: int, remove_id: int, combined: Combined) -> None:
    """A placement between the two records would be a host hosting themselves: it goes. The
    same guest with the same host twice in one exchange is one stay, of the longer length."""
    people = (keep_id, remove_id)
    rows = _live_rows(
        session,
        HostPlacement,
        or_(HostPlacement.guest_id.in_(people), HostPlacement.host_id.in_(people)),
    )

    def stay(row: dict[str, Any]) -> tuple[int, int, int]:
        """Exchange, guest and host as they will be once the two records are one."""
        guest, host = (keep_id if p == remove_id else p for p in (row["guest_id"], row["host_id"]))
        return row["exchange_id"], guest, host

    kept = {stay(row): row for row in rows if remove_id not in (row["guest_id"], row["host_id"])}
    for row in rows:
        if remove_id not in (row["guest_id"], row["host_id"]):
            continue
        _exchange, guest, host = stay(row)
        same = kept.get(stay(row))
        if guest == host:
            combined.drop(HostPlacement, row["id"])
            combined.between.add(row["id"])
        elif same is not None:
            if row["nights"] > same["nights"]:
                combined.change(HostPlacement, same, nights=row["nights"])
            combined.drop(HostPlacement, row["id"])
        else:
            kept[stay(row)] = row
