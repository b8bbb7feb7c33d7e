"""Column mappings saved under a name, to reuse for the next file from the same source.

They live in `contacts-mappings.json` in the organization's folder, beside its database:
they describe files, not records, so they travel with the organization's folder but
not in roster files, and need no schema migration.
"""

from __future__ import annotations

import json
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.mapping import ColumnMapping
from scdesk.storage.atomic import write_text_atomic
from scdesk.storage.errors import StorageError

MAPPINGS_FILE = "contacts-mappings.json"
FORMAT_VERSION = 1


class UnknownMapping(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        listed = ", ".join(f"“{n}”" for n in known) or _("none saved yet")
        super().__init__(
            _("no saved column mapping called “{name}” (saved: {saved}).").format(
                name=name, saved=listed
            )
        )


def mappings_file(organization_folder: Path) -> Path:
    return organization_folder / MAPPINGS_FILE


def _read(organization_folder: Path) -> dict[str, dict]:
    path = mappings_file(organization_folder)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version", 0) > FORMAT_VERSION:
            raise StorageError(
                path, _("the saved column mappings were written by a newer scdesk; update scdesk.")
            )
        return dict(data["mappings"])
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise StorageError(
            path,
            _(
                "the saved column mappings cannot be read ({details}). Remove this file; "
                "your records are not affected."
            ).format(details=str(error)),
        ) from error


def saved_mapping_names(organization_folder: Path) -> list[str]:
    return sorted(_read(organization_folder), key=str.casefold)


def load_mapping(organization_folder: Path, name: str) -> ColumnMapping:
    saved = _read(organization_folder)
    for key, value in saved.items():
        if key.casefold() == name.strip().casefold():
            try:
                return ColumnMapping.from_json(value)
            except (ValueError, KeyError, TypeError) as error:
                raise StorageError(
                    mappings_file(organization_folder),
                    _("the saved mapping “{name}” is damaged ({details}). Save it again.").format(
                        name=key, details=str(error)
                    ),
                ) from error
    raise UnknownMapping(name, sorted(saved, key=str.casefold))


def save_mapping(organization_folder: Path, name: str, mapping: ColumnMapping) -> None:
    """Save (or replace) the mapping called `name`."""
    name = name.strip()
    if not name:
        raise ValueError(_("Give the mapping a name."))
    saved = {k: v for k, v in _read(organization_folder).items() if k.casefold() != name.casefold()}
    saved[name] = mapping.to_json()
    payload = {"version": FORMAT_VERSION, "mappings": saved}
    write_text_atomic(
        mappings_file(organization_folder), json.dumps(payload, indent=2, ensure_ascii=False)
    )
