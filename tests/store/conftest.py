"""Databases for the store's tests: a SQLite file per test, and a fresh schema per test in a PostgreSQL
database created for this test run (dropped at the end). PostgreSQL tests skip, saying why, only when
the server cannot be reached. Set MARSAD_TEST_PG to use another server than 127.0.0.1:5432."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from marsad.store import Store

from .fake_extract import extract

PG_ADMIN_URL = os.environ.get("MARSAD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
HERE = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MARSAD_DB", raising=False)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """URL of a PostgreSQL database made for this test run."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        conn = admin.connect()
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN_URL} ({str(exc.orig).strip()}); skipping its tests")
    name = f"marsad_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(PG_ADMIN_URL).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.close()
        admin.dispose()


@pytest.fixture
def pg_url(pg_database: str) -> str:
    """A URL whose connections work in a schema of their own (created empty for this test)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{pg_database}?options=-csearch_path%3D{schema}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    if request.param == "sqlite":
        return sqlite_url
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url, extractor=extract, geocoder=lambda name: []) as s:
        yield s
