"""Organizations on this computer: each its own private database file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scdesk.operations.organizations import (
    create_organization,
    current_profile,
    list_organizations,
    open_organization,
    remove_organization,
    rename_organization,
)
from scdesk.storage.errors import OrganizationLockedError, StorageError
from scdesk.storage.registry import Registry


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_each_organization_has_its_own_private_database(scdesk_home: Path) -> None:
    create_organization("Springfield Sister Cities", country="US")
    create_organization("Shelbyville Twinning Association", country="US")
    summaries = list_organizations()
    assert [s.name for s in summaries] == [
        "Springfield Sister Cities",
        "Shelbyville Twinning Association",
    ]
    databases = sorted(scdesk_home.rglob("organization.sqlite3"))
    assert len(databases) == 2
    if os.name == "posix":
        assert mode(scdesk_home) == 0o700
        assert all(mode(db) == 0o600 for db in databases)
        assert all(mode(db.parent) == 0o700 for db in databases)


def test_names_are_unique_regardless_of_case() -> None:
    create_organization("Springfield Sister Cities")
    with pytest.raises(StorageError, match="already exists"):
        create_organization("springfield sister cities")


def test_renaming_changes_the_list_and_the_profile_but_not_the_folder() -> None:
    entry = create_organization("Springfield Sister Cities")
    folder = Registry().folder(entry).root
    rename_organization("Springfield Sister Cities", "Springfield Sister City Association")
    assert [s.name for s in list_organizations()] == ["Springfield Sister City Association"]
    assert Registry().folder(Registry().find("springfield sister city association")).root == folder
    with open_organization(entry.slug) as org, org.database.session() as session:
        assert current_profile(session).name == "Springfield Sister City Association"


def test_removing_keeps_the_files_unless_asked_to_delete_them() -> None:
    kept = create_organization("Springfield Sister Cities")
    gone = create_organization("Shelbyville Twinning")
    kept_db = Registry().folder(kept).database
    gone_folder = Registry().folder(gone).root
    remove_organization("Springfield Sister Cities")
    remove_organization("Shelbyville Twinning", delete_files=True)
    assert list_organizations() == []
    assert kept_db.exists()
    assert not gone_folder.exists()


def test_an_open_organization_cannot_be_deleted() -> None:
    create_organization("Springfield Sister Cities")
    with open_organization("Springfield Sister Cities"), pytest.raises(OrganizationLockedError):
        remove_organization("Springfield Sister Cities", delete_files=True)
    assert [s.name for s in list_organizations()] == ["Springfield Sister Cities"]


def test_an_unknown_organization_is_named_with_the_known_ones() -> None:
    create_organization("Springfield Sister Cities")
    with pytest.raises(StorageError, match="“Springfield Sister Cities”"):
        open_organization("Capital City")
