"""The date and places of a frame: its own clause first, then the sentence, then the discourse."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.extractors.off_stage import (
    after_the_place_stood_with,
    anniversary_tokens,
    anniversary_words,
    off_stage,
    unknown_settlement,
)
from marsad.extractors.positions import ASIDE, DocIndex
from marsad.geo import cues as place_cues
from marsad.lang.cues import load_cues
from marsad.lang.triggers import modifier_words
from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document, Token
from marsad.model.mentions import DateMention, PlaceMention
from marsad.model.places import PlaceKind, ResolvedPlace
from marsad.model.span import Span
from marsad.temporal.anaphoric import is_anaphoric, resolve_anaphoric
from marsad.text.clitics import is_word
from marsad.text.datelines import opens_a_dateline
from marsad.text.normalize import normalize_term
from marsad.text.ranges import Ranges
from marsad.text.segment import words_in

#: a durative expression longer than this is a span of time, not an event's date
MAX_EVENT_WINDOW = dt.timedelta(days=14)


#: the endings of the rules of durations counted in hours or minutes ("لنحو ساعة"): within one day, whatever
#: their anchor
_WITHIN_A_DAY = ("-hours", "-minutes")


def is_long_duration(d: DateMention) -> bool:
    """A duration longer than one event's window ("منذ أسبوعين", "على مدى عامين"), which dates no event; one of
    hours ("اشتبكوا ... لنحو ساعة") is the event's own length, even with no day to anchor it."""
    if not d.durative or d.rule.removesuffix("(future)").endswith(_WITHIN_A_DAY):
        return False
    return d.value is None or (d.value.latest - d.value.earliest) > MAX_EVENT_WINDOW


def _gives_a_day(d: DateMention) -> bool:
    """The mention can date an event: not a long duration, nor a short one with no day of its own."""
    return not is_long_duration(d) and (d.value is not None or not d.durative)


def _valued(d: DateMention) -> bool:
    """A date with a value of its own (not a day counted from another)."""
    return d.value is not None and not is_anaphoric(d)


# not frozen: built many times per report, and a frozen dataclass's __init__ sets each field through
# object.__setattr__ (about four times slower)
@dataclass(slots=True)
class DateChoice:
    mention: DateMention | None
    value: DateValue | None
    inferred: bool = False
    habitual: bool = False


@dataclass(slots=True)  # not frozen, like DateChoice
class PlaceChoice:
    mention: PlaceMention
    place: ResolvedPlace
    inferred: bool = False


def resolved_place(doc: Document, m: PlaceMention) -> ResolvedPlace | None:
    seen: set[int] = set()
    while m.resolved is None and m.antecedent is not None and m.antecedent not in seen:
        seen.add(m.antecedent)
        m = doc.places[m.antecedent]
    return m.resolved


@lru_cache(maxsize=1)
def _span_start_phrases() -> re.Pattern[str]:
    """The `span_start` phrases, and the "منذ ..." phrases of a count over a period (`aggregate`: "ومنذ بدء
    الحرب في السابع من تشرين الأول، ارتفعت حصيلة الشهداء"), as one pattern: searched for in the words before
    every date, where a test per phrase runs a Python step for each."""
    phrases = (
        modifier_words("span_start")
        | modifier_words("running_total")  # "ليرتفع بذلك عدد قتلى الاحتجاجات منذ أكتوبر إلى 72"
        | {p for p in modifier_words("aggregate") if p.startswith("منذ ")}
    )
    return re.compile("|".join(re.escape(p) for p in sorted(phrases)))


#: how many words before a date a span's start phrase ("منذ انطلاق الحراك الاحتجاجي") makes it that start
_SPAN_START_REACH = 8


#: "بعد يوم من X", "بعد يومين من X": how many days X came before the news
_DAYS_BEFORE = {"يوم": 1, "يومين": 2}
#: words that may stand in such a phrase ("بعد يوم واحد فقط من")
_FILLERS = frozenset({"واحد", "فقط", "فحسب", "كامل"})

#: how many days before publication a day named earlier in the report may be, to date its undated news
_NEWS_DAYS = 7
#: events dated earlier than this before publication are background history, not news (read by the history
#: rules too); so is a date that frames what the next sentences tell
HISTORY_CUTOFF = dt.timedelta(days=30)


#: how many words before a date a participle on an actor may stand ("المتمركزة فيها منذ ...")
_PARTICIPLE_REACH = 3


def _participle(word: str) -> bool:
    """A definite feminine participle, as one agrees with forces ("المتمركزة", "المنتشرة", "الموجودة";
    normalised), not a relative adjective ("المدنية")."""
    return word.startswith("الم") and word.endswith("ه") and not word.endswith("يه") and len(word) >= 7


#: how many words before a date a grievance word, then a relative pronoun, make it the grievance's date
_GRIEVANCE_DATE_REACH = 10


#: how many words before a date an anniversary word makes it the date of what is remembered ("لذكرى أحداث",
#: "في الذكرى الثالثة لانطلاق احتجاجات 14 فبراير")
_REMEMBERED_DATE_REACH = 4


#: how many words a reporting verb and its subject may take before the date of the report ("أعلن مركز طب
#: الطوارئ والدعم التابع لوزارة الصحة، اليوم الأحد")
_REPORT_SUBJECT_REACH = 10
#: "منذ" up to this many words before a date in its clause makes it a since-date ("منذ الإطاحة بحكمها عام 2001")
_SINCE_REACH = 5
_SINCE = frozenset({"منذ", "ومنذ"})
#: what a report tells, right after its date: "إن" (normalised) or a toll
_THAT = frozenset({"ان", "بان", "وان"})
_THAT_OR_TOLL = _THAT | {"ارتفاع", "حصيله", "عدد", "مقتل"}
#: the words a dateline may hold before its colon or dash ("دير الزور (سوريا) –"), and those marks
_DATELINE_WORDS = 4
_DATELINE_MARKS = frozenset(":ـ–—-")


#: words at most between a relative pronoun and the subject of its clause: its verb and a title ("اتخذها قائد")
_SUBJECT_REACH = 2


