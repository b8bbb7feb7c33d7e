"""Join the two revisions written in parallel: list indexes and roster sync bookkeeping.

Revision ID: 0004
Revises: 0003_list_indexes, 0003_roster
"""

from collections.abc import Sequence

revision: str = "0004"
down_revision: str | tuple[str, ...] | None = ("0003_list_indexes", "0003_roster")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
