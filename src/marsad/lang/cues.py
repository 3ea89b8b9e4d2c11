"""Cue words: the function words and nouns the extraction rules read around actors, places, triggers
and numbers ("برصاص", "بتهمة", "شاب من", "تعرض"), loaded from ``data/ar/cues.yaml``.

Each group is a field of :class:`CueWords`, so a rule names the group it reads and a missing or
misspelt group fails when the file is loaded, not when a report happens to need it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root, load_data_file, require, string_list, word_problems
from marsad.text.normalize import normalize_term

SCHEMA = "marsad.cues/1"


@dataclass(frozen=True, slots=True)
class CueWords:
    """Every group of ``cues.yaml``, normalised (see the file for what each one means)."""

    version: str
    # who did it (roles)
    agent: frozenset[str]
    vague_count: frozenset[str]
    partitive: frozenset[str]
    dual_head: frozenset[str]
    suspected: frozenset[str]
    attributing: frozenset[str]
    victim_noun: frozenset[str]
    fire_source: frozenset[str]
    held_area: frozenset[str]
    unit: frozenset[str]
    name_lead: frozenset[str]
    backer: frozenset[str]
    backed_by: frozenset[str]
    requested_by: frozenset[str]
    leftover: frozenset[str]
    stronghold: frozenset[str]
    held_by: frozenset[str]
    place_pronoun: frozenset[str]
    supporters: frozenset[str]
    finder: frozenset[str]
    support: frozenset[str]
    accusation: frozenset[str]
    attribution: frozenset[str]
    source_noun: frozenset[str]
    works_in: frozenset[str]
    civil_body: frozenset[str]
    statement_noun: frozenset[str]
    spokesman: frozenset[str]
    press_event: frozenset[str]
    casualty_side: frozenset[str]
    denial_ends: frozenset[str]
    part_of_country: frozenset[str]
    group_adjective: frozenset[str]
    own_forces: frozenset[str]
    age_decade: frozenset[str]
    participation: frozenset[str]
    target: frozenset[str]
    gathering: frozenset[str]
    claim_before: frozenset[str]
    claim_after: frozenset[str]
    stands_behind: frozenset[str]
    so_called: frozenset[str]
    branch_of: frozenset[str]
    claim_verb: frozenset[str]
    claimed_all: frozenset[str]
    accuser_verb: frozenset[str]
    accusing: frozenset[str]
    kept_safe: frozenset[str]
    accused_of: frozenset[str]
    taken_back: frozenset[str]
    led_by: frozenset[str]
    storming: frozenset[str]
    controller: frozenset[str]
    the_latter: frozenset[str]
    actor_head: frozenset[str]
    platform: frozenset[str]
    vessel: frozenset[str]
    platform_kind: frozenset[str]
    made_in: frozenset[str]
    air_force: frozenset[str]
    clause_opener: frozenset[str]
    report_noun: frozenset[str]
    # where (when_where)
    hometown_person: frozenset[str]
    hometown_kin: frozenset[str]
    origin_of_fire: frozenset[str]
    origin_direction: frozenset[str]
    statement_dated: frozenset[str]
    solidarity: frozenset[str]
    venue: frozenset[str]
    government_of: frozenset[str]
    enumeration: frozenset[str]
    additive: frozenset[str]
    crowd_attacked: frozenset[str]
    told_as_another: frozenset[str]
    inside_of: frozenset[str]
    areas_within: frozenset[str]
    denied_after: frozenset[str]
    denial_verb: frozenset[str]
    focused_in: frozenset[str]
    mourned_dead: frozenset[str]
    had_done: frozenset[str]
    detailing: frozenset[str]
    mob_count: frozenset[str]
    angry: frozenset[str]
    mob_doer: frozenset[str]
    crowd_noun: frozenset[str]
    home_property: frozenset[str]
    displaced: frozenset[str]
    withdrew: frozenset[str]
    advanced: frozenset[str]
    attempted: frozenset[str]
    towards: frozenset[str]
    # triggers
    occurred_after: frozenset[str]
    suffered: frozenset[str]
    survived: frozenset[str]
    preposition: frozenset[str]
    told_again: frozenset[str]
    adds_to_toll: frozenset[str]
    besides: frozenset[str]
    the_attacker: frozenset[str]
    nationwide: frozenset[str]
    earlier_count: frozenset[str]
    toll_update: frozenset[str]
    toll_forecast: frozenset[str]
    toll_unconfirmed: frozenset[str]
    similar: frozenset[str]
    over_two_days: frozenset[str]
    side_claim: frozenset[str]
    reached: frozenset[str]
    comprising: frozenset[str]
    site_noun: frozenset[str]
    massacre: frozenset[str]
    membership: frozenset[str]
    march_or_drone: frozenset[str]
    first_time: frozenset[str]
    drone_before: frozenset[str]
    drone_after: frozenset[str]
    drone: frozenset[str]
    aircraft_unknown: frozenset[str]
    long_after: frozenset[str]
    repelling: frozenset[str]
    attackers_told: frozenset[str]
    protest_stem: frozenset[str]
    caused_by: frozenset[str]
    neutralising: frozenset[str]
    neutralising_broadly: frozenset[str]
    # events
    object_preposition: frozenset[str]
    intervention: frozenset[str]
    unresisted: frozenset[str]
    under_deal: frozenset[str]
    home_raid: frozenset[str]
    deployed: frozenset[str]
    mourned: frozenset[str]
    small_arms: frozenset[str]
    minor_injury: frozenset[str]
    serious_injury: frozenset[str]
    grievance: frozenset[str]
    demand: frozenset[str]
    news_resumes: frozenset[str]
    former: frozenset[str]
    organizer: frozenset[str]
    contrast: frozenset[str]
    reporting_verb: frozenset[str]
    # numbers
    range_link: frozenset[str]
    range_start: frozenset[str]
    phrase_break: frozenset[str]
    met_death: frozenset[str]
    died_later: frozenset[str]
    died_he: frozenset[str]
    died_she: frozenset[str]
    where_it_happened: frozenset[str]
    ruled: frozenset[str]
    # events, continued
    hedge: frozenset[str]
    occasion: frozenset[str]
    anniversary_falls: frozenset[str]
    arrived_after: frozenset[str]
    negation_ends: frozenset[str]
    scattered_over_the_country: frozenset[str]
    dwellings: frozenset[str]
    statement_goes_on: frozenset[str]
    own_losses: frozenset[str]
    when_before: frozenset[str]


def group_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(CueWords) if f.name != "version")


def read_cue_groups(body: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    """The groups of a ``cues.yaml`` body as written (before normalising), checked against the groups the
    code reads: an unknown or missing group is an error naming it."""
    raw = require(body, "groups", dict, where)
    expected = set(group_names())
    unknown = sorted(set(map(str, raw)) - expected)
    if unknown:
        raise LanguageDataError(f"{where}: unknown group(s) {unknown}; the code reads only {sorted(expected)}")
    missing = sorted(expected - set(map(str, raw)))
    if missing:
        raise LanguageDataError(f"{where}: missing group(s) {missing}; the rules that read them need them")
    words: dict[str, tuple[str, ...]] = {}
    for name, spec in raw.items():
        w = f"{where}: group {name}"
        if not isinstance(spec, dict):
            raise LanguageDataError(f"{w}: expected a mapping with 'words'")
        words[str(name)] = tuple(string_list(spec, "words", w, required=True))
    return words


def cue_words(version: str, groups: dict[str, tuple[str, ...]]) -> CueWords:
    """Normalise every group's words into the typed record the rules read."""
    return CueWords(version=version, **{name: frozenset(normalize_term(w) for w in ws) for name, ws in groups.items()})


def lint_cue_groups(groups: dict[str, tuple[str, ...]]) -> list[str]:
    """Text hygiene of every word, and duplicates within a group once normalised ("بتهمة"/"بتهمه")."""
    return [p for name, ws in groups.items() for p in word_problems(f"cue group {name}", ws)]


@lru_cache(maxsize=1)
def _read() -> tuple[str, dict[str, tuple[str, ...]]]:
    f = load_data_file(data_root() / "ar" / "cues.yaml", SCHEMA)
    return f.version, read_cue_groups(f.body, str(f.path))


@lru_cache(maxsize=1)
def load_cues() -> CueWords:
    return cue_words(*_read())


def lint_cues() -> list[str]:
    return lint_cue_groups(_read()[1])


def cue_count() -> int:
    return sum(len(ws) for ws in _read()[1].values())
