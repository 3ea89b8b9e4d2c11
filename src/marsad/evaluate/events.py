"""Event-level scoring against a gold file in the seed's format (``gold.json``).

A predicted event matches a gold event when date and precision, type, sub-type (one of the accepted),
actor1 (+ associated actor when given), actor2 (when required), location (pattern, admin1 and distance)
and geo precision agree. The report lists, for every gold event, the closest prediction and what
differs, so a miss can be read, not just counted.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import EvaluationError
from marsad.model.document import Document
from marsad.model.events import Event


@dataclass(slots=True)
class GoldMatch:
    gold_id: str
    required: bool
    matched: bool
    event_index: int | None
    differences: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EventScore:
    matches: list[GoldMatch]
    extras: list[int]
    violations: list[str]
    fatality_checks: list[str]

    @property
    def required_found(self) -> int:
        return sum(1 for m in self.matches if m.required and m.matched)

    @property
    def required_total(self) -> int:
        return sum(1 for m in self.matches if m.required)


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read gold file ({exc})") from exc
    if not isinstance(gold, dict) or "events" not in gold or "document" not in gold:
        raise EvaluationError(f"{path}: a gold file needs 'document' and 'events'")
    return gold


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def differences(e: Event, g: dict[str, Any]) -> list[str]:
    diffs: list[str] = []
    if "event_date" in g and (e.date is None or e.date.representative.isoformat() != g["event_date"]):
        diffs.append(f"date {e.date.iso() if e.date else None} != {g['event_date']}")
    if "time_precision" in g and (e.date is None or e.date.precision.acled_code not in _as_list(g["time_precision"])):
        diffs.append(f"time_precision {e.date.precision.acled_code if e.date else None} != {g['time_precision']}")
    if e.event_type.value != g["event_type"]:
        diffs.append(f"event_type {e.event_type.value} != {g['event_type']}")
    if "sub_event_type" in g and e.sub_event_type.label not in _as_list(g["sub_event_type"]):
        diffs.append(f"sub_event_type {e.sub_event_type.label} not in {g['sub_event_type']}")
    if "actor1" in g and (e.actor1 is None or e.actor1.actor_id not in _as_list(g["actor1"])):
        diffs.append(f"actor1 {e.actor1.actor_id if e.actor1 else None} != {g['actor1']}")
    if "assoc_actor_1" in g and g["assoc_actor_1"] not in {a.actor_id for a in e.assoc_actor_1}:
        diffs.append(f"assoc_actor_1 lacks {g['assoc_actor_1']}")
    if g.get("actor2_required") and (e.actor2 is None or e.actor2.actor_id != g["actor2"]):
        diffs.append(f"actor2 {e.actor2.actor_id if e.actor2 else None} != {g['actor2']}")
    loc = g.get("location")
    if loc:
        place = e.place
        if place is None:
            diffs.append("no location")
        else:
            texts = " ".join(
                [
                    place.location,
                    place.name_ar,
                    place.name_en,
                    *(ev.text for ev in e.evidence if ev.role.value == "location"),
                ]
            )
            if "match" in loc and not re.search(loc["match"], texts, re.I):
                diffs.append(f"location {place.location!r} does not match {loc['match']!r}")
            if "admin1" in loc and place.admin1 != loc["admin1"]:
                diffs.append(f"admin1 {place.admin1!r} != {loc['admin1']!r}")
            if "near" in loc and _km(place.latitude, place.longitude, *loc["near"]) > loc.get("within_km", 10):
                diffs.append(f"location {place.latitude:.3f},{place.longitude:.3f} too far from {loc['near']}")
    if "geo_precision" in g and (e.place is None or e.place.geo_precision != g["geo_precision"]):
        diffs.append(f"geo_precision {e.place.geo_precision if e.place else None} != {g['geo_precision']}")
    if "fatalities" in g and e.fatalities != g["fatalities"]:
        diffs.append(f"fatalities {e.fatalities} != {g['fatalities']}")
    return diffs


def score_events(doc: Document, gold: dict[str, Any]) -> EventScore:
    exported = [e for e in doc.events if not e.historical]
    used: set[int] = set()
    matches: list[GoldMatch] = []
    golds = [(g, True) for g in gold["events"]] + [(g, False) for g in gold.get("optional_events", [])]
    for g, required in golds:
        best: tuple[int, list[str]] | None = None
        for i, e in enumerate(exported):
            if i in used:
                continue
            diffs = differences(e, g)
            if best is None or len(diffs) < len(best[1]):
                best = (i, diffs)
        matched = best is not None and not best[1]
        if matched and best is not None:
            used.add(best[0])
        matches.append(
            GoldMatch(g["id"], required, matched, best[0] if best else None, best[1] if best else ["no events"])
        )
    extras = [i for i in range(len(exported)) if i not in used]
    by_id = {m.gold_id: m for m in matches}
    fatality_checks: list[str] = []
    for rule in gold.get("fatalities_rules", []):
        idx = [by_id[g].event_index for g in rule["events"] if g in by_id and by_id[g].matched]
        total = sum(exported[i].fatalities for i in idx if i is not None)
        ok = total == rule["total"] and len(idx) == len(rule["events"])
        fatality_checks.append(
            f"{'ok' if ok else 'FAIL'}: fatalities over {rule['events']} = {total} (gold {rule['total']})"
        )
    return EventScore(matches, extras, _violations(doc, gold), fatality_checks)


def _violations(doc: Document, gold: dict[str, Any]) -> list[str]:
    """The machine-checkable forms of the gold's ``must_not`` list."""
    out: list[str] = []
    published = doc.published
    admin1_of = {g["location"]["match"]: g["location"].get("admin1") for g in gold["events"] if g.get("location")}
    outlet_words = [w for w in re.split(r"\W+", doc.outlet) if len(w) > 3]
    for e in doc.events:
        if e.historical:
            continue
        if published and e.date and e.date.latest.year < published.year - 1:
            out.append(f"event dated {e.date.iso()} in the default export (background history)")
        if e.place is not None:
            for pattern, admin1 in admin1_of.items():
                if (
                    admin1
                    and re.search(pattern, f"{e.place.location} {e.place.name_ar}", re.I)
                    and e.place.admin1 != admin1
                ):
                    out.append(f"{e.place.location!r} placed in {e.place.admin1!r}, not {admin1!r}")
            for w in [*outlet_words, "فرات", "Euphrates"]:
                if e.place.name_en.lower() == w.lower() or e.place.name_ar == w:
                    out.append(f"event placed at {e.place.location!r}, the outlet's name or the river")
    return out
