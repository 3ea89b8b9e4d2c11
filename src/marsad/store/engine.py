"""Opening a database: the default location, engine settings per dialect, and automatic migration."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine

from marsad.store.errors import DatabaseUnavailableError, DatabaseURLError, MigrationError

#: the newest migration; the store skips Alembic entirely when a database is already there
HEAD_REVISION = "0003"
DB_FILE_NAME = "marsad.sqlite"


def data_dir() -> Path:
    """``$MARSAD_DATA_DIR``, else ``$XDG_DATA_HOME/marsad``, else ``~/.local/share/marsad``."""
    explicit = os.environ.get("MARSAD_DATA_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "marsad"


def default_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def normalise_url(url: str | None) -> str:
    """Accept a URL, a bare ``postgresql://`` URL (psycopg 3 is used) or a path to a SQLite file."""
    if not url:
        return default_url()
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # let SQLAlchemy, not the sqlite3 module, emit BEGIN (see _sqlite_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


WRITE = {"marsad_write": True}


def _sqlite_begin(conn: Connection) -> None:
    """Write transactions take SQLite's write lock at BEGIN (IMMEDIATE), so two writers queue on the busy
    timeout instead of one failing when it upgrades a read lock; reads stay DEFERRED."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("marsad_write") else "BEGIN")


def create_engine(url: str | None) -> Engine:
    """An engine for ``url`` (see :func:`normalise_url`); the SQLite file's folder is created."""
    full = normalise_url(url)
    try:
        parsed = sa.make_url(full)
    except sa.exc.ArgumentError as exc:
        raise DatabaseURLError(
            f"{url!r} is not a database URL; use e.g. sqlite:///path/marsad.sqlite or postgresql://user@host/db"
        ) from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise DatabaseURLError(f"cannot open {parsed.render_as_string()}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _alembic_config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    value = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def migrate(engine: Engine) -> None:
    """Bring the schema to :data:`HEAD_REVISION` (no-op, without loading Alembic, when it is there)."""
    try:
        with engine.execution_options(**WRITE).begin() as connection:
            if current_revision(connection) == HEAD_REVISION:
                return
            if engine.dialect.name == "postgresql":
                # two processes opening a fresh database at once must not both create the tables
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(4242)"))
            command.upgrade(_alembic_config(connection), "head")
    except sa.exc.OperationalError as exc:
        raise DatabaseUnavailableError(
            f"cannot reach the database ({exc.orig}); check --db and that the server is running"
        ) from exc
    except sa.exc.SQLAlchemyError as exc:
        raise MigrationError(f"migrating the database failed: {exc}") from exc


def open_engine(url: str | None) -> Engine:
    engine = create_engine(url)
    migrate(engine)
    return engine
