"""A report as a PDF file: vector text and charts, fonts embedded, written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from scdesk.reports.render.blocks import ReportLayout
from scdesk.reports.render.pages import paint_report, paper_for, set_up_pages
from scdesk.storage.atomic import write_bytes_atomic

RESOLUTION = 300


def pdf_bytes(layout: ReportLayout) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{layout.title} — {layout.organization.name}")
    writer.setCreator("scdesk")
    set_up_pages(writer, paper_for())
    pages = paint_report(layout, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(layout: ReportLayout, target: Path) -> list[Path]:
    data, _pages = pdf_bytes(layout)
    write_bytes_atomic(target, data, mode=0o600)
    return [target]
