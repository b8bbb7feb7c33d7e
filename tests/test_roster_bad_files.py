"""Every kind of bad roster file is refused with a message naming the file (and table, line
and field where there is one), and the database file is byte-identical afterwards."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import apply_import
from scdesk.interchange.roster.errors import RosterFileError
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.format import MANIFEST_FILE, PERSONS
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.records import create_record
from scdesk.storage.organization_files import OpenOrganization
from tests.roster_files import edit_table, entries, fingerprint, resign, signing_key, write


@pytest.fixture
def sender() -> Iterator[OpenOrganization]:
    """An organization with a few people, whose roster files the tests spoil."""
    with open_organization(create_organization("Shelbyville Twinning", country="US").slug) as org:
        with org.database.transaction() as session:
            for given, family in (("Ada", "Byron"), ("Zoë", "Müller"), ("Kwame", "Mensah")):
                create_record(
                    session,
                    Person,
                    {"given_name": given, "family_name": family, "consent_directory": True},
                )
        yield org


@pytest.fixture
def good_file(sender: OpenOrganization, tmp_path: Path) -> Path:
    export_roster(sender, tmp_path / "good.zip")
    return tmp_path / "good.zip"


@pytest.fixture
def receiver(sender: OpenOrganization, good_file: Path) -> Iterator[OpenOrganization]:
    """A second replica of the sender's organization that has imported its first file."""
    with open_organization(create_organization("Replica", country="US").slug) as org:
        apply_import(org, preview_import(org, good_file))
        yield org


def refused(org: OpenOrganization, path: Path, secrets: Secrets | None = None) -> str:
    """Import `path`; it must be refused, leaving the database untouched. The message."""
    before = fingerprint(org)
    with pytest.raises(RosterFileError) as caught:
        preview_import(org, path, secrets)
    assert fingerprint(org) == before
    message = caught.value.describe()
    assert message.startswith(f"{path.name}:")
    assert message.endswith("Nothing was changed.")
    return message


def spoiled(
    good: Path, sender: OpenOrganization, name: str, change: Callable[[dict[str, bytes]], None]
) -> Path:
    contents = entries(good)
    change(contents)
    return write(good.with_name(name), resign(contents, signing_key(sender)))


def test_a_file_that_is_not_a_zip_is_refused(receiver: OpenOrganization, tmp_path: Path) -> None:
    path = tmp_path / "roster.zip"
    path.write_text("given_name,family_name\nAda,Byron\n", encoding="utf-8")
    assert "not a zip archive" in refused(receiver, path)


def test_a_truncated_zip_is_refused_naming_the_table_it_ends_in(
    receiver: OpenOrganization, good_file: Path
) -> None:
    with zipfile.ZipFile(good_file) as archive:
        persons = archive.getinfo(PERSONS.path)
    data_starts = persons.header_offset + 30 + len(persons.filename) + len(persons.extra)
    cut_at = data_starts + persons.compress_size // 2
    path = good_file.with_name("cut.zip")
    path.write_bytes(good_file.read_bytes()[:cut_at])
    message = refused(receiver, path)
    assert message.startswith(f"cut.zip: table {PERSONS.name}: the file is incomplete: it ends")
    assert f"in the middle of “{PERSONS.path}”" in message
    assert "Ask for the file again." in message


def test_a_zip_cut_short_before_its_first_entry_ends_is_called_damaged(
    receiver: OpenOrganization, tmp_path: Path
) -> None:
    path = tmp_path / "stub.zip"
    path.write_bytes(b"PK\x03\x04" + bytes(10))
    assert "damaged or incomplete" in refused(receiver, path)


