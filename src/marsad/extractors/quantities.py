"""Numbers, vague quantities and casualty figures: :class:`~marsad.model.QuantityMention` records.

What is read (in :mod:`marsad.extractors.number_expressions`; word lists in ``data/ar/numbers.yaml``, see
:mod:`marsad.lang.numbers`):

* digits ("20"، "1,200"، "1.200"، "1.5 مليون"; Arabic-Indic digits arrive as ASCII in the view),
* number words and compounds ("خمسة وعشرين"، "ثلاثة آلاف"، "مئتين وخمسين"، "ألفي"),
* vague words with their ACLED figure ("العشرات" 12، "المئات" 100، "عدد من" 3 ...; ``vague=True``),
* duals of people and casualty nouns ("قتيلين"، "جنديين" = 2) and a singular after a casualty word
  ("مقتل جندي" = 1), an indefinite singular casualty noun ("سقوط قتيل" = 1),
* ranges ("بين 10 و15"، "10 إلى 15"، "10-15") as their lowest figure, approximators ("نحو"،
  "أكثر من" ...; ``approximate=True``, the figure kept as written: "أكثر من 20" is 20).

``counted`` is one of ``killed``, ``injured``, ``killed_or_injured``, ``arrested``, ``abducted``,
``displaced``, ``people`` or ``""``: a casualty noun after the number decides ("7 قتلى"); else the
nearest casualty word before it in the clause ("مقتل 5 أشخاص"، "قتل ثلاثة جنود"); else a casualty word
after the counted noun ("5 أشخاص لقوا حتفهم"); else ``people`` when a people noun is counted. Two
casualty words joined by و ("مقتل وإصابة") give ``killed_or_injured``.

Numbers that are not counts yield nothing: years, dates, times, ages, percentages, money, distances,
labels ("الطريق رقم 4"، "الفرقة 17"). Vague words yield a mention only when what they count is known.

``span`` is the raw span of the quantity expression: approximator, number and the counted noun right
after it ("نحو 20 شخصا"، "العشرات من عناصر"، "بين 10 و15 شخصا"); for an implicit 1 it also covers the
casualty word ("مقتل جندي").

Breakdowns. "مقتل 10 مدنيين بينهم 4 أطفال": the 4 is part of the 10, not another 4 dead.
:func:`analyse_quantities` returns every :class:`Quantity`, breakdowns with ``part_of`` set to the index
of the quantity they detail (its ``counted`` copied from it); :func:`find_quantities` and
:class:`QuantityStage` return only the quantities that are not breakdowns, so fatalities can be summed.
A :class:`Quantity` also carries the people ``group`` of the counted noun ("civilian", "child" ...), the
``rule`` that read the figure and the approximator's ``bound`` ("about", "at_least", "at_most").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.extractors.number_expressions import (
    BACK_WINDOW,
    KILLED_OR_INJURED,
    WITH_RANK,
    Compiled,
    Expr,
    NumberDoc,
    NumberSentence,
    combine,
    compiled,
    has_wa,
)
from marsad.extractors.quoted_names import quoted_names
from marsad.lang.cues import load_cues
from marsad.lang.numbers import CasualtyRole, Entry, MarkerKind, NumberWords, PeopleNoun, load_numbers
from marsad.model.document import Document, Sentence, Token
from marsad.model.mentions import QuantityMention, QuantityPart
from marsad.model.span import Span
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import NormalizedText
from marsad.text.segment import unbroken

__all__ = ["Quantity", "QuantityStage", "analyse_quantities", "find_quantities"]

#: how many tokens may separate a casualty word after a count from the count it classifies
_FWD_WINDOW = 3
#: the most tokens a casualty word and its count may stand apart when dates and names are between
_MAX_TRANSPARENT_GAP = 9
#: what a noun of held or displaced people counts ("معتقلين", "رهائن", "النازحين") ...
_HELD = frozenset({"arrested", "abducted", "displaced"})
#: ... unless a killing or injury word before it says what happened to them
_HARMED = frozenset({"killed", "injured", KILLED_OR_INJURED})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity with what the extractor knows beyond :class:`QuantityMention`."""

    mention: QuantityMention
    #: people group of the counted noun ("civilian", "child", "soldier" ...), "" when none
    group: str = ""
    #: how the figure was read: digits, words, vague, dual, singular, range
    rule: str = ""
    #: for a breakdown ("بينهم 4 أطفال"): index in the same list of the quantity it details
    part_of: int | None = None
    #: for an approximate figure, the approximator's kind: "about" (نحو), "at_least" (أكثر من، ما لا
    #: يقل عن) or "at_most" (أقل من); the figure is the one written either way
    bound: str = ""


