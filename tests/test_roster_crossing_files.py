"""Files that cross in flight: each side made a file before the other's arrived.

A file of ours they import after making theirs may or may not make them insist on their
value: only where the two values were in conflict. These scenarios pin down both cases,
which the random replica sequences reach only now and then.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.interchange.roster.applying import Decision, Decisions, apply_import
from scdesk.interchange.roster.baseline import decode_known, encode_known, load
from scdesk.interchange.roster.exporting import FULL, export_roster
from scdesk.interchange.roster.importing import ImportPreview, preview_import
from scdesk.interchange.roster.merge import RecordMerge
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.records import create_record, delete_record, update_record
from scdesk.storage.database import make_engine
from scdesk.storage.migrate import upgrade


class Side:
    """One organization exchanging files with the other, numbering the files it writes."""

    def __init__(self, name: str, folder: Path) -> None:
        self.org = open_organization(create_organization(name, country="US").slug)
        self.folder = folder
        self.name = name
        self.files = 0

    def send(self) -> Path:
        self.files += 1
        path = self.folder / f"{self.name}-{self.files}.zip"
        export_roster(self.org, path, FULL)
        return path

    def look(self, path: Path) -> ImportPreview:
        """The preview of importing `path`, without applying it."""
        return preview_import(self.org, path)

    def receive(self, path: Path, decision: Decision | None = None) -> ImportPreview:
        preview = self.look(path)
        apply_import(self.org, preview, Decisions(everything=decision))
        return preview

    def person_id(self, uuid: str) -> int:
        with self.org.database.session() as session:
            return session.scalars(select(Person.id).where(Person.uuid == uuid)).one()

    def edit(self, uuid: str, **values: str) -> None:
        with self.org.database.transaction() as session:
            update_record(session, Person, self.person_id(uuid), values)

    def remove(self, uuid: str) -> None:
        with self.org.database.transaction() as session:
            delete_record(session, Person, self.person_id(uuid))


@pytest.fixture
def sides(tmp_path: Path) -> Iterator[tuple[Side, Side, str]]:
    """A and B holding the same person, from a full file of A's that B took in."""
    a, b = Side("A", tmp_path), Side("B", tmp_path)
    with a.org.database.transaction() as session:
        uuid = create_record(
            session,
            Person,
            {"given_name": "Ana", "family_name": "Silva", "consent_directory": True},
        ).uuid
    b.receive(a.send(), Decision.THEIRS)
    yield a, b, uuid
    a.org.close()
    b.org.close()


def merge_of(preview: ImportPreview, uuid: str) -> RecordMerge:
    [merge] = [m for m in preview.merges if m.uuid == uuid]
    return merge


def conflicts(preview: ImportPreview, uuid: str) -> list[str]:
    return [c.name for c in merge_of(preview, uuid).conflicts]


def test_a_crossing_file_holding_what_they_had_seen_does_not_make_their_value_news(
    sides,
) -> None:  # type: ignore[no-untyped-def]
    a, b, uuid = sides
    a.edit(uuid, family_name="Souza")
    from_a = a.send()
    crossing = b.send()  # still "Silva": A's own value, old news to A
    assert conflicts(b.receive(from_a), uuid) == []  # B takes "Souza"
    assert conflicts(a.receive(crossing), uuid) == []  # A keeps "Souza" without asking
    b.edit(uuid, family_name="Sousa")  # B corrects A's value, having seen it

    preview = b.look(a.send())  # "Souza" again, acknowledging the crossing file

    merge = merge_of(preview, uuid)
    assert merge.conflicts == [] and "family_name" not in merge.take  # B's correction stands


def test_a_crossing_file_made_before_our_change_does_not_make_their_value_news(
    sides,
) -> None:  # type: ignore[no-untyped-def]
    a, b, uuid = sides
    crossing = b.send()  # still "Silva": A's own value, old news to A
    b.edit(uuid, family_name="Silva Lima")
    a.edit(uuid, family_name="Souza")
    assert conflicts(b.receive(a.send(), Decision.MINE), uuid) == ["family_name"]
    assert conflicts(a.receive(crossing), uuid) == []  # A keeps "Souza" without asking

    preview = b.look(a.send())  # "Souza" again, acknowledging the crossing file

    merge = merge_of(preview, uuid)
    assert merge.conflicts == [] and "family_name" not in merge.take  # B's choice stands


@pytest.mark.parametrize("b_decides", [Decision.MINE, Decision.THEIRS])
def test_a_value_they_insisted_on_against_a_crossing_file_is_news_again(
    sides, b_decides: Decision
) -> None:  # type: ignore[no-untyped-def]
    a, b, uuid = sides
    b.edit(uuid, family_name="Silva Lima")
    crossing = b.send()
    a.edit(uuid, family_name="Souza")
    assert conflicts(b.receive(a.send(), b_decides), uuid) == ["family_name"]
    assert conflicts(a.receive(crossing, Decision.MINE), uuid) == ["family_name"]
    if b_decides == Decision.THEIRS:
        b.edit(uuid, family_name="Sousa")  # after taking "Souza"; A insisted meanwhile

    preview = b.look(a.send())  # "Souza", insisted on after seeing "Silva Lima"

    assert conflicts(preview, uuid) == ["family_name"]


def test_a_removal_insisted_on_against_changes_in_a_crossing_file_is_news_again(
    sides,
) -> None:  # type: ignore[no-untyped-def]
    a, b, uuid = sides
    b.edit(uuid, given_name="Ana Maria")
    crossing = b.send()
    a.remove(uuid)
    assert conflicts(b.receive(a.send(), Decision.MINE), uuid) == ["deleted"]
    assert conflicts(a.receive(crossing, Decision.MINE), uuid) == ["deleted"]

    preview = b.look(a.send())  # the removal, insisted on after seeing "Ana Maria"

    assert conflicts(preview, uuid) == ["deleted"]


def test_baselines_kept_before_the_arrival_was_recorded_are_read_as_they_were(
    tmp_path: Path,
) -> None:
    """Until revision 0006 received_ack held our last file made before their file arrived
    (at least the one it acknowledged): kept as the arrival, with no field in conflict."""
    engine = make_engine(tmp_path / "old.sqlite3")
    with engine.begin() as connection:
        upgrade(connection, "0005_hours_sort_indexes")
        connection.exec_driver_sql(
            "INSERT INTO sync_peer (id, replica_id, name, received_sequence, received_file_id,"
            " acknowledged_sequence, acknowledged_file_id, last_seen)"
            " VALUES (1, 'peer', 'Directory', 4, 'f4', 3, 'o3', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_baseline (peer_id, record_uuid, kind, received, received_ack,"
            " sent, sent_sequence, asserted) VALUES (1, 'u1', 'person', 'false', 5, NULL, 0, '')"
        )
        upgrade(connection)
        base = load(connection, 1, ["u1"])["u1"]
    engine.dispose()
    assert (base.received_ack, base.received_arrival, base.received_disputed) == (5, 5, None)


def test_the_values_they_knew_keep_an_empty_value_apart_from_none() -> None:
    known = (frozenset({""}), None, frozenset(), frozenset({"Silva", "Souza"}))
    assert decode_known(encode_known(known)) == known
    assert encode_known((None, None)) == "" and decode_known("") is None
