"""`scdesk backup` and `scdesk check` as an administrator uses them after something went wrong."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from safety_helpers import person_names, wreck

from scdesk.cli.main import run
from scdesk.cli.preferences import saved_backup_settings
from scdesk.model import Person
from scdesk.operations.organizations import open_organization
from scdesk.storage.backup import BackupPolicy, BackupSettings, create_backup, list_backups
from scdesk.ui.user_preferences import Preferences, save_preferences


def scdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def springfield(org, add_people) -> str:
    """An organization (closed again) with one person and one backup, then one more person."""
    add_people("Zoë Müller")
    slug = org.folder.root.name
    org.close()
    assert run(["backup", "create", "--reason", "before trip"]) == 0
    with open_organization(slug) as reopened, reopened.database.transaction() as session:
        session.add(Person(given_name="Kofi", family_name="Mensah"))
    return slug


def test_create_and_list_show_time_reason_and_size(springfield, capsys) -> None:
    code, out, _ = scdesk(capsys, "backup", "list")
    assert code == 0
    header, line = out.splitlines()
    assert header.split() == ["time", "reason", "size", "name"]
    assert "before trip" in line and "KB" in line


def test_restore_asks_for_confirmation_when_not_told_yes(springfield, capsys) -> None:
    code, _, err = scdesk(capsys, "backup", "restore")
    assert code == 1 and "--yes" in err
    with open_organization(springfield) as org:
        assert person_names(org) == ["Zoë Müller", "Kofi Mensah"]


def test_restore_with_yes_restores_the_newest_and_keeps_the_current_state(
    springfield, capsys
) -> None:
    code, out, _ = scdesk(capsys, "backup", "restore", "--yes")
    assert code == 0 and "before the restore is kept" in out
    with open_organization(springfield) as org:
        assert person_names(org) == ["Zoë Müller"]
        reasons = [b.reason for b in list_backups(org.folder)]
    assert reasons == ["before restore", "before trip"]


def test_check_of_a_damaged_database_offers_the_newest_good_backup(springfield, capsys) -> None:
    with open_organization(springfield) as org:
        database = org.folder.database
    wreck(database)
    code, out, _ = scdesk(capsys, "check")
    assert code == 1
    assert "The database is damaged" in out
    assert "newest good backup is from" in out and "(before trip)" in out
    assert "Everything changed after" in out  # the wrecked file cannot count the changes
    assert "scdesk backup restore" in out

    code, out, _ = scdesk(capsys, "backup", "restore", "--yes")
    assert code == 0 and ".corrupt" in out
    assert [p.name.endswith(".corrupt") for p in database.parent.glob("*.corrupt")] == [True]
    with open_organization(springfield) as org:
        assert person_names(org) == ["Zoë Müller"]


def test_two_backups_of_one_minute_are_told_apart_in_the_list_and_the_restore_message(
    org, add_people, capsys
) -> None:
    add_people("Zoë Müller")
    for second in (5, 40):
        create_backup(org.folder, "manual", now=datetime(2026, 3, 1, 10, 15, second))
    slug = org.folder.root.name
    org.close()
    code, out, _ = scdesk(capsys, "backup", "list")
    lines = out.splitlines()[1:]
    assert code == 0 and len(lines) == 2
    times = [" ".join(line.split()[:2]) for line in lines]
    names = [line.split()[-1] for line in lines]
    assert len(set(times)) == 2 and times[0].endswith(":40") and times[1].endswith(":05")

    said = []
    for name, time in zip(names, times, strict=True):
        code, out, _ = scdesk(capsys, "backup", "restore", "--yes", name)
        assert code == 0
        restored = out.splitlines()[0]
        assert name in restored and time in restored, restored
        said.append(restored)
    assert said[0] != said[1]
    with open_organization(slug) as reopened:
        assert person_names(reopened) == ["Zoë Müller"]


def test_restoring_an_unknown_backup_names_it(springfield, capsys) -> None:
    code, _, err = scdesk(capsys, "backup", "restore", "20200101T000000.000000Z-manual", "--yes")
    assert code == 1 and "no backup by that name" in err


@pytest.mark.parametrize(
    "folder",
    [
        "/media/usb/scdesk backups",
        'C:\\Users\\Zoë\\Backups, "old"; a=b',
        "@home/backups",
        "/tmp/tab\there",
    ],
)
def test_the_command_line_reads_the_backup_preference_as_the_window_saved_it(folder) -> None:
    save_preferences(Preferences(backup_folder=folder, backups_kept=42))
    assert saved_backup_settings() == BackupSettings(Path(folder), BackupPolicy(recent=42))


def test_without_preferences_backups_stay_beside_the_organization() -> None:
    assert saved_backup_settings() == BackupSettings()


def test_backup_commands_use_the_folder_and_number_chosen_in_preferences(
    org, add_people, tmp_path, capsys
) -> None:
    usb = tmp_path / "USB stick, “Zoë”"
    usb.mkdir()
    save_preferences(Preferences(backup_folder=str(usb), backups_kept=2))
    add_people("Zoë Müller")
    slug = org.folder.root.name
    org.close()
    for _ in range(3):
        assert run(["backup", "create"]) == 0
    assert "Rotation removed 1 older backup(s)." in capsys.readouterr().out
    code, out, _ = scdesk(capsys, "backup", "list")
    names = [line.split()[-1] for line in out.splitlines()[1:]]
    assert code == 0 and len(names) == 2
    assert sorted(p.stem for p in (usb / slug).glob("*.sqlite3")) == sorted(names)
    assert not org.folder.backups.exists()
    with open_organization(slug) as reopened, reopened.database.transaction() as session:
        session.add(Person(given_name="Kofi", family_name="Mensah"))
    code, out, _ = scdesk(capsys, "backup", "restore", "--yes", names[0])
    assert code == 0
    with open_organization(slug) as reopened:
        assert person_names(reopened) == ["Zoë Müller"]
    assert len(list((usb / slug).glob("*before-restore.sqlite3"))) == 1
