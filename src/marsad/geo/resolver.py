"""Choosing the place for each mention: kind fit with the cue, containment in the text, the document's
focus, population and curated priors. Declines (with a reason) rather than guesses."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from marsad.geo import cues
from marsad.geo.acled import as_landmark, to_resolved
from marsad.geo.countries import ARAB_STATES, CURATED_COUNTRIES
from marsad.geo.finder import Found
from marsad.geo.gazetteer import MIN_KEY, Gazetteer
from marsad.geo.records import ADMIN_KINDS, SETTLEMENTS, Place
from marsad.geo.translit import MIN_ALONE, MIN_WITH_GOVERNORATE, arabic_skeleton
from marsad.model.mentions import PlaceMention
from marsad.model.places import PlaceCandidate, PlaceKind, ResolvedPlace, replaced
from marsad.text.datelines import opens_a_dateline
from marsad.text.normalize import NormalizedText

#: the best candidate's share of the total score needed to resolve
THRESHOLD = 0.6
#: the rule of a governorate's mention coded to its capital ("ولاية سنار": Sennar, at geo-precision 3)
GOVERNORATE_BY_CAPITAL = "governorate known by its capital: coded to the capital"
#: a place this close to the town a text names it beside is by that town
_CLOSE_KM = 25
#: a fuzzy match (spelling variant) must reach this rapidfuzz ratio
FUZZY_MIN = 88.0
_RANK: dict[PlaceKind, int] = {
    PlaceKind.LANDMARK: 0,
    PlaceKind.NEIGHBOURHOOD: 1,
    PlaceKind.VILLAGE: 2,
    PlaceKind.TOWN: 2,
    PlaceKind.CITY: 3,
    PlaceKind.SUBDISTRICT: 4,
    PlaceKind.DISTRICT: 5,
    PlaceKind.REGION: 6,
    PlaceKind.GOVERNORATE: 7,
    PlaceKind.COUNTRY: 8,
}


#: a place's city id, governorate and country, as the focus counts them
_FocusKeys = tuple[str, str, str]


@dataclass(slots=True)
class Focus:
    """What the document is about: counts of cities, governorates and countries resolved so far."""

    cities: Counter[str] = field(default_factory=Counter)
    admin1: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    #: countries the text names ("لبنان", "العراقية"), as opposed to those of places resolved so far
    named: frozenset[str] = frozenset()

    def add(self, gaz: Gazetteer, place: Place) -> _FocusKeys:
        """Count ``place``; returns its keys, for :meth:`drop` and :meth:`put`."""
        keys = (_city_id(gaz, place), place.admin1, place.country)
        self.put(keys)
        return keys

    def put(self, keys: _FocusKeys) -> None:
        city, admin1, country = keys
        if city:
            self.cities[city] += 1
        if admin1:
            self.admin1[admin1] += 1
        if country:
            self.countries[country] += 1

    def drop(self, keys: _FocusKeys) -> None:
        """Undo :meth:`put` (no zero counts are left: ``get`` must read 0 or absent alike)."""
        for table, key in zip((self.cities, self.admin1, self.countries), keys, strict=True):
            if key:
                n = table[key] - 1
                if n > 0:
                    table[key] = n
                else:
                    del table[key]


def _about(focus: Focus) -> frozenset[str]:
    """The countries a text is about: those it names, else the one most of its resolved places are in
    (more than all others together), else none."""
    if focus.named:
        return focus.named
    country = _dominant_country(focus)
    return frozenset({country}) if country else frozenset()


def _dominant_country(focus: Focus) -> str:
    """The country more of the text's resolved places are in than all others together, or ""."""
    if not focus.countries:
        return ""
    country, count = focus.countries.most_common(1)[0]
    return country if count > sum(focus.countries.values()) - count else ""


def _country_focus(focus: Focus, p: Place) -> float:
    """How much the document's countries favour ``p``: named ("طرابلس" in a text that names Lebanon or a
    Lebanese force), or the one country of the places the text names ("بيروت – ... في ساحة النور بطرابلس"; a
    neighbourhood goes by its city, not by its country)."""
    if p.country in focus.named:
        return 4
    if focus.countries.get(p.country):
        return 4 if len(focus.countries) == 1 and p.kind is not PlaceKind.NEIGHBOURHOOD else 2
    return 1


def _city_id(gaz: Gazetteer, place: Place) -> str:
    if place.kind in SETTLEMENTS:
        return place.id
    if place.kind in (PlaceKind.NEIGHBOURHOOD, PlaceKind.LANDMARK) and place.parent:
        parent = gaz.place(place.parent)
        if parent is not None and parent.kind in SETTLEMENTS:
            return parent.id
        if parent is not None:
            return _city_id(gaz, parent)
    return ""


def _distance_km(a: Place, b: Place) -> float:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _curated(place: Place) -> bool:
    source = place.source.lower()
    return "curated" in source or "local" in source


def _prior(place: Place) -> float:
    pop = max(place.population, 0)
    # curated places are the ones the reporting we read is about
    curated = 3.0 if _curated(place) else 1.0
    return place.prior * curated * (1 + math.log10(1 + pop) ** 3 / 40)


