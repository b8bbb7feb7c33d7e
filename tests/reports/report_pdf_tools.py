"""Reading PDFs back with poppler-utils, the way a person would check them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtGui import QColor, QImage


def pdf_text(path: Path) -> str:
    """The PDF's text, laid out; pages are separated by form feeds."""
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> list[str]:
    return [page for page in pdf_text(path).split("\f") if page.strip()]


def images_on_page(path: Path, page: int) -> list[str]:
    """pdfimages' listing of the pictures on one page (charts are vectors, not pictures)."""
    listing = subprocess.run(
        ["pdfimages", "-f", str(page), "-l", str(page), "-list", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in listing.stdout.splitlines()[2:] if line.strip()]


def save_logo(target: Path, colour: str = "darkgreen") -> Path:
    """A small square PNG to use as a logo."""
    logo = QImage(48, 48, QImage.Format.Format_RGB32)
    logo.fill(QColor(colour))
    assert logo.save(str(target))
    return target
