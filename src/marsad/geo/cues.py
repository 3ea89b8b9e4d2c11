"""The words around a place name: cues (حي، مدينة ...), qualifiers (شرق، أطراف ...), relations that
make one place contain another (وسط، في، بريف ...) and anaphors (الحي، المدينة ...), all normalised.

The words are language data (``data/ar/places.yaml``, see :mod:`marsad.geo.place_words`); this module
offers them as attributes (``cues.STOP``) read on first use, and holds what is code: how well a place
kind fits a cue, compound directions, and the clitic stripping the finder asks about every token."""

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
    # "قضاء X", "مديرية X", "ناحية X" where only the town X is known: coded to it (geo_precision 3); or (1) a
    # city's district listed as its neighbourhood ("مديرية الشيخ عثمان" in Aden, "قضاء الكاظمية" in Baghdad)
    "unit-town": {K.CITY: 1.0, K.TOWN: 1.0, K.VILLAGE: 0.8, K.NEIGHBOURHOOD: 0.8},
    "camp": {K.NEIGHBOURHOOD: 1.0, K.TOWN: 0.8, K.VILLAGE: 0.8, K.LANDMARK: 0.8, K.CITY: 0.8},
    # "ضاحية بيروت": a part of the city, coded to it (geo_precision 2)
    "suburb": {K.NEIGHBOURHOOD: 1.0, K.CITY: 1.0, K.TOWN: 0.8},
    "region": {K.CITY: 1.0, K.GOVERNORATE: 0.9, K.TOWN: 0.6},
    # "مطار حلب"، "معبر اليعربية": a landmark named after a town, coded to it (geo_precision 2)
    "landmark": {K.CITY: 1.0, K.TOWN: 1.0, K.VILLAGE: 1.0, K.NEIGHBOURHOOD: 1.0},
    "desert": {K.CITY: 1.0, K.GOVERNORATE: 0.9, K.TOWN: 0.6},
}

#: the word lists of data/ar/places.yaml, as module attributes loaded on first use (see :func:`__getattr__`)
CUES: dict[str, Cue]
NEAR: frozenset[str]
DIRECTIONS_PRE: dict[str, str]
DIRECTIONS_POST: dict[str, str]
DIRECTION_NOUNS: dict[str, str]
#: every word that can stand before a name as its qualifier (near words and directions)
QUALIFIERS: frozenset[str]
NEAR_FROM: frozenset[str]
DIRECTION_WORDS: frozenset[str]
#: words between two names that make the second contain the first (directions included)
RELATIONS: frozenset[str]
#: the relations that make the second the administrative unit the first belongs to ("التابعة لمنطقة")
BELONGING: frozenset[str]
ANAPHORS: dict[str, str]
NOT_ANAPHOR_AFTER: frozenset[str]
NOT_ANAPHOR_BEFORE: frozenset[str]
DEMONSTRATIVES: frozenset[str]
#: a noun in apposition before a name ("شمالي العاصمة بغداد"): what stands before it qualifies the name
APPOSITIVES: frozenset[str]
#: verbs after which a capital names its government ("دانته طهران"), not a place
STATEMENT_VERBS: frozenset[str]
#: an organisation's seat ("ومقرها أوسلو"): the place after it is where the body sits
SEAT_WORDS: frozenset[str]
#: a border ("الحدود التشادية"): the country adjective after it is a neighbour's
BORDER_WORDS: frozenset[str]
#: the word for a capital, which alone or with its country's adjective is a place ("بالعاصمة")
CAPITAL_WORDS: frozenset[str]
#: words before it that make it part of another name ("ريف العاصمة")
NOT_CAPITAL_AFTER: frozenset[str]
NAME_HEADS: frozenset[str]
#: name heads that make one longer name with a known name right after them ("أبو صيدا" is not Sidon)
COMPOUND_HEADS: frozenset[str]
#: first words that make a two-word town or village name count without a cue ("كفر قدوم")
BARE_HEADS: frozenset[str]
STOP: frozenset[str]
ADJECTIVES: frozenset[str]
VARIANTS: frozenset[str]
#: words after a bare name that make it a common noun ("الطبقة السياسية": the political class, not Tabqa)
COMMON_AFTER: frozenset[str]
#: names that are also present-tense verbs ("تدمر": destroys)
VERB_FORMS: frozenset[str]
#: "the two villages" ("القريتين"): the two a dual cue named before, not the town spelled so
DUAL_ANAPHORS: frozenset[str]
#: words of a building named after a place ("مجمع واغادوغو للمؤتمرات"): a place abroad after one is its name
FACILITY_HEADS: frozenset[str]
ROADS: frozenset[str]
#: between a road word and its first town ("الطريق الدولي حلب-دمشق")
ROAD_ADJECTIVES: frozenset[str]
#: before "بين": a place said to lie between two others ("منطقة المطيبيجة الواقعة بين محافظتي صلاح الدين
#: وديالى"), read like a road between them: the first names where, the second only bounds it
LYING_BETWEEN: frozenset[str]
#: words before a country that make it an actor's leader, sponsor or ally ("بقيادة السعودية")
SPONSORS: frozenset[str]
#: what may stand between a sponsor word and the country ("المدعومة من قبل تركيا")
SPONSOR_LINKS: frozenset[str]
#: a state's title before its name ("جمهورية", "بدولة"): the words before it say where things are
STATE_TITLES: frozenset[str]
#: a word for a country's middle before its name ("شمال وسط بوركينا فاسو"): it says things are there
MIDDLE_WORDS: frozenset[str]
#: country -> the countries its forces are reported fighting in: a text naming "الجيش الإسرائيلي" may be
#: about Tulkarm or Nabatieh, so a place there is not declined as outside the text's country
FORCES_ABROAD: dict[str, frozenset[str]]


def __getattr__(name: str) -> object:
    """The word lists are language data (``data/ar/places.yaml``), read when first asked for rather than
    at import; afterwards they are plain module attributes."""
    if name.isupper() and name in __annotations__:
        from marsad.geo.place_words import load_place_words

        globals().update(load_place_words().as_module_attributes())
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def compound_direction(first: str, second: str) -> str:
    """ "north" + "east" -> "north-east" (either order); "" when the two are not a compound."""
    axes = {"north": 0, "south": 0, "east": 1, "west": 1}
    if first not in axes or second not in axes or axes[first] == axes[second]:
        return ""
    ns, ew = (first, second) if axes[first] == 0 else (second, first)
    return f"{ns}-{ew}"


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
