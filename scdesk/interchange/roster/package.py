"""A whole roster file: tables to signed (and perhaps encrypted) bytes, and back.

Reading checks, in this order, and stops at the first failure of a step: the container
(encryption, zip safety), the manifest (format, version), the signature, the checksums,
the data package descriptor (every table present), then every table cell by cell, the keys
and the references. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from scdesk.domain.i18n import _
from scdesk.interchange.roster import format as fmt
from scdesk.interchange.roster.archive import (
    DEFAULT_LIMITS,
    Limits,
    not_a_roster_zip,
    read_zip,
    write_zip,
)
from scdesk.interchange.roster.encryption import decrypt, encrypt, is_encrypted
from scdesk.interchange.roster.errors import Problem, RosterFileError, refuse
from scdesk.interchange.roster.items import Item, Kind
from scdesk.interchange.roster.manifest import Manifest, read_manifest, sha256, sign, verify
from scdesk.interchange.roster.schema import descriptor_bytes
from scdesk.interchange.roster.tables import Decoded, Row, Rows, check_keys, decode, parse_rows
from scdesk.interchange.zip_contents import ZipContents

KeyFor = Callable[[str, str], bytes]  # (organization uuid, organization name) -> key
PassphraseFor = Callable[[str], str]  # (why) -> passphrase


def table_bytes(table: fmt.Table, rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.field_names)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build_file(
    manifest: Manifest, rows: Rows, key: bytes, passphrase: str | None = None, level: int = 6
) -> bytes:
    """The signed zip for `rows`; `manifest` gets its counts and checksums filled in."""
    tables = {t.name: table_bytes(t, rows[t.name]) for t in fmt.TABLES}
    sizes = {name: (len(data), sha256(data)) for name, data in tables.items()}
    package = descriptor_bytes(sizes)
    checksums = {fmt.DATAPACKAGE_FILE: sha256(package)}
    checksums |= {fmt.TABLES_BY_NAME[name].path: digest for name, (_, digest) in sizes.items()}
    signed = sign(
        replace(
            manifest, counts={t.name: len(rows[t.name]) for t in fmt.TABLES}, checksums=checksums
        ),
        key,
    )
    entries = [(fmt.MANIFEST_FILE, signed.to_bytes()), (fmt.DATAPACKAGE_FILE, package)]
    entries += [(fmt.TABLES_BY_NAME[name].path, data) for name, data in tables.items()]
    data = write_zip(entries, level)
    return encrypt(data, passphrase) if passphrase else data


@dataclass
class RosterPackage:
    """A roster file that passed every check of its own (not yet compared with anything)."""

    manifest: Manifest
    items: dict[Kind, list[Item]]
    warnings: list[str] = field(default_factory=list)
    encrypted: bool = False

    def count(self) -> int:
        return sum(len(items) for items in self.items.values())


def open_container(
    data: bytes, file_name: str, passphrase_for: PassphraseFor | None
) -> tuple[dict[str, bytes], bool]:
    """The archive's entries, decrypting first when the file is encrypted."""
    encrypted = is_encrypted(data)
    if encrypted:
        if passphrase_for is None:
            raise refuse(file_name, _("the file is encrypted and no passphrase was given."))
        data = decrypt(data, passphrase_for(_("the file is encrypted")), file_name)
    return read_zip(data, file_name, LIMITS), encrypted


LIMITS: Limits = DEFAULT_LIMITS


def read_file(
    data: bytes, file_name: str, key_for: KeyFor, passphrase_for: PassphraseFor | None = None
) -> RosterPackage:
    entries, encrypted = open_container(data, file_name, passphrase_for)
    if fmt.MANIFEST_FILE not in entries:
        raise not_a_roster_zip(ZipContents(tuple(entries), None), file_name)
    manifest = read_manifest(entries[fmt.MANIFEST_FILE], file_name)
    verify(manifest, key_for(manifest.organization_id, manifest.organization_name), file_name)
    warnings = _check_checksums(manifest, entries, file_name)
    tables = _read_tables(manifest, entries, file_name, warnings)
    decoded = Decoded()
    check_keys(tables, decoded)
    _raise_problems(file_name, decoded.problems)
    decoded = decode(tables, manifest.organization_id)
    _raise_problems(file_name, decoded.problems)
    return RosterPackage(manifest, dict(decoded.items), warnings + decoded.warnings, encrypted)


