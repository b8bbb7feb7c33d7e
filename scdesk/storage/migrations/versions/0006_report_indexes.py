"""Covering indexes for the annual report's two biggest sums.

The year's volunteer hours (60,000 of 500,000 entries in the large demo) and the membership
counts (100,000 people) were read from the full rows, most of them description, address and
contact text the report never uses. An index of live records holding just the columns the
report reads lets SQLite answer from the index alone: about half the time of those queries.

Revision ID: 0006_report_indexes
Revises: 0005_hours_sort_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_report_indexes"
down_revision: str | None = "0006_roster_baseline_arrival"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the models' columns: a migration must not change when the models do.
INDEXES = {
    ("volunteer_hours", "report"): (
        "worked_on",
        "committee_id",
        "exchange_id",
        "person_id",
        "hours",
        "approved_at",
    ),
    ("person", "membership"): ("member_since", "status"),
}


def upgrade() -> None:
    for (table, name), columns in INDEXES.items():
        op.create_index(
            f"ix_{table}_live_{name}",
            table,
            [*columns, "deleted_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    for table, name in INDEXES:
        op.drop_index(f"ix_{table}_live_{name}", table_name=table)