def _inside(gaz: Gazetteer, place: Place, container: Place) -> bool:
    if place.id == container.id:
        return False
    if container.id in gaz.ancestors(place):
        return True
    if container.kind is PlaceKind.REGION or container.kind in ADMIN_KINDS:
        return bool(container.admin1) and place.admin1 == container.admin1
    # a province's capital that bears its name stands for the province ("بلدة بوريم بمنطقة غاو": Gao's region,
    # Bourem 83 km from its capital)
    return (
        bool(container.admin1)
        and place.admin1 == container.admin1 == container.name_en
        and _distance_km(place, container) < _NAMESAKE_PROVINCE_REACH_KM
    )


def _merge_units(cands: list[Place], cue_kind: str) -> list[Place]:
    """Drop admin units whose main town is also a candidate: "دير الزور" is one place to a reader."""
    if cue_kind in ("governorate", "subdistrict"):
        return cands
    ids = {c.id for c in cands}
    return [c for c in cands if not (c.kind in ADMIN_KINDS and c.main_town in ids)]


@dataclass(slots=True)
class Choice:
    place: Place | None
    score: float
    rule: str
    declined: str = ""
    alternatives: tuple[PlaceCandidate, ...] = ()


class Resolver:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    # -- scoring ------------------------------------------------------------------------------------
    def candidates(self, f: Found) -> list[Place]:
        if f.role != "name" and not (f.role == "unknown" and f.cue and len(f.key) < MIN_KEY):
            # (a name too short for the name matcher is looked up after its cue: "مدينة إب", "مدينة قم")
            return []
        key = f.key
        cands = self.gaz.candidates(key, f.article)
        if key.startswith("ال") and f.article:
            cands += [c for c in self.gaz.candidates(key[2:], True) if c.id not in {x.id for x in cands}]
        return _merge_units(cands, f.cue_kind)

    def rank(
        self, f: Found, cands: list[Place], container: Place | None, focus: Focus | None, directed: bool = False
    ) -> list[tuple[float, Place, str]]:
        """Candidates that fit the cue, with raw scores (best first) and why. ``directed``: the container is
        named after a direction ("الفلوجة غربي بغداد"), so the place lies beside it, possibly in another
        province."""
        table_key = "neighbourhoods" if f.cue == "احياء" else f.cue_kind
        cue = cues.CUES.get(f.cue)
        allowed = cue.countries if cue is not None else frozenset()
        if allowed:
            cands = [c for c in cands if c.country in allowed]  # "مديرية" names a district only in Yemen
        if f.country and any(c.country == f.country for c in cands):
            cands = [c for c in cands if c.country == f.country]  # "رفح المصرية": Egypt's Rafah
        if table_key == "governorate" and not any(c.kind is PlaceKind.GOVERNORATE for c in cands):
            table_key = "governorate-capital"  # "محافظة البصرة" where only the city is known
        elif table_key in ("district", "subdistrict") and not any(c.kind in ADMIN_KINDS[1:] for c in cands):
            table_key = "unit-town"  # "قضاء الطارمية" where only the town is known
        fit_table = cues.KIND_FIT.get(table_key, cues.KIND_FIT[""])
        if f.cue and f.key.startswith(f.cue + " ") and fit_table.get(PlaceKind.NEIGHBOURHOOD, 0.0) < 1:
            # the cue word is part of a quarter's own name ("مدينة الثورة" of Omdurman, "مدينة الصدر" of
            # Baghdad): the name fits the quarter as well as a city
            fit_table = {**fit_table, PlaceKind.NEIGHBOURHOOD: 1.0}
        scored: list[tuple[float, Place, str]] = []
        for p in cands:
            fit = fit_table.get(p.kind, 0.0)
            if fit <= 0:
                continue
            s = fit * _prior(p)
            why = "gazetteer"
            if container is not None:
                if _inside(self.gaz, p, container):
                    s *= 4
                    why = f"inside {container.name_en}"
                elif p.kind is not PlaceKind.NEIGHBOURHOOD and (
                    _distance_km(p, container) < _CLOSE_KM
                    or (p.admin1 == container.admin1 and _distance_km(p, container) < 80)
                    # a province of a country whose towns the gazetteer gives no province ("بلدة جلب في إقليم
                    # جوبا الوسطى"): near its main town
                    or (
                        container.kind is PlaceKind.GOVERNORATE
                        and not p.admin1
                        and p.country == container.country
                        and _distance_km(p, container) < _PROVINCE_REACH_KM
                    )
                    or (directed and p.country == container.country and _distance_km(p, container) < _DIRECTED_KM)
                ):
                    # (of two villages of a name in one province, the one by the town it is told beside: "قرية
                    # المغيّر شمال شرق رام الله" is the one 15 km from Ramallah, not Jenin's, 60 km off)
                    s *= 2 if _distance_km(p, container) < _CLOSE_KM else 1
                    why = f"near {container.name_en}"
                else:
                    s *= 0.02
                    why = f"outside {container.name_en}"
            if focus is not None:
                city = _city_id(self.gaz, p)
                if city and focus.cities.get(city):
                    # (a neighbourhood goes by its city: "حي الصناعة" in a report on Raqqa that names Syria is
                    # Raqqa's, not Deir ez-Zor's though the gazetteer finds that one likelier)
                    s *= 16 if p.kind is PlaceKind.NEIGHBOURHOOD else 8
                    why += "; document focus (city)"
                elif p.admin1 and focus.admin1.get(p.admin1):
                    # (more than its country alone gives a place elsewhere in it: "مديرية الزاهر" in a report on
                    # al-Bayda is its al-Zahir, not al-Jawf's)
                    s *= max(2.5, _country_focus(focus, p) + 1)
                    why += "; document focus (governorate)"
                else:
                    s *= _country_focus(focus, p)
            scored.append((s, p, why))
        scored.sort(key=lambda t: -t[0])
        return scored

    def choose(
        self,
        f: Found,
        cands: list[Place],
        container: Place | None,
        focus: Focus | None,
        about: frozenset[str] | None = None,
        directed: bool = False,
    ) -> Choice:
        """``about``: the focus's :func:`_about`, when the caller has it (it is the same for every mention);
        ``directed``: see :meth:`rank`."""
        scored = self.rank(f, cands, container, focus, directed)
        if not scored:
            kinds = {c.kind.value for c in cands}
            wanted = f.cue_kind or "place"
            reason = f"no {wanted} of this name in the gazetteer" + (
                f" (only: {', '.join(sorted(kinds))})" if kinds else ""
            )
            return Choice(None, 0.0, "", reason)
        total = sum([s for s, _, _ in scored])
        best_s, best, why = scored[0]
        share = best_s / total if total else 0.0
        alts = tuple([PlaceCandidate(p.id, p.name_en, p.kind, round(s / total, 3)) for s, p, _ in scored[1:6]])
        if container is not None and why.startswith("outside"):
            return Choice(None, share, "", f"no place of this name inside {container.name_en}", alts)
        # a neighbourhood needs its city; a small place outside the curated countries needs its country
        # (a place of another country listed in the curated layer, such as a governorate capital, is
        # well known: "مأرب" is Ma'rib even in a text that names Saudi Arabia)
        small = (
            best.kind is PlaceKind.NEIGHBOURHOOD
            # (a province is no small place: "بلدة دان غولبي بولاية زامفرا" is Zamfara's whatever "دان" may be)
            or (
                best.country not in CURATED_COUNTRIES
                and best.population < 100_000
                and not _curated(best)
                and best.kind not in ADMIN_KINDS
            )
            # "بلدتي صيدا والنعيمة" in a report on Daraa: a town there, not the Lebanese city of that name
            or (f.cue_kind in ("town", "village") and best.kind is PlaceKind.CITY)
            # "منطقة الجيزة البحرية" in a report on Sirte: an area of the town, not Egypt's Giza
            or (f.cue_kind == "area" and best.kind is PlaceKind.CITY and best.country not in CURATED_COUNTRIES)
            # "ثكنة الجزيرة" in a report on Daraa: a barracks of that name, not Algiers
            or f.cue_kind == "landmark"
            # "مجمع واغادوغو للمؤتمرات" in a report on Sirte: a building named after a foreign capital
            or f.after_facility
        )
        # (named by another mention too: the focus leaves out this very mention's first reading)
        in_focus_city = focus is not None and focus.cities.get(_city_id(self.gaz, best), 0) >= 1
        if about is None:
            about = _about(focus) if focus is not None else frozenset()
        abroad = cues.FORCES_ABROAD
        # either way: a report on Gaza names the Israeli town its rockets hit, one on Israel the Gaza town
        near_about = any(best.country in abroad.get(c, ()) or c in abroad.get(best.country, ()) for c in about)
        if about and best.country not in about and not near_about and small and not in_focus_city:
            named = ", ".join(sorted(about))
            return Choice(
                None, share, "", f"the text is about {named}; the only {best.name_en} known is in {best.country}"
            )
        if f.cue_kind == "city" and best.kind is PlaceKind.VILLAGE and best.country not in ARAB_STATES:
            return Choice(None, share, "", f"the text says a city; {best.name_en} ({best.country}) is a village")
        if share < THRESHOLD:
            # two entries for one place ("حوارة": Ḩuwwārah and Huwara, a few hundred metres apart): the
            # candidates close to the best one together make the choice
            same = sum([s for s, p, _ in scored if p is best or _same_spot(p, best)])
            if same / total >= THRESHOLD:
                return Choice(best, same / total, f"{why}; other entries of this name are the same place", "", alts)
            second = scored[1][1]
            reason = (
                f"ambiguous: {best.name_en} ({best.admin1 or best.country}) or {second.name_en} "
                f"({second.admin1 or second.country}); add context such as the city"
            )
            return Choice(
                None,
                share,
                "",
                reason,
                (PlaceCandidate(best.id, best.name_en, best.kind, round(share, 3)), *alts),
            )
        return Choice(best, share, why, "", alts)

    def fuzzy(self, f: Found, container: Place | None, focus: Focus | None) -> Choice:
        """A cue'd name the gazetteer lacks: compare with names of the right kind in the focus city."""
        city_ids: list[str] = []
        if container is not None:
            city_ids.append(container.id)
        if focus is not None:
            city_ids += [c for c, _ in focus.cities.most_common(2) if c not in city_ids]
        want = cues.KIND_FIT.get(f.cue_kind, {})
        best: tuple[float, Place] | None = None
        for cid in city_ids:
            for child in self.gaz.children(cid):
                if want.get(child.kind, 0) <= 0:
                    continue
                for n in (child.name_ar, *child.names):
                    if not n or not any("\u0600" <= ch <= "\u06ff" for ch in n):
                        continue
                    r = fuzz.ratio(f.key, _norm(n))
                    if r >= FUZZY_MIN and (best is None or r > best[0]):
                        best = (r, child)
        if best is None:
            return self._transliterated(f, container, focus) or Choice(None, 0.0, "", "not in the gazetteer")
        return Choice(best[1], best[0] / 100 * 0.8, f"spelling variant of {best[1].name_ar}")

    def _transliterated(self, f: Found, container: Place | None, focus: Focus | None) -> Choice | None:
        """A town or village the gazetteer knows only by its Latin name ("بلدة ترهونة": Tarhuna), in the
        country the text is about (and the governorate it names), when exactly one place is left."""
        if f.cue_kind not in ("city", "town", "village") or focus is None:
            return None
        # (where the text's places are, not a country it names: "قوات الاحتلال الإسرائيلي ... بلدة بيت أمر")
        country = container.country if container is not None else _dominant_country(focus)
        if not country:
            return None
        governorate = ""
        if container is not None and container.kind not in SETTLEMENTS:
            governorate = container.admin1 or (container.name_en if container.kind is PlaceKind.GOVERNORATE else "")
        skeleton = arabic_skeleton(f.key)
        if len(skeleton.consonants) < (MIN_WITH_GOVERNORATE if governorate else MIN_ALONE):
            return None
        left: list[Place] = []
        for pid in self.gaz.skeletons.ids(skeleton):
            p = self.gaz.place(pid)
            if p is None or p.country != country or (governorate and p.admin1 != governorate):
                continue
            left.append(p)
        if not left:
            return None
        # (GeoNames lists some towns twice, a few km apart: "Ad Dindar" and "Ad-Dindar" in Sudan)
        best = max(left, key=lambda p: p.population)
        if any(p.has_coords and best.has_coords and _distance_km(p, best) > _ONE_TOWN_KM for p in left):
            return None
        return Choice(best, 0.6, f"transliteration of {best.name_en} (no Arabic name in the gazetteer)")


