"""Likely duplicates: same email, or a similar name with the same phone digits."""

from __future__ import annotations

from scdesk.interchange.duplicates import (
    SAME_EMAIL,
    SIMILAR_NAME_SAME_PHONE,
    PersonKey,
    likely_duplicates,
)
from scdesk.model import ContactDetail, Person
from scdesk.operations.records import delete_record
from scdesk.storage.organization_files import OpenOrganization


def add_people(org: OpenOrganization, *people: dict) -> list[int]:
    with org.database.transaction() as session:
        records = [Person(**values) for values in people]
        session.add_all(records)
        session.flush()
        return [r.id for r in records]


def test_the_same_email_in_another_case_is_a_likely_duplicate(org: OpenOrganization) -> None:
    [zoe] = add_people(
        org, {"given_name": "Zoë", "family_name": "Müller", "email": "Zoe@Example.org"}
    )
    with org.database.session() as session:
        found = likely_duplicates(session, [PersonKey("Z.", "Mueller", " zoe@example.ORG ", "")])
    assert [(d.candidate_index, d.person_id, d.reason, d.score) for d in found] == [
        (0, zoe, SAME_EMAIL, 1.0)
    ]


def test_a_similar_name_with_the_same_phone_digits_is_a_likely_duplicate(
    org: OpenOrganization,
) -> None:
    [jon] = add_people(
        org, {"given_name": "Jon", "family_name": "Núñez", "phone": "+1 (217) 555-0101"}
    )
    with org.database.session() as session:
        found = likely_duplicates(
            session,
            [
                PersonKey("John", "Nunez", "", "217.555.0101"),
                PersonKey("Maria", "Schmidt", "", "217 555 0101"),  # same phone, other name
                PersonKey("John", "Nunez", "", "217 555 0199"),  # same name, other phone
            ],
        )
    assert [(d.candidate_index, d.person_id, d.reason) for d in found] == [
        (0, jon, SIMILAR_NAME_SAME_PHONE)
    ]
    assert 0.85 <= found[0].score < 1.0


def test_extra_contact_details_are_compared_and_removed_people_are_not(
    org: OpenOrganization,
) -> None:
    kept, removed = add_people(
        org,
        {"given_name": "Ana", "family_name": "Silva"},
        {"given_name": "Old", "family_name": "Record", "email": "old@example.org"},
    )
    with org.database.transaction() as session:
        session.add(ContactDetail(person_id=kept, kind="email", value="ana.work@example.org"))
        delete_record(session, Person, removed)
    with org.database.session() as session:
        found = likely_duplicates(
            session,
            [
                PersonKey("A", "S", "ANA.WORK@example.org", ""),
                PersonKey("O", "R", "old@example.org", ""),
            ],
        )
    assert [(d.candidate_index, d.person_id) for d in found] == [(0, kept)]


def test_many_candidates_match_only_the_people_they_resemble(org: OpenOrganization) -> None:
    people = [
        {
            "given_name": f"Given{n}",
            "family_name": f"Family{n}",
            "email": f"p{n}@example.org",
            "phone": f"217 555 {n:05d}",
        }
        for n in range(500)
    ]
    ids = add_people(org, *people)
    candidates = [
        PersonKey(f"Given{n}", f"Family{n}", "", f"(217) 555-{n:05d}")
        if n < 500
        else PersonKey("Quentin", "Zylberstein", "", f"(217) 555-{n % 500:05d}")
        for n in range(5000)
    ]
    with org.database.session() as session:
        found = likely_duplicates(session, candidates)
    assert [(d.candidate_index, d.person_id) for d in found] == list(enumerate(ids))
