"""Schema revisions: new databases at the newest revision, old ones upgraded after a backup,
newer ones refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from scdesk.model import Base
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.database import make_engine
from scdesk.storage.errors import NewerDatabaseError
from scdesk.storage.migrate import create_schema, is_model_object, script_directory, upgrade
from scdesk.storage.registry import Registry
from scdesk.storage.revisions import HEAD_REVISION, KNOWN_REVISIONS


def schema_differences(path: Path) -> list:
    engine = make_engine(path)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": is_model_object}
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    return diff


def database_objects(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return set(rows)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_revisions_known_without_alembic_are_those_of_the_migration_scripts() -> None:
    scripts = script_directory()
    assert scripts.get_current_head() == HEAD_REVISION
    assert {script.revision for script in scripts.walk_revisions()} == KNOWN_REVISIONS


def test_an_organization_at_the_newest_revision_opens_without_importing_alembic() -> None:
    create_organization("Springfield")
    script = (
        "import sys\n"
        "from scdesk.operations.organizations import open_organization\n"
        "open_organization('Springfield').close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert finished.stdout.strip() == "[]"


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    engine = make_engine(migrated)
    with engine.begin() as connection:
        upgrade(connection)
    engine.dispose()
    assert schema_differences(migrated) == []


def test_a_new_database_is_stamped_at_the_newest_revision_with_the_same_objects(
    tmp_path: Path,
) -> None:
    created, migrated = tmp_path / "created.sqlite3", tmp_path / "migrated.sqlite3"
    for path, build in ((created, create_schema), (migrated, upgrade)):
        engine = make_engine(path)
        with engine.begin() as connection:
            build(connection)
        engine.dispose()
    assert database_objects(created) == database_objects(migrated)
    with sqlite3.connect(created) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )


def test_a_first_revision_database_with_data_is_backed_up_and_upgraded() -> None:
    registry = Registry()
    entry = registry.add("Old Springfield")
    folder = registry.folder(entry)
    folder.root.mkdir(parents=True)
    engine = make_engine(folder.database)
    with engine.begin() as connection:
        upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO organization (name, city, region, country, directory_id, website,"
            " social_page, standing, notes, uuid, created_at, updated_at, revision, change_seq)"
            " VALUES ('Old Springfield', 'Springfield', '', 'US', '', '', '', 'dues_paying', '',"
            " 'u-org', '2020-01-01', '2020-01-01', 1, 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO person (given_name, family_name, sort_name, email, phone, street, city,"
            " region, postal_code, country, languages, skills, category, status, host_rooms,"
            " consent_directory, consent_photos, consent_email, emergency_name,"
            " emergency_phone, emergency_relation, directory_id, directory_admin, notes, uuid,"
            " created_at, updated_at, revision, change_seq) VALUES ('Zoë', 'Müller',"
            " 'muller zoe', 'zoe@example.org', '217 555 0102', '', '', '', '', '', 'German',"
            " 'cooking', 'member', 'active', 0, 1, 0, 0, '', '', '', '', 0, '', 'u-zoe',"
            " '2020-01-01', '2020-01-01', 1, 2)"
        )
    engine.dispose()

    with open_organization(entry.slug, registry) as org:
        assert org.upgrade_backup is not None
        with org.database.session() as session:
            from scdesk.operations.people import find_people

            assert [p.given_name for p in find_people(session, "muller")] == ["Zoë"]

    backup = Path(org.upgrade_backup)
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (1,)
    assert schema_differences(folder.database) == []


def test_a_database_from_a_newer_scdesk_is_refused_and_left_untouched() -> None:
    entry = create_organization("Future Springfield")
    registry = Registry()
    database = registry.folder(entry).database
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = sha256(database)
    with pytest.raises(NewerDatabaseError, match="newer version of scdesk"):
        open_organization(entry.slug)
    assert sha256(database) == before
