"""Faults from outside: a full disk, a read-only folder, another program holding the
database, a second instance, missing attachment files. Each gets a clear message; nothing is
lost and nothing is left half-written.

A full disk is a real one: a small tmpfs mounted for the test (root is needed to mount; CI
runs as root). The same paths are also driven by a write that raises ENOSPC, which needs no
privileges.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from safety_helpers import database_fingerprint, person_names

from scdesk.cli.main import run
from scdesk.model import Person
from scdesk.operations import backups, privacy
from scdesk.operations.attachments import attach_file, stored_path
from scdesk.operations.health import check_organization
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage import backup as store
from scdesk.storage import database as database_module
from scdesk.storage.errors import FolderNotWritableError
from scdesk.storage.failures import DatabaseBusyError, DiskFullError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry

needs_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0,
    reason="mounting a small disk needs root; the ENOSPC tests below run everywhere",
)

NOTE = "Met the delegation at the station; speaks German and some Japanese. " * 20


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Mount small tmpfs disks (at a name in tmp_path, or a path) that go away afterwards."""
    mounted: list[Path] = []

    def mount_disk(name: str | Path, megabytes: int, options: str = "") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        flags = f"size={megabytes}m,mode=0700" + (f",{options}" if options else "")
        subprocess.run(["mount", "-t", "tmpfs", "-o", flags, "tmpfs", str(folder)], check=True)
        mounted.append(folder)
        return folder

    yield mount_disk
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk holding `folder` up to the last byte."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        chunk = b"\0" * 65536
        try:
            while True:
                handle.write(chunk)
        except OSError as error:
            assert error.errno == errno.ENOSPC
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError:
            pass
    return filler


@pytest.fixture
def org_on_small_disk(mount, monkeypatch) -> Iterator[OpenOrganization]:
    home = mount("small-disk", 24)
    monkeypatch.setenv("SCDESK_HOME", str(home))
    entry = create_organization("Springfield Sister Cities", country="US")
    org = open_organization(entry.slug)
    with org.database.transaction() as session:
        session.add(Person(given_name="Zoë", family_name="Müller"))
    yield org
    org.close()


def add_many(org: OpenOrganization, count: int = 3000) -> None:
    with org.database.transaction() as session:
        session.add_all(
            Person(given_name=f"Guest{n}", family_name="Delegate", notes=NOTE) for n in range(count)
        )


@needs_root
def test_a_save_on_a_full_disk_says_so_and_keeps_the_records(org_on_small_disk) -> None:
    org = org_on_small_disk
    filler = fill(org.folder.root)
    with pytest.raises(DiskFullError, match="disk is full") as raised:
        add_many(org)
    assert raised.value.path == org.folder.database
    filler.unlink()
    assert person_names(org) == ["Zoë Müller"]
    assert check_organization(org).healthy
    add_many(org, 10)  # with room again, saving works
    assert len(person_names(org)) == 11


@needs_root
def test_a_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(org_on_small_disk) -> None:
    org = org_on_small_disk
    add_many(org, 500)
    earlier = backups.backup_now(org, "manual")
    filler = fill(org.folder.root)
    before = database_fingerprint(org.folder.database)
    with pytest.raises(DiskFullError, match="the backup could not be finished"):
        backups.backup_now(org, "manual")
    assert sorted(p.name for p in org.folder.backups.iterdir()) == sorted(
        [earlier.name, earlier.with_suffix(".json").name]
    )
    assert database_fingerprint(org.folder.database) == before
    filler.unlink()
    assert backups.newest_good_backup(org.folder).path == earlier


@needs_root
def test_an_export_to_a_full_disk_keeps_the_previous_export(org, mount, tmp_path) -> None:
    exports = mount("usb-stick", 2)
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller", notes=NOTE)
        session.add(person)
        session.flush()
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(os.urandom(600_000))
        attach_file(session, org.folder.attachments, person, scan)
    target = exports / "zoe.zip"
    privacy.export_person_file(org, person.id, target)
    previous = target.read_bytes()
    fill(exports)
    with pytest.raises(DiskFullError, match="the export could not be finished") as raised:
        privacy.export_person_file(org, person.id, target)
    assert raised.value.path == target
    assert target.read_bytes() == previous
    assert sorted(p.name for p in exports.iterdir()) == ["filler.bin", "zoe.zip"]


