"""Flat exports for people who only want a spreadsheet (CSV) or an address book (vCard 4.0)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from scdesk.interchange.flat.csv_export import flat_csv_bytes
from scdesk.interchange.flat.people import exported_people
from scdesk.interchange.flat.vcard_export import vcard_bytes
from scdesk.operations.organizations import current_profile
from scdesk.storage.atomic import write_bytes_atomic
from scdesk.storage.organization_files import OpenOrganization


def export_flat(org: OpenOrganization, fmt: Literal["csv", "vcard"], path: Path) -> int:
    """Write every live person to `path` as a flat CSV or vCard 4.0; return how many.

    The file appears whole or not at all (written beside it, then renamed).
    """
    with org.database.session() as session:
        people = exported_people(session)
        if fmt == "csv":
            data, count = flat_csv_bytes(people)
        elif fmt == "vcard":
            profile = current_profile(session)
            data, count = vcard_bytes(people, profile.name, profile.country)
        else:
            raise ValueError(f"Unknown flat format {fmt!r}: choose csv or vcard.")
    write_bytes_atomic(path, data, mode=0o600)
    return count
