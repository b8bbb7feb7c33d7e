"""The people a flat export lists: every live person with each current post they hold."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.model import Committee, ContactDetail, Membership, Person, Post


@dataclass(frozen=True)
class HeldPost:
    committee: str  # "" for a post in the organization itself
    post: Post
    started_on: date | None
    ended_on: date | None


@dataclass(frozen=True)
class ExportedPerson:
    person: Person
    posts: tuple[HeldPost, ...]
    details: tuple[tuple[str, str, str], ...]  # (kind, label, value)

    @property
    def updated_at(self) -> datetime:
        return self.person.updated_at


def _current_posts(session: Session) -> dict[int, list[HeldPost]]:
    today = date.today()
    rows = session.execute(
        select(
            Membership.person_id,
            Committee.name,
            Membership.post,
            Membership.started_on,
            Membership.ended_on,
        )
        .outerjoin(Committee, Membership.committee_id == Committee.id)
        .where(
            Membership.deleted_at.is_(None),
            (Membership.ended_on.is_(None)) | (Membership.ended_on >= today),
            (Committee.id.is_(None)) | (Committee.deleted_at.is_(None)),
        )
        .order_by(Membership.person_id, Committee.name, Membership.post)
    )
    posts: dict[int, list[HeldPost]] = {}
    for person_id, committee, post, started, ended in rows:
        posts.setdefault(person_id, []).append(HeldPost(committee or "", post, started, ended))
    return posts


def _details(session: Session) -> dict[int, list[tuple[str, str, str]]]:
    details: dict[int, list[tuple[str, str, str]]] = {}
    for person_id, kind, label, value in session.execute(
        select(
            ContactDetail.person_id, ContactDetail.kind, ContactDetail.label, ContactDetail.value
        )
        .where(ContactDetail.deleted_at.is_(None))
        .order_by(ContactDetail.person_id, ContactDetail.id)
    ):
        details.setdefault(person_id, []).append((kind, label, value))
    return details


def exported_people(session: Session) -> Iterator[ExportedPerson]:
    """Live people sorted by name, with their current posts and further contact details."""
    posts = _current_posts(session)
    details = _details(session)
    people = session.scalars(
        select(Person).where(Person.deleted_at.is_(None)).order_by(Person.sort_name, Person.id)
    )
    for person in people:
        yield ExportedPerson(
            person, tuple(posts.get(person.id, ())), tuple(details.get(person.id, ()))
        )
