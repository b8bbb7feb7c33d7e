"""`run_contacts_import`: the change summary, exit codes, dry runs, errors CSV, decisions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scdesk.cli.common import CommandError
from scdesk.cli.main import run
from scdesk.cli.roster_contacts import (
    EXIT_APPLIED,
    EXIT_DECISIONS_NEEDED,
    run_contacts_import,
)
from scdesk.interchange.contacts.mapping import ColumnMapping, Target
from scdesk.interchange.contacts.saved_mappings import save_mapping
from scdesk.model import Person
from tests.contacts.conftest import database_digest, import_args, opened, person_by_email


def test_importing_a_roster_prints_the_summary_and_applies_it(
    springfield: str, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_contacts_import(import_args(shared_data / "roster-excel-semicolon-cp1252.csv"))

    out = capsys.readouterr().out
    assert code == EXIT_APPLIED
    assert (
        "roster-excel-semicolon-cp1252.csv: a CSV file (Windows-1252 (Western European), "
        "separated by semicolons), 8 lines." in out
    )
    assert "  7 to add:" in out
    assert "    José Núñez (post: chair, Guadalajara Committee)" in out
    assert "  new committee: Youth Exchange (youth)" in out
    assert "roster-excel-semicolon-cp1252.csv, line 9 [note]: blank line, skipped." in out
    assert "Imported: 7 added, 0 changed, 0 unchanged; 8 posts" in out
    with opened() as org, org.database.session() as session:
        assert session.scalar(select(func.count(Person.id))) == 7


def test_importing_the_same_file_again_says_there_is_nothing_to_change(
    springfield: str, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_data / "contacts-google.csv"
    run_contacts_import(import_args(sample))
    capsys.readouterr()
    before = database_digest()

    code = run_contacts_import(import_args(sample))

    assert code == EXIT_APPLIED
    assert "Nothing to change" in capsys.readouterr().out
    assert database_digest() == before


def test_a_dry_run_shows_the_changes_and_writes_nothing(
    springfield: str, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_digest()

    code = run_contacts_import(import_args(shared_data / "contacts-apple.vcf", dry_run=True))

    assert code == EXIT_APPLIED
    out = capsys.readouterr().out
    assert "  2 to add:" in out
    assert "Dry run: nothing was written." in out
    assert database_digest() == before


def test_conflicting_values_need_a_decision_then_take_theirs_applies_them(
    springfield: str, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_contacts_import(import_args(shared_data / "roster-excel-semicolon-cp1252.csv"))
    capsys.readouterr()
    before = database_digest()

    code = run_contacts_import(import_args(shared_data / "contacts-apple.vcf"))

    out = capsys.readouterr().out
    assert code == EXIT_DECISIONS_NEEDED
    assert "Ben Okafor, notes: keep “Host family, 2 guest rooms” or take" in out
    assert database_digest() == before

    assert run_contacts_import(import_args(shared_data / "contacts-apple.vcf", take="theirs")) == 0
    with opened() as org, org.database.session() as session:
        ben = person_by_email(session, "ben.okafor@example.org")
        assert ben.notes == "Host family, 2 guest rooms\nAllergic to cats"
        assert ben.street == "742 Evergreen Terrace"  # was empty: filled without asking


def test_take_mine_keeps_the_organizations_values_and_fills_only_empty_fields(
    springfield: str, shared_data: Path
) -> None:
    run_contacts_import(import_args(shared_data / "roster-excel-semicolon-cp1252.csv"))

    assert run_contacts_import(import_args(shared_data / "contacts-apple.vcf", take="mine")) == 0

    with opened() as org, org.database.session() as session:
        ben = person_by_email(session, "ben.okafor@example.org")
        assert ben.notes == "Host family, 2 guest rooms"
        assert ben.city == "Springfield"


def test_a_likely_duplicate_needs_a_decision(
    springfield: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Name,Email,Phone\nSoren Dahl,soren@example.org,217.555.0103\n", "utf-8")
    second = tmp_path / "second.csv"
    second.write_text("Name,Email,Phone\nSøren Dahl,sdahl@example.net,(217) 555-0103\n", "utf-8")
    run_contacts_import(import_args(first))
    capsys.readouterr()

    code = run_contacts_import(import_args(second))

    out = capsys.readouterr().out
    assert code == EXIT_DECISIONS_NEEDED
    assert "looks like Soren Dahl <soren@example.org> (similar name and same phone number)" in out
    assert "Søren Dahl: a new person, or the same as Soren Dahl?" in out

    assert run_contacts_import(import_args(second, take="mine")) == EXIT_APPLIED
    assert "1 of them looked like someone already here and were added" in capsys.readouterr().out


def test_row_problems_are_saved_as_an_errors_csv_that_names_line_and_column(
    springfield: str, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "Name,Email,Member since\n"
        "Ben Okafor,ben.okafor@example.org,2012-11-11\n"
        "Zoë Müller,not-an-address,2019-09-01\n"
        ",nobody@example.org,\n"
        "Amelia O'Brien,amelia@example.org,31/02/2022\n",
        "utf-8",
    )
    errors = tmp_path / "errors.csv"

    assert run_contacts_import(import_args(roster, errors_csv=errors)) == EXIT_APPLIED

    raw = errors.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["Line"], r["Column"], r["Severity"]) for r in rows] == [
        ("3", "Email", "skipped"),
        ("4", "", "skipped"),
        ("5", "Member since", "warning"),
    ]
    assert "“not-an-address” is not a valid email address" in rows[0]["Problem"]
    assert rows[0]["What to do"] == "Correct it in the file and import the file again."
    assert rows[1]["Problem"] == "the row has no name."
    assert "“31/02/2022” is not a real date" in rows[2]["Problem"]
    with opened() as org, org.database.session() as session:
        emails = set(session.scalars(select(Person.email)))
    assert emails == {"ben.okafor@example.org", "amelia@example.org"}


def test_a_saved_mapping_is_reused_by_name(
    springfield: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "odd.csv"
    roster.write_text("Wer,Kontakt,Seit\nBen Okafor,ben.okafor@example.org,11.11.2012\n", "utf-8")
    mapping = ColumnMapping(
        {"Wer": Target.FULL_NAME, "Kontakt": Target.EMAIL, "Seit": Target.MEMBER_SINCE}
    )
    with opened() as org:
        save_mapping(org.folder.root, "Verein list", mapping)

    assert run_contacts_import(import_args(roster, mapping="verein LIST")) == EXIT_APPLIED

    assert "Wer → full name; Kontakt → email; Seit → member since" in capsys.readouterr().out
    with opened() as org, org.database.session() as session:
        ben = person_by_email(session, "ben.okafor@example.org")
        assert (ben.given_name, ben.member_since.isoformat()) == ("Ben", "2012-11-11")


def test_an_unknown_mapping_name_lists_the_saved_ones(springfield: str, shared_data: Path) -> None:
    with pytest.raises(CommandError, match="no saved column mapping called “Nope”"):
        run_contacts_import(import_args(shared_data / "contacts-google.csv", mapping="Nope"))


def test_scdesk_roster_import_takes_spreadsheets_and_export_writes_flat_files(
    springfield: str, shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_data / "volunteers-workbook.xlsx"

    assert run(["roster", "import", str(sample), "--org", springfield, "--dry-run"]) == 0
    assert run(["roster", "import", str(sample), "--org", springfield]) == 0
    assert run(["roster", "export", "--format", "csv", "-o", str(tmp_path / "p.csv")]) == 0
    assert run(["roster", "export", "--format", "vcard", "-o", str(tmp_path / "p.vcf")]) == 0

    out = capsys.readouterr().out
    assert "Dry run: nothing was written." in out
    assert "Wrote 3 people to" in out
    rows = list(csv.DictReader((tmp_path / "p.csv").read_text("utf-8-sig").splitlines()))
    assert sorted(r["Family name"] for r in rows) == ["Núñez", "Okafor", "Tanaka"]
    assert (tmp_path / "p.vcf").read_bytes().count(b"BEGIN:VCARD") == 3
