"""Alembic environment: runs on the connection `Store.open` hands over, one transaction."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from sitrep.store.tables import metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("sitrep migrations run through sitrep.store.Store.open only")
context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
