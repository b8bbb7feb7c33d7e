"""Fuzzing the importers with hypothesis: mutated files never crash scdesk, never change the
organization when refused, and never leave it damaged when accepted."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_helpers import database_fingerprint, described

from scdesk.interchange.contacts.apply import Decisions, Side, import_into
from scdesk.interchange.contacts.mapping import guess_mapping
from scdesk.interchange.contacts.preview import build_preview
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.roster.applying import Decision, apply_import
from scdesk.interchange.roster.applying import Decisions as RosterDecisions
from scdesk.interchange.roster.errors import RosterFileError
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import preview_import
from scdesk.model import Person
from scdesk.operations.backups import restore_backup
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.backup import list_backups, read_backup
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization

HEALTHY = Path(__file__).with_name("healthy-with-small-pages.sqlite3")
SEED = HEALTHY.read_bytes()

pytestmark = pytest.mark.slow

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

flip = st.tuples(
    st.just("flip"), st.integers(0, len(SEED) - 1), st.integers(1, 255), st.integers(1, 64)
)
cut = st.tuples(st.just("cut"), st.integers(0, len(SEED) - 1), st.just(0), st.just(0))
splice = st.tuples(
    st.just("splice"), st.integers(0, len(SEED) - 1), st.integers(0, 255), st.integers(1, 4096)
)
# Most damage lands where it matters most: the header, the schema page, the first pages.
early_flip = st.tuples(
    st.just("flip"), st.integers(0, 4096), st.integers(1, 255), st.integers(1, 8)
)


def mutate(data: bytes, mutations: list[tuple[str, int, int, int]]) -> bytes:
    content = bytearray(data)
    for kind, offset, value, length in mutations:
        offset = min(offset, max(len(content) - 1, 0))
        if kind == "flip":
            for index in range(offset, min(offset + length, len(content))):
                content[index] ^= value
        elif kind == "cut":
            del content[offset:]
        else:
            content[offset:offset] = bytes([value]) * length
    return bytes(content)


def integrity(path: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


def import_or_refuse(org: OpenOrganization, candidate: Path, work: Callable[[], str]) -> str:
    """Run one import of a mutated file; say how it ended. Refused: the message names the
    file and the database is byte-identical. Accepted: the database is healthy, and
    unchanged when the work only previewed."""
    before = database_fingerprint(org.folder.database)
    try:
        outcome = work()
    except (StorageError, RosterFileError) as error:
        named, message = described(error)
        assert named == candidate.name and message
        assert database_fingerprint(org.folder.database) == before
        return "refused"
    assert integrity(org.folder.database) == [("ok",)]
    if outcome == "previewed":
        assert database_fingerprint(org.folder.database) == before
    return outcome


def test_restoring_mutated_backups_fails_cleanly_or_leaves_a_healthy_database(
    org, tmp_path
) -> None:
    outcomes: Counter[str] = Counter()  # every example ends one way or the other
    candidate = tmp_path / "mutated.sqlite3"

    @FUZZ
    @given(st.lists(st.one_of(flip, early_flip, cut, splice), min_size=1, max_size=4))
    def restore_mutated(mutations: list[tuple[str, int, int, int]]) -> None:
        candidate.write_bytes(mutate(SEED, mutations))

        def work() -> str:
            restore_backup(org, candidate)
            return "restored"

        outcomes[import_or_refuse(org, candidate, work)] += 1

    restore_mutated()
    print(f"restore fuzz: {outcomes}")
    assert sum(outcomes.values()) >= 1000
    assert outcomes["refused"] and outcomes["restored"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=6,
)
manifests = (
    st.dictionaries(
        st.sampled_from(
            [
                "format",
                "created",
                "reason",
                "database_bytes",
                "change_number",
                "schema",
                "attachments",
            ]
        ),
        json_values,
    )
    | json_values
)


def test_mangled_backup_manifests_never_break_the_list_of_backups(org) -> None:
    backup_path = org.folder.backups / "20250101T000000.000000Z-manual.sqlite3"
    backup_path.parent.mkdir(exist_ok=True)
    backup_path.write_bytes(SEED)
    seen = 0

    @settings(FUZZ, max_examples=2000)
    @given(manifests, st.binary(max_size=40))
    def list_with(manifest: object, noise: bytes) -> None:
        nonlocal seen
        text = json.dumps(manifest).encode() + (noise if seen % 3 == 0 else b"")
        backup_path.with_suffix(".json").write_bytes(text)
        [listed] = list_backups(org.folder)
        assert listed.path == backup_path and isinstance(listed.reason, str)
        assert read_backup(backup_path).attachment_bytes >= 0
        seen += 1

    list_with()
    print(f"manifest fuzz: {seen} examples")
    assert seen >= 2000


SAMPLES = (
    "contacts-apple.vcf",
    "contacts-google.csv",
    "roster-excel-semicolon-cp1252.csv",
    "volunteers-workbook.xlsx",
)


def mutations_within(size: int) -> st.SearchStrategy[list[tuple[str, int, int, int]]]:
    at = st.integers(0, max(size - 1, 0))
    return st.lists(
        st.one_of(
            st.tuples(st.just("flip"), at, st.integers(1, 255), st.integers(1, 16)),
            st.tuples(st.just("cut"), at, st.just(0), st.just(0)),
            st.tuples(st.just("splice"), at, st.integers(0, 255), st.integers(1, 300)),
        ),
        min_size=1,
        max_size=3,
    )


def test_importing_mutated_spreadsheets_and_address_books_fails_cleanly_or_imports(
    org, shared_data, tmp_path
) -> None:
    samples = {name: (shared_data / name).read_bytes() for name in SAMPLES}
    outcomes: Counter[str] = Counter()

    @settings(FUZZ, max_examples=600)
    @given(st.data())
    def import_mutated(data: st.DataObject) -> None:
        outcomes["examples"] += 1
        name = data.draw(st.sampled_from(SAMPLES))
        content = mutate(samples[name], data.draw(mutations_within(len(samples[name]))))
        candidate = tmp_path / name
        candidate.write_bytes(content)

        def work() -> str:
            table = read_contacts_file(candidate)
            with org.database.session() as session:
                preview = build_preview(session, table, guess_mapping(table.headers, "US"))
            if data.draw(st.integers(0, 9)):
                return "previewed"
            import_into(org, preview, Decisions(take=Side.THEIRS))
            return "imported"

        outcomes[import_or_refuse(org, candidate, work)] += 1

    import_mutated()
    print(f"contacts fuzz: {outcomes}")
    assert outcomes["examples"] >= 600
    assert outcomes["refused"] and outcomes["imported"]


def test_importing_mutated_roster_files_fails_cleanly_or_imports(org, tmp_path) -> None:
    sender = open_organization(create_organization("Shelbyville Twinning", country="US").slug)
    try:
        with sender.database.transaction() as session:
            for first, family in (("Ada", "Byron"), ("Zoë", "Müller"), ("Kwame", "Mensah")):
                session.add(Person(given_name=first, family_name=family, consent_directory=True))
        good = export_roster(sender, tmp_path / "good.zip").path.read_bytes()
    finally:
        sender.close()
    outcomes: Counter[str] = Counter()
    candidate = tmp_path / "roster.zip"

    @settings(FUZZ, max_examples=400)
    @given(st.data())
    def import_mutated(data: st.DataObject) -> None:
        outcomes["examples"] += 1
        candidate.write_bytes(mutate(good, data.draw(mutations_within(len(good)))))

        def work() -> str:
            preview = preview_import(org, candidate)
            apply_import(org, preview, RosterDecisions(everything=Decision.THEIRS))
            return "imported"

        outcomes[import_or_refuse(org, candidate, work)] += 1

    import_mutated()
    print(f"roster fuzz: {outcomes}")
    assert outcomes["examples"] >= 400 and outcomes["refused"]
