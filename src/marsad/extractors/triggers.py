"""Trigger mentions with the modifiers seen around them (negated, attempted, partial, complete ...)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from marsad.extractors.positions import same_statement
from marsad.extractors.quoted_names import quoted_names
from marsad.extractors.since_taken import since_date
from marsad.lang.cues import CueWords, load_cues
from marsad.lang.triggers import (
    Family,
    ModifierGroup,
    Territorial,
    Trigger,
    TriggerLexicon,
    load_triggers,
    modifier_words,
)
from marsad.model.document import Document, Token
from marsad.model.mentions import TriggerMention
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.matcher import Match, PhraseMatcher, word_edges
from marsad.text.normalize import normalize_term
from marsad.text.ranges import Ranges

#: modifier groups that flag no trigger: the event stage reads the object of a capture (partial, foothold,
#: complete) and this stage looks back for a governing verb (performs, attempts, does) or looks after a
#: withdrawal (not_territory)
_READ_ELSEWHERE = frozenset(
    {"partial", "foothold", "complete", "performs", "attempts", "does", "reports_with", "not_territory", "denial"}
)


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher[Trigger], PhraseMatcher[ModifierGroup]]:
    lex = load_triggers()
    triggers = PhraseMatcher((t.form, t, t.inflects) for t in lex.triggers)
    # every group is searched for, the ones read elsewhere too: as the matcher keeps the longest of
    # overlapping hits, their phrases decide which flag words are seen
    modifiers = PhraseMatcher((w, g, False) for g in lex.modifiers.values() for w in g.words)
    return triggers, modifiers


#: families an attempt verb ("حاول مسلحون اغتيال") turns into a reported attack
_ATTEMPTABLE = frozenset({"assassination", "abduction", "killing"})
#: a modifier found in a sentence: its match, the index of its first token, and the groups of the match
#: that can flag a trigger (see :func:`_flagging`)
_Modifier = tuple[Match[ModifierGroup], int, tuple[ModifierGroup, ...]]


def _flagging(m: Match[ModifierGroup]) -> tuple[ModifierGroup, ...]:
    """The groups of a modifier match that flag the triggers near it: not those read elsewhere, nor a
    group of verbs when the word has the article ("حوادث القتل": the article makes the verb's letters a
    noun). Sorted out once per match, not once per trigger of its sentence."""
    return tuple([g for g in m.payloads if g.name not in _READ_ELSEWHERE and not (g.verbs and "ال" in m.prefix)])


#: groups of the phrases that name a period ("منذ بدء"), which a first ("لأول مرة منذ") does not count over
_PERIOD_GROUPS = frozenset({"aggregate", "span_start"})
#: groups a trigger's own words may belong to ("قصفت طائرات": the aircraft are in the trigger)
_SELF_DESCRIBING = frozenset({"aircraft", "accident"})
#: the families of weapons fired from afar, whose fate words told after them may tell
_FIRED_FROM_AFAR = frozenset({"airstrike", "shelling"})
#: how many words of asides a needed word before its form may stand behind, besides its window
_ASIDES_BEFORE = 8
#: how many words after a relative pronoun a period's start may tell an actor's past (see _an_actors_past)
_ACTORS_PAST_REACH = 5
#: the flag of a trigger whose sentence tells a period only in an actor's past (see _an_actors_past)
ACTORS_PAST = "actors_past"


def _negation_ended(tokens: list[Token], negator: int, trigger: int) -> bool:
    """A word between the negator and the trigger opens what came before or after the thing denied: "دون
    مقاومة بعد انسحاب التنظيم" denies the resistance, not the withdrawal."""
    ends = with_conjunctions(load_cues().negation_ends)
    return any(tokens[j].norm in ends for j in range(negator + 1, trigger))


def _heads_a_name(m: Match[ModifierGroup]) -> bool:
    """The modifier is a name's head word ("جيش", "فصائل"), whose group is about names."""
    return any(g.name == "name_head" for g in m.payloads)


#: a modifier scope this large means anywhere in the trigger's sentence
SENTENCE_SCOPE = 100
#: how far a scope-0 modifier may stand from the trigger, in words, on either side
_NEAR = 5


def _locate(tokens: list[Token], starts: list[int], m: Match[Any]) -> tuple[int, int]:
    """Indices of the first and the last token of a match (a plain pair: one per lexicon match)."""
    first = max(0, bisect_left(starts, m.token_start + 1) - 1)
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].nstart < m.nend:
        last += 1
    return first, last


def _strength(trigger: Trigger, prefix: str, previous: str, suffered: bool = False, performed: bool = False) -> int:
    """A verb form that cannot be a verb here is its verbal noun, which names a kind of event rather than
    report one: with the article ("القتل", "والخطف"), a preposition clitic ("بقتل", "لقتل") or after a
    preposition ("الى قتل"). It then counts as an event noun (strength 2)."""
    proclitics = prefix.lstrip("وف")
    if suffered or performed:
        return 3  # "تعرضت البلدة لقصف", "نفذ مسلحون هجوماً": reported from the victim's or the doer's side
    if trigger.strength != 3:
        return trigger.strength
    if (proclitics and proclitics != "س") or previous in load_cues().preposition:
        return 2
    return trigger.strength


