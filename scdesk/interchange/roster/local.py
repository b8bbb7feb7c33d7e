"""The records here, as items: all of them or those changed since a change number (a
delta), always closed under references so every file can be checked on its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection

from scdesk.interchange.roster.items import (
    SPECS,
    Item,
    Kind,
    StoredItem,
    read_all,
    read_by_uuid,
    references,
)

EXPORT_KINDS = tuple(SPECS)


def organization_uuid(connection: Connection) -> str:
    return connection.exec_driver_sql(
        "SELECT uuid FROM organization WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    ).scalar_one()


def items_to_send(connection: Connection, since: int | None) -> dict[Kind, list[Item]]:
    """Every record (since None), or those changed after change number `since` together
    with the records they refer to and the organization itself."""
    where = "" if since is None else "r.change_seq > :since"
    found: dict[Kind, dict[str, Item]] = defaultdict(dict)
    for kind in EXPORT_KINDS:
        params = {} if since is None else {"since": since}
        for stored in read_all(connection, kind, where, **params):
            found[kind][stored.item.uuid] = stored.item
    if since is not None:
        org = organization_uuid(connection)
        if org not in found[Kind.ORGANIZATION]:
            for stored in read_by_uuid(connection, Kind.ORGANIZATION, [org]):
                found[Kind.ORGANIZATION][org] = stored.item
        _close(connection, found, org)
    return {kind: list(found[kind].values()) for kind in EXPORT_KINDS}


def _close(connection: Connection, found: dict[Kind, dict[str, Item]], org: str) -> None:
    """Add the records that the found ones refer to, until nothing is missing."""
    pending: Iterable[Item] = [item for items in found.values() for item in items.values()]
    while True:
        missing: dict[Kind, set[str]] = defaultdict(set)
        for item in pending:
            for kind, uuid in references(item):
                if uuid != org and uuid not in found[kind]:
                    missing[kind].add(uuid)
        if not missing:
            return
        pending = []
        for kind, uuids in missing.items():
            for stored in read_by_uuid(connection, kind, sorted(uuids)):
                found[kind][stored.item.uuid] = stored.item
                pending.append(stored.item)


def stored_items(connection: Connection, items: dict[Kind, list[Item]]) -> dict[str, StoredItem]:
    """The records here with the UUIDs of `items`, by UUID."""
    found: dict[str, StoredItem] = {}
    for kind, incoming in items.items():
        for stored in read_by_uuid(connection, kind, (item.uuid for item in incoming)):
            found[stored.item.uuid] = stored
    return found
