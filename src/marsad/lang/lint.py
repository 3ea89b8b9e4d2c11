"""One linter over every language-data family: schema (by loading), text hygiene, duplicates, references."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from marsad.errors import LanguageDataError
from marsad.geo.errors import GazetteerDataError
from marsad.lang.files import data_root


@dataclass(frozen=True, slots=True)
class FamilyReport:
    family: str
    version: str
    entries: int
    problems: tuple[str, ...]


def _actors(pack: str) -> FamilyReport:
    from marsad.lang.actors import lint_actors, load_actors

    lex = load_actors(pack)
    return FamilyReport(f"actors[{pack}]", lex.version, len(lex.actors), tuple(lint_actors(lex)))


def _triggers() -> FamilyReport:
    from marsad.lang.triggers import lint_triggers, load_triggers

    lex = load_triggers()
    return FamilyReport("triggers", lex.version, len(lex.triggers), tuple(lint_triggers(lex)))


def _cues() -> FamilyReport:
    from marsad.lang.cues import cue_count, lint_cues, load_cues

    return FamilyReport("cues", load_cues().version, cue_count(), tuple(lint_cues()))


def _places() -> FamilyReport:
    from marsad.geo.place_words import lint_place_words, load_place_words, word_count

    words = load_place_words()
    return FamilyReport("places", words.version, word_count(words), tuple(lint_place_words(words)))


def _numbers() -> FamilyReport:
    from marsad.lang.numbers import lint_numbers, load_numbers

    nw = load_numbers()
    return FamilyReport("numbers", str(getattr(nw, "version", "")), _size(nw), tuple(lint_numbers(nw)))


def _time_words() -> FamilyReport:
    from marsad.lang.timewords import lint_time_words, load_time_words

    tw = load_time_words()
    return FamilyReport("time", str(getattr(tw, "version", "")), _size(tw), tuple(lint_time_words(tw)))


def _gazetteer() -> FamilyReport:
    from marsad.geo.curated import default_layer, lint

    layer = default_layer()
    version = ",".join(f"{k}@{v}" for k, v in sorted(layer.versions.items()))
    return FamilyReport("gazetteer", version, len(layer.entries), tuple(lint(layer)))


def _size(obj: object) -> int:
    total = 0
    for name in getattr(obj, "__slots__", ()):
        value = getattr(obj, name, None)
        if isinstance(value, (dict, list, tuple, frozenset, set)):
            total += len(value)
    return total


def packs() -> list[str]:
    return sorted(p.name for p in (data_root() / "packs").iterdir() if (p / "pack.yaml").is_file())


def lint_all() -> list[FamilyReport]:
    checks: list[tuple[str, Callable[[], FamilyReport]]] = [
        *((f"actors[{p}]", partial(_actors, p)) for p in packs()),
        ("triggers", _triggers),
        ("cues", _cues),
        ("places", _places),
        ("numbers", _numbers),
        ("time", _time_words),
        ("gazetteer", _gazetteer),
    ]
    reports: list[FamilyReport] = []
    for name, check in checks:
        try:
            reports.append(check())
        except (LanguageDataError, GazetteerDataError) as exc:
            # (a file that cannot be loaded at all is one problem of its family, not a traceback)
            reports.append(FamilyReport(name, "", 0, (exc.message,)))
    return reports
