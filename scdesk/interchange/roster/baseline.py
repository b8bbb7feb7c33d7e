"""The merge's memory of each record, kept per peer in the sync_baseline table.

A record's values are a vector: its deleted flag ("true"/"false") followed by its fields in
the kind's order. Stored as text: the values joined by the unit separator U+001F, a value
that was not sent (withheld, or a tombstone's data) as the record separator U+001E. Neither
character can occur in a value: the file reader refuses control characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

from sqlalchemy import Connection

from scdesk.interchange.roster.cells import FALSE, TRUE
from scdesk.interchange.roster.items import Item

Vector = tuple[str | None, ...]

_SEPARATOR = "\x1f"
_NOT_SENT = "\x1e"
_GROUP = "\x1d"
_CHUNK = 500


def vector(item: Item) -> Vector:
    return (TRUE if item.deleted else FALSE, *item.values)


def encode(values: Vector) -> str:
    return _SEPARATOR.join(_NOT_SENT if v is None else v for v in values)


def decode(text: str | None) -> Vector | None:
    if text is None:
        return None
    return tuple(None if v == _NOT_SENT else v for v in text.split(_SEPARATOR))


def overlay(old: Vector | None, new: Vector) -> Vector:
    """`new`, with what it did not send taken from `old`."""
    if old is None or len(old) != len(new):
        return new
    return tuple(o if n is None else n for o, n in zip(old, new, strict=True))


def encode_asserted(asserted: dict[str, int]) -> str:
    return ",".join(f"{name}={number}" for name, number in sorted(asserted.items()))


def decode_asserted(text: str) -> dict[str, int]:
    pairs = (part.split("=") for part in text.split(",") if part)
    return {name: int(number) for name, number in pairs}


Known = tuple[frozenset[str] | None, ...]  # per field: values, or None where not kept


def encode_known(known: Known | None) -> str:
    """Each value of a field prefixed with the group separator U+001D (which no value holds
    either), so that no values and one empty value differ; no field kept at all: ""."""
    if known is None or all(values is None for values in known):
        return ""
    return _SEPARATOR.join(
        _NOT_SENT if values is None else "".join(_GROUP + v for v in sorted(values))
        for values in known
    )


def decode_known(text: str) -> Known | None:
    if not text:
        return None
    return tuple(
        None if part == _NOT_SENT else frozenset(part.split(_GROUP)[1:])
        for part in text.split(_SEPARATOR)
    )


@dataclass
class Baseline:
    """What one peer knew of one record (see SyncBaseline)."""

    received: Vector | None = None
    received_ack: int = 0
    sent: Vector | None = None
    sent_sequence: int = 0
    asserted: dict[str, int] = field(default_factory=dict)
    received_arrival: int = 0
    received_disputed: Known | None = None


class Received(NamedTuple):
    """A record's values in a file from the peer, with what we knew when it arrived."""

    uuid: str
    kind: str
    values: str  # encoded
    ack: int  # our file that file acknowledged
    arrival: int  # our last file made before it arrived
    disputed: str  # encoded: in the fields in conflict when it arrived, ours they knew
    asserted: str  # encoded


def load(connection: Connection, peer_id: int, uuids: Iterable[str]) -> dict[str, Baseline]:
    found: dict[str, Baseline] = {}
    source = iter(uuids)
    while chunk := list(islice(source, _CHUNK)):
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            "SELECT record_uuid, received, received_ack, sent, sent_sequence, asserted,"
            " received_arrival, received_disputed FROM sync_baseline"
            f" WHERE peer_id = ? AND record_uuid IN ({marks})",
            (peer_id, *chunk),
        )
        for uuid, received, ack, sent, sequence, asserted, arrival, disputed in rows:
            found[uuid] = Baseline(
                decode(received),
                ack,
                decode(sent),
                sequence,
                decode_asserted(asserted),
                arrival,
                decode_known(disputed),
            )
    return found


def save_received(connection: Connection, peer_id: int, rows: list[Received]) -> None:
    connection.connection.cursor().executemany(
        "INSERT INTO sync_baseline (peer_id, record_uuid, kind, received, received_ack,"
        " received_arrival, received_disputed, sent, sent_sequence, asserted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, ?)"
        " ON CONFLICT (peer_id, record_uuid) DO UPDATE SET received = excluded.received,"
        " received_ack = excluded.received_ack,"
        " received_arrival = excluded.received_arrival,"
        " received_disputed = excluded.received_disputed, asserted = excluded.asserted",
        [
            (peer_id, r.uuid, r.kind, r.values, r.ack, r.arrival, r.disputed, r.asserted)
            for r in rows
        ],
    )


def save_sent(
    connection: Connection, peer_id: int, rows: list[tuple[str, str, str]], sequence: int
) -> None:
    """Upsert (uuid, kind, sent) rows acknowledged in our file `sequence`."""
    connection.connection.cursor().executemany(
        "INSERT INTO sync_baseline (peer_id, record_uuid, kind, received, received_ack,"
        " received_arrival, received_disputed, sent, sent_sequence, asserted)"
        " VALUES (?, ?, ?, NULL, 0, 0, '', ?, ?, '')"
        " ON CONFLICT (peer_id, record_uuid) DO UPDATE SET sent = excluded.sent,"
        " sent_sequence = excluded.sent_sequence",
        [(peer_id, uuid, kind, sent, sequence) for uuid, kind, sent in rows],
    )
