"""The hours list's sort keys (volunteer's name; exchange or committee), kept by triggers.

Sorting 500,000 hours entries by the volunteer's name or by what the hours were given to
read and sorted every row through joins (6-12 s under load); see scdesk.storage.sort_keys.

Revision ID: 0008_hours_sort_keys
Revises: 0007_list_sort_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from scdesk.storage.sort_keys import TRIGGER_NAMES, install_sort_keys

revision: str = "0008_hours_sort_keys"
down_revision: str | None = "0007_list_sort_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = ("person_sort", "on_sort")


def upgrade() -> None:
    for key in KEYS:
        op.add_column(
            "volunteer_hours",
            sa.Column(key, sa.String(length=250), nullable=False, server_default=""),
        )
    install_sort_keys(op.get_bind())
    for key in KEYS:
        op.create_index(
            f"ix_volunteer_hours_live_{key}",
            "volunteer_hours",
            [key],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    for key in KEYS:
        op.drop_index(f"ix_volunteer_hours_live_{key}", table_name="volunteer_hours")
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("volunteer_hours") as batch:
        for key in KEYS:
            batch.drop_column(key)
