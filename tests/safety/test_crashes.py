"""kill -9 at random moments during an import, a save, a backup and an export.

Each scenario runs once to the end (or for a while) to learn its timing, then RUNS times in a
fresh copy of the same organization, killed with SIGKILL after a random delay. Afterwards the
database passes integrity_check, the operation happened entirely or not at all, and the
backup and export made before are still valid and unchanged.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from scdesk.demo import build_demo
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import Decision, apply_import
from scdesk.interchange.roster.applying import Decisions as RosterDecisions
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.interchange.roster.items import Kind
from scdesk.interchange.roster.package import read_file
from scdesk.model import Base, Person
from scdesk.operations import backups, hours
from scdesk.operations.attachments import attach_file
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.privacy import export_person_file
from scdesk.storage import backup as store
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry

RUNS = 20
SEED = 20250301
WORKER = Path(__file__).with_name("crash_worker.py")
SLUG = "springfield-sister-cities"

pytestmark = pytest.mark.slow


class CrashRig:
    """Talks to the zygote (crash_worker.py), which forks, runs and kills the operations."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, operation: str, home: Path, kill_after: float | None, **extra: object) -> dict:
        request = {"operation": operation, "home": str(home), "slug": SLUG}
        request |= {"kill_after": kill_after, **extra}
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def crash_rig() -> Iterator[CrashRig]:
    rig = CrashRig()
    yield rig
    rig.close()


@dataclass
class Template:
    """A closed organization, copied afresh for every run."""

    home: Path

    def copy(self, target: Path) -> Path:
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.home, target)
        return target


def make_template(
    home: Path, monkeypatch: pytest.MonkeyPatch, fill: Callable[[OpenOrganization], None]
) -> Template:
    monkeypatch.setenv("SCDESK_HOME", str(home))
    create_organization("Springfield Sister Cities", city="Springfield", country="US")
    with open_organization(SLUG) as org:
        fill(org)
        backups.backup_now(org, "before trip")
    return Template(home)


def open_copy(home: Path) -> OpenOrganization:
    return open_organization(SLUG, Registry(home))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


def table_counts(org: OpenOrganization) -> dict[str, int]:
    with org.database.engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
            for table in sorted(Base.metadata.tables)
        }


def first_backup(home: Path) -> store.Backup:
    """The backup the template took when it was made (reason "before trip")."""
    registry = Registry(home)
    found = store.list_backups(registry.folder(registry.find(SLUG)))
    [backup] = [b for b in found if b.reason == "before trip"]
    return backup


def assert_earlier_backup_untouched(home: Path, expected_sha: str) -> None:
    backup = first_backup(home)
    assert sha256(backup.path) == expected_sha
    assert integrity(backup.path) == [("ok",)]


def run_killed(
    crash_rig: CrashRig,
    operation: str,
    template: Template,
    tmp_path: Path,
    window: float,
    check: Callable[[OpenOrganization], str],
    **extra: object,
) -> Counter:
    """Copies of the template, each killed after a random delay within `window` and then
    checked, until RUNS were killed (a run that finished first is checked too, and narrows
    the window to its own duration)."""
    rng = random.Random(f"{SEED}-{operation}")
    backup_sha = sha256(first_backup(template.home).path)
    outcomes: Counter = Counter()
    for run in range(3 * RUNS):
        home = template.copy(tmp_path / "run")
        outcome = crash_rig.run(operation, home, kill_after=rng.uniform(0.0, window), **extra)
        assert outcome["exit"] in (None, 0), f"run {run} failed on its own: {outcome}"
        outcomes["killed" if outcome["signal"] == 9 else "finished"] += 1
        if outcome["signal"] is None:  # it ran faster than measured: aim within its time
            window = min(window, outcome["seconds"] * 1.05)
        assert_earlier_backup_untouched(home, backup_sha)
        with open_copy(home) as org:
            assert integrity(org.folder.database) == [("ok",)], f"run {run}"
            outcomes[check(org)] += 1
        if outcomes["killed"] == RUNS:
            break
    print(f"{operation}: {dict(outcomes)}")
    assert outcomes["killed"] == RUNS
    return outcomes


