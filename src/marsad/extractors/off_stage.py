"""Places a sentence names that are not where its event happened: where fire came from ("بقصف مصدره مواقع
قوات النظام"), whom a crowd stands with ("تضامناً مع حمص"), someone's hometown ("شاب من مدينة القصير"), where
people fled ("نزح آلاف السكان نحو ولاية القضارف"). Read by the frames (a sentence so placed is not placed)
and by the place choice of each event."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from marsad.extractors.positions import DocIndex
from marsad.geo import cues as place_cues
from marsad.lang.cues import CueWords
from marsad.lang.triggers import modifier_words
from marsad.model.document import Document
from marsad.model.mentions import PlaceMention
from marsad.model.places import PlaceKind
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.datelines import opens_a_dateline
from marsad.text.normalize import normalize_term
from marsad.text.segment import words_in

#: places up to this many words after a word of the `origin_of_fire` cue group ("مصدره", "انطلاقاً من")
#: are where fire came from, not the event's place
_SOURCE_REACH = 6


def off_stage(index: DocIndex, p: PlaceMention, cues: CueWords) -> bool:
    """Whether the words before place ``p`` make it no place of its sentence's event (found once per mention)."""
    known = index.off_stage.get(p.span.start)
    if known is None:
        known = index.off_stage[p.span.start] = _off_stage(index, p, cues)
    return known


def _off_stage(index: DocIndex, p: PlaceMention, cues: CueWords) -> bool:
    if _dateline_beside_places(index, p):
        return True  # "الخرطوم ـ رويترز: تجددت الاشتباكات ... قرب بلدة المهاجرية في ولاية جنوب دارفور"
    if p.cue_span is None and _names_an_event_told_before(index, p):
        return True  # "وتأتي احتجاجات بوكي بعد ليلة من المواجهات في السبخة": the place names the protest told
    before = index.words_before(p.span, _SOURCE_REACH)
    if not cues.origin_of_fire.isdisjoint(before):
        return True  # "بقصف مصدره مواقع قوات النظام في ريف حلب": where the fire came from, not where it fell
    if not cues.origin_direction.isdisjoint(before) and any(
        w == "من" and after in cues.origin_direction for w, after in pairwise(before)
    ):
        return True  # "برشقات من الصواريخ من اتجاه شمال شرق بحيرة طبريا": the direction it came from
    # the words before the place's cue (or the place), read once for the checks that start there
    before_cue = index.words_before(p.cue_span or p.span, _FIRED_FROM_REACH)
    if _fired_from_positions(before_cue):
        return True  # "قذائف أطلقها الحوثيون من مواقعهم في منطقة دار سعد على حي سكني": the same
    if (
        not cues.solidarity.isdisjoint(before[-2:])
        # (or before its cue: "تضامناً مع قطاع غزة")
        or (p.cue_span is not None and not cues.solidarity.isdisjoint(before_cue[-2:]))
        or (_stood_with(before, cues.solidarity) and not after_the_place_stood_with(index, p))
    ):
        return True  # "خرجت مظاهرة في حي الحاضر تضامناً مع حمص": whom the crowd stands with
    if p.cue == "hospital" and _hospital_told_from_or_taken_to(before, cues):
        return True  # "وقالت مصادر طبية في مستشفى الجمهورية", "نقل الجرحى إلى مستشفى": no scene of the event
    if len(before) >= 2 and before[-2] == _TO and before[-1] in _HOSPITALS:
        return True  # "نُقل عدد من المصابين إلى مستشفيات بغداد": the town of the hospitals they were taken to
    if _where_a_source_sits(before, cues):
        return True  # "وفق مصادر طبية في مأرب": where the source is, not the event
    right_before = before_cue[-2:]
    if len(right_before) == 2 and right_before[1] == "في" and right_before[0] in cues.works_in:
        return True  # "قالت منظمة حقوقية محلية تعمل في ولاية جنوب دارفور": where the teller works
    if before and before[-1] in cues.government_of:
        return True  # "أعلنت وزارة الصحة في حكومة صنعاء": a government named by its seat, not a scene
    if before and p.cue_span is None and (is_word(before[-1], cues.accuser_verb) or is_word(before[-1], cues.accusing)):
        return True  # "متهمةً أنقرة بالتصعيد": a government named by its capital, accused
    if not cues.venue.isdisjoint(before[-_VENUE_REACH:]):
        return True  # "وقال المتحدث في مؤتمر صحفي عقده في دمشق": where he spoke, not where it happened
    if _hometown(before, cues) and not _taken_from(index, p):
        return True  # "قضى شاب من مدينة القصير تحت التعذيب بدمشق": where he came from, not where he died
    if _remembered_after_the_scene(index, p):
        return True  # "قتلوا في مدينة البيضاء ... إحياءً لذكرى أحداث 2006 في بنغازي": where the remembered happened
    if _protested_over(index, p, before, cues):
        return True  # "تظاهروا في القاهرة احتجاجا على الهجوم على قطاع غزة": where the grievance is, not the crowd
    if _fled_to(index, p, _direction_words(before_cue, cues), cues):
        return True
    # "باتجاه مناطق في وادي حضرموت ومحافظة شبوة": joined by "و" to a place that is no scene, no scene either
    joined = _joined_to(index, p)
    return joined is not None and off_stage(index, joined, cues)


