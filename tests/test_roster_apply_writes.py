"""How an applied roster file writes: only what changed, with the search index in step."""

from __future__ import annotations

from pathlib import Path

from scdesk.interchange.roster.applying import apply_import
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import preview_import
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.search import search_everything
from scdesk.storage.organization_files import OpenOrganization

PEOPLE = 30  # enough for the writer to update them in bulk


def _people(org: OpenOrganization) -> dict[str, tuple[str, str, int]]:
    with org.database.session() as session:
        return {
            p.uuid: (p.family_name, p.city, p.revision)
            for p in session.query(Person).order_by(Person.id)
        }


def _found(org: OpenOrganization, typed: str) -> list[str]:
    with org.database.session() as session:
        return [hit.title for hit in search_everything(session, typed)]


def test_a_file_changing_cities_and_a_name_updates_both_and_the_search_finds_the_new_name(
    tmp_path: Path,
) -> None:
    home = open_organization(create_organization("Springfield", country="US").slug)
    replica = open_organization(create_organization("Replica", country="US").slug)
    with home.database.transaction() as session:
        for number in range(PEOPLE):
            session.add(
                Person(
                    given_name=f"Ada{number}",
                    family_name="Lovelace",
                    city="Springfield",
                    consent_directory=True,
                )
            )
    export_roster(home, tmp_path / "1.zip")
    apply_import(replica, preview_import(replica, tmp_path / "1.zip"))
    before = _people(replica)
    with home.database.transaction() as session:
        people = session.query(Person).order_by(Person.id).all()
        for person in people:
            person.city = "Shelbyville"
        people[0].family_name = "Byron"
    export_roster(home, tmp_path / "2.zip")
    result = apply_import(replica, preview_import(replica, tmp_path / "2.zip"))

    after = _people(replica)
    assert result.changed == PEOPLE
    assert {city for _name, city, _revision in after.values()} == {"Shelbyville"}
    assert sorted(name for name, _city, _revision in after.values()).count("Byron") == 1
    assert all(after[uuid][2] == before[uuid][2] + 1 for uuid in before)
    assert _found(replica, "Byron") == ["Ada0 Byron"]
    assert len(_found(replica, "Lovelace")) == min(PEOPLE - 1, 20)
    with replica.database.engine.connect() as connection:
        triggers = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
        )
        assert "person_fts_update" in {name for (name,) in triggers}
    with replica.database.transaction() as session:  # the index still follows edits
        session.query(Person).filter_by(family_name="Byron").one().family_name = "Somerville"
    assert _found(replica, "Somerville") == ["Ada0 Somerville"]
    home.close()
    replica.close()
