"""Arabic time words (``data/ar/time.yaml``, schema ``marsad.time/1``) as typed records, and their linter.

Every word of the file becomes a :class:`TimeEntry`: its written form and the :class:`TimeTerm` it
stands for (a weekday, a month, an ordinal day, a unit in the singular, dual or plural ...). The
temporal grammar matches the forms and reasons only on the terms.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root, load_data_file, text_problems
from marsad.model.enums import IdentityEnum
from marsad.text.normalize import normalize_term

SCHEMA = "marsad.time/1"


class TermKind(IdentityEnum):
    WEEKDAY = "weekday"  # value: Python weekday, Monday = 0
    MONTH = "month"  # key: naming system; value: 1..12
    ORDINAL = "ordinal"  # value: day of month 1..31
    CARDINAL = "cardinal"  # value: the number
    VAGUE_COUNT = "vague_count"  # بضعة، عدة
    UNIT = "unit"  # key: hour/day/week/month/year; value: 1 singular, 2 dual, 0 plural
    RELATIVE_DAY = "relative_day"  # key: today/yesterday/day_before_yesterday/tomorrow/tonight
    DAYPART = "daypart"  # key: morning, night ...
    MODIFIER = "modifier"  # key: past/recent/current/next/this/few
    PART = "part"  # key: early/mid/late
    SEASON = "season"  # key: winter/spring/summer/autumn (a part of a year only)
    CUE = "cue"  # key: since/ago/during/for/approx/equals


WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_SYSTEMS: tuple[str, ...] = ("gregorian", "levantine")
UNITS: tuple[str, ...] = ("hour", "day", "week", "month", "year")
UNIT_NUMBERS: dict[str, int] = {"singular": 1, "dual": 2, "plural": 0}
RELATIVE_DAYS: tuple[str, ...] = ("today", "yesterday", "day_before_yesterday", "tomorrow", "tonight")
DAYPARTS: tuple[str, ...] = ("dawn", "morning", "noon", "afternoon", "evening", "night")
MODIFIERS: tuple[str, ...] = ("past", "recent", "current", "next", "this", "few")
PARTS: tuple[str, ...] = ("early", "mid", "late")
SEASONS: tuple[str, ...] = ("winter", "spring", "summer", "autumn")
CUES: tuple[str, ...] = ("since", "ago", "during", "for", "approx", "equals", "ongoing")
#: days counted from an earlier date of the report ("في اليوم التالي"), by their offset in days
ANAPHORIC_DAYS: dict[str, int] = {"same": 0, "next": 1, "previous": -1}


@dataclass(frozen=True, slots=True)
class TimeTerm:
    """What a time word means. ``ambiguous`` marks month names that are also ordinary words."""

    kind: TermKind
    key: str = ""
    value: int = 0
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class TimeEntry:
    form: str  # as written in the file
    term: TimeTerm
    where: str  # "time.yaml: months.levantine.8" for messages


@dataclass(frozen=True, slots=True, eq=False)
class TimeWords:
    """All time words of one file. Hashes by identity so that compiled matchers can be cached per object."""

    version: str
    source: str
    entries: tuple[TimeEntry, ...]
    #: words before a day and month that make them a name ("قوى 14 آذار"), as written in the file
    name_heads: tuple[str, ...] = ()
    #: (phrase as written, offset in days) of days counted from an earlier date of the report
    anaphoric_days: tuple[tuple[str, int], ...] = ()
    #: hours after midnight ("فجراً", "بعد منتصف الليل"), as written: told after a night named by two days,
    #: they date the event to the second
    after_midnight: tuple[str, ...] = ()

    def of(self, kind: TermKind) -> list[TimeEntry]:
        return [e for e in self.entries if e.term.kind is kind]


def _forms(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise LanguageDataError(f"{where}: expected a non-empty list of words")
    return value


def _section(body: dict[str, Any], key: str, source: str) -> dict[Any, Any]:
    section = body.get(key)
    if not isinstance(section, dict):
        raise LanguageDataError(f"{source}: missing section {key!r} (a mapping)")
    return section


def _named(body: dict[str, Any], key: str, names: tuple[str, ...], kind: TermKind, source: str) -> list[TimeEntry]:
    """A section mapping known names (weekday, unit ...) to word lists."""
    out: list[TimeEntry] = []
    for name, words in _section(body, key, source).items():
        where = f"{source}: {key}.{name}"
        if name not in names:
            raise LanguageDataError(f"{where}: unknown name; expected one of {', '.join(names)}")
        value = names.index(name) if kind is TermKind.WEEKDAY else 0
        out.extend(TimeEntry(f, TimeTerm(kind, str(name), value), where) for f in _forms(words, where))
    return out


def _numbered(
    section: dict[Any, Any], label: str, kind: TermKind, lo: int, hi: int, source: str, system: str = ""
) -> list[TimeEntry]:
    """A section mapping numbers (month, day, count) to word lists."""
    out: list[TimeEntry] = []
    for num, words in section.items():
        where = f"{source}: {label}.{num}"
        if not isinstance(num, int) or isinstance(num, bool) or not lo <= num <= hi:
            raise LanguageDataError(f"{where}: key must be a number from {lo} to {hi}")
        out.extend(TimeEntry(f, TimeTerm(kind, system, num), where) for f in _forms(words, where))
    return out


def _optional_forms(body: dict[str, Any], key: str, where: str) -> list[str]:
    value = body.get(key)
    return [] if value is None else _forms(value, where)


def _months(body: dict[str, Any], source: str) -> list[TimeEntry]:
    months = _section(body, "months", source)
    extra = set(months) - {*MONTH_SYSTEMS, "ambiguous"}
    if extra:
        raise LanguageDataError(f"{source}: months: unknown keys {sorted(extra)}")
    out: list[TimeEntry] = []
    for system in MONTH_SYSTEMS:
        if not isinstance(months.get(system), dict):
            raise LanguageDataError(f"{source}: months.{system}: missing (a mapping of 1..12 to names)")
        out.extend(_numbered(months[system], f"months.{system}", TermKind.MONTH, 1, 12, source, system))
    ambiguous = {normalize_term(f) for f in _optional_forms(months, "ambiguous", f"{source}: months.ambiguous")}
    if unknown := ambiguous - {normalize_term(e.form) for e in out}:
        raise LanguageDataError(f"{source}: months.ambiguous: {sorted(unknown)} are not month names above")
    return [
        TimeEntry(e.form, TimeTerm(e.term.kind, e.term.key, e.term.value, True), e.where)
        if normalize_term(e.form) in ambiguous
        else e
        for e in out
    ]


def _units(body: dict[str, Any], source: str) -> list[TimeEntry]:
    out: list[TimeEntry] = []
    for unit, numbers in _section(body, "units", source).items():
        where = f"{source}: units.{unit}"
        if unit not in UNITS:
            raise LanguageDataError(f"{where}: unknown unit; expected one of {', '.join(UNITS)}")
        if not isinstance(numbers, dict) or set(numbers) != set(UNIT_NUMBERS):
            raise LanguageDataError(f"{where}: expected exactly the keys singular, dual, plural")
        for number, words in numbers.items():
            w = f"{where}.{number}"
            term = TimeTerm(TermKind.UNIT, unit, UNIT_NUMBERS[number])
            out.extend(TimeEntry(f, term, w) for f in _forms(words, w))
    return out


def parse_time_words(body: dict[str, Any], version: str, source: str) -> TimeWords:
    """Turn the file body into records; raises :class:`LanguageDataError` naming the entry at fault."""
    entries: list[TimeEntry] = []
    entries += _named(body, "weekdays", WEEKDAYS, TermKind.WEEKDAY, source)
    entries += _months(body, source)
    entries += _numbered(_section(body, "ordinals", source), "ordinals", TermKind.ORDINAL, 1, 31, source)
    entries += _numbered(_section(body, "cardinals", source), "cardinals", TermKind.CARDINAL, 1, 100, source)
    where = f"{source}: vague_counts"
    entries += [
        TimeEntry(f, TimeTerm(TermKind.VAGUE_COUNT), where) for f in _optional_forms(body, "vague_counts", where)
    ]
    entries += _units(body, source)
    entries += _named(body, "relative_days", RELATIVE_DAYS, TermKind.RELATIVE_DAY, source)
    entries += _named(body, "dayparts", DAYPARTS, TermKind.DAYPART, source)
    entries += _named(body, "modifiers", MODIFIERS, TermKind.MODIFIER, source)
    entries += _named(body, "parts", PARTS, TermKind.PART, source)
    entries += _named(body, "seasons", SEASONS, TermKind.SEASON, source)
    entries += _named(body, "cues", CUES, TermKind.CUE, source)
    heads = _optional_forms(body, "name_heads", f"{source}: name_heads")
    return TimeWords(
        version=version,
        source=source,
        entries=tuple(entries),
        name_heads=tuple(heads),
        anaphoric_days=_anaphoric_days(body, source),
        after_midnight=tuple(_optional_forms(body, "after_midnight", f"{source}: after_midnight")),
    )


def _anaphoric_days(body: dict[str, Any], source: str) -> tuple[tuple[str, int], ...]:
    section = body.get("anaphoric_days")
    if section is None:
        return ()
    if not isinstance(section, dict):
        raise LanguageDataError(f"{source}: anaphoric_days: expected a mapping of same/next/previous to phrases")
    out: list[tuple[str, int]] = []
    for name, words in section.items():
        where = f"{source}: anaphoric_days.{name}"
        if name not in ANAPHORIC_DAYS:
            raise LanguageDataError(f"{where}: unknown name; expected one of {', '.join(ANAPHORIC_DAYS)}")
        out.extend((f, ANAPHORIC_DAYS[name]) for f in _forms(words, where))
    return tuple(out)


def load_time_words_from(path: Path) -> TimeWords:
    data = load_data_file(path, SCHEMA)
    return parse_time_words(data.body, data.version, path.name)


@lru_cache(maxsize=1)
def load_time_words() -> TimeWords:
    """The packaged Arabic time words, loaded once on first use."""
    return load_time_words_from(data_root() / "ar" / "time.yaml")


def _list_problems(source: str, name: str, phrases: tuple[str, ...]) -> list[str]:
    """Text hygiene of a list of phrases, and phrases listed twice once normalised."""
    problems: list[str] = []
    keys: set[str] = set()
    for phrase in phrases:
        problems += [f"{source}: {name}: {phrase!r}: {p}" for p in text_problems(phrase)]
        if normalize_term(phrase) in keys:
            problems.append(f"{source}: {name}: {phrase!r} is listed twice after normalisation")
        keys.add(normalize_term(phrase))
    return problems


def lint_time_words(tw: TimeWords) -> list[str]:
    """Problems a data editor should fix; an empty list means the file is clean."""
    problems: list[str] = []
    meanings: dict[str, set[TimeTerm]] = defaultdict(set)
    seen: dict[tuple[str, TimeTerm], str] = {}
    for e in tw.entries:
        problems += [f"{e.where}: {e.form!r}: {p}" for p in text_problems(e.form)]
        key = normalize_term(e.form)
        if (key, e.term) in seen:
            problems.append(f"{e.where}: {e.form!r} duplicates {seen[key, e.term]} after normalisation")
        seen.setdefault((key, e.term), e.where)
        meanings[key].add(e.term)
    for key, terms in sorted(meanings.items()):
        if len(terms) > 1:
            what = ", ".join(sorted(f"{t.kind.value}:{t.key}:{t.value}" for t in terms))
            problems.append(f"{tw.source}: {key!r} has several meanings after normalisation ({what})")
    problems += _list_problems(tw.source, "after_midnight", tw.after_midnight)
    problems += _list_problems(tw.source, "name_heads", tw.name_heads)
    day_keys: dict[str, int] = {}
    for phrase, offset in tw.anaphoric_days:
        problems += [f"{tw.source}: anaphoric_days: {phrase!r}: {p}" for p in text_problems(phrase)]
        key = normalize_term(phrase)
        if key in day_keys:
            problems.append(f"{tw.source}: anaphoric_days: {phrase!r} is listed twice after normalisation")
        day_keys[key] = offset
    months = {(e.term.key, e.term.value) for e in tw.of(TermKind.MONTH)}
    for system in MONTH_SYSTEMS:
        missing = [m for m in range(1, 13) if (system, m) not in months]
        if missing:
            problems.append(f"{tw.source}: months.{system}: missing months {missing}")
    weekdays = {e.term.value for e in tw.of(TermKind.WEEKDAY)}
    if len(weekdays) != 7:
        absent = [WEEKDAYS[i] for i in range(7) if i not in weekdays]
        problems.append(f"{tw.source}: weekdays: expected 7, missing {absent}")
    ordinals = {e.term.value for e in tw.of(TermKind.ORDINAL)}
    if missing_ord := [d for d in range(1, 32) if d not in ordinals]:
        problems.append(f"{tw.source}: ordinals: missing days {missing_ord}")
    units = {(e.term.key, e.term.value) for e in tw.of(TermKind.UNIT)}
    for unit in UNITS:
        for number, count in UNIT_NUMBERS.items():
            if (unit, count) not in units:
                problems.append(f"{tw.source}: units.{unit}: no {number} form")
    for kind, names in (
        (TermKind.RELATIVE_DAY, RELATIVE_DAYS),
        (TermKind.MODIFIER, MODIFIERS),
        (TermKind.PART, PARTS),
        (TermKind.SEASON, SEASONS),
        (TermKind.CUE, CUES),
    ):
        have = {e.term.key for e in tw.of(kind)}
        if absent_names := [n for n in names if n not in have]:
            problems.append(f"{tw.source}: {kind.value}: no words for {absent_names}")
    return problems