# --- classification ---------------------------------------------------------------------------------


def _backward_cue(ss: NumberSentence, e: Expr, floor: int) -> tuple[str, int] | None:
    """The nearest casualty word before the expression in its clause: (counted, token)."""
    d = ss.d
    k = e.start - 1
    while k >= floor and k >= ss.lo and (ss.same_clause(k, e.start) or _over_an_aside(ss, k, e.start)):
        s = ss.match_start(k)
        if d.match[s] is not None and d.last[s] >= k:
            if _gap(ss, d.last[s], e.start) > BACK_WINDOW:
                return None
            w = ss.casualty(s, CasualtyRole.TRIGGER) or ss.casualty(s, CasualtyRole.NOUN)
            if w is not None:
                counted = w.counted
                # "مقتل وإصابة"، "قتلى وجرحى" spelt as two entries
                p = s - 1
                if p >= floor and p >= ss.lo and d.prefix(s).startswith("و") and d.adjacent(p, s):
                    ps = ss.match_start(p)
                    o = ss.casualty(ps, CasualtyRole.TRIGGER) or ss.casualty(ps, CasualtyRole.NOUN)
                    if o is not None and o.counted != counted and not _ends_clause(ss, ps, floor):
                        counted = combine(o.counted, counted)
                return counted, s
            k = s - 1
        else:
            k -= 1
        if _gap(ss, k, e.start) > BACK_WINDOW:
            return None
    return None


def _over_an_aside(ss: NumberSentence, k: int, j: int) -> bool:
    """Token ``k`` is in the clause before ``j``'s, or in an aside between them, and the aside holds only
    what does not count as distance, a date: "قتلت قوات النظام، اليوم الأحد، خمسة مدنيين"."""
    transparent = ss.d.transparent
    if not transparent:
        return False
    # (asked only past ``j``'s clause: ``k`` is then in the aside itself, or the aside lies between them)
    between = [i for i in range(k + 1, j) if not ss.same_clause(i, j) and not ss.same_clause(i, k)]
    return (k in transparent or bool(between)) and all(i in transparent for i in between)


def _gap(ss: NumberSentence, a: int, b: int) -> int:
    """The tokens strictly between ``a`` and ``b`` that count as distance: dates and actor names do
    not, up to :data:`_MAX_TRANSPARENT_GAP` tokens in all."""
    raw = b - a - 1
    transparent = ss.d.transparent
    if not transparent or raw <= 0 or raw > _MAX_TRANSPARENT_GAP:
        return raw
    return sum(1 for i in range(a + 1, b) if i not in transparent)


def _ends_clause(ss: NumberSentence, ps: int, floor: int) -> bool:
    """Whether the casualty word at ``ps`` closes what comes before it rather than opening a pair.

    In "سبعة أشخاص قتلوا وأصيب 20" and "شخصا قتل وأصيب ثلاثة" the first verb belongs to the
    subject before it, so the count after the second verb is injured, not killed-or-injured.
    """
    if ps - 1 >= ss.lo and ss.noun_at(ps - 1) is not None:
        return True
    return floor > ss.lo and ps - floor <= _FWD_WINDOW and ss.casualty(ps, CasualtyRole.POST) is not None


