"""The person picker's matches: every word typed must match, names in order, quick."""

from __future__ import annotations

from sqlalchemy import insert

from scdesk.domain.names import sort_name
from scdesk.model import Person
from scdesk.operations.people import PICKER_CANDIDATES, people_to_choose
from scdesk.operations.records import delete_record
from tests.editors.helpers import add_person


def test_few_matches_come_in_name_order(org) -> None:
    for given, family in (("Zoë", "Müller"), ("Ana", "Martins"), ("Mara", "Ababio")):
        add_person(org, given_name=given, family_name=family)
    add_person(org, given_name="Kofi", family_name="Boateng")
    with org.database.session() as session:
        names = [p.full_name for p in people_to_choose(session, "m")]
    assert names == ["Mara Ababio", "Ana Martins", "Zoë Müller"]


def test_with_many_matches_family_names_beginning_with_the_text_come_first(org) -> None:
    people = [
        {"given_name": "Maria", "family_name": f"Ortiz {n:03d}"}
        for n in range(PICKER_CANDIDATES + 20)
    ]
    people.append({"given_name": "Kwame", "family_name": "Mensah"})
    with org.database.transaction() as session:
        session.execute(
            insert(Person),
            [{**p, "sort_name": sort_name(p["given_name"], p["family_name"])} for p in people],
        )
    with org.database.session() as session:
        chosen = people_to_choose(session, "m", limit=5)
        assert chosen[0].full_name == "Kwame Mensah"
        assert len(chosen) == 5  # the rest filled from the other matches
        assert [p.full_name for p in people_to_choose(session, "maria ortiz 012")] == [
            "Maria Ortiz 012"
        ]


def test_tombstoned_people_are_not_offered(org) -> None:
    person_id = add_person(org, given_name="Ada", family_name="Lovelace")
    with org.database.transaction() as session:
        delete_record(session, Person, person_id)
    with org.database.session() as session:
        assert people_to_choose(session, "lovelace") == []
