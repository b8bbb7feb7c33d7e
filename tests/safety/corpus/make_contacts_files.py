"""Regenerate the malformed spreadsheets and address books of the bad-input corpus.

    uv run python tests/safety/corpus/make_contacts_files.py

Each is a file a person might pick in the contacts import: a spreadsheet saved wrongly, an
address book export cut off, a file of another kind with a familiar name.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
SHARED = HERE.parents[3] / "shared" / "data"  # the sample files real tools write


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def main() -> None:
    files: dict[str, bytes] = {
        "empty.csv": b"",
        "only-blank-lines.csv": b"\r\n\r\n   \r\n\t\r\n",
        "binary-data-named-csv.csv": b"Name,Email\r\nZo\x00\x00\x01\x02\x03 binary\r\n",
        "old-excel-file.csv": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "pdf-named-csv.csv": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n",
        "too-many-columns.csv": (",".join(f"Column {n}" for n in range(600)) + "\r\n").encode(),
        "quote-never-closed.csv": b'Name,Notes\r\nZoe,"' + b"a very long note " * 9000,
        "declared-utf16-but-odd-bytes.csv": b"\xff\xfeN\x00a\x00m\x00e\x00\n",
        "card-cut-off.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zo\xc3\xab M\xc3\xbcller\r\n",
        "card-inside-card.vcf": (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kofi\r\nEND:VCARD\r\n"
        ),
        "end-without-begin.vcf": (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoe\r\nEND:VCARD\r\nEND:VCARD\r\n"
        ),
        "zip-that-is-no-workbook.xlsx": zip_bytes({"photos/zoe.jpg": b"\xff\xd8\xff" * 50}),
        "workbook-without-sheets.xlsx": zip_bytes(
            {"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}
        ),
    }
    workbook = (SHARED / "volunteers-workbook.xlsx").read_bytes()
    files["workbook-cut-in-half.xlsx"] = workbook[: len(workbook) // 2]
    damaged = bytearray(workbook)
    middle = len(damaged) // 3
    damaged[middle : middle + 40] = b"\x00" * 40
    files["workbook-with-a-damaged-part.xlsx"] = bytes(damaged)
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
