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

from sqlalchemy import Connection

from scdesk.interchange.roster.cells import FALSE, TRUE
from scdesk.interchange.roster.items import Item

Vector = tuple[str | None, ...]

_SEPARATOR = "\x1f"
_NOT_SENT = "\x1e"
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


@dataclass
class Baseline:
    """What one peer knew of one record (see SyncBaseline)."""

    received: Vector | None = None
    received_ack: int = 0
    sent: Vector | None = None
    sent_sequence: int = 0
    asserted: dict[str, int] = field(default_factory=dict)


def load(connection: Connection, peer_id: int, uuids: Iterable[str]) -> dict[str, Baseline]:
    found: dict[str, Baseline] = {}
    source = iter(uuids)
    while chunk := list(islice(source, _CHUNK)):
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            "SELECT record_uuid, received, received_ack, sent, sent_sequence, asserted"
            f" FROM sync_baseline WHERE peer_id = ? AND record_uuid IN ({marks})",
            (peer_id, *chunk),
        )
        for uuid, received, received_ack, sent, sent_sequence, asserted in rows:
            found[uuid] = Baseline(
                decode(received),
                received_ack,
                decode(sent),
                sent_sequence,
                decode_asserted(asserted),
            )
    return found


def save_received(
    connection: Connection, peer_id: int, rows: list[tuple[str, str, str, int, str]]
) -> None:
    """Upsert (uuid, kind, received, received_ack, asserted) rows."""
    connection.connection.cursor().executemany(
        "INSERT INTO sync_baseline (peer_id, record_uuid, kind, received, received_ack, sent,"
        " sent_sequence, asserted) VALUES (?, ?, ?, ?, ?, NULL, 0, ?)"
        " ON CONFLICT (peer_id, record_uuid) DO UPDATE SET received = excluded.received,"
        " received_ack = excluded.received_ack, asserted = excluded.asserted",
        [
            (peer_id, uuid, kind, received, ack, asserted)
            for uuid, kind, received, ack, asserted in rows
        ],
    )


def save_sent(
    connection: Connection, peer_id: int, rows: list[tuple[str, str, str]], sequence: int
) -> None:
    """Upsert (uuid, kind, sent) rows acknowledged in our file `sequence`."""
    connection.connection.cursor().executemany(
        "INSERT INTO sync_baseline (peer_id, record_uuid, kind, received, received_ack, sent,"
        " sent_sequence, asserted) VALUES (?, ?, ?, NULL, 0, ?, ?, '')"
        " ON CONFLICT (peer_id, record_uuid) DO UPDATE SET sent = excluded.sent,"
        " sent_sequence = excluded.sent_sequence",
        [(peer_id, uuid, kind, sent, sequence) for uuid, kind, sent in rows],
    )