def _forward_cue(ss: NumberSentence, e: Expr, ceiling: int) -> str:
    """A casualty word after the counted noun: "5 أشخاص لقوا حتفهم"، "20 شخصا بين قتيل وجريح"; over an
    aside that breaks the count down ("17 شخصاً على الأقل، معظمهم من النساء والأطفال، قُتلوا")."""
    k = e.end
    anchor = e.start  # the clause the casualty word must be in
    limit = min(ceiling, ss.hi, e.end + _FWD_WINDOW + 1)
    while k < limit:
        if not ss.same_clause(k, anchor):
            if anchor != e.start or not ss.marker(k, MarkerKind.BREAKDOWN):
                break
            aside = k
            while k < ss.hi and ss.same_clause(k, aside):
                k += 1
            if k >= ss.hi:
                break
            anchor = k
            limit = min(ceiling, ss.hi, k + _FWD_WINDOW)
            continue
        w = ss.casualty(k, CasualtyRole.POST)
        if w is not None:
            return w.counted
        k = ss.d.last[k] + 1
    return ""


def _breakdown_marker(ss: NumberSentence, e: Expr) -> int | None:
    """Token of a breakdown marker ("بينهم"، "من بينهم"، "منهم") right before the expression."""
    if e.start <= ss.lo:
        return None
    s = ss.match_start(e.start - 1)
    if ss.d.last[s] == e.start - 1 and ss.marker(s, MarkerKind.BREAKDOWN):
        return s
    return None


def analyse_quantities(
    view: NormalizedText,
    sentences: Sequence[Sentence],
    words: NumberWords | None = None,
    tokens: Sequence[Token] | None = None,
    transparent: frozenset[int] = frozenset(),
) -> list[Quantity]:
    """Every quantity of the text in order, breakdowns included (see the module doc).

    ``tokens`` are the view's tokens, which ``transparent`` indexes (dates and names, see :class:`NumberDoc`);
    without them no token is transparent. The words themselves are read from the view."""
    comp = compiled(words if words is not None else load_numbers())
    return _analyse(view, sentences, comp, tokens, transparent)


def _analyse(
    view: NormalizedText,
    sentences: Sequence[Sentence],
    comp: Compiled,
    tokens: Sequence[Token] | None,
    transparent: frozenset[int] = frozenset(),
) -> list[Quantity]:
    """:func:`analyse_quantities` with the lexicon compiled."""
    d = NumberDoc(view, comp, transparent if tokens is not None else frozenset())
    out: list[Quantity] = []
    for si, sent in enumerate(sentences):
        lo = bisect_right(d.starts, sent.nstart - 1)
        hi = bisect_right(d.starts, sent.nend - 1)
        if lo >= hi:
            continue
        ss = NumberSentence(d, sent, si, lo, hi)
        prev_end = lo
        last_main: int | None = None  # index in `out` of the latest non-breakdown of this sentence
        last_main_end = lo
        prev: Quantity | None = None
        chain: list[tuple[Quantity, Expr, str, int]] = []  # (quantity, expr, how, prev_end)
        for e in ss.run():
            found = _classify(ss, e, prev_end, prev, last_main, last_main_end, out)
            pe = prev_end
            if found is None:
                if not all(i in d.transparent for i in range(e.start, e.end)):
                    # (a figure of a date is no count: "قتل يوم الأحد 7 آب 2016 ثلاثة من مقاتليها" reaches back
                    # over it to its verb)
                    prev_end = e.end
                prev = None
                continue
            prev_end = e.end
            q, how = found
            out.append(q)
            prev = q
            chain.append((q, e, how, pe))
            if q.part_of is None:
                last_main = len(out) - 1
                last_main_end = e.end
        _share_backwards(ss, chain)
        _share_over_breakdowns(ss, chain)
    return out


def _share_over_breakdowns(ss: NumberSentence, chain: list[tuple[Quantity, Expr, str, int]]) -> None:
    """ "ستة أشخاص، بينهم خمسة طلاب، قتلوا": a casualty word right after a figure's breakdown counts the
    figure (and its parts), as it would with no breakdown between them."""
    for k, (q, _, _, _) in enumerate(chain):
        if q.part_of is not None or q.mention.counted not in ("", "people"):
            continue
        parts = []
        for p, pe, _, _ in chain[k + 1 :]:
            if p.part_of is None:
                break
            parts.append((p, pe))
        if not parts:
            continue
        end = parts[-1][1].end
        for i in range(end, min(ss.hi, end + _FWD_WINDOW + 1)):
            w = ss.casualty(i, CasualtyRole.POST)
            if w is not None:
                for x in (q, *(p for p, _ in parts)):
                    x.mention.counted = w.counted
                break