#: kinds of violence that, listed together, name violence in general ("القتل والخطف", "اختطاف وقتل")
_VIOLENT = frozenset(
    {"killing", "abduction", "assassination", "attack", "explosion", "ied", "beating", "shooting", "sexual_violence"}
)
#: what may stand between two listed triggers: "و", "أو", with the article
_LIST_GAP = re.compile(r"\s*(?:و|[أا]و\s+)(?:ال|لل)?")


def names_protest(term: str) -> bool:
    """The trigger (or any word) names a protest ("تظاهر", "اعتصام", "المتظاهرون"): a `protest_stem` cue is in it."""
    return any(stem in term for stem in load_cues().protest_stem)


#: pronoun suffixes of a verbal noun naming whom it is about ("احتجازها", "اعتقالهم")
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def _held_one(word: str, term: str) -> bool:
    """The word is the matched term with a pronoun suffix: "احتجازها" after "احتجاز"."""
    stem = term.rsplit(" ", 1)[-1]
    return any(word.endswith(stem + suffix) for suffix in _PRONOUN_SUFFIXES)


def _previous_word(tokens: list[Token], index: int) -> str:
    if index == 0 or tokens[index - 1].sentence != tokens[index].sentence:
        return ""
    return tokens[index - 1].norm


def _governed(tokens: list[Token], index: int, verbs: Collection[str], reach: int) -> bool:
    """A finite verb of ``verbs`` (their forms after و or ف included, see :func:`with_conjunctions`) at
    most ``reach`` words before token ``index``, in the same clause: it governs the event noun there ("نفذ
    مسلحون هجوماً", "تعرضت البلدة لقصف", "نجا القيادي من محاولة اغتيال"). Not the verb's verbal noun after a
    preposition: "بشن هجمات", "عن تعرض قسم شرطة لهجوم" tell nothing that happened."""
    here = tokens[index]
    for j in range(max(0, index - reach), index):
        there = tokens[j]
        if there.clause == here.clause and there.sentence == here.sentence and there.norm in verbs:
            return _previous_word(tokens, j) not in load_cues().preposition
    return False


def _governed_over_subject(
    tokens: list[Token], index: int, verbs: Collection[str], actor_starts: list[int], aircraft: Collection[str] = ()
) -> bool:
    """A verb of ``verbs`` (as for :func:`_governed`) before a long subject naming an actor, and short
    asides, governs the event noun at ``index``: "شنت مجموعات من فلول النظام، مساء أمس الخميس، هجوماً" (verb,
    subject, time, object). Aircraft (``aircraft`` words) are such a subject too: "شنت طائرات حربية أمريكية
    فجر اليوم السبت سلسلة غارات".
    Without an actor in between the "attack" is mostly words: "شن الرئيس ... أعنف هجوم له على الحركة"."""
    lo = max(0, index - _SUFFERED_REACH)
    k = bisect_left(actor_starts, tokens[lo].start)
    actor_in_reach = k < len(actor_starts) and actor_starts[k] < tokens[index].start
    if not actor_in_reach and not any(tokens[j].norm in aircraft for j in range(lo, index)):
        return False  # no actor nor aircraft named in reach: most event nouns, decided cheaply
    for j in range(index - 1, lo - 1, -1):
        there = tokens[j]
        if there.sentence != tokens[index].sentence:
            return False
        if there.norm in verbs:
            k = bisect_left(actor_starts, there.end)
            names_actor = (k < len(actor_starts) and actor_starts[k] < tokens[index].start) or any(
                tokens[i].norm in aircraft for i in range(j + 1, index)
            )
            return (
                names_actor
                and _previous_word(tokens, j) not in load_cues().preposition
                and same_statement(tokens, j, index)
            )
    return False


#: how many words may stand between "تعرض" and the event noun: its subject, up to "حاجز لقوات النظام"
_SUFFERED_REACH = 10


def _flag_enumerations(raw: str, triggers: list[TriggerMention]) -> None:
    """Mark coordinated kinds of violence as generic talk: "حوادث القتل والخطف تطال ...".

    Killing and injury together ("قتلى وجرحى", "قتلت وجرحت") are a casualty report, not a list.
    """
    for a, b in pairwise(triggers):
        if a.family == b.family or {a.family, b.family} == {"killing", "injury"}:
            continue
        if a.family in _VIOLENT and b.family in _VIOLENT and _LIST_GAP.fullmatch(raw, a.span.end, b.span.start):
            a.flags.add("generic")
            b.flags.add("generic")


