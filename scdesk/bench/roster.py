"""Roster exchange speed, against raw baselines measured in the same run. Each step is
timed once, so there is no --runs: an import changes the organization it goes into, and
the organizations are built afresh for each run of the command (the large demo takes about
a minute). Run it again to see how much the figures vary.

    uv run python -m scdesk.bench.roster [--people 50000] [--scale 1.0] [--no-large]
        [--no-import]

1. A full file of N people with their memberships imported into an empty organization,
   against raw sqlite3 executemany of the same rows into an empty organization database
   (with its search-index triggers, as the database is, and without them). Goal: 4x.
2. A delta of 500 changes applied to the large demo organization. Goal: under a second for
   the apply, which is what the person waits for after confirming the preview: the backup
   taken before every import copies the whole database, and starts (on its own thread) as
   the preview appears. The checking and preview, the backup and the apply are timed
   apart; so is the command line's way, with the backup alongside the checking.
3. A full export of the large demo, against a raw SELECT plus csv.writer of the same rows.
   Goal: 5x.

Everything happens in a temporary SCDESK_HOME with an in-memory keyring; nothing of the
person's own data is touched.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from scdesk.bench.arguments import bench_parser, whole_number
from scdesk.demo import build_demo
from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.roster.applying import Decisions, apply_import
from scdesk.interchange.roster.exporting import DELTA, FULL, export_roster
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.interchange.roster.keys import new_key
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.database import configure_connection
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.storage.search_index import SEARCH_DDL

KEY = new_key()
ROSTER_TABLES = ("partnership", "committee", "person", "membership", "contact_detail")
DELTA_CHANGES = 500
LARGE_DEMO_PEOPLE = 100_000  # at scale 1.0; the full import's file is a demo scaled to --people
MAX_SCALE = 10.0  # build_demo's limit: "The scale must be more than 0 and at most 10."


@contextmanager
def sandbox() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="scdesk-bench-"))
    previous_home, previous_keyring = os.environ.get("SCDESK_HOME"), keyring.get_keyring()
    os.environ["SCDESK_HOME"] = str(folder / "home")
    keyring.set_keyring(NoKeyring())  # never the person's own keyring: keys are passed in
    try:
        yield folder
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_home is None:
            os.environ.pop("SCDESK_HOME", None)
        else:
            os.environ["SCDESK_HOME"] = previous_home
        shutil.rmtree(folder, ignore_errors=True)


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def new_organization(name: str) -> OpenOrganization:
    return open_organization(create_organization(name, country="US", city="Springfield").slug)


def copy_organization(source: OpenOrganization, name: str) -> OpenOrganization:
    """A second organization with a byte copy of `source`'s database."""
    with source.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    registry = Registry()
    entry = registry.add(name)
    folder = registry.folder(entry)
    folder.root.mkdir(parents=True, mode=0o700)
    shutil.copyfile(source.folder.database, folder.database)
    return open_organization(entry.slug, registry)


@contextmanager
def bench_copy(source: OpenOrganization) -> Iterator[OpenOrganization]:
    """A byte copy of `source` to measure what changes records (in a sandbox), closed after."""
    copy = copy_organization(source, "Bench copy")
    try:
        yield copy
    finally:
        copy.close()


def transfer(
    source: OpenOrganization, target: OpenOrganization, path: Path, kind: str = FULL
) -> None:
    export_roster(source, path, kind, signing_key=KEY)
    apply_import(target, preview_import(target, path, Secrets(signing_key=KEY)), Decisions())


def raw_insert(source: Path, target: Path, with_triggers: bool) -> tuple[float, int]:
    """Seconds for sqlite3 executemany of the roster rows of `source` into `target`."""
    with closing(sqlite3.connect(source)) as reader:
        tables = {
            table: (
                [c[1] for c in reader.execute(f"PRAGMA table_info({table})")],
                reader.execute(f"SELECT * FROM {table}").fetchall(),
            )
            for table in ROSTER_TABLES
        }
    with closing(sqlite3.connect(target)) as writer:
        configure_connection(writer)
        if not with_triggers:
            for statement in SEARCH_DDL:
                if statement.startswith("CREATE TRIGGER"):
                    writer.execute(f"DROP TRIGGER {statement.split()[2]}")
        started = time.perf_counter()
        writer.execute("BEGIN")
        for table, (columns, rows) in tables.items():
            marks = ", ".join("?" * len(columns))
            writer.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        writer.execute("COMMIT")
        seconds = time.perf_counter() - started
    return seconds, sum(len(rows) for _columns, rows in tables.values())


def full_import(folder: Path, people: int, say: Callable[[str], None]) -> dict[str, float]:
    source = new_organization("Bench source")
    build_demo(source, "large", scale=people / LARGE_DEMO_PEOPLE)
    path = folder / "full.zip"
    export_roster(source, path, signing_key=KEY)
    empty = new_organization("Bench empty")
    template = folder / "empty.sqlite3"
    with empty.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(empty.folder.database, template)
    ours = timed(
        lambda: apply_import(
            empty, preview_import(empty, path, Secrets(signing_key=KEY)), Decisions()
        )
    )
    with source.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    results = {"import": ours}
    for triggers in (True, False):
        target = folder / f"raw-{triggers}.sqlite3"
        shutil.copyfile(template, target)
        seconds, rows = raw_insert(source.folder.database, target, triggers)
        results[f"raw{'' if triggers else ' without index triggers'}"] = seconds
    say(f"1. Full import of {people:,} people with their memberships ({rows:,} rows):")
    say(f"   scdesk import (read, check, merge, write, baselines)  {ours:8.2f} s")
    for label in ("raw", "raw without index triggers"):
        say(
            f"   {label + ' executemany':<54}{results[label]:8.2f} s"
            f"   ratio {ours / results[label]:5.2f}x"
        )
    source.close()
    empty.close()
    return results


