"""Moving the backups along when the backup folder changes: copy, check, then remove, so an
interruption leaves every backup whole in at least one folder, and a second run finishes."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from safety_helpers import person_names

from scdesk.model import Person
from scdesk.operations import backups
from scdesk.operations.attachments import attach_file, stored_path
from scdesk.storage import backup as store
from scdesk.storage import backup_move as mover
from scdesk.storage.backup import BackupSettings
from scdesk.storage.organization_files import OpenOrganization

OWN_FOLDER = BackupSettings()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def three_backups(org: OpenOrganization, add_people, tmp_path) -> list[str]:
    """Three backups in the organization's own folder, the last two with an attachment."""
    names = []
    add_people("Zoë Müller")
    names.append(backups.backup_now(org, "manual").name)
    (tmp_path / "mou.pdf").write_bytes(b"%PDF-1.4 signed memorandum " * 1000)
    with org.database.transaction() as session:
        person = Person(given_name="Kofi", family_name="Mensah")
        session.add(person)
        session.flush()
        attach_file(session, org.folder.attachments, person, tmp_path / "mou.pdf")
    names.append(backups.backup_now(org, "manual").name)
    add_people("Ana Lima")
    names.append(backups.backup_now(org, "before import").name)
    return names


def everything_in(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def whole_backups_in(folder: Path) -> set[str]:
    """The backups in `folder` whose manifest is there and whose listed attachments are too."""
    whole = set()
    for backup in store.backups_in(folder):
        listed = all(store.attachment_copy(folder, sha).exists() for sha in backup.attachments)
        if backup.manifest.exists() and listed and store.passes_integrity_check(backup.path):
            whole.add(backup.name)
    return whole


def test_moved_backups_are_listed_and_restored_from_the_new_folder(org, three_backups, usb) -> None:
    new = BackupSettings(usb)
    plans = backups.backups_to_move(OWN_FOLDER, new)
    assert [(p.organization, p.count) for p in plans] == [(org.name, 3)]
    assert plans[0].total_bytes > 27_000  # the databases, manifests and the attachment

    result = backups.move_backups(plans)

    assert (result.moved, result.left_behind, result.problem) == (3, 0, None)
    assert store.list_backups(org.folder, OWN_FOLDER) == []
    assert not org.folder.backups.exists()  # nothing left behind, not even the folder
    assert whole_backups_in(new.folder_for(org.folder)) == set(three_backups)
    org.backup_settings = new
    stored_path(org.folder.attachments, _only_attachment(org)).unlink()
    restored = backups.restore_backup(org, three_backups[1])
    assert person_names(org) == ["Zoë Müller", "Kofi Mensah"]
    assert restored.lost_attachments == ()  # the file came back from the moved copy
    assert restored.safety_backup.parent == new.folder_for(org.folder)
    assert backups.backups_to_move(OWN_FOLDER, new) == []


def _only_attachment(org: OpenOrganization) -> str:
    (sha,) = store.attachment_hashes(org.folder.database)
    return sha


def test_nothing_is_offered_when_the_folder_did_not_change_or_holds_no_backups(
    org, three_backups, usb
) -> None:
    assert backups.backups_to_move(OWN_FOLDER, OWN_FOLDER) == []
    assert backups.backups_to_move(BackupSettings(usb), OWN_FOLDER) == []


def test_a_disk_failing_midway_leaves_every_backup_whole_somewhere_and_a_rerun_finishes(
    org, three_backups, usb, monkeypatch
) -> None:
    real_copy = mover._Move._verified_copy
    copies = []

    def copy_until_the_disk_fills(self, source: Path, folder: Path) -> Path:
        copies.append(source.name)
        if len(copies) == 5:  # the first backup, then the second's attachment and manifest
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(self, source, folder)

    monkeypatch.setattr(mover._Move, "_verified_copy", copy_until_the_disk_fills)
    new = BackupSettings(usb)
    target = new.folder_for(org.folder)
    result = backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))

    assert (result.moved, result.left_behind, result.cancelled) == (1, 2, False)
    failed = org.folder.backups / three_backups[1]
    assert str(failed) in result.problem and "No space left on device" in result.problem
    assert "Every backup is still whole" in result.problem
    assert whole_backups_in(target) == {three_backups[0]}
    assert whole_backups_in(org.folder.backups) == set(three_backups[1:])
    assert not [name for name in everything_in(target) if store.TEMPORARY_PREFIX in name]

    monkeypatch.setattr(mover._Move, "_verified_copy", real_copy)
    again = backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))
    assert (again.moved, again.left_behind, again.problem) == (2, 0, None)
    assert whole_backups_in(target) == set(three_backups)
    assert not org.folder.backups.exists()


