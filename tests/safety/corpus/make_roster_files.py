"""Regenerate the malformed roster exchange files of the bad-input corpus.

    uv run python tests/safety/corpus/make_roster_files.py

A sender organization with a fixed UUID exports a roster file signed with a fixed key,
made up for these tests only (CORPUS_KEY_TEXT); each corpus file spoils that file in one
way, re-signed with the same key where the point is what comes after the signature check.
The test puts the key in its in-memory keyring, as the receiving organization would have it.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # the corpus constants live beside the tests

from safety_helpers import (  # noqa: E402
    CORPUS_KEY_TEXT,
    CORPUS_ORGANIZATION_UUID,
    OTHER_KEY_TEXT,
)

Entries = dict[str, bytes]


def good_file(scratch: Path) -> Entries:
    os.environ["SCDESK_HOME"] = str(scratch / "home")
    from scdesk.interchange.roster.exporting import export_roster
    from scdesk.interchange.roster.keys import parse_key
    from scdesk.model import Person
    from scdesk.operations.organizations import create_organization, open_organization

    entry = create_organization("Corpus Sister Cities", country="US")
    with open_organization(entry.slug) as org:
        with closing(sqlite3.connect(org.folder.database)) as connection:
            connection.execute("UPDATE organization SET uuid = ?", (CORPUS_ORGANIZATION_UUID,))
            connection.commit()
        with org.database.transaction() as session:
            for given, family in (("Ada", "Byron"), ("Zoë", "Müller"), ("Kwame", "Mensah")):
                session.add(Person(given_name=given, family_name=family, consent_directory=True))
        target = scratch / "good.zip"
        export_roster(org, target, signing_key=parse_key(CORPUS_KEY_TEXT))
    with zipfile.ZipFile(target) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(entries: Entries) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def resigned(
    entries: Entries,
    change_manifest: Callable[[dict], None] | None = None,
    key_text: str = CORPUS_KEY_TEXT,
) -> Entries:
    """Checksums, counts and signature made again (with the corpus key unless another is
    given), as the sender's software would."""
    from scdesk.interchange.roster.keys import parse_key
    from scdesk.interchange.roster.manifest import canonical, key_id

    key = parse_key(key_text)
    document = json.loads(entries["manifest.json"])
    document["checksums"] = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in entries.items()
        if name != "manifest.json"
    }
    for table in document["counts"]:
        path = f"data/{table}.csv"
        if path in entries:
            rows = csv.DictReader(io.StringIO(entries[path].decode("utf-8"), newline=""))
            document["counts"][table] = sum(1 for _ in rows)
    if change_manifest is not None:
        change_manifest(document)
    document.pop("signature", None)
    digest = hmac.new(key, canonical(document), hashlib.sha256).hexdigest()
    document["signature"] = {"algorithm": "HMAC-SHA256", "key_id": key_id(key), "value": digest}
    return {**entries, "manifest.json": json.dumps(document).encode()}


def edited_table(entries: Entries, path: str, change: Callable[[list[dict]], None]) -> Entries:
    text = entries[path].decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    change(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=reader.fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return {**entries, path: buffer.getvalue().encode("utf-8")}


def persons_path(entries: Entries) -> str:
    return next(name for name in entries if name.endswith("persons.csv"))


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        good = good_file(Path(scratch))
    people = persons_path(good)
    data = zipped(good)

    def set_field(field: str, value: str) -> Callable[[list[dict]], None]:
        def change(rows: list[dict]) -> None:
            rows[1][field] = value

        return change

    def duplicate_first(rows: list[dict]) -> None:
        rows.append(dict(rows[0]))

    def newer_version(document: dict) -> None:
        document["version"] = "9.0"

    files = {
        "roster-not-a-zip.zip": b"given_name,family_name\r\nAda,Byron\r\n",
        "roster-cut-in-half.zip": data[: len(data) // 2],
        "roster-zip-slip.zip": zipped({**good, "../../.bashrc": b"echo owned"}),
        "roster-without-manifest.zip": zipped(
            {name: value for name, value in good.items() if name != "manifest.json"}
        ),
        "roster-table-changed-after-signing.zip": zipped(
            edited_table(good, people, set_field("family_name", "Forged"))
        ),
        "roster-signed-with-another-key.zip": zipped(resigned(good, key_text=OTHER_KEY_TEXT)),
        "roster-signature-altered.zip": zipped(
            {**good, "manifest.json": good["manifest.json"].replace(b'"value": "', b'"value": "0')}
        ),
        "roster-from-a-newer-format.zip": zipped(resigned(good, newer_version)),
        "roster-date-that-is-no-date.zip": zipped(
            resigned(edited_table(good, people, set_field("updated_at", "last Tuesday")))
        ),
        "roster-same-person-twice.zip": zipped(
            resigned(edited_table(good, people, duplicate_first))
        ),
        "roster-without-persons-table.zip": zipped(
            resigned({name: value for name, value in good.items() if name != people})
        ),
    }
    for name, content in files.items():
        (HERE / name).write_bytes(content)


if __name__ == "__main__":
    main()
