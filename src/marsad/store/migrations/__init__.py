"""Alembic migrations of the store, applied automatically when a store is opened."""
