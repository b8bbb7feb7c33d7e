"""Generic record work shared by every kind: read values, create, change, tombstone, restore."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.domain.vocabulary import record_kind
from scdesk.model import Record
from scdesk.model.base import utcnow

R = TypeVar("R", bound=Record)

BOOKKEEPING = frozenset(
    {"id", "uuid", "created_at", "updated_at", "deleted_at", "revision", "change_seq"}
)


class RecordNotFound(LookupError):
    def __init__(self, model: type[Record], record_id: int | str) -> None:
        super().__init__(
            _("No {what} with id {id}.").format(what=record_kind(model.__tablename__), id=record_id)
        )


def editable_fields(model: type[Record]) -> list[str]:
    return [c.key for c in sa_inspect(model).column_attrs if c.key not in BOOKKEEPING]


def values_of(record: Record) -> dict[str, Any]:
    """Every column of `record` as a plain dict (bookkeeping included)."""
    return {c.key: getattr(record, c.key) for c in sa_inspect(type(record)).column_attrs}


def get_record(session: Session, model: type[R], record_id: int) -> R:
    record = session.get(model, record_id)
    if record is None:
        raise RecordNotFound(model, record_id)
    return record


def get_by_uuid(session: Session, model: type[R], uuid: str) -> R:
    record = session.query(model).filter(model.uuid == uuid).one_or_none()
    if record is None:
        raise RecordNotFound(model, uuid)
    return record


def _apply(record: Record, values: dict[str, Any]) -> None:
    allowed = set(editable_fields(type(record)))
    unknown = set(values) - allowed
    if unknown:
        raise KeyError(f"Not fields of {type(record).__name__}: {', '.join(sorted(unknown))}")
    for key, value in values.items():
        setattr(record, key, value)


def create_record(session: Session, model: type[R], values: dict[str, Any]) -> R:
    """Create and validate a record; the flush runs every domain rule."""
    record = model()
    _apply(record, values)
    session.add(record)
    session.flush()
    return record


def update_record(session: Session, model: type[R], record_id: int, changes: dict[str, Any]) -> R:
    record = get_record(session, model, record_id)
    _apply(record, changes)
    session.flush()
    return record


def delete_record(session: Session, model: type[R], record_id: int) -> R:
    """Tombstone: the record stays (so the deletion can travel in sync) but is hidden."""
    record = get_record(session, model, record_id)
    if record.deleted_at is None:
        record.deleted_at = utcnow()
        session.flush()
    return record


def restore_record(session: Session, model: type[R], record_id: int) -> R:
    record = get_record(session, model, record_id)
    if record.deleted_at is not None:
        record.deleted_at = None
        session.flush()
    return record


def duplicate_record(
    session: Session, model: type[R], record_id: int, overrides: dict[str, Any] | None = None
) -> R:
    source = get_record(session, model, record_id)
    values = {key: getattr(source, key) for key in editable_fields(model)}
    values.update(overrides or {})
    return create_record(session, model, values)
