"""The curated gazetteer layer: YAML files under ``marsad/data/gazetteer`` read into typed entries."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import LanguageDataError
from marsad.geo.errors import GazetteerDataError
from marsad.lang.files import data_root, load_data_file
from marsad.model.places import PlaceKind

SCHEMA = "marsad.gazetteer/1"
FILES: tuple[str, ...] = (
    "syria-admin.yaml",
    "towns.yaml",
    "cities.yaml",
    "towns-abroad.yaml",
    "neighbourhoods.yaml",
    "neighbourhoods-abroad.yaml",
    "landmarks.yaml",
    "camps.yaml",
    "regions.yaml",
    "admin1.yaml",
    "commonwords.yaml",
)
DIRECTIONS: tuple[str, ...] = (
    "east",
    "west",
    "north",
    "south",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One curated place. ``geonameid`` set: enriches (or adds) GeoNames place ``gn:<id>``."""

    id: str
    kind: PlaceKind
    name_en: str
    names_ar: tuple[str, ...]
    country: str
    source: str
    parent: str = ""
    latitude: float | None = None
    longitude: float | None = None
    main_town: str = ""
    bare: bool | None = None
    prior: float = 1.0
    geonameid: int | None = None
    geonames_admin1: str = ""


@dataclass(frozen=True, slots=True)
class Countryside:
    """ "ريف X" of a city: a region per direction, coded to a main town."""

    city: str
    governorate: str
    main: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CuratedLayer:
    entries: tuple[Entry, ...]
    countryside: tuple[Countryside, ...]
    landmark_kinds: dict[str, str]  # normalised-free Arabic word -> English kind
    admin1: dict[str, dict[str, str]]  # country -> GeoNames admin1 code -> name
    common_words: frozenset[str]
    outlets: tuple[str, ...]
    versions: dict[str, str]
    #: a hash of the files' contents: an edit rebuilds the index even when a version was not bumped
    digest: str = ""
    #: Arabic country names and adjectives -> ISO alpha-2 (clues to a report's country)
    country_names: dict[str, str] = field(default_factory=dict)
    #: names news always writes with the article, whose bare form is a common word or the tail of one
    #: ("الرقة": GeoNames also lists "رقة", which "فرقة" = ف + رقة would match)
    article_only: frozenset[str] = frozenset()


def _where(path: Path, i: int, entry: Any) -> str:
    label = entry.get("id") or entry.get("en") if isinstance(entry, dict) else entry
    return f"{path.name}: entry {i + 1} ({label})"


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerDataError(f"{where}: {key!r} must be a non-empty list of names")
    return tuple(v.strip() for v in value)


def _float(value: Any, where: str, key: str) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float):
        raise GazetteerDataError(f"{where}: {key!r} must be a number")
    return float(value)


def _entry(raw: Any, path: Path, i: int, country: str, source: str, **defaults: Any) -> Entry:
    where = _where(path, i, raw)
    if not isinstance(raw, dict):
        raise GazetteerDataError(f"{where}: expected a mapping")
    merged = {**defaults, **raw}
    try:
        kind = PlaceKind(merged.get("kind", ""))
    except ValueError as exc:
        allowed = ", ".join(k.value for k in PlaceKind)
        raise GazetteerDataError(f"{where}: unknown kind {merged.get('kind')!r}; use one of {allowed}") from exc
    gid = merged.get("geonameid")
    if gid is not None and not isinstance(gid, int):
        raise GazetteerDataError(f"{where}: 'geonameid' must be an integer")
    pid = merged.get("id") or (f"gn:{gid}" if gid is not None else "")
    if not isinstance(pid, str) or not pid:
        raise GazetteerDataError(f"{where}: needs an 'id' or a 'geonameid'")
    en = merged.get("en")
    if not isinstance(en, str) or not en.strip():
        raise GazetteerDataError(f"{where}: 'en' (the English name) is required")
    bare = merged.get("bare")
    if bare is not None and not isinstance(bare, bool):
        raise GazetteerDataError(f"{where}: 'bare' must be true or false")
    prior = merged.get("prior", 1.0)
    if not isinstance(prior, int | float) or prior <= 0:
        raise GazetteerDataError(f"{where}: 'prior' must be a positive number")
    return Entry(
        id=pid,
        kind=kind,
        name_en=en.strip(),
        names_ar=_str_list(merged.get("ar"), where, "ar"),
        country=str(merged.get("country", country)),
        source=source,
        parent=str(merged.get("parent", "")),
        latitude=_float(merged.get("lat"), where, "lat"),
        longitude=_float(merged.get("lon"), where, "lon"),
        main_town=str(merged.get("main_town", "")),
        bare=bare,
        prior=float(prior),
        geonameid=gid,
        geonames_admin1=str(merged.get("geonames_admin1", "")),
    )


def _slug(text: str) -> str:
    return "".join(c.lower() if c.isalnum() else "-" for c in text).strip("-")


