"""Files are read whatever their encoding, separator and kind; bad ones change nothing."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import openpyxl
import pytest

from scdesk.cli.roster_contacts import EXIT_INVALID_FILE, run_contacts_import
from scdesk.interchange.contacts import sources, xlsx_reading
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.contacts.sources import FileKind, UnreadableFile
from tests.contacts.conftest import database_digest, import_args

ROSTER = (
    "Last Name;First Name;Email;Notes\n"
    "Núñez;José;jose.nunez@example.org;Speaks Spanish\n"
    "Müller;Zoë;zoe.mueller@example.org;\n"
    "Garçon;Françoise;f.garcon@example.org;Ancien maire adjoint\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom", "shown"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("cp1252", b"", "Windows-1252 (Western European)"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 (big-endian)"),
        ("utf-16-le", b"", "UTF-16"),
    ],
)
def test_each_common_encoding_is_detected_and_names_read_intact(
    tmp_path: Path, encoding: str, bom: bytes, shown: str
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(bom + ROSTER.replace("\n", "\r\n").encode(encoding))

    table = read_contacts_file(path)

    assert table.encoding == shown
    assert table.headers == ("Last Name", "First Name", "Email", "Notes")
    assert [row.cells[:2] for row in table.rows] == [
        ("Núñez", "José"),
        ("Müller", "Zoë"),
        ("Garçon", "Françoise"),
    ]


def test_central_european_windows_text_is_not_mistaken_for_western(tmp_path: Path) -> None:
    path = tmp_path / "polish.csv"
    text = "Nazwisko;Imię\nWiśniewski;Łukasz\nŻółkiewska;Gęślą\nKowalczyk;Świętosław\n"
    path.write_bytes(text.encode("cp1250"))

    table = read_contacts_file(path)

    assert table.rows[0].cells == ("Wiśniewski", "Łukasz")


def test_a_chosen_encoding_overrides_the_detected_one(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("Name,City\nZoë Müller,Köln\n".encode("latin-1"))

    assert read_contacts_file(path, encoding="cp1252").rows[0].cells == ("Zoë Müller", "Köln")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_separator_is_detected_even_with_separators_inside_quoted_notes(
    tmp_path: Path, delimiter: str
) -> None:
    path = tmp_path / "roster.txt"
    rows = [
        ["Name", "Email", "Notes"],
        ["Ben Okafor", "ben.okafor@example.org", '"Host family, 2 rooms; a dog | a cat"'],
        ["Zoë Müller", "zoe.mueller@example.org", '"Photos,\tvideo"'],
    ]
    path.write_text("\n".join(delimiter.join(row) for row in rows) + "\n", encoding="utf-8")

    table = read_contacts_file(path)

    assert table.delimiter == delimiter
    assert table.rows[0].cells == (
        "Ben Okafor",
        "ben.okafor@example.org",
        "Host family, 2 rooms; a dog | a cat",
    )


def test_the_kind_of_file_comes_from_its_content_not_its_name(
    tmp_path: Path, shared_data: Path
) -> None:
    vcard = tmp_path / "people.csv"
    vcard.write_bytes((shared_data / "contacts-apple.vcf").read_bytes())
    workbook = tmp_path / "people.txt"
    workbook.write_bytes((shared_data / "volunteers-workbook.xlsx").read_bytes())

    assert read_contacts_file(vcard).kind == FileKind.VCARD
    assert read_contacts_file(workbook).kind == FileKind.XLSX


def test_multi_line_quoted_cells_keep_the_line_each_record_starts_on(shared_data: Path) -> None:
    table = read_contacts_file(shared_data / "contacts-google.csv")

    assert [row.line for row in table.rows] == [2, 5, 6, 8]


def test_a_vcard_4_with_uri_phones_and_type_lists_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kwame Asante\r\nN:Asante;Kwame;;;\r\n"
        'TEL;VALUE=uri;TYPE="work,voice":tel:+1-217-555-0134\r\n'
        "EMAIL;PREF=1:kwame@example.org\r\nEMAIL;TYPE=home:k.asante@example.net\r\n"
        "NOTE:Semicolons\\; commas\\, and a backslash \\\\ stay\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )

    table = read_contacts_file(path)
    values = dict(zip(table.headers, table.rows[0].cells, strict=True))

    assert values["Phone 1 - Value"] == "+1-217-555-0134"
    assert values["Phone 1 - Label"] == "Work"
    assert values["E-mail 1 - Value"] == "kwame@example.org"
    assert values["E-mail 2 - Label"] == "Home"
    assert values["Notes"] == "Semicolons; commas, and a backslash \\ stay"


def test_a_vcard_2_1_quoted_printable_note_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Gro=C3=9Fe =\r\nFamilie\r\nEND:VCARD\r\n",
        encoding="ascii",
    )

    table = read_contacts_file(path)
    values = dict(zip(table.headers, table.rows[0].cells, strict=True))

    assert (values["First Name"], values["Last Name"]) == ("Zoë", "Müller")
    assert values["Notes"] == "Große Familie"


def _truncated_workbook(tmp_path: Path, shared_data: Path) -> Path:
    data = (shared_data / "volunteers-workbook.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    return path


BAD_FILES = {
    "empty": (lambda tmp, data: _write(tmp / "empty.csv", b""), "the file is empty"),
    "blank": (lambda tmp, data: _write(tmp / "blank.csv", b"\r\n  \r\n"), "the file is empty"),
    "truncated workbook": (_truncated_workbook, "the workbook is damaged or incomplete"),
    "zip that is no workbook": (
        lambda tmp, data: _zip(tmp / "other.xlsx", {"word/document.xml": "<w/>"}),
        "this zip file is not an Excel workbook",
    ),
    "zip bomb": (lambda tmp, data: _zip_bomb(tmp), "the workbook unpacks to more than"),
    "invalid bytes after a UTF-8 mark": (
        lambda tmp, data: _write(tmp / "bad.csv", codecs.BOM_UTF8 + b"Name\nBen\nZo\xeb\n"),
        "line 3: this is not valid UTF-8 text",
    ),
    "vcard without END": (
        lambda tmp, data: _write(tmp / "cut.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\n"),
        "line 1: the card that begins on line 1 has no END:VCARD",
    ),
    "old xls": (
        lambda tmp, data: _write(
            tmp / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
        ),
        "this is an old Excel (.xls)",
    ),
    "binary": (
        lambda tmp, data: _write(tmp / "photo.csv", b"Name\n\x89PNG\x00\x00\x00\rIHDR\x00"),
        "line 2: this is not a text file",
    ),
    "broken quoting": (
        lambda tmp, data: _write(
            tmp / "nul.csv", b"Name,Email\nBen,ben@example.org\n" + b'"' + b"x" * 120_000 + b'"\n'
        ),
        "the text cannot be split into cells",
    ),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, entries: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_gets_a_clear_message_and_leaves_the_database_byte_identical(
    case: str,
    tmp_path: Path,
    shared_data: Path,
    springfield: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(xlsx_reading, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)  # a small bomb
    make, expected = BAD_FILES[case]
    path = make(tmp_path, shared_data)
    before = database_digest()

    code = run_contacts_import(import_args(path))

    assert code == EXIT_INVALID_FILE
    error = capsys.readouterr().err
    assert str(path) in error
    assert expected in error
    assert database_digest() == before


def test_a_file_beyond_the_size_bound_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr("scdesk.interchange.contacts.reading.MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.csv"
    path.write_text("Name\n" + "Ben Okafor\n" * 200, encoding="utf-8")

    with pytest.raises(UnreadableFile, match="scdesk imports files up to"):
        read_contacts_file(path)


def test_more_rows_than_the_bound_names_the_first_row_beyond_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scdesk.interchange.contacts.csv_reading.MAX_ROWS", 3)
    path = tmp_path / "long.csv"
    path.write_text("Name\n" + "".join(f"Person {n}\n" for n in range(5)), encoding="utf-8")

    with pytest.raises(UnreadableFile) as raised:
        read_contacts_file(path)

    assert raised.value.line == 5
    assert "more than 3 rows" in raised.value.message


def test_a_formula_in_a_person_row_reads_its_saved_result_and_one_without_is_reported(
    tmp_path: Path,
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Email", "Phone"])
    sheet.append(["Okafor, Ben", "ben.okafor@example.org", '=CONCAT("217 ","555 0106")'])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)

    table = read_contacts_file(path)

    assert table.rows[0].cells == ("Okafor, Ben", "ben.okafor@example.org", None)
    assert [(n.line, n.column) for n in table.notices] == [(2, "Phone")]
    assert "formula whose result was never saved" in table.notices[0].message
