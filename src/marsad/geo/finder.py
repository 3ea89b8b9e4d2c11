"""Finding place mentions in a document: gazetteer names (one Aho-Corasick pass), cue words,
qualifiers, coordinated lists, containment ("حي X وسط مدينة Y"), anaphors and landmark phrases.

The finder only reads the text; choosing the place for each mention is the resolver's job.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from marsad.geo import cues
from marsad.geo.clues import excluded_ranges, seat_ranges, speaker_ranges, sponsor_ranges
from marsad.geo.gazetteer import Gazetteer
from marsad.model.document import Token
from marsad.text.datelines import opens_a_dateline, second_in_a_heading
from marsad.text.matcher import Match, word_edges
from marsad.text.normalize import NormalizedText
from marsad.text.ranges import Ranges
from marsad.text.segment import words_in

#: what may stand between a road's two towns (the road words are cues.ROADS)
_ROAD_LINK = re.compile(r"\s*[-–—/]\s*|\s+و?")


def _capital_adjective(word: str) -> bool:
    """A definite feminine adjective after "العاصمة", normalised: of a country ("الليبية", "الصومالية") or of
    the capital's standing ("المؤقتة": "بالعاصمة المؤقتة عدن")."""
    return word.startswith("ال") and word.endswith("ه") and len(word) > 5


def _is_road_word(word: str) -> bool:
    stem = word.lstrip("وفب")
    return stem in cues.ROADS or stem.removeprefix("ل") in cues.ROADS


def _mark_road(ctx: _Ctx, name: Found, out: list[Found]) -> None:
    """A town right after a road word starts the road's name ("طريق دمشق"), as does the first town after
    "الطريق الواصل بين (مدينتي)"; the town after it, past a dash or "و", ends it."""
    first = name.first - (2 if name.cue else 1)  # the word before the name, or before its cue
    if first < 0 or not _same_sentence(ctx, first, name.first):
        return
    word = ctx.tokens[first].norm
    if not name.cue and (
        _is_road_word(word)
        # "الطريق الدولي حلب-دمشق": an adjective of the road before its first town
        or (
            word in cues.ROAD_ADJECTIVES
            and first > 0
            and _same_sentence(ctx, first - 1, first)
            and _is_road_word(ctx.tokens[first - 1].norm)
        )
    ):
        name.road = "start"
        return
    if word == "بين" and (
        any(
            _is_road_word(ctx.tokens[k].norm) or ctx.tokens[k].norm.lstrip("و") in cues.LYING_BETWEEN
            for k in range(max(0, first - 2), first)
            if _same_sentence(ctx, k, first)
        )
        # "الاشتباكات بين منطقتي باب التبانة وجبل محسن": the front line between two places, one scene
        # coded to the first as a road is
        or (name.cue and name.plural)
    ):
        name.road = "start"
        return
    previous = out[-1] if out else None
    if name.cue:
        # "الطريق الواصل بين مدينة طفس وبلدة اليادودة": the second town, with a cue of its own after "و",
        # ends the road the first began
        if (
            previous is not None
            and previous.road == "start"
            and previous.last == first
            # (the cue after "و", not a cue that starts with the letter: "وادي")
            and ctx.tokens[first + 1].norm.startswith("و")
            and ctx.tokens[first + 1].norm[1:].startswith(name.cue)
        ):
            name.road = "end"
        return
    if (
        previous is not None
        and previous.road == "start"
        and previous.last == first
        and _ROAD_LINK.fullmatch(ctx.text, previous.nend, name.nstart) is not None
    ):
        name.road = "end"


#: landmark kinds usually named after the town they serve ("مطار حلب"), unlike schools or mosques
PLACE_NAMED: frozenset[str] = frozenset({"airport", "crossing", "dam", "bridge", "oil field", "base", "checkpoint"})


@dataclass(slots=True)
class Found:
    """A place mention before resolution; offsets are in the normalised view."""

    nstart: int
    nend: int
    key: str
    sentence: int
    first: int  # token index of the name's first token
    last: int  # token index of its last token
    role: str  # "name", "unknown", "anaphor", "landmark", "capital" (key: the country's ISO code or "")
    article: bool = True
    cue: str = ""
    cue_kind: str = ""
    cue_range: tuple[int, int] | None = None
    plural: bool = False
    qualifier: str = ""
    near: bool = False
    direction: str = ""
    landmark_kind: str = ""
    container: int | None = None
    #: the container is the administrative unit the name is said to belong to ("التابعة لمنطقة X")
    belongs: bool = False
    antecedent: int | None = None
    coordinated: bool = False
    #: clitic prefix of the mention's first word (the cue's when there is one): "ب" marks containment
    head_prefix: str = ""
    #: inside parentheses: an aside ("الحي المجاور له (حي X)"), not what later anaphors refer to
    aside: bool = False
    #: "طريق دمشق - السويداء": "start" for the town the road is named from, "end" for the town it leads to
    road: str = ""
    #: the word after the name marks another village of that name ("الباغوز تحتاني" beside "الباغوز فوقاني")
    variant: bool = False
    #: right after a word of a building ("مجمع واغادوغو", "مستشفى الكويت"): maybe the building's name only
    after_facility: bool = False
    #: the ISO code of the country adjective right after the name ("رفح المصرية"), "" when none
    country: str = ""


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    raw: str
    tokens: list[Token]
    gaz: Gazetteer


