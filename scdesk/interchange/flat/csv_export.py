"""The flat CSV: one row per person and post, for people who only want a spreadsheet.

UTF-8 with a byte order mark and CRLF line ends, so Excel opens it with accents intact;
every cell passes `neutralize_cell`. Its headers are ones the contacts import guesses, so
the file reads back into scdesk unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from scdesk.interchange.flat.cells import neutralize_cell
from scdesk.interchange.flat.people import ExportedPerson, HeldPost

HEADERS = (
    "Given name",
    "Family name",
    "Email",
    "Phone",
    "Other emails",
    "Other phones",
    "Street",
    "City",
    "Region",
    "Postal code",
    "Country",
    "Category",
    "Status",
    "Member since",
    "Committee",
    "Post",
    "Term start",
    "Term end",
    "Languages",
    "Skills",
    "Directory id",
    "Notes",
)


def _words(value: str) -> str:
    return value.replace("_", " ")


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def person_rows(entry: ExportedPerson) -> list[list[str]]:
    """The rows of one person: one per current post, or one with no post."""
    p = entry.person
    emails = "; ".join(value for kind, _label, value in entry.details if kind == "email")
    phones = "; ".join(value for kind, _label, value in entry.details if kind == "phone")
    person = [
        p.given_name,
        p.family_name,
        p.email,
        p.phone,
        emails,
        phones,
        p.street,
        p.city,
        p.region,
        p.postal_code,
        p.country,
        _words(p.category.value),
        _words(p.status.value),
        _text(p.member_since),
    ]
    tail = [p.languages, p.skills, p.directory_id, p.notes]
    posts: Iterable[HeldPost | None] = entry.posts or (None,)
    rows = []
    for held in posts:
        post = (
            [held.committee, _words(held.post.value), _text(held.started_on), _text(held.ended_on)]
            if held
            else ["", "", "", ""]
        )
        rows.append([neutralize_cell(cell) for cell in person + post + tail])
    return rows


def flat_csv_bytes(people: Iterable[ExportedPerson]) -> tuple[bytes, int]:
    """The file's bytes and how many people it lists."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    count = 0
    for entry in people:
        writer.writerows(person_rows(entry))
        count += 1
    return buffer.getvalue().encode("utf-8-sig"), count
