"""Two replicas of one organization exchanging roster files, with a model of the truth.

The model tracks, for every field, the edit its value comes from (its origin) and every
edit the replica has seen of that field (its history). When a file arrives the truth is
plain: their value is old news if its origin is in our history, ours is old news if its
origin is in theirs. Old news on one side only must be settled without asking (the newer
side wins); on neither side (concurrent edits) or both (the sides swapped values in
crossing files) it must be reported as a conflict. Settling a conflict with "keep mine" is
a new edit; "take theirs" adopts their value and its origin.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path

from scdesk.interchange.roster.applying import Decision, Decisions, apply_import
from scdesk.interchange.roster.exporting import can_export_delta, export_roster
from scdesk.interchange.roster.importing import preview_import
from scdesk.interchange.roster.items import Kind, read_all
from scdesk.interchange.roster.merge import DELETED, field_names
from scdesk.model import Committee, Person
from scdesk.operations.records import create_record, delete_record, update_record
from scdesk.storage.organization_files import OpenOrganization

EDITED = {
    Kind.PERSON: ("given_name", "family_name", "city", "languages"),
    Kind.COMMITTEE: ("name",),
}
MODELS = {Kind.PERSON: Person, Kind.COMMITTEE: Committee}


@dataclass(frozen=True)
class Version:
    """A field's value, the edit it comes from, and every edit of the field seen here."""

    value: str
    origin: str
    history: frozenset[str]

    def edited(self, value: str, event: str) -> Version:
        return Version(value, event, self.history | {event})

    def knows(self, other: Version) -> bool:
        return other.origin in self.history


def expected_outcome(mine: Version, theirs: Version) -> str:
    theirs_old, mine_old = mine.knows(theirs), theirs.knows(mine)
    if theirs_old and not mine_old:
        return "keep"
    if mine_old and not theirs_old:
        return "take"
    return "conflict"


@dataclass
class Sent:
    path: Path
    sender: int
    truth: dict[str, dict[str, Version]]


@dataclass
class Replica:
    org: OpenOrganization
    side: int
    truth: dict[str, dict[str, Version]] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)

    def values(self) -> dict[str, dict[str, str | None]]:
        """Every tracked record as it is in the database: deleted flag and fields."""
        out = {}
        with self.org.database.engine.connect() as connection:
            for kind in EDITED:
                for stored in read_all(connection, kind):
                    names = field_names(kind)
                    vector = ("true" if stored.item.deleted else "false", *stored.item.values)
                    out[stored.item.uuid] = dict(zip(names, vector, strict=True))
        return out

    def ids(self) -> dict[str, int]:
        with self.org.database.engine.connect() as connection:
            return {s.item.uuid: s.id for kind in EDITED for s in read_all(connection, kind)}


