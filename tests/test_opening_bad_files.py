"""Opening a bad file says what happened and what to do, and leaves the file byte-identical."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.errors import (
    DamagedDatabaseError,
    FolderNotWritableError,
    NotADatabaseError,
    OrganizationLockedError,
)
from scdesk.storage.registry import Registry


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database() -> Path:
    entry = create_organization("Springfield Sister Cities", country="US")
    return Registry().folder(entry).database


def test_a_file_that_is_not_a_database_is_refused_unchanged(database: Path) -> None:
    database.write_bytes(b"Name;Email\nJose;jose@example.org\n" * 200)
    before = sha256(database)
    with pytest.raises(NotADatabaseError, match="not an scdesk database"):
        open_organization("Springfield Sister Cities")
    assert sha256(database) == before


def test_a_sqlite_file_from_another_program_is_refused_unchanged(database: Path) -> None:
    import sqlite3

    database.unlink()
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = sha256(database)
    with pytest.raises(NotADatabaseError, match="not made by scdesk"):
        open_organization("Springfield Sister Cities")
    assert sha256(database) == before


def test_a_damaged_database_is_refused_unchanged(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    database.write_bytes(bytes(data))
    before = sha256(database)
    with pytest.raises(DamagedDatabaseError, match="Restore the newest backup"):
        open_organization("Springfield Sister Cities")
    assert sha256(database) == before


@pytest.mark.parametrize(
    ("offset", "message"), [(18, "header is damaged"), (19, "file is not a database")]
)
def test_a_database_whose_header_claims_a_future_file_format_is_refused_unchanged(
    database: Path, offset: int, message: str
) -> None:
    """SQLite opens a file of an unknown write version read-only without a word: the header
    check names it. One of an unknown read version SQLite refuses itself."""
    data = bytearray(database.read_bytes())
    data[offset] = 3
    database.write_bytes(bytes(data))
    before = sha256(database)
    with pytest.raises(DamagedDatabaseError, match=message):
        open_organization("Springfield Sister Cities")
    assert sha256(database) == before


def test_a_second_instance_is_told_the_organization_is_open(database: Path) -> None:
    with open_organization("Springfield Sister Cities"):
        before = sha256(database)
        with pytest.raises(OrganizationLockedError, match="already open"):
            open_organization("Springfield Sister Cities")
        assert sha256(database) == before


HOLD_LOCK = """
import sys, time
from scdesk.operations.organizations import open_organization
org = open_organization(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_lock_left_by_a_killed_process_is_taken_over(database: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, "springfield-sister-cities"],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(OrganizationLockedError, match="by process"):
            open_organization("Springfield Sister Cities")
    finally:
        holder.kill()  # SIGKILL: no chance to clean up
        holder.wait()
    assert (database.parent / "organization.lock").exists()
    with open_organization("Springfield Sister Cities") as org:
        assert org.lock.held


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write: permissions for a user, a read-only mount for root."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_data_folder_without_write_permission_gets_a_clear_message(
    read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCDESK_HOME", str(read_only_folder / "scdesk"))
    with pytest.raises(FolderNotWritableError, match="cannot write in its data folder"):
        create_organization("Springfield Sister Cities")
    assert list(read_only_folder.iterdir()) == []


KILLED_MIDWAY = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 5")  # spill changed pages into the file early
connection.execute("BEGIN")
connection.execute("CREATE TABLE filler (text TEXT)")
connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 5000)
os._exit(9)  # killed before COMMIT: a hot journal stays beside a half-written file
"""


def test_a_write_killed_midway_in_rollback_journal_mode_is_rolled_back_on_opening(
    database: Path,
) -> None:
    subprocess.run([sys.executable, "-c", KILLED_MIDWAY, str(database)], check=False)
    journal = Path(f"{database}-journal")
    assert journal.exists() and journal.stat().st_size > 0  # the crash left a hot journal
    with (
        open_organization("Springfield Sister Cities") as org,
        org.database.engine.connect() as connection,
    ):
        tables = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'filler'"
        ).scalar_one()
    assert tables == 0  # the unfinished write is gone, the records are whole
