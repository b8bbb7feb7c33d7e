"""Find the record a person names on the command line: by id, or by (part of) its name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.domain.names import display_name, fold
from scdesk.domain.vocabulary import record_kind
from scdesk.model import Committee, Exchange, Partnership, Person
from scdesk.operations.people import find_people
from scdesk.reports.figures.sql import live

SHOWN_CANDIDATES = 5


class NotFound(LookupError):
    """Nothing, or more than one thing, matches; the message says which and what to do."""


def _choose(what: str, text: str, candidates: list[tuple[int, str]]) -> int:
    exact = [(i, name) for i, name in candidates if fold(name) == fold(text)]
    found = exact or [(i, name) for i, name in candidates if fold(text) in fold(name)]
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise NotFound(_("no {what} has the id or name “{text}”.").format(what=what, text=text))
    names = "; ".join(f"{name} (id {i})" for i, name in found[:SHOWN_CANDIDATES])
    if len(found) > SHOWN_CANDIDATES:
        names = _("{names} and {count} more").format(
            names=names, count=len(found) - SHOWN_CANDIDATES
        )
    raise NotFound(
        _("several {what} records match “{text}”: {names}. Give the id instead.").format(
            what=what, text=text, names=names
        )
    )


def _by_id(session: Session, model: type, text: str) -> int | None:
    """The record with this id, if the text is one (else it is looked up as a name)."""
    if not text.strip().isdigit():
        return None
    record = session.get(model, int(text))
    if record is None or record.deleted_at is not None:
        return None
    return record.id


def find_partnership(session: Session, text: str) -> int:
    """By id, partner city, or "city, country code"."""
    found = _by_id(session, Partnership, text)
    if found is not None:
        return found
    rows = session.execute(
        select(Partnership.id, Partnership.partner_city, Partnership.partner_country).where(
            live(Partnership)
        )
    )
    return _choose(record_kind("partnership"), text, [(i, city) for i, city, _country in rows])


def find_committee(session: Session, text: str) -> int:
    found = _by_id(session, Committee, text)
    if found is not None:
        return found
    rows = session.execute(select(Committee.id, Committee.name).where(live(Committee)))
    return _choose(record_kind("committee"), text, [tuple(row) for row in rows])


def find_exchange(session: Session, text: str) -> int:
    found = _by_id(session, Exchange, text)
    if found is not None:
        return found
    rows = session.execute(
        select(Exchange.id, Exchange.title).where(
            live(Exchange), Exchange.title.ilike(f"%{text.strip()}%")
        )
    )
    return _choose(record_kind("exchange"), text, [tuple(row) for row in rows])


def find_person(session: Session, text: str) -> int:
    found = _by_id(session, Person, text)
    if found is not None:
        return found
    people = find_people(session, text, limit=20)
    return _choose(
        record_kind("person"),
        text,
        [(p.id, display_name(p.given_name, p.family_name)) for p in people],
    )
