"""Importers for full coverage: GeoNames dumps (a country file or allCountries, and alternateNamesV2)
and administrative tables in CSV (OCHA P-code lists with Arabic names, or a simple one-row-per-place
form). Files are read as streams, line by line; duplicate ids are caught by SQLite, not by a set in
memory, so memory does not grow with the file. Any bad line aborts the whole import with an error
naming the file and line, and the user layer is left as it was.
"""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from marsad.geo import store
from marsad.geo.curated import CuratedLayer, default_layer
from marsad.geo.errors import GazetteerImportError
from marsad.geo.names import is_arabic, is_latin, script_ok
from marsad.geo.records import Place
from marsad.geo.store import Store
from marsad.geo.userdb import existing, merged, transaction
from marsad.model.places import PlaceKind

MAIN_COLUMNS = 19
ALT_COLUMNS = (8, 10)
#: GeoNames feature codes we keep, and the kind they become
_ADMIN = {"ADM1": PlaceKind.GOVERNORATE, "ADM2": PlaceKind.DISTRICT, "ADM3": PlaceKind.SUBDISTRICT}
_LANDMARK_CODES = frozenset(
    {"AIRP", "AIRB", "AIRF", "DAM", "BDG", "CSTL", "PRN", "MLTY", "INSM", "OILF", "RFYO", "STDM", "HSP", "SCH"}
)
BATCH = 2000


@dataclass(slots=True)
class ImportReport:
    path: str
    format: str
    lines: int = 0
    places: int = 0
    names: int = 0
    skipped: int = 0


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[tuple[int, str]]]:
    """Numbered text lines of a plain, .gz or .zip file, with errors that name the line."""
    label = str(path)
    raw: IO[bytes] | gzip.GzipFile
    try:
        if path.suffix == ".zip":
            try:
                zf = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise GazetteerImportError(label, 0, "not a valid zip file (corrupt or truncated)") from exc
            members = [n for n in zf.namelist() if n.endswith(".txt") and not n.startswith("readme")]
            if len(members) != 1:
                raise GazetteerImportError(label, 0, f"expected one .txt member in the zip, found {members}")
            raw = zf.open(members[0])
            label = f"{path}!{members[0]}"
        elif path.suffix == ".gz":
            raw = gzip.open(path, "rb")  # noqa: SIM115 - closed by the caller's context manager
        else:
            raw = path.open("rb")
    except OSError as exc:
        raise GazetteerImportError(label, 0, f"cannot be read ({exc.strerror or exc})") from exc

    def gen() -> Iterator[tuple[int, str]]:
        n = 0
        try:
            for n, data in enumerate(raw, start=1):
                if b"\x00" in data:
                    raise GazetteerImportError(label, n, "binary data (NUL bytes): not a text dump")
                try:
                    yield n, data.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    raise GazetteerImportError(label, n, f"not valid UTF-8 ({exc.reason})") from exc
        except (EOFError, zipfile.BadZipFile, OSError) as exc:
            raise GazetteerImportError(label, n + 1, f"the file ends abruptly (truncated or corrupt: {exc})") from exc

    try:
        yield gen()
    finally:
        raw.close()


def sniff(path: Path) -> str:
    """ "main" (GeoNames main table) or "alternates" (alternateNamesV2), from the first data line."""
    with _lines(path) as lines:
        for n, line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.count("\t") + 1
            if cols == MAIN_COLUMNS:
                return "main"
            if cols in ALT_COLUMNS:
                return "alternates"
            raise GazetteerImportError(
                str(path),
                n,
                f"{cols} tab-separated columns: a GeoNames main table has {MAIN_COLUMNS}, "
                "alternateNamesV2 has 10 (alternateNames 8)",
            )
    raise GazetteerImportError(str(path), 0, "the file is empty")


def _number(value: str, kind: type[int] | type[float], path: str, n: int, column: str) -> float:
    try:
        return kind(value) if value != "" else 0
    except ValueError as exc:
        raise GazetteerImportError(path, n, f"column {column!r} is {value!r}, not a number") from exc


_ADMIN_CACHE: dict[int, tuple[dict[tuple[str, str], str], dict[str, str]]] = {}


