"""The organizations known on this computer: a small JSON file in the data folder.

Each organization has its own folder (database, attachments, backups, lock) named by a
slug that never changes, so renaming an organization moves nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.model.base import utcnow
from scdesk.paths import data_home, ensure_private_folder
from scdesk.storage.atomic import write_text_atomic
from scdesk.storage.errors import (
    NOT_WRITABLE,
    StorageError,
    UnknownOrganizationError,
    folder_not_writable,
)

REGISTRY_FILE = "organizations.json"
DATABASE_FILE = "organization.sqlite3"


@dataclass(frozen=True)
class OrganizationEntry:
    slug: str
    name: str
    created: str


@dataclass(frozen=True)
class OrganizationFolder:
    """Where one organization's files live."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        return self.root / "organization.lock"


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:60] or "organization"


class Registry:
    def __init__(self, home: Path | None = None) -> None:
        self.home = home if home is not None else data_home()

    @property
    def file(self) -> Path:
        return self.home / REGISTRY_FILE

    def folder(self, entry: OrganizationEntry) -> OrganizationFolder:
        return OrganizationFolder(self.home / "organizations" / entry.slug)

    def entries(self) -> list[OrganizationEntry]:
        if not self.file.exists():
            return []
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            return [OrganizationEntry(**item) for item in data.get("organizations", [])]
        except (ValueError, TypeError) as error:
            raise StorageError(
                self.file,
                _(
                    "the list of organizations cannot be read ({details}). Fix or remove this "
                    "file; the organizations' own folders are untouched."
                ).format(details=str(error)),
            ) from error

    def find(self, name_or_slug: str) -> OrganizationEntry:
        wanted = name_or_slug.strip()
        for entry in self.entries():
            if wanted in (entry.slug, entry.name) or wanted.casefold() == entry.name.casefold():
                return entry
        known = ", ".join(f"“{e.name}”" for e in self.entries()) or _("none yet")
        raise UnknownOrganizationError(
            self.file,
            _("no organization called “{name}” on this computer (known: {known}).").format(
                name=name_or_slug, known=known
            ),
        )

    def add(self, name: str) -> OrganizationEntry:
        name = name.strip()
        if not name:
            raise StorageError(self.file, _("an organization needs a name."))
        entries = self.entries()
        if any(e.name.casefold() == name.casefold() for e in entries):
            raise StorageError(
                self.file, _("an organization called “{name}” already exists.").format(name=name)
            )
        taken = {e.slug for e in entries}
        base = slug = slugify(name)
        number = 2
        while slug in taken or (self.home / "organizations" / slug).exists():
            slug, number = f"{base}-{number}", number + 1
        entry = OrganizationEntry(
            slug=slug, name=name, created=utcnow().isoformat(timespec="seconds")
        )
        self._save([*entries, entry])
        return entry

    def rename(self, name_or_slug: str, new_name: str) -> OrganizationEntry:
        entry = self.find(name_or_slug)
        new_name = new_name.strip()
        if not new_name:
            raise StorageError(self.file, _("an organization needs a name."))
        clash = [e for e in self.entries() if e.name.casefold() == new_name.casefold()]
        if clash and clash[0].slug != entry.slug:
            raise StorageError(
                self.file,
                _("an organization called “{name}” already exists.").format(name=new_name),
            )
        renamed = OrganizationEntry(entry.slug, new_name, entry.created)
        self._save([renamed if e.slug == entry.slug else e for e in self.entries()])
        return renamed

    def remove(self, name_or_slug: str) -> OrganizationEntry:
        entry = self.find(name_or_slug)
        self._save([e for e in self.entries() if e.slug != entry.slug])
        return entry

    def _save(self, entries: list[OrganizationEntry]) -> None:
        try:
            ensure_private_folder(self.home)
            payload = {"version": 1, "organizations": [asdict(e) for e in entries]}
            write_text_atomic(self.file, json.dumps(payload, indent=2, ensure_ascii=False))
        except OSError as error:
            if error.errno not in NOT_WRITABLE:
                raise
            raise folder_not_writable(self.home, error) from error
