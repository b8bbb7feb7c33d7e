"""The backup an import starts with, taken in advance while the preview is read."""

from __future__ import annotations

from pathlib import Path

from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.roster.applying import apply_import
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import preview_import
from scdesk.model import Person
from scdesk.operations.organizations import (
    create_organization,
    current_profile,
    open_organization,
)
from scdesk.storage.backup import BEFORE_IMPORT, list_backups, read_backup
from scdesk.storage.organization_files import OpenOrganization


def _roster_file(tmp_path: Path) -> Path:
    entry = create_organization("Directory copy", city="Springfield", country="US")
    with open_organization(entry.slug) as sender:
        with sender.database.transaction() as session:
            session.add(Person(given_name="Ada", family_name="Ng", consent_directory=True))
        export_roster(sender, tmp_path / "roster.zip")
    return tmp_path / "roster.zip"


def _change_the_profile(org: OpenOrganization) -> None:
    with org.database.transaction() as session:
        current_profile(session).website = "https://example.org/late-change"


def test_the_import_keeps_the_backup_taken_in_advance_when_nothing_changed(
    org: OpenOrganization, tmp_path: Path
) -> None:
    path = _roster_file(tmp_path)
    advance = BackupInAdvance(org)
    preview = preview_import(org, path)
    taken = advance.wait()
    result = apply_import(org, preview, backup_in_advance=advance)
    assert taken is not None and result.backup == taken.path
    assert [b.reason for b in list_backups(org.folder)] == [BEFORE_IMPORT]


def test_a_change_after_the_backup_in_advance_makes_the_import_take_it_again(
    org: OpenOrganization, tmp_path: Path
) -> None:
    path = _roster_file(tmp_path)
    advance = BackupInAdvance(org)
    advance.wait()
    _change_the_profile(org)
    preview = preview_import(org, path)
    result = apply_import(org, preview, backup_in_advance=advance)
    assert result.backup is not None
    assert read_backup(result.backup).change_number == preview.change_number


def test_an_import_that_does_not_go_ahead_leaves_no_backup(org: OpenOrganization) -> None:
    with BackupInAdvance(org) as advance:
        advance.wait()
    assert list_backups(org.folder) == []
