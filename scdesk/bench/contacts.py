"""How fast spreadsheets import and flat files export, against raw sqlite3 in the same run.
Each step is timed once, so there is no --runs: the import changes the organization it goes
into, and the second preview measures the file as already imported. Run it again to see how
much the figures vary.

    uv run python -m scdesk.bench.contacts [--people 20000]

Builds a CSV roster of `--people` people (one row per person and post, as Excel lists
have them), then times, into an empty organization in a temporary folder: reading the
file, the preview (matching against the roster, duplicates, posts), the import (backup,
one transaction), and importing the same file again (nothing to change). The baseline is
raw sqlite3 `executemany` inserting the same person rows into a table of the same columns.
Then the flat CSV and vCard exports of those people, against a raw SELECT of the same
columns written with csv.writer.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from scdesk.bench.arguments import bench_parser, positive_int
from scdesk.bench.roster import sandbox

T = TypeVar("T")

GIVEN = (
    "José",
    "Zoë",
    "Søren",
    "Françoise",
    "Amelia",
    "Ben",
    "Keiko",
    "Łukasz",
    "Thị Lan",
    "Kwame",
)
FAMILY = (
    "Núñez",
    "Müller",
    "Dahl",
    "Garçon",
    "O'Brien",
    "Okafor",
    "Tanaka",
    "Wiśniewski",
    "Nguyễn",
)
COMMITTEES = ("Guadalajara Committee", "Youth Exchange", "Board", "Events", "Ichinomiya Committee")
POSTS = ("Member", "Member", "Member", "Secretary", "Treasurer")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def roster_rows(count: int) -> list[list[str]]:
    rng = random.Random(20250301)
    rows = []
    for number in range(count):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}-{number}"
        person = [
            family,
            given,
            f"person{number}@example.org",
            f"(217) 555-{number % 10000:04d}",
            f"{rng.randrange(1990, 2025)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            rng.choice(("", "Host family", "Speaks Spanish; drives")),
        ]
        for post in range(1 + (number % 3 == 0)):
            rows.append([*person, COMMITTEES[(number + post) % 5], POSTS[(number + post) % 5]])
    return rows


def write_roster(path: Path, rows: list[list[str]]) -> None:
    header = ["Last Name", "First Name", "Email", "Phone", "Member Since", "Notes"]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([*header, "Committee", "Role"])
        writer.writerows(rows)


def raw_insert(folder: Path, rows: list[list[str]]) -> None:
    """The baseline: the same people inserted with sqlite3 executemany, one transaction."""
    connection = sqlite3.connect(folder / "baseline.sqlite3")
    connection.execute(
        "CREATE TABLE person (id INTEGER PRIMARY KEY, uuid TEXT, given_name TEXT, "
        "family_name TEXT, sort_name TEXT, email TEXT, phone TEXT, member_since DATE, notes TEXT)"
    )
    people = {row[2]: row for row in rows}
    with connection:
        connection.executemany(
            "INSERT INTO person (uuid, given_name, family_name, sort_name, email, phone, "
            "member_since, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (str(i), r[1], r[0], f"{r[0]} {r[1]}".lower(), r[2], r[3], r[4], r[5])
                for i, r in enumerate(people.values())
            ),
        )
    connection.close()


def raw_export(database: Path) -> bytes:
    """The baseline: a raw SELECT of the exported columns written with csv.writer."""
    connection = sqlite3.connect(database)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(
        connection.execute(
            "SELECT given_name, family_name, email, phone, street, city, region, postal_code, "
            "country, category, status, member_since, languages, skills, directory_id, notes "
            "FROM person WHERE deleted_at IS NULL ORDER BY sort_name"
        )
    )
    connection.close()
    return buffer.getvalue().encode("utf-8-sig")


def main(argv: list[str] | None = None) -> None:
    parser = bench_parser(__spec__.name, __doc__)
    parser.add_argument(
        "--people",
        type=positive_int,
        default=20_000,
        help="how many people the CSV imported lists; one in three holds two posts, on two "
        "rows, so 20000 people take 26667 rows (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    with sandbox() as folder:  # a temporary SCDESK_HOME, removed afterwards
        _measure(folder, args.people)


def _measure(folder: Path, people: int) -> None:
    from scdesk.interchange.contacts.apply import Decisions, import_into
    from scdesk.interchange.contacts.mapping import guess_mapping
    from scdesk.interchange.contacts.preview import build_preview
    from scdesk.interchange.contacts.reading import read_contacts_file
    from scdesk.interchange.flat import export_flat
    from scdesk.operations.organizations import create_organization, open_organization

    rows = roster_rows(people)
    path = folder / "roster.csv"
    write_roster(path, rows)
    _, baseline = timed(lambda: raw_insert(folder, rows))
    entry = create_organization("Bench", city="Springfield", country="US")
    with open_organization(entry.slug) as org:
        table, read = timed(lambda: read_contacts_file(path))
        mapping = guess_mapping(table.headers, "US")

        def preview():  # type: ignore[no-untyped-def]
            with org.database.session() as session:
                return build_preview(session, table, mapping)

        first, previewed = timed(preview)
        result, applied = timed(lambda: import_into(org, first, Decisions()))
        again, previewed_again = timed(preview)
        _, exported_csv = timed(lambda: export_flat(org, "csv", folder / "people.csv"))
        _, exported_vcard = timed(lambda: export_flat(org, "vcard", folder / "people.vcf"))
        _, raw = timed(lambda: raw_export(org.folder.database))
    total = read + previewed + applied
    print(
        f"{people:,} people in {len(rows):,} rows; {result.added:,} added, "
        f"{result.posts_added:,} posts"
    )
    print(f"  raw sqlite3 executemany (baseline) {baseline * 1000:9.0f} ms")
    for label, seconds in (
        ("read the CSV", read),
        ("preview", previewed),
        ("import (backup + transaction)", applied),
        ("read + preview + import", total),
        ("preview of the same file again", previewed_again),
    ):
        print(f"  {label:<34} {seconds * 1000:9.0f} ms  {seconds / baseline:7.1f}× baseline")
    print(f"  second preview: {len(again.of_kind(again.entries[0].kind))} unchanged entries")
    print(f"  raw SELECT + csv.writer (baseline) {raw * 1000:9.0f} ms")
    for label, seconds in (("flat CSV export", exported_csv), ("vCard 4.0 export", exported_vcard)):
        print(f"  {label:<34} {seconds * 1000:9.0f} ms  {seconds / raw:7.1f}× baseline")


if __name__ == "__main__":
    main()