def _opens_a_dateline(ctx: _Ctx, name: Found) -> bool:
    """The name is a dateline's town ("الجيزة – قتل أمين شرطة"), or the second place of a roundup's heading
    ("حمص – الخالدية: خرجت مظاهرة"): a place though it is a common word elsewhere."""
    start, end = ctx.tokens[name.first].start, ctx.tokens[name.last].end
    return (name.sentence == 0 and opens_a_dateline(ctx.raw, start, end)) or second_in_a_heading(ctx.raw, start, end)


def _comma_between(ctx: _Ctx, a: int, b: int) -> bool:
    gap = ctx.text[ctx.tokens[a].nend : ctx.tokens[b].nstart]
    return "،" in gap or "," in gap


def _same_sentence(ctx: _Ctx, a: int, b: int) -> bool:
    return 0 <= a < len(ctx.tokens) and 0 <= b < len(ctx.tokens) and ctx.tokens[a].sentence == ctx.tokens[b].sentence


#: punctuation that separates two words of a name
_PUNCT: frozenset[str] = frozenset('،,.;:؛()"')


def _punct_between(ctx: _Ctx, a: int, b: int) -> bool:
    gap = ctx.text[ctx.tokens[a].nend : ctx.tokens[b].nstart]
    return gap != " " and not _PUNCT.isdisjoint(gap)


def _qualifier(ctx: _Ctx, before: int, sentence: int) -> tuple[str, bool]:
    """The qualifier word(s) ending at token ``before`` (e.g. "قرب", "جنوب شرق")."""
    if before < 0 or ctx.tokens[before].sentence != sentence:
        return "", False
    word = ctx.tokens[before].norm
    if word == "من" and before > 0 and ctx.tokens[before - 1].sentence == sentence:
        word_before = ctx.tokens[before - 1].norm
        if cues.strip_clitics(word_before, cues.NEAR_FROM):
            return "قرب", True
        # "إلى الشمال من X"، "في الجنوب الغربي من X": a direction of X, like "شمال X"
        noun = cues.strip_clitics(word_before, cues.DIRECTION_NOUNS)
        if noun and not noun[0].endswith(("ال", "لل")):
            return noun[1], True
        if word_before in cues.DIRECTIONS_POST and before > 1 and ctx.tokens[before - 2].sentence == sentence:
            noun = cues.strip_clitics(ctx.tokens[before - 2].norm, cues.DIRECTION_NOUNS)
            if noun and not noun[0].endswith(("ال", "لل")):
                return f"{noun[1]} {word_before}", True
    hit = cues.strip_clitics(word, cues.QUALIFIERS)
    if not hit:
        return "", False
    stem = hit[1]
    if stem in cues.DIRECTIONS_PRE and before > 0 and ctx.tokens[before - 1].sentence == sentence:
        prev = cues.strip_clitics(ctx.tokens[before - 1].norm, cues.DIRECTION_WORDS)
        if prev:
            return f"{prev[1]} {stem}", True
    return stem, True


def _cue_at(ctx: _Ctx, i: int) -> tuple[str, cues.Cue] | None:
    """(prefix, cue) when token ``i`` is a cue word without the article."""
    if i < 0:
        return None
    hit = cues.strip_clitics(ctx.tokens[i].norm, cues.CUES)
    if not hit or hit[0].endswith("ال") or hit[0].endswith("لل"):
        return None
    return hit[0], cues.CUES[hit[1]]


def _direction_after(ctx: _Ctx, j: int, sentence: int) -> tuple[str, int]:
    """Direction adjective(s) at token ``j`` ("الشرقي", "الشمالي الشرقي") and the last token used."""
    if j >= len(ctx.tokens) or ctx.tokens[j].sentence != sentence:
        return "", j - 1
    d = cues.DIRECTIONS_POST.get(ctx.tokens[j].norm)
    if not d or _punct_between(ctx, j - 1, j):
        return "", j - 1
    nxt = j + 1
    if nxt < len(ctx.tokens) and ctx.tokens[nxt].sentence == sentence and not _punct_between(ctx, j, nxt):
        second = cues.DIRECTIONS_POST.get(ctx.tokens[nxt].norm)
        if second:
            # "الشمالي الشرقي": the north-east; "الشمالي الجنوبي" is no compound: keep the first
            return cues.compound_direction(d, second) or d, nxt
    return d, j


def _words(ctx: _Ctx, first: int, last: int) -> str:
    return " ".join(t.norm for t in ctx.tokens[first : last + 1])


