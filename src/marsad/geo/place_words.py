"""The words around a place name, loaded from ``data/ar/places.yaml`` into a typed record.

:mod:`marsad.geo.cues` exposes them as its module attributes (``cues.STOP``, ``cues.CUES`` ...), read on
first use; this module checks the file (every section present, cue kinds known, directions valid) and
lints it (NFC, presentation forms, a word listed twice once normalised).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.errors import LanguageDataError
from marsad.geo.cues import Cue
from marsad.lang.files import data_root, load_data_file, require, string_list, word_problems
from marsad.text.normalize import normalize_term

SCHEMA = "marsad.place_words/1"
#: the kinds of place a cue may announce (the keys of :data:`marsad.geo.cues.KIND_FIT` they are scored by)
CUE_KINDS: frozenset[str] = frozenset(
    {
        "neighbourhood",
        "suburb",
        "city",
        "town",
        "village",
        "region",
        "desert",
        "area",
        "governorate",
        "subdistrict",
        "district",
        "camp",
    }
)
DIRECTIONS: frozenset[str] = frozenset({"north", "south", "east", "west"})
#: the word-list sections and their attribute names in :mod:`marsad.geo.cues`
_LISTS: dict[str, str] = {
    "near": "NEAR",
    "near_from": "NEAR_FROM",
    "relations": "RELATIONS",
    "belonging": "BELONGING",
    "not_anaphor_after": "NOT_ANAPHOR_AFTER",
    "not_anaphor_before": "NOT_ANAPHOR_BEFORE",
    "demonstratives": "DEMONSTRATIVES",
    "name_heads": "NAME_HEADS",
    "compound_heads": "COMPOUND_HEADS",
    "bare_heads": "BARE_HEADS",
    "stop": "STOP",
    "adjectives": "ADJECTIVES",
    "variants": "VARIANTS",
    "common_after": "COMMON_AFTER",
    "verb_forms": "VERB_FORMS",
    "dual_anaphors": "DUAL_ANAPHORS",
    "facility_heads": "FACILITY_HEADS",
    "roads": "ROADS",
    "road_adjectives": "ROAD_ADJECTIVES",
    "lying_between": "LYING_BETWEEN",
    "sponsors": "SPONSORS",
    "sponsor_links": "SPONSOR_LINKS",
    "state_titles": "STATE_TITLES",
    "middle_words": "MIDDLE_WORDS",
    "appositives": "APPOSITIVES",
    "statement_verbs": "STATEMENT_VERBS",
    "seat_words": "SEAT_WORDS",
    "border_words": "BORDER_WORDS",
    "capital_words": "CAPITAL_WORDS",
    "not_capital_after": "NOT_CAPITAL_AFTER",
}


@dataclass(frozen=True, slots=True)
class PlaceWords:
    version: str
    cues: tuple[Cue, ...]
    lists: dict[str, frozenset[str]]
    directions_before: dict[str, str]
    directions_after: dict[str, str]
    direction_nouns: dict[str, str]
    anaphors: dict[str, str]
    #: country -> the countries its forces are reported fighting in (ISO alpha-2)
    forces_abroad: dict[str, frozenset[str]]
    #: every word as written in the file, for the linter
    written: tuple[tuple[str, str], ...]

    def as_module_attributes(self) -> dict[str, object]:
        """The attributes :mod:`marsad.geo.cues` offers, derived sets included."""
        attrs: dict[str, object] = {_LISTS[k]: v for k, v in self.lists.items()}
        attrs["CUES"] = {c.word: c for c in self.cues}
        attrs["DIRECTIONS_PRE"] = self.directions_before
        attrs["DIRECTIONS_POST"] = self.directions_after
        attrs["DIRECTION_NOUNS"] = self.direction_nouns
        attrs["ANAPHORS"] = self.anaphors
        attrs["FORCES_ABROAD"] = self.forces_abroad
        before = frozenset(self.directions_before)
        attrs["DIRECTION_WORDS"] = before
        attrs["QUALIFIERS"] = self.lists["near"] | before
        attrs["RELATIONS"] = self.lists["relations"] | before
        return attrs


def _mapping(body: dict[str, Any], key: str, where: str, values: frozenset[str] | None = None) -> dict[str, str]:
    raw = require(body, key, dict, where)
    out: dict[str, str] = {}
    for word, value in raw.items():
        if not isinstance(word, str) or not isinstance(value, str):
            raise LanguageDataError(f"{where}: {key}: {word!r}: expected a word mapped to a string")
        if values is not None and value not in values:
            raise LanguageDataError(f"{where}: {key}: {word!r} -> {value!r}; expected one of {sorted(values)}")
        out[normalize_term(word)] = value if values is not None else normalize_term(value)
    return out


def parse_place_words(body: dict[str, Any], version: str, where: str) -> PlaceWords:
    written: list[tuple[str, str]] = []
    cues: list[Cue] = []
    for i, entry in enumerate(require(body, "cues", list, where)):
        w = f"{where}: cues[{i}]"
        if not isinstance(entry, dict):
            raise LanguageDataError(f"{w}: expected a mapping with word and kind")
        word = require(entry, "word", str, w)
        kind = require(entry, "kind", str, w)
        if kind not in CUE_KINDS:
            raise LanguageDataError(f"{w}: unknown kind {kind!r}; expected one of {sorted(CUE_KINDS)}")
        countries = frozenset(string_list(entry, "countries", w))
        cues.append(Cue(normalize_term(word), kind, bool(entry.get("plural", False)), countries))
        written.append(("cues", word))
    lists: dict[str, frozenset[str]] = {}
    for key in _LISTS:
        words = string_list(body, key, where, required=True)
        lists[key] = frozenset(normalize_term(w) for w in words)
        written.extend((key, w) for w in words)
    mappings = {
        key: _mapping(body, key, where, values)
        for key, values in (
            ("directions_before", DIRECTIONS),
            ("directions_after", DIRECTIONS),
            ("direction_nouns", None),
            ("anaphors", CUE_KINDS),
        )
    }
    for key in mappings:
        written.extend((key, w) for w in require(body, key, dict, where))
    abroad: dict[str, frozenset[str]] = {}
    for country, where_to in require(body, "forces_abroad", dict, where).items():
        codes = string_list({"c": where_to}, "c", f"{where}: forces_abroad.{country}", required=True)
        if not all(len(c) == 2 and c.isupper() for c in (country, *codes)):
            raise LanguageDataError(f"{where}: forces_abroad.{country}: use ISO alpha-2 country codes")
        abroad[str(country)] = frozenset(codes)
    return PlaceWords(
        version=version,
        cues=tuple(cues),
        lists=lists,
        directions_before=mappings["directions_before"],
        directions_after=mappings["directions_after"],
        direction_nouns=mappings["direction_nouns"],
        anaphors=mappings["anaphors"],
        forces_abroad=abroad,
        written=tuple(written),
    )


@lru_cache(maxsize=1)
def load_place_words() -> PlaceWords:
    f = load_data_file(data_root() / "ar" / "places.yaml", SCHEMA)
    return parse_place_words(f.body, f.version, str(f.path))


def lint_place_words(words: PlaceWords) -> list[str]:
    sections: dict[str, list[str]] = {}
    for section, w in words.written:
        sections.setdefault(section, []).append(w)
    return [p for section, ws in sections.items() for p in word_problems(f"places {section}", ws)]


def word_count(words: PlaceWords) -> int:
    return len(words.written)
