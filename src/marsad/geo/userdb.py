"""The user's layer: imports and local additions, written in one transaction per command so that a
failed import leaves it as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from marsad.geo import store
from marsad.geo.gazetteer import forget_matchers
from marsad.geo.records import Place
from marsad.geo.store import Store

USER_DB = "user.sqlite"


def user_path(directory: Path) -> Path:
    return directory / USER_DB


@contextmanager
def transaction(directory: Path) -> Iterator[sqlite3.Connection]:
    """A write transaction on the user layer; rolled back when the block raises."""
    directory.mkdir(parents=True, exist_ok=True)
    conn = store.connect(user_path(directory))
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = int(row[0]) + 1 if row else 1
        store.set_meta(conn, {"kind": "user", "generation": str(generation)})
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    forget_matchers(directory)


def merged(new: Place, base: Place | None) -> Place:
    """An imported place merged over the default layer's record of the same id: the curated fields
    (kind, names, parent chain, priors) stay, the new names and population are added."""
    if base is None:
        return new
    names = tuple(dict.fromkeys([*base.names, new.name_ar, *new.names]))
    return replace(
        base,
        names=tuple(n for n in names if n),
        population=new.population or base.population,
        latitude=base.latitude if base.latitude is not None else new.latitude,
        longitude=base.longitude if base.longitude is not None else new.longitude,
        source=base.source if new.source in base.source else f"{base.source} + {new.source}",
    )


def existing(conn: sqlite3.Connection, default: Store | None, pid: str) -> Place | None:
    """The place ``pid`` as the user layer (inside the open transaction) or the default index has it."""
    row = conn.execute(f"SELECT {store.COLUMNS} FROM places WHERE id = ?", (pid,)).fetchone()
    if row:
        return store.row_to_place(row)
    return default.fetch(pid) if default is not None else None
