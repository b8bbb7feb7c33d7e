"""Alembic environment: always run in-process on a connection handed over by scdesk."""

from alembic import context

from scdesk.model import Base
from scdesk.storage.migrate import is_model_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_name=is_model_object,
)
with context.begin_transaction():
    context.run_migrations()