def _share_backwards(ss: NumberSentence, chain: list[tuple[Quantity, Expr, str, int]]) -> None:
    """ "أربعة مدنيين وثلاثة حراس قتلوا": a casualty word after a list counts the items before it."""
    for k in range(len(chain) - 1, 0, -1):
        q, e, how, pe = chain[k]
        before = chain[k - 1][0].mention
        if how not in ("fwd", "shared") or q.part_of is not None or chain[k - 1][0].part_of is not None:
            continue
        if before.counted in ("", "people") and _coordinated(ss, pe, e):
            before.counted = q.mention.counted
            chain[k - 1] = (chain[k - 1][0], chain[k - 1][1], "shared", chain[k - 1][3])


def _classify(
    ss: NumberSentence,
    e: Expr,
    prev_end: int,
    prev: Quantity | None,
    last_main: int | None,
    last_main_end: int,
    out: list[Quantity],
) -> tuple[Quantity, str] | None:
    """The quantity for ``e`` and how its ``counted`` was found ("fwd" for a casualty word after it)."""
    d = ss.d
    group = (
        e.noun.group
        if isinstance(e.noun, PeopleNoun)
        else e.group or _group_before_brackets(ss, e) or _group_of_their_pronoun(ss, e)
    )
    span = d.view.raw_span(e.nstart, e.nend)

    part_of: int | None = None
    marker = _breakdown_marker(ss, e) if last_main is not None else None
    # (not after a casualty word of its own: "قتل منهم 5"; one told with the figure before stands further
    # back: "سبعة متظاهرين قتلوا أمس برصاص قوات الأمن، بينهم خمسة في الخرطوم")
    if marker is not None and last_main is not None and not _cue_between(ss, max(last_main_end, marker - 1), marker):
        part_of = last_main  # "مقتل 10 مدنيين بينهم 4 أطفال"
    elif prev is not None and prev.part_of is not None and _next_part(d, prev_end, e.start):
        part_of = prev.part_of  # "بينهم 4 أطفال وامرأتان", "بينهم 17 من مقاتلي الفصائل و24 من قوات النظام"
    if part_of is not None:
        parent = out[part_of].mention
        mention = QuantityMention(span, ss.si, e.value, e.vague, parent.counted, e.approximate, group)
        return Quantity(mention, group, e.rule, part_of, e.bound), "part"

    if e.year_like and e.noun is None:
        return None  # "منذ 2011"، "قتل في 2012 خمسة": a year unless a counted noun follows
    counted = e.noun_counted
    if not counted and e.cue is not None:
        # (or the noun of the death after its subject: "لقي شاب حتفه")
        cue = ss.casualty(e.cue, CasualtyRole.TRIGGER) or ss.casualty(e.cue, CasualtyRole.POST)
        counted = cue.counted if cue is not None else ""
    if not counted:
        back = _backward_cue(ss, e, prev_end)
        if back is not None and not _a_noun_of_its_own(ss, e, back[1]):
            counted = back[0]
    elif counted in _HELD:
        # "أعدمت قوات النظام ثلاثة معتقلين", "قتل التنظيم رهينتين", "استشهاد 8 من النازحين": held or
        # displaced people harmed are casualties
        back = _backward_cue(ss, e, prev_end)
        if back is not None and back[0] in _HARMED and _gap(ss, ss.d.last[back[1]], e.start) == 0:
            counted = back[0]  # right after the verb (or its doer): not "مقتل واحد من الرهائن الـ23"
    how = "cue" if counted else ""
    # (a word of victims before the figure, "وكان آخر الضحايا ثلاثة مدنيين قضوا بانفجار لغم", says less than
    # the death or wound told after it)
    victims_before = counted == KILLED_OR_INJURED and not e.noun_counted
    if counted in ("", "killed", "injured") or victims_before:
        # without a noun only a casualty word right after counts: "أكثر من مئة ألف بين قتيل وجريح"
        fwd = _forward_cue(ss, e, ss.hi if e.noun is not None else e.end + 1)
        if fwd and (not counted or fwd == KILLED_OR_INJURED or victims_before):
            counted = fwd  # "أصيب 20 شخصا بين قتيل وجريح"
            how = "fwd"
    if not counted:
        # "عدد القتلى جراء فض الاعتصام صباح أمس ارتفع إلى 35 شخصاً": the toll its clause opened with
        counted = _toll_reached(ss, e)
    if not counted and prev is not None and _coordinated(ss, prev_end, e) and not _a_noun_of_its_own(ss, e):
        counted = prev.mention.counted if prev.mention.counted != "people" else ""
    if not counted and group == "other" and last_main is not None and _starts_with_wa(d, e.start):
        # "مقتل تسعة مدنيين في جسر الشغور بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل": others joined on in
        # the sentence are more of the dead (or wounded) counted before them
        main = out[last_main].mention.counted
        counted = main if main in _HARMED else ""
    if not counted:
        counted = _harmed_with(ss, e)[0]  # "اغتيل نائب رئيس المكتب السياسي للحركة، مساء أمس، مع ستة آخرين"
    if not counted and isinstance(e.noun, PeopleNoun):
        counted = "people"
    if not counted and e.vague:
        return None  # "عشرات القرى"، "بعض أجزائه"
    if e.weak and not counted:
        return None
    value = e.value + (1 if counted in _HARMED and _with_others(ss, e, prev_end) else 0)
    mention = QuantityMention(span, ss.si, value, e.vague, counted, e.approximate, group)
    return Quantity(mention, group, e.rule, None, e.bound), how


