"""Fixtures of the safety suites."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scdesk.model import Person
from scdesk.storage.organization_files import OpenOrganization


@pytest.fixture
def add_people(org: OpenOrganization) -> Callable[..., list[int]]:
    """Add people by full name in one transaction; returns their ids."""

    def add(*names: str, **values: object) -> list[int]:
        with org.database.transaction() as session:
            people = []
            for name in names:
                given, _, family = name.partition(" ")
                people.append(Person(given_name=given, family_name=family, **values))
            session.add_all(people)
            session.flush()
            return [person.id for person in people]

    return add
