"""Looking a name up ("حي الحميدية", "Deir ez-Zor", "ريف إدلب الجنوبي"), optionally near another place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from marsad.geo.acled import to_resolved
from marsad.geo.finder import Found, find_mentions
from marsad.geo.names import is_arabic, name_key
from marsad.geo.records import Place
from marsad.geo.resolver import FUZZY_MIN, Focus, Resolver, _merge_units, _precision, _region
from marsad.model.places import PlaceCandidate, ResolvedPlace
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences, tokenize

if TYPE_CHECKING:
    from marsad.geo.geocoder import Geocoder

LIMIT = 10
#: a name found only by fuzzy matching scores at most this much (an exact name scores up to 1)
FUZZY_WEIGHT = 0.5


def _query(geocoder: Geocoder, name: str) -> Found | None:
    view = normalize(name)
    tokens = tokenize(view, split_sentences(view))
    for f in find_mentions(view, tokens, geocoder.gazetteer):
        if f.role == "name":
            return f
    return None


def lookup(geocoder: Geocoder, name: str, near: str | None = None) -> list[ResolvedPlace]:
    gaz = geocoder.gazetteer
    r = Resolver(gaz)
    container: Place | None = None
    focus: Focus | None = None
    if near:
        near_hits = lookup(geocoder, near)
        if near_hits:
            container = gaz.place(near_hits[0].place_id)
            if container is not None:
                focus = Focus()
                focus.add(gaz, container)
    f = _query(geocoder, name) if is_arabic(name) else None
    #: candidates found only by fuzzy matching: their spelling similarity (0..100) and the name matched
    fuzzy: dict[str, tuple[float, str]] = {}
    if f is None:
        key = name_key(name)
        f = Found(0, len(key), key, 0, 0, 0, "name")
        cands = _merge_units(gaz.candidates_any(name), "")
        if not cands and is_arabic(name):
            hits = process.extract(key, list(gaz.keys), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=3)
            for hit_key, ratio, _ in hits:
                for c in gaz.candidates(hit_key):
                    if c.id not in fuzzy:
                        fuzzy[c.id] = (float(ratio), hit_key)
                        cands.append(c)
    else:
        cands = r.candidates(f)
    scored = r.rank(f, cands, container, focus)
    if container is not None:
        inside = [t for t in scored if not t[2].startswith("outside")]
        scored = inside
    total = sum(s for s, _, _ in scored) or 1.0
    out: list[ResolvedPlace] = []
    seen: set[str] = set()
    for s, place, why in scored[:LIMIT]:
        target = place
        if f.cue_kind in ("region", "desert") or (f.direction and place.kind.value == "governorate"):
            target = _region(gaz, f, place) or place
        if target.id in seen:
            continue
        seen.add(target.id)
        precision, prule = _precision(f, target, False)
        alts = tuple(
            PlaceCandidate(p.id, p.name_en, p.kind, round(x / total, 3)) for x, p, _ in scored if p.id != place.id
        )[:5]
        score = s / total
        if place.id in fuzzy:
            # another name, only spelt alike ("الحماميات" / "الحمامات"): never as sure as the name itself
            ratio, matched = fuzzy[place.id]
            score *= FUZZY_WEIGHT * ratio / 100
            why = f"spelling variant of {matched} (similarity {ratio:.0f}); {why}"
        out.append(
            to_resolved(gaz, target, precision=precision, rule=f"{why}; {prule}", score=score, alternatives=alts)
        )
    out.sort(key=lambda r: -r.score)
    return out