#: what stands between an event noun and a definite one coordinated with it, sharing what governs it: an
#: adjective of the first at most ("شن هجوم مسلح والسيطرة", "قصف المدينة واقتحامها")
_COORDINATED_GAP = re.compile(r"\s+(?:\S+\s+)?و")
#: the flags a coordinated event noun shares with the one before it: what was planned or not done
_SHARED_BY_COORDINATION = frozenset({"future", "negated"})
_REFERENCE = frozenset({"reference"})
#: between a reference and the fight it names: "صور مقاتلين قتلوا في المعارك"
_TOLD_IN_GAP = re.compile(r"\s+(?:في|خلال|[أا]ثناء|جراء)\s+")
#: between an event noun (its span may leave a plural ending out) and the verb of the relative clause that
#: describes it, an adjective at most: "الهجوم الانتحاري، الذي استهدف", "الاغتيالات الغامضة التي طالت"
_DESCRIBED_GAP = re.compile(r"[^\s،,]*(?:\s+[^\s،,]+)?\s*[،,]?\s*(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)\s+")
#: the flags a relative clause's event shares with the event noun it describes: talk about events
_TALK = frozenset({"generic"})


def _pass_on(
    raw: str, triggers: list[TriggerMention], gap: re.Pattern[str], carried: frozenset[str], definite: bool = True
) -> None:
    """A definite event noun right after another trigger of its sentence, ``gap`` between them, takes the
    ``carried`` flags that one has.

    Coordinated nouns share what makes the first unreal (``_COORDINATED_GAP``): "ليتمكنوا من شن هجوم مسلح
    والسيطرة على الموصل" plans the capture too, "لم يتم قصف البلدة واقتحامها" denies the storming too; only
    nouns ("وال..."): a finite verb after "و" tells a new fact ("لم يصب أحد وانسحبت القوات"). The fight a
    referenced death happened in is referenced too (``_TOLD_IN_GAP``): "رافعين صور مقاتلين قتلوا في المعارك".
    With ``definite`` false the second may be any word: the verb of a relative clause describing the first
    (``_DESCRIBED_GAP``) is talked about as the first is: "إن باكستان تقف وراء الهجوم الانتحاري، الذي استهدف
    السفارة" names an attack, it does not report one."""
    for a, b in pairwise(triggers):
        shared = a.flags & carried
        if not shared or a.sentence != b.sentence or (definite and not raw.startswith("ال", b.span.start)):
            continue
        if gap.fullmatch(raw, a.span.end, b.span.start):
            b.flags |= shared


#: how many words a denial verb reaches over its subject to the event it denies ("نفى العميد ... الناطق
#: باسم قيادة العمليات مجددا أمس تعرض الفتاة للاغتصاب")
_DENIAL_REACH = 20


def _flag_denied(
    tokens: list[Token],
    mods: dict[int, list[_Modifier]],
    triggers: list[TriggerMention],
    firsts: list[int],
) -> None:
    """Negate the first event word a denial verb governs, in its statement: "نفت قوات الدعم السريع سيطرة الجيش
    على الجسر". Denying responsibility denies no event: "نفى الفصيل مسؤوليته عن مقتل الشاب"."""
    ends = load_cues().denial_ends
    for sentence, found in mods.items():
        for m, at, _ in found:
            if not any(g.name == "denial" for g in m.payloads):
                continue
            denied = None
            for k, t in enumerate(triggers):
                first = firsts[k]
                if "name_head" in t.flags:
                    continue  # "تحرير" in "هيئة تحرير الشام": a word of a name
                governed = t.sentence == sentence and at < first <= at + _DENIAL_REACH
                if governed and (denied is None or first < firsts[denied]) and same_statement(tokens, at, first):
                    if any(tokens[j].norm in ends for j in range(at + 1, first)):
                        break  # "نفى الجيش ذلك مؤكداً أن قواته تخوض معارك": what it denied ends before
                    denied = k
            if denied is not None:
                flags = triggers[denied].flags
                flags.add("denied_doer" if "responsibility" in flags else "negated")


def _flag_denied_claims(tokens: list[Token], triggers: list[TriggerMention], firsts: list[int]) -> None:
    """Ground taken or entered in a side's claim that its sentence then says was denied ("وزعمت الحركة أنها قتلت
    عشرات الجنود وسيطرت على القاعدة، وهو ما نفته الحكومة") did not change hands: only tried, a fight (the claim's
    words after the verb of claiming, `side_claim`, before the denial, `denied_after` after "ما" or "الذي")."""
    claimed_ground = [k for k, t in enumerate(triggers) if t.family in _DENIABLE_CLAIMS]
    if not claimed_ground:
        return
    cues = load_cues()
    # (the sentences that tell such a denial at all: most tell none, and need no closer look)
    deniers = cues.denied_after | with_conjunctions(cues.denial_verb)
    denying = {
        tokens[j].sentence
        for j in range(1, len(tokens))
        if tokens[j].norm in deniers and _denies_what_was_told(tokens, j, cues)
    }
    for k in claimed_ground:
        t = triggers[k]
        first = firsts[k]
        if tokens[first].sentence not in denying:
            continue
        sentence = tokens[first].sentence
        j = first + 1
        denial = None
        while j < len(tokens) and tokens[j].sentence == sentence and denial is None:
            if tokens[j].norm in deniers and _denies_what_was_told(tokens, j, cues):
                denial = j
            j += 1
        if denial is None:
            continue
        # (a claim, or with a denial that names what it denies, an announcement: "أعلنت قوات الدعم السريع
        # سيطرتها على مطار مروي، غير أن الجيش نفى ذلك")
        claims = cues.side_claim if tokens[denial].norm in cues.denied_after else cues.side_claim | cues.reporting_verb
        j = first - 1
        while j >= 0 and tokens[j].sentence == sentence:
            if is_word(tokens[j].norm, claims):
                t.flags.add("attempted")  # (fought over, as the denial itself often says: "صدوا الهجوم")
                break
            j -= 1


