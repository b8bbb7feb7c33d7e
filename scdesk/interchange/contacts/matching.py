"""Who in the organization a person of the file is, when that is sure, and what differs.

Sure means: the same email (letter case aside), or the same name (in either order) with
no email or phone that contradicts it and nobody else of that name. Everything is read in
a few queries, so a file of thousands of people costs no query per person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.names import fold
from scdesk.interchange.contacts.people_rows import DetailValue, PersonRow
from scdesk.interchange.contacts.values import phone_key
from scdesk.model import ContactDetail, Person

CHUNK = 500  # ids per IN (…) query


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for value in ids:
        batch.append(value)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    @property
    def conflict(self) -> bool:
        """Both sides hold a value and they differ (filling an empty field is no conflict)."""
        return self.old not in ("", None)


class Roster:
    """The organization's live people, indexed for sure matches."""

    def __init__(self, session: Session, country: str) -> None:
        self.session = session
        self.country = country
        self.people: dict[int, tuple[str, str, str, str]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.email, Person.phone)
            .where(Person.deleted_at.is_(None))
            .order_by(Person.id)
        )
        for person_id, given, family, email, phone in rows:
            self.people[person_id] = (given, family, email, phone)
            if email:
                self.by_email.setdefault(email.casefold(), person_id)
            self.by_name.setdefault(fold(f"{given} {family}"), []).append(person_id)
        details = session.execute(
            select(ContactDetail.person_id, ContactDetail.value).where(
                ContactDetail.deleted_at.is_(None), ContactDetail.kind == "email"
            )
        )
        for person_id, value in details:
            if person_id in self.people:
                self.by_email.setdefault(value.casefold(), person_id)

    def sure_match(self, row: PersonRow) -> int | None:
        email = row.values.get("email", "")
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        given, family = row.values.get("given_name", ""), row.values.get("family_name", "")
        named = self.by_name.get(fold(f"{given} {family}"), []) + self.by_name.get(
            fold(f"{family} {given}"), []
        )
        if not named:
            return None
        phone = phone_key(row.values.get("phone", ""), self.country)
        fitting = [
            person_id
            for person_id in dict.fromkeys(named)
            if not (email and self.people[person_id][2])  # both have emails: they differ
            and not (
                phone
                and self.people[person_id][3]
                and phone_key(self.people[person_id][3], self.country) != phone
            )
        ]
        return fitting[0] if len(fitting) == 1 else None

    def records(self, ids: Iterable[int]) -> dict[int, Person]:
        found: dict[int, Person] = {}
        for batch in chunks(ids):
            found.update(
                (p.id, p) for p in self.session.scalars(select(Person).where(Person.id.in_(batch)))
            )
        return found

    def known_contacts(self, people: dict[int, Person]) -> dict[int, set[str]]:
        """Each person's emails (case-folded) and phones (as keys), main and further."""
        known = {
            person_id: {person.email.casefold(), phone_key(person.phone, self.country)} - {""}
            for person_id, person in people.items()
        }
        for batch in chunks(people):
            rows = self.session.execute(
                select(ContactDetail.person_id, ContactDetail.kind, ContactDetail.value).where(
                    ContactDetail.person_id.in_(batch), ContactDetail.deleted_at.is_(None)
                )
            )
            for person_id, kind, value in rows:
                known[person_id].add(contact_key(kind, value, self.country))
        return known


def contact_key(kind: str, value: str, country: str) -> str:
    return value.casefold() if kind == "email" else phone_key(value, country)


def new_details(row: PersonRow, known: set[str], country: str) -> list[DetailValue]:
    """The row's further emails and phones the person does not have yet."""
    new = []
    for detail in row.details:
        key = contact_key(detail.kind, detail.value, country)
        if key not in known:
            new.append(detail)
            known.add(key)
    return new


def _same(key: str, old: Any, new: Any, country: str) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if key == "email":
            return old.casefold() == new.casefold()
        if key == "phone":
            return phone_key(old, country) == phone_key(new, country)
        old_words, new_words = " ".join(old.split()), " ".join(new.split())
        if key == "notes":  # a note the record already holds word for word is no change
            return new_words.casefold() in old_words.casefold()
        return old_words == new_words
    return old == new


def compare(person: Person, row: PersonRow, country: str, known: set[str]) -> list[FieldChange]:
    """Field by field, what the row would change on `person`.

    The same name with given and family swapped is no change, nor a main email or phone
    the person already has among their further ones (`known`).
    """
    values = dict(row.values)
    names = (fold(person.given_name), fold(person.family_name))
    given, family = fold(values.get("given_name", "")), fold(values.get("family_name", ""))
    if (family, given) == names:
        values.pop("given_name", None)
        values.pop("family_name", None)
    changes = []
    for key, new in values.items():
        old = getattr(person, key)
        if _same(key, old, new, country):
            continue
        if key in ("email", "phone") and not old and contact_key(key, new, country) in known:
            continue
        changes.append(FieldChange(key, old, new))
    return changes
