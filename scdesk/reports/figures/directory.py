"""The member directory: only the people who agreed to be listed, with their current posts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.names import display_name
from scdesk.model import Committee, Membership, Person, Post
from scdesk.reports.figures.committees import POST_ORDER
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.sql import held_on, live
from scdesk.reports.figures.table import Table, plain


@dataclass(frozen=True)
class PostHeld:
    committee: str | None  # None: a post in the organization itself
    post: Post


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    name: str
    email: str
    phone: str
    city: str
    languages: str
    member_since: date | None
    posts: list[PostHeld] = field(default_factory=list)


@dataclass(frozen=True)
class DirectoryFigures:
    organization: OrganizationHeading
    on: date
    entries: list[DirectoryEntry]

    def tables(self) -> list[Table]:
        return [
            Table(
                "Directory",
                ("Name", "Email", "Phone", "City", "Languages", "Member since", "Posts"),
                [
                    (e.name, e.email, e.phone, e.city, e.languages, e.member_since, posts_text(e))
                    for e in self.entries
                ],
            )
        ]


def posts_text(entry: DirectoryEntry) -> str:
    return "; ".join(
        f"{plain(p.post)}, {p.committee}" if p.committee else plain(p.post) for p in entry.posts
    )


def directory_figures(
    session: Session, on: date, organization: OrganizationHeading
) -> DirectoryFigures:
    """Consenting, not removed; posts are the terms that cover `on`."""
    listed = (live(Person), Person.consent_directory.is_(True))
    posts: dict[int, list[PostHeld]] = {}
    rows = session.execute(
        select(Membership.person_id, Committee.name, Membership.post)
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Committee, Committee.id == Membership.committee_id)
        .where(
            *listed,
            live(Membership),
            (Committee.id.is_(None)) | (Committee.deleted_at.is_(None)),
            held_on(Membership.started_on, Membership.ended_on, on),
        )
        .order_by(Committee.name)
    )
    for person_id, committee, post in rows:
        posts.setdefault(person_id, []).append(PostHeld(committee, Post(post)))
    people = session.execute(
        select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.phone,
            Person.city,
            Person.languages,
            Person.member_since,
        )
        .where(*listed)
        .order_by(Person.sort_name, Person.id)
    )
    entries = [
        DirectoryEntry(
            pid,
            display_name(given, family),
            email,
            phone,
            city,
            languages,
            since,
            sorted(posts.get(pid, []), key=lambda p: (POST_ORDER[p.post], p.committee or "")),
        )
        for pid, given, family, email, phone, city, languages, since in people
    ]
    return DirectoryFigures(organization, on, entries)
