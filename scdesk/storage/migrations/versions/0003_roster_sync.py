"""Roster sync bookkeeping: our identity in files, the other sides, per-record merge
baselines, and the history of files sent and received.

Revision ID: 0003_roster
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_roster"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("file_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("peer_replica_id", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("change_number", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_history")),
    )
    with op.batch_alter_table("sync_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_history_file_id"), ["file_id"], unique=False)

    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("received_sequence", sa.Integer(), nullable=False),
        sa.Column("received_file_id", sa.String(length=36), nullable=False),
        sa.Column("acknowledged_sequence", sa.Integer(), nullable=False),
        sa.Column("acknowledged_file_id", sa.String(length=36), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("replica_id", name=op.f("uq_sync_peer_replica_id")),
    )
    op.create_table(
        "sync_baseline",
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received", sa.Text(), nullable=True),
        sa.Column("received_ack", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Text(), nullable=True),
        sa.Column("sent_sequence", sa.Integer(), nullable=False),
        sa.Column("asserted", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["sync_peer.id"],
            name=op.f("fk_sync_baseline_peer_id_sync_peer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("peer_id", "record_uuid", name=op.f("pk_sync_baseline")),
    )


def downgrade() -> None:
    op.drop_table("sync_baseline")
    op.drop_table("sync_peer")
    op.drop_table("sync_identity")
    with op.batch_alter_table("sync_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_history_file_id"))

    op.drop_table("sync_history")