def test_a_long_import_killed_at_random_moments_is_all_or_nothing(
    crash_rig, tmp_path, monkeypatch
) -> None:
    template = make_template(tmp_path / "template", monkeypatch, lambda org: None)
    with open_copy(template.home) as org:
        empty = table_counts(org)
    control = template.copy(tmp_path / "control")
    outcome = crash_rig.run("import", control, kill_after=None)
    assert (outcome["exit"], outcome["signal"]) == (0, None)
    duration = outcome["seconds"]
    with open_copy(control) as org:
        full = table_counts(org)
    assert full["person"] == 1000 and empty["person"] == 0

    def check(org: OpenOrganization) -> str:
        counts = table_counts(org)
        assert counts in (empty, full)
        return "nothing imported" if counts == empty else "all imported"

    run_killed(crash_rig, "import", template, tmp_path, duration * 1.05, check)


def write_roster_csv(path: Path, people: int) -> Path:
    rows = ["Given name;Family name;Email;Phone;City"]
    rows += [
        f"Member{n};Imported;member{n}@example.org;(217) 555-{n % 10000:04d};Springfield"
        for n in range(people)
    ]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def test_a_spreadsheet_import_killed_at_random_moments_is_all_or_nothing(
    crash_rig, tmp_path, monkeypatch
) -> None:
    template = make_template(tmp_path / "template", monkeypatch, lambda org: None)
    roster = write_roster_csv(tmp_path / "roster.csv", 1500)
    control = template.copy(tmp_path / "control")
    outcome = crash_rig.run("contacts import", control, kill_after=None, file=str(roster))
    assert (outcome["exit"], outcome["signal"]) == (0, None)
    with open_copy(control) as org:
        full = table_counts(org)
    assert full["person"] == 1500

    def check(org: OpenOrganization) -> str:
        people = table_counts(org)["person"]
        assert people in (0, 1500)
        for backup in store.list_backups(org.folder):  # the one taken before the import
            assert integrity(backup.path) == [("ok",)]
        return "all imported" if people else "nothing imported"

    run_killed(
        crash_rig,
        "contacts import",
        template,
        tmp_path,
        outcome["seconds"] * 1.05,
        check,
        file=str(roster),
    )