def load_layer(root: Path | None = None) -> CuratedLayer:
    """Read and check every curated file; errors name the file and the entry."""
    base = (root or data_root()) / "gazetteer"
    entries: list[Entry] = []
    countryside: list[Countryside] = []
    kinds: dict[str, str] = {}
    admin1: dict[str, dict[str, str]] = {}
    words: set[str] = set()
    outlets: list[str] = []
    article_only: set[str] = set()
    versions: dict[str, str] = {}
    country_names: dict[str, str] = {}
    digest = hashlib.sha1()
    for name in FILES:
        path = base / name
        if path.exists():
            digest.update(path.read_bytes())
        try:
            df = load_data_file(path, SCHEMA)
        except LanguageDataError as exc:
            raise GazetteerDataError(exc.message) from exc
        versions[name] = df.version
        body = df.body
        country = str(body.get("country", ""))
        source = str(body.get("source", f"curated:{name}"))
        for i, raw in enumerate(body.get("places", []) or []):
            entries.append(_entry(raw, path, i, country, source))
        for ci, block in enumerate(body.get("cities", []) or []):
            where = _where(path, ci, block)
            if not isinstance(block, dict) or not isinstance(block.get("city"), str):
                raise GazetteerDataError(f"{where}: each city needs 'city' (a place id such as gn:170794)")
            city = block["city"]
            key = str(block.get("key") or _slug(city))
            # a file of several countries' cities gives each block its own country
            cc = str(block.get("country", country))
            for ni, raw in enumerate(block.get("neighbourhoods", []) or []):
                if not isinstance(raw, dict):
                    raise GazetteerDataError(f"{where}: neighbourhood {ni + 1} must be a mapping")
                nid = f"{cc}.nb.{key}.{_slug(str(raw.get('en', ni)))}"
                entries.append(_entry(raw, path, ni, cc, source, id=nid, kind="neighbourhood", parent=city))
        for ci, raw in enumerate(body.get("countryside", []) or []):
            where = _where(path, ci, raw)
            if not isinstance(raw, dict) or not isinstance(raw.get("city"), str):
                raise GazetteerDataError(f"{where}: each countryside entry needs 'city'")
            main = raw.get("main") or {}
            if not isinstance(main, dict) or any(k not in DIRECTIONS for k in main):
                raise GazetteerDataError(f"{where}: 'main' keys must be among {', '.join(DIRECTIONS)}")
            countryside.append(Countryside(raw["city"], str(raw.get("governorate", "")), dict(main)))
        for kind, words_ar in (body.get("kinds") or {}).items():
            for w in _str_list(words_ar, f"{name}: kinds.{kind}", "kinds"):
                kinds[w] = str(kind)
        for cc, table in (body.get("countries") or {}).items():
            if not isinstance(table, dict):
                raise GazetteerDataError(f"{name}: countries.{cc} must map admin1 codes to names")
            admin1[str(cc)] = {str(k): str(v) for k, v in table.items()}
        for cc, forms in (body.get("country_names") or {}).items():
            for form in _str_list(forms, f"{name}: country_names.{cc}", "country_names"):
                country_names[form] = str(cc)
        if "words" in body:
            words.update(_str_list(body["words"], name, "words"))
        if "outlets" in body:
            outlets.extend(_str_list(body["outlets"], name, "outlets"))
        if "article_only" in body:
            article_only.update(_str_list(body["article_only"], name, "article_only"))
    counts = Counter(e.id for e in entries)
    dupes = sorted(i for i, n in counts.items() if n > 1)
    if dupes:
        raise GazetteerDataError(f"duplicate place ids in the curated layer: {', '.join(dupes[:5])}")
    return CuratedLayer(
        entries=tuple(entries),
        countryside=tuple(countryside),
        landmark_kinds=kinds,
        admin1=admin1,
        common_words=frozenset(words),
        outlets=tuple(outlets),
        versions=versions,
        digest=digest.hexdigest()[:16],
        country_names=country_names,
        article_only=frozenset(article_only),
    )


@lru_cache(maxsize=1)
def default_layer() -> CuratedLayer:
    return load_layer()


def lint(layer: CuratedLayer | None = None) -> list[str]:
    """Problems in the curated names (not NFC, presentation forms, stray whitespace, wrong script),
    one line each, for ``marsad data lint``."""
    from marsad.geo.names import is_arabic
    from marsad.lang.files import text_problems

    lay = layer or default_layer()
    out: list[str] = []
    for e in lay.entries:
        for name in e.names_ar:
            for problem in text_problems(name):
                out.append(f"{e.id}: {name!r}: {problem}")
            if not is_arabic(name):
                out.append(f"{e.id}: {name!r}: listed under 'ar' but not in Arabic script")
        if is_arabic(e.name_en):
            out.append(f"{e.id}: English name {e.name_en!r} is in Arabic script")
        if (e.latitude is None) != (e.longitude is None):
            out.append(f"{e.id}: give both lat and lon, or neither")
    for word in (*lay.common_words, *lay.outlets, *lay.article_only):
        out.extend(f"common words: {word!r}: {p}" for p in text_problems(word))
    out.extend(
        f"article_only: {w!r} does not start with the article" for w in lay.article_only if not w.startswith("ال")
    )
    return out
