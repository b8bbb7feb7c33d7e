"""The committees list: name, kind, the partnership served, chair, members, last meeting."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select

from scdesk.model import Committee, CommitteeKind, Meeting, Membership, Partnership, Person, Post
from scdesk.operations.lists.base import ListColumn, RecordList
from scdesk.operations.lists.search_terms import contains_words


def _current_term() -> ColumnElement[bool]:
    """A term still running today (dates are stored as ISO text, so they compare as text)."""
    today = func.date("now", "localtime")
    return (
        Membership.deleted_at.is_(None)
        & or_(Membership.started_on.is_(None), Membership.started_on <= today)
        & or_(Membership.ended_on.is_(None), Membership.ended_on >= today)
    )


_CHAIR = (
    select(Person.given_name + " " + Person.family_name)
    .join(Membership, Membership.person_id == Person.id)
    .where(Membership.committee_id == Committee.id, Membership.post == Post.CHAIR, _current_term())
    .limit(1)
    .scalar_subquery()
)
_MEMBERS = (
    select(func.count(func.distinct(Membership.person_id)))
    .where(Membership.committee_id == Committee.id, _current_term())
    .scalar_subquery()
)
_LAST_MEETING = (
    select(func.max(Meeting.held_on))
    .where(Meeting.committee_id == Committee.id, Meeting.deleted_at.is_(None))
    .scalar_subquery()
)

COMMITTEES = RecordList(
    model=Committee,
    source=Committee.__table__.outerjoin(
        Partnership.__table__, Partnership.id == Committee.partnership_id
    ),
    columns=(
        ListColumn("name", Committee.name, sort=func.lower(Committee.name)),
        ListColumn("kind", Committee.kind),
        ListColumn(
            "partnership", Partnership.partner_city, sort=func.lower(Partnership.partner_city)
        ),
        ListColumn("chair", _CHAIR),
        ListColumn("members", _MEMBERS),
        ListColumn("last_meeting", _LAST_MEETING),
    ),
)


@dataclass(frozen=True)
class CommitteeFilter:
    text: str = ""
    kind: CommitteeKind | None = None
    partnership_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.text.strip():
            conditions.append(contains_words([Committee.name, Committee.description], self.text))
        if self.kind is not None:
            conditions.append(Committee.kind == self.kind)
        if self.partnership_id is not None:
            conditions.append(Committee.partnership_id == self.partnership_id)
        return conditions
