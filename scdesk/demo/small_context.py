"""State the small demo's builders share: the session, the generators, and what was made so
far (people by role, committees, terms of office), so later steps can refer to earlier ones."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.demo.common import UuidSource
from scdesk.demo.partners import STANDING_COMMITTEES, PartnerCity
from scdesk.model import (
    Committee,
    Exchange,
    Meeting,
    Partnership,
    PartnershipStatus,
    Person,
    Post,
    Record,
)

R = TypeVar("R", bound=Record)


@dataclass
class Term:
    """A post someone holds, kept in memory to know who sat on a committee on a given day."""

    person: Person
    committee: Committee
    post: Post
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Crew:
    """An exchange and the people who worked on it, for logging their volunteer hours."""

    exchange: Exchange
    committee: Committee
    organizers: list[Person]
    helpers: list[Person]  # hosts and interpreters


@dataclass
class SmallContext:
    session: Session
    rng: random.Random
    uuids: UuidSource
    partnerships: dict[str, Partnership] = field(default_factory=dict)  # by partner city
    partner_cities: dict[str, PartnerCity] = field(default_factory=dict)
    committees: dict[str, Committee] = field(default_factory=dict)  # by name
    people: dict[str, Person] = field(default_factory=dict)  # the named sample people
    locals: list[Person] = field(default_factory=list)  # members and volunteers
    hosts: list[Person] = field(default_factory=list)  # host families
    guests: dict[str, list[Person]] = field(default_factory=dict)  # by partner city
    terms: list[Term] = field(default_factory=list)
    terms_by_committee: dict[str, list[Term]] = field(default_factory=dict)
    crews: list[Crew] = field(default_factory=list)
    meetings: list[tuple[Meeting, Committee, list[Person]]] = field(default_factory=list)
    next_ids: dict[str, int] = field(default_factory=dict)
    hosting: dict[int, list[tuple[date, date]]] = field(default_factory=dict)  # host id: stays

    def add(self, model: type[R], **values: Any) -> R:
        """Create a record with a reproducible UUID and put it in the session.

        The id is given here too: with every key known, the ORM writes each table's new
        rows in one batch instead of one INSERT per row to learn the ids."""
        table = model.__tablename__
        if table not in self.next_ids:
            with self.session.no_autoflush:  # records still being filled in stay pending
                highest = self.session.scalar(select(func.max(model.id)))
            self.next_ids[table] = (highest or 0) + 1
        record = model(id=self.next_ids[table], uuid=self.uuids.one(), **values)
        self.next_ids[table] += 1
        self.session.add(record)
        return record

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def add_term(self, term: Term) -> None:
        self.terms.append(term)
        self.terms_by_committee.setdefault(term.committee.name, []).append(term)

    def terms_of(self, committee: Committee) -> list[Term]:
        return self.terms_by_committee.get(committee.name, [])

    def members_on(self, committee: Committee, day: date) -> list[Person]:
        seen: dict[int, Person] = {}
        for term in self.terms_of(committee):
            if term.covers(day):
                seen.setdefault(id(term.person), term.person)
        return list(seen.values())

    def holder(self, committee: Committee, post: Post, day: date) -> Person | None:
        for term in self.terms_of(committee):
            if term.post == post and term.covers(day):
                return term.person
        return None

    def partner_of(self, committee: Committee) -> PartnerCity | None:
        """The partner city a committee serves (None for a standing committee)."""
        for partner in self.partner_cities.values():
            if partner.committee_name == committee.name:
                return partner
        return None

    def committee_span(self, committee: Committee) -> tuple[date, date | None]:
        """When a committee started, and when it stopped working (None: still at work)."""
        for name, _kind, founded, _description in STANDING_COMMITTEES:
            if committee.name == name:
                return founded, None
        partner = self.partner_of(committee)
        assert partner is not None
        paused = [
            s.on
            for s in partner.history
            if s.status in (PartnershipStatus.INACTIVE, PartnershipStatus.ENDED)
        ]
        return partner.first_contact_on, (paused[-1] if paused else None)
