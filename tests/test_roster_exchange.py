"""The roster exchange file end to end: round trips, consent, the published schema, secrets."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import frictionless
import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as NoKeyring

from scdesk.demo import build_demo
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import Decisions, apply_import
from scdesk.interchange.roster.errors import RosterSyncError, SecretNeeded
from scdesk.interchange.roster.exporting import DELTA, export_roster
from scdesk.interchange.roster.format import TABLES
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.interchange.roster.items import SPECS, Kind, read_all
from scdesk.interchange.roster.schema import descriptor_bytes
from scdesk.model import Committee, ContactDetail, Membership, Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.records import create_record, delete_record, update_record
from scdesk.resources import resource
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from tests.roster_files import entries, fingerprint, rows

DOCS = Path(__file__).resolve().parents[1] / "docs" / "roster-exchange-format.md"


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, built once for the module (it takes seconds) and copied per test."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCDESK_HOME", str(home))
        entry = create_organization("Demo", city="Springfield", region="Illinois", country="US")
        with open_organization(entry.slug) as org:
            build_demo(org, "small")
        return Registry().folder(entry).database


def copy_of(database: Path, name: str) -> OpenOrganization:
    registry = Registry()
    entry = registry.add(name)
    folder = registry.folder(entry)
    folder.root.mkdir(parents=True, mode=0o700)
    shutil.copyfile(database, folder.database)
    return open_organization(entry.slug, registry)


@pytest.fixture
def demo(demo_database: Path) -> Iterator[OpenOrganization]:
    org = copy_of(demo_database, "Springfield Sister Cities")
    yield org
    org.close()


@pytest.fixture
def empty() -> Iterator[OpenOrganization]:
    with open_organization(create_organization("Fresh start", country="US").slug) as org:
        yield org


def records(org: OpenOrganization) -> dict[str, tuple[Kind, bool, tuple]]:  # type: ignore[type-arg]
    with org.database.engine.connect() as connection:
        return {
            s.item.uuid: (kind, s.item.deleted, s.item.values)
            for kind in SPECS
            for s in read_all(connection, kind)
        }


def transfer(source: OpenOrganization, target: OpenOrganization, path: Path, **options) -> None:  # type: ignore[no-untyped-def]
    export_roster(source, path, **options)
    apply_import(target, preview_import(target, path), Decisions())


def test_the_demo_round_trips_into_an_empty_organization_except_people_not_listed(
    demo: OpenOrganization, empty: OpenOrganization, tmp_path: Path
) -> None:
    transfer(demo, empty, tmp_path / "demo.zip")
    mine, theirs = records(demo), records(empty)
    position = SPECS[Kind.PERSON].position("consent_directory")
    unlisted = {u for u, (k, _d, v) in mine.items() if k == Kind.PERSON and v[position] == "false"}
    assert unlisted, "the demo has people who have not agreed to be listed"
    person_of = {Kind.MEMBERSHIP: 0, Kind.CONTACT_DETAIL: 0}
    withheld = unlisted | {
        uuid
        for uuid, (kind, _d, values) in mine.items()
        if kind in person_of and values[person_of[kind]] in unlisted
    }
    assert {u: r for u, r in mine.items() if u not in withheld} == theirs
    assert not withheld & set(theirs)


people = st.lists(
    st.tuples(
        st.text("abcxyzÀéøßЖ漢 '-", min_size=1, max_size=12).map(str.strip).filter(bool),
        st.text("abcdefghij", min_size=1, max_size=10),
        st.sampled_from(["", "+1 217 555 0101", "(217) 555-0199"]),
        st.booleans(),  # has an extra email
        st.sampled_from(["member", "volunteer", "host_family", "guest", "contact"]),
        st.sampled_from(["chair", "treasurer", "member", None]),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(roster=people)
def test_any_generated_roster_round_trips_identically(roster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = open_organization(create_organization(f"Gen {id(roster)}", country="US").slug)
    target = open_organization(create_organization(f"Copy {id(roster)}", country="US").slug)
    try:
        with source.database.transaction() as session:
            board = create_record(session, Committee, {"name": "Board", "kind": "board"})
            for n, (given_name, family, phone, extra, category, post) in enumerate(roster):
                person = create_record(
                    session,
                    Person,
                    {
                        "given_name": given_name,
                        "family_name": family,
                        "email": f"{family}{n}@example.org",
                        "phone": phone,
                        "category": category,
                        "consent_directory": True,
                        "directory_id": f"CD-{n}" if n % 2 else "",
                    },
                )
                if extra:
                    create_record(
                        session,
                        ContactDetail,
                        {"person_id": person.id, "kind": "email", "value": f"x{n}@example.net"},
                    )
                if post and (post != "chair" or n == 0):
                    create_record(
                        session,
                        Membership,
                        {"person_id": person.id, "committee_id": board.id, "post": post},
                    )
        transfer(source, target, tmp_path / f"gen-{id(roster)}.zip")
        assert records(source) == records(target)
    finally:
        source.close()
        target.close()


def test_the_same_file_twice_changes_nothing_and_says_so(demo, empty, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "once.zip"
    transfer(demo, empty, path)
    before = fingerprint(empty)
    preview = preview_import(empty, path)
    assert preview.nothing_to_do.startswith("This file was already imported on")
    assert apply_import(empty, preview).message == preview.nothing_to_do
    assert fingerprint(empty) == before


def test_every_export_is_a_valid_frictionless_data_package(demo, empty, tmp_path) -> None:  # type: ignore[no-untyped-def]
    transfer(demo, empty, tmp_path / "full.zip")
    transfer(empty, demo, tmp_path / "back.zip")  # acknowledges the first: deltas now possible
    with demo.database.transaction() as session:
        person = session.query(Person).filter(Person.consent_directory.is_(True)).first()
        update_record(session, Person, person.id, {"city": "Shelbyville"})
        changed = person.uuid
    export_roster(demo, tmp_path / "delta.zip", DELTA)
    for name in ("full.zip", "delta.zip"):
        folder = tmp_path / name.replace(".zip", "")
        with zipfile.ZipFile(tmp_path / name) as archive:
            archive.extractall(folder)
        report = frictionless.validate(folder / "datapackage.json")
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    # The change, and the people it or the organization refers to: never the whole roster.
    delta = rows(entries(tmp_path / "delta.zip")["data/persons.csv"])
    assert changed in {r["id"] for r in delta} and len(delta) <= 3


def test_the_shipped_schema_is_the_one_files_carry_and_the_spec_names_every_field() -> None:
    assert resource("roster-exchange", "datapackage.json").read_bytes() == descriptor_bytes()
    spec = DOCS.read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table.name}`" in spec
        for field in table.fields:
            assert f"| `{field.name}` |" in spec, f"{table.name}.{field.name} is not documented"


def test_a_person_not_listed_travels_without_personal_data(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo.database.transaction() as session:
        person = create_record(
            session,
            Person,
            {
                "given_name": "Quiet",
                "family_name": "Member",
                "email": "quiet@example.org",
                "directory_id": "CD-9",
                "consent_directory": False,
            },
        )
        create_record(
            session,
            ContactDetail,
            {"person_id": person.id, "kind": "phone", "value": "217 555 0100"},
        )
        uuid = person.uuid
    export_roster(demo, tmp_path / "consent.zip")
    contents = entries(tmp_path / "consent.zip")
    [row] = [r for r in rows(contents["data/persons.csv"]) if r["id"] == uuid]
    assert {k for k, v in row.items() if v} == {"id", "consent_directory", "updated_at", "deleted"}
    assert row["consent_directory"] == "false"
    assert not any(r["person_id"] == uuid for r in rows(contents["data/contact_details.csv"]))
    assert not any(r["person_id"] == uuid for r in rows(contents["data/identifiers.csv"]))
    assert b"quiet@example.org" not in b"".join(contents.values())


def test_text_a_spreadsheet_would_run_travels_with_an_apostrophe_and_arrives_as_typed(
    demo: OpenOrganization, empty: OpenOrganization, tmp_path: Path
) -> None:
    with demo.database.transaction() as session:
        person = create_record(
            session,
            Person,
            {
                "given_name": "-Ada",
                "family_name": "@Lovelace",
                "phone": "+44 20 7946 0018",
                "street": "=1 Byron Row",
                "consent_directory": True,
            },
        )
        uuid = person.uuid
    path = tmp_path / "formulas.zip"
    transfer(demo, empty, path)
    [row] = [r for r in rows(entries(path)["data/persons.csv"]) if r["id"] == uuid]
    assert (row["given_name"], row["family_name"]) == ("'-Ada", "'@Lovelace")
    assert (row["street"], row["phone"]) == ("'=1 Byron Row", "+44 20 7946 0018")
    assert records(empty)[uuid] == records(demo)[uuid]


def test_a_removed_person_travels_as_a_tombstone_without_data_and_is_removed_there(
    demo, empty, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    transfer(demo, empty, tmp_path / "first.zip")
    transfer(empty, demo, tmp_path / "ack.zip")
    with demo.database.transaction() as session:
        person = session.query(Person).filter(Person.consent_directory.is_(True)).first()
        uuid, email = person.uuid, person.email
        delete_record(session, Person, person.id)
    export_roster(demo, tmp_path / "erased.zip", DELTA)
    contents = entries(tmp_path / "erased.zip")
    [row] = [r for r in rows(contents["data/persons.csv"]) if r["id"] == uuid]
    assert {k for k, v in row.items() if v} == {"id", "updated_at", "deleted"}
    assert row["deleted"] == "true"
    assert email.encode() not in b"".join(contents.values())
    preview = preview_import(empty, tmp_path / "erased.zip")
    assert [m.uuid for m in preview.removed] == [uuid]
    apply_import(empty, preview)
    assert records(empty)[uuid][1] is True


def test_a_delta_needs_an_acknowledged_file_first(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RosterSyncError, match="Send a full file first"):
        export_roster(demo, tmp_path / "delta.zip", DELTA)
    assert not (tmp_path / "delta.zip").exists()


def test_an_encrypted_file_opens_with_its_passphrase_or_a_remembered_one(
    demo, empty, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "locked.zip"
    export_roster(demo, path, passphrase="Ünïcode pass phrase")
    assert not zipfile.is_zipfile(path)
    with pytest.raises(SecretNeeded) as needed:
        preview_import(empty, path)
    assert needed.value.what == "passphrase"
    preview = preview_import(empty, path, Secrets(passphrase="Ünïcode pass phrase"))
    assert preview.summary()["added"] > 100 and preview.package.encrypted


def test_without_a_keyring_the_key_is_asked_for_and_never_stored(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(NoKeyring())
    with pytest.raises(SecretNeeded) as needed:
        export_roster(demo, tmp_path / "unsigned.zip")
    assert "no keyring" in needed.value.reason and not (tmp_path / "unsigned.zip").exists()
    key = keys.new_key()
    export_roster(demo, tmp_path / "signed.zip", signing_key=key)
    text = keys.key_text(key).replace("-", "").encode()
    for path in demo.folder.root.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes() and text not in path.read_bytes(), path
