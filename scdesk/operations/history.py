"""What one user action changed, so it can be undone and redone through the database.

An action runs inside `recording_changes`; every record it creates or changes is noted with
the values it had before and has after. Undoing sets the before values again (a created
record is tombstoned), redoing sets the after values (the tombstone is lifted). Every step is
an ordinary write, so the domain rules, the change numbers and the search index follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.domain.vocabulary import record_kind
from scdesk.model import Record
from scdesk.model.base import utcnow
from scdesk.operations.records import BOOKKEEPING
from scdesk.storage.database import Database

T = TypeVar("T")

# Bookkeeping follows the change by itself; only the tombstone is part of what users did.
NOT_RECORDED = BOOKKEEPING - {"deleted_at"}


class _Tombstone:
    """Stands for "deleted at the moment the step is applied"."""

    def __repr__(self) -> str:
        return "TOMBSTONE"


TOMBSTONE: Any = _Tombstone()


class HistoryConflict(RuntimeError):
    """The record changed since the step was recorded; applying it would lose that change."""


@dataclass(frozen=True)
class RecordChange:
    model: type[Record]
    record_id: int
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class ChangeSet:
    changes: list[RecordChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def created(self, model: type[Record]) -> list[int]:
        """Ids of the records of `model` this action created."""
        return [
            c.record_id
            for c in self.changes
            if c.model is model and c.before.get("deleted_at") is TOMBSTONE
        ]


Key = tuple[type[Record], int]


class _Recorder:
    """Collects, flush by flush, which records were created and what changed in the others."""

    def __init__(self) -> None:
        self.created: dict[Key, None] = {}
        self.before: dict[Key, dict[str, Any]] = {}

    def after_flush(self, session: Session, _context: object) -> None:
        # In after_flush the session still shows its pre-flush state and attribute history.
        for obj in session.new:
            if isinstance(obj, Record):
                self.created[(type(obj), obj.id)] = None
        for obj in session.dirty:
            if not isinstance(obj, Record):
                continue
            key = (type(obj), obj.id)
            if key in self.created:
                continue
            state = sa_inspect(obj)
            for attr in state.mapper.column_attrs:
                if attr.key in NOT_RECORDED:
                    continue
                history = state.attrs[attr.key].history
                if history.has_changes() and history.deleted:
                    self.before.setdefault(key, {}).setdefault(attr.key, history.deleted[0])

    def result(self, session: Session) -> list[RecordChange]:
        changes = [
            RecordChange(model, record_id, {"deleted_at": TOMBSTONE}, {"deleted_at": None})
            for model, record_id in self.created
        ]
        for (model, record_id), before in self.before.items():
            record = session.get(model, record_id)
            if record is None:
                continue
            after = {name: getattr(record, name) for name in before}
            changed = {name for name in before if before[name] != after[name]}
            if changed:
                changes.append(
                    RecordChange(
                        model,
                        record_id,
                        {name: before[name] for name in changed},
                        {name: after[name] for name in changed},
                    )
                )
        return changes


@contextmanager
def recording_changes(session: Session) -> Iterator[ChangeSet]:
    """Record what the writes made inside the block change; the ChangeSet fills at its end."""
    recorder = _Recorder()
    changes = ChangeSet()
    event.listen(session, "after_flush", recorder.after_flush)
    try:
        yield changes
        session.flush()
        changes.changes.extend(recorder.result(session))
    finally:
        event.remove(session, "after_flush", recorder.after_flush)


def run_recorded(database: Database, action: Callable[[Session], T]) -> tuple[T, ChangeSet]:
    """Run one user action in one transaction and return its result and what it changed."""
    with database.transaction() as session, recording_changes(session) as changes:
        result = action(session)
    return result, changes


def _matches(record: Record, values: dict[str, Any]) -> bool:
    for name, value in values.items():
        current = getattr(record, name)
        if value is TOMBSTONE:
            if current is None:
                return False
        elif current != value:
            return False
    return True


def _apply(session: Session, changes: list[RecordChange], undo: bool) -> None:
    for change in changes:
        expected, wanted = (change.after, change.before) if undo else (change.before, change.after)
        record = session.get(change.model, change.record_id)
        if record is None or not _matches(record, expected):
            what = record_kind(change.model.__tablename__)
            raise HistoryConflict(
                _(
                    "The {what} was changed since this step was made, so it cannot be "
                    "undone without losing that change."
                ).format(what=what)
                if undo
                else _(
                    "The {what} was changed since this step was made, so it cannot be "
                    "redone without losing that change."
                ).format(what=what)
            )
        for name, value in wanted.items():
            setattr(record, name, utcnow() if value is TOMBSTONE else value)
    session.flush()


def undo_changes(session: Session, changes: ChangeSet) -> None:
    """Put every record back as it was before the action (created ones are tombstoned)."""
    _apply(session, list(reversed(changes.changes)), undo=True)


def redo_changes(session: Session, changes: ChangeSet) -> None:
    """Make the action's changes again."""
    _apply(session, changes.changes, undo=False)