def _denies_what_was_told(tokens: list[Token], j: int, cues: CueWords) -> bool:
    """Token ``j`` is a verb of denial with the pronoun of what was told, after "ما" or "الذي" ("وهو ما نفته"),
    or a verb of denial with a word for it as its object ("نفى ذلك")."""
    word = tokens[j].norm
    if word in cues.denied_after:
        return tokens[j - 1].norm in _RELATIVES
    if not is_word(word, cues.denial_verb) or j + 1 >= len(tokens) or tokens[j + 1].sentence != tokens[j].sentence:
        return False
    return tokens[j + 1].norm in cues.denial_ends


#: what a side may claim to have done that a denial after the claim unmakes
_DENIABLE_CLAIMS = frozenset({"capture", "entry"})
#: the relative words before a denial of what was told ("وهو ما نفته الحكومة", "الأمر الذي نفاه")
_RELATIVES = frozenset({"ما", "الذي"})


def _needed_word(tokens: list[Token], j: int, trigger: Trigger) -> bool:
    """Token ``j`` is a word the trigger needs, not the kind of an aircraft word right before it ("طائرة
    مسيرة" is a drone, not a march, "مسيرة")."""
    return is_word(tokens[j].norm, trigger.needs) and (j == 0 or tokens[j - 1].norm not in modifier_words("aircraft"))


#: ground taken, entered or left: with the lam of purpose ("لتحرير", "للسيطرة على") the aim of an operation,
#: and "أمهل أنصاره ستين دقيقة للانسحاب" a deadline, not a withdrawal
_MOVING_GROUND = frozenset({Territorial.CAPTURE, Territorial.ENTRY, Territorial.WITHDRAWAL})


#: how many words after an agreement word dropped as the topic of talks a conjoined one ("... وتبادل الأسرى")
#: is the same topic
_CONJOINED_DEAL_REACH = 8


