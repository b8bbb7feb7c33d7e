"""The health check of an organization's database and files (`scdesk check`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.domain.vocabulary import record_kind
from scdesk.operations.attachments import check_attachments
from scdesk.operations.backups import LossEstimate, newest_good_backup, what_would_be_lost
from scdesk.storage.backup import DEFAULT_SETTINGS, Backup, BackupSettings
from scdesk.storage.errors import StorageError
from scdesk.storage.integrity import integrity_problems
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import OrganizationFolder
from scdesk.storage.search_index import check_search_index


@dataclass
class HealthReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems


COUNTED = (
    "partnership",
    "committee",
    "person",
    "exchange",
    "participation",
    "volunteer_hours",
    "meeting",
    "attachment",
)


def check_organization(org: OpenOrganization) -> HealthReport:
    report = HealthReport()
    with org.database.engine.connect() as connection:
        report.problems += integrity_problems(connection)
        for table, rowid, parent, _fk in connection.exec_driver_sql(
            "PRAGMA foreign_key_check"
        ).fetchall()[:20]:
            report.problems.append(
                _("{table} row {row} points at a missing {parent}").format(
                    table=record_kind(table), row=rowid, parent=record_kind(parent)
                )
            )
        report.problems += check_search_index(connection)
        for table in COUNTED:
            report.counts[table] = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            ).scalar_one()
        connection.rollback()
    with org.database.session() as session:
        report.problems += check_attachments(session, org.folder.attachments)
    return report


@dataclass(frozen=True)
class DamageReport:
    """A database that cannot be opened: what is wrong, and the way back."""

    database: Path
    problem: str
    newest_good: Backup | None
    loss: LossEstimate | None  # what restoring `newest_good` would undo


def diagnose_damage(
    folder: OrganizationFolder, error: StorageError, settings: BackupSettings = DEFAULT_SETTINGS
) -> DamageReport:
    """Explain a database that failed to open: the newest good backup (among those where
    `settings` put them) and the changes made since it (counted from the damaged file where
    it can still be read). Reads only."""
    backup = newest_good_backup(folder, settings)
    loss = what_would_be_lost(folder.database, backup) if backup is not None else None
    return DamageReport(folder.database, error.message, backup, loss)