def _admin_names(layer: CuratedLayer) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(country, admin1 code) -> governorate id for Syria, and id -> English name (cached per layer)."""
    cached = _ADMIN_CACHE.get(id(layer))
    if cached is None:
        ids = {(e.country, e.geonames_admin1): e.id for e in layer.entries if e.geonames_admin1}
        names = {e.id: e.name_en for e in layer.entries if e.kind is PlaceKind.GOVERNORATE}
        cached = _ADMIN_CACHE[id(layer)] = (ids, names)
    return cached


def _kind(fclass: str, fcode: str, population: int) -> PlaceKind | None:
    if fclass == "P":
        if fcode == "PPLX":
            return PlaceKind.NEIGHBOURHOOD
        if fcode in ("PPLC", "PPLA") or population >= 100_000:
            return PlaceKind.CITY
        if fcode.startswith("PPLA") or population >= 5_000:
            return PlaceKind.TOWN
        return PlaceKind.VILLAGE
    if fclass == "A":
        return _ADMIN.get(fcode)
    if fclass == "S" and fcode in _LANDMARK_CODES:
        return PlaceKind.LANDMARK
    return None


def _main_row(
    cols: list[str], path: str, n: int, countries: frozenset[str] | None, layer: CuratedLayer
) -> Place | None:
    if len(cols) != MAIN_COLUMNS:
        raise GazetteerImportError(
            path, n, f"{len(cols)} tab-separated columns where a GeoNames main table has {MAIN_COLUMNS}"
        )
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = cols[:9]
    if not gid.isdigit():
        raise GazetteerImportError(path, n, f"geonameid {gid!r} is not a number")
    if not name.strip():
        raise GazetteerImportError(path, n, "empty name")
    if ascii_name and not ascii_name.isascii():
        raise GazetteerImportError(path, n, f"asciiname {ascii_name!r} is not ASCII (columns shifted?)")
    if any(ord(c) < 32 for c in name) or any(ord(c) < 32 for c in alternates):
        raise GazetteerImportError(path, n, "control characters in a name (a broken line?)")
    latitude = float(_number(lat, float, path, n, "latitude"))
    longitude = float(_number(lon, float, path, n, "longitude"))
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise GazetteerImportError(path, n, f"coordinates {lat}, {lon} out of range")
    population = int(_number(cols[14], int, path, n, "population"))
    if countries is not None and cc not in countries:
        return None
    kind = _kind(fclass, fcode, population)
    if kind is None:
        return None
    alts = [a.strip() for a in alternates.split(",") if a.strip()]
    arabic = [a for a in alts if is_arabic(a) and script_ok(a)]
    latin = [a for a in alts if is_latin(a)]
    gov_ids, gov_names = _admin_names(layer)  # cached per layer
    parent = gov_ids.get((cc, cols[10]), "")
    admin1 = gov_names.get(parent, "") or layer.admin1.get(cc, {}).get(cols[10], "")
    return Place(
        id=f"gn:{gid}",
        kind=kind,
        name_en=name.strip(),
        name_ar=arabic[0] if arabic else "",
        country=cc,
        latitude=latitude,
        longitude=longitude,
        population=population,
        parent=parent,
        admin1=admin1 if kind is not PlaceKind.GOVERNORATE else name.strip(),
        source=f"GeoNames dump {Path(path).name} (CC-BY 4.0)",
        bare=False,
        names=tuple(dict.fromkeys([*arabic, *latin, ascii_name] if ascii_name else [*arabic, *latin])),
    )


def _seen(conn: sqlite3.Connection, pid: str, n: int, path: str) -> None:
    """Record that line ``n`` defines ``pid``; a second definition in the same import is an error."""
    try:
        conn.execute("INSERT INTO import_seen VALUES (?, ?)", (pid, n))
    except sqlite3.IntegrityError as exc:
        row = conn.execute("SELECT line FROM import_seen WHERE id = ?", (pid,)).fetchone()
        raise GazetteerImportError(path, n, f"duplicate id {pid} (first defined on line {row[0]})") from exc


def import_geonames(
    paths: list[Path], directory: Path, default: Store | None = None, countries: frozenset[str] | None = None
) -> list[ImportReport]:
    """Import GeoNames files into the user layer in one transaction: main tables first, then
    alternate-name files (Arabic names, ``isolanguage`` ar, are added to places already known)."""
    layer = default_layer()
    ordered = sorted(paths, key=lambda p: 0 if sniff(p) == "main" else 1)
    reports: list[ImportReport] = []
    with transaction(directory) as conn:
        conn.execute("CREATE TEMP TABLE import_seen (id TEXT PRIMARY KEY, line INTEGER NOT NULL)")
        for path in ordered:
            fmt = sniff(path)
            report = ImportReport(str(path), fmt)
            if fmt == "main":
                _import_main(conn, path, report, default, countries, layer)
            else:
                _import_alternates(conn, path, report, default)
            reports.append(report)
    return reports


def _import_main(
    conn: sqlite3.Connection,
    path: Path,
    report: ImportReport,
    default: Store | None,
    countries: frozenset[str] | None,
    layer: CuratedLayer,
) -> None:
    batch: list[Place] = []
    with _lines(path) as lines:
        for n, line in lines:
            report.lines = n
            if not line.strip() or line.startswith("#"):
                continue
            place = _main_row(line.split("\t"), str(path), n, countries, layer)
            if place is None:
                report.skipped += 1
                continue
            _seen(conn, place.id, n, str(path))
            batch.append(merged(place, existing(conn, default, place.id)))
            if len(batch) >= BATCH:
                report.places += store.write_places(conn, batch)
                batch.clear()
    report.places += store.write_places(conn, batch)


def _import_alternates(conn: sqlite3.Connection, path: Path, report: ImportReport, default: Store | None) -> None:
    with _lines(path) as lines:
        for n, line in lines:
            report.lines = n
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) not in ALT_COLUMNS:
                raise GazetteerImportError(
                    str(path), n, f"{len(cols)} tab-separated columns where alternateNamesV2 has 10"
                )
            alt_id, gid, lang, name = cols[:4]
            if not alt_id.isdigit() or not gid.isdigit():
                raise GazetteerImportError(str(path), n, f"ids {alt_id!r}, {gid!r} are not numbers")
            if lang != "ar":
                report.skipped += 1
                continue
            if not is_arabic(name) or not script_ok(name):
                raise GazetteerImportError(str(path), n, f"Arabic ('ar') name {name!r} is not in Arabic script")
            _seen(conn, f"alt:{alt_id}", n, str(path))
            pid = f"gn:{gid}"
            place = existing(conn, default, pid)
            if place is None:
                report.skipped += 1
                continue
            if name in place.names:
                continue
            store.write_places(conn, [replace(place, names=(*place.names, name), name_ar=place.name_ar or name)])
            report.names += 1


# --- administrative tables (CSV) ------------------------------------------------------------------

_LEVEL_KIND = {1: PlaceKind.GOVERNORATE, 2: PlaceKind.DISTRICT, 3: PlaceKind.SUBDISTRICT, 4: PlaceKind.VILLAGE}
_SIMPLE = ("pcode", "name_en", "name_ar", "kind")


def _lower(header: list[str]) -> list[str]:
    return [h.strip().lower() for h in header]


def import_admin(path: Path, directory: Path, default: Store | None = None, country: str = "SY") -> ImportReport:
    """Import an administrative table: either OCHA's wide form (``admin1Pcode, admin1Name_en,
    admin1Name_ar, ... admin4...``, optional ``latitude``/``longitude``) or the simple form
    (``pcode, name_en, name_ar, kind[, parent_pcode, latitude, longitude, population, aliases_ar]``)."""
    report = ImportReport(str(path), "admin-csv")
    with transaction(directory) as conn, _lines(path) as lines:
        conn.execute("CREATE TEMP TABLE import_seen (id TEXT PRIMARY KEY, line INTEGER NOT NULL)")
        numbered = iter(lines)
        first = next(numbered, None)
        if first is None:
            raise GazetteerImportError(str(path), 0, "the file is empty")
        header = _lower(next(csv.reader([first[1]])))
        wide = any(h.startswith("admin1pcode") for h in header)
        if not wide and not all(c in header for c in _SIMPLE):
            raise GazetteerImportError(
                str(path),
                1,
                f"header {header} has neither OCHA's admin1Pcode/admin1Name_ar columns nor {list(_SIMPLE)}",
            )
        names_by_pcode: dict[str, Place] = {}
        for n, line in numbered:
            report.lines = n
            if not line.strip():
                continue
            row = next(csv.reader(io.StringIO(line)))
            if len(row) != len(header):
                raise GazetteerImportError(
                    str(path), n, f"{len(row)} columns where the header has {len(header)} (quoting problem?)"
                )
            rec = dict(zip(header, (c.strip() for c in row), strict=True))
            places = _wide_rows(rec, str(path), n, country) if wide else [_simple_row(rec, str(path), n, country)]
            for place in places:
                known = names_by_pcode.get(place.id)
                if known is not None:
                    if wide and known.name_ar == place.name_ar and known.name_en == place.name_en:
                        continue  # the same unit repeated on every row of its children
                    if wide:
                        raise GazetteerImportError(
                            str(path),
                            n,
                            f"P-code {place.id} has two different names ({known.name_en} / {place.name_en})",
                        )
                _seen(conn, place.id, n, str(path))
                parent = names_by_pcode.get(place.parent)
                if parent is not None:
                    place = _with_chain(place, parent)
                if place.kind is not PlaceKind.VILLAGE:
                    names_by_pcode[place.id] = place  # units only: bounded by the number of units
                report.places += store.write_places(conn, [merged(place, existing(conn, default, place.id))])
    return report


def _with_chain(place: Place, parent: Place) -> Place:
    admin2 = parent.admin2 or (parent.name_en if parent.kind is PlaceKind.DISTRICT else "")
    admin3 = parent.admin3 or (parent.name_en if parent.kind is PlaceKind.SUBDISTRICT else "")
    if place.kind is PlaceKind.DISTRICT:
        admin2 = place.name_en
    if place.kind is PlaceKind.SUBDISTRICT:
        admin3 = place.name_en
    out = replace(place, admin1=parent.admin1, admin2=admin2, admin3=admin3)
    if place.latitude is None and parent.latitude is not None:
        out = replace(out, latitude=parent.latitude, longitude=parent.longitude, coords_from_parent=True)
    return out


def _names(path: str, n: int, en: str, ar: str) -> None:
    if not en or not ar:
        raise GazetteerImportError(path, n, "each place needs an English and an Arabic name")
    if not is_arabic(ar) or not script_ok(ar):
        raise GazetteerImportError(path, n, f"Arabic name {ar!r} is not in Arabic script")
    if is_arabic(en) or not script_ok(en):
        raise GazetteerImportError(path, n, f"English name {en!r} is not in Latin script")


def _coords(rec: dict[str, str], path: str, n: int) -> tuple[float | None, float | None]:
    lat = rec.get("latitude") or rec.get("lat") or ""
    lon = rec.get("longitude") or rec.get("lon") or ""
    if not lat and not lon:
        return None, None
    la, lo = float(_number(lat, float, path, n, "latitude")), float(_number(lon, float, path, n, "longitude"))
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise GazetteerImportError(path, n, f"coordinates {lat}, {lon} out of range")
    return la, lo


def _wide_rows(rec: dict[str, str], path: str, n: int, country: str) -> list[Place]:
    out: list[Place] = []
    parent = ""
    admin1 = ""
    levels = [lv for lv in (1, 2, 3, 4) if rec.get(f"admin{lv}pcode")]
    if not levels:
        raise GazetteerImportError(path, n, "no admin P-code on this row")
    for lv in levels:
        pcode = rec[f"admin{lv}pcode"]
        en = rec.get(f"admin{lv}name_en", "")
        ar = rec.get(f"admin{lv}name_ar", "")
        _names(path, n, en, ar)
        lat, lon = _coords(rec, path, n) if lv == levels[-1] else (None, None)
        if lv == 1:
            admin1 = en
        out.append(
            Place(
                id=pcode,
                kind=_LEVEL_KIND[lv],
                name_en=en,
                name_ar=ar,
                country=country,
                latitude=lat,
                longitude=lon,
                parent=parent,
                admin1=admin1,
                source=f"admin table {Path(path).name}",
                names=(ar, en),
                bare=False,
            )
        )
        parent = pcode
    return out


def _simple_row(rec: dict[str, str], path: str, n: int, country: str) -> Place:
    en, ar, pcode = rec["name_en"], rec["name_ar"], rec["pcode"]
    if not pcode:
        raise GazetteerImportError(path, n, "empty pcode")
    _names(path, n, en, ar)
    try:
        kind = PlaceKind(rec["kind"])
    except ValueError as exc:
        raise GazetteerImportError(path, n, f"unknown kind {rec['kind']!r}") from exc
    lat, lon = _coords(rec, path, n)
    aliases = tuple(a.strip() for a in rec.get("aliases_ar", "").split(";") if a.strip())
    for a in aliases:
        if not is_arabic(a):
            raise GazetteerImportError(path, n, f"alias {a!r} is not in Arabic script")
    pop = int(_number(rec.get("population", ""), int, path, n, "population"))
    return Place(
        id=pcode,
        kind=kind,
        name_en=en,
        name_ar=ar,
        country=rec.get("country") or country,
        latitude=lat,
        longitude=lon,
        population=pop,
        parent=rec.get("parent_pcode", ""),
        source=f"admin table {Path(path).name}",
        names=(ar, *aliases, en),
    )