def _norm(name: str) -> str:
    from marsad.geo.names import name_key

    return name_key(name)


def _precision(f: Found, place: Place, is_container: bool) -> tuple[int, str]:
    if place.kind is PlaceKind.REGION:
        return 3, "region: coded to its main town"
    if f.cue_kind == "governorate" and place.kind is not PlaceKind.GOVERNORATE:
        return 3, GOVERNORATE_BY_CAPITAL
    # (a city's district listed as its neighbourhood, "مديرية الشيخ عثمان": the named place itself)
    # (no star expression in the tuple: the mypyc build cannot compile one in a membership test)
    if f.cue_kind in ("district", "subdistrict") and place.kind not in ADMIN_KINDS and place.kind is not (
        PlaceKind.NEIGHBOURHOOD
    ):
        return 3, f"{f.cue_kind} known by its main town: coded to the town"
    if place.kind in ADMIN_KINDS:
        return 3, f"{place.kind.value}: coded to its main town"
    if place.kind in SETTLEMENTS and place.coords_from_parent:
        return 2, "a village the gazetteer knows without coordinates: coded to its district's centre"
    if place.kind is PlaceKind.LANDMARK and place.has_coords and not place.coords_from_parent:
        return 2, "landmark outside the town: coded to the town"
    if f.cue_kind == "suburb" and place.kind is not PlaceKind.NEIGHBOURHOOD:
        return 2, "suburb of the city: coded to the city"
    if f.cue_kind == "landmark" and place.kind is not PlaceKind.NEIGHBOURHOOD:
        return 2, f"'{f.cue}' of the town: coded to the town"
    if f.qualifier and f.near and not is_container:
        return 2, f"'{f.qualifier}' the place: coded to it"
    if f.road and not is_container:
        return 2, "on a road named after the town: coded to it"
    if f.variant and not is_container:
        return 2, "another village of the same name, next to the known one: coded to it"
    return 1, "named place"