#: verbs (normalised) of a toll reaching a figure: "ارتفع عدد القتلى إلى", "بلغت الحصيلة"
_TOLL_REACHED = frozenset({"ارتفع", "ارتفعت", "بلغ", "بلغت", "وصل", "وصلت"})
#: words (normalised) before such a verb that make the figure a possibility: "قد يكون وصل", "ربما بلغ"
_MAYBE = frozenset({"قد", "يكون", "تكون", "ربما"})


def _toll_reached(ss: NumberSentence, e: Expr) -> str:
    """A figure right after a toll verb and "إلى", in a clause that names its toll before ("عدد القتلى ...
    ارتفع إلى 35 شخصاً", however long the words between): what the toll counts, else ""."""
    d = ss.d
    k = e.start - 1
    if k < ss.lo or d.word(k) != "الي":
        k += 1  # ("بلغت 35": no "إلى")
    verb = k - 1
    if verb < ss.lo or d.word(verb) not in _TOLL_REACHED or not ss.same_clause(verb, e.start):
        return _toll_reached_before(ss, e)
    if verb > ss.lo and d.word(verb - 1) in _MAYBE:
        return ""  # "بأن عدد القتلى قد يكون وصل إلى ألفي شخص": a figure the toll may reach, no count
    for j in range(verb - 1, ss.lo - 1, -1):
        if not ss.same_clause(j, verb):
            break
        if ss.marker(j, MarkerKind.TOLL_HEAD) and j + 1 < verb:
            noun = ss.casualty(j + 1, CasualtyRole.NOUN)
            if noun is not None:
                return noun.counted
    return ""


def _toll_reached_before(ss: NumberSentence, e: Expr) -> str:
    """The figure closing a clause that opens with a toll verb and the toll ("وبلغ عدد الشهداء الذين تم
    حصرهم حتى الآن 104", however long the words between, no figure among them): what the toll counts."""
    d = ss.d
    for j in range(e.start - 1, ss.lo, -1):
        if not ss.same_clause(j, e.start) or d.word(j).isdigit():
            return ""
        if ss.marker(j, MarkerKind.TOLL_HEAD) and d.word(j - 1).removeprefix("و") in _TOLL_REACHED:
            noun = ss.casualty(j + 1, CasualtyRole.NOUN) if j + 1 < e.start else None
            return noun.counted if noun is not None else ""
    return ""


#: how many words before "مع N آخرين" the casualty verb whose subject they join may stand ("اغتيل نائب رئيس
#: المكتب السياسي لحركة حماس صالح العاروري، مساء أمس الثلاثاء، مع ستة آخرين")
_WITH_OTHERS_REACH = 16


