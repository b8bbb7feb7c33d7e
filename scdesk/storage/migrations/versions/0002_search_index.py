"""The full-text search index over people and exchanges, filled from existing records.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

from scdesk.storage.search_index import install_search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = (
    "person_fts_insert",
    "person_fts_update",
    "person_fts_delete",
    "contact_fts_insert",
    "contact_fts_update",
    "contact_fts_delete",
    "exchange_fts_insert",
    "exchange_fts_update",
    "exchange_fts_delete",
)


def upgrade() -> None:
    install_search_index(op.get_bind())


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP TABLE IF EXISTS exchange_fts")