def no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_export_whose_writes_fail_with_enospc_keeps_the_previous_export(
    org, tmp_path, monkeypatch
) -> None:
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller")
        session.add(person)
    target = tmp_path / "zoe.zip"
    privacy.export_person_file(org, person.id, target)
    previous = target.read_bytes()
    monkeypatch.setattr(zipfile.ZipFile, "writestr", no_space)
    with pytest.raises(DiskFullError, match="disk is full"):
        privacy.export_person_file(org, person.id, target)
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".zoe")] == []


def test_a_backup_whose_attachment_copy_fails_with_enospc_leaves_no_backup(
    org, tmp_path, monkeypatch
) -> None:
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller")
        session.add(person)
        session.flush()
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        attach_file(session, org.folder.attachments, person, scan)
    monkeypatch.setattr(store.shutil, "copyfileobj", no_space)
    with pytest.raises(DiskFullError, match="the backup could not be finished"):
        backups.backup_now(org, "manual")
    assert store.list_backups(org.folder) == []
    leftovers = [p for p in org.folder.backups.rglob("*") if p.is_file()]
    assert leftovers == []


@needs_root
def test_a_read_only_data_folder_is_refused_with_a_clear_message(mount, monkeypatch) -> None:
    home = mount("read-only-home", 8)
    monkeypatch.setenv("SCDESK_HOME", str(home))
    entry = create_organization("Springfield Sister Cities", country="US")
    database = Registry().folder(entry).database
    subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
    before = database_fingerprint(database)
    with pytest.raises(FolderNotWritableError, match="cannot write in its data folder"):
        open_organization(entry.slug)
    assert database_fingerprint(database) == before


@pytest.fixture
def read_only_backups(org: OpenOrganization, mount) -> Iterator[Path]:
    """The backups folder made read-only: a read-only mount for root (who ignores
    permissions), permissions for anyone else."""
    folder = org.folder.backups
    if os.name == "posix" and os.geteuid() == 0:
        yield mount(folder, 1, "ro")
        return
    folder.mkdir(exist_ok=True)
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def test_a_read_only_backups_folder_is_reported_by_name(org, read_only_backups) -> None:
    before = database_fingerprint(org.folder.database)
    with pytest.raises(FolderNotWritableError, match="cannot write") as raised:
        backups.backup_now(org, "manual")
    assert raised.value.path == read_only_backups
    assert database_fingerprint(org.folder.database) == before


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@pytest.fixture
def another_program_writing(org) -> Iterator[subprocess.Popen]:
    """Another process (a database browser, say) holding the database's write lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(org.folder.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    if holder.returncode is None:
        holder.communicate("done\n", timeout=10)


def test_a_database_locked_by_another_program_gets_a_clear_message(
    org, another_program_writing, monkeypatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    org.database.engine.dispose()  # new connections get the short wait
    busy = pytest.raises(DatabaseBusyError, match="another program is holding the database")
    with busy, org.database.transaction() as session:
        session.add(Person(given_name="Kofi", family_name="Mensah"))
    another_program_writing.communicate("done\n", timeout=10)
    with org.database.transaction() as session:
        session.add(Person(given_name="Kofi", family_name="Mensah"))
    assert person_names(org) == ["Kofi Mensah"]


def test_a_backup_works_while_another_program_holds_the_write_lock(
    org, another_program_writing
) -> None:
    path = backups.backup_now(org, "manual")
    assert store.read_backup(path).database_bytes > 0


def test_a_second_instance_is_told_the_organization_is_open(org, capsys) -> None:
    before = database_fingerprint(org.folder.database)
    assert run(["backup", "create"]) == 1
    assert "already open" in capsys.readouterr().err
    assert run(["privacy", "erase", "1", "--yes"]) == 1
    assert "already open" in capsys.readouterr().err
    assert database_fingerprint(org.folder.database) == before
    assert store.list_backups(org.folder) == []


def test_missing_attachment_files_are_reported_and_nothing_else_fails(
    org, tmp_path, capsys
) -> None:
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller")
        session.add(person)
        session.flush()
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        sha = attach_file(session, org.folder.attachments, person, scan).sha256
    stored_path(org.folder.attachments, sha).unlink()

    assert any("is missing" in p for p in check_organization(org).problems)
    result = backups.take_backup(org, "manual")
    assert result.missing_attachments == (sha,)
    export = privacy.export_person_file(org, person.id, tmp_path / "zoe.zip")
    with zipfile.ZipFile(export) as archive:
        assert archive.namelist() == ["person.json", "README.txt"]
    restored = backups.restore_backup(org, result.backup.path)
    assert restored.lost_attachments == (sha,)
    org.close()
    assert run(["backup", "create"]) == 0
    assert "1 attachment file(s) were already missing" in capsys.readouterr().err
