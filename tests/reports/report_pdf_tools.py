"""Reading PDFs back with poppler-utils, the way a person would check them."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    """The PDF's text, laid out; pages are separated by form feeds."""
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> list[str]:
    return [page for page in pdf_text(path).split("\f") if page.strip()]