def find_mentions(view: NormalizedText, tokens: list[Token], gaz: Gazetteer, outlet: str = "") -> list[Found]:
    ctx = _Ctx(view.text, view.raw, tokens, gaz)
    if not tokens:
        return []
    # the tokens' view offsets (they are the view's \w+ words), looked up by bisection: a name match
    # asks about two of them, where a dict of every token's offsets costs more to build than all asking
    starts, ends, _ = word_edges(view.text)
    if len(starts) != len(tokens):
        raise ValueError("the tokens are not the words of the view")
    excluded = Ranges(
        excluded_ranges(view, gaz, outlet)
        + sponsor_ranges(view, tokens)
        + speaker_ranges(view, tokens)
        + seat_ranges(view, tokens)
    )

    # 1. every gazetteer name, with the article flag of its clitic prefix
    names: dict[int, Found] = {}
    covered: set[int] = set()
    for m in gaz.find(view.text):
        _add_match(ctx, m, starts, ends, excluded, names, covered)

    found: list[Found] = []
    consumed: set[int] = set()
    # the tokens that may start a cue, anaphor or landmark phrase: most tokens are neither that nor a
    # name, and are passed over by two set look-ups
    forms = set(words_in(view.text, gaz.token_forms))
    i = 0
    n = len(tokens)
    while i < n:
        if i not in names and i not in forms:
            i += 1
            continue
        name = names.get(i)
        if name is not None and name.key in cues.ANAPHORS:
            name = None  # "في ريف المدينة": the city told before, not Medina (nor Basra's al-Madinah) after a cue
        if name is not None and i not in consumed:
            nxt = _add_name(ctx, name, names, found, consumed)
            shorter = None if nxt is not None else _shorter(ctx, name, starts, ends, excluded)
            if shorter is not None:
                # "درعا الجديدة" as a village needing a cue, but "درعا" counts on its own
                names[i] = shorter
                nxt = _add_name(ctx, shorter, names, found, consumed)
                name = shorter if nxt is not None else name
            if nxt is not None:
                i = nxt
                continue
            _inner_names(ctx, name, starts, ends, excluded, names, covered)
        if i in consumed or (i in covered and i not in names) or i not in forms:
            i += 1
            continue
        anaphor = _anaphor(ctx, i, names)
        if anaphor is not None:
            found.append(anaphor)
            i += 1
            continue
        landmark = _landmark(ctx, i, names, covered)
        if landmark is not None:
            found.append(landmark)
            consumed.update(range(landmark.first, landmark.last + 1))
            i = landmark.last + 1
            continue
        unknown = _unknown_after_cue(ctx, i, names, covered)
        if unknown:
            found.extend(unknown)
            for u in unknown:
                consumed.update(range(u.first, u.last + 1))
            i = unknown[-1].last + 1
            continue
        i += 1
    found.extend(_capitals(ctx, names, consumed, excluded))
    found.sort(key=lambda f: f.nstart)
    for f in found:
        start = f.cue_range[0] if f.cue_range else f.nstart
        f.aside = view.text[max(0, start - 2) : start].strip().endswith("(")
    _containers(ctx, found)
    return found


def _add_match(
    ctx: _Ctx,
    m: Match[str],
    starts: list[int],
    ends: list[int],
    excluded: Ranges,
    names: dict[int, Found],
    covered: set[int],
) -> None:
    """Record a gazetteer match as a candidate name, with the article flag of its clitic prefix."""
    if excluded.meets(m.nstart, m.nend):
        return
    tokens = ctx.tokens
    first, last = _index(starts, m.token_start), _index(ends, m.nend)
    if first is None or last is None or tokens[first].sentence != tokens[last].sentence or first in names:
        return
    if not _may_be_a_name(ctx, m, tokens[last]) or _after_a_compound_head(ctx, m, first):
        return
    term = m.payloads[0] if m.payloads else m.term  # the gazetteer key (the matcher may add variants)
    after_lam = term != m.term  # "للرقة": ل + the article's lam, matched as a variant of "الرقه"
    article = after_lam or m.prefix.endswith("ال") or m.prefix.endswith("لل")
    entries = ctx.gaz.keys.get(term, ())
    if not entries or (not article and all(needs for _, needs in entries)):  # no entry takes this form
        return
    nstart, key = m.nstart, term
    if article and not after_lam and any(needs for _, needs in entries) and not term.startswith("ال"):
        nstart -= 2 if m.prefix.endswith("ال") else 1  # the article belongs to the name's span
        key = "ال" + term
    names[first] = Found(
        nstart, m.nend, key, tokens[first].sentence, first, last, "name", article, head_prefix=m.prefix
    )
    covered.update(range(first, last + 1))


def _after_a_compound_head(ctx: _Ctx, m: Match[str], first: int) -> bool:
    """A name with no clitic right after a compound head ("أبو صيدا", "كفر حمص"): the two are one name the
    gazetteer does not know, not the known place."""
    if m.prefix or first == 0:
        return False
    before = ctx.tokens[first - 1]
    return (
        before.sentence == ctx.tokens[first].sentence
        and before.norm in cues.COMPOUND_HEADS
        and not _punct_between(ctx, first - 1, first)
    )


def _index(offsets: list[int], offset: int) -> int | None:
    """The index of ``offset`` in the increasing ``offsets``, if it is one of them."""
    i = bisect_left(offsets, offset)
    return i if i < len(offsets) and offsets[i] == offset else None


#: nunation marks: a word carrying one is a common noun or adverb ("دوماً" always, "درعاً" a shield)
_TANWEEN = re.compile("[\u064b\u064c\u064d]")