class WhenWhere:
    def __init__(self, doc: Document, index: DocIndex) -> None:
        self.doc = doc
        #: ids of the mentions a village or town the gazetteer lacks is said to lie in (see _holds_an_unknown)
        self._unknowns_holders: set[int] | None = None
        self.index = index
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        self.dates_by_sentence: dict[int, list[DateMention]] = {}
        for d in doc.dates:
            self.dates_by_sentence.setdefault(d.sentence, []).append(d)
        cues = load_cues()
        self._relatives = modifier_words("relative_clause")  # "الذي", "التي" ...
        self._enumeration = cues.enumeration
        self._focused_in = cues.focused_in
        self._additive = cues.additive
        self._actor_ends = sorted(m.span.end for m in doc.actors)
        #: the actors' spans in text order (see _subject_after)
        self._actor_spans = sorted((m.span for m in doc.actors), key=lambda span: span.start)
        self._actor_starts = [span.start for span in self._actor_spans]
        #: where the words of events end: a relative clause right after one tells of that event
        self._trigger_ends = sorted(t.span.end for t in doc.triggers)
        #: the relative pronouns' tokens, found when a date first asks (see _describes_an_actor)
        self._relative_tokens: list[Token] | None = None
        #: the definite participles right after an actor's name, found when a date first asks
        self._participles: list[Token] | None = None
        self._drop_span_starts()
        self._set_aside(self._state_since)
        self._set_statement_dates_aside(cues.statement_dated, cues.reporting_verb, cues.statement_goes_on)
        self._set_claim_dates_aside(cues.claim_before)
        self._set_remembered_dates_aside()
        self._set_grievance_dates_aside(cues.grievance)
        #: clauses that hold a trigger: a date in any other clause is free to attach to a neighbour
        # (not a word inside a name: "وهيئة تحرير الشام من جهة أخرى قرب اللطامنة أمس" holds no event)
        # (a name holding a trigger is in the trigger's sentence: no mention crosses a sentence's end)
        names = Ranges([(m.span.start, m.span.end) for m in doc.actors if not m.anaphoric])
        self.trigger_clauses: set[tuple[int, int]] = set()
        for t in doc.triggers:
            if "name_head" in t.flags or names.holds(t.span.start, t.span.end):
                continue
            self.trigger_clauses.add(self.clause(t.span))
        #: the sentences that hold a trigger outside a name
        self.trigger_sentences = {si for si, _ in self.trigger_clauses}
        self.places_by_sentence: dict[int, list[PlaceMention]] = {}
        last_off: PlaceMention | None = None  # the last place found off stage
        off_containers: set[int] = set()  # the places that only say where such a place is
        for k, p in enumerate(doc.places):
            if p.road == "end":
                continue  # "على طريق دمشق - السويداء": the road's far end is not where it happened
            if names.holds(p.span.start, p.span.end):
                continue  # "أعلنت كتيبة جنين أن مقاتليها خاضوا اشتباكات": a town in a group's name is no scene
            if (
                off_stage(index, p, cues)
                or (last_off is not None and self._listed_after(last_off, p))
                or k in off_containers
            ):
                # where fire came from, whom a crowd stands with, a hometown, where people fled, the places
                # listed right after such a place ("النزوح نحو سنار والقضارف") and the place that holds it
                # ("شاب من بلدة بيتا جنوب نابلس")
                last_off = p
                held_in = p.container
                if (
                    held_in is not None
                    and not after_the_place_stood_with(index, doc.places[held_in])
                    and not self._fired_on(p, doc.places[held_in])
                ):
                    # (not the crowd's own place after the one it stands with: "تضامنية مع غزة في مدن إدلب", nor
                    # where fire from a place fell: "قذائف أطلقت من بلدة كفرنبل على مدينة معرة النعمان")
                    off_containers.add(held_in)
                continue
            self.places_by_sentence.setdefault(p.sentence, []).append(p)
        self._usable_cache: dict[tuple[int, int | None], list[PlaceChoice]] = {}
        self._road_holders = _road_end_holders(doc)

    def _fired_on(self, origin: PlaceMention, target: PlaceMention) -> bool:
        """"على" stands between a place fire came from and the next place: where the fire fell."""
        right_before = self.index.words_before(target.cue_span or target.span, 1)
        return "علي" in right_before and origin.span.end < target.span.start

    def _set_statement_dates_aside(
        self, statement_words: frozenset[str], reporting: frozenset[str], goes_on: frozenset[str]
    ) -> None:
        """A date that dates a statement ("في بيانها الصادر اليوم") is no event's date when its sentence has
        another one ("... مقتل 260 مدنيا خلال تشرين الثاني"); alone, it is the best the sentence gives, unless a
        sentence that tells the statement dates the news told before it (:meth:`_dates_a_later_statement`). So is
        the first date of a sentence opened by a reporting verb and its subject ("قالت لجنة الأطباء، اليوم
        الثلاثاء، إن عدد القتلى جراء فض الاعتصام فجر أمس الاثنين ارتفع")."""
        telling = reporting | goes_on
        for si, mentions in self.dates_by_sentence.items():
            if len(mentions) == 1 and self._dates_a_later_statement(mentions[0], statement_words, telling):
                self.dates_by_sentence[si] = []
                continue
            if len(mentions) < 2:
                continue
            kept = [d for d in mentions if statement_words.isdisjoint(self.index.words_before(d.span, 1))]
            # (not before "صباح اليوم نفسه", the statement's day again)
            later_dated = any(d.value is not None for d in kept[1:])
            if len(kept) > 1 and later_dated and self._dates_a_report(kept[0], reporting):
                kept = kept[1:]
            if kept:
                self.dates_by_sentence[si] = kept

    def _dates_a_later_statement(
        self, date: DateMention, statement_words: frozenset[str], reporting: frozenset[str]
    ) -> bool:
        """The sentence's only date follows a word of a statement ("في بيان تلاه التلفزيون الرسمي مساء الخميس") in a
        sentence opened by a reporting verb, after a sentence that gave a date: the day of telling, when the
        news told before had its own ("وأوضحت الوزارة، في بيان ... مساء الخميس، أن أكثر من مئة مسلح هاجموا
        القافلة" after "... الأربعاء الماضي")."""
        if statement_words.isdisjoint(self.index.words_before(date.span, 1)):
            return False
        words = self.index.sentence_words(date.sentence)
        if not words or not is_word(words[0], reporting, ("و",)):
            return False
        return any(d.value is not None for si in range(date.sentence) for d in self.dates_by_sentence.get(si, ()))

    def _set_claim_dates_aside(self, claim_words: frozenset[str]) -> None:
        """The date right after a claim of responsibility and its claimant dates the claim, not the attack,
        when the sentence dates the attack too ("تبنت حركة الشباب، أمس الاثنين، التفجير الذي استهدف صباح
        السبت الماضي نقطة التفتيش")."""
        for si, mentions in self.dates_by_sentence.items():
            if len(mentions) < 2:
                continue
            first = mentions[0]
            before = self.index.words_before(first.span, _REPORT_SUBJECT_REACH + 1)
            if before and len(before) <= _REPORT_SUBJECT_REACH and not claim_words.isdisjoint(before):
                self.dates_by_sentence[si] = mentions[1:]

    def _dates_a_report(self, date: DateMention, reporting: frozenset[str]) -> bool:
        """The date follows the reporting verb that opens its sentence and the verb's subject, and what is
        reported comes after it: "إن ..." or a toll ("أعلن المركز، اليوم الأحد، ارتفاع حصيلة الاشتباكات التي
        شهدتها العاصمة أمس السبت"). "أعلن الجيش، أمس السبت، استعادة السيطرة على المدينة" dates the event."""
        before = self.index.words_before(date.span, _REPORT_SUBJECT_REACH + 1)
        if not before or len(before) > _REPORT_SUBJECT_REACH:
            return False
        sentence = self.index.position(date.span).sentence
        # (after a dateline: "نجامينا – (وكالات): أعلن الرئيس التشادي، اليوم الثلاثاء، مقتل 92 جندياً")
        skip = self._dateline_words(sentence, date.span.start)
        first = before[skip] if skip < len(before) else ""
        if not is_word(first, reporting, ("و",)):
            return False
        after = self.index.words_after(date.span, 1)
        if not after:
            return False
        if after[0] in _THAT_OR_TOLL:
            return True
        # "أعلنت الحكومة، مساء أمس السبت، الحداد الوطني ... بعد مقتل 44 مدنياً ... أثناء صلاة الجمعة أول أمس":
        # what is announced right after the date is no event word, so the date is the announcement's
        if not _THAT.isdisjoint(before):
            return False  # "وقال سكان إن عناصر ... انتشروا اليوم في الأسواق": the date is inside what is told
        sentence = self.index.position(date.span).sentence
        opening = self.index.sentence_tokens(sentence)[0].start
        if any(opening <= t.span.start < date.span.start for t in self.doc.triggers):
            return False  # "عن مغنية الذي اغتيل لاحقاً في دمشق في شهر شباط": the date of what is told before it
        nxt = next((t for t in self.index.sentence_tokens(sentence) if t.start >= date.span.end), None)
        return nxt is not None and not any(t.span.start <= nxt.start < t.span.end for t in self.doc.triggers)

    def _dateline_words(self, sentence: int, before: int) -> int:
        """How many words open the sentence as a dateline ("نجامينا – (وكالات):"): those up to its last colon or
        dash among its first words, when a word after them comes before raw offset ``before`` and the words
        before the first mark are a dateline's place (``opens_a_dateline``: not a dash of an aside, "قال الوزير
        - في مؤتمر صحفي - إن"); else 0."""
        tokens = self.index.sentence_tokens(sentence)
        text = self.doc.text
        opening = 0
        for k, t in enumerate(tokens[: _DATELINE_WORDS + 1]):
            if t.start >= before:
                break
            if k > 0 and any(c in _DATELINE_MARKS for c in text[tokens[k - 1].end : t.start]):
                if not opening and not opens_a_dateline(text, tokens[0].start, tokens[k - 1].end):
                    return 0
                opening = k  # (the last mark: "نجامينا – (وكالات): أعلن")
        return opening

    def _set_grievance_dates_aside(self, grievance: frozenset[str]) -> None:
        """A date in a relative clause of what a crowd protests against ("رفضاً للإجراءات التي اتخذها قائد
        الجيش في الخامس والعشرين من أكتوبر") dates that grievance, not the protest its sentence tells, when
        the sentence gives another date."""
        self._set_aside(lambda d: self._in_a_grievance(d, grievance))

    def _in_a_grievance(self, date: DateMention, grievance: frozenset[str]) -> bool:
        words = self.index.words_before(date.span, _GRIEVANCE_DATE_REACH)
        for i in range(len(words) - 1, -1, -1):
            if is_word(words[i], grievance):
                return not self._relatives.isdisjoint(words[i + 1 :])
        return False

    def _set_remembered_dates_aside(self) -> None:
        """A date right after an anniversary word ("إحياءً لذكرى أحداث 17 شباط 2006 في بنغازي") dates the event
        remembered, not the one its sentence tells ("قتل أربعة متظاهرين أمس خلال مسيرة"), when the sentence
        gives another date; a sentence that only remembers is dated by :func:`remembered_date`."""
        if not anniversary_tokens(self.index):
            return  # (most reports remember nothing)
        anniversary = anniversary_words()
        self._set_aside(lambda d: not anniversary.isdisjoint(self.index.words_before(d.span, _REMEMBERED_DATE_REACH)))

    def _set_aside(self, aside: Callable[[DateMention], bool]) -> None:
        """Each sentence's dates less those ``aside`` says date something else, when another date is left."""
        for si, mentions in self.dates_by_sentence.items():
            if len(mentions) < 2:
                continue
            kept = [d for d in mentions if not aside(d)]
            if kept:
                self.dates_by_sentence[si] = kept

    def _drop_span_starts(self) -> None:
        """A date soon after a span's start ("منذ انطلاق الحراك الاحتجاجي قبل نحو أسبوع") dates when the span
        began, no event of the report."""
        phrases = _span_start_phrases()
        for si, mentions in self.dates_by_sentence.items():
            kept = [d for d in mentions if not self._after_span_start(d, phrases)]
            if len(kept) < len(mentions):
                self.dates_by_sentence[si] = kept

    def _after_span_start(self, date: DateMention, phrases: re.Pattern[str]) -> bool:
        return phrases.search(" ".join(self.index.words_before(date.span, _SPAN_START_REACH))) is not None

    def clause(self, span: Span) -> tuple[int, int]:
        """(sentence, clause) of a span; asked for each date and place of a sentence for every frame."""
        key = (span.start, span.end)
        found = self._clauses.get(key)
        if found is None:
            p = self.index.position(span)
            found = self._clauses[key] = (p.sentence, p.clause)
        return found

    # -- dates -------------------------------------------------------------------------------------
    def date_for(
        self,
        sentence: int,
        trigger: Span,
        discourse: DateChoice | None,
        ongoing: bool,
        members: tuple[Span, ...] = (),
        days_from: DateChoice | None = None,
    ) -> DateChoice:
        """The frame's date: its clause (or the clause of a trigger it absorbed), a date standing in a
        clause of its own, an earlier date of the sentence, the narrative's date, or, for an undated
        news item, the days before publication. ``days_from``: the narrative's last day, which a day
        counted from a date ("في اليوم ذاته") is counted from (``discourse`` when not given: it may be a
        month or a year of background history)."""
        mentions = self.dates_by_sentence.get(sentence, [])
        # (not a year told since when, beside the day the sentence gives: "سيطر مقاتلو الحركة أمس على المدينة، في
        # أكبر انتصار للحركة منذ الإطاحة بحكمها عام 2001، بعد هجوم شنوه")
        since = [d for d in mentions if _a_year(d) and self._since_in_its_clause(d)]
        if since and any(_a_day(d) for d in mentions if d not in since):
            mentions = [d for d in mentions if d not in since]
        anchor = days_from if days_from is not None else discourse
        if anchor is None:
            # "ليلة أمس الأحد ... إثر إيقاف الناطق باسم التنسيقية فجر اليوم نفسه": with no narrative date yet,
            # a day counted from a date is counted from the sentence's own date before it
            own_dates = [d for d in mentions if _valued(d)]
            # (else the last date an earlier sentence gave: "فجر التاسع من نيسان/أبريل 1948 ... ففي ذلك اليوم")
            last = own_dates[0] if own_dates else self._last_date_before(sentence, _valued)
            anchor = DateChoice(last, last.value) if last is not None else None
        # the head's own clause first, with a date set off by commas right beside it ("استعادت قوات النظام،
        # اليوم الثلاثاء، السيطرة على البلدة بعد معارك استمرت منذ فجر أمس"); then the absorbed triggers'
        head_clause = self.clause(trigger)[1]
        own = [d for d in mentions if self._beside(d, head_clause)]
        clauses = {c for s, c in map(self.clause, (trigger, *members)) if s == sentence}
        same_clause = own or [d for d in mentions if self.clause(d.span)[1] in clauses]
        # (not a date of a relative clause on an actor after the trigger: "وهتفوا ... من دون أن تتدخل قوات
        # الأمن التي انسحبت من وسط المدينة منذ أيام" dates the withdrawal)
        same_clause = [d for d in same_clause if not self._describes_an_actor(d, trigger)]
        usable = [d for d in same_clause if not is_long_duration(d)]
        if len(usable) < len(same_clause):
            return DateChoice(None, None, habitual=True)
        # (a length of hours with no day of its own, "لنحو ساعة", dates nothing: the other dates say when)
        usable = [d for d in usable if _gives_a_day(d)]
        # "قالت وزارة الصحة اليوم الثلاثاء إن 46 شخصاً قتلوا ... أمس الاثنين": the date that closes the telling,
        # right before "إن", dates the statement when the told words give a day of their own
        of_the_told = [d for d in usable if not self._dates_the_telling(d)]
        if of_the_told and trigger.start > min(d.span.end for d in usable):
            usable = of_the_told
        if usable and any(d.value is None and d.rule == "weekday" for d in usable):
            # "عقب صلاة الجمعة، يوم الجمعة 13 أكتوبر 2023": with no publication date, a bare weekday the clause
            # names again with its full date is that date
            # (the full date often set off by commas: "في منطقة الدراز عقب صلاة الجمعة، يوم الجمعة 13 أكتوبر")
            named = [d for d in mentions if d.value is not None and d.rule.startswith("weekday+")]
            if named:
                usable = [d for d in usable if d.value is not None or d.rule != "weekday"] + named[:1]
        if usable:
            best = min(usable, key=lambda d: abs(d.span.start - trigger.start))
            return _chosen(best, anchor)
        # "سيطرت القوات، صباح اليوم الجمعة، على البلدة": a date set off by commas in a clause of its own
        free = [
            d
            for d in mentions
            if _gives_a_day(d) and self.clause(d.span) not in self.trigger_clauses and not self._describes(d)
        ]
        if free:
            best = min(free, key=lambda d: abs(d.span.start - trigger.start))
            return _chosen(best, anchor)
        earlier = [d for d in mentions if d.span.end <= trigger.start and _gives_a_day(d)]
        if earlier:
            return _chosen(earlier[-1], anchor)
        if ongoing:
            pub = self.doc.published
            if pub is None:
                return DateChoice(None, None, inferred=True)
            return DateChoice(None, DateValue.window(pub - dt.timedelta(days=6), pub), inferred=True)
        if discourse is not None:
            return DateChoice(discourse.mention, discourse.value, inferred=True)
        framed = self._history_framed_before(sentence)
        if framed is not None:
            # "في مثل هذه الأيام من آذار/مارس 2011، كتب أطفال ... اعتقلوا وعذبوا": a sentence that tells no
            # event but sets the story in a past month or year dates what the next sentences tell
            return DateChoice(framed, framed.value, inferred=True)
        told = self._day_told_before(sentence)
        if told is not None:
            # "منعت الشرطة مساء أمس الثلاثاء ... واحتجزت قوات الأمن عشرات المشاركات": the day an earlier
            # sentence of the news gave, though it told no event of its own
            return DateChoice(told, told.value, inferred=True)
        pub = self.doc.published
        if pub is not None:
            # an undated news item tells of the last days before publication: ACLED time precision 2
            return DateChoice(None, DateValue.window(pub - dt.timedelta(days=2), pub), inferred=True)
        return DateChoice(None, None)

    def _last_date_before(self, sentence: int, keep: Callable[[DateMention], bool]) -> DateMention | None:
        """The last date of the sentences before ``sentence`` that ``keep`` accepts."""
        for si in range(sentence - 1, -1, -1):
            for d in reversed(self.dates_by_sentence.get(si, [])):
                if keep(d):
                    return d
        return None

    def _since_in_its_clause(self, d: DateMention) -> bool:
        """ "في أكبر انتصار للحركة منذ الإطاحة بحكمها عام 2001": a date told since when, in an aside of its own,
        dates no event beside it."""
        clause = self.clause(d.span)
        return any(
            t.norm in _SINCE and self.clause(Span(t.start, t.end)) == clause
            for t in self.index.tokens_before(d.span, _SINCE_REACH)
        )

    def days_earlier(self, trigger: Span, date: DateChoice) -> DateChoice:
        """``date`` moved back for a trigger told as what came a day or two before the news ("سيطرت أمس على حي
        الحيدرية، بعد يوم واحد فقط من سيطرتها على حي مساكن هنانو": the capture of Hanano was the day before)."""
        value = date.value
        if value is None or value.precision is not Precision.DAY:
            return date
        if date.mention is not None and date.mention.span.start > trigger.start:
            return date  # "بعد يوم من اعتقال أسير محرر في طولكرم يوم الاثنين": the day is the earlier event's own
        before = self.index.words_before(trigger, 5)
        if len(before) < 3 or before[-1] != "من":
            return date
        words = [w for w in before[:-1] if w not in _FILLERS]
        days = _DAYS_BEFORE.get(words[-1]) if len(words) >= 2 and words[-2] == "بعد" else None
        if not days:
            return date
        return DateChoice(date.mention, DateValue.day(value.earliest - dt.timedelta(days=days)), inferred=True)

    def _history_framed_before(self, sentence: int) -> DateMention | None:
        """The last date of the sentences right before ``sentence`` that tell no event, when it is a month or a
        year well before publication (background the report sets its story in); None once a sentence with an
        event comes between, or without a publication date."""
        pub = self.doc.published
        if pub is None:
            return None
        for si in range(sentence - 1, -1, -1):
            if si in self.trigger_sentences:
                return None
            for d in reversed(self.dates_by_sentence.get(si, [])):
                v = d.value
                if v is not None and not d.relative and not is_long_duration(d) and v.latest < pub - HISTORY_CUTOFF:
                    return d
        return None

    def _day_told_before(self, sentence: int) -> DateMention | None:
        """The last day named in an earlier sentence that is news: a day of the month before publication."""
        pub = self.doc.published
        if pub is None:
            return None

        def news_day(d: DateMention) -> bool:
            v = d.value
            return (
                v is not None
                and v.precision is Precision.DAY
                and pub - dt.timedelta(days=_NEWS_DAYS) <= v.earliest <= pub
                and not is_long_duration(d)
            )

        return self._last_date_before(sentence, news_day)

    def _beside(self, date: DateMention, clause: int) -> bool:
        """The date is in ``clause`` or in a short aside right next to it that holds no trigger."""
        where = self.index.position(date.span)
        if where.clause == clause:
            return True
        if abs(where.clause - clause) != 1 or (where.sentence, where.clause) in self.trigger_clauses:
            return False
        size = sum(1 for t in self.index.sentence_tokens(where.sentence) if t.clause == where.clause)
        return size <= ASIDE

    def _describes(self, date: DateMention) -> bool:
        """The date stands in a relative clause that tells no event ("تاكسين، الذي أطاحه انقلاب عام 2006"):
        it dates what the clause describes, not an event of another clause."""
        where = self.index.position(date.span)
        relatives = self._relatives
        for t in self.index.sentence_tokens(where.sentence):  # a loop: cheaper than any() over a generator
            if t.clause == where.clause and t.end <= date.span.start and t.norm in relatives:
                return True
        return False

    def _state_since(self, date: DateMention) -> bool:
        """Years or months since when ("منذ نحو تسع سنوات") right after a participle with the article on a noun
        that is no event word ("طريق الحوبان المغلق منذ نحو تسع سنوات"): how long a thing has been so, no
        event's date (set aside when its sentence gives another)."""
        if not date.rule.startswith("since") or date.value is None:
            return False
        if date.value.precision not in (Precision.YEAR, Precision.MONTH):
            return False
        before = self.index.tokens_before(date.span, 2)
        if len(before) < 2 or not before[-1].norm.startswith("ال") or len(before[-1].norm) < 5:
            return False
        noun = before[-2]
        return not any(t.span.start < noun.end and noun.start < t.span.end for t in self.doc.triggers)

    def _describes_an_actor(self, date: DateMention, trigger: Span) -> bool:
        """The date stands in a relative clause on an actor named after the trigger ("قوات الأمن التي انسحبت
        منذ أيام"), or on a thing that is no event, telling what an actor did ("ورفض الإجراءات التي اتخذها
        قائد الجيش في الخامس والعشرين من أكتوبر"): it dates what that actor did, not the trigger's event (a
        clause on the event's own noun, "القصف الذي استهدف البلدة أمس", still dates it)."""
        if date.span.start < trigger.end:
            return False
        if self._actor_ends and self._participle_on_an_actor(date, trigger):
            return True
        if self._relative_tokens is None:
            assert self.doc.norm is not None
            self._relative_tokens = [self.index.tokens[k] for k in words_in(self.doc.norm.text, self._relatives)]
        if not self._relative_tokens:
            return False  # (most reports: no relative pronoun at all)
        clause = self.index.position(date.span).clause
        for t in self._relative_tokens:
            if t.start >= date.span.start:
                break
            if t.start >= trigger.end and t.clause == clause:
                k = bisect_left(self._actor_ends, t.start)
                # the word before the pronoun ends an actor's name, or no word of an event
                if k > 0 and t.start - self._actor_ends[k - 1] <= 1:
                    return True
                if self._subject_after(t, date) and not self._event_before(t):
                    return True
        return False

    def _subject_after(self, pronoun: Token, date: DateMention) -> bool:
        """An actor's name starts right after the relative clause's verb (or a title before it), before the
        date ("التي اتخذها قائد الجيش في ..."): the clause tells what that actor did. (The first actor after the
        pronoun is the nearest: if it stands too far, so do the others.)"""
        k = bisect_left(self._actor_starts, pronoun.end)
        if k == len(self._actor_starts) or self._actor_starts[k] >= date.span.start:
            return False
        return self.index.count_between(Span(pronoun.start, pronoun.end), self._actor_spans[k]) <= _SUBJECT_REACH

    def _event_before(self, pronoun: Token) -> bool:
        """A word of an event ends at most two words before the relative pronoun ("مجزرة الحولة التي"): the
        clause describes that event."""
        k = bisect_left(self._trigger_ends, pronoun.start)
        if k == 0:
            return False
        end = self._trigger_ends[k - 1]
        return self.index.count_between(Span(end - 1, end), Span(pronoun.start, pronoun.end)) <= 2

    def _participle_on_an_actor(self, date: DateMention, trigger: Span) -> bool:
        """A definite participle right after an actor's name, between the trigger and the date, in the
        date's clause ("بعد انسحاب القوات الإثيوبية المتمركزة فيها منذ أكثر من عامين"): the date is how long
        the actor was there, not the event's."""
        if self._participles is None:
            ends = self._actor_ends
            self._participles = [
                t
                for t in self.index.tokens
                if _participle(t.norm)
                and (k := bisect_left(ends, t.start)) > 0
                and t.start - ends[k - 1] <= 1
            ]
        if not self._participles:
            return False  # (most reports: none)
        clause = self.index.position(date.span).clause
        near = self.index.tokens_before(date.span, _PARTICIPLE_REACH)
        return any(t in near and t.start >= trigger.end and t.clause == clause for t in self._participles)

    # -- places ------------------------------------------------------------------------------------
    def _usable(self, mentions: list[PlaceMention]) -> list[PlaceChoice]:
        out: list[PlaceChoice] = []
        for m in mentions:
            place = resolved_place(self.doc, m)
            if (
                place is not None
                and place.kind is PlaceKind.LANDMARK
                and m.container is None
                and self._names_an_unknown_town(m.sentence)
            ):
                # "سيطر مسلحون على مدينة ميرباليه ... بعد هجوم على مركز الشرطة والسجن المدني": a site placed by
                # the report's city alone is in the town its sentence names, which the gazetteer lacks
                continue
            if place is not None:
                if place.geo_precision == 1 and self._holds_an_unknown(m):
                    # "في قرية الكرم التابعة لمركز أبو قرقاص": the event is in a village the gazetteer lacks,
                    # near the town that holds it (ACLED: the nearest known town, at precision 2)
                    place = replace(place, geo_precision=2, rule=f"{place.rule}; an unknown place in it named")
                out.append(PlaceChoice(m, place))
        return _most_specific(self.doc, out, self._road_holders) if out else out

    def _holds_an_unknown(self, m: PlaceMention) -> bool:
        """A mention of the document, a village's or town's cue with a name the gazetteer lacks, is said to lie
        in ``m`` (a quarter the gazetteer lacks is still in its city, at precision 1)."""
        holders = self._unknowns_holders
        if holders is None:
            places = self.doc.places
            holders = self._unknowns_holders = {
                id(places[o.container]) for o in places if o.container is not None and unknown_settlement(o)
            }
        return id(m) in holders

    def places_after_in_clause(self, trigger: Span) -> list[PlaceChoice]:
        """The usable places of the trigger's own clause named after it: "كما استهدف قاعدة الديلمي شمال صنعاء"."""
        sentence, clause = self.clause(trigger)
        return [c for c in self._usable_in(sentence, clause) if c.mention.span.start >= trigger.end]

    def _usable_in(self, sentence: int, clause: int | None = None) -> list[PlaceChoice]:
        """:meth:`_usable` of a sentence's place mentions (of one clause when given), computed once
        per document: several frames share a clause or sentence. A fresh list for the caller."""
        key = (sentence, clause)
        choices = self._usable_cache.get(key)
        if choices is None:
            mentions = self.places_by_sentence.get(sentence, [])
            if clause is not None:
                mentions = [m for m in mentions if self.clause(m.span)[1] == clause]
            choices = self._usable_cache[key] = self._usable(mentions)
        return list(choices)

    def _dates_the_telling(self, d: DateMention) -> bool:
        """The word right after the date is "إن"/"أن": it closes a clause of telling ("أعلن الجيش اليوم أن")."""
        after = self.index.words_after(d.span, 1)
        return after == ["ان"]  # (normalised: "أن", "إن")

    def places_in_sentence(self, sentence: int) -> list[PlaceChoice]:
        return self._usable_in(sentence)

    def places_for(self, sentence: int, trigger: Span, discourse: list[PlaceChoice]) -> list[PlaceChoice]:
        _, clause = self.clause(trigger)
        own = self._usable_in(sentence, clause)
        if own:
            return self._listed_on(sentence, own)
        sentence_places = self._usable_in(sentence)
        before = [c for c in sentence_places if c.mention.span.end <= trigger.start]
        if before:
            # "قتل مدنيان في بلدتي كفرنبل وحاس، جراء قصف ...": every place of the clause that told where
            _, last = self.clause(before[-1].mention.span)
            where = [c for c in before if self.clause(c.mention.span)[1] == last]
            # (a province told first, a place of it after the trigger: "وفي محافظة البصرة، قطع محتجون، صباح اليوم،
            # الطريق الرئيسي في قضاء الزبير")
            return self._inside_after(where, sentence_places, trigger) or where
        if sentence_places:
            # "سيطرت قوات النظام، اليوم، على أحياء الحيدرية والشيخ خضر والصاخور": the first place told after
            # the trigger's clause, with the places listed with it under its plural cue
            listed = self._enumerated(sentence, trigger, sentence_places)
            if listed:
                return listed
            first = sentence_places[0].mention
            if first.cue_span is None:
                return self._with_added(sentence, self._listed_with(sentence_places), sentence_places)
            same_cue = [c for c in sentence_places if c.mention.cue_span == first.cue_span]
            # ... and those joined to them under a cue of their own ("في العاصمة الجزائر ومدينتي وهران وقسنطينة")
            return self._with_added(sentence, self._joined_after(same_cue, sentence_places), sentence_places)
        focused = self._focused_next(sentence)
        if focused:
            # "شهدت عدة أحياء ... مواجهات ... . وتركزت المواجهات في حي التضامن ... ومدينة القصرين": the next
            # sentence tells where the event it continues happened
            return focused
        if self._names_an_unknown_town(sentence):
            # "اغتصاب أربع فتيات ... في مدينة تمبول بشرق الجزيرة": the sentence names its own town, which the
            # gazetteer lacks; the place told before is not where it happened
            return []
        if discourse and discourse[0].place.is_neighbourhood and self._names_an_unknown_quarter(sentence):
            # "بدأت القوات التقدم نحو حي القاهرة المجاور" after the fight in al-Zuhur: a quarter the gazetteer
            # lacks is in the city, not in the quarter told before
            city = self._city_told(discourse[0].place.city, sentence)
            if city is not None:
                return [PlaceChoice(city.mention, city.place, inferred=True)]
        if not discourse:
            # "أعلنت الشرطة انتهاء حصار فندق الساحل ... بالعاصمة مقديشو. وبدأ الهجوم بتفجير انتحاري ...": the
            # place an earlier sentence named, though it told no event of its own
            told = self._place_told_before(sentence)
            return [PlaceChoice(told.mention, told.place, inferred=True)] if told is not None else []
        return [PlaceChoice(c.mention, c.place, inferred=True) for c in discourse[:1]]

    def _listed_on(self, sentence: int, own: list[PlaceChoice]) -> list[PlaceChoice]:
        """The places of the trigger's clause and those listed with them under their plural cue past the clause's
        end ("في مدن طبربة، والقصرين، وسيدي بوزيد": a comma ends the clause, not the list), or joined to them."""
        cue_spans = {c.mention.cue_span for c in own if c.mention.cue_span is not None}
        if not cue_spans:
            return own
        ends = max(c.mention.span.end for c in own)
        if not any(p.sentence == sentence and p.span.start >= ends and p.cue_span is not None for p in self.doc.places):
            return own  # (most clauses: no place with a cue of its own after theirs)
        places = self._usable_in(sentence)
        more = [c for c in places if c.mention.span.start >= ends and c.mention.cue_span in cue_spans]
        # ... and those joined to the last under a cue of their own ("وبلدة بيت أمر شمالها، وبلدة بيتا")
        return self._joined_after(own + more, places)

    @staticmethod
    def _inside_after(where: list[PlaceChoice], places: list[PlaceChoice], trigger: Span) -> list[PlaceChoice]:
        """When ``where`` is one province named by its cue, the first place of it named after the trigger in
        its sentence by another cue, else none."""
        if len(where) != 1 or not _names_a_governorate(where[0].mention.cue):
            return []
        province = where[0].place.admin1
        return next(
            (
                [c]
                for c in places
                if c.mention.span.start >= trigger.end
                and c.place.admin1 == province
                and not _names_a_governorate(c.mention.cue)
            ),
            [],
        )

    def _focused_next(self, sentence: int) -> list[PlaceChoice]:
        """The places of the next sentence when its first word says where what was told centred (`focused_in`:
        "وتركزت المواجهات في ..."), every one of them a scene."""
        return self._usable_in(sentence + 1) if self.index.opens_with(sentence + 1, self._focused_in) else []

    def _place_told_before(self, sentence: int) -> PlaceChoice | None:
        """The first place of the sentence right before, named there with a cue ("بالعاصمة مقديشو", not a
        dateline's town nor a region's main town)."""
        if sentence == 0:
            return None
        for c in self._usable_in(sentence - 1):
            if c.mention.cue and c.place.kind is not PlaceKind.REGION:
                return c
        return None

    def _names_an_unknown_town(self, sentence: int) -> bool:
        """A town or village the sentence names with its cue ("مدينة تمبول", "بلدة آيت عميرة") was declined."""
        return any(unknown_settlement(p) for p in self.places_by_sentence.get(sentence, ()))

    def _names_an_unknown_quarter(self, sentence: int) -> bool:
        """A place the sentence names after a neighbourhood's cue ("حي القاهرة") was declined."""
        return any(p.sentence == sentence and p.resolved is None and _names_a_quarter(p.cue) for p in self.doc.places)

    def _city_told(self, city: str, sentence: int) -> PlaceChoice | None:
        """The latest resolved mention, up to ``sentence``, of the city named ``city``."""
        for p in reversed(self.doc.places):
            r = p.resolved
            if p.sentence > sentence or r is None or r.kind is not PlaceKind.CITY:
                continue
            if city in (r.name_en, r.location):
                return PlaceChoice(p, r)
        return None


    def _enumerated(self, sentence: int, trigger: Span, places: list[PlaceChoice]) -> list[PlaceChoice]:
        """The places after an enumeration word that follows the trigger ("غارات في عدة محافظات، بينها ...
        صنعاء، ومطار الحديدة، ... مدينة صعدة"): each a scene of the event, or none when no such word stands
        between the trigger and the first place."""
        first = places[0].mention.cue_span or places[0].mention.span
        for t in self.index.sentence_tokens(sentence):
            if t.start >= first.start:
                break
            if t.start >= trigger.end and t.norm in self._enumeration:
                if t.norm in _BREAKDOWNS and not self._counted_beside(t.start, t.end):
                    continue  # "بينهم كوادر طبية": who the dead were, no place by place
                return [c for c in places if c.mention.span.start > t.start]
        return []

    def _with_added(self, sentence: int, chosen: list[PlaceChoice], places: list[PlaceChoice]) -> list[PlaceChoice]:
        """The chosen places, and those of the clauses right after theirs that open with an additive word
        ("سيطرت القوات على القصر في مديرية كريتر، إضافة إلى معسكر اللواء الرابع في منطقة دار سعد") and tell no
        event of their own."""
        last = self.clause(chosen[-1].mention.span)[1]
        added: list[PlaceChoice] = []
        for c in places:
            if c.mention.span.start <= chosen[-1].mention.span.start:
                continue
            where = self.clause(c.mention.span)[1]
            if where == last:
                if added:
                    added.append(c)  # another place of the clause added
                continue
            if where != last + 1 or (sentence, where) in self.trigger_clauses or not self._adds(sentence, where):
                break
            added.append(c)
            last = where
        return chosen + added if added else chosen

    def _adds(self, sentence: int, clause: int) -> bool:
        """The clause opens with an additive word ("إضافة إلى", "فضلاً عن")."""
        words = [t.norm for t in self.index.sentence_tokens(sentence) if t.clause == clause][:2]
        if words and words[0].startswith("و"):
            words[0] = words[0][1:]
        return " ".join(words) in self._additive or (bool(words) and words[0] in self._additive)

    def _counted_beside(self, start: int, end: int) -> bool:
        """A figure (a part of another or not) right after raw offset ``end`` ("بينهم خمسة في ...") or right
        before ``start`` ("ثلاثة منهم في الحديدة")."""
        spans = [q.span for q in self.doc.quantities] + [p.part.span for p in self.doc.quantity_parts]
        text = self.doc.text
        # (right before with no comma between: not "أصيب أكثر من ثلاثين شخصاً، بينهم كوادر طبية")
        return any(
            0 <= s.start - end <= 2 or (0 <= start - s.end <= 2 and not text[s.end : start].strip()) for s in spans
        )

    def _listed_with(self, places: list[PlaceChoice]) -> list[PlaceChoice]:
        """The first place and those listed right after it ("أبرزها في الرباط والدار البيضاء")."""
        out = [places[0]]
        for c in places[1:]:
            if not self._listed_after(out[-1].mention, c.mention):
                break
            out.append(c)
        return out

    def _joined_after(self, chosen: list[PlaceChoice], places: list[PlaceChoice]) -> list[PlaceChoice]:
        """``chosen`` and the places right after its last one joined by "و" under cues of their own ("الجزائر
        ومدينتي وهران وقسنطينة", "الرباط ومدينة طنجة وبلدة فاس": each cue's own list comes with it)."""
        out = list(chosen)
        cue: Span | None = None
        for c in places:
            m = c.mention
            if m.span.start <= out[-1].mention.span.start:
                continue
            if cue is not None and m.cue_span == cue:
                out.append(c)  # listed under the cue taken
                continue
            if m.cue_span is None or not self._joined_by_and(out[-1].mention, m.cue_span):
                break
            cue = m.cue_span
            out.append(c)
        return out

    def _joined_by_and(self, a: PlaceMention, cue: Span) -> bool:
        """Only "و" (its clitic on the cue word) stands between place ``a`` and the cue of the next place, after a
        direction from the place before it at most ("وبلدة بيت أمر شمالها، وبلدة بيتا جنوب نابلس")."""
        between = self.doc.text[a.span.end : cue.start].strip()
        head, _, rest = between.partition(" ")
        if _direction_from_it(head):
            between = rest.strip().lstrip("،,").strip()
        return between == "و" or (not between and self.doc.text[cue.start : cue.start + 1] == "و")

    def _listed_after(self, a: PlaceMention, b: PlaceMention) -> bool:
        """Place ``b`` follows ``a`` in one list: joined by "و" or a comma with nothing else between."""
        return a.sentence == b.sentence and self.doc.text[a.span.end : b.span.start].strip() in _LIST_JOINS


