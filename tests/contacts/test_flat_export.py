"""The flat CSV and vCard 4.0 exports: readable by spreadsheets and address books, safe,
and read back by scdesk's own import without a change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject
from sqlalchemy import func, select

from scdesk.interchange.contacts.preview import EntryKind
from scdesk.interchange.flat import export_flat
from scdesk.interchange.flat.cells import neutralize_cell, restore_cell
from scdesk.interchange.flat.vcard_export import fold
from scdesk.model import Person
from scdesk.operations.demo_organization import create_demo_organization
from scdesk.operations.organizations import open_organization
from scdesk.storage.organization_files import OpenOrganization
from tests.contacts.conftest import import_file, preview_file


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The small demo's flat CSV and vCard, made once for this module."""
    folder = tmp_path_factory.mktemp("exports")
    mp = pytest.MonkeyPatch()
    mp.setenv("SCDESK_HOME", str(folder / "home"))
    try:
        entry = create_demo_organization("small")
        with open_organization(entry.slug) as org:
            export_flat(org, "csv", folder / "people.csv")
            export_flat(org, "vcard", folder / "people.vcf")
            with org.database.session() as session:
                count = session.scalar(
                    select(func.count(Person.id)).where(Person.deleted_at.is_(None))
                )
    finally:
        mp.undo()
    return {"csv": folder / "people.csv", "vcard": folder / "people.vcf", "count": count}


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+1 217 555 0101", "'+1 217 555 0101"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Host family, 2 rooms", "Host family, 2 rooms"),
        ("", ""),
    ],
)
def test_cells_that_would_run_as_formulas_are_neutralized(value: str, shown: str) -> None:
    assert neutralize_cell(value) == shown
    assert restore_cell(neutralize_cell(value)) == value


def test_flat_csv_is_utf8_with_bom_one_row_per_person_and_post(demo_exports: dict) -> None:
    raw = demo_exports["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))

    soren = [r for r in rows if r["Email"] == "soren.dahl@example.org"]
    assert {(r["Committee"], r["Post"]) for r in soren} >= {
        ("Youth Exchange", "treasurer"),
        ("Guadalajara Committee", "member"),
    }
    assert {r["Given name"] for r in soren} == {"Søren"}
    people = {(r["Given name"], r["Family name"], r["Email"]) for r in rows}
    assert len(people) == demo_exports["count"]
    assert all(not r[h].startswith(("=", "+", "-", "@")) for r in rows for h in r)
    jose = next(r for r in rows if r["Email"] == "jose.nunez@example.org")
    assert jose["Phone"] == "'+1 217 555 0101"


def test_flat_csv_imported_into_an_empty_organization_gives_the_same_people(
    org: OpenOrganization, demo_exports: dict
) -> None:
    preview, result = import_file(org, demo_exports["csv"])

    assert result.added == demo_exports["count"]
    assert [p for p in preview.problems if p.severity != "note"] == []
    with org.database.session() as session:
        jose = session.scalars(select(Person).where(Person.email == "jose.nunez@example.org")).one()
        assert (jose.given_name, jose.family_name, jose.phone) == (
            "José",
            "Núñez",
            "+1 217 555 0101",
        )
        assert jose.languages == "English, Spanish"


def test_flat_csv_read_back_into_its_own_organization_changes_nothing(
    demo_exports: dict, tmp_path: Path
) -> None:
    entry = create_demo_organization("small")
    with open_organization(entry.slug) as org:
        preview = preview_file(org, demo_exports["csv"])
        vcard_preview = preview_file(org, demo_exports["vcard"])

    assert {e.kind for e in preview.entries} == {EntryKind.UNCHANGED}
    assert preview.committees == []
    assert {e.kind for e in vcard_preview.entries} == {EntryKind.UNCHANGED}


def test_vcard_export_is_valid_vcard_4_that_another_parser_reads(demo_exports: dict) -> None:
    text = demo_exports["vcard"].read_bytes().decode("utf-8")
    cards = list(vobject.readComponents(text))

    assert len(cards) == demo_exports["count"]
    assert {card.version.value for card in cards} == {"4.0"}
    ben = next(c for c in cards if c.fn.value == "Ben Okafor")
    assert ben.n.value.family == "Okafor"
    assert ben.email.value == "ben.okafor@example.org"
    assert ben.tel.value == "tel:+1-217-555-0106"
    assert ben.note.value == "Host family, 2 guest rooms. Allergic to cats."
    assert ben.adr.value.street == "742 Evergreen Terrace"
    assert ben.uid.value.startswith("urn:uuid:")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_folding_never_splits_a_character_and_unfolds_to_the_original() -> None:
    line = "NOTE:" + "Ünïcödé ✓ " * 30

    folded = fold(line)

    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
