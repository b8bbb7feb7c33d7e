"""Organizations on this computer: create, list, open, rename, remove; the profile."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.storage.backup import DEFAULT_SETTINGS, BackupSettings
from scdesk.storage.lock import OrganizationLock
from scdesk.storage.organization_files import OpenOrganization, open_folder
from scdesk.storage.registry import OrganizationEntry, Registry

if TYPE_CHECKING:
    from scdesk.model import OrganizationProfile


def validate_pending(session: Session, context: object, instances: object) -> None:
    """The domain rules, loaded with the record classes at the first write: opening an
    organization, and painting its window, reads and needs neither (start-up time)."""
    from scdesk.domain.validation import validate_pending as check

    check(session, context, instances)


@dataclass(frozen=True)
class OrganizationSummary:
    slug: str
    name: str
    folder: str
    database_bytes: int


def open_organization(
    name_or_slug: str,
    registry: Registry | None = None,
    backup_settings: BackupSettings = DEFAULT_SETTINGS,
) -> OpenOrganization:
    """Open (creating or upgrading the database as needed) with every domain rule enforced;
    its backups, the one before an upgrade included, go where `backup_settings` say."""
    registry = registry or Registry()
    entry = registry.find(name_or_slug)
    return open_folder(entry.name, registry.folder(entry), (validate_pending,), backup_settings)


def create_organization(
    name: str, registry: Registry | None = None, **profile: Any
) -> OrganizationEntry:
    """Register a new organization, create its database and its profile."""
    from scdesk.model import OrganizationProfile

    registry = registry or Registry()
    entry = registry.add(name)
    try:
        with open_organization(entry.slug, registry) as org, org.database.transaction() as s:
            s.add(OrganizationProfile(name=entry.name, **profile))
    except BaseException:
        registry.remove(entry.slug)
        shutil.rmtree(registry.folder(entry).root, ignore_errors=True)
        raise
    return entry


def list_organizations(registry: Registry | None = None) -> list[OrganizationSummary]:
    registry = registry or Registry()
    summaries = []
    for entry in registry.entries():
        folder = registry.folder(entry)
        size = folder.database.stat().st_size if folder.database.exists() else 0
        summaries.append(OrganizationSummary(entry.slug, entry.name, str(folder.root), size))
    return summaries


def rename_organization(
    name_or_slug: str, new_name: str, registry: Registry | None = None
) -> OrganizationEntry:
    """Rename in the list and in the organization's own profile."""
    registry = registry or Registry()
    entry = registry.find(name_or_slug)
    with open_organization(entry.slug, registry) as org, org.database.transaction() as session:
        profile = current_profile(session)
        profile.name = new_name
        renamed = registry.rename(entry.slug, new_name)
    return renamed


def remove_organization(
    name_or_slug: str, *, delete_files: bool = False, registry: Registry | None = None
) -> OrganizationEntry:
    """Forget an organization; its files stay unless `delete_files` is asked for."""
    registry = registry or Registry()
    entry = registry.find(name_or_slug)
    folder = registry.folder(entry)
    if delete_files and folder.root.exists():
        # Take the lock so files in use by another window are never deleted.
        with OrganizationLock(folder.lock_file, entry.name):
            pass
    registry.remove(entry.slug)
    if delete_files:
        shutil.rmtree(folder.root)
    return entry


def current_profile(session: Session) -> OrganizationProfile:
    from scdesk.model import OrganizationProfile

    profile = session.scalars(
        select(OrganizationProfile).where(OrganizationProfile.deleted_at.is_(None)).limit(1)
    ).first()
    if profile is None:
        raise LookupError(_("This database has no organization profile."))
    return profile


def update_profile(session: Session, changes: dict[str, Any]) -> OrganizationProfile:
    profile = current_profile(session)
    for key, value in changes.items():
        setattr(profile, key, value)
    session.flush()
    return profile