class Simulation:
    def __init__(self, a: OpenOrganization, b: OpenOrganization, folder: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.replicas = [Replica(a, 0), Replica(b, 1)]
        self.folder = folder
        self.inbox: list[list[Sent]] = [[], []]  # files waiting for each side
        self.counter = 0
        self.conflicts = 0
        self.uninformed = 0
        self.reported: set[tuple[str, str]] = set()

    # ---- setting up ---------------------------------------------------------------------

    def event(self, side: int) -> str:
        self.counter += 1
        return f"{'AB'[side]}{self.counter}"

    def unique(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def remember(self, replica: Replica, uuid: str, kind: Kind, event: str) -> None:
        values = replica.values()[uuid]
        replica.kinds[uuid] = kind
        replica.truth[uuid] = {
            name: Version(values[name], event, frozenset({event}))  # type: ignore[arg-type]
            for name in (DELETED, *EDITED[kind])
        }

    def seed_records(self, people: int = 4) -> None:
        a = self.replicas[0]
        made: list[tuple[str, Kind]] = []
        with a.org.database.transaction() as session:
            committee = create_record(session, Committee, {"name": "Board", "kind": "board"})
            made.append((committee.uuid, Kind.COMMITTEE))
            for n in range(people):
                person = create_record(
                    session,
                    Person,
                    {
                        "given_name": f"Given{n}",
                        "family_name": f"Family{n}",
                        "consent_directory": True,
                    },
                )
                made.append((person.uuid, Kind.PERSON))
        for uuid, kind in made:
            self.remember(a, uuid, kind, self.event(0))
        self.send(0, "full")
        self.receive(1, self.inbox[1].pop(), Decision.THEIRS)

    # ---- random steps -------------------------------------------------------------------

    def live(self, replica: Replica, kind: Kind | None = None) -> list[str]:
        return [
            uuid
            for uuid, fields in replica.truth.items()
            if fields[DELETED].value == "false" and kind in (None, replica.kinds[uuid])
        ]

    def edit(self, side: int) -> None:
        replica = self.replicas[side]
        live = self.live(replica)
        if not live:
            return
        uuid = self.rng.choice(live)
        kind = replica.kinds[uuid]
        name = self.rng.choice(EDITED[kind])
        value = self.unique()
        with replica.org.database.transaction() as session:
            update_record(session, MODELS[kind], replica.ids()[uuid], {name: value})
        replica.truth[uuid][name] = replica.truth[uuid][name].edited(value, self.event(side))

    def delete(self, side: int) -> None:
        replica = self.replicas[side]
        live = self.live(replica, Kind.PERSON)
        if len(live) < 2:
            return
        uuid = self.rng.choice(live)
        with replica.org.database.transaction() as session:
            delete_record(session, Person, replica.ids()[uuid])
        fields = replica.truth[uuid]
        fields[DELETED] = fields[DELETED].edited("true", self.event(side))

    def add(self, side: int) -> None:
        replica = self.replicas[side]
        given, family = self.unique(), self.unique()
        with replica.org.database.transaction() as session:
            person = create_record(
                session,
                Person,
                {"given_name": given, "family_name": family, "consent_directory": True},
            )
            uuid = person.uuid
        self.remember(replica, uuid, Kind.PERSON, self.event(side))

    def send(self, side: int, kind: str | None = None) -> None:
        replica = self.replicas[side]
        if kind is None:
            kind = "delta" if can_export_delta(replica.org) and self.rng.random() < 0.6 else "full"
        self.counter += 1
        path = self.folder / f"file-{self.counter}.zip"
        export_roster(replica.org, path, kind)
        self.inbox[1 - side].append(Sent(path, side, copy.deepcopy(replica.truth)))

    def receive(self, side: int, sent: Sent, policy: Decision | None = None) -> None:
        replica = self.replicas[side]
        preview = preview_import(replica.org, sent.path)
        if preview.nothing_to_do:
            return
        decisions = Decisions()
        for merge in preview.merges:
            for conflict in merge.conflicts:
                decision = policy or self.rng.choice(list(Decision))
                decisions.fields[(merge.uuid, conflict.name)] = decision
        self._check_against_truth(replica, sent, preview, decisions)
        apply_import(replica.org, preview, decisions)
        self._check_database(replica)

    def step(self) -> None:
        side = self.rng.randrange(2)
        roll = self.rng.random()
        if roll < 0.4:
            self.edit(side)
        elif roll < 0.47:
            self.delete(side)
        elif roll < 0.55:
            self.add(side)
        elif roll < 0.8:
            self.send(side)
        elif self.inbox[side]:
            sent = self.inbox[side].pop(self.rng.randrange(len(self.inbox[side])))
            self.receive(side, sent)

    def settle(self, rounds: int = 4) -> None:
        """Stop editing and exchange until both sides hold the same records: B takes
        theirs in conflicts, A keeps its own, so a dispute always ends."""
        self.inbox = [[], []]
        for _ in range(rounds):
            self.send(0)
            self.receive(1, self.inbox[1].pop(), Decision.THEIRS)
            self.send(1)
            self.receive(0, self.inbox[0].pop(), Decision.MINE)
            if self.converged():
                return

    # ---- the checks ---------------------------------------------------------------------

    def _check_against_truth(
        self, replica: Replica, sent: Sent, preview, decisions: Decisions
    ) -> None:  # type: ignore[no-untyped-def]
        for merge in preview.merges:
            uuid = merge.uuid
            if uuid not in sent.truth:
                continue  # the organization itself
            theirs_truth = sent.truth[uuid]
            if merge.local is None:
                if not merge.incoming.deleted:
                    replica.truth[uuid] = dict(theirs_truth)
                    replica.kinds[uuid] = merge.kind
                continue
            mine_truth = replica.truth[uuid]
            updated = dict(mine_truth)
            conflicted = {c.name for c in merge.conflicts}
            for name in (DELETED, *EDITED[merge.kind]):
                incoming = (
                    merge.incoming.get(name)
                    if name != DELETED
                    else ("true" if merge.incoming.deleted else "false")
                )
                if incoming is None:
                    continue  # not sent: a tombstone's data
                theirs, mine = theirs_truth[name], mine_truth[name]
                assert incoming == theirs.value, (uuid, name, incoming, theirs.value)
                seen = mine.history | theirs.history
                if theirs.value == mine.value:
                    assert name not in conflicted and name not in merge.take
                    updated[name] = Version(mine.value, mine.origin, seen)
                    continue
                expected = expected_outcome(mine, theirs)
                actual = (
                    "conflict" if name in conflicted else "take" if name in merge.take else "keep"
                )
                if (
                    actual == "conflict"
                    and expected != "conflict"
                    and self._uninformed(merge, name)
                ):
                    self.uninformed += 1  # nothing was ever exchanged about it: asking is right
                elif name == DELETED and actual == "conflict" and expected != "conflict":
                    assert self._removal_meets_unseen_changes(
                        mine_truth, theirs_truth, merge.incoming.deleted
                    ), f"a removal conflict on {uuid} with no unseen change"
                else:
                    assert actual == expected, (
                        f"{name} of {uuid}: expected {expected}, the merge said {actual}; "
                        f"mine {mine.value} from {mine.origin}, "
                        f"theirs {theirs.value} from {theirs.origin}"
                    )
                if actual == "conflict":
                    self.conflicts += 1
                    self.reported.add((uuid, name))
                    if decisions.for_field(uuid, name) == Decision.THEIRS:
                        updated[name] = Version(theirs.value, theirs.origin, seen)
                    else:
                        event = self.event(replica.side)
                        updated[name] = Version(mine.value, event, seen | {event})
                elif actual == "take":
                    updated[name] = Version(theirs.value, theirs.origin, seen)
                else:
                    updated[name] = Version(mine.value, mine.origin, seen)
            replica.truth[uuid] = updated

    @staticmethod
    def _uninformed(merge, name: str) -> bool:  # type: ignore[no-untyped-def]
        """The merge has no baseline value for this field: the other side never told us
        it, nor acknowledged ours (a tombstone carries no data; files may be lost)."""
        base = merge.baseline
        index = field_names(merge.kind).index(name)
        return base is None or all(
            values is None or values[index] is None for values in (base.received, base.sent)
        )

    @staticmethod
    def _removal_meets_unseen_changes(mine: dict, theirs: dict, theirs_deleted: bool) -> bool:  # type: ignore[type-arg]
        """A removal also conflicts with changes the remover had not seen."""
        others = [n for n in mine if n != DELETED and n in theirs]
        if theirs_deleted:
            return any(not theirs[n].knows(mine[n]) for n in others)
        return any(not mine[n].knows(theirs[n]) for n in others)

    def _check_database(self, replica: Replica) -> None:
        stored = replica.values()
        for uuid, fields in replica.truth.items():
            for name, version in fields.items():
                if name == DELETED or fields[DELETED].value == "false":
                    assert stored[uuid][name] == version.value, (
                        uuid,
                        name,
                        stored[uuid][name],
                        version.value,
                    )

    def converged(self) -> bool:
        a, b = (r.values() for r in self.replicas)
        for one, other in ((a, b), (b, a)):
            # Added and removed before it ever travelled: nothing to tell the other side.
            if any(one[u][DELETED] == "false" for u in set(one) - set(other)):
                return False
        for uuid, values in a.items():
            if uuid not in b:
                continue
            if values[DELETED] != b[uuid][DELETED]:
                return False
            if values[DELETED] == "false" and values != b[uuid]:
                return False
        return True
