"""Helpers for roster file tests: fingerprints of a database, and re-signed tampering."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import hmac
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from scdesk.interchange.roster import keys
from scdesk.interchange.roster.archive import write_zip
from scdesk.interchange.roster.format import DATAPACKAGE_FILE, MANIFEST_FILE, TABLES_BY_NAME
from scdesk.interchange.roster.manifest import canonical, key_id, sha256
from scdesk.operations.organizations import current_profile
from scdesk.storage.organization_files import OpenOrganization


def fingerprint(org: OpenOrganization) -> str:
    """The SHA-256 of the database file with everything checkpointed into it."""
    with org.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(org.folder.database.read_bytes()).hexdigest()


def signing_key(org: OpenOrganization) -> bytes:
    with org.database.session() as session:
        key = keys.stored_signing_key(current_profile(session).uuid)
    assert key is not None
    return key


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def table(rows_: list[dict[str, str]], fieldnames: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows_)
    return buffer.getvalue().encode("utf-8")


def edit_table(
    contents: dict[str, bytes], name: str, change: Callable[[list[dict[str, str]]], None]
) -> None:
    """Change the rows of table `name` in place."""
    path = TABLES_BY_NAME[name].path
    found = rows(contents[path])
    change(found)
    contents[path] = table(found, list(TABLES_BY_NAME[name].field_names))


def resign(
    contents: dict[str, bytes],
    key: bytes,
    manifest_change: Callable[[dict], None] | None = None,  # type: ignore[type-arg]
) -> dict[str, bytes]:
    """Recompute checksums and counts of `contents` and sign again, as a forger with the
    key (or the sender's own buggy software) would."""
    document = json.loads(contents[MANIFEST_FILE])
    document["checksums"] = {
        name: sha256(data) for name, data in contents.items() if name != MANIFEST_FILE
    }
    for table_name, spec in TABLES_BY_NAME.items():
        # A missing or undecodable table keeps its old count.
        with contextlib.suppress(KeyError, UnicodeDecodeError):
            document["counts"][table_name] = len(rows(contents[spec.path]))
    if manifest_change is not None:
        manifest_change(document)
    document.pop("signature", None)
    digest = hmac.new(key, canonical(document), hashlib.sha256).hexdigest()
    document["signature"] = {"algorithm": "HMAC-SHA256", "key_id": key_id(key), "value": digest}
    contents[MANIFEST_FILE] = json.dumps(document).encode()
    return contents


def write(path: Path, contents: dict[str, bytes]) -> Path:
    order = [MANIFEST_FILE, DATAPACKAGE_FILE]
    names = order + [n for n in contents if n not in order]
    path.write_bytes(write_zip([(n, contents[n]) for n in names if n in contents]))
    return path
