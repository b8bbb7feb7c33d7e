"""Where the guide's pages are and what they are called; no Qt, so it is easy to test.

Pages are Markdown files in resources/help/<language>/, one per topic, their first line
"# Title". A language without a page of its own falls back to the English one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scdesk.resources import resource

FALLBACK_LANGUAGE = "en"
# The guide's topics, in reading order.
TOPICS = (
    "getting-started",
    "recording-an-exchange",
    "logging-hours",
    "board-report",
    "roster",
    "backups",
)


@dataclass(frozen=True)
class HelpPage:
    topic: str
    title: str
    path: Path


def page_path(topic: str, language: str) -> Path:
    own = resource("help", language, f"{topic}.md")
    return own if own.is_file() else resource("help", FALLBACK_LANGUAGE, f"{topic}.md")


def page_title(path: Path) -> str:
    with path.open(encoding="utf-8") as page:
        for line in page:
            if line.startswith("# "):
                return line[2:].strip()
    return path.stem


def guide(language: str) -> list[HelpPage]:
    """The guide's pages in `language`, in reading order."""
    pages = []
    for topic in TOPICS:
        path = page_path(topic, language)
        pages.append(HelpPage(topic, page_title(path), path))
    return pages
