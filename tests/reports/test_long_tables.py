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
