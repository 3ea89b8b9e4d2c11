"""Event triggers and the modifier words around them (negation, attempt, partial, complete ...)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root, load_data_file, require, string_list, text_problems, word_problems
from marsad.model.enums import IdentityEnum
from marsad.model.events import EventType, SubEventType
from marsad.text.normalize import normalize_term


class Territorial(IdentityEnum):
    CAPTURE = "capture"
    ENTRY = "entry"
    LOSS = "loss"
    WITHDRAWAL = "withdrawal"
    STATE = "state"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    sub_event_type: SubEventType
    territorial: Territorial

    @property
    def event_type(self) -> EventType:
        return self.sub_event_type.event_type


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str  # "<family>:<form>"
    family: Family
    form: str
    inflects: bool
    needs: tuple[str, ...]  # normalised words, one of which must follow
    window: int
    strength: int  # 3: reports an event alone; 2: needs one more sign; 1: needs two
    #: how many words before the form may also hold a needed word, in the same clause ("الآلاف من
    #: المتظاهرين تدفقوا": the crowd named before its verb); 0 means only words after count
    window_before: int = 0
    #: the words tell what became of weapons named before them in their sentence ("فيما أصابت إحداها
    #: مستودعات للوقود"): the event is those weapons' kind (a drone's strike, not a shell's)
    follows_weapon: bool = False


@dataclass(frozen=True, slots=True)
class ModifierGroup:
    name: str
    scope: int  # negative: words before the trigger; positive: after
    words: tuple[str, ...]
    #: the words are finite verbs: a match with the article ("القتل" for "قتل") is a noun and does not count
    verbs: bool = False
    #: trigger families this group cancels outright ("السيطرة على الحريق" is no capture)
    drops: frozenset[str] = frozenset()
    #: a scope-0 group that says what a whole phrase is about, so it is read near the word a form needs
    #: too ("لقي أربعة أشخاص ... مصرعهم بحادث سير": an accident)
    phrase: bool = False
    #: the flag its words set on a trigger: the group's name, or another group's when the same sense needs
    #: a second scope ("تفقد المالكي عددا من الجرحى" is a reference, four words before the trigger)
    flag: str = ""

    @property
    def sets(self) -> str:
        return self.flag or self.name


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    version: str
    families: dict[str, Family]
    triggers: tuple[Trigger, ...]
    modifiers: dict[str, ModifierGroup]


def _check_flags(modifiers: dict[str, ModifierGroup], where: str) -> None:
    """Every group's ``flag`` names a group: the flag the frames and the event stage read."""
    strays = sorted(g.name for g in modifiers.values() if g.flag and g.flag not in modifiers)
    if strays:
        raise LanguageDataError(f"{where}: groups {strays} set a flag that names no group (flag: <group name>)")


