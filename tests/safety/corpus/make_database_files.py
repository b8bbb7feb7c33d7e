"""Regenerate the malformed database files of the bad-input corpus.

    uv run python tests/safety/corpus/make_database_files.py

Each file is something a person might pick as "a backup to restore", or find in place of
the organization's database after a failing disk, a sync tool or another program wrote it.
The files are committed; this script documents how each was made.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).parent


def scdesk_database(folder: Path) -> Path:
    """A small, healthy scdesk database at the newest revision, in journal mode DELETE,
    with 1 KB pages (to keep the corpus small; restoring adapts the page size)."""
    os.environ["SCDESK_HOME"] = str(folder / "home")
    from scdesk.model import Person
    from scdesk.operations.organizations import create_organization, open_organization

    entry = create_organization("Corpus Springfield", country="US")
    with open_organization(entry.slug) as org:
        with org.database.transaction() as session:
            session.add_all(
                Person(given_name=f"Member{n}", family_name="Corpus", notes="x" * 300)
                for n in range(20)
            )
        path = org.folder.database
    copy = folder / "healthy.sqlite3"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.execute("PRAGMA page_size = 1024")
        target.execute("VACUUM")
    return copy


def patched(source: Path, target: Path, offset: int, data: bytes) -> None:
    content = bytearray(source.read_bytes())
    content[offset : offset + len(data)] = data
    target.write_bytes(bytes(content))


def page_of_index(path: Path, name: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()[0]


def check(data: bytes, pragma: str, scratch: Path) -> bool:
    probe = scratch / "probe.sqlite3"
    probe.write_bytes(data)
    try:
        with closing(sqlite3.connect(probe)) as connection:
            return connection.execute(f"PRAGMA {pragma}").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def index_out_of_step(healthy: Path, scratch: Path) -> bytes:
    """The healthy file with one byte of an index entry changed: SQLite's quick_check (every
    page's structure) passes, only integrity_check (indexes against tables) finds it."""
    data = healthy.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    start = (page_of_index(healthy, "sqlite_autoindex_person_1") - 1) * page
    for offset in range(start + page - 1, start + page // 2, -1):
        spoiled = bytearray(data)
        spoiled[offset] ^= 0x01
        if check(bytes(spoiled), "quick_check", scratch) and not check(
            bytes(spoiled), "integrity_check", scratch
        ):
            return bytes(spoiled)
    raise AssertionError("no byte of the index page gives a quick_check-only damage")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        healthy = scdesk_database(Path(scratch))
        data = healthy.read_bytes()
        page = int.from_bytes(data[16:18], "big")

        (HERE / "not-a-database.sqlite3").write_text(
            "Name;Email\nZoë Müller;zoe@example.org\n" * 50, encoding="utf-8"
        )
        (HERE / "empty-file.sqlite3").write_bytes(b"")
        (HERE / "truncated-in-the-header.sqlite3").write_bytes(data[:60])
        (HERE / "truncated-in-half.sqlite3").write_bytes(data[: len(data) // 2])
        patched(healthy, HERE / "schema-page-overwritten.sqlite3", 100, b"\xff" * (page - 100))
        patched(healthy, HERE / "header-zeroed.sqlite3", 0, b"\0" * 100)
        patched(healthy, HERE / "impossible-page-size.sqlite3", 16, b"\x00\x03")
        index_page = page_of_index(healthy, "ix_person_sort_name")
        patched(
            healthy, HERE / "index-page-scrambled.sqlite3", (index_page - 1) * page, b"\x0d" * 64
        )
        (HERE / "index-out-of-step-with-its-table.sqlite3").write_bytes(
            index_out_of_step(healthy, Path(scratch))
        )
        (HERE / "random-bytes.sqlite3").write_bytes(
            bytes((n * 7919 + 13) % 251 for n in range(8_000))
        )
        (HERE / "sqlite-header-then-garbage.sqlite3").write_bytes(
            b"SQLite format 3\0" + b"\x42" * 8000
        )

        shutil.copyfile(healthy, HERE.parent / "healthy-with-small-pages.sqlite3")

        other = HERE / "another-programs-database.sqlite3"
        other.unlink(missing_ok=True)
        with closing(sqlite3.connect(other)) as connection:
            connection.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
            connection.execute("INSERT INTO contacts VALUES ('Zoë', 'zoe@example.org')")
            connection.commit()

        blank = HERE / "empty-sqlite-database.sqlite3"
        blank.unlink(missing_ok=True)
        with closing(sqlite3.connect(blank)) as connection:
            connection.execute("PRAGMA user_version = 1")

        newer = HERE / "from-a-newer-scdesk.sqlite3"
        shutil.copyfile(healthy, newer)
        with closing(sqlite3.connect(newer)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
            connection.commit()

        unknown = HERE / "unknown-schema-revision.sqlite3"
        shutil.copyfile(healthy, unknown)
        with closing(sqlite3.connect(unknown)) as connection:
            connection.execute("DELETE FROM alembic_version")
            connection.commit()

        gutted = HERE / "newest-revision-without-people.sqlite3"
        shutil.copyfile(healthy, gutted)
        with closing(sqlite3.connect(gutted)) as connection:
            connection.execute("PRAGMA foreign_keys = OFF")
            for trigger in ("person_fts_insert", "person_fts_update", "person_fts_delete"):
                connection.execute(f"DROP TRIGGER {trigger}")
            connection.execute("DROP TABLE person")
            connection.commit()

        archive_path = HERE / "a-zip-named-like-a-backup.sqlite3"
        with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("organization.sqlite3", data)


if __name__ == "__main__":
    main()