def test_an_excel_workbook_is_refused_as_a_workbook(
    receiver: OpenOrganization, shared_data: Path, tmp_path: Path
) -> None:
    workbook = (shared_data / "volunteers-workbook.xlsx").read_bytes()
    whole, cut = tmp_path / "volunteers.zip", tmp_path / "volunteers-cut.zip"
    whole.write_bytes(workbook)
    cut.write_bytes(workbook[: len(workbook) // 2])
    for path in (whole, cut):
        assert "this is an Excel workbook, not a roster exchange file" in refused(receiver, path)


def test_a_zip_of_other_files_is_refused_saying_what_it_holds(
    receiver: OpenOrganization, tmp_path: Path
) -> None:
    path = write(tmp_path / "photos.zip", {"trip/day1.jpg": b"\xff\xd8", "notes.txt": b"hi"})
    message = refused(receiver, path)
    assert "holds “trip/day1.jpg”, “notes.txt” but no manifest.json" in message


def test_a_zip_slip_entry_is_refused(receiver: OpenOrganization, good_file: Path) -> None:
    contents = entries(good_file)
    contents["../../.bashrc"] = b"echo owned"
    path = write(good_file.with_name("slip.zip"), contents)
    assert "“../../.bashrc” would land outside its folder" in refused(receiver, path)


def test_a_zip_bomb_is_refused(receiver: OpenOrganization, good_file: Path) -> None:
    buffer = io.BytesIO(good_file.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/padding.csv", b"\0" * (60 << 20))
    path = good_file.with_name("bomb.zip")
    path.write_bytes(buffer.getvalue())
    assert "a zip bomb, not a roster file" in refused(receiver, path)


def test_a_missing_table_is_refused(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    path = spoiled(good_file, sender, "missing.zip", lambda c: c.pop("data/posts.csv"))
    assert "table posts" in refused(receiver, path)
    assert "the table “posts” is missing" in refused(receiver, path)


def test_an_unknown_extra_table_is_ignored_with_a_warning(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def add_table(contents: dict[str, bytes]) -> None:
        package = json.loads(contents["datapackage.json"])
        package["resources"].append({"name": "events", "path": "data/events.csv"})
        contents["datapackage.json"] = json.dumps(package).encode()
        contents["data/events.csv"] = b"id,title\r\n1,Picnic\r\n"

    path = spoiled(good_file, sender, "extra.zip", add_table)
    preview = preview_import(receiver, path)
    assert any("“events” is not part of format version 1" in w for w in preview.warnings)


def test_a_value_of_the_wrong_type_is_refused_naming_table_line_and_field(
    receiver, sender, good_file
) -> None:  # type: ignore[no-untyped-def]
    def wrong(contents: dict[str, bytes]) -> None:
        edit_table(contents, "persons", lambda rows: rows[1].update(member_since="last spring"))

    message = refused(receiver, spoiled(good_file, sender, "types.zip", wrong))
    assert "table persons, line 3, field member_since: “last spring” is not a date" in message


def test_a_value_that_breaks_a_rule_is_refused_before_the_preview(sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def broken(contents: dict[str, bytes]) -> None:
        edit_table(contents, "persons", lambda rows: rows[2].update(email="kwame at example"))

    path = spoiled(good_file, sender, "rule.zip", broken)
    with open_organization(create_organization("Empty", country="US").slug) as empty:
        message = refused(empty, path)
    assert "table persons, line 4, field email: “kwame at example” is not a valid email" in message


def test_duplicate_ids_are_refused(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def duplicate(contents: dict[str, bytes]) -> None:
        edit_table(contents, "persons", lambda rows: rows.append(dict(rows[0])))

    message = refused(receiver, spoiled(good_file, sender, "twice.zip", duplicate))
    assert "table persons, line 5, field id" in message and "also used on line 2" in message


def test_a_broken_foreign_key_is_refused(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def dangling(contents: dict[str, bytes]) -> None:
        edit_table(
            contents,
            "identifiers",
            lambda rows: rows.append(
                {
                    "id": "0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f",
                    "person_id": "11111111-2222-4333-8444-555555555555",
                    "scheme": "central-directory",
                    "identifier": "X-1",
                    "updated_at": "2024-05-01T12:00:00Z",
                    "deleted": "false",
                }
            ),
        )

    message = refused(receiver, spoiled(good_file, sender, "dangling.zip", dangling))
    assert "table identifiers, line 2, field person_id" in message
    assert "not in the persons table" in message


def test_a_bad_checksum_is_refused(receiver: OpenOrganization, good_file: Path) -> None:
    contents = entries(good_file)
    contents["data/persons.csv"] = contents["data/persons.csv"].replace(b"Ada", b"Eve")
    path = write(good_file.with_name("checksum.zip"), contents)
    assert "the checksum of “data/persons.csv” does not match" in refused(receiver, path)


def test_a_changed_manifest_breaks_the_signature(
    receiver: OpenOrganization, good_file: Path
) -> None:
    contents = entries(good_file)
    contents[MANIFEST_FILE] = contents[MANIFEST_FILE].replace(b'"full"', b'"delta"')
    path = write(good_file.with_name("signature.zip"), contents)
    assert "the signature does not match" in refused(receiver, path)


def test_a_file_signed_with_another_key_is_refused(receiver, good_file) -> None:  # type: ignore[no-untyped-def]
    path = write(good_file.with_name("other-key.zip"), resign(entries(good_file), keys.new_key()))
    assert "signed with another key" in refused(receiver, path)


def test_a_newer_format_version_is_refused(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    contents = resign(entries(good_file), signing_key(sender), lambda m: m.update(version="2.0"))
    path = write(good_file.with_name("newer.zip"), contents)
    assert "version 2.0 of the roster exchange format" in refused(receiver, path)


def test_another_organizations_file_is_refused(sender: OpenOrganization, tmp_path: Path) -> None:
    with open_organization(create_organization("Capital City Friends", country="US").slug) as other:
        with other.database.transaction() as session:
            create_record(session, Person, {"given_name": "Lou", "family_name": "Reed"})
        path = tmp_path / "theirs.zip"
        export_roster(other, path)
    assert "another organization than this one" in refused(sender, path)


def test_a_wrong_passphrase_is_refused(receiver, sender, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "locked.zip"
    export_roster(sender, path, passphrase="correct horse battery staple")
    message = refused(receiver, path, Secrets(passphrase="incorrect horse"))
    assert "the passphrase is wrong" in message


def test_a_formula_in_a_cell_is_refused(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def formula(contents: dict[str, bytes]) -> None:
        edit_table(
            contents, "persons", lambda rows: rows[0].update(given_name='=HYPERLINK("http://x")')
        )

    message = refused(receiver, spoiled(good_file, sender, "formula.zip", formula))
    assert "table persons, line 2, field given_name" in message
    assert "looks like a spreadsheet formula" in message


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "latin-1"])
def test_a_table_in_another_encoding_than_utf8_is_refused(
    receiver, sender, good_file, encoding
) -> None:  # type: ignore[no-untyped-def]
    def recode(contents: dict[str, bytes]) -> None:
        text = contents[PERSONS.path].decode("utf-8")
        contents[PERSONS.path] = text.encode(encoding)

    message = refused(receiver, spoiled(good_file, sender, f"{encoding}.zip", recode))
    assert "table persons" in message and "not UTF-8 text" in message


def test_a_table_in_utf8_with_a_byte_order_mark_is_read(receiver, sender, good_file) -> None:  # type: ignore[no-untyped-def]
    def bom(contents: dict[str, bytes]) -> None:
        contents[PERSONS.path] = b"\xef\xbb\xbf" + contents[PERSONS.path]

    preview = preview_import(receiver, spoiled(good_file, sender, "bom.zip", bom))
    assert preview.summary()["added"] == 0 and not preview.conflicts
