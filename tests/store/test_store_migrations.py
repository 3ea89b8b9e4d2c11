"""Migrations: applied on open, idempotent, and in agreement with the table descriptions."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from marsad.store import Store
from marsad.store.engine import HEAD_REVISION, _alembic_config, create_engine, current_revision
from marsad.store.schema import metadata


def test_open_migrates_to_head_and_schema_matches_metadata(db_url: str) -> None:
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, metadata)
        assert diff == []
    with Store.open(db_url) as again:  # a second open finds the schema there and changes nothing
        assert again.counts()["documents"] == 0


def test_head_constant_is_the_newest_migration() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(_alembic_config(conn))
        assert script.get_current_head() == HEAD_REVISION
    engine.dispose()


def test_upgrade_from_the_first_revision(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        assert current_revision(conn) == "0001"
    engine.dispose()
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        assert diff == []
