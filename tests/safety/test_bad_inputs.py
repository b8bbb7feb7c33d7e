"""The bad-input corpus: every malformed file in tests/safety/corpus/ is given to the importer
of its kind (database files to the restore, spreadsheets and address books to the contacts
import, roster exchange files to the roster import). Each gets its clear error, naming the
file (and the table, line and field where there is one), and leaves the organization's
database byte-identical (and the file itself untouched, and no backup taken).

To add an entry: drop the file in the corpus folder and say below what its message must
contain. A file without an expectation fails the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import (
    CORPUS_KEY_TEXT,
    CORPUS_ORGANIZATION_UUID,
    database_fingerprint,
    described,
)

from scdesk.interchange.contacts.apply import Decisions, Side, import_into
from scdesk.interchange.contacts.mapping import guess_mapping
from scdesk.interchange.contacts.preview import build_preview
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import Decision, apply_import
from scdesk.interchange.roster.applying import Decisions as RosterDecisions
from scdesk.interchange.roster.errors import RosterFileError
from scdesk.interchange.roster.importing import preview_import
from scdesk.operations.backups import restore_backup
from scdesk.operations.organizations import current_profile
from scdesk.storage.backup import list_backups
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization

CORPUS = Path(__file__).with_name("corpus")

NOT_A_BACKUP = "is not an scdesk backup"
DAMAGED = "this backup is damaged"
EXPECTED = {
    "a-zip-named-like-a-backup.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "another-programs-database.sqlite3": f"{NOT_A_BACKUP} (it is a database of another program)",
    "empty-file.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "empty-sqlite-database.sqlite3": f"{NOT_A_BACKUP} (it holds no scdesk records)",
    "from-a-newer-scdesk.sqlite3": "made by a newer version of scdesk (schema 9999_future)",
    "header-zeroed.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "impossible-page-size.sqlite3": f"{DAMAGED} (file is not a database)",
    "index-page-scrambled.sqlite3": f"{DAMAGED} (it fails SQLite's check)",
    "index-out-of-step-with-its-table.sqlite3": "missing from index sqlite_autoindex_person_1",
    "newest-revision-without-people.sqlite3": "lacks parts of an scdesk database: table person",
    "not-a-database.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "random-bytes.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "schema-page-overwritten.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "sqlite-header-then-garbage.sqlite3": f"{DAMAGED} (file is not a database)",
    "truncated-in-half.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "truncated-in-the-header.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "unknown-schema-revision.sqlite3": f"{NOT_A_BACKUP} (it holds no scdesk records)",
    # Spreadsheets and address books, through the contacts import.
    "binary-data-named-csv.csv": "line 2: this is not a text file",
    "card-cut-off.vcf": "line 1: the card that begins on line 1 has no END:VCARD",
    "card-inside-card.vcf": "line 4: the card that begins on line 1 has no END:VCARD before",
    "declared-utf16-but-odd-bytes.csv": "line 1: this is not valid UTF-16 text",
    "empty.csv": "the file is empty",
    "end-without-begin.vcf": "line 5: END:VCARD without a card begun",
    "old-excel-file.csv": "this is an old Excel (.xls) or Office file",
    "only-blank-lines.csv": "the file is empty",
    "pdf-named-csv.csv": "this is a PDF document, not a list of people",
    "quote-never-closed.csv": "the text cannot be split into cells",
    "too-many-columns.csv": "line 1: it has 600 columns; scdesk reads at most 500",
    "workbook-cut-in-half.xlsx": "the workbook is damaged or incomplete",
    "workbook-with-a-damaged-part.xlsx": "the workbook is damaged or incomplete",
    "workbook-without-sheets.xlsx": "the workbook cannot be read",
    "zip-that-is-no-workbook.xlsx": "this zip file is not an Excel workbook",
    # Roster exchange files, through the roster import.
    "roster-cut-in-half.zip": "the file is incomplete: it ends in the middle of “datapackage.json”",
    "roster-date-that-is-no-date.zip": "table persons, line 3, field updated_at: “last Tuesday”",
    "roster-from-a-newer-format.zip": "field version: the file uses version 9.0",
    "roster-not-a-zip.zip": "this is not a roster exchange file",
    "roster-same-person-twice.zip": "table persons, line 5, field id: the id",
    "roster-signature-altered.zip": "field signature: the signature does not match",
    "roster-signed-with-another-key.zip": "field signature: the file is signed with another key",
    "roster-table-changed-after-signing.zip": "the checksum of “data/persons.csv” does not match",
    "roster-without-manifest.zip": "but no manifest.json, so it is not a roster exchange file",
    "roster-without-persons-table.zip": "the table “persons” is missing",
    "roster-zip-slip.zip": "the archive entry “../../.bashrc” would land outside its folder",
}


def restore_from(org: OpenOrganization, path: Path) -> None:
    restore_backup(org, path)


def import_contacts(org: OpenOrganization, path: Path) -> None:
    """The contacts import as `scdesk roster import FILE --take theirs` runs it."""
    table = read_contacts_file(path)
    with org.database.session() as session:
        mapping = guess_mapping(table.headers, current_profile(session).country)
        preview = build_preview(session, table, mapping)
    import_into(org, preview, Decisions(take=Side.THEIRS))


def import_roster(org: OpenOrganization, path: Path) -> None:
    """The roster import as `scdesk roster import FILE --take theirs` runs it, by a replica
    that keeps the corpus organization's signing key."""
    keys.store_signing_key(CORPUS_ORGANIZATION_UUID, keys.parse_key(CORPUS_KEY_TEXT))
    preview = preview_import(org, path)
    apply_import(org, preview, RosterDecisions(everything=Decision.THEIRS))


# Which importer takes a file, by its name's ending.
IMPORTERS: dict[str, Callable[[OpenOrganization, Path], None]] = {
    ".sqlite3": restore_from,
    ".csv": import_contacts,
    ".vcf": import_contacts,
    ".xlsx": import_contacts,
    ".zip": import_roster,
}


def corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in IMPORTERS)


def test_every_corpus_file_has_an_expectation() -> None:
    assert {p.name for p in corpus()} == set(EXPECTED)


@pytest.mark.parametrize("bad_file", corpus(), ids=lambda path: path.name)
def test_each_bad_input_gets_its_clear_error_and_changes_nothing(
    org, add_people, bad_file: Path, tmp_path: Path
) -> None:
    add_people("Zoë Müller", "Kofi Mensah")
    given = shutil.copyfile(bad_file, tmp_path / bad_file.name)
    before = database_fingerprint(org.folder.database)

    with pytest.raises((StorageError, RosterFileError)) as raised:
        IMPORTERS[bad_file.suffix](org, given)

    named, message = described(raised.value)
    assert named == given.name
    assert EXPECTED[bad_file.name] in message
    assert database_fingerprint(org.folder.database) == before
    assert given.read_bytes() == bad_file.read_bytes()
    assert list_backups(org.folder) == []
    assert [p.name for p in org.folder.root.iterdir() if p.name.startswith(".")] == []
