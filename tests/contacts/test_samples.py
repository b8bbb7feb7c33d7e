"""Each sample that real tools write imports with the right people, fields and problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from scdesk.interchange.contacts.preview import EntryKind
from scdesk.interchange.contacts.problems import Severity
from scdesk.model import Committee, CommitteeKind, ContactDetail, Membership, Person, Post
from scdesk.storage.organization_files import OpenOrganization
from tests.contacts.conftest import import_file, person_by_email, preview_file


def _problems(preview, line: int) -> list[str]:
    return [
        f"{p.severity.value}: {p.column}: {p.message}" for p in preview.problems if p.line == line
    ]


def _posts(session, person: Person) -> set[tuple[str, Post]]:
    rows = session.execute(
        select(Committee.name, Membership.post)
        .join(Committee, Membership.committee_id == Committee.id)
        .where(Membership.person_id == person.id)
    )
    return {(name, post) for name, post in rows}


def test_excel_semicolon_roster_in_cp1252_imports_every_person_with_posts(
    org: OpenOrganization, shared_data: Path
) -> None:
    preview, result = import_file(org, shared_data / "roster-excel-semicolon-cp1252.csv")

    assert preview.table.encoding == "Windows-1252 (Western European)"
    assert preview.table.delimiter == ";"
    assert (result.added, result.committees_added, result.posts_added) == (7, 3, 8)
    with org.database.session() as session:
        jose = person_by_email(session, "jose.nunez@example.org")
        assert (jose.given_name, jose.family_name) == ("José", "Núñez")
        assert jose.member_since == date(2011, 3, 14)
        assert jose.notes == "Speaks Spanish; hosts students"
        assert _posts(session, jose) == {("Guadalajara Committee", Post.CHAIR)}
        soren = person_by_email(session, "soren.dahl@example.org")
        assert soren.email == "soren.dahl@example.org"  # written in capitals: lowered
        assert soren.notes == "Prefers phone"
        assert _posts(session, soren) == {
            ("Youth Exchange", Post.TREASURER),
            ("Guadalajara Committee", Post.MEMBER),
        }
        max_ = person_by_email(session, "max.vw@example.org")
        assert max_.family_name == "von Wedel-Sträßer"
        assert max_.member_since == date(2020, 1, 5)  # 01/05/2020 read the US way
        amelia = person_by_email(session, "amelia.obrien@example.org")
        assert amelia.notes == '=HYPERLINK("http://evil.example","click")'
        kinds = {
            name: kind for name, kind in session.execute(select(Committee.name, Committee.kind))
        }
        assert kinds == {
            "Guadalajara Committee": CommitteeKind.OTHER_STANDING,
            "Youth Exchange": CommitteeKind.YOUTH,
            "Board": CommitteeKind.BOARD,
        }
    assert _problems(preview, 6) == [
        'warning: Notes: “=HYPERLINK("http://evil.example","click…” looks like a spreadsheet '
        "formula. It is kept as plain text, and scdesk's spreadsheet exports show it as text, "
        "never run it."
    ]
    assert _problems(preview, 8)[0] == (
        "note: : the same person as line 4 (Søren Dahl); the rows were combined."
    )
    assert "“duplicate of row 3 with other case” differs from line 4" in _problems(preview, 8)[1]
    assert _problems(preview, 9) == ["note: : blank line, skipped."]
    assert _problems(preview, 10) == [
        "warning: Member Since: “01/05/2020” could be 5 January 2020 or 1 May 2020; read as "
        "5 January 2020 (month first)."
    ]


def test_google_contacts_export_keeps_addresses_labels_and_names_in_other_scripts(
    org: OpenOrganization, shared_data: Path
) -> None:
    preview, result = import_file(org, shared_data / "contacts-google.csv")

    assert preview.table.encoding == "UTF-8"
    assert result.added == 4
    assert result.details_added == 1
    with org.database.session() as session:
        keiko = person_by_email(session, "keiko.tanaka@example.org")
        assert (keiko.street, keiko.city, keiko.region) == ("1-1 Honmachi", "Ichinomiya", "Aichi")
        assert (keiko.postal_code, keiko.country) == ("491-8501", "JP")
        assert keiko.notes == "Met at 2019 delegation"
        lukasz = person_by_email(session, "lukasz.w@example.org")
        assert (lukasz.given_name, lukasz.family_name) == ("Łukasz", "Wiśniewski")
        work = session.scalars(select(ContactDetail).where(ContactDetail.person_id == lukasz.id))
        assert [(d.kind, d.label, d.value) for d in work] == [
            ("email", "Work", "l.wisniewski@example.com")
        ]
        lan = person_by_email(session, "lan.nguyen@example.org")
        assert (lan.given_name, lan.family_name) == ("Nguyễn", "Thị Lan")  # as the file has it
        assert lan.notes == 'Host family 2023; "great cook"'
        assert (lan.street, lan.country) == ("12 Elm St", "US")
        amelia = person_by_email(session, "amelia.obrien@example.org")
        assert amelia.email == "Amelia.OBrien@example.org"
    assert [p.line for p in preview.problems] == []


def test_google_contact_whose_email_differs_in_case_matches_the_person_from_the_roster(
    org: OpenOrganization, shared_data: Path
) -> None:
    import_file(org, shared_data / "roster-excel-semicolon-cp1252.csv")

    preview = preview_file(org, shared_data / "contacts-google.csv")

    amelia = next(e for e in preview.entries if e.row.name == "Amelia O'Brien")
    assert amelia.kind == EntryKind.UNCHANGED
    assert [e.kind for e in preview.entries].count(EntryKind.ADDED) == 3


def test_apple_vcard_reads_groups_escapes_folded_lines_and_labels(
    org: OpenOrganization, shared_data: Path
) -> None:
    preview, result = import_file(org, shared_data / "contacts-apple.vcf")

    assert preview.table.kind == "vcard"
    assert result.added == 2
    with org.database.session() as session:
        ben = person_by_email(session, "ben.okafor@example.org")
        assert ben.notes == "Host family, 2 guest rooms\nAllergic to cats"
        assert ben.phone == "(217) 555-0106"
        assert (ben.street, ben.city, ben.region, ben.postal_code, ben.country) == (
            "742 Evergreen Terrace",
            "Springfield",
            "IL",
            "62704",
            "US",
        )
        lucia = person_by_email(session, "lucia.garcia@example.mx")
        assert (lucia.given_name, lucia.family_name) == ("Lucía", "García Márquez")
        assert lucia.notes.endswith("seventy-five octets as RFC 2425 says.")
        assert "goes on and on" in lucia.notes
    labels = dict(zip(preview.table.headers, preview.table.rows[0].cells, strict=True))
    assert labels["E-mail 1 - Label"] == "Other"  # Apple's _$!<Other>!$_
    assert labels["Phone 1 - Label"] == "Mobile"


def test_committee_workbook_skips_title_blank_and_total_rows_and_splits_last_first_names(
    org: OpenOrganization, shared_data: Path
) -> None:
    preview, result = import_file(org, shared_data / "volunteers-workbook.xlsx")

    assert preview.table.sheet == "Volunteers 2025"
    assert result.added == 3
    with org.database.session() as session:
        jose = person_by_email(session, "jose.nunez@example.org")
        assert (jose.given_name, jose.family_name) == ("José", "Núñez")
        assert jose.phone == "(217) 555-0101"  # stored as the number 2175550101
        assert jose.member_since == date(2011, 3, 14)
        assert _posts(session, jose) == {("Guadalajara", Post.MEMBER)}
        assert session.scalar(select(func.count(Person.id))) == 3
    notes = {(p.line, p.severity): p.message for p in preview.problems}
    assert notes[(1, Severity.NOTE)] == "this row above the column names (a title?) was not read."
    assert notes[(6, Severity.NOTE)] == "blank row, skipped."
    assert notes[(7, Severity.NOTE)] == "a total row (it holds a formula), not a person; skipped."
    assert "the sheet “Notes” was not read" in notes[(0, Severity.NOTE)]


def test_importing_every_sample_twice_changes_nothing_the_second_time(
    org: OpenOrganization, shared_data: Path
) -> None:
    samples = sorted(p for p in shared_data.iterdir() if p.suffix != ".md")
    for sample in samples:
        import_file(org, sample)
    with org.database.session() as session:
        people = session.scalar(select(func.count(Person.id)))
    for sample in samples:
        preview, result = import_file(org, sample)
        assert not result.changed_anything, sample.name
        assert {e.kind for e in preview.entries} == {EntryKind.UNCHANGED}, sample.name
    with org.database.session() as session:
        assert session.scalar(select(func.count(Person.id))) == people


def test_roles_without_a_committee_column_are_posts_of_the_organization_itself(
    org: OpenOrganization, tmp_path: Path
) -> None:
    """A sheet with a Role column and no Committee one (a fuzzed sample found it: the import
    stopped with an AttributeError in the one-chair rule)."""
    sheet = tmp_path / "officers.csv"
    sheet.write_text(
        "Name;Email;Role\nAda Lovelace;ada@example.org;Chair\nBen Okafor;ben@example.org;Member\n",
        "utf-8",
    )
    _preview, result = import_file(org, sheet)
    assert (result.added, result.posts_added) == (2, 1)  # a plain member holds no post
    with org.database.session() as session:
        ada = person_by_email(session, "ada@example.org")
        posts = session.execute(
            select(Membership.committee_id, Membership.post).where(Membership.person_id == ada.id)
        ).all()
    assert posts == [(None, Post.CHAIR)]
