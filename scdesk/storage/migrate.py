"""Schema revisions: create new databases at the newest one and upgrade older ones
in-process after a backup. Importing this module imports alembic, so only code that changes
a schema does; the check made on every opening is in `scdesk.storage.revisions`."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine

from scdesk.model import Base
from scdesk.storage.backup import BEFORE_UPGRADE, DEFAULT_SETTINGS, BackupSettings, create_backup
from scdesk.storage.bookkeeping import SEQUENCE_DDL
from scdesk.storage.registry import OrganizationFolder
from scdesk.storage.revisions import HEAD_REVISION
from scdesk.storage.search_index import install_search_index
from scdesk.storage.sort_keys import install_sort_keys
from scdesk.storage.sqlite_file import open_read_only

MIGRATIONS = Path(__file__).with_name("migrations")

# Tables scdesk makes outside the models: the search index (and FTS5's shadow tables),
# the change counter. Autogenerate and schema comparisons leave them alone.
NON_MODEL_TABLES = ("person_fts", "exchange_fts", "change_sequence", "alembic_version")


def is_model_object(name: str | None, type_: str, _parent_names: object = None) -> bool:
    if type_ != "table" or name is None:
        return True
    return not name.startswith(NON_MODEL_TABLES)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    """The migration scripts, read once per process (they never change while running)."""
    return ScriptDirectory.from_config(alembic_config())


def create_schema(connection: Connection) -> None:
    """Build a new database directly at the newest revision and stamp it so."""
    Base.metadata.create_all(connection)
    for statement in SEQUENCE_DDL:
        connection.exec_driver_sql(statement)
    install_search_index(connection)
    install_sort_keys(connection)
    MigrationContext.configure(connection).stamp(script_directory(), "heads")


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)


def prepare_database(
    folder: OrganizationFolder,
    engine: Engine,
    revision: str | None,
    backups: BackupSettings = DEFAULT_SETTINGS,
) -> str | None:
    """Bring the organization's database, now at `revision`, to the newest revision.

    Returns the path of the backup taken before an upgrade (by `backups`), if one was needed.
    """
    if revision == HEAD_REVISION:
        return None
    if revision is None:
        with engine.begin() as connection:
            create_schema(connection)
        return None
    backup = create_backup(folder, BEFORE_UPGRADE, settings=backups).backup.path
    with engine.begin() as connection:
        upgrade(connection)
    return str(backup)


def _schema_of(connection: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """ "type name" of every table, index and trigger, with the columns of each table."""
    objects = {}
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name in rows:
        columns = frozenset()
        if kind == "table":
            columns = frozenset(r[1] for r in connection.execute(f'PRAGMA table_info("{name}")'))
        objects[f"{kind} {name}"] = columns
    return objects


@cache
def schema_at(revision: str) -> dict[str, frozenset[str]]:
    """The objects of a database at `revision` (built once per revision, in memory)."""
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        if revision == HEAD_REVISION:
            create_schema(connection)
        else:
            upgrade(connection, revision)
        schema = _schema_of(connection.connection.dbapi_connection)
    engine.dispose()
    return schema


def missing_schema_objects(path: Path, revision: str | None = None) -> list[str]:
    """What a database at `revision` (the newest by default) lacks: tables, columns,
    indexes, triggers."""
    with closing(open_read_only(path)) as connection:
        present = _schema_of(connection)
    missing = []
    for name, columns in schema_at(revision or HEAD_REVISION).items():
        if name not in present:
            missing.append(name)
        elif columns - present[name]:
            missing += [f"{name}.{column}" for column in sorted(columns - present[name])]
    return missing