def _joined_to(index: DocIndex, p: PlaceMention) -> PlaceMention | None:
    """The place right before ``p`` (or its cue) in its sentence with only "و" between them, if any."""
    start = (p.cue_span or p.span).start
    text = index.doc.text
    if "و" not in text[max(0, start - 3) : start]:
        return None  # (most places follow no "و": asked of every place, the look-up below is not made)
    for q in reversed(index.doc.places):
        if q.sentence == p.sentence and q.span.end <= start:
            return q if text[q.span.end : start].strip() == "و" else None
    return None


#: how many words before a place "أطلق ... من مواقع" may begin ("أطلقها الحوثيون من مواقعهم في منطقة دار سعد")
_FIRED_FROM_REACH = 8
#: how many words before a place a word of flight, withdrawal or advance may stand
_FLED_REACH = 12
#: how many words of a site may stand between a word of direction and the "وسط" before a place
_SITE_REACH = 3
#: the words (normalised, their start) of positions fire is launched from, after "من"
_POSITIONS = ("مواقع", "مراكز", "منصات", "مناطق", "تمركزات")


def _fired_from_positions(before: list[str]) -> bool:
    """``before`` (the words before a place, or before its cue) tell fire launched from positions: a verb of
    firing ("أطلق", "أطلقها"), then "من" and a word of positions ("من مواقعهم في"), the place after them; or
    the verb, then "من" right before the place ("صاروخاً أطلقت من غزة باتجاه إسرائيل")."""
    for k in range(1, len(before)):
        if before[k] == "من" and (k == len(before) - 1 or before[k + 1].startswith(_POSITIONS)):
            if "علي" in before[k + 1 :]:
                return False  # "من مواقعهم في تبة السلال على حي عصيفرة": where the fire fell
            return any(w.lstrip("و").startswith(_FIRING) for w in before[max(0, k - 3) : k])
    return False


#: a verb of firing, normalised ("أطلقت", "يطلقون", "تطلق")
_FIRING = ("اطلق", "يطلق", "تطلق")


#: places up to this many words after an anniversary word ("لذكرى أحداث 17 شباط/فبراير 2006 في بنغازي") may be
#: where the remembered events happened
_REMEMBERED_PLACE_REACH = 10
#: places up to this many words after a word of the `venue` cue group ("مؤتمر صحفي عقده في") are where
#: someone spoke or met
_VENUE_REACH = 4
#: hospital words before the town they stand in, and "إلى", normalised as the tokens are (ى is folded to ي)
_HOSPITALS = frozenset(normalize_term(w) for w in ("مستشفى", "مستشفيات", "مشفى", "مشافي", "المستشفى", "المستشفيات"))
_TO = normalize_term("إلى")


@lru_cache(maxsize=4)
def _grievance_forms(grievance: frozenset[str], demand: frozenset[str]) -> frozenset[str]:
    """The grievance and demand words alone or after و or ف, as :func:`is_word` reads them."""
    return with_conjunctions(grievance | demand)


