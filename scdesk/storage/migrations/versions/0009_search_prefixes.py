"""The search index gets prefix indexes of words' first one and two letters.

The first keystrokes of a search ("m", "ma") match most people: without them, FTS5 merged
the lists of every word so begun (see scdesk.storage.search_index.PREFIXES).

Revision ID: 0009_search_prefixes
Revises: 0008_hours_sort_keys
"""

from collections.abc import Sequence

from alembic import op

from scdesk.storage.search_index import recreate_search_tables

revision: str = "0009_search_prefixes"
down_revision: str | None = "0008_hours_sort_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    recreate_search_tables(op.get_bind(), prefixes=True)


def downgrade() -> None:
    recreate_search_tables(op.get_bind(), prefixes=False)