def _may_be_a_name(ctx: _Ctx, m: Match[str], last: Token) -> bool:
    """Clitics and marks that a place name does not take: the future "س" ("سنوي"), the simile "ك"
    ("كسرت"), and nunation."""
    if m.prefix.lstrip("وف").startswith(("س", "ك")):
        return False
    return _TANWEEN.search(ctx.raw, last.start, last.end) is None  # no slice, no string per character


def _next_word(ctx: _Ctx, name: Found) -> str:
    """The normalised word right after the name in its sentence ("" at its end)."""
    nxt = name.last + 1
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].sentence != name.sentence:
        return ""
    return ctx.tokens[nxt].norm


def _reads_as_verb(ctx: _Ctx, name: Found, after: str) -> bool:
    """A name that is also a present-tense verb ("وهي تدمر المباني", "وتقتل 12 إرهابياً وتدمر عجلتين") reads as
    the verb when nothing before it makes it a place (a clitic preposition, a stop word such as "على", a
    relation such as "قرب") and its object follows: a word that is no stop word, direction, cue, relation,
    adjective or country word."""
    tokens = ctx.tokens
    gap = ctx.text[tokens[name.last].nend : tokens[name.last + 1].nstart] if after else ""
    if name.head_prefix.lstrip("و") or not after or gap.strip():
        return False  # "بتدمر", "تدمر،", "طريق تدمر – حمص"
    if name.first > 0 and _same_sentence(ctx, name.first - 1, name.first):
        before = tokens[name.first - 1].norm
        if before in cues.STOP or before in cues.ROADS or cues.strip_clitics(before, cues.RELATIONS):
            return False
    if after in cues.STOP or after.startswith("و") or after in cues.DIRECTIONS_POST or after in cues.ADJECTIVES:
        return False
    if after in ctx.gaz.country_words or after in ctx.gaz.common:
        return False
    return not any(cues.strip_clitics(after, vocab) for vocab in (cues.RELATIONS, cues.CUES, cues.QUALIFIERS))


def _dual_cue_before(ctx: _Ctx, first: int) -> bool:
    """Whether a dual cue ("قريتي", "بلدتي") comes before token ``first`` in the text."""
    for tok in ctx.tokens[:first]:
        hit = cues.strip_clitics(tok.norm, cues.CUES)
        if hit and cues.CUES[hit[1]].plural and _dual_cue(hit[1]):
            return True
    return False


def _dual_cue(word: str) -> bool:
    """A cue in the dual: "قريتي" (genitive or accusative), "مدينتا" (nominative)."""
    return word.endswith(("ي", "تا"))


def _listed_after_a_place(ctx: _Ctx, name: Found, out: list[Found]) -> bool:
    """The name is joined by "و" right after a place just named ("غارات على برج البراجنة والليلكي"): a list of
    places, which the cue (or the bare name) of the first serves (not a common word: "في حمص والمناطق")."""
    return (
        bool(out)
        and out[-1].last == name.first - 1
        and name.head_prefix == "و"
        and name.key not in ctx.gaz.common
        and not _punct_between(ctx, name.first - 1, name.first)
    )


def _continues(ctx: _Ctx, name: Found) -> bool:
    """A one-word match on the first word of a longer name ("عين" of "بلدة عين علق"): not this place."""
    if name.first != name.last or name.key.removeprefix("ال") not in cues.NAME_HEADS:
        return False
    if name.key.startswith("ال") and name.key not in cues.NAME_HEADS:
        return False  # "الباب": a head of a construct ("باب X") never takes the article
    nxt = name.last + 1
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].sentence != name.sentence or _punct_between(ctx, name.last, nxt):
        return False
    word = ctx.tokens[nxt].norm
    if word in cues.STOP or word.startswith("و") or word in cues.DIRECTIONS_POST:
        return False
    # "عين بريف حلب"، "باب شرق المدينة": a cue, relation or qualifier follows, not the rest of a name
    return not any(cues.strip_clitics(word, vocab) for vocab in (cues.RELATIONS, cues.CUES, cues.QUALIFIERS))


def _inner_names(
    ctx: _Ctx,
    name: Found,
    starts: list[int],
    ends: list[int],
    excluded: Ranges,
    names: dict[int, Found],
    covered: set[int],
) -> None:
    """A longer name that does not count here may hide a shorter one ("طريق حلب" holds "حلب")."""
    if name.last == name.first:
        return
    start = ctx.tokens[name.first + 1].nstart
    for m in ctx.gaz.matcher.find(ctx.text, start, name.nend):
        _add_match(ctx, m, starts, ends, excluded, names, covered)


def _shorter(
    ctx: _Ctx, name: Found, starts: list[int], ends: list[int], excluded: Ranges
) -> Found | None:
    """The longest shorter gazetteer name at the start of a longer one that does not count here."""
    if name.last == name.first:
        return None
    tokens = ctx.tokens
    start = tokens[name.first].nstart
    for last in range(name.last - 1, name.first - 1, -1):
        found: dict[int, Found] = {}
        for m in ctx.gaz.matcher.find(ctx.text, start, tokens[last].nend):
            _add_match(ctx, m, starts, ends, excluded, found, set())
        hit = found.get(name.first)
        if hit is not None and hit.last == last:
            return hit
    return None