def _remembered_after_the_scene(index: DocIndex, p: PlaceMention) -> bool:
    """An anniversary word stands in the words before the place and another place of the sentence before
    that word: the place is where the remembered events happened; the sentence's own event is where the
    earlier place says. (A sentence that only remembers keeps its place.)"""
    if not anniversary_tokens(index):
        return False  # (most reports remember nothing: one look at the text, not one per place)
    anniversary = anniversary_words()
    before = index.tokens_before(p.span, _REMEMBERED_PLACE_REACH)
    word = next((t for t in reversed(before) if t.norm in anniversary), None)
    return word is not None and _another_place_before(index, p, word.start)


@lru_cache(maxsize=1)
def anniversary_words() -> frozenset[str]:
    """The anniversary modifier's words ("لذكرى", "الذكرى السنوية"), normalised."""
    return modifier_words("anniversary")


def anniversary_tokens(index: DocIndex) -> list[int]:
    """Indices of the report's anniversary words, found in one pass the first time the dates or the places
    ask (kept on the index)."""
    if index.anniversaries is None:
        assert index.doc.norm is not None
        index.anniversaries = words_in(index.doc.norm.text, anniversary_words())
    return index.anniversaries


def _another_place_before(index: DocIndex, p: PlaceMention, offset: int) -> bool:
    """Another place of ``p``'s sentence ends by the raw ``offset``: the scene told before a word that puts
    ``p`` elsewhere (a grievance, an anniversary)."""
    return any(q is not p and q.sentence == p.sentence and q.span.end <= offset for q in index.doc.places)


def _protested_over(index: DocIndex, p: PlaceMention, before: list[str], cues: CueWords) -> bool:
    """A grievance or demand word stands in the words before the place, and another place of the sentence
    stands before that word: the crowd's own place ("خرجوا من الجامع الازهر في القاهرة احتجاجا على الهجوم
    الاسرائيلي على قطاع غزة", "تظاهر الآلاف في مدينة الصدر مطالبين بوقف العمليات في البصرة"). With no place
    before it, the place after the grievance is mostly the crowd's ("احتجاجا على الغلاء في مدينة درعا"), unless "على"
    tells it is what the grievance is against ("منددين بالعدوان على قطاع غزة")."""
    if _grievance_forms(cues.grievance, cues.demand).isdisjoint(before):
        return False  # (most places: no such word before them, told by one set operation)
    word = next(
        (
            t
            for t in reversed(index.tokens_before(p.span, len(before)))
            if is_word(t.norm, cues.grievance) or is_word(t.norm, cues.demand)
        ),
        None,
    )
    if word is None:
        return False
    if _another_place_before(index, p, word.start):
        return True
    # "منددين بالعدوان الإسرائيلي على قطاع غزة": what the grievance is against, told by "على" right before the
    # place (or its cue word), is where the grievance is, not where the crowd is
    before_cue = index.tokens_before(p.cue_span or p.span, 2)
    return len(before_cue) == 2 and before_cue[1].norm == "علي" and before_cue[0].start > word.start


def _dateline_beside_places(index: DocIndex, p: PlaceMention) -> bool:
    """The place opens a line as a dateline, and its sentence names another known place: the report was
    filed there, the events happened where the sentence says ("دمشق – سانا: ... في محيط بلدة الكسوة").
    Alone, or beside places the gazetteer does not know, the dateline is the best the text gives ("بغداد ـ ا ف
    ب: قتل ثلاثة اشخاص في انفجار سيارة مفخخة امس", "اسطنبول ـ رويترز: ... من حي شيشلي")."""
    if not _is_a_dateline(index.doc, p):
        return False
    if _in_a_country_not_named(index.doc, p):
        return True  # (see a_dateline_abroad)
    # (not a word standing for the dateline's town itself, nor a landmark coded to it: "(تعز) – قال مصدر طبي
    # في مستشفى الثورة إن ... على حي الروضة شمالي المدينة")
    here = p.resolved.place_id if p.resolved is not None else None
    return any(
        q is not p
        and q.sentence == p.sentence
        and q.span.start > p.span.end
        and (
            (
                q.resolved is not None
                and not (
                    q.resolved.place_id == here and (q.antecedent is not None or q.resolved.kind is PlaceKind.LANDMARK)
                )
            )
            # ("انقرة ـ رويترز: ... قرب بلدة تشوكورجا في ولاية هكاري": a province the gazetteer does not know is
            # not the dateline's town)
            # (nor a town the gazetteer does not know: "بورت أو برنس – سيطر مسلحون على مدينة ميرباليه" happened in
            # Mirebalais, not in the capital 60 km off; better no place than the wrong one)
            or (q.resolved is None and (_names_a_province(q.cue) or unknown_settlement(q)))
        )
        for q in index.doc.places
    )