class TriggerStage:
    name = "triggers"
    requires = frozenset({"norm", "sentences", "tokens", "actors", "dates"})
    assigns = frozenset({"triggers"})

    def __init__(self) -> None:
        self.lexicon: TriggerLexicon = load_triggers()
        self.triggers, self.modifiers = _matchers()
        #: (normalised words, how many words away) of the groups this stage reads by their words; the verbs
        #: with their forms after و or ف (see :func:`_governed`)
        self.performs = self._verbs_and_reach("performs")
        # the same verbs after their object, carrying its pronoun: "هجوماً نفذه مسلحون", "غارات شنتها طائرات"
        self.performed_after = frozenset(
            (v[:-1] if v.endswith("وا") else v) + suffix
            for v in self._words_and_reach("performs")[0]
            for suffix in (("وه", "وها") if v.endswith("وا") else ("ه", "ها"))
        )
        self.does = self._verbs_and_reach("does")
        self.reports_with = self._verbs_and_reach("reports_with")
        self.attempts = self._verbs_and_reach("attempts")
        self.not_territory = self._words_and_reach("not_territory")
        #: words naming aircraft, a subject of "شن" as good as a named actor (see :func:`_governed_over_subject`)
        self.aircraft = modifier_words("aircraft")
        #: modifier group -> the trigger families it cancels
        self.drops = {g.name: g.drops for g in self.lexicon.modifiers.values() if g.drops}
        #: the relative pronouns ("التي", "الذين"): a count's span told in a clause of theirs may be an actor's past
        self.relatives = modifier_words("relative_clause")

    def _words_and_reach(self, name: str) -> tuple[tuple[str, ...], int]:
        group = self.lexicon.modifiers[name]
        return tuple(normalize_term(w) for w in group.words), abs(group.scope)

    def _verbs_and_reach(self, name: str) -> tuple[frozenset[str], int]:
        """:meth:`_words_and_reach` of a group of verbs, with their forms after و or ف."""
        verbs, reach = self._words_and_reach(name)
        return with_conjunctions(frozenset(verbs)), reach

    def matchers(self) -> list[PhraseMatcher[Any]]:
        return [self.triggers, self.modifiers]

    def __call__(self, doc: Document) -> None:
        assert doc.norm is not None
        view = doc.norm
        tokens = doc.tokens
        starts = word_edges(view.text)[0]  # the tokens' starts in the view (shared: read only)
        may_be_drone = "مسير" in view.text
        # (and the quoted names of groups the actors lack: 'جماعة "العودة والمطالبة وإعادة التأهيل" (3R)')
        names = Ranges([(a.span.start, a.span.end) for a in doc.actors] + list(quoted_names(doc.text)))
        mods = self._modifiers_by_sentence(doc.text, view.text, tokens, starts, may_be_drone, names)
        actor_starts = [a.span.start for a in doc.actors]  # in text order
        out: list[TriggerMention] = []
        firsts: list[int] = []  # each kept trigger's first token
        crowd_ends: set[int] = set()  # the last token of each protest trigger
        # "فجر اليوم نفسه", "صباح الثلاثاء": words of a date are no event ("فجر" is also "blew up")
        # (and "اللواء 444 قتال": a word inside an actor's name, after its first word, is no event either)
        covering = Ranges(
            [(d.span.start, d.span.end) for d in doc.dates]
            + [(a.span.start + 1, a.span.end) for a in doc.actors if not a.anaphoric]
        )
        dropped_deal = -1  # the last token of the last agreement word dropped (see `drops` in modifiers.yaml)
        for m in self.triggers.find(view.text):
            raw = view.raw_span(m.nstart, m.nend)
            if covering.holds(raw.start, raw.end):
                continue
            first, last = _locate(tokens, starts, m)
            tok = tokens[first]
            # a form may be listed in several entries (with different `needs`): the first one met counts
            met = self._first_met(tokens, first, last, m.payloads)
            if (
                met is not None
                and may_be_drone
                and met[0].family.id == "airstrike"
                and met[1] > last
                and not self._drone_near(doc.text, tokens, met[1], met[1])
            ):
                # "واستهداف مسيرة سلمية جريمة": the march needed is no drone; the entries after it decide
                met = self._first_met(tokens, first, last, tuple(p for p in m.payloads if p is not met[0]))
            if met is None:
                continue
            # (a form and the word it needs are one phrase: "لقي أربعة أشخاص ... مصرعهم بحادث سير")
            trigger, reach = met
            flags = self._flags(tokens, first, last, mods.get(tok.sentence, ()), names, reach)
            clitic = m.prefix.lstrip("وف")
            if clitic == "س":
                flags.add("future")  # "وسيقصف الطيران": the future prefix on the verb itself
            elif clitic in ("ل", "لل") and (
                trigger.family.territorial in _MOVING_GROUND
                or (trigger.family.id == "agreement" and not self._reached(tokens, first))
                or (trigger.family.id == "arrest" and clitic == "ل" and not m.term.startswith("ال"))
            ):
                # "عملية عسكرية لتحرير طرابلس", "للسيطرة على", "وساطة لوقف إطلاق النار", "خلال عملية لاعتقال
                # مطلوبين": a purpose, not a capture, a deal made nor an arrest
                flags.add("future")
            performed = self._performed(tokens, first, m.prefix, trigger, actor_starts) or self._performed_after(
                tokens, last
            )
            # (or the verb is part of the form: "تعرضت لهجوم")
            suffered = self._suffered(tokens, first, m.prefix) or m.term.split(" ", 1)[0] in load_cues().suffered
            if m.term.startswith("محاوله"):
                flags.add("attempted")  # "محاولة اغتيال": tried, not done
            if suffered:
                flags.add("suffered")  # the subject of "تعرض" is the target; the agent follows the noun
            if "name_head" in flags and (m.prefix.endswith("ال") or m.term.startswith("ال")):
                continue  # "ساحة التحرير", "جيش التحرير": a name, not an event
            if not flags.isdisjoint(self.drops) and any(trigger.family.id in self.drops.get(f, ()) for f in flags):
                if trigger.family.id == "agreement":
                    dropped_deal = last
                continue  # "السيطرة على الحريق", "على الرغم من اتفاق وقف إطلاق النار": see `drops` in modifiers.yaml
            if (
                trigger.family.id == "agreement"
                and m.prefix.startswith("و")
                and 0 <= dropped_deal < first
                and first - dropped_deal <= _CONJOINED_DEAL_REACH
                and tokens[dropped_deal].clause == tok.clause
                and tokens[dropped_deal].sentence == tok.sentence
            ):
                continue  # "محادثات بشأن اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى": the same talks' topic
            if trigger.family.territorial is Territorial.WITHDRAWAL and self._leaves_no_territory(tokens, last):
                continue  # "انسحب النواب من جلسة البرلمان": a walk-out, not a transfer of ground
            if trigger.family.id == "protest" and "not_protest" in flags and not names_protest(m.term):
                continue  # "شارك المئات في تشييع الضحايا", "خرج المئات عبر المعبر": a crowd, not a protest
            if trigger.family.id == "protest" and "celebrating" in flags and "demanding" not in flags:
                continue  # "خرج آلاف ... إلى الشوارع احتفالاً بالخبر": a celebration, no demand made
            if (
                trigger.family.id == "protest"
                and may_be_drone
                and self._drone_near(doc.text, tokens, first, last + trigger.window)
            ):
                continue  # "بغارة نفذتها مسيّرة إسرائيلية": a drone, not a march
            if trigger.family.id == "arrest" and "during" in flags and _held_one(tokens[last].norm, m.term):
                continue  # "توفيت أثناء احتجازها لدى الشرطة": the time she was held, no arrest told
            if trigger.family.id == "riot" and trigger.strength == 1 and first - 1 in crowd_ends:
                continue  # "محتجين غاضبين": the crowd's adjective, not violence
            if (
                "span_start" in flags
                and trigger.family.territorial is not Territorial.NONE
                and since_date(doc, last) is not None
            ):
                # "منذ سيطرة التنظيم عليها في آب 2014": the takeover a span is counted from, with its own date, is
                # history the control timeline keeps (see the event stage), not news
                flags.discard("span_start")
                flags.add("since_taken")
            family = trigger.family
            if (
                family.id == "attack"
                and trigger.strength < 3
                and may_be_drone
                and self._drone_right_after(doc.text, tokens, last)
            ):
                # "جراء استهداف مسيّرة تركية سيارة": the drone's strike, told by a noun of attack (a verb's, "استهدفت
                # مسيّرة", is read with its subject)
                family = self.lexicon.families["airstrike"]
            if trigger.follows_weapon:
                family = self._weapon_before(out, tok.sentence) or family
                flags.add("landed")  # (a weapon brought down before it is no disrupted use: see the event stage)
            if family.id == "riot" and "symbolic" in flags:
                family = self.lexicon.families["protest"]  # "أحرق متظاهرون أعلام اسرائيل": a gesture, no violence
            if family.id == "protest":
                crowd_ends.add(last)
            out.append(
                TriggerMention(
                    span=raw,
                    sentence=tok.sentence,
                    trigger_id=trigger.id,
                    family=family.id,
                    event_type=family.event_type.value,
                    sub_event_type=family.sub_event_type.label,
                    flags=flags,
                    strength=_strength(trigger, m.prefix, _previous_word(tokens, first), suffered, performed),
                )
            )
            firsts.append(first)
        _flag_denied(tokens, mods, out, firsts)
        _flag_denied_claims(tokens, out, firsts)
        _flag_enumerations(doc.text, out)
        _pass_on(doc.text, out, _COORDINATED_GAP, _SHARED_BY_COORDINATION)
        _pass_on(doc.text, out, _TOLD_IN_GAP, _REFERENCE)
        _pass_on(doc.text, out, _DESCRIBED_GAP, _TALK, definite=False)
        doc.triggers = out

    def _performed(
        self, tokens: list[Token], first: int, prefix: str, trigger: Trigger, actor_starts: list[int]
    ) -> bool:
        """The event noun at token ``first`` is the object of a finite verb that reports it: "نفذ مسلحون
        هجوماً", "حاول مسلحون اغتيال" (attacks only), or a periphrastic "did" with ب، على or الى: "قامت
        بتفجير", "أقدم على قتل", "عمدوا إلى تفجير"."""
        clitic, previous = prefix.lstrip("وف"), _previous_word(tokens, first)
        if not clitic and (
            _governed(tokens, first, *self.performs)
            or _governed_over_subject(tokens, first, self.performs[0], actor_starts, self.aircraft)
            or (trigger.family.id in _ATTEMPTABLE and _governed(tokens, first, *self.attempts))
        ):
            return True
        periphrastic = clitic in ("ب", "بال") or (clitic in ("", "ال") and previous in ("علي", "الي"))
        if periphrastic and _governed(tokens, first, *self.does):
            return True
        # (a report of it: "أفاد سكان باشتباكات متقطعة")
        return clitic in ("ب", "بال") and _governed(tokens, first, *self.reports_with)

    @staticmethod
    def _reached(tokens: list[Token], first: int) -> bool:
        """A verb of reaching governs the deal within five words before it ("توصلت الفصائل والنظام أمس لاتفاق")."""
        reached = load_cues().reached
        sentence = tokens[first].sentence
        return any(
            tokens[k].sentence == sentence and is_word(tokens[k].norm, reached, ("و",))
            for k in range(max(0, first - 5), first)
        )

    def _performed_after(self, tokens: list[Token], last: int) -> bool:
        """The event noun ending at token ``last`` is the object of the verb right after it, which carries its
        pronoun ("هجوماً نفذه مسلحون", "غارات شنتها طائرات"), or the subject of a verb of occurrence right
        after it ("انفجارين وقعا في سوق مكتظ")."""
        nxt = last + 1
        if nxt >= len(tokens) or tokens[nxt].sentence != tokens[last].sentence:
            return False
        word = tokens[nxt].norm
        if is_word(word, self.performed_after, ("و",)) or word in load_cues().occurred_after:
            return True
        # over one adjective of the noun ("هجوم واسع شنه مقاتلوها", "هجوماً مباغتاً نفذه مسلحون")
        after = nxt + 1
        if (
            after >= len(tokens)
            or tokens[after].sentence != tokens[last].sentence
            or tokens[after].clause != tokens[last].clause
            or word.startswith("ال")
            or len(word) < 4  # (not a preposition or an adverb of time: "في", "أمس")
        ):
            return False
        return is_word(tokens[after].norm, self.performed_after, ())

    def _weapon_before(self, found: list[TriggerMention], sentence: int) -> Family | None:
        """The family of the last weapon fired from afar named before, in the sentence ("لمسيرات انتحارية
        ... فيما أصابت إحداها": a drone's)."""
        for t in reversed(found):
            if t.sentence != sentence:
                break
            if t.family in _FIRED_FROM_AFAR:
                return self.lexicon.families[t.family]
        return None

    @classmethod
    def _drone_right_after(cls, raw: str, tokens: list[Token], last: int) -> bool:
        """The word after the trigger's last token is a drone ("مسيّرة", see :meth:`_drone_near`)."""
        j = last + 1
        return (
            j < len(tokens)
            and tokens[j].sentence == tokens[last].sentence
            and is_word(tokens[j].norm, load_cues().march_or_drone)
            and cls._drone_near(raw, tokens, j, j)
        )

    @staticmethod
    def _drone_near(raw: str, tokens: list[Token], first: int, last: int) -> bool:
        """A "مسيرة" among tokens ``first`` to ``last`` of the sentence is a drone: written with the shadda
        the normalised view drops ("مسيّرة"), followed by a drone's adjective ("مسيرة إسرائيلية"), or the
        subject of a verb of striking right before it ("استهدفت مسيرة سيارة")."""
        cues = load_cues()
        sentence = tokens[first].sentence
        for j in range(first, min(last + 1, len(tokens))):
            tok = tokens[j]
            if tok.sentence != sentence:
                break
            if not is_word(tok.norm, cues.march_or_drone):
                continue
            if "\u0651" in raw[tok.start : tok.end]:
                return True
            if j + 1 < len(tokens) and tokens[j + 1].sentence == sentence and tokens[j + 1].norm in cues.drone_after:
                return True
            if j > 0 and tokens[j - 1].sentence == sentence and is_word(tokens[j - 1].norm, cues.drone_before):
                return True
        return False

    @staticmethod
    def _suffered(tokens: list[Token], first: int, prefix: str) -> bool:
        """The event happened to the subject of the verb before it: "تعرضت البلدة لقصف", "نجا القيادي من
        محاولة اغتيال"."""
        cues = load_cues()
        if prefix.lstrip("وف") in ("ل", "لل") and _governed(
            tokens, first, with_conjunctions(cues.suffered), _SUFFERED_REACH
        ):
            return True
        return _previous_word(tokens, first) == "من" and _governed(
            tokens, first - 1, with_conjunctions(cues.survived), _SUFFERED_REACH
        )

    def _modifiers_by_sentence(
        self, raw: str, text: str, tokens: list[Token], starts: list[int], may_be_drone: bool, names: Ranges
    ) -> dict[int, list[_Modifier]]:
        """The modifiers that can flag a trigger, by sentence, with the index of their first token and the
        groups :meth:`_flags` reads (see :data:`_Modifier`): each trigger only looks at its own sentence.
        A "مسيرة" that is no drone (see :meth:`_drone_near`) names no aircraft: "هاجم الجنود المسيرة" is
        soldiers attacking a march. A modifier inside an actor's name (``names``) is part of the name:
        "جهاز مكافحة الإرهاب" does not make the shelling it reports talk about terrorism."""
        out: dict[int, list[_Modifier]] = {}
        cues = load_cues()
        march_or_drone = cues.march_or_drone if may_be_drone else frozenset()
        for m in self.modifiers.find(text):
            for g in m.payloads:  # a plain loop, not all() over a generator: once per modifier match
                if g.name not in _READ_ELSEWHERE:
                    break
            else:
                continue  # every group of the word is read elsewhere
            first, _ = _locate(tokens, starts, m)
            if text.startswith('"', m.nend) and _heads_a_name(m):
                continue  # 'التابعون لـ"الهيئة" الرصاص': a closing quote ends the name
            groups = _flagging(m)
            if names.holds(tokens[first].start, tokens[first].end):
                if not _heads_a_name(m):
                    continue
                # ("قوات جهاز مكافحة الإرهاب حررت": a name's head word inside it heads the name, no more)
                groups = tuple([g for g in groups if g.name == "name_head"])
            if is_word(_previous_word(tokens, first), cues.first_time) and any(
                g.name in _PERIOD_GROUPS for g in m.payloads
            ):
                # "لأول مرة منذ بدء الصراع": a first since then, no count over the period; but what the span
                # started from is still no news ("للمرة الأولى منذ سيطرة الفصائل على الأحياء الشرقية")
                groups = tuple([g for g in groups if g.name == "span_start"])
                if not groups:
                    continue
            if (
                march_or_drone
                and is_word(tokens[first].norm, march_or_drone)
                and not self._drone_near(raw, tokens, first, first)
            ):
                continue
            out.setdefault(tokens[first].sentence, []).append((m, first, groups))
        return out

    def _leaves_no_territory(self, tokens: list[Token], last: int) -> bool:
        """The withdrawal's "من ..." names a session, a government or talks, not a place."""
        words, reach = self.not_territory
        sentence = tokens[last].sentence
        window = [t for t in tokens[last + 1 : last + 1 + reach] if t.sentence == sentence]
        for i, tok in enumerate(window):
            if tok.norm == "من" or tok.prefix.endswith("من"):
                rest = [t.norm for t in tokens[last + 2 + i : last + 4 + i] if t.sentence == sentence]
                return bool(rest) and (rest[0] in words or " ".join(rest) in words)
        return False

    @classmethod
    def _first_met(
        cls, tokens: list[Token], first: int, last: int, payloads: tuple[Trigger, ...]
    ) -> tuple[Trigger, int] | None:
        """The first trigger entry whose needed words are near, with the token of the needed word after
        the form (``last`` when none is needed or it stands before); a plain loop: once per match."""
        for t in payloads:
            if not t.needs:
                return t, last
            needed = cls._needed_at(tokens, last, t)
            if needed > last or cls._needs_before(tokens, first, t):
                return t, needed
        return None

    @staticmethod
    def _needs_before(tokens: list[Token], first: int, trigger: Trigger) -> bool:
        """A needed word among the ``window_before`` words before the form, in its clause or one it goes on from
        over short asides, which do not count ("اندلعت مواجهات ليل الخميس، لليلة الثانية على التوالي، بين عشرات
        الشبان"): the subject told before its verb ("أن الآلاف من المتظاهرين تدفقوا")."""
        here = tokens[first]
        counted = 0
        for j in range(first - 1, max(-1, first - 1 - trigger.window_before - _ASIDES_BEFORE), -1):
            tok = tokens[j]
            if tok.sentence != here.sentence or counted >= trigger.window_before:
                break
            if tok.clause != here.clause and not same_statement(tokens, j, first):
                continue  # (an aside's words, or a statement of its own before the form's)
            counted += 1
            if _needed_word(tokens, j, trigger):
                return True
        return False

    @staticmethod
    def _needed_at(tokens: list[Token], last: int, trigger: Trigger) -> int:
        """The token of the first needed word after the form (within its window), else ``last``."""
        sent = tokens[last].sentence
        for j in range(last + 1, min(len(tokens), last + 1 + trigger.window)):
            tok = tokens[j]
            if tok.sentence != sent:
                break
            if _needed_word(tokens, j, trigger):
                return j
        return last

    def _an_actors_past(self, tokens: list[Token], first: int, lo: int, names: Ranges) -> bool:
        """The modifier at token ``first`` stands in a relative clause of an actor's name, a few words after its
        pronoun ("قوات الدعم السريع التي كانت تتحصن فيه منذ اندلاع الحرب"), and the trigger at token ``lo`` is
        told before it (not "الذي يخوض منذ مطلع أغسطس مواجهات", nor what the sentence goes on to tell after it)."""
        sentence = tokens[first].sentence
        for j in range(first - 1, max(0, first - _ACTORS_PAST_REACH) - 1, -1):
            if tokens[j].sentence != sentence or j == 0:
                return False
            if tokens[j].norm in self.relatives:
                before = tokens[j - 1]
                return lo < j and before.sentence == sentence and names.holds(before.start, before.end)
        return False

    def _flags(
        self, tokens: list[Token], lo: int, hi: int, mods: Sequence[_Modifier], names: Ranges, near_hi: int = -1
    ) -> set[str]:
        """Modifier groups whose words lie within their scope of the trigger (tokens ``lo`` to ``hi``), in
        the same clause. Groups read either side ("a few words away") also look near ``near_hi``, the
        word a form needs ("لقي أربعة أشخاص ... مصرعهم بحادث سير").

        ``mods`` are the modifiers of the trigger's sentence (see :meth:`_modifiers_by_sentence`)."""
        first, last = tokens[lo], tokens[hi]
        flags: set[str] = set()
        for _, mfirst, groups in mods:
            mt = tokens[mfirst]
            inside = lo <= mfirst <= hi
            for group in groups:  # a word may belong to several groups ("ساحة": a site, a name's head)
                if inside and group.name not in _SELF_DESCRIBING:
                    continue
                if group.scope >= SENTENCE_SCOPE:
                    if group.name == "aggregate" and self._an_actors_past(tokens, mfirst, lo, names):
                        # "مع قوات الدعم السريع التي كانت تتحصن فيه منذ اندلاع الحرب": since when a side held the
                        # place, no count over the span (marked, so the tolls do not read the phrase as one either)
                        flags.add(ACTORS_PAST)
                        continue
                    flags.add(group.sets)
                    continue
                if group.scope == 0:  # either side, a few words away
                    end = max(hi, near_hi) if group.phrase else hi
                    if lo - _NEAR <= mfirst <= end + _NEAR:
                        flags.add(group.sets)
                    continue
                if mt.clause != first.clause:
                    continue
                before = group.scope < 0 and lo + group.scope <= mfirst < lo
                after = group.scope > 0 and hi < mfirst <= hi + group.scope and last.clause == mt.clause
                if before and group.name == "negated" and _negation_ended(tokens, mfirst, lo):
                    continue
                if before or after:
                    flags.add(group.sets)
        return flags
