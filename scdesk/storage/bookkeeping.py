"""Stamp every changed record with its updated time and the next organization-wide
change number, so delta roster files can ask for "everything changed since N"."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from scdesk.model.base import Record, utcnow

SEQUENCE_DDL = (
    "CREATE TABLE IF NOT EXISTS change_sequence ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO change_sequence (id, value) VALUES (1, 0)",
)


def next_change_numbers(connection: Connection, count: int) -> range:
    """Reserve `count` consecutive change numbers inside the current transaction."""
    last = connection.execute(
        text("UPDATE change_sequence SET value = value + :n WHERE id = 1 RETURNING value"),
        {"n": count},
    ).scalar_one()
    return range(last - count + 1, last + 1)


def current_change_number(connection: Connection) -> int:
    return connection.execute(text("SELECT value FROM change_sequence WHERE id = 1")).scalar_one()


def stamp_changes(session: Session, _context: object, _instances: object) -> None:
    """before_flush hook: set updated_at and change_seq on new and modified records."""
    changed = [obj for obj in session.new if isinstance(obj, Record)]
    changed += [
        obj
        for obj in session.dirty
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False)
    ]
    if not changed:
        return
    now = utcnow()
    numbers = next_change_numbers(session.connection(), len(changed))
    for obj, number in zip(changed, numbers, strict=True):
        if obj.created_at is None:
            obj.created_at = now
        obj.updated_at = now
        obj.change_seq = number
