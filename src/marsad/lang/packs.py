"""Country packs: a folder of data files per country (``data/packs/<id>/``), so Iraq or Yemen is data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root, iso_date, load_data_file, require, string_list
from marsad.text.normalize import normalize_term

DEFAULT_PACK = "sy"


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    country: str
    iso: int
    version: str
    folder: Path
    unidentified_armed_group: str
    civilians: str
    protesters: str
    rioters: str
    #: the generic state military ("Military Forces of {country}"): the side soldiers killed in a strike belong to
    state_military: str = ""
    #: normalised nationality adjective -> country (see pack.yaml)
    nationalities: dict[str, str] = field(default_factory=dict)
    #: country -> the actor id whose air strikes and shelling there a report leaves unnamed (see pack.yaml)
    bombardier_in: dict[str, str] = field(default_factory=dict)
    #: country -> the one air force whose strikes there a report leaves unnamed, and its last day (see pack.yaml)
    air_force_in: dict[str, AirForce] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AirForce:
    """The one air force that strikes in a country without being named, up to a day (None: to this day), except
    in the provinces ``shared_in`` from the day ``shared_from``, where other air forces strike too."""

    actor_id: str
    until: dt.date | None = None
    shared_from: dt.date | None = None
    shared_in: frozenset[str] = frozenset()

    def holds(self, day: dt.date, admin1: str) -> bool:
        if self.until is not None and day > self.until:
            return False
        return not (self.shared_from is not None and day >= self.shared_from and admin1 in self.shared_in)


def pack_folder(pack_id: str) -> Path:
    folder = data_root() / "packs" / pack_id
    if not folder.is_dir():
        known = sorted(p.name for p in (data_root() / "packs").iterdir() if p.is_dir())
        raise LanguageDataError(f"unknown country pack {pack_id!r}; available packs: {', '.join(known)}")
    return folder


@lru_cache(maxsize=8)
def load_pack(pack_id: str = DEFAULT_PACK) -> Pack:
    folder = pack_folder(pack_id)
    f = load_data_file(folder / "pack.yaml", "marsad.pack/1")
    where = str(f.path)
    return Pack(
        id=require(f.body, "id", str, where),
        country=require(f.body, "country", str, where),
        iso=require(f.body, "iso", int, where),
        version=f.version,
        folder=folder,
        unidentified_armed_group=require(f.body, "unidentified_armed_group", str, where),
        civilians=require(f.body, "civilians", str, where),
        protesters=require(f.body, "protesters", str, where),
        rioters=require(f.body, "rioters", str, where),
        state_military=str(f.body.get("state_military", "")),
        nationalities=_nationalities(f.body, where),
        bombardier_in=_bombardier_in(f.body, where),
        air_force_in=_air_force_in(f.body, where),
    )


def _bombardier_in(body: dict[str, Any], where: str) -> dict[str, str]:
    raw = body.get("bombardier_in", {})
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise LanguageDataError(f"{where}: 'bombardier_in' must map a country to an actor id")
    return dict(raw)


def _air_force_in(body: dict[str, Any], where: str) -> dict[str, AirForce]:
    raw = body.get("air_force_in", {})
    message = f"{where}: 'air_force_in' must map a country to {{actor: ID, until: YYYY-MM-DD}}"
    if not isinstance(raw, dict):
        raise LanguageDataError(message)
    out: dict[str, AirForce] = {}
    for country, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("actor"), str) or set(entry) - _AIR_FORCE_KEYS:
            raise LanguageDataError(message)
        shared = entry.get("shared", {})
        if not isinstance(shared, dict) or set(shared) - {"from", "admin1"}:
            raise LanguageDataError(f"{message}, shared: {{from: YYYY-MM-DD, admin1: [provinces]}} ({country})")
        days = (entry.get("until"), shared.get("from"))
        until, shared_from = parsed = tuple(iso_date(day) for day in days)
        if any(day is not None and read is None for day, read in zip(days, parsed, strict=True)):
            raise LanguageDataError(f"{message} ({country}: a day is not YYYY-MM-DD)")
        provinces = string_list(shared, "admin1", f"{where}: air_force_in.{country}")
        out[str(country)] = AirForce(entry["actor"], until, shared_from, frozenset(provinces))
    return out


_AIR_FORCE_KEYS = frozenset({"actor", "until", "shared"})


def _nationalities(body: dict[str, Any], where: str) -> dict[str, str]:
    raw = body.get("nationalities", {})
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{where}: 'nationalities' must map a country to its adjectives")
    out: dict[str, str] = {}
    for country in raw:
        for word in string_list(raw, country, f"{where}: nationalities"):
            key = normalize_term(word)
            if out.setdefault(key, str(country)) != country:
                raise LanguageDataError(f"{where}: nationality {word!r} is listed for {out[key]} and {country}")
    return out
