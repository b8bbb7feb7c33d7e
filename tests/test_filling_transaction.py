"""A bulk fill of a new database uses a rollback journal, then leaves the file as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from scdesk.model import Person


def settings(org) -> tuple[str, int]:
    with org.database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        return pragma("journal_mode"), pragma("synchronous")


def people(org) -> int:
    with org.database.session() as session:
        return session.scalar(select(func.count(Person.id)))


def leftovers(org) -> list[str]:
    """Journal files beside the database once nothing is open."""
    org.database.engine.dispose()
    folder = Path(org.folder.database).parent
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-journal", "-wal")))


def test_a_fill_is_written_with_a_rollback_journal_and_ends_in_wal(org) -> None:
    with org.database.filling_transaction() as session:
        connection = session.connection()
        inside = (
            connection.exec_driver_sql("PRAGMA journal_mode").scalar(),
            connection.exec_driver_sql("PRAGMA synchronous").scalar(),
        )
        session.add_all(Person(given_name="Ama", family_name=f"Mensah {n}") for n in range(50))
    assert inside == ("delete", 2)  # synchronous FULL still makes the commit durable
    assert settings(org) == ("wal", 2)
    assert people(org) == 50
    assert leftovers(org) == []


def test_a_failed_fill_keeps_nothing_and_ends_in_wal(org) -> None:
    with pytest.raises(RuntimeError), org.database.filling_transaction() as session:
        session.add(Person(given_name="Ama", family_name="Mensah"))
        session.flush()
        raise RuntimeError("cancelled")
    assert settings(org) == ("wal", 2)
    assert people(org) == 0
    assert leftovers(org) == []
