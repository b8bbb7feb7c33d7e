"""The three-way merge of a roster file with the records here.

For each field the question is who changed it last with knowledge of the other's value.
Two baselines answer it (see SyncBaseline): what the peer last sent us ("received") and
what we sent in the newest file of ours the peer acknowledged ("sent").

- Their value is old news to us when it is what they sent before (and they have not since
  insisted on it in a conflict with a value of ours), or it is a value we sent them.
- Our value is old news to them when it is what they sent us, or what we sent in a file
  they acknowledged (and we have not since insisted on it in a conflict).

Old news on one side only: the other side's value wins without asking. Old news on neither
side (both changed) or on both (each took the other's in crossing files): a conflict, for
the person to decide. A removal meets the same test, and also conflicts with changes the
remover had not seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from scdesk.interchange.roster.baseline import Baseline, Vector, vector
from scdesk.interchange.roster.cells import TRUE
from scdesk.interchange.roster.items import SPECS, Item, Kind, StoredItem

DELETED = "deleted"


class Outcome(StrEnum):
    SAME = "same"
    KEEP = "keep"  # ours stands, theirs is old news
    TAKE = "take"  # theirs replaces ours, ours is old news to them
    CONFLICT = "conflict"


def field_names(kind: Kind) -> tuple[str, ...]:
    return (DELETED, *SPECS[kind].names)


def _compare(mine_is_old_news: bool, theirs_is_old_news: bool) -> Outcome:
    if theirs_is_old_news and not mine_is_old_news:
        return Outcome.KEEP
    if mine_is_old_news and not theirs_is_old_news:
        return Outcome.TAKE
    return Outcome.CONFLICT


def known_to_them(base: Baseline | None, name: str, index: int) -> frozenset[str]:
    """Our values of field `name` the peer knows: what they sent us, and what we sent in
    a file they acknowledged (unless we insisted on it in a conflict since)."""
    if base is None:
        return frozenset()
    values = []
    if base.received is not None:
        values.append(base.received[index])
    if base.sent is not None and base.asserted.get(name, 0) <= base.sent_sequence:
        values.append(base.sent[index])
    return frozenset(value for value in values if value is not None)


def mine_known(mine: str | None, base: Baseline | None, name: str, index: int) -> bool:
    """Does the peer know our value already (so a different value of theirs is newer)?"""
    return mine is not None and mine in known_to_them(base, name, index)


def theirs_known(theirs: str, base: Baseline | None, name: str, index: int) -> bool:
    """Do we know their value already (so a different value of ours is newer)?"""
    if base is None:
        return False
    sent = base.sent[index] if base.sent is not None else None
    if sent is not None and theirs == sent:
        return True
    received = base.received[index] if base.received is not None else None
    if received is None or theirs != received:
        return False
    return not insisted(base, name, index, sent)


def insisted(base: Baseline, name: str, index: int, sent: str | None) -> bool:
    """Did they keep the value they sent before in a conflict with our value `sent`, which
    makes theirs news to us again? Only a file of ours they had not seen when they sent
    theirs (newer than received_ack) can have caused it.

    - A file made after theirs arrived here knew their value: still holding theirs after
      seeing it, they insisted.
    - A file that crossed theirs in flight (up to received_arrival, our last file made
      before theirs arrived) met their value in conflict only where the two sides were in
      conflict here when it arrived (received_disputed), and only with a value of ours
      they did not know then. A removal's conflict also turns on the other fields the file
      held, which are not kept: there, assume it did.
    """
    if sent is None or base.sent_sequence <= base.received_ack:
        return False
    if base.sent_sequence > base.received_arrival:
        return True
    disputed = base.received_disputed
    known = disputed[index] if disputed is not None and index < len(disputed) else None
    if known is None:
        return False
    return name == DELETED or sent not in known


@dataclass
class FieldConflict:
    name: str
    mine: str | None
    theirs: str | None


@dataclass
class RecordMerge:
    """One incoming record against the same record here (if any)."""

    incoming: Item
    local: StoredItem | None
    baseline: Baseline | None
    take: dict[str, str | None] = field(default_factory=dict)  # decided without asking
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def kind(self) -> Kind:
        return self.incoming.kind

    @property
    def uuid(self) -> str:
        return self.incoming.uuid

    def label(self) -> str:
        source = self.local.item if self.local is not None else self.incoming
        label = source.label()
        if self.incoming.kind == Kind.PERSON and label == "(not listed)":
            label = self.incoming.label()
        return label


def merge_record(incoming: Item, local: StoredItem | None, base: Baseline | None) -> RecordMerge:
    merge = RecordMerge(incoming, local, base)
    if local is None:
        return merge
    names = field_names(incoming.kind)
    mine, theirs = vector(local.item), vector(incoming)
    outcomes = {}
    for index, name in enumerate(names):
        outcome = decide(mine[index], theirs[index], base, name, index)
        outcomes[name] = outcome
        if outcome == Outcome.TAKE:
            merge.take[name] = theirs[index]
        elif outcome == Outcome.CONFLICT:
            merge.conflicts.append(FieldConflict(name, mine[index], theirs[index]))
    _removal_meets_changes(merge, outcomes, mine, theirs, names)
    return merge


def decide(
    mine: str | None, theirs: str | None, base: Baseline | None, name: str, index: int
) -> Outcome:
    """The outcome for field `name` (at `index` of the vectors); `theirs` None: not sent."""
    if theirs is None or theirs == mine:
        return Outcome.SAME
    return _compare(mine_known(mine, base, name, index), theirs_known(theirs, base, name, index))


def _removal_meets_changes(
    merge: RecordMerge,
    outcomes: dict[str, Outcome],
    mine: Vector,
    theirs: Vector,
    names: tuple[str, ...],
) -> None:
    """A removal decided without asking becomes a conflict when the other side changed the
    record in ways the remover had not seen."""
    outcome = outcomes[DELETED]
    base = merge.baseline
    if outcome == Outcome.TAKE and theirs[0] == TRUE:
        unseen = [
            name
            for index, name in enumerate(names[1:], 1)
            if not mine_known(mine[index], base, name, index)
        ]
    elif outcome == Outcome.KEEP and mine[0] == TRUE:
        unseen = [
            name
            for index, name in enumerate(names[1:], 1)
            if theirs[index] is not None
            and theirs[index] != mine[index]
            and not theirs_known(theirs[index], base, name, index)  # type: ignore[arg-type]
        ]
    else:
        return
    if unseen:
        merge.take.pop(DELETED, None)
        merge.conflicts.insert(0, FieldConflict(DELETED, mine[0], theirs[0]))


def merge_all(
    incoming: Iterable[Item],
    local: dict[str, StoredItem],
    baselines: dict[str, Baseline],
) -> list[RecordMerge]:
    return [merge_record(item, local.get(item.uuid), baselines.get(item.uuid)) for item in incoming]
