"""Alembic environment: runs on the connection :mod:`marsad.store.engine` hands over.

Offline (SQL script) mode is not supported: the store always migrates a live database.
"""

from __future__ import annotations

from alembic import context

from marsad.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand without a connection
    raise RuntimeError("marsad migrations run through marsad.store.engine.migrate(connection)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
