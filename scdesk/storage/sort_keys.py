"""The hours list's sort keys, kept beside each entry by triggers.

The hours list sorts by the volunteer's name and by the exchange or committee the hours were
given to. Sorting 500,000 entries by a joined table's value meant reading and sorting every
row (6-12 s under load); a copy of that value in the entry, with a partial index, hands the
ids over in order. Triggers keep the copies right whatever writes the tables (editors,
merges, imports, undo), as SQLite runs them in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

_PERSON = "(SELECT sort_name FROM person WHERE person.id = {row}.person_id)"
_ON = (
    "lower(coalesce("
    "(SELECT title FROM exchange WHERE exchange.id = {row}.exchange_id),"
    " (SELECT name FROM committee WHERE committee.id = {row}.committee_id), ''))"
)


def _keys_of(row: str) -> str:
    return f"person_sort = {_PERSON.format(row=row)}, on_sort = {_ON.format(row=row)}"


SORT_KEY_TRIGGERS = (
    "CREATE TRIGGER hours_sort_keys_insert AFTER INSERT ON volunteer_hours BEGIN"
    f" UPDATE volunteer_hours SET {_keys_of('NEW')} WHERE id = NEW.id; END",
    "CREATE TRIGGER hours_sort_keys_links"
    " AFTER UPDATE OF person_id, exchange_id, committee_id ON volunteer_hours BEGIN"
    f" UPDATE volunteer_hours SET {_keys_of('NEW')} WHERE id = NEW.id; END",
    "CREATE TRIGGER hours_sort_keys_person AFTER UPDATE OF sort_name ON person BEGIN"
    " UPDATE volunteer_hours SET person_sort = NEW.sort_name WHERE person_id = NEW.id; END",
    "CREATE TRIGGER hours_sort_keys_exchange AFTER UPDATE OF title ON exchange BEGIN"
    " UPDATE volunteer_hours SET on_sort = lower(NEW.title) WHERE exchange_id = NEW.id; END",
    "CREATE TRIGGER hours_sort_keys_committee AFTER UPDATE OF name ON committee BEGIN"
    f" UPDATE volunteer_hours SET on_sort = {_ON.format(row='volunteer_hours')}"
    " WHERE committee_id = NEW.id; END",
)
TRIGGER_NAMES = tuple(statement.split()[2] for statement in SORT_KEY_TRIGGERS)


def install_sort_keys(connection: Connection) -> None:
    """Create the triggers and fill the keys of the entries already there."""
    for statement in SORT_KEY_TRIGGERS:
        connection.exec_driver_sql(statement)
    refill_sort_keys(connection)


def refill_sort_keys(connection: Connection) -> None:
    connection.exec_driver_sql(f"UPDATE volunteer_hours SET {_keys_of('volunteer_hours')}")


@contextmanager
def sort_keys_suspended(connection: Connection) -> Iterator[None]:
    """Drop the triggers for a bulk load, then restore them and fill every key in one pass,
    faster than an update per inserted row. DDL is transactional in SQLite."""
    for name in TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for statement in SORT_KEY_TRIGGERS:
        connection.exec_driver_sql(statement)
    refill_sort_keys(connection)
