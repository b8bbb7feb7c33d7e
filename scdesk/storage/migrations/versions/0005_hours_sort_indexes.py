"""Indexes of live hours entries for the Hours list's other sort orders.

Sorting 500,000 hours entries by hours, purpose or description meant reading and sorting
every row (3-4 s under load); a partial index over live entries in that order hands the ids
over as they are stored.

Revision ID: 0005_hours_sort_indexes
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_hours_sort_indexes"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORTED_COLUMNS = ("hours", "purpose", "description")


def upgrade() -> None:
    for column in SORTED_COLUMNS:
        op.create_index(
            f"ix_volunteer_hours_live_{column}",
            "volunteer_hours",
            [column],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    for column in SORTED_COLUMNS:
        op.drop_index(f"ix_volunteer_hours_live_{column}", table_name="volunteer_hours")