def _others_after_with(ss: NumberSentence, e: Expr) -> bool:
    """The expression counts others right after "مع": "مع ستة آخرين"."""
    others = isinstance(e.noun, PeopleNoun) and e.noun.group == "other"
    return others and e.start >= 2 and ss.d.word(e.start - 1) == "مع"


def _harmed_with(ss: NumberSentence, e: Expr) -> tuple[str, int]:
    """What the others after "مع" suffered with the subject of the sentence's casualty verb before them, when that
    verb opens its clause with the subject after it ("اغتيل القيادي صالح العاروري ... مع ستة آخرين"), and the
    verb's token; ("", -1) when not so."""
    if not _others_after_with(ss, e):
        return "", -1
    for k in range(e.start - 2, max(ss.lo, e.start - 2 - _WITH_OTHERS_REACH) - 1, -1):
        w = ss.casualty(k, CasualtyRole.TRIGGER)
        if w is not None:
            opens = k == ss.lo or not ss.same_clause(k - 1, k)
            if opens and w.counted in _HARMED and not ss.d.prefix(k).endswith("ال"):
                return w.counted, k
            return "", -1
    return "", -1


def _with_others(ss: NumberSentence, e: Expr, prev_end: int) -> bool:
    """ "ما أدى إلى مقتله مع ستة آخرين": the others counted after "مع" come on top of the one the casualty
    word's pronoun names (or the subject of the casualty verb opening the clause: "اغتيل القيادي ... مع ستة
    آخرين")."""
    if not _others_after_with(ss, e):
        return False
    harmed, verb = _harmed_with(ss, e)
    if harmed:
        return prev_end <= verb  # (unless the subject was counted already: "اغتيل القيادي ... مع ثلاثة آخرين")
    back = _backward_cue(ss, e, prev_end)
    hit = ss.d.match[back[1]] if back is not None else None
    return back is not None and hit is not None and hit.suffix in ("ه", "ها") and ss.d.last[back[1]] == e.start - 2


def _group_before_brackets(ss: NumberSentence, e: Expr) -> str:
    """The people group of the noun a figure in brackets follows ("القضاء على إرهابيين (02)", the Algerian army's
    style), else ""."""
    if e.start <= ss.lo or ss.d.gap(e.start - 1, e.start) != "(":
        return ""
    noun = ss.noun_at(e.start - 1)
    return noun.group if isinstance(noun, PeopleNoun) else ""


#: "منهم" after a figure: of the people named before it ("ردت على المهاجمين وقتلت العشرات منهم")
_OF_THEM = "منهم"
#: how many words before such a figure the people it counts may be named, in its clause
_OF_THEM_REACH = 5


def _group_of_their_pronoun(ss: NumberSentence, e: Expr) -> str:
    """The people group of the noun "منهم" after a figure points back to, the nearest people noun in the
    figure's clause a few words before it ("ردت القوات على المهاجمين وقتلت العشرات منهم": attackers), else ""."""
    d = ss.d
    if e.end >= ss.hi or d.word(e.end) != _OF_THEM:
        return ""
    for k in range(e.start - 1, max(ss.lo, e.start - _OF_THEM_REACH) - 1, -1):
        if not ss.same_clause(k, e.start):
            break
        noun = ss.noun_at(k)
        if isinstance(noun, PeopleNoun):
            return noun.group
    return ""


def _a_noun_of_its_own(ss: NumberSentence, e: Expr, cue: int | None = None) -> bool:
    """A vague count with no people or casualty noun of its own right before a noun with the article, its
    genitive or after "من" ("وآلاف المفقودين", "عدد من المرافق"): it counts that noun, not the dead or wounded of
    a casualty noun before it (``cue``; a count joined to the one before when None). A casualty verb before
    it still makes them its victims ("بقتل عشرات الموظفين", "قتلوا عددا من الموجودين")."""
    if not e.vague or e.noun is not None or e.end >= ss.hi:
        return False
    if cue is not None and ss.casualty(cue, CasualtyRole.TRIGGER) is not None:
        return False
    d = ss.d
    return d.word(e.end).startswith("ال") and d.adjacent(e.end - 1, e.end)


