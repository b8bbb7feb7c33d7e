"""Tables of thousands of rows (the member directory of a large organization) are laid out
a page at a time: every row printed once, in order, under the header row on every page, with
what comes before and after the table in its place."""

from __future__ import annotations

import re
from pathlib import Path

from report_pdf_tools import pdf_pages

from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.render import flow
from scdesk.reports.render.blocks import Heading, Paragraph, ReportLayout, TableBlock
from scdesk.reports.render.pdf import write_pdf

HEADER = re.compile(r"Member\s+Email\s+Committee")
ROW = re.compile(r"Member (\d{5})\s")


def report(rows: int) -> ReportLayout:
    table = TableBlock(
        ("Member", "Email", "Committee"),
        [(f"Member {n:05d}", f"member{n}@example.org", "Youth") for n in range(rows)],
        total=("Everyone", "", f"{rows} members"),
    )
    return ReportLayout(
        title="Directory",
        subtitle="",
        organization=OrganizationHeading("Springfield", ""),
        prepared_on="Today",
        blocks=[Paragraph("Before the table."), table, Heading("After"), Paragraph("The end.")],
    )


def rows_by_page(path: Path) -> list[list[int]]:
    return [[int(n) for n in ROW.findall(page)] for page in pdf_pages(path)]


def test_thousands_of_rows_fill_pages_in_order_under_a_repeated_header(english, tmp_path):
    (path,) = write_pdf(report(3000), tmp_path / "long.pdf")
    pages = pdf_pages(path)
    rows = rows_by_page(path)
    assert [n for page in rows for n in page] == list(range(3000))  # each once, in order
    full = [len(page) for page in rows[1:-1]]
    assert len(set(full)) == 1 and full[0] > 20  # every page in between is filled alike
    assert len(pages) == 1 + -(-(3000 - len(rows[0])) // full[0])
    assert all(HEADER.search(page) for page in pages)
    assert "Before the table." in pages[0]
    last = " ".join(pages[-1].split())
    assert "Everyone 3000 members After The end." in last
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))


def test_a_long_table_is_paged_as_one_laid_out_whole_would_be(english, tmp_path, monkeypatch):
    (paged,) = write_pdf(report(400), tmp_path / "paged.pdf")
    monkeypatch.setattr(flow, "LONG_TABLE_ROWS", 10_000)
    (whole,) = write_pdf(report(400), tmp_path / "whole.pdf")
    assert rows_by_page(paged) == rows_by_page(whole)


def test_a_long_table_cut_at_the_foot_of_a_page_repeats_no_header_over_what_follows(
    english, tmp_path
):
    """Its last row, taller than a page, is cut at the page foot: the next page starts with
    the heading that follows the table, not with a header row that has no rows under it."""
    tall = "\n".join(f"Committee {n}" for n in range(120))
    rows = [(f"Member {n:05d}", f"member{n}@example.org", "Youth") for n in range(300)]
    table = TableBlock(("Member", "Email", "Committee"), [*rows, ("Member 00300", "", tall)])
    layout = ReportLayout(
        title="Directory",
        subtitle="",
        organization=OrganizationHeading("Springfield", ""),
        prepared_on="Today",
        blocks=[table, Heading("After"), Paragraph("The end.")],
    )
    (path,) = write_pdf(layout, tmp_path / "cut.pdf")
    pages = pdf_pages(path)
    assert [n for page in rows_by_page(path) for n in page] == list(range(301))
    assert "Committee 0" in pages[-2] and "Committee 119" not in pages[-2]  # cut at the foot
    assert "After" in pages[-1] and "The end." in pages[-1]
    assert not HEADER.search(pages[-1])
    assert all(ROW.search(page) for page in pages if HEADER.search(page))