def _add_name(ctx: _Ctx, name: Found, names: dict[int, Found], out: list[Found], consumed: set[int]) -> int | None:
    """Attach cue, qualifier and direction to a gazetteer name, then coordinated names after it.
    Returns the next token index, or None when the name does not count as a place here."""
    tokens = ctx.tokens
    adjacent = _same_sentence(ctx, name.first - 1, name.first) and not _punct_between(ctx, name.first - 1, name.first)
    cue = _cue_at(ctx, name.first - 1) if adjacent else None
    if cue is None and adjacent:
        hit = cues.strip_clitics(tokens[name.first - 1].norm, ctx.gaz.landmark_words)
        # "معبر اليعربية"، "مطار حلب": a landmark word in construct (no article) before a town's name
        if hit and not hit[0].endswith(("ال", "لل")) and ctx.gaz.landmark_words[hit[1]] in PLACE_NAMED:
            cue = (hit[0], cues.Cue(hit[1], "landmark"))
        else:
            building = hit or cues.strip_clitics(tokens[name.first - 1].norm, cues.FACILITY_HEADS)
            name.after_facility = (
                building is not None and not name.head_prefix and not building[0].endswith(("ال", "لل"))
            )
    cue_at = name.first - 1  # the cue's token
    if cue is None and adjacent:
        capital = cues.strip_clitics(tokens[name.first - 1].norm, cues.APPOSITIVES)
        if capital:
            # "بالعاصمة الجزائر", "في العاصمة تونس": the capital named like a city after its cue (a name that
            # is also a country's counts here)
            cue = (capital[0], cues.Cue(capital[1], "city"))
        elif _capital_adjective(tokens[name.first - 1].norm) and _same_sentence(ctx, name.first - 2, name.first):
            # "بالعاصمة الصومالية مقديشو", "بالعاصمة المؤقتة عدن": the capital with its adjective, then the name
            capital = cues.strip_clitics(tokens[name.first - 2].norm, cues.APPOSITIVES)
            if capital and not _punct_between(ctx, name.first - 2, name.first - 1):
                cue = (capital[0], cues.Cue(capital[1], "city"))
                cue_at = name.first - 2
    if cue is not None and name.head_prefix and name.head_prefix != "ال":
        cue = None  # "مدينة لاسا" is not "مدينة" + ل + "اسا": a cue takes the bare name
    before = name.first - 1
    if cue is not None:
        prefix, c = cue
        ctok = tokens[cue_at]
        name.cue, name.cue_kind, name.plural = c.word, c.kind, c.plural
        name.cue_range = (ctok.nstart + len(prefix), ctok.nend)
        name.head_prefix = prefix
        before = cue_at - 1
    head, _, rest = name.key.partition(" ")
    # a name that carries its cue: "قرية النخيل"، "مخيم اليرموك" (not "ريف دمشق", a governorate)
    if not name.cue and rest and head in cues.CUES and cues.CUES[head].kind != "region":
        c = cues.CUES[head]
        name.cue, name.cue_kind, name.cue_range = c.word, c.kind, (name.nstart, name.nstart + len(head))
    # decided before the words around the name are read: most gazetteer hits are common words that count
    # only after a cue ("الي", "خرج", "مدينه"), and a name that does not count is never read again
    if (
        (
            not name.cue
            and name.key not in ctx.gaz.bare_keys
            and not _opens_a_dateline(ctx, name)
            and not _listed_after_a_place(ctx, name, out)
        )
        or name.key in cues.CUES
        or name.key in cues.STOP
    ):
        return None
    if _continues(ctx, name):
        return None
    after = _next_word(ctx, name)
    if not name.cue and after in cues.COMMON_AFTER:
        return None  # "ضد الطبقة السياسية": a common noun with its adjective
    if not name.cue and name.key in cues.VERB_FORMS and _reads_as_verb(ctx, name, after):
        return None  # "الغارات تدمر المنازل": the verb, not Palmyra
    if not name.cue and name.key in cues.DUAL_ANAPHORS and _dual_cue_before(ctx, name.first):
        return None  # "قريتي X وY ... في القريتين": those two villages, not Al-Qaryatayn
    if after.startswith("ال") and after in ctx.gaz.country_words and not _punct_between(ctx, name.last, name.last + 1):
        name.country = ctx.gaz.country_words[after]  # "رفح المصرية", "طرابلس اللبنانية": that country's
    if name.cue in ("مدن", "مناطق", "قري", "بلدات", "محافظات", "ارياف") and name.key in ctx.gaz.common:
        return None  # "مناطق البلاد", "مدن العراق": the cities of a country, not a place called so
    if before >= 0 and before == name.first - 1 and tokens[before].norm in cues.APPOSITIVES:
        before -= 1  # "شمالي العاصمة بغداد": the direction is of the name
    name.qualifier, name.near = _qualifier(ctx, before, name.sentence)
    name.direction, last = _direction_after(ctx, name.last + 1, name.sentence)
    if name.direction and not name.qualifier:
        name.qualifier = _words(ctx, name.last + 1, last)  # "الشرقي", "الشمالي الشرقي"
    _mark_road(ctx, name, out)
    nxt_word = name.last + 1
    if nxt_word < len(tokens) and _same_sentence(ctx, name.last, nxt_word) and tokens[nxt_word].norm in cues.VARIANTS:
        name.variant = True
    out.append(name)
    consumed.update(range(name.first, name.last + 1))
    nxt = last + 1
    if not name.plural:
        return nxt
    dual = _dual_cue(name.cue)  # حيي، بلدتي، مدينتا: exactly two
    while nxt < len(tokens) and tokens[nxt].sentence == name.sentence:
        tok = tokens[nxt]
        item = names.get(nxt)
        conj = (item.nstart > tok.nstart and ctx.text[tok.nstart] == "و") if item else tok.norm.startswith("و")
        if not conj and not _comma_between(ctx, nxt - 1, nxt):
            break
        if item is None:
            stem = tok.norm[1:] if tok.norm.startswith("و") else tok.norm
            if not stem.startswith("ال") or stem in cues.STOP or stem in cues.ANAPHORS or len(stem) < 4:
                break
            item = Found(tok.nstart + (len(tok.norm) - len(stem)), tok.nend, stem, name.sentence, nxt, nxt, "unknown")
        _listed_under(name, item)
        item.direction, last = _direction_after(ctx, item.last + 1, item.sentence)
        if item.direction:
            item.qualifier = _words(ctx, item.last + 1, last)
        out.append(item)
        consumed.update(range(item.first, item.last + 1))
        nxt = last + 1
        if dual:
            break
    return nxt