def _raise_problems(file_name: str, problems: list[Problem]) -> None:
    if problems:
        raise RosterFileError(file_name, problems)


def _check_checksums(manifest: Manifest, entries: dict[str, bytes], file_name: str) -> list[str]:
    for name, digest in manifest.checksums.items():
        if name not in entries:
            raise refuse(
                file_name,
                _("the manifest lists “{name}”, which the archive does not hold.").format(
                    name=name
                ),
            )
        if sha256(entries[name]) != digest.lower():
            raise refuse(
                file_name,
                _(
                    "the checksum of “{name}” does not match the manifest: the file was "
                    "changed or damaged after it was made. Ask the sender for it again."
                ).format(name=name),
                table=name,
            )
    unsigned = sorted(set(entries) - set(manifest.checksums) - {fmt.MANIFEST_FILE})
    return [
        _("“{name}” is not covered by the signature and was ignored.").format(name=name)
        for name in unsigned
    ]


def _read_tables(
    manifest: Manifest, entries: dict[str, bytes], file_name: str, warnings: list[str]
) -> dict[str, list[Row]]:
    if fmt.DATAPACKAGE_FILE not in manifest.checksums:
        raise refuse(file_name, _("the manifest does not cover datapackage.json."))
    try:
        package = json.loads(entries[fmt.DATAPACKAGE_FILE].decode("utf-8"))
        resources = {r["name"]: r["path"] for r in package["resources"]}
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise refuse(
            file_name,
            _("datapackage.json cannot be read ({details}).").format(details=str(error)),
            table=fmt.DATAPACKAGE_FILE,
        ) from None
    for name in sorted(set(resources) - set(fmt.TABLES_BY_NAME)):
        warnings.append(
            _("The table “{name}” is not part of format version 1 and was ignored.").format(
                name=name
            )
        )
    decoded = Decoded()
    tables: dict[str, list[Row]] = {}
    for table in fmt.TABLES:
        path = resources.get(table.name)
        if path is None or path not in entries or path not in manifest.checksums:
            raise refuse(
                file_name,
                _(
                    "the table “{name}” is missing ({path}). Every roster file holds "
                    "all seven tables, empty ones included."
                ).format(name=table.name, path=table.path),
                table=table.name,
            )
        tables[table.name] = _read_table(table, entries[path], file_name, decoded, warnings)
        expected = manifest.counts.get(table.name)
        if expected is not None and expected != len(tables[table.name]) and not decoded.problems:
            decoded.problems.append(
                Problem(
                    _("the manifest counts {expected} rows, the table holds {found}.").format(
                        expected=expected, found=len(tables[table.name])
                    ),
                    table.name,
                )
            )
    _raise_problems(file_name, decoded.problems)
    return tables


def _records(
    reader: Iterator[list[str]], lines: Callable[[], int]
) -> Iterator[tuple[int, list[str]]]:
    start = lines() + 1
    for cells in reader:
        if cells:  # csv gives [] for a blank line
            yield start, cells
        start = lines() + 1


def _read_table(
    table: fmt.Table, data: bytes, file_name: str, out: Decoded, warnings: list[str]
) -> list[Row]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise refuse(
            file_name,
            _(
                "the table is not UTF-8 text (byte {byte}); a spreadsheet may have saved "
                "it in another encoding."
            ).format(byte=error.start),
            table=table.name,
            line=line,
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise refuse(
            file_name, _("the table is empty: it has no header row."), table=table.name
        ) from None
    except csv.Error as error:
        raise refuse(
            file_name,
            _("the header cannot be read ({details}).").format(details=str(error)),
            table=table.name,
            line=1,
        ) from None
    missing = [name for name in table.field_names if name not in header]
    if missing:
        raise refuse(
            file_name,
            _("the table lacks the column(s) {columns}.").format(columns=", ".join(missing)),
            table=table.name,
            line=1,
        )
    unknown = [name for name in header if name not in table.field_names]
    if unknown:
        warnings.append(
            _(
                "The column(s) {columns} of {table} are not part of format "
                "version 1 and were ignored."
            ).format(columns=", ".join(unknown), table=table.name)
        )
    try:
        return parse_rows(table, header, _records(reader, lambda: reader.line_num), out)
    except csv.Error as error:
        raise refuse(
            file_name,
            _("the CSV is malformed ({details}).").format(details=str(error)),
            table=table.name,
            line=reader.line_num,
        ) from None
