"""Event-level scoring of review sets: items a reviewer coded by hand, each with the events it should give.

Each line of a review file: ``{"id", "text", "published" (YYYY-MM-DD or null), "expect": [...], "why"}``,
where every expected event has ``event_type``, ``sub_event_type``, ``actor1``, ``actor2`` (or null),
``fatalities``, ``location`` (English, possibly "City - District"), optionally ``date`` ("YYYY-MM-DD",
"YYYY-MM" or "YYYY") and ``optional: true``. ``expect: []`` makes the item a negative: it should give
no event.

The rules:

1. Each item is extracted with its publication date; its predictions are the events of the default
   export (background history left out), with their exported (ACLED) field values.
2. Within an item, expected and predicted events are paired one to one. A pair needs the same
   event_type (a gold "*" takes any). Pairs are taken greedily, best first: the one agreeing on most of location, date,
   sub-type and actor1 (ties: required events before optional ones, then file order).
3. A pair with a required expected event is a true positive; a prediction left unpaired is a false
   event; a required expected event left unpaired is a miss. An optional expected event is never a
   miss, and the prediction paired with it is neither a true positive nor a false event.
   Precision, recall and F1 of the event type are summed over all items.
4. Negatives: how many negative items gave any event, and how many events they gave in all.
5. Field accuracy is counted over all pairs (optional ones included), field by field:
   - sub_event_type, actor1, actor2: equal after casefolding and collapsing whitespace; null equals
     empty; a gold state force named without ACLED's period ("Police Forces of Iraq", as reviewers
     unsure of the period are asked to write it) agrees with that force of any period ("Police Forces
     of Iraq (2018-2020)"), and a gold name with a period only with that period, or with the same period
     open-ended ("(2000-2024)" and "(2000-)": ACLED closes a period when a state's rule ends); names that differ
     only in apostrophes, hyphens and spaces agree ("Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham"), and
     so do names with and without ACLED's abbreviation before them ("SNA: Syrian National Army");
   - fatalities: the same integer;
   - location: both sides are normalised (casefold, diacritics, apostrophes, ʿ and ʾ, hyphens and
     spaces dropped, and the article al/el/ad/adh/ar/as/ash/at/ath/az/an dropped before any word);
     the gold's most specific part (after " - ", else the whole) must equal or be contained in a
     part of the predicted location, have a rapidfuzz ratio of at least 85 with one, or the same
     consonants (vowels, y and w after the first letter dropped, doubled letters collapsed: 'Idleb'
     and 'Idlib', 'Tal Tamr' and 'Tell Tamer'; a final ta marbuta's h and ذ's dh or th alike:
     'Rumaylah' and 'Rumaila', 'Dhiban' and 'Thiban');
   - date: the predicted event_date cut to the gold's precision ("YYYY-MM" keeps 7 characters)
     equals the gold; scored only when the gold has a date.
   A gold string with "|" (or a list) lists accepted alternatives: any one agreeing is enough.
   A gold value of "*" accepts anything and, like a missing field or date, is not scored.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from marsad.errors import EvaluationError
from marsad.evaluate.counts import PrecisionRecall
from marsad.evaluate.jsonl import numbered_objects

#: the fields whose accuracy is reported over paired events, in report order
FIELDS: tuple[str, ...] = ("sub_event_type", "actor1", "actor2", "fatalities", "location", "date")
#: the fields whose agreement chooses among candidates of the same event type
PAIRING_FIELDS: tuple[str, ...] = ("location", "date", "sub_event_type", "actor1")
#: the exported field a gold field is compared with
PREDICTED_FIELD: dict[str, str] = {"date": "event_date"}

_ARTICLES = frozenset({"al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an"})
_APOSTROPHES = re.compile(r"['’‘`´ʿʾʼʻ]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_]+")
LOCATION_RATIO = 85.0


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: str
    text: str
    published: str | None
    expect: tuple[dict[str, Any], ...]

    @property
    def negative(self) -> bool:
        return not self.expect


@dataclass(slots=True)
class ReviewError:
    """One problem at one item: a missed expected event, a false event, or a pair with wrong fields."""

    item_id: str
    kind: str  # "miss" | "false" | "fields"
    expected: dict[str, Any] | None
    got: dict[str, Any] | None
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (field, expected, got)

    def describe(self) -> str:
        if self.kind == "miss" and self.expected is not None:
            return f"miss {self.item_id}: expected {describe_event(self.expected, 'date')}; no event paired"
        if self.kind == "false" and self.got is not None:
            return f"false {self.item_id}: got {describe_event(self.got, 'event_date')}"
        wrong = "; ".join(f"{name} expected {exp!r} got {got!r}" for name, exp, got in self.fields)
        etype = self.expected["event_type"] if self.expected else ""
        return f"fields {self.item_id} ({etype}): {wrong}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.item_id,
            "kind": self.kind,
            "expected": self.expected,
            "got": {k: self.got.get(k) for k in ("event_type", *FIELDS[:-1], "event_date")} if self.got else None,
            "fields": [{"field": n, "expected": e, "got": g} for n, e, g in self.fields],
        }


@dataclass(slots=True)
class FieldTally:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(slots=True)
class ReviewScore(PrecisionRecall):
    items: int = 0
    expected: int = 0  # required expected events
    optional: int = 0  # optional expected events
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    negatives: int = 0
    negatives_with_events: int = 0
    events_on_negatives: int = 0
    fields: dict[str, FieldTally] = field(default_factory=lambda: {f: FieldTally() for f in FIELDS})
    errors: list[ReviewError] = field(default_factory=list)

    @property
    def pairs(self) -> int:
        return self.tp + self.optional_matched

    def as_dict(self, errors: int = 0) -> dict[str, Any]:
        """The figures as JSON-ready values, with the first ``errors`` errors."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "items": self.items,
            "expected": self.expected,
            "optional": self.optional,
            "optional_matched": self.optional_matched,
            "negatives": self.negatives,
            "negatives_with_events": self.negatives_with_events,
            "events_on_negatives": self.events_on_negatives,
            "pairs": self.pairs,
            "fields": {
                name: {"accuracy": round(t.accuracy, 3), "correct": t.correct, "total": t.total}
                for name, t in self.fields.items()
            },
            "errors": [e.as_dict() for e in self.errors[: max(errors, 0)]],
        }


