"""`scdesk roster …` as an administrator uses it, with its exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from scdesk.cli.main import run
from scdesk.interchange.roster import keys
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.records import create_record, update_record
from scdesk.storage.backup import list_backups
from tests.roster_files import fingerprint


def scdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_sides(tmp_path: Path) -> tuple[str, str]:
    """“Springfield” with two people, and an empty “Replica” of it."""
    create_organization("Springfield", country="US")
    create_organization("Replica", country="US")
    with open_organization("Springfield") as org, org.database.transaction() as session:
        for given in ("Ada", "Grace"):
            create_record(
                session,
                Person,
                {"given_name": given, "family_name": "Hopper", "consent_directory": True},
            )
    return "Springfield", "Replica"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_export_then_import_applies_and_the_same_file_again_changes_nothing(
    capsys, two_sides, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = scdesk(
        capsys, "roster", "export", "--org", "Springfield", "-o", tmp_path / "r.zip"
    )
    assert code == 0 and "Wrote full roster file number 1" in out and "2 persons" in out
    assert "A signing key was made" in out
    code, out, _ = scdesk(capsys, "roster", "import", tmp_path / "r.zip", "--org", "Replica")
    assert code == 0 and "Imported: 2 added" in out and "before-import" in out
    code, out, _ = scdesk(capsys, "roster", "import", tmp_path / "r.zip", "--org", "Replica")
    assert code == 0 and "already imported" in out
    code, out, _ = scdesk(capsys, "roster", "history", "--org", "Replica")
    assert "received full  no. 1" in out and "added 2" in out


def test_conflicts_exit_with_3_until_a_side_is_taken(capsys, two_sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    scdesk(capsys, "roster", "export", "--org", "Springfield", "-o", tmp_path / "1.zip")
    scdesk(capsys, "roster", "import", tmp_path / "1.zip", "--org", "Replica")
    for name, city in (("Springfield", "Lyon"), ("Replica", "Lille")):
        with open_organization(name) as org, org.database.transaction() as session:
            person = session.query(Person).filter_by(given_name="Ada").one()
            update_record(session, Person, person.id, {"city": city})
    scdesk(capsys, "roster", "export", "--org", "Springfield", "-o", tmp_path / "2.zip")
    with open_organization("Replica") as org:
        before = fingerprint(org)
    code, out, err = scdesk(capsys, "roster", "import", tmp_path / "2.zip", "--org", "Replica")
    assert code == 3 and "--take mine" in err
    assert "conflict in person Ada Hopper, city: yours “Lille”, theirs “Lyon”" in out
    code, out, _ = scdesk(
        capsys,
        "roster",
        "import",
        tmp_path / "2.zip",
        "--org",
        "Replica",
        "--dry-run",
        "--take",
        "theirs",
    )
    assert code == 0 and "Dry run: nothing was changed." in out
    with open_organization("Replica") as org:
        assert fingerprint(org) == before
    code, out, _ = scdesk(
        capsys, "roster", "import", tmp_path / "2.zip", "--org", "Replica", "--take", "theirs"
    )
    assert code == 0 and "took theirs in 1" in out
    with open_organization("Replica") as org, org.database.session() as session:
        assert session.query(Person).filter_by(given_name="Ada").one().city == "Lyon"


def test_an_invalid_file_exits_with_4_and_changes_nothing(capsys, two_sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    with open_organization("Replica") as org:
        before = fingerprint(org)
    code, _, err = scdesk(capsys, "roster", "import", bad, "--org", "Replica")
    assert (
        code == 4 and "bad.zip: the zip archive is damaged" in err and "Nothing was changed." in err
    )
    with open_organization("Replica") as org:
        assert fingerprint(org) == before


def test_an_encrypted_file_uses_passphrase_files(capsys, two_sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a long and private phrase\n", encoding="utf-8")
    code, out, _ = scdesk(
        capsys,
        "roster",
        "export",
        "--org",
        "Springfield",
        "--encrypt",
        "--passphrase-file",
        secret,
        "-o",
        tmp_path / "e.zip",
    )
    assert code == 0 and "(encrypted)" in out
    code, out, _ = scdesk(
        capsys,
        "roster",
        "import",
        tmp_path / "e.zip",
        "--org",
        "Replica",
        "--passphrase-file",
        secret,
    )
    assert code == 0 and "2 added" in out


def test_a_spreadsheet_goes_to_the_contacts_import(
    capsys, two_sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    seen = []
    monkeypatch.setattr(
        "scdesk.cli.roster.run_contacts_import", lambda args: seen.append(args.file) or 0
    )
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name;Last name\nAda;Hopper\n", encoding="cp1252")
    assert scdesk(capsys, "roster", "import", sheet, "--org", "Replica")[0] == 0
    assert seen == [sheet]


def test_key_show_generate_and_set(capsys, two_sides, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = scdesk(capsys, "roster", "key", "show", "--org", "Springfield")
    assert code == 0 and "No signing key" in out
    code, out, _ = scdesk(capsys, "roster", "key", "generate", "--org", "Springfield")
    generated = out.splitlines()[0]
    assert code == 0 and keys.parse_key(generated)
    assert scdesk(capsys, "roster", "key", "show", "--org", "Springfield")[1].strip() == generated
    assert scdesk(capsys, "roster", "key", "generate", "--org", "Springfield")[0] == 1
    given = keys.key_text(keys.new_key())
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: given.lower().replace("-", " "))
    assert scdesk(capsys, "roster", "key", "set", "--org", "Replica")[0] == 0
    assert scdesk(capsys, "roster", "key", "show", "--org", "Replica")[1].strip() == given


def test_without_a_keyring_export_asks_for_the_key_on_the_terminal(
    capsys, two_sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(NoKeyring())
    code, _, err = scdesk(
        capsys, "roster", "export", "--org", "Springfield", "-o", tmp_path / "x.zip"
    )
    assert code == 1 and "no keyring" in err and "no terminal to ask on" in err
    given = keys.key_text(keys.new_key())
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: given)
    code, out, err = scdesk(
        capsys, "roster", "export", "--org", "Springfield", "-o", tmp_path / "x.zip"
    )
    assert code == 0 and "no keyring" in err and (tmp_path / "x.zip").exists()
    code, out, _ = scdesk(capsys, "roster", "key", "generate", "--org", "Springfield")
    assert code == 0 and "did not keep it" in out


def test_without_a_keyring_scripts_give_the_key_in_a_file(capsys, two_sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(NoKeyring())
    key_file = tmp_path / "springfield.key"
    key_file.write_text(keys.key_text(keys.new_key()) + "\n", encoding="utf-8")
    roster = tmp_path / "r.zip"
    code, out, err = scdesk(
        capsys, "roster", "export", "--org", "Springfield", "--key-file", key_file, "-o", roster
    )
    assert code == 0 and "Wrote full roster file number 1" in out and err == ""
    code, out, _ = scdesk(
        capsys, "roster", "import", roster, "--org", "Replica", "--key-file", key_file
    )
    assert code == 0 and "Imported: 2 added" in out
    other_key = tmp_path / "other.key"
    other_key.write_text(keys.key_text(keys.new_key()), encoding="utf-8")
    code, _, err = scdesk(
        capsys, "roster", "import", roster, "--org", "Replica", "--key-file", other_key
    )
    assert code == 4 and "signature" in err  # the wrong key: the file is refused
    (tmp_path / "bad.key").write_text("not a key", encoding="utf-8")
    code, _, err = scdesk(
        capsys,
        "roster",
        "export",
        "--org",
        "Springfield",
        "--key-file",
        tmp_path / "bad.key",
        "-o",
        tmp_path / "x.zip",
    )
    assert code != 0 and "bad.key" in err and not (tmp_path / "x.zip").exists()


def test_the_flat_formats_are_written_by_the_same_export_command(
    capsys, two_sides, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    outputs = {}
    for kind, name in (("csv", "p.csv"), ("vcard", "p.vcf")):
        args = ("roster", "export", "--org", "Springfield", "--format", kind, "-o", tmp_path / name)
        code, outputs[kind], _ = scdesk(capsys, *args)
        assert code == 0
    assert outputs["csv"].startswith(f"Wrote 2 people to {tmp_path / 'p.csv'} as a CSV file")
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"BEGIN:VCARD" in (tmp_path / "p.vcf").read_bytes()


def test_a_cut_short_workbook_is_read_as_a_workbook_and_said_to_be_damaged(
    capsys, tmp_path, shared_data
) -> None:  # type: ignore[no-untyped-def]
    create_organization("Springfield", country="US")
    workbook = (shared_data / "volunteers-workbook.xlsx").read_bytes()
    cut = tmp_path / "volunteers.xlsx"
    cut.write_bytes(workbook[: len(workbook) // 2])
    code, _, err = scdesk(capsys, "roster", "import", cut, "--org", "Springfield")
    assert code == 4
    assert "the workbook is damaged or incomplete" in err and "save it again as .xlsx" in err


def test_an_import_that_does_not_go_ahead_leaves_no_backup_behind(
    capsys, tmp_path, two_sides
) -> None:  # type: ignore[no-untyped-def]
    home, replica = two_sides
    scdesk(capsys, "roster", "export", "--org", home, "-o", tmp_path / "r.zip")
    spoiled = tmp_path / "spoiled.zip"
    spoiled.write_bytes((tmp_path / "r.zip").read_bytes()[:-40])  # the directory cut off
    for args in (("--dry-run",), ()):
        code, _, err = scdesk(capsys, "roster", "import", spoiled, "--org", replica, *args)
        assert code == 4 and "Nothing was changed." in err
    code, out, _ = scdesk(
        capsys, "roster", "import", tmp_path / "r.zip", "--org", replica, "--dry-run"
    )
    assert code == 0 and "Dry run" in out
    with open_organization(replica) as org:
        assert list_backups(org.folder) == []
