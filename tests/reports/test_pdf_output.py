"""The PDFs themselves: their text read back with pdftotext, rendered with pdftoppm, fonts
and images listed with pdffonts and pdfimages."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from report_pdf_tools import pdf_pages, pdf_text
from sqlalchemy import text

from scdesk.model import HoursPurpose, Person, Post
from scdesk.operations.attachments import attach_file
from scdesk.operations.committees import appoint
from scdesk.operations.hours import log_hours
from scdesk.operations.organizations import current_profile
from scdesk.operations.partnerships import create_partnership
from scdesk.operations.records import create_record
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import ReportKind, ReportRequest, collect_figures
from scdesk.reports.render.blocks import Heading, Paragraph, ReportLayout, TableBlock
from scdesk.reports.render.pdf import write_pdf
from scdesk.reports.render.report import write_report_pdf
from scdesk.storage.organization_files import OpenOrganization


def write(org: OpenOrganization, request: ReportRequest, target: Path) -> Path:
    with org.database.session() as session:
        figures = collect_figures(session, request, org.folder.attachments)
    (path,) = write_report_pdf(figures, target)
    return path


def test_annual_pdf_shows_the_figures_counted_from_the_records(demo, english, tmp_path) -> None:
    with demo.database.session() as s:
        hours = s.execute(
            text(
                "SELECT sum(hours) FROM volunteer_hours WHERE deleted_at IS NULL "
                "AND worked_on BETWEEN '2025-01-01' AND '2025-12-31'"
            )
        ).scalar_one()
    path = write(demo, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    pages = pdf_pages(path)
    everything = "\n".join(pages)
    assert f"{hours:,.1f}" in everything  # e.g. 1,127.0, in US English
    assert "Annual report 2025" in pages[0] and "Springfield Sister Cities" in pages[0]
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert "Guadalajara, Mexico" in everything and "Exchanges" in everything


def test_a_year_without_activity_says_so_instead_of_drawing_empty_axes(org, english, tmp_path):
    path = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2031)), tmp_path / "e.pdf")
    words = " ".join(pdf_text(path).split())
    assert "No exchanges were recorded in 2031." in words
    assert "No volunteer hours were recorded in 2031." in words


def test_numbers_and_dates_follow_the_readers_locale(org, english, tmp_path) -> None:
    with org.database.transaction() as s:
        person = create_record(s, Person, {"given_name": "Greta", "family_name": "Lang"})
        for day in range(1, 31):
            for _ in range(4):
                log_hours(s, person.id, date(2025, 4, day), 10.0, HoursPurpose.OTHER)
        log_hours(s, person.id, date(2025, 5, 2), 20.0, HoursPurpose.OTHER)
        log_hours(s, person.id, date(2025, 5, 3), 14.5, HoursPurpose.OTHER)
    request = ReportRequest(ReportKind.HOURS, Period.year(2025))
    english_text = pdf_text(write(org, request, tmp_path / "en.pdf"))
    QLocale.setDefault(QLocale("de_DE"))
    german_text = pdf_text(write(org, request, tmp_path / "de.pdf"))
    assert "1,234.5" in english_text
    assert "1.234,5" in german_text and "1,234.5" not in german_text


def test_the_pdf_embeds_its_fonts_and_renders_page_images(seeded, org, english, tmp_path):
    path = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(re.search(r"\byes\b", row) for row in rows)
    assert any("DejaVuSans" in row for row in rows)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pdf_pages(path)) >= 3
    assert not QImage(str(images[1])).isNull()


def test_charts_are_drawn_as_vectors_not_pasted_as_pictures(seeded, org, english, tmp_path):
    path = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    assert len(listing.stdout.splitlines()) == 2  # the column headings only: no images


def test_the_logo_attached_to_the_profile_is_on_the_title_page(org, english, tmp_path) -> None:
    logo = QImage(40, 40, QImage.Format.Format_RGB32)
    logo.fill(QColor("darkgreen"))
    logo.save(str(tmp_path / "logo.png"))
    with org.database.transaction() as s:
        attach_file(s, org.folder.attachments, current_profile(s), tmp_path / "logo.png", "Logo")
    path = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    listing = subprocess.run(
        ["pdfimages", "-f", "1", "-l", "1", "-list", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(listing.stdout.splitlines()) == 3  # headings, rule, the logo


def test_long_tables_repeat_their_header_row_on_every_page(org, english, tmp_path) -> None:
    with org.database.transaction() as s:
        for number in range(130):
            person = create_record(
                s, Person, {"given_name": "Volunteer", "family_name": f"Number {number:03d}"}
            )
            log_hours(s, person.id, date(2025, 2, 3), 1.5, HoursPurpose.OTHER)
    path = write(org, ReportRequest(ReportKind.HOURS, Period.year(2025)), tmp_path / "h.pdf")
    pages = pdf_pages(path)
    table_pages = [p for p in pages if "Number 0" in p]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert re.search(r"Person\s+Entries\s+Hours\s+Approved hours", page)


def test_trip_sheet_is_marked_confidential_on_every_page(seeded, org, english, tmp_path) -> None:
    path = write(
        org, ReportRequest(ReportKind.TRIP, exchange_id=seeded.exchange), tmp_path / "t.pdf"
    )
    pages = pdf_pages(path)
    assert pages and all("CONFIDENTIAL" in page for page in pages)
    everything = "\n".join(pages)
    for expected in ("Luc Martin", "Brother", "+33 4 72 10 30 30", "Welcome dinner", "Dan Host"):
        assert expected in everything
    assert "None recorded" in everything  # Ann gave no emergency contact: the sheet says so


def test_japanese_korean_and_ukrainian_names_print_in_embedded_fonts_not_boxes(
    org, english, tmp_path
) -> None:
    with org.database.transaction() as s:
        for city, country in (("東京", "JP"), ("서울", "KR"), ("Київ", "UA")):
            create_partnership(
                s, {"partner_city": city, "partner_country": country}, on=date(2024, 5, 1)
            )
        create_record(
            s, Person, {"given_name": "宏", "family_name": "渡辺", "consent_directory": True}
        )
    annual = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    directory = write(org, ReportRequest(ReportKind.DIRECTORY), tmp_path / "d.pdf")
    # A glyph no font has is drawn as a box and has no text behind it: pdftotext drops it.
    assert all(city in pdf_text(annual) for city in ("東京", "서울", "Київ"))
    assert "渡辺" in pdf_text(directory)
    fonts = subprocess.run(["pdffonts", str(annual)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert any("NotoSansCJKReportSubset" in row for row in rows)
    assert all(re.search(r"\byes\b", row) for row in rows)  # embedded, every one


def test_each_partnership_section_of_the_annual_report_stays_on_one_page(
    org, english, tmp_path
) -> None:
    with org.database.transaction() as s:
        for number in range(1, 31):
            create_partnership(
                s, {"partner_city": f"Town {number}", "partner_country": "FR"}, on=date(2024, 1, 1)
            )
    path = write(org, ReportRequest(ReportKind.ANNUAL, Period.year(2025)), tmp_path / "a.pdf")
    pages = pdf_pages(path)
    first = next(n for n, page in enumerate(pages) if "The partnerships one by one" in page)
    figures_header = re.compile(r"Exchanges\s+Participants\s+Host nights\s+Volunteer hours")
    sections = [
        (len(re.findall(r"^\s*Kind\s", page, re.M)), len(figures_header.findall(page)))
        for page in pages[first:]
    ]
    assert sections[0][0] >= 1  # the heading does not stand alone at the foot of a page
    assert all(facts == figures for facts, figures in sections)  # never split
    assert sum(facts for facts, _figures in sections) == 30
    assert all(facts >= 3 for facts, _figures in sections[:-1])  # pages are not left empty


def test_a_table_that_ends_at_the_foot_of_a_page_repeats_no_header_over_the_next_heading(
    english, tmp_path
) -> None:
    """A short table pushed down line by line: once it ends right at the foot of a page,
    Qt drew its header row again on the next page, over the heading that follows."""
    spilled = 0
    for lines_above in range(60):
        layout = ReportLayout(
            title="Tables",
            subtitle="",
            organization=OrganizationHeading("Springfield", ""),
            prepared_on="",
            blocks=[
                *(Paragraph(f"Line {n}.") for n in range(lines_above)),
                TableBlock(("Name", "Value"), [(f"Row {n}", str(n)) for n in range(12)]),
                Heading("After the table"),
                Paragraph("Text after the table."),
            ],
        )
        (path,) = write_pdf(layout, tmp_path / f"{lines_above}.pdf")
        pages = pdf_pages(path)
        heading = next(n for n, page in enumerate(pages) if "After the table" in page)
        if all("Row " not in page for page in pages[heading:]):
            spilled += heading > 0 and "Row 11" in pages[heading - 1]
            assert not re.search(r"Name\s+Value", pages[heading]), lines_above
    assert spilled  # some of these tables did end at the foot of a page


def test_the_directory_leaves_out_people_who_did_not_consent(seeded, org, english, tmp_path):
    path = write(org, ReportRequest(ReportKind.DIRECTORY, on=date(2025, 1, 1)), tmp_path / "d.pdf")
    listed = pdf_text(path)
    assert "Ann Archer" in listed and "Chair, Lyon Committee" in listed
    assert "Bob Baker" not in listed and "Cléo Martin" not in listed


def test_a_large_committee_lists_its_officers_and_counts_its_members(
    seeded, org, english, tmp_path
) -> None:
    with org.database.transaction() as s:
        for number in range(25):
            person = create_record(
                s, Person, {"given_name": "Member", "family_name": f"Number {number:02d}"}
            )
            appoint(s, person.id, seeded.committee, Post.MEMBER, date(2024, 1, 1))
    request = ReportRequest(ReportKind.PARTNERSHIP, Period.year(2025), seeded.partnership)
    words = " ".join(pdf_text(write(org, request, tmp_path / "p.pdf")).split())
    assert "Ann Archer Chair" in words
    assert "Member Number" not in words
    assert "25 members besides the officers" in words
