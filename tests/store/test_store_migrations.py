"""Migrations: applied on open, idempotent, and in agreement with the table descriptions."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from marsad.store import Store
from marsad.store import schema as t
from marsad.store.engine import HEAD_REVISION, _alembic_config, create_engine, current_revision
from marsad.store.schema import metadata

from .factories import seed_document
from .fake_extract import extract


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


def test_facts_stored_before_their_names_were_kept_survive_the_upgrade(db_url: str) -> None:
    """0003 adds the control facts' actor names: facts stored under 0002 keep their rows, with empty names,
    and a timeline names their sides from the actors table as before."""
    with Store.open(db_url, extractor=extract, geocoder=lambda name: []) as store:
        store.ingest_document(seed_document())
        facts = store.counts()["control_facts"]
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        assert current_revision(conn) == "0002"
    engine.dispose()
    with Store.open(db_url, extractor=extract, geocoder=lambda name: []) as store:
        assert store.counts()["control_facts"] == facts
        with store.engine.connect() as conn:
            names = conn.execute(sa.select(t.control_facts.c.actor_name).distinct()).scalars().all()
        assert names == [""]
        (first, *_) = store.control("SY-DEZ-hamidiyah").to_dict()["periods"]
        assert first["controller_name"] == "Military Forces of Syria (2000-)"
