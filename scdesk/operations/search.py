"""Find anything by what was typed: people and exchanges through the full-text index,
partnerships and committees (a few dozen) by their names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.model import Committee, Exchange, Partnership, Person
from scdesk.operations.lists.search_terms import contains_words
from scdesk.storage.search_index import search_exchanges, search_people

# The kinds in the order results are listed.
KINDS = ("person", "exchange", "partnership", "committee")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS, the same words as the editors' kinds
    record_id: int
    title: str
    detail: str
    # The day an exchange starts, apart from `detail` so the window writes it as it writes
    # every day.
    day: date | None = None


def search_everything(
    session: Session, typed: str, limit: int = 20, language: str = SOURCE_LANGUAGE
) -> list[SearchHit]:
    """At most `limit` hits of each kind, grouped by kind (people first), best first;
    countries named in `language`."""
    if not typed.strip():
        return []
    return [
        *_people(session, typed, limit),
        *_exchanges(session, typed, limit),
        *_partnerships(session, typed, limit, language),
        *_committees(session, typed, limit),
    ]


def _people(session: Session, typed: str, limit: int) -> list[SearchHit]:
    ids = search_people(session.connection(), typed, limit)
    rows = {
        row.id: row
        for row in session.execute(
            select(
                Person.id, Person.given_name, Person.family_name, Person.email, Person.city
            ).where(Person.id.in_(ids))
        )
    }
    hits = []
    for person_id in ids:
        row = rows.get(person_id)
        if row is not None:
            name = " ".join(part for part in (row.given_name, row.family_name) if part)
            detail = " · ".join(part for part in (row.email, row.city) if part)
            hits.append(SearchHit("person", person_id, name, detail))
    return hits


def _exchanges(session: Session, typed: str, limit: int) -> list[SearchHit]:
    ids = search_exchanges(session.connection(), typed, limit)
    rows = {
        row.id: row
        for row in session.execute(
            select(Exchange.id, Exchange.title, Exchange.starts_on, Exchange.place).where(
                Exchange.id.in_(ids)
            )
        )
    }
    hits = []
    for exchange_id in ids:
        row = rows.get(exchange_id)
        if row is not None:
            hits.append(
                SearchHit("exchange", exchange_id, row.title, row.place or "", row.starts_on)
            )
    return hits


def _partnerships(session: Session, typed: str, limit: int, language: str) -> list[SearchHit]:
    rows = session.execute(
        select(
            Partnership.id,
            Partnership.partner_city,
            Partnership.partner_region,
            Partnership.partner_country,
        )
        .where(
            Partnership.deleted_at.is_(None),
            contains_words([Partnership.partner_city, Partnership.partner_region], typed),
        )
        .order_by(func.lower(Partnership.partner_city))
        .limit(limit)
    )
    return [
        SearchHit(
            "partnership",
            row.id,
            row.partner_city,
            ", ".join(
                p
                for p in (row.partner_region, local_country_name(row.partner_country, language))
                if p
            ),
        )
        for row in rows
    ]


def _committees(session: Session, typed: str, limit: int) -> list[SearchHit]:
    rows = session.execute(
        select(Committee.id, Committee.name, Committee.description)
        .where(Committee.deleted_at.is_(None), contains_words([Committee.name], typed))
        .order_by(func.lower(Committee.name))
        .limit(limit)
    )
    return [SearchHit("committee", row.id, row.name, row.description[:80]) for row in rows]