#: how many words a count and its rank (number_expressions.WITH_RANK, "برتبة") may take before "و"
_RANK_REACH = 4


def _coordinated(ss: NumberSentence, prev_end: int, e: Expr) -> bool:
    """ "مقتل أحد عناصر التنظيم واثنين من الجنود": a count joined by و to the one before it."""
    d = ss.d
    # ("12 عنصراً من قوات سوريا الديمقراطية و9 من التنظيم": an actor's name between adds no distance)
    # (nor a rank after the one before: "استشهاد ضابط برتبة ملازم أول وجنديين")
    reach = _RANK_REACH if prev_end < e.start and d.word(prev_end) == WITH_RANK else 2
    if not ss.same_clause(prev_end - 1, e.start) or _gap(ss, prev_end - 1, e.start) > reach:
        return False
    if _starts_with_wa(d, e.start):
        return True
    return any(d.word(k) == "و" for k in range(prev_end, e.start))


#: how many words may end a breakdown's part before the next part, joined to it by و ("17 من مقاتلي
#: الفصائل و24 من قوات النظام": the side the part is of)
_PART_TAIL = 3


def _next_part(d: NumberDoc, prev_end: int, start: int) -> bool:
    """The expression at token ``start`` goes on with the breakdown whose last part ended at ``prev_end``:
    it carries و and follows that part within a few words of one clause (no comma or full stop between)."""
    if not prev_end <= start <= prev_end + _PART_TAIL or not _starts_with_wa(d, start):
        return False
    # (a comma right after the part ends the breakdown: "بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل")
    return unbroken(d.text[d.ends[prev_end - 1] : d.starts[start]])


def _starts_with_wa(d: NumberDoc, i: int) -> bool:
    """Whether token ``i`` carries the conjunction و ("وامرأتان"، "و520"، "ومن")."""
    m = d.match[i]
    if m is not None:
        return m.prefix.startswith("و") or has_wa(m)
    return d.word(i).startswith("و")


def _cue_between(ss: NumberSentence, lo: int, hi: int) -> bool:
    """Whether a casualty trigger stands between tokens ``lo`` and ``hi`` ("قتل منهم 5")."""
    return any(ss.casualty(k, CasualtyRole.TRIGGER) is not None for k in range(lo, hi))


def find_quantities(
    view: NormalizedText,
    sentences: Sequence[Sentence],
    words: NumberWords | None = None,
    tokens: Sequence[Token] | None = None,
    transparent: frozenset[int] = frozenset(),
) -> list[QuantityMention]:
    """The quantities of the text that are not breakdowns of another, in text order."""
    found = analyse_quantities(view, sentences, words, tokens, transparent)
    return [q.mention for q in found if q.part_of is None]


def _names_and_dates(doc: Document) -> frozenset[int]:
    """Indices of the tokens inside a date or an actor mention (a weak word of a side too: "أعدم التنظيم أمس
    شاباً"), or a group's name the actors do not know, quoted after its head or glossed in Latin letters: "قتل
    مسلحون من جماعة «العودة والاستصلاح والتأهيل» (3R) أربعة رجال"."""
    spans = sorted(
        [(d.span.start, d.span.end) for d in doc.dates]
        + [(m.span.start, m.span.end) for m in doc.actors]
        + list(quoted_names(doc.text))
    )
    if not spans:
        return frozenset()
    starts = [t.start for t in doc.tokens]
    out: set[int] = set()
    for a, b in spans:
        i = bisect_right(starts, a - 1)
        while i < len(starts) and starts[i] < b:
            out.add(i)
            i += 1
    return frozenset(out)


