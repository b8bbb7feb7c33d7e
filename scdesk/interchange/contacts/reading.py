"""Open a file of people, whatever it is: the kind is told by its content, not its name."""

from __future__ import annotations

from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.csv_reading import read_csv
from scdesk.interchange.contacts.sources import (
    MAX_FILE_BYTES,
    FileKind,
    SourceTable,
    UnreadableFile,
)
from scdesk.interchange.contacts.text_decoding import decode_text
from scdesk.interchange.contacts.vcard_reading import read_vcard
from scdesk.interchange.contacts.xlsx_reading import read_xlsx

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the old Office formats
SAVE_AS = _("Save it as .xlsx or CSV from the program that made it, and import that.")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path,
                _(
                    "the file is {size} MB; scdesk imports files up to {most} MB. "
                    "Split it and import each part."
                ).format(size=f"{size / 2**20:.0f}", most=MAX_FILE_BYTES // 2**20),
            )
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            path, _("the file cannot be read ({reason}).").format(reason=error.strerror)
        ) from error


def detect_kind(path: Path, head: bytes) -> FileKind:
    """XLSX is a zip, vCard text begins with BEGIN:VCARD; any other text is taken as CSV."""
    if head.startswith(ZIP_MAGIC):
        return FileKind.XLSX
    if head.startswith(OLE_MAGIC):
        raise UnreadableFile(
            path, _("this is an old Excel (.xls) or Office file. {advice}").format(advice=SAVE_AS)
        )
    if head.startswith(b"%PDF"):
        raise UnreadableFile(
            path,
            _("this is a PDF document, not a list of people. {advice}").format(advice=SAVE_AS),
        )
    return FileKind.CSV  # refined to vCard once the text is decoded


def read_contacts_file(path: Path, encoding: str | None = None) -> SourceTable:
    """Read `path` into a table; UnreadableFile says why a file cannot be imported at all.

    `encoding` overrides the detected encoding of a text file (a person may know better).
    """
    data = _read_bytes(path)
    if not data.strip():
        raise UnreadableFile(path, _("the file is empty. Choose the file with the people."))
    if detect_kind(path, data[:16]) is FileKind.XLSX:
        return read_xlsx(path)
    decoded = decode_text(path, data, encoding)
    if decoded.text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD"):
        return read_vcard(path, decoded)
    return read_csv(path, decoded)