def _region(gaz: Gazetteer, f: Found, place: Place) -> Place | None:
    """ "ريف X [الشرقي]" / "بادية X": X's countryside region, in the given direction if known."""
    city = place
    if place.kind is PlaceKind.GOVERNORATE and place.main_town:
        main = gaz.place(place.main_town)
        if main is not None:
            city = main
    suffix = f"-{f.direction}" if f.direction else ""
    region = gaz.place(f"{city.id}#rif{suffix}") or gaz.place(f"{city.id}#rif")
    if region is None and place.kind is PlaceKind.GOVERNORATE:
        # "ريف دمشق الغربي": the governorate is itself a countryside; its regions hang under it
        regions = {c.id.rsplit("#", 1)[1]: c for c in gaz.children(place.id) if "#rif" in c.id}
        region = regions.get(f"rif{suffix}") or regions.get("rif")
    return region


def _governorate_of_capital(gaz: Gazetteer, city: Place) -> Place | None:
    """The governorate whose capital (main town) ``city`` is, if any."""
    for pid in gaz.ancestors(city):
        unit = gaz.place(pid)
        if unit is not None and unit.kind is PlaceKind.GOVERNORATE:
            return unit if unit.main_town == city.id else None
    return None


def resolve(
    found: list[Found], gaz: Gazetteer, view: NormalizedText, countries: Counter[str] | None = None
) -> list[PlaceMention]:
    """Resolve every found mention; ``countries`` are country names the text mentions (clues)."""
    r = Resolver(gaz)
    n = len(found)
    cands = [r.candidates(f) for f in found]
    choices: list[Choice | None] = [None] * n

    def directed(i: int) -> bool:
        """Mention ``i``'s container is named after a direction ("غربي بغداد"), not "near" or a relation."""
        j = found[i].container
        return j is not None and found[j].qualifier not in ("", "قرب") and not found[j].cue

    def container_place(i: int) -> Place | None:
        j = found[i].container
        if j is None:
            return None
        ch = choices[j]
        if ch is None or ch.place is None:
            return None
        if found[j].cue_kind in ("region", "desert"):
            return _region(gaz, found[j], ch.place) or ch.place
        if found[j].qualifier and not found[j].cue and ch.place.kind in SETTLEMENTS:
            # "بلدة X شرقي دير الزور": a direction of a governorate's capital also means the governorate
            return _governorate_of_capital(gaz, ch.place) or ch.place
        return ch.place

    # the mentions of each name: a name is no evidence for itself; told again, it is none for its city or
    # governorate either ("حي الصناعة" twice in a report on Raqqa is no sign of Deir ez-Zor, where the gazetteer's
    # likelier al-Sinaa is), though it still is for its country ("معان" told four times in a report on Jordan)
    same_name: dict[str, list[int]] = {}
    for i, f in enumerate(found):
        if f.role == "name":
            same_name.setdefault(f.key, []).append(i)

    def readings(i: int, own: dict[int, _FocusKeys]) -> list[_FocusKeys]:
        """The focus keys mention ``i`` must not count for itself: its own first reading, and the city and
        governorate of the other unplaced tellings of its name (a telling the text places, "مديرية الزاهر في
        محافظة البيضاء", says which one it is)."""
        return [
            k if j == i else (k[0], k[1], "")
            for j in same_name[found[i].key]
            if (k := own.get(j)) is not None and (j == i or found[j].container is None)
        ]

    def run(focus: Focus | None, own: dict[int, _FocusKeys] | None = None) -> None:
        about = _about(focus) if focus is not None else frozenset()
        for i in reversed(range(n)):
            f = found[i]
            mine: list[_FocusKeys] = []
            if own is not None and focus is not None and f.role == "name":
                mine = readings(i, own)
            theirs = about
            if mine and focus is not None:
                for keys in mine:
                    focus.drop(keys)  # ("منطقة الجيزة البحرية" in Sirte is no sign of Giza)
                theirs = _about(focus)
            if f.role == "name" or (f.role == "unknown" and cands[i]):
                choices[i] = r.choose(f, cands[i], container_place(i), focus, theirs, directed(i))
            elif f.role == "unknown":
                choices[i] = r.fuzzy(f, container_place(i), focus)
            if mine and focus is not None:
                for keys in mine:
                    focus.put(keys)

    named = frozenset(countries or {})
    hinted = Focus(countries=Counter(countries or {}), named=named)
    run(hinted if hinted.countries else None)
    focus = Focus(countries=Counter(countries or {}), named=named)
    own: dict[int, _FocusKeys] = {}
    for i, ch in enumerate(choices):
        if ch is not None and ch.place is not None and ch.score >= THRESHOLD and found[i].role == "name":
            own[i] = focus.add(gaz, ch.place)
    run(focus, own)

    # containment must go from smaller to larger, or be the gazetteer's own ("مخيم نور شمس في طولكرم": a
    # camp, listed as a village, in its town); otherwise forget it
    for i, f in enumerate(found):
        ci = f.container
        if ci is None:
            continue
        a, b = choices[i], choices[ci]
        pa = a.place if a is not None else None
        pb = b.place if b is not None else None
        regional = found[ci].cue_kind in ("region", "desert")
        # ("مدينة السادس من أكتوبر بمحافظة الجيزة": a governorate named by its capital holds its towns)
        governorate = (
            found[ci].cue_kind == "governorate"
            and pa is not None
            and pb is not None
            and pb.kind in SETTLEMENTS
            and pa.id != pb.id
            and pa.country == pb.country
            and ((bool(pa.admin1) and pa.admin1 == pb.admin1) or _distance_km(pa, pb) <= _CAPITALS_REACH_KM)
        )
        # ("بلدة كفرنبودة التابعة لمنطقة السقيلبية": a unit named after its town holds the places said to belong
        # to it, whatever the town's rank)
        unit = f.belongs and found[ci].cue_kind in _ADMIN_UNITS
        if (
            pa is not None
            and pb is not None
            and not regional
            and not governorate
            and not unit
            and _RANK[pa.kind] >= _RANK[pb.kind]
            and not _inside(gaz, pa, pb)
        ):
            f.container = None

    # a container whose contents were not found ("قرية X شمال حماة", X unknown) is where the event is
    # placed, so a qualifier before it counts: "شمال حماة" is geo_precision 2
    containers_of = {
        f.container
        for i, f in enumerate(found)
        if f.container is not None
        and f.role in ("name", "unknown")
        and (ch := choices[i]) is not None
        and ch.place is not None
    }
    slots: list[PlaceMention | None] = [None] * n
    for i in range(n):  # names first: anaphors and landmarks refer to them, before or after
        if found[i].role in ("name", "unknown"):
            slots[i] = _mention(gaz, found, choices, i, i in containers_of, view)
    # the asides in parentheses, which no later anaphor refers to (an anaphor looks only at mentions before it)
    asides = {k for k, f in enumerate(found) if f.aside}
    datelines = _datelines(found, slots, view)
    for i in range(n):
        f = found[i]
        if f.role == "anaphor":
            # (not the place the anaphor locates: "بلدة بيتا جنوب المدينة" is south of the city told before)
            located = {k for k in range(i) if found[k].container == i}
            # (nor a capital named by its description: "القوات دخلت المدينة" after "مدينة غريان ... في هجومها على
            # العاصمة" is Gharyan)
            described = {k for k in range(i) if found[k].role == "capital" and found[k].sentence != f.sentence}
            slots[i] = _anaphor_mention(f, _base(f, view), slots[:i], asides | located | described, datelines)
        elif f.role == "capital":
            slots[i] = _capital_mention(gaz, f, _base(f, view), slots, focus)
        elif f.role == "landmark":
            lm = _base(f, view)
            _landmark_mention(gaz, f, lm, slots[:i], slots[f.container] if f.container is not None else None)
            slots[i] = lm
    index = {i: k for k, i in enumerate(i for i in range(n) if slots[i] is not None)}
    out: list[PlaceMention] = []
    for i, slot in enumerate(slots):
        if slot is None:
            continue
        c = found[i].container
        slot.container = index.get(c) if c is not None else None
        slot.antecedent = index.get(slot.antecedent) if slot.antecedent is not None else None
        out.append(slot)
    return out


