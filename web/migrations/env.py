"""Alembic environment: the connection is handed over by mojito.web.db.run_migrations."""

from alembic import context
from mojito.web.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
