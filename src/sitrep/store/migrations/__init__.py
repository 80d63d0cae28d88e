"""Alembic migrations shipped inside the package, applied by `Store.open`."""