def _datelines(found: list[Found], slots: list[PlaceMention | None], view: NormalizedText) -> frozenset[int]:
    """The indices of the named mentions that open a line as a dateline ("واغادوغو – ")."""
    out: set[int] = set()
    raw = view.raw
    for k, m in enumerate(slots):
        if m is None or found[k].role != "name":
            continue
        word = m.cue_span.start if m.cue_span is not None else m.span.start
        while word > 0 and not raw[word - 1].isspace():
            word -= 1  # (the name may leave out "ال")
        if opens_a_dateline(raw, word, m.span.end):
            out.add(k)
    return frozenset(out)


def _base(f: Found, view: NormalizedText) -> PlaceMention:
    span = view.raw_span(f.nstart, f.nend)
    cue_span = view.raw_span(*f.cue_range) if f.cue_range else None
    m = PlaceMention(span=span, name=f.key, sentence=f.sentence, cue=f.cue, cue_span=cue_span)
    m.qualifier = f.qualifier
    m.road = f.road
    return m


#: cue kinds of the administrative units a place may be said to belong to ("التابعة لمنطقة", "لقضاء", "لناحية")
_ADMIN_UNITS = frozenset({"area", "district", "subdistrict", "governorate"})
#: countries whose capital is disputed: "العاصمة" alone in a report from there names no place ACLED codes
_DISPUTED_CAPITALS = frozenset({"IL", "PS"})