def review_table(rows: list[tuple[str, ReviewScore]]) -> str:
    """One line per review set: event-type P/R/F1, false events on negatives, field accuracy over pairs."""
    head = ["set", "items", "P", "R", "F1", "tp", "fp", "fn", "negatives with events", "pairs", *FIELDS]
    lines = [head]
    for name, s in rows:
        lines.append(
            [
                name,
                str(s.items),
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.tp),
                str(s.fp),
                str(s.fn),
                f"{s.negatives_with_events} of {s.negatives} ({s.events_on_negatives} events)",
                str(s.pairs),
                *(f"{s.fields[f].accuracy:.0%}" if s.fields[f].total else "-" for f in FIELDS),
            ]
        )
    widths = [max(len(line[k]) for line in lines) for k in range(len(head))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if k == 0 else cell.rjust(w) for k, (cell, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in lines
    )


def describe_event(e: dict[str, Any], date_key: str) -> str:
    actors = f"{e.get('actor1') or '-'} v {e.get('actor2') or '-'}"
    return (
        f"{e.get('event_type')} / {e.get('sub_event_type')}, {actors}, at {e.get('location') or '-'}, "
        f"on {e.get(date_key) or '-'}, fatalities {e.get('fatalities')}"
    )


def read_reviews(path: Path) -> list[ReviewItem]:
    out: list[ReviewItem] = []
    for n, obj in numbered_objects(path, "a review item"):
        try:
            expect = obj["expect"]
            if not isinstance(expect, list) or not all(isinstance(e, dict) and "event_type" in e for e in expect):
                raise EvaluationError(f"{path}:{n}: 'expect' must be a list of events, each with an event_type")
            published = obj.get("published") or None
            if published is not None:
                dt.date.fromisoformat(str(published))
            out.append(ReviewItem(str(obj["id"]), str(obj["text"]), published, tuple(expect)))
        except (KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{path}:{n}: not a review item ({exc})") from exc
    return out


def _alternatives(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [a for v in value for a in _alternatives(v)]
    if isinstance(value, str) and "|" in value:
        return [v.strip() for v in value.split("|")]
    return [value]


def _name(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def place_key(name: str) -> str:
    """A place name as the location rule compares it: 'Aita al-Sha'ab' and 'Ayta ash Shaab' come close."""
    s = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", name.casefold()))
    s = "".join(c for c in s if not unicodedata.combining(c))
    words = (w for w in _SEPARATORS.split(s) if w and w not in _ARTICLES)
    return "".join(c for w in words for c in w if c.isalnum())


def location_agrees(gold: str, predicted: str) -> bool:
    want = place_key(gold.split(" - ")[-1])
    parts = [place_key(p) for p in predicted.split(" - ")]
    if not want:
        return not any(parts)
    return any(
        p and (want in p or fuzz.ratio(want, p) >= LOCATION_RATIO or skeleton(want) == skeleton(p)) for p in parts
    )


def skeleton(key: str) -> str:
    """A place key's consonants: vowels (and y, w) after the first letter dropped, doubled letters
    collapsed, so transliterations of one Arabic name agree ('idleb'/'idlib', 'jableh'/'jablah'); the
    ta marbuta's final h dropped ('rumaylah'/'rumaila', 'areeqa'/'ariqah') and ذ written dh or th alike
    ('dhiban'/'thiban')."""
    key = key.replace("dh", "th")
    if len(key) > 3 and key.endswith("h") and key[-2] in "aeiy":
        key = key[:-1]
    out = key[:1]
    for c in key[1:]:
        if c not in "aeiouyw" and c != out[-1]:
            out += c
    return out


#: ACLED's naming period ending a state force's name: " (2018-2020)", " (2021-)"
_PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")


#: ACLED's abbreviation before some group names: "SDF: Syrian Democratic Forces", "HTS: Hayat Tahrir al Sham"
_ABBREVIATION = re.compile(r"^[a-z]{2,6}: ")


#: the end year of a period, dropped when the other name's period is open: ACLED closes a force's period when
#: its state's rule ends ("Military Forces of Syria (2000-2024)" after December 2024), and data coded before
#: that, the seed report's gold among it, names the same force "Military Forces of Syria (2000-)"
_PERIOD_END = re.compile(r"(?<= \(\d{4}-)\d{4}(?=\)$)")


def _same_actor(gold: Any, got: Any) -> bool:
    want, have = _ABBREVIATION.sub("", _name(gold)), _ABBREVIATION.sub("", _name(got))
    if want == have or (not _PERIOD.search(want) and _PERIOD.sub("", have) == want != ""):
        return True
    if _PERIOD.search(want) and _PERIOD.search(have) and (want.endswith("-)") or have.endswith("-)")):
        return _PERIOD_END.sub("", want) == _PERIOD_END.sub("", have)
    # the same name written with or without an apostrophe or hyphens: "Hay'at Tahrir al-Sham"
    return bool(want) and _spelling(want) == _spelling(have)


def _spelling(name: str) -> str:
    """A name's letters and digits only, the period kept: transliteration marks and spaces left out."""
    return "".join(c for c in _APOSTROPHES.sub("", name) if c.isalnum() or c in "()")


def _agrees(name: str, gold: Any, got: Any) -> bool:
    if name == "fatalities":
        return isinstance(got, int) and not isinstance(gold, bool) and got == gold
    if name == "location":
        return location_agrees(str(gold or ""), str(got or ""))
    if name == "date":
        want = str(gold)
        return bool(got) and str(got)[: len(want)] == want
    if name in ("actor1", "actor2"):
        return _same_actor(gold, got)
    return _name(gold) == _name(got)


def field_agrees(name: str, expected: dict[str, Any], got: dict[str, Any]) -> bool | None:
    """Whether the prediction has the expected value of ``name``; None when the field is not scored."""
    if name not in expected:
        return None
    gold = expected[name]
    if gold == "*" or (name == "date" and not gold):
        return None
    value = got.get(PREDICTED_FIELD.get(name, name))
    return any(_agrees(name, g, value) for g in _alternatives(gold))


def pair_events(expected: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (expected index, predicted index) of the same event type, best agreement first."""
    exp, pred = list(expected), list(predicted)
    candidates: list[tuple[int, int, int, int]] = []
    for i, e in enumerate(exp):
        for j, p in enumerate(pred):
            if e.get("event_type") != "*" and _name(e.get("event_type")) != _name(p.get("event_type")):
                continue  # (a gold "*" pairs with an event of any type)
            agree = sum(1 for f in PAIRING_FIELDS if field_agrees(f, e, p))
            candidates.append((-agree, 1 if e.get("optional") else 0, i, j))
    pairs: list[tuple[int, int]] = []
    used_e: set[int] = set()
    used_p: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if i not in used_e and j not in used_p:
            used_e.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def score_item(item: ReviewItem, predicted: list[dict[str, Any]], score: ReviewScore) -> None:
    """Add one item's pairs, misses, false events and field agreements to ``score``."""
    score.items += 1
    if item.negative:
        score.negatives += 1
        score.events_on_negatives += len(predicted)
        score.negatives_with_events += 1 if predicted else 0
    pairs = pair_events(item.expect, predicted)
    paired_e = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    for i, e in enumerate(item.expect):
        if e.get("optional"):
            score.optional += 1
        else:
            score.expected += 1
            if i not in paired_e:
                score.fn += 1
                score.errors.append(ReviewError(item.id, "miss", e, None))
    for j, p in enumerate(predicted):
        if j not in paired_p:
            score.fp += 1
            score.errors.append(ReviewError(item.id, "false", None, p))
    for i, j in pairs:
        e, p = item.expect[i], predicted[j]
        if e.get("optional"):
            score.optional_matched += 1
        else:
            score.tp += 1
        wrong: list[tuple[str, Any, Any]] = []
        for name in FIELDS:
            ok = field_agrees(name, e, p)
            if ok is None:
                continue
            tally = score.fields[name]
            tally.total += 1
            if ok:
                tally.correct += 1
            else:
                wrong.append((name, e[name], p.get(PREDICTED_FIELD.get(name, name))))
        if wrong:
            score.errors.append(ReviewError(item.id, "fields", e, p, wrong))


def score_reviews(items: Iterable[ReviewItem], extract: Callable[[ReviewItem], list[dict[str, Any]]]) -> ReviewScore:
    """Score review items; ``extract`` gives an item's exported events (ACLED field names)."""
    score = ReviewScore()
    for item in items:
        score_item(item, extract(item), score)
    return score
