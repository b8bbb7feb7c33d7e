"""The bad-input corpus: every malformed file in tests/safety/corpus/ is given to the importer
of its kind. Each gets its clear error, naming the file, and leaves the organization's
database byte-identical (and the file itself untouched, and no backup taken).

To add an entry: drop the file in the corpus folder and say below what its message must
contain. A file without an expectation fails the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import database_fingerprint

from scdesk.operations.backups import restore_backup
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
    "newest-revision-without-people.sqlite3": "lacks parts of an scdesk database: table person",
    "not-a-database.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "random-bytes.sqlite3": f"{NOT_A_BACKUP} (it is not a database at all)",
    "schema-page-overwritten.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "sqlite-header-then-garbage.sqlite3": f"{DAMAGED} (file is not a database)",
    "truncated-in-half.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "truncated-in-the-header.sqlite3": f"{DAMAGED} (database disk image is malformed)",
    "unknown-schema-revision.sqlite3": f"{NOT_A_BACKUP} (it holds no scdesk records)",
}


def restore_from(org: OpenOrganization, path: Path) -> None:
    restore_backup(org, path)


# Which importer takes a file, by its name's ending.
IMPORTERS: dict[str, Callable[[OpenOrganization, Path], None]] = {
    ".sqlite3": restore_from,
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

    with pytest.raises(StorageError) as raised:
        IMPORTERS[bad_file.suffix](org, given)

    assert raised.value.path == given
    assert EXPECTED[bad_file.name] in raised.value.message
    assert "nothing was changed" in raised.value.message.lower()
    assert database_fingerprint(org.folder.database) == before
    assert given.read_bytes() == bad_file.read_bytes()
    assert list_backups(org.folder) == []
    assert [p.name for p in org.folder.root.iterdir() if p.name.startswith(".")] == []