def _capital_mention(
    gaz: Gazetteer, f: Found, m: PlaceMention, slots: list[PlaceMention | None], focus: Focus
) -> PlaceMention:
    """The capital of the country of ``f``'s adjective; else of the country of the place named last before
    it, or first after it ("وفي مقديشو ... وسط العاصمة", a report naming Ethiopia's soldiers too); else of
    the one country the text is about; else none."""
    cc = f.key
    if not cc:
        before = [s for s in slots if s is not None and s.resolved is not None and s.span.start < m.span.start]
        after = [s for s in slots if s is not None and s.resolved is not None and s.span.start > m.span.start]
        near = before[-1] if before else after[0] if after else None
        place = gaz.place(near.resolved.place_id) if near is not None and near.resolved is not None else None
        if place is not None:
            cc = place.country
        else:
            about = _about(focus)
            cc = next(iter(about)) if len(about) == 1 else _dominant_country(focus)
    capital = gaz.capital(cc) if cc and cc not in _DISPUTED_CAPITALS else None
    if capital is None:
        m.declined_reason = "a capital of no country the text is known to be about"
        return m
    m.resolved = to_resolved(gaz, capital, precision=1, rule=f"the capital of {capital.country}", score=1.0)
    return m


def _anaphor_mention(
    f: Found, m: PlaceMention, earlier: list[PlaceMention | None], asides: set[int], datelines: frozenset[int]
) -> PlaceMention | None:
    ante = _antecedent(earlier, f.cue_kind, asides, datelines)
    if ante is None:
        return None
    j, ante_place = ante
    m.antecedent = j
    if ante_place is None:
        m.declined_reason = "its antecedent is unresolved"
    else:
        m.resolved = replaced(ante_place, rule=f"anaphor '{f.key}' -> {ante_place.location}")
    return m