def delta_and_export(folder: Path, scale: float, say: Callable[[str], None]) -> dict[str, float]:
    large = new_organization("Bench large")
    build_demo(large, "large", scale=scale)
    peer = copy_organization(large, "Bench directory")
    say(f"   (setting up: the large demo ({scale:g}x) and a directory replica exchange full files)")
    transfer(large, peer, folder / "1.zip")
    transfer(peer, large, folder / "2.zip")
    transfer(large, peer, folder / "3.zip", DELTA)
    with peer.database.transaction() as session:
        people = (
            session.query(Person).filter(Person.consent_directory.is_(True)).limit(DELTA_CHANGES)
        )
        for number, person in enumerate(people):
            person.city = f"Shelbyville {number}"
    export_roster(peer, folder / "4.zip", DELTA, signing_key=KEY)
    twin = copy_organization(large, "Bench large twin")  # for the command line's way
    delta = delta_steps(large, folder / "4.zip")
    delta["command line"] = timed(lambda: import_as_the_command_line_does(twin, folder / "4.zip"))
    twin.close()
    say(f"2. A delta of {delta['changes']:.0f} changes applied to the large demo:")
    for label, key, note in (
        ("check the file and make the preview", "preview", ""),
        ("backup copy of the database", "backup", "  (on its own thread, see below)"),
        ("apply, once confirmed", "apply", "  goal: under 1 s"),
        ("the command line: all three, backup alongside", "command line", ""),
    ):
        say(f"   {label:<54}{delta[key]:8.2f} s{note}")
    say("   In the window the backup starts as the preview appears; after confirming, the")
    say("   person waits for the apply, plus what is left of the backup if they confirm")
    say(f"   within {delta['backup']:.1f} s of seeing the preview.")
    ours = timed(lambda: export_roster(large, folder / "5.zip", signing_key=KEY))
    raw = timed(lambda: raw_select_csv(large))
    say("3. Full export of the large demo:")
    say(f"   scdesk export (signed zip)                            {ours:8.2f} s")
    say(
        f"   raw SELECT + csv.writer                               {raw:8.2f} s"
        f"   ratio {ours / raw:5.2f}x"
    )
    large.close()
    peer.close()
    return {
        "delta preview": delta["preview"],
        "delta backup": delta["backup"],
        "delta apply": delta["apply"],
        "delta command line": delta["command line"],
        "export": ours,
        "raw select": raw,
    }


def delta_steps(org: OpenOrganization, path: Path) -> dict[str, float]:
    """Seconds for each step of importing `path` as the window does it, and the changes."""
    holder = {}
    preview_seconds = timed(
        lambda: holder.setdefault("preview", preview_import(org, path, Secrets(signing_key=KEY)))
    )
    preview = holder["preview"]
    started = time.perf_counter()
    advance = BackupInAdvance(org)
    advance.wait()  # the person reads the preview meanwhile
    backup_seconds = time.perf_counter() - started
    apply_seconds = timed(lambda: apply_import(org, preview, Decisions(), advance))
    return {
        "changes": len(preview.changed),
        "preview": preview_seconds,
        "backup": backup_seconds,
        "apply": apply_seconds,
    }


def import_as_the_command_line_does(org: OpenOrganization, path: Path) -> None:
    """`scdesk roster import`: the backup copies while the file is checked and compared."""
    with BackupInAdvance(org) as advance:
        preview = preview_import(org, path, Secrets(signing_key=KEY))
        apply_import(org, preview, Decisions(), advance)


def raw_select_csv(org: OpenOrganization) -> None:
    with closing(sqlite3.connect(org.folder.database)) as connection:
        for table in ("organization", *ROSTER_TABLES):
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            cursor = connection.execute(f"SELECT * FROM {table}")
            writer.writerow([d[0] for d in cursor.description])
            writer.writerows(cursor)


def demo_scale(text: str) -> float:
    """An argparse type: a scale of the large demo that build_demo accepts."""
    try:
        scale = float(text)
    except ValueError:
        scale = math.nan
    if not 0 < scale <= MAX_SCALE:  # NaN is refused too
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_SCALE:g}, not {text}"
        )
    return scale


def main(argv: list[str] | None = None, say: Callable[[str], None] = print) -> dict[str, float]:
    parser = bench_parser(__spec__.name, __doc__)
    parser.add_argument(
        "--people",
        type=whole_number(at_most=round(MAX_SCALE * LARGE_DEMO_PEOPLE)),
        default=50_000,
        help="how many people the file of the full import holds, each with their "
        "memberships; it is a large demo scaled down, which has 200 at the least "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--scale",
        type=demo_scale,
        default=1.0,
        help=f"the size of the large demo the delta and the export are measured on: 1.0 is "
        f"{LARGE_DEMO_PEOPLE:,} people, at most {MAX_SCALE:g} (default: %(default)s)",
    )
    parser.add_argument("--no-large", action="store_true", help="skip the large demo measurements")
    parser.add_argument("--no-import", action="store_true", help="skip the full import measurement")
    args = parser.parse_args(argv)
    with sandbox() as folder:
        results = {} if args.no_import else full_import(folder, args.people, say)
        if not args.no_large:
            results |= delta_and_export(folder, args.scale, say)
    return results


if __name__ == "__main__":
    main()