_COMMAS = frozenset("،,")
#: the pronouns on a direction that point back to the place before it ("شمالها": north of it)
_ITS = ("ها", "ه")


def _direction_from_it(word: str) -> bool:
    """A direction word with a pronoun pointing back, a comma after it at most ("شمالها،", "جنوبه")."""
    bare = normalize_term(word.rstrip("،,"))
    return any(bare.endswith(its) and bare[:-len(its)] in place_cues.DIRECTIONS_PRE for its in _ITS)


def _names_a_governorate(cue: str) -> bool:
    """The place cue names a governorate ("محافظة", "ولاية", "إقليم"), not a district as off_stage's provinces do."""
    found = place_cues.CUES.get(cue)
    return found is not None and found.kind == "governorate"


def _names_a_quarter(cue: str) -> bool:
    """The place cue names one quarter of a city ("حي", "حارة"; data/ar/places.yaml), not several."""
    found = place_cues.CUES.get(cue)
    return found is not None and found.kind == "neighbourhood" and not found.plural

#: the enumeration words that count the dead out ("بينهم خمسة في الخرطوم"), not the places of the event
_BREAKDOWNS = frozenset({"بينهم", "منهم"})
#: what may stand between two places listed together (the clitic and its article are outside the span)
_LIST_JOINS = frozenset({"و", "وال", "،", ",", "، و", ", و", "، وال", ", وال"})