def _mention(
    gaz: Gazetteer,
    found: list[Found],
    choices: list[Choice | None],
    i: int,
    is_container: bool,
    view: NormalizedText,
) -> PlaceMention:
    f = found[i]
    m = _base(f, view)
    ch = choices[i]
    if ch is None or ch.place is None:
        m.declined_reason = ch.declined if ch is not None else "not resolved"
        return m
    place = ch.place
    rule_extra = ""
    if f.cue_kind in ("region", "desert"):
        region = _region(gaz, f, place)
        if region is None and place.kind in ADMIN_KINDS:
            m.declined_reason = f"no countryside region known for {place.name_en}"
            return m
        if region is None:
            # "بريف الباب", "بادية تدمر": around a town with no region of its own; ACLED codes it to the
            # town at geo-precision 2 (near the place)
            m.resolved = to_resolved(
                gaz,
                place,
                precision=2,
                rule=f"'{f.cue}' of {place.name_en}: coded to the town; {ch.rule}",
                score=ch.score,
                alternatives=ch.alternatives,
            )
            return m
        place, rule_extra = region, f"'{f.cue}' of {ch.place.name_en}; "
    elif place.kind is PlaceKind.GOVERNORATE and f.direction:
        region = _region(gaz, f, place)
        if region is not None:
            place = region
    precision, prule = _precision(f, place, is_container)
    m.resolved = to_resolved(
        gaz,
        place,
        precision=precision,
        rule=f"{rule_extra}{ch.rule}; {prule}",
        score=ch.score,
        alternatives=ch.alternatives,
    )
    return m


def _landmark_mention(
    gaz: Gazetteer, f: Found, m: PlaceMention, earlier: list[PlaceMention | None], container: PlaceMention | None
) -> None:
    """A landmark phrase the gazetteer lacks: coded to the place the text puts it in."""
    host: ResolvedPlace | None = container.resolved if container is not None else None
    if host is None and container is None:
        # (not when the text puts it in a place the gazetteer lacks: "من مدرسة ثانوية في بلدة كاورا نامودا" is not in
        # the dateline's Lagos)
        host = _landmark_host(f, earlier)
    if host is not None and f.head_prefix.startswith("و") and host.kind is PlaceKind.NEIGHBOURHOOD:
        # "حيي X وY والملعب البلدي": listed beside a neighbourhood, not inside it: code to the city
        hood = gaz.place(host.place_id)
        city = gaz.place(hood.parent) if hood is not None and hood.parent else None
        if city is not None:
            host = to_resolved(gaz, city, precision=1, rule="city", score=host.score)
    m.cue = f.landmark_kind
    if host is None:
        m.declined_reason = f"{f.landmark_kind} with no place around it in the text"
        return
    m.resolved = as_landmark(host, f.landmark_kind, f.key, f"{f.landmark_kind} placed in {host.location}", host.score)


#: how far apart two gazetteer entries of one name may lie and be one place, in km
_SAME_SPOT_KM = 3.0
#: how far apart two entries of one transliterated name may lie and be one town, in km
_ONE_TOWN_KM = 25.0


#: how far from a governorate's capital a town the text places in the governorate may lie, when the
#: gazetteer gives the country no governorates ("مدينة السادس من أكتوبر بمحافظة الجيزة")
_CAPITALS_REACH_KM = 80.0
#: how far from a province's main town a town the text places in the province may lie, when the gazetteer
#: gives the country's towns no province ("بلدة جلب في إقليم جوبا الوسطى")
_PROVINCE_REACH_KM = 160.0
#: how far from a province's capital that bears its name a town of the same province may lie to be in it
#: when the text names the province by its capital's name ("بلدة بانيبانغو بمنطقة تيلابيري", 162 km): the
#: Sahel's regions are wide
_NAMESAKE_PROVINCE_REACH_KM = 320.0
#: how far a place named after a direction of a town ("الفلوجة غربي بغداد") may lie from it
_DIRECTED_KM = 120.0


def _same_spot(a: Place, b: Place) -> bool:
    """Entries of one kind of place, in one country, whose coordinates lie within :data:`_SAME_SPOT_KM`."""
    if (a.kind in _WIDE_KINDS) != (b.kind in _WIDE_KINDS) or a.country != b.country:
        return False
    return _distance_km(a, b) <= _SAME_SPOT_KM


#: kinds a roundabout or a hospital is not placed in when the text also names a town near it
_WIDE_KINDS = frozenset(
    {PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT, PlaceKind.REGION}
)


def _landmark_host(f: Found, earlier: list[PlaceMention | None]) -> ResolvedPlace | None:
    """The place a landmark with no container stands in: the latest town named in its sentence or the one
    before, else the latest wider area there ("مدينة الباب بريف حلب الشمالي ... قرب دوار السنتر": the
    roundabout is in al-Bab, not in the countryside's main town)."""
    near = [
        prev.resolved
        for prev in reversed(earlier)
        if prev is not None and prev.sentence >= f.sentence - 1 and prev.resolved is not None
    ]
    return next((p for p in near if p.kind not in _WIDE_KINDS), near[0] if near else None)


