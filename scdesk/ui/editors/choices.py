"""What the editors offer to choose from: people and exchanges by search, partnerships and
committees from short lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.model import Exchange, Person
from scdesk.operations.lists import choices as lists
from scdesk.operations.people import people_to_choose
from scdesk.storage.database import Database
from scdesk.storage.search_index import search_exchanges
from scdesk.ui.editors.pickers import RecordPicker
from scdesk.ui.i18n import country_name, current_language

MATCHES = 20
R = TypeVar("R", Person, Exchange)


def person_label(person: Person) -> str:
    """A name, and where the person lives or how to reach them, to tell namesakes apart."""
    where = person.city or person.email or country_name(person.country)
    return f"{person.full_name} ({where})" if where else person.full_name


def exchange_label(exchange: Exchange) -> str:
    year = f" ({exchange.starts_on.year})" if exchange.starts_on else ""
    return f"{exchange.title}{year}"


def person_picker(database: Database, placeholder: str) -> RecordPicker:
    """Type part of a name, an email or a phone number; choose the person."""
    return _picker(
        database,
        Person,
        lambda session, text: people_to_choose(session, text, MATCHES),
        person_label,
        placeholder,
        several=QCoreApplication.translate(
            "Pickers", "Several people match “{text}”: choose one from the list."
        ),
        none=QCoreApplication.translate("Pickers", "Nobody is called “{text}”."),
    )


def exchange_picker(database: Database, placeholder: str) -> RecordPicker:
    """Type part of an exchange's title or place; choose the exchange."""
    return _picker(
        database,
        Exchange,
        _exchanges_found,
        exchange_label,
        placeholder,
        several=QCoreApplication.translate(
            "Pickers", "Several exchanges match “{text}”: choose one from the list."
        ),
        none=QCoreApplication.translate("Pickers", "No exchange is called “{text}”."),
    )


def _exchanges_found(session: Session, text: str) -> list[Exchange]:
    """The exchanges matching `text`, best first."""
    ids = search_exchanges(session.connection(), text, MATCHES)
    found = {e.id: e for e in session.scalars(select(Exchange).where(Exchange.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def _picker(
    database: Database,
    model: type[R],
    find: Callable[[Session, str], Sequence[R]],
    label: Callable[[R], str],
    placeholder: str,
    *,
    several: str,
    none: str,
) -> RecordPicker:
    """A box that finds records of `model` as one types and names each by `label`."""

    def search(text: str) -> list[tuple[int, str]]:
        with database.session() as session:
            return [(record.id, label(record)) for record in find(session, text)]

    def describe(record_id: int) -> str:
        with database.session() as session:
            record = session.get(model, record_id)
            return label(record) if record is not None else ""

    return RecordPicker(search, describe, placeholder, several=several, none=none)


def partnership_choices(database: Database) -> list[tuple[int, str]]:
    with database.session() as session:
        return lists.partnership_choices(session, current_language())


def committee_choices(database: Database) -> list[tuple[int, str]]:
    with database.session() as session:
        return lists.committee_choices(session)


def people_names(database: Database, person_ids: Iterable[int]) -> dict[int, str]:
    """Labels of several people at once, in the order asked."""
    ids = list(person_ids)
    with database.session() as session:
        found = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
        return {i: person_label(found[i]) for i in ids if i in found}
