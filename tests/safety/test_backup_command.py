"""`scdesk backup` and `scdesk check` as an administrator uses them after something went wrong."""

from __future__ import annotations

import pytest
from safety_helpers import person_names, wreck

from scdesk.cli.main import run
from scdesk.model import Person
from scdesk.operations.organizations import open_organization
from scdesk.storage.backup import list_backups


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


def test_restoring_an_unknown_backup_names_it(springfield, capsys) -> None:
    code, _, err = scdesk(capsys, "backup", "restore", "20200101T000000.000000Z-manual", "--yes")
    assert code == 1 and "no backup by that name" in err