def test_a_copy_made_but_not_yet_removed_is_recognised_and_the_original_removed(
    org, three_backups, usb, monkeypatch
) -> None:
    def pulled_out(_folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    real_fsync = mover.fsync_folder
    monkeypatch.setattr(mover, "fsync_folder", pulled_out)
    new = BackupSettings(usb)
    result = backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))
    assert result.moved == 0 and "Input/output error" in result.problem
    oldest = three_backups[0]
    assert whole_backups_in(new.folder_for(org.folder)) == {oldest}  # copied, checked
    assert whole_backups_in(org.folder.backups) == set(three_backups)  # and still there

    monkeypatch.setattr(mover, "fsync_folder", real_fsync)
    again = backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))
    assert (again.moved, again.problem) == (3, None)
    assert whole_backups_in(new.folder_for(org.folder)) == set(three_backups)
    assert not org.folder.backups.exists()


def test_a_different_backup_of_the_same_name_in_the_new_folder_is_not_overwritten(
    org, three_backups, usb
) -> None:
    new = BackupSettings(usb)
    target = new.folder_for(org.folder)
    target.mkdir()
    clash = target / three_backups[2]
    clash.write_bytes(b"another backup by the same name")
    result = backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))
    assert (result.moved, result.name_taken, result.left_behind) == (2, (three_backups[2],), 1)
    assert result.problem is None
    assert clash.read_bytes() == b"another backup by the same name"
    assert whole_backups_in(org.folder.backups) == {three_backups[2]}
    assert whole_backups_in(target) == set(three_backups[:2])


def test_cancelling_stops_between_whole_backups_and_leaves_no_partial_copy(
    org, three_backups, usb
) -> None:
    new = BackupSettings(usb)
    seen: list[int] = []

    def progress(done: int, total: int, organization: str) -> None:
        seen.append(done)

    result = backups.move_backups(
        backups.backups_to_move(OWN_FOLDER, new), progress, cancelled=lambda: len(seen) >= 2
    )
    assert result.cancelled and result.problem is None
    target = new.folder_for(org.folder)
    moved, left = whole_backups_in(target), whole_backups_in(org.folder.backups)
    assert moved | left == set(three_backups) and not moved & left
    assert not [name for name in everything_in(target) if store.TEMPORARY_PREFIX in name]


def test_a_new_folder_on_a_disk_not_connected_is_not_created_and_nothing_moves(
    org, three_backups, tmp_path
) -> None:
    unplugged = BackupSettings(tmp_path / "media" / "usb")
    result = backups.move_backups(backups.backups_to_move(OWN_FOLDER, unplugged))
    assert result.moved == 0 and "is its disk connected?" in result.problem
    assert not (tmp_path / "media").exists()
    assert whole_backups_in(org.folder.backups) == set(three_backups)


def test_moving_back_to_the_organizations_own_folder_works_the_same_way(
    org, three_backups, usb
) -> None:
    new = BackupSettings(usb)
    backups.move_backups(backups.backups_to_move(OWN_FOLDER, new))
    result = backups.move_backups(backups.backups_to_move(new, OWN_FOLDER))
    assert (result.moved, result.problem) == (3, None)
    assert whole_backups_in(org.folder.backups) == set(three_backups)
    assert not new.folder_for(org.folder).exists()


def test_a_plan_run_twice_finds_its_backups_already_moved_and_changes_nothing(
    org, three_backups, usb
) -> None:
    new = BackupSettings(usb)
    plans = backups.backups_to_move(OWN_FOLDER, new)
    assert backups.move_backups(plans).moved == 3
    before = everything_in(usb)
    again = backups.move_backups(plans)  # e.g. queued behind the first
    assert (again.moved, again.left_behind, again.problem) == (0, 0, None)
    assert everything_in(usb) == before