def a_dateline_abroad(doc: Document, p: PlaceMention) -> bool:
    """Place ``p``, a dateline's town ("غازي عنتاب – قتل ثلاثة مدنيين بغارة على قرية في شمال سوريا"), is in a
    country the text never names while it says things are in another: the report was filed there, its events
    happened where the text says. (A country merely named, "طيران العدوان السعودي" in a report from Saada,
    does not move them; nor does the dateline's country named anywhere, "جنود تشاديين".)"""
    return _in_a_country_not_named(doc, p) and _is_a_dateline(doc, p)


def _is_a_dateline(doc: Document, p: PlaceMention) -> bool:
    """Place ``p`` (with its cue) opens a line as a dateline ("الخرطوم ـ رويترز:")."""
    # (the token's start: the name's span leaves the article out, "الخرطوم")
    at = p.cue_span.start if p.cue_span is not None else p.span.start
    token = doc.tokens[max(0, bisect_right(doc.tokens, at, key=lambda t: t.start) - 1)]
    return opens_a_dateline(doc.text, min(token.start, at), p.span.end)


def _in_a_country_not_named(doc: Document, p: PlaceMention) -> bool:
    """Place ``p`` is in a country the text never names while it says things are in another."""
    return (
        p.resolved is not None
        and bool(doc.countries)
        and p.resolved.country not in {*doc.countries, *doc.countries_mentioned}
    )


#: the cues (normalised, their start) of settlements that lie outside the town that holds them: villages, towns,
#: hamlets ("قرية", "بلدة", "قرى", "عزبة", "نجع"), and towns by "مدينة"
_OUTLYING_CUES = ("قري", "قرى", "بلد", "عزب", "نجع", "مدين")


def unknown_settlement(m: PlaceMention) -> bool:
    """The mention names, after a village's or town's cue, a place the gazetteer lacks ("بلدة آيت عميرة"), and
    is no anaphor of an earlier place."""
    return m.resolved is None and m.antecedent is None and m.cue.startswith(_OUTLYING_CUES)


def _names_a_province(cue: str) -> bool:
    """The place cue names a province or a district ("ولاية", "محافظة", "مديرية"), larger than a town."""
    found = place_cues.CUES.get(cue)
    return found is not None and found.kind in ("governorate", "district")


def _hospital_told_from_or_taken_to(before: list[str], cues: CueWords) -> bool:
    """The words before a hospital say a source speaks from it ("مصادر طبية في مستشفى") or the wounded were
    taken to it ("إلى مستشفى"): where the toll is counted, not where the event happened."""
    if not before:
        return False
    if before[-1] == _TO:
        return True
    return before[-1] == "في" and not cues.source_noun.isdisjoint(before[-3:-1])


def _hometown(before: list[str], cues: CueWords) -> bool:
    """The words before a place say it is someone's town: "شاب من مدينة"، "شاب من"، "ابن بلدة"."""
    words = before[-3:]
    if words and words[-1] in cues.hometown_kin:
        return True  # "ابن بلدة X" reads as "ابن" + cue + name: the cue is the last word before the name
    people = cues.hometown_person
    for i in range(len(words) - 1, 0, -1):  # noqa: SIM110 - a loop: any() over a generator costs more here
        if words[i] == "من" and words[i - 1] in people:
            return True
    return False


#: the families of events whose people are taken from their town ("اعتقلت قوات الاحتلال شبانا من بلدة بيتا")
_TAKEN = frozenset({"arrest", "abduction"})


def _taken_from(index: DocIndex, p: PlaceMention) -> bool:
    """An arrest or abduction told before the place in its sentence: the people's town is where they were
    taken from, the event's place."""
    return any(
        t.sentence == p.sentence and t.span.end <= p.span.start and t.family in _TAKEN for t in index.doc.triggers
    )