def _a_year(d: DateMention) -> bool:
    return d.value is not None and d.value.precision is Precision.YEAR


def _a_day(d: DateMention) -> bool:
    return d.value is not None and d.value.precision is Precision.DAY


def _chosen(mention: DateMention, discourse: DateChoice | None) -> DateChoice:
    """A date mention chosen for a frame, with its value; a day counted from the report's last date
    ("وفي اليوم التالي") is counted from the narrative's date, not from publication."""
    if is_anaphoric(mention):
        return DateChoice(mention, resolve_anaphoric(mention, discourse.value if discourse is not None else None))
    return DateChoice(mention, mention.value)


def _road_end_holders(doc: Document) -> set[int]:
    """The ids of the place mentions that hold a road's far end, which is never a choice itself ("بين مدينة
    طفس وبلدة اليادودة في ريف درعا"): containers like those of the choices (see :func:`_most_specific`).
    The same for every sentence: found once per document."""
    return {
        id(doc.places[i])
        for p in doc.places
        if p.road == "end" and p.resolved is not None and (i := p.container) is not None
    }


def _most_specific(doc: Document, choices: list[PlaceChoice], holders: set[int]) -> list[PlaceChoice]:
    """Drop places that only contain others here: "حي X وسط مدينة Y" is an event in X, not in Y.
    ``holders``: the document's :func:`_road_end_holders`."""
    # (a description and the name after it hold no other place: "بالعاصمة الصومالية مقديشو" is one place;
    # an anaphor does, whatever it was read as: "في منطقة باب طبرق شرقي المدينة")
    container_places = {
        r.place_id
        for c in choices
        if (i := c.mention.container) is not None
        and (r := doc.places[i].resolved) is not None
        and (r.place_id != c.place.place_id or doc.places[i].antecedent is not None)
    }
    # (and of a camp beside its town: "مخيم أبو شوك للنازحين شمال المدينة" is in the camp, not also in El Fasher)
    cities = {
        c.place.city
        for c in choices
        if c.place.city
        and (c.place.is_neighbourhood or (c.place.kind is PlaceKind.VILLAGE and c.place.city != c.place.name_en))
    }

    # (and a governorate beside a place in it: "مدينة نيالا عاصمة ولاية جنوب دارفور" is an event in Nyala)
    provinces = {c.place.admin1 for c in choices if c.place.kind is not PlaceKind.GOVERNORATE and c.place.admin1}

    def contains_others(c: PlaceChoice) -> bool:
        # a landmark coded to its town shares the town's id but contains nothing; beside a neighbourhood
        # of that town it is no more precise than the town ("حيي العمال والعرفي والملعب البلدي")
        landmark = c.place.kind is PlaceKind.LANDMARK
        return (
            (c.place.place_id in container_places and not landmark)
            or id(c.mention) in holders
            or (not c.place.is_neighbourhood and (c.place.name_en in cities or c.place.location in cities))
            or (c.place.kind is PlaceKind.GOVERNORATE and c.place.admin1 in provinces)
        )

    out: list[PlaceChoice] = []
    seen: set[str] = set()
    for k, c in enumerate(choices):
        is_container = contains_others(c)
        # "مدينة عفرين شمالي حلب", "بلدة X قرب مدينة Y": a place given by a direction or "near" after
        # another place of the clause locates that place; the event is not also in it
        # (after a road named by its town the place "near" says where on the road: "على طريق حلب دمشق قرب سراقب")
        # (so does one right after a place that has a qualifier of its own: "المدخل الجنوبي لمدينة منبج شرقي حلب")
        # (not over a comma: "ومطار الحديدة ومحيطه، ومعسكر كهلان شرقي مدينة صعدة" locates another place)
        reference = bool(c.mention.qualifier) and any(
            not o.mention.road
            and o.mention.span.end <= c.mention.span.start
            and (not o.mention.qualifier or len(doc.text[o.mention.span.end : c.mention.span.start].split()) <= 2)
            and not _COMMAS.intersection(doc.text[o.mention.span.end : c.mention.span.start])
            for o in choices[:k]
        )
        if c.mention.road == "start" and any(
            (o.mention.qualifier and o.mention.span.start >= c.mention.span.end) or not o.mention.road
            for o in choices
            # (a unit holding the road, "بين مدينة طفس وبلدة اليادودة في ريف درعا", is not elsewhere)
            if o is not c and not contains_others(o)
        ):
            continue  # "متظاهرين في مدينة منبج قطعوا طريق حلب": the road's town is not where they were
        if (
            is_container
            or reference
            or c.place.place_id in seen
            or _placed_by_a_town_after(doc, c, [o for o in choices[k + 1 :] if not contains_others(o)])
        ):
            continue
        seen.add(c.place.place_id)
        out.append(c)
    return out


