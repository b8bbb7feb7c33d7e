"""Opening organizations from the window: recently used ones first, a new one, or the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from scdesk.operations.organizations import open_organization
from scdesk.storage.errors import DamagedDatabaseError, NotADatabaseError, StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import OrganizationEntry, Registry
from scdesk.ui.i18n import error_text
from scdesk.ui.settings import app_settings
from scdesk.ui.user_preferences import current_backup_settings

LAST_ORGANIZATION = "organizations/last"
RECENT_ORGANIZATIONS = "organizations/recent"
RECENT_LIMIT = 8


def slug_of(org: OpenOrganization) -> str:
    """The organization's slug: its folder's name, which never changes."""
    return org.folder.root.name


def remember_opened(slug: str) -> None:
    settings = app_settings()
    recent = [s for s in _recent_slugs() if s != slug]
    settings.setValue(RECENT_ORGANIZATIONS, [slug, *recent][:RECENT_LIMIT])
    settings.setValue(LAST_ORGANIZATION, slug)


def recent_organizations(registry: Registry) -> list[OrganizationEntry]:
    """Organizations on this computer, the most recently opened first, then by name."""
    order = {slug: rank for rank, slug in enumerate(_recent_slugs())}
    return sorted(
        registry.entries(), key=lambda e: (order.get(e.slug, len(order)), e.name.casefold())
    )


def open_with_message(slug: str, parent: QWidget | None = None) -> OpenOrganization | None:
    """Open an organization, its backups going where the Preferences say; on a storage
    problem explain it and return None."""
    try:
        org = open_organization(slug, backup_settings=current_backup_settings())
    except (DamagedDatabaseError, NotADatabaseError) as error:
        # Recovery brings the health check and the backup restores, which only a damaged
        # database needs: loaded here, not with every window (start-up time).
        from scdesk.ui.backups.recovery import offer_recovery

        org = offer_recovery(slug, error, parent)
        if org is None:
            return None
    except StorageError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Organizations", "The organization cannot be opened"),
            error_text(error),
        )
        return None
    remember_opened(slug)
    return org


def _recent_slugs() -> list[str]:
    value = app_settings().value(RECENT_ORGANIZATIONS, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        return [value]
    return [str(v) for v in value or []]