def _families(body: dict[str, Any], where: str) -> dict[str, Family]:
    raw = require(body, "families", dict, where)
    out: dict[str, Family] = {}
    for fid, spec in raw.items():
        w = f"{where}: family {fid}"
        if not isinstance(spec, dict):
            raise LanguageDataError(f"{w}: expected a mapping")
        etype = require(spec, "event_type", str, w)
        stype = require(spec, "sub_event_type", str, w)
        try:
            sub = SubEventType.from_label(stype)
        except KeyError as exc:
            raise LanguageDataError(f"{w}: unknown ACLED sub_event_type {stype!r}") from exc
        if sub.event_type.value != etype:
            raise LanguageDataError(f"{w}: {stype!r} is not a sub-type of {etype!r}")
        terr = require(spec, "territorial", str, w)
        try:
            territorial = Territorial(terr)
        except ValueError as exc:
            raise LanguageDataError(f"{w}: unknown territorial value {terr!r}") from exc
        out[str(fid)] = Family(id=str(fid), sub_event_type=sub, territorial=territorial)
    return out


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    f = load_data_file(data_root() / "ar" / "triggers.yaml", "marsad.triggers/1")
    families = _families(f.body, str(f.path))
    entries = require(f.body, "triggers", list, str(f.path))
    triggers: list[Trigger] = []
    for i, entry in enumerate(entries):
        where = f"{f.path}: triggers[{i}]"
        if not isinstance(entry, dict):
            raise LanguageDataError(f"{where}: expected a mapping")
        fam_id = require(entry, "family", str, where)
        if fam_id not in families:
            raise LanguageDataError(f"{where}: family {fam_id!r} is not declared under 'families'")
        needs = tuple(normalize_term(w) for w in string_list(entry, "needs", where))
        window = int(entry.get("window", 5))
        window_before = int(entry.get("window_before", 0))
        if window_before and not needs:
            raise LanguageDataError(f"{where}: window_before needs a 'needs' list")
        strength = entry.get("strength", 2)
        if strength not in (1, 2, 3):
            raise LanguageDataError(f"{where}: strength must be 1, 2 or 3, got {strength!r}")
        for form in string_list(entry, "forms", where, required=True):
            triggers.append(
                Trigger(
                    id=f"{fam_id}:{normalize_term(form)}",
                    family=families[fam_id],
                    form=form,
                    inflects=bool(entry.get("inflects", False)),
                    needs=needs,
                    window=window,
                    window_before=window_before,
                    strength=strength,
                    follows_weapon=bool(entry.get("follows_weapon", False)),
                )
            )
    m = load_data_file(data_root() / "ar" / "modifiers.yaml", "marsad.modifiers/1")
    groups_raw = require(m.body, "groups", dict, str(m.path))
    modifiers: dict[str, ModifierGroup] = {}
    for name, spec in groups_raw.items():
        w = f"{m.path}: group {name}"
        if not isinstance(spec, dict):
            raise LanguageDataError(f"{w}: expected a mapping")
        modifiers[str(name)] = ModifierGroup(
            name=str(name),
            scope=require(spec, "scope", int, w),
            words=tuple(string_list(spec, "words", w, required=True)),
            verbs=bool(spec.get("verbs", False)),
            drops=_dropped_families(spec, families, w),
            phrase=bool(spec.get("phrase", False)),
            flag=str(spec.get("flag", "")),
        )
    _check_flags(modifiers, str(m.path))
    return TriggerLexicon(
        version=f"{f.version}+{m.version}", families=families, triggers=tuple(triggers), modifiers=modifiers
    )


def _dropped_families(spec: dict[str, Any], families: dict[str, Family], where: str) -> frozenset[str]:
    drops = frozenset(string_list(spec, "drops", where))
    unknown = sorted(d for d in drops if d not in families)  # (not `drops - keys()`: that is a set, not frozenset)
    if unknown:
        raise LanguageDataError(f"{where}: 'drops' names unknown families {unknown}; known: {sorted(families)}")
    return drops


@lru_cache(maxsize=64)
def modifier_words(name: str) -> frozenset[str]:
    """The normalised words of one modifier group ("aircraft", "relative_clause" ...), made once."""
    return frozenset(normalize_term(w) for w in load_triggers().modifiers[name].words)


def _told_apart(entries: list[Trigger], fallback: bool = False) -> bool:
    """One form listed twice is fine when each entry needs its own following words. Within one family
    (``fallback``) the one entry that needs none may also come last: the first entry met counts, so it is
    what the form means otherwise ("تحرير حي ..." is a capture noun of its own, "تحرير" alone a weaker one)."""
    needs = [set(t.needs) for t in entries]
    if fallback and not needs[-1]:
        needs.pop()
    return all(needs) and all(not (a & b) for i, a in enumerate(needs) for b in needs[i + 1 :])


def lint_triggers(lex: TriggerLexicon) -> list[str]:
    problems: list[str] = []
    for t in lex.triggers:
        problems.extend(f"trigger {t.id}: {p}" for p in text_problems(t.form))
    # one form twice in a family only in entries that need words of their own ("تجمع" + a crowd of
    # protesters, "تجمع" + supporters within fewer words)
    same: dict[tuple[str, str], list[Trigger]] = {}
    for t in lex.triggers:
        same.setdefault((t.family.id, normalize_term(t.form)), []).append(t)
    problems.extend(
        f"trigger {fam}:{form} listed twice"
        for (fam, form), ts in same.items()
        if len(ts) > 1 and not _told_apart(ts, fallback=True)
    )
    owners: dict[str, list[Trigger]] = {}
    for t in lex.triggers:
        owners.setdefault(normalize_term(t.form), []).append(t)
    problems.extend(
        f"trigger form {form!r} is in several families {sorted({t.family.id for t in ts})}; "
        "give every entry `needs` words of its own so the context decides"
        for form, ts in owners.items()
        if len({t.family.id for t in ts}) > 1 and not _told_apart(ts)
    )
    used = {t.family.id for t in lex.triggers}
    problems.extend(f"family {f} has no trigger" for f in lex.families if f not in used)
    for g in lex.modifiers.values():
        problems.extend(word_problems(f"modifier {g.name}", g.words))
    return problems