def _capitals(ctx: _Ctx, names: dict[int, Found], consumed: set[int], excluded: Ranges) -> list[Found]:
    """ "تظاهر الآلاف بالعاصمة", "في العاصمة السودانية": the word for a capital with the article, alone or
    with a country's adjective, is a capital: of that country (the key is its ISO code), else of the
    country the text is about (key ""), which the resolver knows. Before a name ("العاصمة دمشق") the name
    is the place; before another adjective ("العاصمة المؤقتة عدن", "العاصمة الإدارية") or after "ريف" it
    is none."""
    out: list[Found] = []
    tokens = ctx.tokens
    gaz = ctx.gaz
    for i in words_in(ctx.text, gaz.capital_forms):
        tok = tokens[i]
        prefix = gaz.capital_forms[tok.norm][0]
        if i in consumed or i in names or excluded.meets(tok.nstart, tok.nend):
            continue
        before = tokens[i - 1].norm if i > 0 and tokens[i - 1].sentence == tok.sentence else ""
        if before.lstrip("وف") in cues.NOT_CAPITAL_AFTER:
            continue
        key, last = "", i
        nxt = i + 1
        if nxt < len(tokens) and tokens[nxt].sentence == tok.sentence and not _punct_between(ctx, i, nxt):
            word = tokens[nxt].norm
            if nxt in names or word in cues.NOT_ANAPHOR_AFTER:
                continue
            if word in gaz.country_words:
                key, last = gaz.country_words[word], nxt
            elif _capital_adjective(word):
                continue
        start = tok.nstart + len(prefix)
        out.append(Found(start, tokens[last].nend, key, tok.sentence, i, last, "capital", head_prefix=prefix))
    return out


def _anaphor(ctx: _Ctx, i: int, names: dict[int, Found]) -> Found | None:
    tok = ctx.tokens[i]
    hit = cues.strip_clitics(tok.norm, cues.ANAPHORS)
    if not hit or hit[0].endswith("ال") or hit[0].endswith("لل"):
        return None
    if i > 0 and ctx.tokens[i - 1].sentence == tok.sentence and ctx.tokens[i - 1].norm in cues.NOT_ANAPHOR_BEFORE:
        return None  # "أطلقت قوات الأمن الرصاص الحي": live ammunition, no neighbourhood
    nxt = i + 1
    if nxt < len(ctx.tokens) and ctx.tokens[nxt].sentence == tok.sentence and not _punct_between(ctx, i, nxt):
        word = ctx.tokens[nxt].norm
        starts_name = nxt in names and names[nxt].key in ctx.gaz.bare_keys
        if starts_name or word in cues.NOT_ANAPHOR_AFTER or (word.startswith("ال") and len(word) > 3):
            return None
    start = tok.nstart + len(hit[0])
    kind = cues.ANAPHORS[hit[1]]
    return Found(
        start,
        tok.nend,
        hit[1],
        tok.sentence,
        i,
        i,
        "anaphor",
        cue=hit[1][2:],
        cue_kind=kind,
        head_prefix=hit[0],
    )


def _strong(ctx: _Ctx, names: dict[int, Found], j: int) -> bool:
    """Token ``j`` starts a gazetteer name that counts without a cue."""
    found = names.get(j)
    return found is not None and found.key in ctx.gaz.bare_keys


def _name_tokens(ctx: _Ctx, start: int, names: dict[int, Found], covered: set[int], limit: int) -> int:
    """Index of the last token of a name starting at ``start`` (``start - 1`` when there is none)."""
    tokens = ctx.tokens
    last = start - 1
    for j in range(start, min(start + limit, len(tokens))):
        tok = tokens[j]
        if tok.sentence != tokens[start].sentence or _strong(ctx, names, j):
            break
        if j > start and (tok.norm.startswith("و") or _punct_between(ctx, j - 1, j)):
            break
        if tok.norm in cues.STOP or tok.norm.isdigit() or _cue_at(ctx, j) or tok.norm in cues.ADJECTIVES:
            break
        if j > start and tok.norm in cues.QUALIFIERS:
            break  # "دوار العلم غرب مدينة رفح": where the place named is, not more of its name
        last = j
    return last


