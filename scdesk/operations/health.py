"""The health check of an organization's database and files (`scdesk check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from scdesk.operations.attachments import check_attachments
from scdesk.storage.organization_files import OpenOrganization
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
        rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            report.problems += [f"integrity: {row[0]}" for row in rows[:20]]
        for table, rowid, parent, _fk in connection.exec_driver_sql(
            "PRAGMA foreign_key_check"
        ).fetchall()[:20]:
            report.problems.append(f"{table} row {rowid} points at a missing {parent}")
        report.problems += check_search_index(connection)
        for table in COUNTED:
            report.counts[table] = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            ).scalar_one()
        connection.rollback()
    with org.database.session() as session:
        report.problems += check_attachments(session, org.folder.attachments)
    return report
