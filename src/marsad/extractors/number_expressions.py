"""Reading number expressions: digits, number words, vague words, duals and implied ones, with the noun counted."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.extractors.vocabulary import AGE_ASIDE, age_aside
from marsad.lang.cues import load_cues
from marsad.lang.numbers import (
    Approximator,
    CardinalRole,
    CasualtyRole,
    CasualtyWord,
    Entry,
    GramNumber,
    Marker,
    MarkerKind,
    NumberWords,
    PeopleNoun,
    TeenMarker,
    VagueWord,
)
from marsad.lang.numbers import Cardinal as _Cardinal
from marsad.model.document import Sentence
from marsad.text.matcher import Match, PhraseMatcher, word_edges
from marsad.text.normalize import NormalizedText, normalize_term
from marsad.text.segment import digit_runs

#: "برتبة" (normalised): a rank between a counted person and the next one joined by و
WITH_RANK = "برتبه"

_DIGITS = re.compile(r"((?:[وفبلك]{0,2}ال|[وفبلك]{0,3}))(\d+)")
_ARTICLE = ("ال", "لل")
#: a casualty noun in the accusative ("فأردوه قتيلاً"): the state of someone named before, counted once
_ACCUSATIVE_ENDING = "ا"
#: the pronoun suffixes of one person's death noun: "مقتله", "وفاتها"
_HIS_OR_HER = ("ه", "ها")
#: clitics a number in digits may carry: "و15"، "ب5"، "ل2000"، "الـ5"
_DIGIT_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "وبال"})
#: how many tokens may separate a casualty word from the count it classifies
BACK_WINDOW = 3
KILLED_OR_INJURED = "killed_or_injured"


@dataclass(slots=True)
class Expr:
    start: int  # first token (approximator or range word included)
    end: int  # one past the last token
    nstart: int  # view offsets of the expression
    nend: int
    value: int
    rule: str
    vague: bool = False
    weak: bool = False
    approximate: bool = False
    bound: str = ""  # the approximator's kind: about, at_least, at_most
    noun: PeopleNoun | CasualtyWord | None = None
    noun_counted: str = ""
    year_like: bool = False
    #: the token of the casualty word an implicit 1 hangs on
    cue: int | None = None
    #: the group a people word right after a dual casualty word names ("شهيدين عسكريين": soldiers)
    group: str = ""


#: words of four letters or more, without the article, after a numeral that are no noun it counts (normalised):
#: "قتل الجيش مسلحين ثلاثة خلال المداهمة"
_NOT_COUNTED_NOUNS = frozenset({"خلال", "داخل", "اثناء", "بينهم", "منهم", "اخرين", "اخرون"})


class Compiled:
    __slots__ = (
        "age_decade",
        "angry",
        "crowd_noun",
        "died",
        "died_later",
        "doer_words",
        "matcher",
        "met_death",
        "not_a_death_after",
        "phrase_break",
        "range_link",
        "range_pre",
        "range_start",
        "words",
    )

    def __init__(self, words: NumberWords) -> None:
        self.words = words
        cues = load_cues()
        #: between two numbers, a range ("10 إلى 15"، "3 أو 4"، "10 حتى 15"); before the first ("بين 10 و15")
        self.range_link, self.range_start = cues.range_link, cues.range_start
        self.range_pre = cues.range_start | {"من"}  # "من 10 إلى 15"
        #: words after which a phrase has ended (for vague words that must not be followed by a noun)
        self.phrase_break = cues.phrase_break
        #: words of a doer that precede its name ("أعدمت خلايا تنظيم داعش راعياً"): no distance either
        self.doer_words = cues.unit | cues.partitive
        #: a death verb -> the relative pronoun it agrees with ("الذي قضى", "التي استشهدت"), see relative_one
        he, she = normalize_term("الذي"), normalize_term("التي")
        self.died = {**dict.fromkeys(cues.died_he, he), **dict.fromkeys(cues.died_she, she)}
        #: after such a verb, words that make it no one person's death: where others died, a ruling
        self.not_a_death_after = cues.where_it_happened | cues.ruled
        #: "في العشرينيات من عمره" between a person and the verb of their death: an aside on their age
        self.age_decade = cues.age_decade
        #: the verb before the one who died and the noun of their death: "لقي شاب حتفه"
        self.met_death = cues.met_death
        #: a death verb told after the one who died: "أصيب رجل ... وتوفي متأثراً بجراحه"
        self.died_later = cues.died_later
        #: an angry crowd told before its victim ("قتل حشد غاضب أمس رجلاً ضرباً"), see _over_armed_men
        self.crowd_noun, self.angry = cues.crowd_noun, cues.angry
        entries: list[tuple[str, Entry, bool]] = []
        for _, e in words.entries():
            inflects = isinstance(e, CasualtyWord) and e.inflects
            entries.append((e.form, e, inflects))
        self.matcher: PhraseMatcher[Entry] = PhraseMatcher(entries)


_COMPILED: dict[int, tuple[NumberWords, Compiled]] = {}


def compiled(words: NumberWords) -> Compiled:
    hit = _COMPILED.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    comp = Compiled(words)
    if len(_COMPILED) > 8:
        _COMPILED.clear()
    _COMPILED[id(words)] = (words, comp)
    return comp


class NumberDoc:
    """Word tokens of the view with the lexicon match starting at each."""

    def __init__(self, view: NormalizedText, comp: Compiled, transparent: frozenset[int] = frozenset()) -> None:
        """The tokens are the ``\\w+`` words of the view, the same as the view's tokens (see
        :func:`marsad.text.segment.tokenize`: sentences split only at non-word characters), with the bounds
        the lexicon matchers read (shared lists: read only).
        ``transparent``: indices of tokens that do not count as distance between a casualty word and its
        count (a date or an actor's name: "قتلت قوات النظام يوم الخميس ثلاثة مدنيين")."""
        text = view.text
        self.view = view
        self.comp = comp
        self.transparent = transparent
        self.text = text
        self.starts, self.ends, _ = word_edges(text)
        starts = self.starts
        n = len(starts)
        self.match: list[Match[Entry] | None] = [None] * n
        self.last: list[int] = list(range(n))  # last token covered by the match at i
        #: tokens where a quantity may begin: lexicon matches and digits, in order
        cands: set[int] = set()
        for m in comp.matcher.find(text):
            i = bisect_right(starts, m.token_start) - 1
            if i < 0 or starts[i] != m.token_start:
                continue
            end = m.nend + len(m.suffix)
            j = i
            while j + 1 < n and starts[j + 1] < end:
                j += 1
            self.match[i] = m
            self.last[i] = j
            for p in m.payloads:  # a plain loop, not any() over a generator: once per lexicon match
                if _can_start(p):
                    cands.add(i)
                    break
        for start, _ in digit_runs(text):
            i = bisect_right(starts, start) - 1
            cands.add(i)
        for i in list(cands):
            if i > 0 and _strip_wa(text[starts[i - 1] : self.ends[i - 1]]) in comp.range_pre:
                cands.add(i - 1)  # "بين 10 و15"، "من 10 إلى 15"
        self.candidates: list[int] = sorted(cands)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def adjacent(self, i: int, j: int) -> bool:
        """Only whitespace between token ``i`` and token ``j``."""
        gap = self.text[self.ends[i] : self.starts[j]]
        return not gap or gap.isspace()

    def gap(self, i: int, j: int) -> str:
        return self.text[self.ends[i] : self.starts[j]].strip()

    def payloads(self, i: int) -> tuple[Entry, ...]:
        m = self.match[i]
        return m.payloads if m is not None else ()

    def term_start(self, i: int) -> int:
        """Where the word at token ``i`` starts in a span: after و، ب، ل ... but with its article."""
        m = self.match[i]
        if m is None:
            return self.starts[i]
        return m.nstart - 2 if m.prefix.endswith("ال") else m.nstart

    def prefix(self, i: int) -> str:
        m = self.match[i]
        return m.prefix if m is not None else ""

    def definite(self, i: int) -> bool:
        m = self.match[i]
        if m is not None:
            return m.prefix.endswith(_ARTICLE) or m.term.startswith("ال")
        w = self.word(i)
        return w.startswith(_ARTICLE) or (w[:1] in ("و", "ف", "ب") and w[1:].startswith(_ARTICLE))


def _first(payloads: Sequence[Entry], typ: type[Entry]) -> Entry | None:
    for p in payloads:
        if isinstance(p, typ):
            return p
    return None


class NumberSentence:
    """The quantity grammar over the tokens of one sentence."""

    def __init__(self, d: NumberDoc, sent: Sentence, si: int, lo: int, hi: int) -> None:
        self.d = d
        self.sent = sent
        self.si = si
        self.lo = lo
        self.hi = hi
        self.cstarts = [c[0] for c in sent.clauses] or [sent.nstart]
        #: the token right after the last expression read: where a joined "وطفل" may follow it
        self.after_last = -1
        #: the expressions read so far, in text order
        self.read: list[Expr] = []

    def same_clause(self, i: int, j: int) -> bool:
        starts = self.d.starts
        return bisect_right(self.cstarts, starts[i]) == bisect_right(self.cstarts, starts[j])

    # --- lexicon look-ups ------------------------------------------------------------------------------

    def cardinal(self, i: int, role: CardinalRole | None = None) -> _Cardinal | None:
        if i >= self.hi or self.d.last[i] != i:
            return None
        m = self.d.match[i]
        if m is None:
            return None
        if m.prefix.endswith(_ARTICLE) and role is not CardinalRole.SCALE:
            # "الأحد" is Sunday and "الاثنين" Monday; the article makes a number word a name or ordinal
            return None
        for p in m.payloads:
            if isinstance(p, _Cardinal) and (role is None or p.role is role):
                return p
        return None

    def noun_at(self, i: int) -> PeopleNoun | CasualtyWord | None:
        if i >= self.hi:
            return None
        for p in self.d.payloads(i):
            if isinstance(p, PeopleNoun):
                return p
            if isinstance(p, CasualtyWord) and p.role is CasualtyRole.NOUN:
                return p
        return None

    def marker(self, i: int, kind: MarkerKind) -> bool:
        return any(isinstance(p, Marker) and p.kind is kind for p in self.d.payloads(i))

    def casualty(self, i: int, role: CasualtyRole) -> CasualtyWord | None:
        for p in self.d.payloads(i):
            if isinstance(p, CasualtyWord) and p.role is role:
                return p
        return None

    # --- parsing ---------------------------------------------------------------------------------------

    def run(self) -> list[Expr]:
        out: list[Expr] = []
        self.read = out
        cands = self.d.candidates
        k = bisect_right(cands, self.lo - 1)
        done = self.lo  # tokens before this one belong to an expression already read
        while k < len(cands) and cands[k] < self.hi:
            i = cands[k]
            k += 1
            if i < done:
                continue
            expr, nxt = self.parse(i)
            if expr is not None:
                out.append(expr)
                self.after_last = expr.end
            done = max(nxt, i + 1)
        return out

    def parse(self, i: int) -> tuple[Expr | None, int]:
        """Try a quantity expression starting at token ``i``; return it and the token to go on from."""
        d = self.d
        start = i
        approximate = False
        bound = ""
        range_start = False
        nstart = d.starts[i]
        a = _first(d.payloads(i), Approximator)
        if isinstance(a, Approximator) and not a.post:
            j = d.last[i] + 1
            if j < self.hi and d.adjacent(d.last[i], j) and self.number_start(j):
                approximate = True
                bound = a.kind.value
                nstart = d.term_start(i)
                i = j
        elif _strip_wa(d.word(i)) in d.comp.range_pre:
            j = i + 1
            if j < self.hi and d.adjacent(i, j) and self.number_start(j):
                range_start = _strip_wa(d.word(i)) in d.comp.range_start
                i = j
            else:
                return None, start + 1

        first = self.number(i)
        if first is None:
            other = (
                self.implicit_one(start)
                or self.noun_numeral(start)
                or self.joined_one(start)
                or self.subject_one(start)
                or self.relative_one(start)
                or self.listed_one(start)
                or self.pronoun_one(start)
            )
            if other is not None:
                return other, other.end
            return None, start + 1
        if first.value < 0:  # a date, time, percentage ...: skip it whole
            return None, first.end
        own_nstart = first.nstart
        if not approximate and not range_start:
            nstart = first.nstart
        first.start = start
        first.nstart = nstart
        first.approximate = approximate
        first.bound = bound

        # a range: "10-15"، "10 إلى 15"، "بين 10 و15"
        j = first.end
        if j < self.hi and first.noun is None:
            second: Expr | None = None
            gap = d.gap(j - 1, j)
            if gap == "-" and d.prefix(j) == "" and self.number_start(j):
                second = self.number(j)
                if second is not None and (second.value < 0 or second.value <= first.value):
                    return None, max(second.end, j + 1)  # "29-10": a date
            elif not gap and d.word(j) in d.comp.range_link and j + 1 < self.hi and d.adjacent(j, j + 1):
                second = self.number(j + 1)
            elif not gap and range_start and d.word(j).startswith("و"):
                second = self.number(j, conj=True)
            if second is not None and second.value >= 0:
                first.value = min(first.value, second.value)
                first.end = second.end
                first.nend = second.nend
                first.noun = second.noun
                first.noun_counted = second.noun_counted
                first.rule = "range"
                first.year_like = first.year_like and second.year_like
        if range_start and first.rule != "range":
            first.nstart = own_nstart  # "من بين 10 أشخاص": بين was not a range after all

        if first.noun is None:
            self.attach_noun(first)
        # post approximator "20 شخصا تقريبا"
        j = first.end
        if j < self.hi and d.adjacent(j - 1, j):
            a = _first(d.payloads(j), Approximator)
            if isinstance(a, Approximator) and a.post:
                first.approximate = True
                first.bound = first.bound or a.kind.value
                first.end = d.last[j] + 1
                first.nend = d.ends[d.last[j]]
                if first.noun is None:
                    self.attach_noun(first)  # "20 على الأقل من المهاجمين": what is counted after it

        if self.not_a_count(first):
            return None, first.end
        return first, first.end

    def number_start(self, i: int) -> bool:
        """Whether token ``i`` can begin a number (cheap check, no parse)."""
        if _DIGITS.fullmatch(self.d.word(i)):
            return True
        for p in self.d.payloads(i):
            if isinstance(p, (_Cardinal, VagueWord)):
                return True
            if isinstance(p, (PeopleNoun, CasualtyWord)) and getattr(p, "number", None) is GramNumber.DUAL:
                return True
        return False

    def number(self, i: int, conj: bool = False) -> Expr | None:
        """The number at token ``i``: digits, number words, a vague word or a dual noun.

        ``conj``: the token carries a و prefix that belongs to the range ("بين 10 و15").
        Returns an expression with ``value == -1`` for a number that is not a count (date, time ...).
        """
        d = self.d
        word = d.word(i)
        dm = _DIGITS.fullmatch(word)
        if dm is not None:
            if dm.group(1) not in _DIGIT_PREFIXES:
                return None
            return self.digits(i, d.starts[i] + len(dm.group(1)), dm.group(2))
        m = d.match[i]
        if m is None:
            return None
        if conj and not (m.prefix.startswith("و") or has_wa(m)):
            return None
        card = self.cardinal(i)
        if card is not None and not (card.role is CardinalRole.SCALE and card.number is GramNumber.PLURAL):
            return self.words(i)
        vague = _first(m.payloads, VagueWord)
        if isinstance(vague, VagueWord) and not m.prefix.endswith(_ARTICLE):
            return self.vague(i, vague)
        noun = self.noun_at(i)
        if noun is not None and noun.number is GramNumber.DUAL:
            e = Expr(i, d.last[i] + 1, d.term_start(i), d.ends[d.last[i]], 2, "dual", noun=noun)
            e.noun_counted = noun.counted if isinstance(noun, CasualtyWord) else ""
            after = self.noun_at(d.last[i] + 1) if isinstance(noun, CasualtyWord) else None
            if isinstance(after, PeopleNoun) and not d.prefix(d.last[i] + 1):
                e.group = after.group  # "ارتقاء شهيدين عسكريين": the dead, and who they were
            self.absorb_numeral(e, 2)
            return e
        if isinstance(noun, CasualtyWord) and noun.alone and not d.definite(i) and not conj:
            if noun.form.endswith(_ACCUSATIVE_ENDING) and any(self._counts_dead(e) for e in self.read):
                return None  # "قتل 12 شخصاً بينهم طفل سقط قتيلاً": how one of those counted died, no more dead
            # "سقوط قتيل"، "أسفر عن قتيل وثلاثة جرحى", "فأردوه قتيلاً"
            e = Expr(i, d.last[i] + 1, d.term_start(i), d.ends[d.last[i]], 1, "singular", noun=noun)
            e.noun_counted = noun.counted
            self.absorb_numeral(e, 1)
            return e
        return None

    def digits(self, i: int, nstart: int, first: str) -> Expr:
        d = self.d
        text = d.text
        end_tok = i
        groups = [first]
        seps: list[str] = []
        j = i + 1
        while j < self.hi and _DIGITS.fullmatch(d.word(j)) and d.word(j).isdigit():
            gap = text[d.ends[j - 1] : d.starts[j]]
            if gap in (",", ".", "/", ":"):
                groups.append(d.word(j))
                seps.append(gap)
                end_tok = j
                j += 1
            else:
                break
        if "\u0640" in d.view.raw_span(nstart, d.ends[end_tok]).slice(d.view.raw):
            return Expr(i, end_tok + 1, nstart, d.ends[end_tok], -1, "digits")  # "11ـ9": a date
        if (
            not seps
            and i + 2 < self.hi
            and d.word(i + 1).isdigit()
            and d.word(i + 2).isdigit()
            and d.gap(i, i + 1) == "-"
            and d.gap(i + 1, i + 2) == "-"
        ):
            return Expr(i, i + 3, nstart, d.ends[i + 2], -1, "digits")  # 2017-10-29
        after = text[d.ends[end_tok] : d.ends[end_tok] + 2].lstrip()
        before = text[max(0, nstart - 1) : nstart]
        bad = Expr(i, end_tok + 1, nstart, d.ends[end_tok], -1, "digits")
        if after[:1] in ("%", "٪") or before in ("/", ":", ".", ",") or any(s in "/:" for s in seps):
            return bad  # percentage, date, time, a decimal tail
        scale_tok = end_tok + 1
        scale = self.cardinal(scale_tok, CardinalRole.SCALE) if scale_tok < self.hi else None
        if scale is not None and not d.adjacent(end_tok, scale_tok):
            scale = None
        if len(groups) == 1:
            value = int(first)
        elif (
            all(len(g) == 3 for g in groups[1:])
            and len(first) <= 3
            and len(set(seps)) == 1
            and not (scale is not None and len(groups) == 2 and seps[0] == ".")
        ):
            value = int("".join(groups))  # 1,200 / 1.200 / 1,250,000
        elif len(groups) == 2 and seps[0] == "." and scale is not None:
            value = int(float(f"{first}.{groups[1]}") * scale.value)  # 1.5 مليون
            return Expr(i, scale_tok + 1, nstart, d.ends[scale_tok], value, "digits")
        else:
            return bad  # 2.5 كم، 10,15 ...
        e = Expr(i, end_tok + 1, nstart, d.ends[end_tok], value, "digits")
        e.year_like = len(groups) == 1 and len(first) == 4 and 1900 <= value <= 2100
        if scale is not None:
            e.value = value * scale.value
            e.end = scale_tok + 1
            e.nend = d.ends[scale_tok]
            e.year_like = False
        return e

    def words(self, i: int) -> Expr | None:
        """Number words from token ``i``: "خمسة وعشرين"، "ثلاثة آلاف"، "مئتين وخمسين"، "اثنا عشر"."""
        d = self.d
        total = 0
        cur = 0
        card = self.cardinal(i)
        assert card is not None
        last_role: CardinalRole
        j = i + 1
        if card.role is CardinalRole.SCALE:
            total = card.value * (2 if card.number is GramNumber.DUAL else 1)
            last_role = CardinalRole.SCALE
        else:
            cur = card.value
            last_role = card.role
            if card.role is CardinalRole.UNIT and card.value < 10:
                cur, last_role, j = self.teen_or_hundred(j, cur)
        standalone = card.standalone
        while j < self.hi and d.adjacent(j - 1, j):
            m = d.match[j]
            if m is None or d.last[j] != j:
                break
            nxt = self.cardinal(j) if not m.prefix else None
            if nxt is not None and nxt.role is CardinalRole.SCALE and cur > 0:
                total += cur * nxt.value
                cur = 0
                last_role = CardinalRole.SCALE
                standalone = True
                j += 1
                continue
            if not has_wa(m):
                break
            nxt = next((p for p in m.payloads if isinstance(p, _Cardinal)), None)
            if nxt is None or nxt.role is CardinalRole.SCALE:
                break
            if nxt.role is CardinalRole.TEN and cur % 100 < 10 and last_role is not CardinalRole.TEN:
                cur += nxt.value
                last_role = CardinalRole.TEN
                j += 1
            elif nxt.role is CardinalRole.UNIT and last_role in (CardinalRole.HUNDRED, CardinalRole.SCALE):
                if nxt.value < 10:
                    add, role, j2 = self.teen_or_hundred(j + 1, nxt.value)
                else:
                    add, role, j2 = nxt.value, CardinalRole.UNIT, j + 1
                if role is CardinalRole.HUNDRED and last_role is not CardinalRole.SCALE:
                    break
                cur += add
                last_role = role
                j = j2
            elif nxt.role is CardinalRole.HUNDRED and last_role is CardinalRole.SCALE:
                cur += nxt.value
                last_role = CardinalRole.HUNDRED
                j += 1
            else:
                break
            standalone = True
        e = Expr(i, j, d.term_start(i), d.ends[j - 1], total + cur, "words")
        # "أحد"، "واحد"، "اثنين" count only before a noun, "من" or a definite noun ("أحد الجنود"), or as the
        # two as the subject right after a verb of death ("فيما استشهد اثنان في مخيم العودة"; not "لم يقتل أحد")
        if (
            not standalone
            and j - i == 1
            and not (j < self.hi and (self.noun_at(j) is not None or d.word(j) == "من" or d.definite(j)))
            and not (card.value == 2 and self.after_a_death(i))
        ):
            return Expr(i, j, d.term_start(i), d.ends[j - 1], -1, "words")
        return e

    def after_a_death(self, i: int) -> bool:
        """Token ``i`` follows a verb of death right before it, with no clitic of its own ("استشهد اثنان")."""
        if i == 0 or self.d.prefix(i) or not self.d.adjacent(i - 1, i):
            return False
        cue = self.casualty(i - 1, CasualtyRole.TRIGGER)
        return cue is not None and cue.counted == "killed"

    def teen_or_hundred(self, j: int, unit: int) -> tuple[int, CardinalRole, int]:
        d = self.d
        if j < self.hi and d.adjacent(j - 1, j) and d.last[j] == j and not d.prefix(j):
            if any(isinstance(p, TeenMarker) for p in d.payloads(j)):
                return unit + 10, CardinalRole.UNIT, j + 1
            h = self.cardinal(j, CardinalRole.HUNDRED)
            if h is not None and h.value == 100 and unit >= 3:
                return unit * 100, CardinalRole.HUNDRED, j + 1
        return unit, CardinalRole.UNIT, j

    def vague(self, i: int, vague: VagueWord) -> Expr | None:
        d = self.d
        last = d.last[i]
        j = last + 1
        if not vague.before_noun and j < self.hi and d.adjacent(last, j) and not self.phrase_end(j):
            return None  # "عدد القتلى"، "عدد أعضاء المجلس": the number of, not a few
        if d.word(last) == "من" and j < self.hi and d.adjacent(last, j) and self.casualty(j, CasualtyRole.POST):
            return None  # "ليرتفع إلى العشرات عدد من قضوا برصاص القنص": the number of those who died
        e = Expr(i, j, d.term_start(i), d.ends[last], vague.value, "vague", vague=True, weak=vague.weak)
        if j < self.hi and d.adjacent(last, j):
            scale = self.cardinal(j, CardinalRole.SCALE)
            if scale is not None and scale.number is GramNumber.PLURAL:  # "عشرات الآلاف"
                e.value *= scale.value
                e.end = j + 1
                e.nend = d.ends[j]
        return e

    def phrase_end(self, j: int) -> bool:
        """Token ``j`` does not continue a noun phrase: a casualty word or a preposition ("أصيب عدد بجروح")."""
        if self.casualty(j, CasualtyRole.TRIGGER) or self.casualty(j, CasualtyRole.POST):
            return True
        word = self.d.word(j)
        return word in self.d.comp.phrase_break or (word.startswith("ب") and not self.d.definite(j) and len(word) > 3)

    def absorb_numeral(self, e: Expr, value: int) -> None:
        """ "شخص واحد"، "طفلين اثنين": the numeral after the noun repeats its number."""
        j = e.end
        if j < self.hi and self.d.adjacent(j - 1, j):
            card = self.cardinal(j, CardinalRole.UNIT)
            if card is not None and card.value == value and not self.d.prefix(j):
                e.end = j + 1
                e.nend = self.d.ends[j]

    def implicit_one(self, i: int) -> Expr | None:
        """ "مقتل جندي"، "إصابة طفل": a casualty word and a singular people noun count one."""
        d = self.d
        cue = self.casualty(i, CasualtyRole.TRIGGER)
        if cue is None:
            return None
        j = d.last[i] + 1
        # "قتلت قوات النظام طفلاً", "أعدم التنظيم أمس شاباً": the doer's name or a date may come first (a date
        # set off by commas too: "أعدم التنظيم، أمس الأحد، شاباً")
        while (
            j < self.hi
            and (j in d.transparent or (j + 1 in d.transparent and d.word(j) in d.comp.doer_words))
            and j - d.last[i] <= BACK_WINDOW + 2
            and self._next_to(j)
            and self.noun_at(j) is None
        ):
            j += 1
        k = self._over_armed_men(j)
        if k != j:
            # (and a date after the doer: "قتل حشد غاضب أمس رجلاً")
            j = k
            while j < self.hi and j in d.transparent and self._next_to(j) and self.noun_at(j) is None:
                j += 1
        if j >= self.hi or not self._next_to(j):
            return None
        noun = self.noun_at(j)
        if not isinstance(noun, PeopleNoun) or noun.number is not GramNumber.SINGULAR:
            return None
        # "مقتله ومرافقه": the casualty word's own pronoun is one victim, the noun joined to it another
        hit = d.match[i]
        own = hit is not None and hit.suffix in ("ه", "ها") and d.word(j).startswith("و") and j == d.last[i] + 1
        e = Expr(i, d.last[j] + 1, d.term_start(i), d.ends[d.last[j]], 2 if own else 1, "singular", noun=noun, cue=i)
        self.absorb_numeral(e, 1)
        return e

    def _next_to(self, j: int) -> bool:
        """Token ``j`` follows the one before with only whitespace between, or a comma that opens or closes a
        transparent aside (a doer's name or a date)."""
        d = self.d
        if d.adjacent(j - 1, j):
            return True
        return d.gap(j - 1, j) in ("،", ",") and (j - 1 in d.transparent or j in d.transparent)

    def _over_armed_men(self, j: int) -> int:
        """The token after armed men named by the people noun at ``j`` and an adjective of theirs ("قتل مسلحون
        مجهولون طفلاً": the killers, told before their victim), or after an angry crowd ("قتل حشد غاضب رجلاً"),
        else ``j``."""
        d = self.d
        if j >= self.hi or not d.adjacent(j - 1, j) or d.prefix(j):
            return j
        if (
            d.word(j) in d.comp.crowd_noun
            and j + 1 < self.hi
            and d.adjacent(j, j + 1)
            and d.word(j + 1) in d.comp.angry
        ):
            return j + 2  # "قتل حشد غاضب أمس رجلاً": the angry crowd that killed him
        noun = self.noun_at(j)
        if not isinstance(noun, PeopleNoun) or noun.group != "gunman" or noun.number is GramNumber.SINGULAR:
            return j
        k = d.last[j] + 1
        if (
            k + 1 < self.hi
            and self.noun_at(k) is None
            and not self.number_start(k)
            and d.adjacent(k - 1, k)
            and self.noun_at(k + 1) is not None
        ):
            k += 1  # ("مجهولون", "ملثمون"; not a figure: "قتل مسلحون 23 شخصاً")
        return k

    def subject_one(self, i: int) -> Expr | None:
        """ "كان آخرهم شاب قتل مساء أمس", "وكان طفل قد أصيب": an indefinite singular people noun right before a
        casualty verb (after "قد" at most) is its one victim."""
        d = self.d
        noun = self._bare_singular(i)
        if noun is None:
            return None
        j = self._after_age(d.last[i] + 1)
        if j < self.hi and d.word(j) == "قد" and d.adjacent(j - 1, j):
            j += 1
        if j >= self.hi or not d.adjacent(j - 1, j) or d.prefix(j):
            return None
        if self.casualty(j, CasualtyRole.TRIGGER) is None and not self._met_death(i, j):
            return None
        return Expr(i, d.last[j] + 1, d.term_start(i), d.ends[d.last[j]], 1, "singular", noun=noun, cue=j)

    def _met_death(self, i: int, j: int) -> bool:
        """ "لقي شاب حتفه": the noun at ``i`` stands between "لقي" and the noun of its death at ``j``."""
        d = self.d
        return (
            i > self.lo
            and _strip_wa(d.word(i - 1)) in d.comp.met_death
            and self.casualty(j, CasualtyRole.POST) is not None
        )

    def pronoun_one(self, i: int) -> Expr | None:
        """ "أطلق مسلحون النار على شاب ... ما أدى إلى مقتله", "أصيب رجل ... وتوفي متأثراً بجراحه": the death of
        one person told after them, by a death noun with his pronoun or a singular death verb with no one
        after it (cue group `died_later`), is one death when the sentence named a single person before and
        counted no one else."""
        d = self.d
        cue = self.casualty(i, CasualtyRole.TRIGGER)
        hit = d.match[i]
        if cue is None or cue.counted != "killed" or hit is None or i <= self.lo:
            return None
        if hit.suffix not in _HIS_OR_HER and hit.term not in d.comp.died_later:
            return None
        j = d.last[i] + 1
        if hit.suffix not in _HIS_OR_HER and j < self.hi and (self.noun_at(j) is not None or self.number_start(j)):
            return None  # "توفي ثلاثة جرحى": a count follows
        # (only the one person counted before, if anyone: "مقتل العناصر الستة وبينهم ... جندي كان استشهد")
        if any(not (e.rule == "singular" and e.value == 1) or self._counts_dead(e) for e in self.read):
            return None
        if not any(self._single_person(k) for k in range(self.lo, i)):
            return None
        return Expr(i, d.last[i] + 1, d.term_start(i), d.ends[d.last[i]], 1, "singular", cue=i)

    def _counts_dead(self, e: Expr) -> bool:
        """The expression read before counts a death already ("وفاة المواطن ... أنه توفي")."""
        if isinstance(e.noun, CasualtyWord) and e.noun.counted == "killed":
            return True
        cue = self.casualty(e.cue, CasualtyRole.TRIGGER) if e.cue is not None else None
        return cue is not None and cue.counted == "killed"

    def _single_person(self, k: int) -> bool:
        noun = self.noun_at(k)
        return isinstance(noun, PeopleNoun) and noun.number is GramNumber.SINGULAR and noun.group != "gunman"

    def _bare_singular(self, i: int) -> PeopleNoun | None:
        """An indefinite singular people noun with no clitic at token ``i`` that may be a victim (not an armed man:
        "إن مسلحاً قتل شاباً", the armed man is the killer)."""
        d = self.d
        noun = self.noun_at(i)
        if not isinstance(noun, PeopleNoun) or noun.number is not GramNumber.SINGULAR or d.definite(i) or d.prefix(i):
            return None
        return None if noun.group == "gunman" else noun

    def _after_age(self, j: int) -> int:
        """The token after an age aside starting at ``j`` ("في العشرينيات من عمره"), else ``j``."""
        d = self.d
        if j + AGE_ASIDE <= self.hi and age_aside([d.word(k) for k in range(j, j + AGE_ASIDE)], d.comp.age_decade):
            return j + AGE_ASIDE
        return j

    def relative_one(self, i: int) -> Expr | None:
        """ "حسن عطوي، الذي قضى بغارة", "الطفلة التي استشهدت": a singular relative pronoun right before an
        intransitive death verb is one death ("القصف الذي قضى فيه ..." tells where, not who)."""
        d = self.d
        cue = self.casualty(i, CasualtyRole.TRIGGER)
        if cue is None or cue.counted != "killed" or d.prefix(i) or i == 0 or not d.adjacent(i - 1, i):
            return None
        # the verb agrees with the relative ("التي استشهد بنتيجتها العميد": the crime, not who died)
        if d.comp.died.get(d.word(i)) != d.word(i - 1):
            return None
        j = d.last[i] + 1
        if j < self.hi and d.word(j) in d.comp.not_a_death_after:
            return None  # "القصف الذي قضى فيه ...", "القاضي الذي قضى بإعدام ..."
        return Expr(i - 1, d.last[i] + 1, d.starts[i - 1], d.ends[d.last[i]], 1, "singular", cue=i)

    def listed_one(self, i: int) -> Expr | None:
        """ "إن ضابطاً وضابط صف وثمانية جنود قتلوا": an indefinite singular people noun that opens a list joined by
        و to a count or another people noun counts one (the list's casualty word, after it, is shared back)."""
        d = self.d
        noun = self._bare_singular(i)
        if noun is None:
            return None
        j = d.last[i] + 1
        if j >= self.hi or not d.adjacent(j - 1, j) or not d.prefix(j).startswith("و"):
            return None
        if not isinstance(self.noun_at(j), PeopleNoun) and self.number(j, conj=True) is None:
            return None
        return Expr(i, d.last[i] + 1, d.term_start(i), d.ends[d.last[i]], 1, "listed", noun=noun)

    def joined_one(self, i: int) -> Expr | None:
        """ "مقتل امرأتين وطفل": a singular people noun joined by و right after a count counts one more, also
        over the rank of the one before ("قتل ضابط برتبة نقيب وجندي")."""
        d = self.d
        ranked = i == self.after_last + 2 and d.word(self.after_last) == WITH_RANK
        if (i != self.after_last and not ranked) or not d.prefix(i).startswith("و"):
            return None
        noun = self.noun_at(i)
        if not isinstance(noun, PeopleNoun) or noun.number is not GramNumber.SINGULAR:
            return None
        return Expr(i, d.last[i] + 1, d.term_start(i), d.ends[d.last[i]], 1, "joined", noun=noun)

    def noun_numeral(self, i: int) -> Expr | None:
        """ "مدنيين اثنين"، "الجنود الثلاثة": a numeral after the noun it counts."""
        d = self.d
        noun = self.noun_at(i)
        j = d.last[i] + 1
        if noun is None or j >= self.hi or not d.adjacent(j - 1, j):
            return None
        m = d.match[j]
        if m is None or d.last[j] != j or m.prefix not in ("", "ال"):
            return None
        if (m.prefix == "ال") != d.definite(i):
            return None  # the numeral agrees with its noun in definiteness
        card = next((p for p in m.payloads if isinstance(p, _Cardinal)), None)
        if card is None or card.role is not CardinalRole.UNIT:
            return None
        if card.value < 2 and not (isinstance(noun, CasualtyWord) and d.word(j).startswith("واحد")):
            return None  # ("قتيلاً واحداً" is one dead; "شخص واحد" is counted by its casualty word)
        if not isinstance(noun, CasualtyWord) and self._counts_the_next(j):
            return None  # "قتل مسلحون أربعة رجال": the numeral counts the noun after it, not the gunmen
        if (
            isinstance(noun, PeopleNoun)
            and noun.group == "gunman"
            and card.value > 2
            and not m.prefix  # (not "المسلحين الأربعة", the four told)
            and self._a_noun_next(j)
        ):
            return None  # "قتل مسلحون خمسة قرويين": the gunmen killed five people of a word no list holds
        e = Expr(i, j + 1, d.term_start(i), d.ends[j], card.value, "words", noun=noun)
        e.noun_counted = noun.counted if isinstance(noun, CasualtyWord) else ""
        return e

    def _a_noun_next(self, j: int) -> bool:
        """An indefinite word with no clitic, no function word, follows the numeral at token ``j`` right after it:
        the noun a numeral of three or more comes before ("خمسة قرويين")."""
        d = self.d
        k = d.last[j] + 1
        if k >= self.hi or not d.adjacent(j, k) or d.prefix(k):
            return False
        word = d.word(k)
        return len(word) > 3 and not word.startswith(("ال", "و")) and word not in _NOT_COUNTED_NOUNS

    def _counts_the_next(self, j: int) -> bool:
        """A counted noun, with no clitic, follows the numeral at token ``j`` right after it."""
        d = self.d
        k = d.last[j] + 1
        return k < self.hi and d.adjacent(j, k) and not d.prefix(k) and self.noun_at(k) is not None

    def attach_noun(self, e: Expr) -> None:
        """The counted noun right after the number, directly or after من ("العشرات من عناصر")."""
        d = self.d
        j = e.end
        if j >= self.hi or not d.adjacent(j - 1, j):
            return
        if d.match[j] is None and d.word(j) == "من" and j + 1 < self.hi and d.adjacent(j, j + 1):
            j += 1
        elif self.marker(j, MarkerKind.TOLL_HEAD) and j + 1 < self.hi and d.adjacent(j, j + 1):
            j += 1  # "ارتفع إلى ثمانية عدد المدنيين الذين قضوا": the number counts the noun after "عدد"
        noun = self.noun_at(j)
        if noun is None or d.prefix(j).startswith("و"):
            return
        e.noun = noun
        e.end = d.last[j] + 1
        e.nend = d.ends[d.last[j]]
        if isinstance(noun, CasualtyWord):
            e.noun_counted = noun.counted
            # "20 قتيلا وجريحا": a second casualty noun joined by و
            k = e.end
            if k < self.hi and d.adjacent(k - 1, k) and d.prefix(k).startswith("و"):
                other = self.noun_at(k)
                if isinstance(other, CasualtyWord) and other.counted != noun.counted:
                    e.noun_counted = combine(noun.counted, other.counted)
                    e.end = d.last[k] + 1
                    e.nend = d.ends[d.last[k]]

    def not_a_count(self, e: Expr) -> bool:
        d = self.d
        # a label, year, time or age word before: "عام 2012"، "رقم 4"، "الساعة 10"
        if e.start > self.lo and self.marker(self.match_start(e.start - 1), MarkerKind.NONCOUNT_BEFORE):
            return True
        # a unit after: "5 كم"، "40 عاما"، "10 دولارات"، "29 أكتوبر"، "50 بالمئة"
        j = e.end
        if e.noun is not None or j >= self.hi or not d.adjacent(j - 1, j):
            return False
        return self.marker(j, MarkerKind.NONCOUNT_AFTER)

    def match_start(self, i: int) -> int:
        """The token where the lexicon match covering token ``i`` starts."""
        k = i
        while k >= self.lo and k > i - 5:  # (the longest marker has five words: it starts at i - 4)
            if self.d.match[k] is not None and self.d.last[k] >= i:
                return k
            k -= 1
        return i


def _can_start(p: Entry) -> bool:
    """Whether a lexicon entry may begin a quantity expression (markers and post words never do)."""
    if isinstance(p, (Marker, TeenMarker)):
        return False
    if isinstance(p, Approximator):
        return not p.post
    if isinstance(p, CasualtyWord):
        return p.role is not CasualtyRole.POST
    return True


def has_wa(m: Match[Entry]) -> bool:
    """Whether the match carries the conjunction و ("وأحد" reads as the word "واحد" once normalised)."""
    return m.prefix == "و" or (not m.prefix and m.term == "واحد")


def _strip_wa(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) > 2 else word


def combine(a: str, b: str) -> str:
    if {a, b} <= {"killed", "injured", KILLED_OR_INJURED}:
        return KILLED_OR_INJURED
    return a