#: the cue kinds of settlements ("مدينة", "بلدة", "قرية")
_SETTLEMENT_CUES = frozenset({"city", "town", "village"})


def _cued_before(done: list[PlaceMention | None], j: int, kind: str) -> bool:
    """A mention before ``j`` was named with a cue word of ``kind`` ("بلدة مارتي")."""
    return any(prev is not None and _cue_kind(prev) == kind for prev in done[:j])


def _antecedent(
    done: list[PlaceMention | None], kind: str, asides: set[int], datelines: frozenset[int]
) -> tuple[int, ResolvedPlace | None] | None:
    """The latest earlier mention (not an aside in parentheses) an anaphor of cue ``kind`` refers to;
    ``datelines`` are the mentions that open a dateline."""
    for j in range(len(done) - 1, -1, -1):
        prev = done[j]
        if j in asides or prev is None:
            continue
        res = prev.resolved
        if prev.qualifier and _locates_another(done, j, kind, datelines):
            continue  # "مدينة الزاوية غربي العاصمة طرابلس ... الأحياء الشرقية للمدينة": Zawiya, not Tripoli
        cue_kind = _cue_kind(prev)
        if kind == "neighbourhood":
            if res is not None and res.kind is PlaceKind.NEIGHBOURHOOD:
                return j, res
            if res is None and prev.cue == "حي":
                return j, None
        elif kind == "camp":
            if prev.cue == "مخيم":
                return j, res
        elif res is None and kind in ("village", "town") and cue_kind == kind:
            # "مجزرة في قرية ود النورة ... اقتحمت القرية": the village the gazetteer lacks (its cue of the anaphor's
            # kind), not a town named before it
            return j, None
        elif res is not None and res.kind in SETTLEMENTS:
            if kind == "city" and res.kind is PlaceKind.VILLAGE:
                continue
            if kind == "village" and res.kind is PlaceKind.CITY:
                continue  # no city is the village told again
            if kind == "city" and not prev.cue and _named_city_elsewhere(done, j, kind, res.country):
                # "دخلت وحدات من الجيش مدينة منبج ... باتفاق رعته موسكو ... من قواعدها في المدينة": a bare name of a
                # city abroad is not the city the text named with its cue
                continue
            other_settlement = cue_kind != kind and cue_kind in _SETTLEMENT_CUES
            if kind in ("town", "village") and other_settlement and _cued_before(done, j, kind):
                # "سيطروا على بلدة مارتي ... أجبر الجنود على الانسحاب نحو مدينة ديكوا ... منازل في البلدة": the
                # place named with the anaphor's own cue word, not a city named after it
                continue
            if kind in ("city", "village") and cue_kind == "governorate":
                # "مدينة طبربة من ولاية منوبة ... وسط المدينة": Tebourba, not the governorate's seat; "قرية الكرم
                # التابعة لمركز أبو قرقاص بمحافظة المنيا ... في القرية": nor the village
                continue
            return j, res
        elif res is not None and res.kind is PlaceKind.NEIGHBOURHOOD and kind == "city" and res.city:
            continue
    return None


def _named_city_elsewhere(done: list[PlaceMention | None], j: int, kind: str, country: str) -> bool:
    """A mention before ``j`` names, with a cue of the anaphor's ``kind``, a settlement in another country
    than ``country``."""
    for m in done[:j]:
        if m is None or m.resolved is None or m.resolved.kind not in SETTLEMENTS:
            continue
        if m.cue in cues.CUES and cues.CUES[m.cue].kind == kind and m.resolved.country != country:
            return True
    return False


def _locates_another(done: list[PlaceMention | None], j: int, kind: str, datelines: frozenset[int]) -> bool:
    """Mention ``j``, given after a direction or "near", is the reference point of an earlier mention of its
    sentence ("مدينة الزاوية غربي طرابلس"): it says where that place is, and no anaphor means it; unless the
    anaphor is a city, the reference named one and the place it locates was named an area or a quarter
    ("منطقة الحرشة غربي مدينة الزاوية ... خارج المدينة": Zawiya)."""
    prev = done[j]
    if prev is None:
        return False
    # (not a dateline's town, where the report was filed: "واغادوغو – قتل ... على أطراف بلدة بارسالوغو ... لحماية
    # البلدة" is the village the gazetteer lacks)
    located = [
        m
        for k, m in enumerate(done[:j])
        if m is not None and m.sentence == prev.sentence and m.resolved is not None and k not in datelines
    ]
    if kind == "city" and _cue_kind(prev) == "city" and located and _cue_kind(located[-1]) in _PARTS_OF_A_CITY:
        return False
    return bool(located)


#: cue kinds of places that lie in or by a city rather than being one ("منطقة", "حي")
_PARTS_OF_A_CITY = frozenset({"area", "neighbourhood", "suburb"})


def _cue_kind(m: PlaceMention) -> str:
    return cues.CUES[m.cue].kind if m.cue in cues.CUES else ""