@pytest.fixture(scope="module")
def roster_sender(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A roster file of a busy organization (1,000 people and their posts), and its key."""
    home = tmp_path_factory.mktemp("roster-sender")
    registry = Registry(home)
    entry = create_organization("Springfield Sister Cities", registry, country="US")
    key = keys.new_key()
    with open_organization(entry.slug, registry) as org:
        build_demo(org, "large", scale=0.01)
        roster = home / "springfield-roster.zip"
        export_roster(org, roster, signing_key=key)
    return roster, keys.key_text(key)


def test_a_roster_import_killed_at_random_moments_is_all_or_nothing(
    crash_rig, tmp_path, monkeypatch, roster_sender
) -> None:
    roster, key = roster_sender
    template = make_template(tmp_path / "template", monkeypatch, lambda org: None)
    control = template.copy(tmp_path / "control")
    outcome = crash_rig.run("roster import", control, None, file=str(roster), key=key)
    assert (outcome["exit"], outcome["signal"]) == (0, None)
    with open_copy(template.home) as org:
        empty = table_counts(org)["person"]
    with open_copy(control) as org:
        full = table_counts(org)["person"]
    assert empty == 0 and full > 500  # the people who agreed to be in the directory

    def check(org: OpenOrganization) -> str:
        people = table_counts(org)["person"]
        assert people in (empty, full)
        return "all imported" if people else "nothing imported"

    run_killed(
        crash_rig,
        "roster import",
        template,
        tmp_path,
        outcome["seconds"] * 1.05,
        check,
        file=str(roster),
        key=key,
    )


def test_roster_exports_killed_at_random_moments_leave_a_valid_file(
    crash_rig, tmp_path, monkeypatch, roster_sender
) -> None:
    roster, key = roster_sender
    template = make_template(
        tmp_path / "template",
        monkeypatch,
        lambda org: apply_import(
            org,
            preview_import(org, roster, Secrets(signing_key=keys.parse_key(key))),
            RosterDecisions(everything=Decision.THEIRS),
        ),
    )
    target = tmp_path / "exports" / "to-the-directory.zip"
    target.parent.mkdir()
    shutil.copyfile(roster, target)

    def people_in(path: Path) -> int:
        package = read_file(path.read_bytes(), path.name, lambda *_: keys.parse_key(key))
        return len(package.items[Kind.PERSON])  # read_file checks signature, sums, tables

    previous = people_in(roster)
    with open_copy(template.home) as org:
        here = table_counts(org)["person"]

    def check(org: OpenOrganization) -> str:
        people = people_in(target)
        assert people in (previous, here)
        return "the previous file" if people == previous != here else "a new file"

    run_killed(
        crash_rig, "roster export", template, tmp_path, 2.0, check, target=str(target), key=key
    )


def test_saves_killed_at_random_moments_are_each_all_or_nothing(
    crash_rig, tmp_path, monkeypatch
) -> None:
    def fill(org: OpenOrganization) -> None:
        with org.database.transaction() as session:
            session.add_all(
                Person(given_name=f"Member{n}", family_name="Original") for n in range(100)
            )

    template = make_template(tmp_path / "template", monkeypatch, fill)

    def check(org: OpenOrganization) -> str:
        with org.database.session() as session:
            notes = {p.notes for p in session.query(Person)}
            count = session.query(Person).count()
        assert len(notes) == 1, notes  # every person saw the same last save
        [note] = notes
        saves = int(note.split()[-1]) if note else 0
        assert count == 100 + saves
        return "saved" if saves else "nothing saved"

    run_killed(crash_rig, "save", template, tmp_path, 2.0, check)


def test_backups_killed_at_random_moments_leave_only_whole_backups(
    crash_rig, tmp_path, monkeypatch
) -> None:
    def fill(org: OpenOrganization) -> None:
        build_demo(org, "large", scale=0.01)

    template = make_template(tmp_path / "template", monkeypatch, fill)

    def check(org: OpenOrganization) -> str:
        listed = store.list_backups(org.folder)
        for backup in listed:
            assert integrity(backup.path) == [("ok",)], backup.name
            assert backup.database_bytes == backup.path.stat().st_size
            assert backup.schema is not None  # its manifest is there and whole
        backups.backup_now(org, "after the crash")  # sweeps what the killed one left
        leftovers = list(org.folder.backups.rglob(f"{store.TEMPORARY_PREFIX}*"))
        assert leftovers == []
        return f"{len(listed) - 1} backups made"

    run_killed(crash_rig, "backup", template, tmp_path, 1.0, check)


def test_exports_killed_at_random_moments_leave_the_previous_export_valid(
    crash_rig, tmp_path, monkeypatch
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(random.Random(SEED).randbytes(1_000_000))

    def fill(org: OpenOrganization) -> None:
        with org.database.transaction() as session:
            person = Person(given_name="Zoë", family_name="Müller", email="zoe@example.org")
            session.add(person)
            session.flush()
            for day in range(1, 29):
                for month in range(1, 13):
                    hours.log_hours(session, person.id, date(2024, month, day), 2.0)
            attach_file(session, org.folder.attachments, person, scan, title="Passport")

    template = make_template(tmp_path / "template", monkeypatch, fill)
    with open_copy(template.home) as org, org.database.session() as session:
        person_id = session.query(Person.id).scalar()
        previous = tmp_path / "exports" / "zoe.zip"
        export_person_file(org, person_id, previous)
    rng = random.Random(SEED)
    outcomes: Counter = Counter()
    for run in range(RUNS):
        home = template.copy(tmp_path / "run")
        before = sha256(previous)
        outcome = crash_rig.run(
            "export",
            home,
            kill_after=rng.uniform(0.0, 2.0),
            person_id=person_id,
            target=str(previous),
        )
        assert outcome["signal"] == 9, f"run {run}: {outcome}"
        with zipfile.ZipFile(previous) as archive:
            assert archive.testzip() is None
            document = json.loads(archive.read("person.json"))
        assert document["person"]["email"] == "zoe@example.org"
        assert len(document["volunteer_hours"]) == 28 * 12
        outcomes["replaced" if sha256(previous) != before else "unchanged"] += 1
        with open_copy(home) as org:
            assert integrity(org.folder.database) == [("ok",)]
    print(f"export: {dict(outcomes)}")
