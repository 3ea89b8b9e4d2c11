"""The words around a place name: cues (حي، مدينة ...), qualifiers (شرق، أطراف ...), relations that
make one place contain another (وسط، في، بريف ...) and anaphors (الحي، المدينة ...). All normalised."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

from marsad.model.places import PlaceKind
from marsad.text.clitics import PREFIXES

K = PlaceKind


@dataclass(frozen=True, slots=True)
class Cue:
    word: str  # normalised cue as written, without clitics
    kind: str  # neighbourhood, city, town, village, region, area, governorate, district, subdistrict ...
    plural: bool = False
    #: countries whose units the word names ("مديرية" is a Yemeni district, elsewhere a directorate)
    countries: frozenset[str] = frozenset()


_CUE_LIST: tuple[Cue, ...] = (
    Cue("حي", "neighbourhood"),
    Cue("حيي", "neighbourhood", True),
    Cue("احياء", "neighbourhood", True),
    Cue("حاره", "neighbourhood"),
    Cue("ضاحيه", "suburb"),
    Cue("مدينه", "city"),
    Cue("مدينتي", "city", True),
    Cue("مدن", "city", True),
    Cue("بلده", "town"),
    Cue("بلدتي", "town", True),
    Cue("بلدات", "town", True),
    Cue("قريه", "village"),
    Cue("قريتي", "village", True),
    Cue("قري", "village", True),
    Cue("مزرعه", "village"),
    Cue("مزارع", "village", True),
    Cue("بلدة", "town"),
    Cue("ريف", "region"),
    Cue("ارياف", "region", True),
    Cue("باديه", "desert"),
    Cue("منطقه", "area"),
    Cue("منطقتي", "area", True),
    Cue("مناطق", "area", True),
    Cue("محافظه", "governorate"),
    Cue("محافظتي", "governorate", True),
    Cue("محافظات", "governorate", True),
    Cue("ناحيه", "subdistrict"),
    Cue("نواحي", "subdistrict", True),
    # a Yemeni district; elsewhere "مديرية الصحة" is a directorate, so only Yemeni places fit
    Cue("مديريه", "district", countries=frozenset({"YE"})),
    Cue("مديريتي", "district", True, frozenset({"YE"})),
    Cue("مديريات", "district", True, frozenset({"YE"})),
    # an Iraqi or Lebanese district (Palestine's old districts too); elsewhere "قضاء" is the judiciary
    Cue("قضاء", "district", countries=frozenset({"IQ", "LB", "PS"})),
    Cue("قضائي", "district", True, frozenset({"IQ", "LB", "PS"})),
    Cue("مخيم", "camp"),
    Cue("مخيمي", "camp", True),
    Cue("مخيمات", "camp", True),
)
CUES: dict[str, Cue] = {c.word: c for c in _CUE_LIST}

#: how well a place kind fits a cue (0: never)
KIND_FIT: dict[str, dict[PlaceKind, float]] = {
    "": {
        K.CITY: 1.0,
        K.TOWN: 1.0,
        K.VILLAGE: 0.9,
        K.LANDMARK: 1.0,
        K.REGION: 1.0,
        K.NEIGHBOURHOOD: 0.5,
        K.GOVERNORATE: 0.15,
        K.DISTRICT: 0.05,
        K.SUBDISTRICT: 0.05,
    },
    "neighbourhood": {K.NEIGHBOURHOOD: 1.0},
    # "أحياء دير الزور": the neighbourhoods of a city stand for the city
    "neighbourhoods": {K.NEIGHBOURHOOD: 1.0, K.CITY: 1.0, K.TOWN: 0.8},
    "city": {K.CITY: 1.0, K.TOWN: 0.9, K.VILLAGE: 0.4},
    "town": {K.TOWN: 1.0, K.VILLAGE: 0.9, K.CITY: 0.7},
    "village": {K.VILLAGE: 1.0, K.TOWN: 0.8, K.CITY: 0.2},
    "area": {
        K.CITY: 0.8,
        K.TOWN: 0.8,
        K.VILLAGE: 0.8,
        K.NEIGHBOURHOOD: 0.8,
        K.REGION: 1.0,
        K.LANDMARK: 0.8,
        K.DISTRICT: 0.6,
        K.SUBDISTRICT: 0.4,
    },
    "governorate": {K.GOVERNORATE: 1.0},
    "governorate-capital": {K.CITY: 1.0, K.TOWN: 0.8},
    "subdistrict": {K.SUBDISTRICT: 1.0},
    "district": {K.DISTRICT: 1.0, K.SUBDISTRICT: 0.5},
    # "قضاء X", "مديرية X", "ناحية X" where only the town X is known: coded to it (geo_precision 3)
    "unit-town": {K.CITY: 1.0, K.TOWN: 1.0, K.VILLAGE: 0.8},
    "camp": {K.NEIGHBOURHOOD: 1.0, K.TOWN: 0.8, K.VILLAGE: 0.8, K.LANDMARK: 0.8, K.CITY: 0.8},
    # "ضاحية بيروت": a part of the city, coded to it (geo_precision 2)
    "suburb": {K.NEIGHBOURHOOD: 1.0, K.CITY: 1.0, K.TOWN: 0.8},
    "region": {K.CITY: 1.0, K.GOVERNORATE: 0.9, K.TOWN: 0.6},
    # "مطار حلب"، "معبر اليعربية": a landmark named after a town, coded to it (geo_precision 2)
    "landmark": {K.CITY: 1.0, K.TOWN: 1.0, K.VILLAGE: 1.0, K.NEIGHBOURHOOD: 1.0},
    "desert": {K.CITY: 1.0, K.GOVERNORATE: 0.9, K.TOWN: 0.6},
}

#: words before a name that put an event near or in part of a place (geo_precision 2)
NEAR: frozenset[str] = frozenset(
    ["قرب", "بالقرب", "محيط", "اطراف", "ضواحي", "مشارف", "مدخل", "مداخل", "تخوم", "حدود", "اقتراب"]
)
DIRECTIONS_PRE: dict[str, str] = {
    "شرق": "east",
    "غرب": "west",
    "شمال": "north",
    "جنوب": "south",
    "شرقي": "east",
    "غربي": "west",
    "شمالي": "north",
    "جنوبي": "south",
}
#: adjectives after "ريف X" (or a city) that select a part of it
DIRECTIONS_POST: dict[str, str] = {
    "الشرقي": "east",
    "الغربي": "west",
    "الشمالي": "north",
    "الجنوبي": "south",
    "الشرقيه": "east",
    "الغربيه": "west",
    "الشماليه": "north",
    "الجنوبيه": "south",
}
#: direction nouns with the article: "إلى الشمال من X" (geo_precision 2, like "شمال X")
DIRECTION_NOUNS: dict[str, str] = {"الشمال": "شمال", "الجنوب": "جنوب", "الشرق": "شرق", "الغرب": "غرب"}


def compound_direction(first: str, second: str) -> str:
    """ "north" + "east" -> "north-east" (either order); "" when the two are not a compound."""
    axes = {"north": 0, "south": 0, "east": 1, "west": 1}
    if first not in axes or second not in axes or axes[first] == axes[second]:
        return ""
    ns, ew = (first, second) if axes[first] == 0 else (second, first)
    return f"{ns}-{ew}"


#: every word that can stand before a name as its qualifier
QUALIFIERS: frozenset[str] = NEAR | frozenset(DIRECTIONS_PRE)
#: words that say "near" before "من X" ("بالقرب من"، "على مقربة من"، "قريبا من")
NEAR_FROM: frozenset[str] = frozenset({"قرب", "بالقرب", "مقربه", "قريب", "قريبا", "القريب", "القريبه"})
DIRECTION_WORDS: frozenset[str] = frozenset(DIRECTIONS_PRE)
#: words between two names that make the second contain the first ("حي X وسط مدينة Y")
RELATIONS: frozenset[str] = frozenset(
    [
        "وسط",
        "في",
        "داخل",
        "ضمن",
        "من",
        "التابع",
        "التابعه",
        "التابعين",
        "الواقع",
        "الواقعه",
        "الواقعين",
        "على",
        "عند",
        "قرب",
        "بالقرب",
        "محيط",
        "اطراف",
    ]
) | frozenset(DIRECTIONS_PRE)
#: anaphors standing for an earlier place; the value is the cue kind they refer back to
ANAPHORS: dict[str, str] = {
    "الحي": "neighbourhood",
    "المدينه": "city",
    "البلده": "town",
    "القريه": "village",
    "المخيم": "camp",
}
#: a word after an anaphor that shows it is not one ("الحي المجاور": another neighbourhood)
NOT_ANAPHOR_AFTER: frozenset[str] = frozenset(["التي", "الذي"])
DEMONSTRATIVES: frozenset[str] = frozenset(["هذا", "هذه", "ذلك", "تلك"])
#: first words of two-word names (عين العرب، تل أبيض ...), for names the gazetteer does not know
NAME_HEADS: frozenset[str] = frozenset(
    [
        "عين",
        "تل",
        "دير",
        "كفر",
        "ابو",
        "ام",
        "بيت",
        "خان",
        "راس",
        "جسر",
        "بئر",
        "بير",
        "باب",
        "الشيخ",
        "شيخ",
        "جبل",
        "وادي",
        "مرج",
        "قصر",
        "حمام",
        "سوق",
        "خربه",
        "مزرعه",
        "عرب",
        "بني",
        "تله",
        "سهل",
        "ساحه",
    ]
)
#: words that cannot be (or start) a place name
STOP: frozenset[str] = frozenset(
    [
        "في",
        "من",
        "الى",
        "على",
        "عن",
        "مع",
        "بعد",
        "قبل",
        "منذ",
        "خلال",
        "حتى",
        "عند",
        "بين",
        "التي",
        "الذي",
        "الذين",
        "ان",
        "انه",
        "او",
        "ثم",
        "كما",
        "لكن",
        "بل",
        "قد",
        "لم",
        "لن",
        "هو",
        "هي",
        "هم",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "كان",
        "كانت",
        "يكون",
        "وقد",
        "وفي",
        "ومن",
        "الي",
        "حيث",
        "اذ",
        "اذا",
        "بسبب",
        "نحو",
        "وسط",
        "داخل",
        "خارج",
        "جراء",
        "اثر",
        "اثناء",
        "لدي",
        "لدى",
        "عبر",
        "ضد",
        "تحت",
        "فوق",
        "امام",
        "خلف",
        "دون",
        "غير",
        "كل",
        "بعض",
        "اكثر",
        "اقل",
        "جميع",
        "عدد",
    ]
)


def clitic_forms(vocabulary: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Every form of the vocabulary's words behind an accepted clitic prefix (or none), with the
    (prefix, stem) that :func:`strip_clitics` gives for it.

    For a small vocabulary asked about every token of a report: one look-up instead of a call.
    """
    out: dict[str, tuple[str, str]] = {}
    prefixes = sorted((p for p in PREFIXES if len(p) <= _MAX_PREFIX), key=len)  # shortest first, as tried
    for prefix in prefixes:
        for word in vocabulary:
            if word:
                out.setdefault(prefix + word, (prefix, word))
    return out


#: the longest prefix :func:`strip_clitics` tries
_MAX_PREFIX = 5
#: results by vocabulary (its id) and word: the finder asks about every token of every report
_CACHE: dict[int, dict[str, tuple[str, str] | None]] = {}
_CACHE_MAX = 25_000  # words per vocabulary (some eight vocabularies are asked about)


def strip_clitics(word: str, vocabulary: Container[str]) -> tuple[str, str] | None:
    """(prefix, stem) when ``word`` is a vocabulary word behind an accepted clitic prefix, else None.

    ``vocabulary`` must be a long-lived object (results are cached per vocabulary and word).
    """
    cache = _CACHE.get(id(vocabulary))
    if cache is None:
        cache = _CACHE[id(vocabulary)] = {}
    elif word in cache:
        return cache[word]
    found: tuple[str, str] | None = None
    if word in vocabulary:
        found = ("", word)
    else:
        for i in range(1, min(len(word) - 1, _MAX_PREFIX) + 1):
            prefix, stem = word[:i], word[i:]
            if prefix in PREFIXES and stem in vocabulary:
                found = (prefix, stem)
                break
    if len(cache) < _CACHE_MAX:
        cache[word] = found
    return found