#: how many words may stand between a landmark and the town named after it that it stands in
_LANDMARK_TO_TOWN = 6


def _placed_by_a_town_after(doc: Document, c: PlaceChoice, later: list[PlaceChoice]) -> bool:
    """A landmark coded to a town named before it, with another town named a few words after it in its
    sentence that contains no other place of the event: the later one says where it stands ("قطاع غزة ...
    مدرسة العودة التي تؤوي نازحين في بلدة عبسان الكبيرة" is an event in Abasan, not also in Gaza)."""
    if c.place.kind is not PlaceKind.LANDMARK or c.mention.container is not None:
        return False  # (a landmark the text puts in a town is in it: "قرب دوار السنتر في مدينة الباب")
    for o in later:
        if o.place.kind is PlaceKind.LANDMARK or o.place.place_id == c.place.place_id or o.mention.qualifier:
            continue
        words = doc.text[c.mention.span.end : o.mention.span.start].split()
        # ("في بلدة عبسان", "ببلدة عبسان"; not where flights went: "إلى مطار مصراتة")
        # (or right after the landmark's own words: "مسجد الروضة التابع لمركز بئر العبد")
        placed = not words or "في" in words or (words[-1][:1] in ("ب", "ل") and len(words[-1]) > 3)
        if o.mention.sentence == c.mention.sentence and len(words) <= _LANDMARK_TO_TOWN and placed:
            return True
    return False


