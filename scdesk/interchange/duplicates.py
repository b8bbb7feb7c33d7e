"""Likely duplicates: incoming people who have no id in common with anyone here, yet look
like someone already in the roster.

Two signs count: the same email address (trimmed, case-folded), or a similar name (compared
with rapidfuzz on folded names) together with the same phone number digits. The roster is
read once and indexed by email and by phone digits, so 50,000 candidates against 100,000
people cost two dictionary look-ups each, never a fuzzy comparison against everyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.domain.names import fold
from scdesk.model import ContactDetail, Person

SAME_EMAIL = _("same email address")
SIMILAR_NAME_SAME_PHONE = _("similar name and same phone number")

# rapidfuzz's token_sort_ratio (0-100) from which two names count as similar:
# "Zoe Muller" and "Zoë Müller" score 100, "Jon Smith" and "John Smith" 95,
# "John Smith" and "Joan Smythe" 76.
NAME_SIMILARITY = 85.0
# The trailing digits that identify a phone number whatever prefix it was typed with
# ("+1 (217) 555-0101", "217.555.0101" and "2175550101" agree on "175550101").
PHONE_DIGITS = 9
MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class PersonKey:
    """What is compared of a person who is about to be added."""

    given_name: str
    family_name: str
    email: str
    phone: str


@dataclass(frozen=True)
class LikelyDuplicate:
    """`candidates[candidate_index]` looks like the stored person `person_id`."""

    candidate_index: int
    person_id: int
    reason: str
    score: float


def email_key(email: str) -> str:
    return (email or "").strip().casefold()


def phone_key(phone: str) -> str:
    """The last digits of a phone number, or "" when it has too few to compare."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE_DIGITS else ""


def name_key(given_name: str, family_name: str) -> str:
    return fold(f"{given_name} {family_name}")


class RosterIndex:
    """The live people of an organization, by email and by phone digits."""

    def __init__(self) -> None:
        self.by_email: dict[str, set[int]] = defaultdict(set)
        self.by_phone: dict[str, set[int]] = defaultdict(set)
        self.names: dict[int, str] = {}

    @classmethod
    def load(cls, session: Session) -> RosterIndex:
        index = cls()
        people = session.execute(
            select(
                Person.id, Person.given_name, Person.family_name, Person.email, Person.phone
            ).where(Person.deleted_at.is_(None))
        )
        for person_id, given, family, email, phone in people:
            index.names[person_id] = name_key(given, family)
            index.add(person_id, email, phone)
        details = session.execute(
            select(ContactDetail.person_id, ContactDetail.kind, ContactDetail.value).where(
                ContactDetail.deleted_at.is_(None), ContactDetail.kind.in_(("email", "phone"))
            )
        )
        for person_id, kind, value in details:
            if person_id in index.names:
                index.add(
                    person_id, value if kind == "email" else "", value if kind == "phone" else ""
                )
        return index

    def add(self, person_id: int, email: str, phone: str) -> None:
        if key := email_key(email):
            self.by_email[key].add(person_id)
        if key := phone_key(phone):
            self.by_phone[key].add(person_id)

    def matches(self, index: int, candidate: PersonKey) -> Iterable[LikelyDuplicate]:
        found: dict[int, LikelyDuplicate] = {}
        for person_id in self.by_email.get(email_key(candidate.email), ()):
            found[person_id] = LikelyDuplicate(index, person_id, SAME_EMAIL, 1.0)
        name = name_key(candidate.given_name, candidate.family_name)
        for person_id in self.by_phone.get(phone_key(candidate.phone), ()):
            if person_id in found or not name:
                continue
            score = fuzz.token_sort_ratio(name, self.names[person_id])
            if score >= NAME_SIMILARITY:
                found[person_id] = LikelyDuplicate(
                    index, person_id, SIMILAR_NAME_SAME_PHONE, round(score / 100, 3)
                )
        return sorted(found.values(), key=lambda d: (-d.score, d.person_id))


def likely_duplicates(session: Session, candidates: Sequence[PersonKey]) -> list[LikelyDuplicate]:
    """Every stored live person each candidate probably is, best match first per candidate."""
    if not candidates:
        return []
    roster = RosterIndex.load(session)
    found: list[LikelyDuplicate] = []
    for index, candidate in enumerate(candidates):
        found.extend(roster.matches(index, candidate))
    return found