def _where_a_source_sits(before: list[str], cues: CueWords) -> bool:
    """A word of attribution, a source noun, an adjective at most, then "في" right before the place ("وفق
    مصادر طبية في مأرب"). (A source that opens its sentence, "قالت مصادر محلية في نيالا إن", is often in the
    town of the event it tells.)"""
    if len(before) < 3 or before[-1] != "في":
        return False
    for k in range(max(1, len(before) - 3), len(before) - 1):
        if before[k] in cues.source_noun:
            return before[k - 1] in cues.attribution or before[k - 1].lstrip("و") in cues.attribution
    return False


def _direction_words(before_cue: list[str], cues: CueWords) -> list[str]:
    """The word right before the place (or its cue); or, when that word puts it in the middle of a site a
    word of direction went to ("نحو المربع الأمني وسط المدينة"), that word of direction; or, when the place
    holds the areas a word of direction went to ("باتجاه مناطق في وادي حضرموت"), that word."""
    if before_cue and before_cue[-1] in cues.inside_of:
        towards = [w for w in before_cue[-_SITE_REACH - 1 : -1] if w in cues.towards]
        if towards:
            return towards[-1:]
    if "في" in before_cue[-2:]:
        for at in (-1, -2):  # (over a word of the place's kind: "باتجاه مناطق في وادي حضرموت")
            if len(before_cue) >= 2 - at and before_cue[at] == "في" and before_cue[at - 1] in cues.areas_within:
                return [before_cue[at - 2]]
    return before_cue[-1:]


def _fled_to(index: DocIndex, p: PlaceMention, right_before: list[str], cues: CueWords) -> bool:
    """A word of direction right before the place (or its cue), after a word of flight, withdrawal or advance:
    "نزح ... نحو X", "بعد انسحاب الفصائل منها باتجاه X", "في ظل تقدم الفصائل نحو مدينة X"."""
    if not right_before or right_before[-1] not in cues.towards:
        return False
    # (over the place it went from: "انسحب مسلحو تنظيم داعش أمس من مدينة الرمادي باتجاه محافظة نينوى")
    before = index.words_before(p.cue_span or p.span, _FLED_REACH)
    # (not an attempted advance or crossing, fought where it was heading: "قوة حاولت التقدم باتجاه بلدة
    # العديسة", "المحتجين الذين حاولوا عبور الجسر باتجاه المنطقة الخضراء")
    return any(
        (is_word(w, cues.displaced) or is_word(w, cues.withdrew) or is_word(w, cues.advanced))
        and not (i and is_word(before[i - 1], cues.attempted))
        for i, w in enumerate(before)
    )


def after_the_place_stood_with(index: DocIndex, p: PlaceMention) -> bool:
    """The crowd stood with a place named right before this one ("مظاهرات تضامنية مع غزة في مدن إدلب والباب"):
    this one, after "في", is where the crowd is."""
    return any(
        q.sentence == p.sentence
        and q.span.end <= p.span.start
        and index.words_before(q.span, 1) == ["مع"]
        and index.count_between(q.span, p.span) <= _STOOD_WITH_GAP
        for q in index.doc.places
    )


#: words between the place a crowd stood with and its own place: "مع غزة في مدن إدلب"
_STOOD_WITH_GAP = 2


def _stood_with(before: list[str], solidarity: frozenset[str]) -> bool:
    """ "تضامناً مع الفلسطينيين في قطاع غزة": the people a crowd stands with, then where they are."""
    for i in range(max(0, len(before) - 5), len(before) - 3):
        if before[i] in solidarity and before[i + 1] == "مع" and "في" in before[i + 3 :]:
            return True
    return False


def _names_an_event_told_before(index: DocIndex, p: PlaceMention) -> bool:
    """The place stands right after an event word told as referring back ("احتجاجات بوكي" after "وتأتي"): it
    names that event, told before, not where the sentence's news happened."""
    if index.told_before is None:
        index.told_before = {}
        for t in index.doc.triggers:
            if "reference" in t.flags:
                index.told_before.setdefault(t.sentence, []).append(t.span)
    return any(
        span.end <= p.span.start and index.count_between(span, p.span) == 0
        for span in index.told_before.get(p.sentence, ())
    )