class QuantityStage:
    """Pipeline stage: fills ``doc.quantities`` (breakdowns left out; see :func:`analyse_quantities`)."""

    name = "quantities"
    requires = frozenset({"norm", "sentences", "tokens", "dates", "actors"})
    assigns = frozenset({"quantities", "quantity_parts"})

    def __init__(self, words: NumberWords | None = None) -> None:
        self.words = words
        #: the compiled lexicon, made on first use: finding the packaged number words again for every
        #: report (``load_numbers()`` builds the file's path to look it up) costs more than reading a field
        self._comp: Compiled | None = None

    def _compiled(self) -> Compiled:
        if self._comp is None:
            self._comp = compiled(self.words if self.words is not None else load_numbers())
        return self._comp

    def matchers(self) -> list[PhraseMatcher[Entry]]:
        return [self._compiled().matcher]

    def __call__(self, doc: Document) -> None:
        if doc.norm is None:
            raise ValueError("QuantityStage needs doc.norm; run the normalisation stage first")
        found = _analyse(doc.norm, doc.sentences, self._compiled(), doc.tokens, _names_and_dates(doc))
        _with_the_attacker(doc, found)
        again = _counted_again(doc.text, found)
        doc.quantities = [q.mention for i, q in enumerate(found) if q.part_of is None and i not in again]
        doc.quantity_parts = [
            QuantityPart(q.mention, found[q.part_of].mention)
            for q in found
            if q.part_of is not None and q.part_of not in again
        ]


#: how many words after a figure of the dead "إضافة إلى الانتحاري" may begin ("تسعة قتلى من المصلين إضافة إلى")
_ATTACKER_REACH = 4


def _with_the_attacker(doc: Document, found: list[Quantity]) -> None:
    """A figure of the dead followed by "إضافة إلى الانتحاري" (cue groups `besides`, `the_attacker`) counts the
    attacker too, as ACLED does: one more, its span reaching over the words that say so."""
    assert doc.norm is not None
    cues = load_cues()
    text = doc.norm.text
    if not any(b in text for b in cues.besides) or not any(a in text for a in cues.the_attacker):
        return
    pairs = _attacker_pairs(cues.besides, cues.the_attacker)
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    for i, q in enumerate(found):
        m = q.mention
        if m.counted != "killed":
            continue
        first = bisect_right(starts, m.span.end - 1)
        after = [t for t in tokens[first : first + _ATTACKER_REACH + 3] if t.sentence == m.sentence]
        for k in range(min(_ATTACKER_REACH, len(after))):
            ahead = " " + " ".join(t.norm for t in after[k:]) + " "
            pair = next((p for p in pairs if ahead.startswith(p)), None)
            if pair is not None:
                last = after[k + len(pair.split()) - 1]
                found[i] = replace(q, mention=replace(m, value=m.value + 1, span=Span(m.span.start, last.end)))
                break


@lru_cache(maxsize=2)
def _attacker_pairs(besides: frozenset[str], attacker: frozenset[str]) -> tuple[str, ...]:
    """Each word of `besides` before each of `the_attacker`, padded with spaces (" إضافة إلى الانتحاري ")."""
    return tuple(f" {b} {a} " for b in besides for a in attacker)


def _counted_again(text: str, found: Sequence[Quantity]) -> set[int]:
    """The definite or pronoun duals of the dead or wounded after a figure of them in their sentence, or after a
    figure of two of them in an earlier one: the people counted, named again ("استشهد عنصران ... ونعى الحزب في
    بيان الشهيدين", "لقي شخصان مصرعهما", "استشهد عنصران ... ونعى الحزب العنصرين من دون أن يحدد مكان
    مقتلهما"), no more dead."""
    again: set[int] = set()
    counted: set[tuple[int, str]] = set()  # (sentence, what) of the figures met
    pairs: set[str] = set()  # what figures of two met count
    for i, q in enumerate(found):
        m = q.mention
        key = (m.sentence, m.counted)
        if (
            q.rule == "dual"
            and (key in counted or m.counted in pairs)
            and m.counted in _HARMED
            and _names_them_again(text, m)
        ):
            again.add(i)
        elif q.part_of is None:
            counted.add(key)
            if m.value == 2:
                pairs.add(m.counted)
    return again


def _names_them_again(text: str, m: QuantityMention) -> bool:
    """The mention's word carries the article, after a clitic at most ("الشهيدين", "والقتيلين"), or the dual
    pronoun of people named before it ("مصرعهما")."""
    words = text[m.span.start : m.span.end].split(" ")
    return words[0].startswith("ال") or words[0][1:3] == "ال" or words[-1].endswith("هما")