def _landmark(ctx: _Ctx, i: int, names: dict[int, Found], covered: set[int]) -> Found | None:
    kinds = ctx.gaz.landmark_words
    tok = ctx.tokens[i]
    hit = cues.strip_clitics(tok.norm, kinds)
    if not hit:
        return None
    prefix, stem = hit
    article = ""
    if prefix.endswith("ال"):
        article = "ال"
    nxt = i + 1
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].sentence != tok.sentence or _strong(ctx, names, nxt):
        return None
    if nxt in names and kinds[stem] in PLACE_NAMED:
        return None  # "معبر اليعربية": the town's name follows; see _add_name
    if _punct_between(ctx, i, nxt):
        return None
    following = ctx.tokens[nxt].norm
    if following.startswith("ل") and not following.startswith("ال"):
        return None  # "حاجز لقوات النظام": whose checkpoint it is, not its name
    last = _name_tokens(ctx, nxt, names, covered, 3)
    if article:
        # "المستشفى الوطني": what describes a definite landmark agrees with it, so it is definite too;
        # "الجسر أراد استهداف رمز" names nothing
        definite = nxt
        while definite <= last and ctx.tokens[definite].norm.startswith("ال"):
            definite += 1
        last = definite - 1
    if last < nxt or (last == nxt and not ctx.tokens[nxt].norm.startswith("ال")):
        return None  # one word without the article is rarely a name ("معمل يضم")
    start = tok.nstart + len(prefix) - len(article)
    end = ctx.tokens[last].nend
    key = ctx.text[start:end]
    return Found(start, end, key, tok.sentence, i, last, "landmark", landmark_kind=kinds[stem], head_prefix=prefix)


#: first letters that make a bare word after "منطقة" a clitic form or a verb rather than a name
_NOT_A_BARE_NAME_START = ("ال", "و", "ي", "ت")


def _area_name(word: str) -> bool:
    """After "منطقة" without the article, a name ("منطقة عين زارة", "منطقة بلحاف") rather than the
    adjective that agrees with it ("منطقة عازلة", "منطقة حدودية"): a name head, or a bare word that does
    not end like a feminine or relational adjective."""
    if word in cues.NAME_HEADS:
        return True
    if len(word) < 3 or word.startswith(_NOT_A_BARE_NAME_START) or word.endswith(("ه", "ي", "ات")):
        return False  # also a clitic or a present-tense verb: "ويعلما", "بشرق", "تقع", "تتعرض"
    bare = word.removeprefix("ب")  # "بشرق"
    return not any(w in cues.QUALIFIERS or w in cues.RELATIONS for w in (word, bare))


#: the singular city cue, normalised
_ONE_CITY = "مدينه"


def _unknown_after_cue(ctx: _Ctx, i: int, names: dict[int, Found], covered: set[int]) -> list[Found]:
    cue = _cue_at(ctx, i)
    if cue is None:
        return []
    prefix, c = cue
    nxt = i + 1
    named = c.kind == "area" and nxt < len(ctx.tokens) and _area_name(ctx.tokens[nxt].norm)
    if c.kind not in ("neighbourhood", "city", "town", "village", "camp", "subdistrict") and not named:
        return []
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].sentence != ctx.tokens[i].sentence:
        return []
    if nxt in covered and not (nxt in names and _continues(ctx, names[nxt])):
        return []  # a gazetteer name follows; it is taken with this cue
    if _punct_between(ctx, i, nxt):
        return []
    word = ctx.tokens[nxt].norm
    if word in cues.STOP or word in cues.ADJECTIVES or word.isdigit() or cues.strip_clitics(word, cues.ANAPHORS):
        return []
    if word in cues.QUALIFIERS or word in cues.RELATIONS:
        return []  # "قرية قرب مدينة الجنينة": where the village is, not its name
    if _cue_at(ctx, nxt) is not None or cues.strip_clitics(word, ctx.gaz.landmark_words):
        return []
    # (a town's name after "مدينة" has no article when it is foreign: "مدينة ميرباليه", "مدينة نييري"; not after
    # the plural, "مدن عدة")
    one_city = c.kind == "city" and ctx.tokens[i].norm.endswith(_ONE_CITY)
    if not (word.startswith("ال") or word in cues.NAME_HEADS or named or one_city) and c.kind not in (
        "neighbourhood",
        "village",
        "town",
    ):
        return []
    last = nxt
    if word in cues.NAME_HEADS or word.removeprefix("ال") in cues.NAME_HEADS:
        two = _name_tokens(ctx, nxt, names, covered, 2)
        last = max(last, two)
    ctok = ctx.tokens[i]
    first = Found(
        ctx.tokens[nxt].nstart,
        ctx.tokens[last].nend,
        ctx.text[ctx.tokens[nxt].nstart : ctx.tokens[last].nend],
        ctx.tokens[i].sentence,
        nxt,
        last,
        "unknown",
        cue=c.word,
        cue_kind=c.kind,
        cue_range=(ctok.nstart + len(prefix), ctok.nend),
        plural=c.plural,
        head_prefix=prefix,
    )
    first.qualifier, first.near = _qualifier(ctx, i - 1, first.sentence)
    out = [first]
    if c.plural:
        out.extend(_listed_after_unknown(ctx, first, last + 1, names, covered))
    return out


