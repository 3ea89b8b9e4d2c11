"""Number words, vague quantities, approximators and casualty/people nouns (``data/ar/numbers.yaml``).

:func:`load_numbers` turns the file (schema ``marsad.numbers/1``) into a :class:`NumberWords` of typed,
frozen records, one record per written form, and raises :class:`~marsad.errors.LanguageDataError`
naming the file and the entry at fault. It is cached and never runs at import time.
:func:`lint_numbers` lists softer problems (text hygiene, duplicates after normalisation, a dual that
could be read as a plural) for the data linter and the tests.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root, load_data_file, require, string_list, text_problems
from marsad.model.enums import IdentityEnum
from marsad.text.normalize import normalize_term

SCHEMA = "marsad.numbers/1"

#: what a quantity may count; "" (unknown) is the seventh value used by the extractor
COUNTED: frozenset[str] = frozenset(
    {"killed", "injured", "killed_or_injured", "arrested", "abducted", "displaced", "people"}
)


class CardinalRole(IdentityEnum):
    UNIT = "unit"  # 1..10
    TEN = "ten"  # 20..90
    HUNDRED = "hundred"  # 100..900
    SCALE = "scale"  # 1000, 10**6, 10**9


class GramNumber(IdentityEnum):
    SINGULAR = "singular"
    DUAL = "dual"
    PLURAL = "plural"


class ApproxKind(IdentityEnum):
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class CasualtyRole(IdentityEnum):
    TRIGGER = "trigger"  # before the count: "مقتل 5"
    POST = "post"  # after the counted noun: "5 أشخاص قتلوا"
    NOUN = "noun"  # the counted noun itself: "7 قتلى"


@dataclass(frozen=True, slots=True)
class Cardinal:
    form: str
    value: int
    role: CardinalRole
    #: scales: singular (x1 alone, after 11+), dual (x2 alone), plural (after 3..10); others singular
    number: GramNumber = GramNumber.SINGULAR
    #: False: a count only next to a noun ("أحد عناصر"), not alone ("لم يصب أحد")
    standalone: bool = True


@dataclass(frozen=True, slots=True)
class TeenMarker:
    form: str  # "عشر" / "عشرة" as the second word of 11..19


@dataclass(frozen=True, slots=True)
class VagueWord:
    form: str
    value: int  # the ACLED figure
    weak: bool = False
    #: False: not a quantity when a noun follows ("عدد القتلى" is "the number of the dead")
    before_noun: bool = True


@dataclass(frozen=True, slots=True)
class Approximator:
    form: str
    kind: ApproxKind
    post: bool = False


@dataclass(frozen=True, slots=True)
class CasualtyWord:
    form: str
    counted: str  # one of COUNTED other than "people"
    role: CasualtyRole
    number: GramNumber | None = None  # for nouns
    inflects: bool = False
    #: a singular noun that counts one on its own ("سقوط قتيل"), unlike "رهينة" or "معتقل"
    alone: bool = False


@dataclass(frozen=True, slots=True)
class PeopleNoun:
    form: str
    group: str  # person, civilian, soldier, child ...
    number: GramNumber


class MarkerKind(IdentityEnum):
    BREAKDOWN = "breakdown"
    NONCOUNT_BEFORE = "noncount_before"
    NONCOUNT_AFTER = "noncount_after"
    TOLL_HEAD = "toll_head"


@dataclass(frozen=True, slots=True)
class Marker:
    form: str
    kind: MarkerKind


@dataclass(frozen=True, slots=True)
class NumberWords:
    path: str
    version: str
    cardinals: tuple[Cardinal, ...]
    teen_markers: tuple[TeenMarker, ...]
    vague: tuple[VagueWord, ...]
    approximators: tuple[Approximator, ...]
    casualties: tuple[CasualtyWord, ...]
    people: tuple[PeopleNoun, ...]
    markers: tuple[Marker, ...]

    def entries(self) -> Iterator[tuple[str, Entry]]:
        """Every (section, record) pair, in file order."""
        for c in self.cardinals:
            yield c.role.value, c
        for t in self.teen_markers:
            yield "teen_markers", t
        for v in self.vague:
            yield "vague", v
        for a in self.approximators:
            yield "approximators", a
        for w in self.casualties:
            yield f"casualties.{w.counted}.{w.role.value}", w
        for p in self.people:
            yield f"people.{p.group}", p
        for m in self.markers:
            yield m.kind.value, m


Entry = Cardinal | TeenMarker | VagueWord | Approximator | CasualtyWord | PeopleNoun | Marker


def default_path() -> Path:
    return data_root() / "ar" / "numbers.yaml"


def load_numbers(path: Path | None = None) -> NumberWords:
    """Load and check the number-words file (the packaged one by default). Cached per path."""
    return _load(path or default_path())


@lru_cache(maxsize=8)
def _load(path: Path) -> NumberWords:
    df = load_data_file(path, SCHEMA)
    body = df.body
    name = path.name
    cardinals: list[Cardinal] = []
    sections = ((CardinalRole.UNIT, "units"), (CardinalRole.TEN, "tens"), (CardinalRole.HUNDRED, "hundreds"))
    for role, key in sections:
        for i, entry in enumerate(_entries(body, key, name)):
            where = f"{name}: {key}[{i}]"
            value = _positive_int(entry, where)
            standalone = _flag(entry, "standalone", True, where)
            for form in _required_forms(entry, "forms", where):
                cardinals.append(Cardinal(form, value, role, GramNumber.SINGULAR, standalone))
    for i, entry in enumerate(_entries(body, "scales", name)):
        where = f"{name}: scales[{i}]"
        value = _positive_int(entry, where)
        for gn in GramNumber:
            forms = (
                _required_forms(entry, gn.value, where)
                if gn is GramNumber.SINGULAR
                else string_list(entry, gn.value, where)
            )
            for form in forms:
                cardinals.append(Cardinal(form, value, CardinalRole.SCALE, gn))
    teens = tuple(TeenMarker(f) for f in string_list(body, "teen_markers", name, required=True))

    vague: list[VagueWord] = []
    for i, entry in enumerate(_entries(body, "vague", name)):
        where = f"{name}: vague[{i}]"
        value = _positive_int(entry, where)
        weak = _flag(entry, "weak", False, where)
        before_noun = _flag(entry, "before_noun", True, where)
        for form in _required_forms(entry, "forms", where):
            vague.append(VagueWord(form, value, weak, before_noun))

    approx: list[Approximator] = []
    for i, entry in enumerate(_entries(body, "approximators", name)):
        where = f"{name}: approximators[{i}]"
        kind_text = require(entry, "kind", str, where)
        try:
            kind = ApproxKind(kind_text)
        except ValueError:
            allowed = ", ".join(k.value for k in ApproxKind)
            raise LanguageDataError(f"{where}: kind {kind_text!r} is not one of {allowed}") from None
        post = _flag(entry, "post", False, where)
        for form in _required_forms(entry, "forms", where):
            approx.append(Approximator(form, kind, post))

    casualties: list[CasualtyWord] = []
    for i, entry in enumerate(_entries(body, "casualties", name)):
        where = f"{name}: casualties[{i}]"
        counted = require(entry, "counted", str, where)
        if counted not in COUNTED or counted == "people":
            allowed = ", ".join(sorted(COUNTED - {"people"}))
            raise LanguageDataError(f"{where}: counted {counted!r} is not one of {allowed}")
        where = f"{name}: casualties[{i}] ({counted})"
        inflecting = set(string_list(entry, "inflecting", where))
        listed: set[str] = set()
        for form in string_list(entry, "triggers", where):
            casualties.append(CasualtyWord(form, counted, CasualtyRole.TRIGGER, None, form in inflecting))
            listed.add(form)
        for form in string_list(entry, "post", where):
            casualties.append(CasualtyWord(form, counted, CasualtyRole.POST, None, form in inflecting))
            listed.add(form)
        alone = set(string_list(entry, "counts_one", where))
        singular = set(string_list(entry, GramNumber.SINGULAR.value, where))
        for gn in GramNumber:
            for form in string_list(entry, gn.value, where):
                word = CasualtyWord(form, counted, CasualtyRole.NOUN, gn, form in inflecting, form in alone)
                casualties.append(word)
                listed.add(form)
        if not listed:
            raise LanguageDataError(f"{where}: lists no triggers, post words or nouns")
        stray = inflecting - listed
        if stray:
            raise LanguageDataError(f"{where}: 'inflecting' names forms not listed above: {sorted(stray)}")
        stray = alone - singular
        if stray:
            raise LanguageDataError(f"{where}: 'counts_one' names forms not listed as singular: {sorted(stray)}")

    people: list[PeopleNoun] = []
    for i, entry in enumerate(_entries(body, "people", name)):
        where = f"{name}: people[{i}]"
        group = require(entry, "group", str, where)
        if not group.strip():
            raise LanguageDataError(f"{where}: 'group' must not be empty")
        where = f"{name}: people[{i}] ({group})"
        for gn in GramNumber:
            for form in string_list(entry, gn.value, where, required=gn is not GramNumber.DUAL):
                people.append(PeopleNoun(form, group, gn))

    markers: list[Marker] = []
    for mkind in MarkerKind:
        for form in string_list(body, mkind.value, name, required=True):
            markers.append(Marker(form, mkind))

    return NumberWords(
        path=str(path),
        version=df.version,
        cardinals=tuple(cardinals),
        teen_markers=teens,
        vague=tuple(vague),
        approximators=tuple(approx),
        casualties=tuple(casualties),
        people=tuple(people),
        markers=tuple(markers),
    )


def _entries(body: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    value = body.get(key)
    if not isinstance(value, list) or not value:
        raise LanguageDataError(f"{name}: {key!r} must be a non-empty list of entries")
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise LanguageDataError(f"{name}: {key}[{i}] must be a mapping, got {type(entry).__name__}")
    return value


def _required_forms(entry: dict[str, Any], key: str, where: str) -> list[str]:
    forms = string_list(entry, key, where, required=True)
    if not forms:
        raise LanguageDataError(f"{where}: {key!r} must list at least one form")
    return forms


def _positive_int(entry: dict[str, Any], where: str) -> int:
    value = require(entry, "value", int, where)
    if isinstance(value, bool) or value <= 0:
        raise LanguageDataError(f"{where}: 'value' must be a positive integer, got {value!r}")
    return int(value)


def _flag(entry: dict[str, Any], key: str, default: bool, where: str) -> bool:
    if key not in entry:
        return default
    value = entry[key]
    if not isinstance(value, bool):
        raise LanguageDataError(f"{where}: {key!r} must be true or false, got {value!r}")
    return value


def lint_numbers(nw: NumberWords) -> list[str]:
    """Problems a data author should fix; an empty list means the file is clean."""
    problems: list[str] = []
    name = Path(nw.path).name
    for section, entry in nw.entries():
        for p in text_problems(entry.form):
            problems.append(f"{name}: {section}: {entry.form!r}: {p}")
        if not normalize_term(entry.form):
            problems.append(f"{name}: {section}: {entry.form!r}: empty after normalisation")
        if isinstance(entry, (Cardinal, VagueWord)) and entry.value <= 0:
            problems.append(f"{name}: {section}: {entry.form!r}: value must be positive")

    # the same normalised form twice in one section
    seen: dict[tuple[str, str], str] = {}
    for section, entry in nw.entries():
        key = (section, normalize_term(entry.form))
        if key in seen:
            problems.append(f"{name}: {section}: {entry.form!r} duplicates {seen[key]!r} after normalisation")
        else:
            seen[key] = entry.form

    # a cardinal form with two different readings (units and tens, two hundreds ...)
    readings: dict[str, set[tuple[str, int, str]]] = defaultdict(set)
    for c in nw.cardinals:
        readings[normalize_term(c.form)].add((c.role.value, c.value, c.number.value))
    for form, rs in sorted(readings.items()):
        if len(rs) > 1:
            problems.append(f"{name}: cardinal {form!r} has several readings: {sorted(rs)}")

    # a dual that is also listed as a plural (مدنيين) would turn every plural into 2
    plurals = {normalize_term(f) for f in _forms(nw, GramNumber.PLURAL)}
    singulars = {normalize_term(f) for f in _forms(nw, GramNumber.SINGULAR)}
    for form in _forms(nw, GramNumber.DUAL):
        nform = normalize_term(form)
        if nform in plurals:
            problems.append(f"{name}: dual {form!r} is also listed as a plural; drop the dual")
        if nform in singulars:
            problems.append(f"{name}: dual {form!r} is also listed as a singular")

    # a noun counted as two different things
    nouns: dict[str, set[str]] = defaultdict(set)
    for w in nw.casualties:
        if w.role is CasualtyRole.NOUN:
            nouns[normalize_term(w.form)].add(w.counted)
    for form, counted in sorted(nouns.items()):
        if len(counted) > 1:
            problems.append(f"{name}: casualty noun {form!r} counts several things: {sorted(counted)}")
    return problems


def _forms(nw: NumberWords, gn: GramNumber) -> Iterable[str]:
    for w in nw.casualties:
        if w.role is CasualtyRole.NOUN and w.number is gn:
            yield w.form
    for p in nw.people:
        if p.number is gn:
            yield p.form
