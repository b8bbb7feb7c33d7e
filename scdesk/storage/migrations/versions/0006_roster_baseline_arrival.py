"""Merge baselines remember where our files stood when the peer's values arrived.

`received_ack` had come to mean two things: the file of ours the peer's file acknowledged,
and our last file made before it arrived. Our files in between crossed the peer's in
flight; they made the peer insist on its value only where the two sides were in conflict
and with a value of ours it did not know. Telling which takes both numbers and, for the
fields in conflict, the values of ours the peer knew (`received_disputed`).

Rows written since `received_ack` began holding the later number keep it as their arrival
(with no field in conflict), which is how the merge has read them so far.

Revision ID: 0006_roster_baseline_arrival
Revises: 0005_hours_sort_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_roster_baseline_arrival"
down_revision: str | None = "0005_hours_sort_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_baseline", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("received_arrival", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("received_disputed", sa.Text(), nullable=False, server_default="")
        )
    op.execute("UPDATE sync_baseline SET received_arrival = received_ack")


def downgrade() -> None:
    op.execute("UPDATE sync_baseline SET received_ack = max(received_ack, received_arrival)")
    with op.batch_alter_table("sync_baseline", schema=None) as batch_op:
        batch_op.drop_column("received_disputed")
        batch_op.drop_column("received_arrival")