def _listed_after_unknown(ctx: _Ctx, first: Found, nxt: int, names: dict[int, Found], covered: set[int]) -> list[Found]:
    """The names listed after an unknown first one under a plural cue: "بلدات كنصفرة والبارة وسفوهن" gives
    البارة (known) and سفوهن (unknown) too. A bare word joined by و counts only where a list can end after
    it (a comma, "و", a relation such as "في", the sentence's end): "قرى كنصفرة وقصفت" lists nothing."""
    tokens = ctx.tokens
    dual = first.cue.endswith("ي")  # بلدتي، قريتي: exactly two
    out: list[Found] = []
    while nxt < len(tokens) and tokens[nxt].sentence == first.sentence:
        tok = tokens[nxt]
        known = names.get(nxt)
        joined = (known.nstart > tok.nstart and ctx.text[tok.nstart] == "و") if known else tok.norm.startswith("و")
        if not joined and not _comma_between(ctx, nxt - 1, nxt):
            break
        if known is not None:
            item = known
        else:
            stem = tok.norm[1:] if tok.norm.startswith("و") else tok.norm
            if nxt in covered or stem in cues.STOP or len(stem) < 3 or stem in cues.QUALIFIERS:
                break
            bare_ok = first.cue_kind in ("village", "town", "neighbourhood") and _list_may_end(ctx, nxt)
            if not (stem.startswith("ال") and len(stem) >= 4) and not bare_ok:
                break
            start = tok.nstart + (len(tok.norm) - len(stem))
            item = Found(start, tok.nend, stem, first.sentence, nxt, nxt, "unknown")
        _listed_under(first, item)
        out.append(item)
        nxt = item.last + 1
        if dual:
            break
    return out


def _listed_under(head: Found, item: Found) -> None:
    """``item`` is listed after ``head`` under its plural cue ("بلدتي X وY"): it takes the cue, and ends the
    road ``head`` starts ("الطريق الواصل بين مدينتي درعا وطفس")."""
    item.cue, item.cue_kind, item.cue_range, item.plural = head.cue, head.cue_kind, head.cue_range, True
    item.coordinated = True
    if head.road == "start":
        item.road = "end"


def _list_may_end(ctx: _Ctx, i: int) -> bool:
    """After token ``i`` a list of names may end or go on: punctuation, "و", a relation word, the end."""
    tokens = ctx.tokens
    nxt = i + 1
    if nxt >= len(tokens) or tokens[nxt].sentence != tokens[i].sentence or _punct_between(ctx, i, nxt):
        return True
    word = tokens[nxt].norm
    return word.startswith("و") or word in cues.RELATIONS or word in cues.QUALIFIERS


def _containers(ctx: _Ctx, found: list[Found]) -> None:
    """Link a mention to the next one when the words between say it contains the first."""
    tokens = ctx.tokens
    for a, fa in enumerate(found):
        if fa.role == "anaphor":
            continue
        end = fa.last
        if fa.direction:
            end += 1
        for b in range(a + 1, min(a + 3, len(found))):
            fb = found[b]
            if fb.sentence != fa.sentence or (fb.coordinated and fb.cue_range == fa.cue_range):
                continue
            start_tok = fb.first - 1 if fb.cue_range else fb.first
            # (the cue before an adjective: "بالعاصمة المؤقتة عدن")
            while fb.cue_range and start_tok > end + 1 and tokens[start_tok].nstart > fb.cue_range[0]:
                start_tok -= 1
            # (a variant word after the first name is still its name: "بلدة معدان عتيق بريف الرقة")
            gap = [t for t in tokens[end + 1 : start_tok] if t.norm not in cues.VARIANTS]
            if len(gap) > 3:
                break
            coordinated = fb.head_prefix.startswith(("و", "ف"))  # "X وبريف Y": and, not in
            # "بريف إدلب", "بلدة برج الملوك قضاء مرجعيون": a unit right after a name holds it
            by_prefix = fb.head_prefix.startswith("ب") or fb.cue_kind in (
                "region",
                "desert",
                "district",
                "subdistrict",
                "governorate",
            )
            # (an adjective of the first name before the relation: "حي الروضة السكني وسط مدينة مأرب", or before
            # the container's "ب": "حي الروضة السكني بمدينة مأرب")
            while (len(gap) > 1 or by_prefix) and gap and gap[0].norm.removeprefix("ال") in cues.ADJECTIVES:
                gap = gap[1:]
            stems = []
            for t in gap:
                hit = cues.strip_clitics(t.norm, cues.RELATIONS)
                stems.append(hit[1] if hit and not hit[0].startswith(("و", "ف")) else "")
            if (gap and all(stems)) or (not gap and not coordinated and by_prefix):
                fa.container = b
                fa.belongs = any(stem in cues.BELONGING for stem in stems)
            break
