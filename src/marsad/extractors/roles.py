"""Who did what to whom: actor1, associated actors and actor2 of a frame, from word order and cues."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.extractors.positions import DocIndex, same_statement
from marsad.extractors.vocabulary import (
    AGE_ASIDE,
    BODY_STEMS,
    IN_THE_NAME_OF,
    PLACE_OPENERS,
    age_aside,
    one_bare_word,
)
from marsad.lang.actors import ALLIED, Actor, ActorLexicon, Side
from marsad.lang.cues import load_cues
from marsad.lang.triggers import modifier_words
from marsad.model.document import Document
from marsad.model.mentions import ActorMention
from marsad.model.span import Span
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.normalize import normalize_term
from marsad.text.ranges import Ranges

#: the words after "وفي" that open another incident ("وفي حادث منفصل", "وفي تطور آخر")
_ANOTHER_INCIDENT = frozenset({"حادث", "حادثه", "سياق", "تطور", "هجوم"})

#: what a verb carries after its stem when its object is a pronoun: (ت)ه، ها، هم، هما، هن، and after the
#: plural و ("قتلوه")
_OBJECT_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ته", "تها", "تهم", "تهما", "وه", "وها", "وهم"})


#: "على الأقل" (normalised): a count's hedge, no target after "على"
_AT_LEAST = ("علي", "الاقل")
#: "على يد" and "على أيدي" after a victim name who did it to them (normalised)
_BY_HAND = frozenset({"يد", "ايدي"})
#: what stands "behind" an attack is its doer ("يقفون وراء الكمين", cue group `stands_behind`)
_BEHIND = "وراء"
#: the pronoun after a verb of telling that an attribution governs ("بحسب ما أفادت به الشرطة")
_TOLD_BY = frozenset({"به", "بها"})


@dataclass(slots=True)
class Roles:
    actor1: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    actor2: ActorMention | None = None
    assoc2: list[ActorMention] = field(default_factory=list)
    actor1_inferred: bool = False
    actor2_inferred: bool = False
    #: a withdrawal whose place another side entered: actor1 took it from actor2
    handed_over: bool = False
    #: actor2 is the target the words name: the subject of "تعرض", or people counted out of it after a
    #: killing word ("قتل عنصر من قوات النظام")
    named_target: bool = False
    #: both sides are groups of actor1's kind ("اشتباكات بين مجموعتين مسلحتين")
    both_sides: bool = False
    #: actor2 is whom ground was taken back from ("استعادتها من تنظيم داعش")
    taken_from: bool = False


#: how many words after a finder (or its units) the bodies it found may be ("عثرت أمس الأحد على 14 جثة")
_FINDER_REACH = 7
#: how many words after an actor announcing something its claim of responsibility may stand
_CLAIM_REACH = 16
#: how many words may describe a claimant named before its claim ("المرتبطة بتنظيم القاعدة")
_DESCRIBED_REACH = 4
#: the words for bodies, read after a finder with the article too ("على جثتين", "الجثث", "رفات")
_BODIES = (*BODY_STEMS, "الجث")


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    """The single words of negation ("لم", "نفى" ...), alone or after "و": none may stand before a claim read
    far on (see RoleFinder._far_claim)."""
    return with_conjunctions(frozenset(w for w in modifier_words("negated") if " " not in w))


#: "that" after a telling verb's subject, as written ("قالت الجبهة إن", "أعلن الجيش أن")
_THAT = frozenset({"إن", "أن", "ان"})
#: the words (normalised) between a platform and the force that owns it: "طائرة مسيّرة تابعة للجيش"
_OWNING: tuple[list[str], ...] = ([], ["تابعه"], ["التابعه"])


def armed_ids(lexicon: ActorLexicon) -> frozenset[str]:
    """Ids of the armed actors: one set look-up per mention instead of a Python property."""
    return frozenset(a.id for a in lexicon.actors.values() if a.side.armed)


#: how many words of a body (a ministry "في" its government) may stand between "باسم" and the actor it names
_BODY_WORDS = 4


def allied(a: Actor, b: Actor) -> bool:
    if a.id == b.id or a.associate_of == b.id or b.associate_of == a.id:
        return True
    if b.id in a.rivals or a.id in b.rivals:
        return False  # rival governments' forces: "هجوم لقوات الوفاق على مواقع قوات حفتر"
    if a.associate_of and a.associate_of == b.associate_of:
        return True
    return b.side in ALLIED.get(a.side, frozenset()) or (a.side == b.side and a.side.armed)


def one_camp(a: Actor, b: Actor) -> bool:
    """Allied, or a state's forces and forces named with no state ("للقوات المسلحة المصرية" and a bare "القوات
    المسلحة" or "جنود" after it, which the lexicon gives the pack's own government)."""
    return allied(a, b) or (a.side.state and b.side is Side.GOVERNMENT)


#: the words (normalised, their start) of a force's positions, before its name ("نحو مواقع القوات الأمنية")
_POSITIONS = ("مواقع", "مناطق", "نقاط", "خطوط")
#: how many words may stand between a killing word and "عنصراً من X" naming X's people as its victims
_MEMBER_REACH = 8
#: ... and between it and people named by their count ("لقي 26 شخصاً بينهم ستة جنود عراقيين")
_COUNT_REACH = 5


def _overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    """``any(span.overlaps(s) for s in spans)`` without a method call and a generator step per span."""
    start, end = span.start, span.end
    for s in spans:  # noqa: SIM110 - a loop: any() over a generator costs several times more here
        if start < s.end and s.start < end:
            return True
    return False


@lru_cache(maxsize=1)
def _not_subject_cues() -> frozenset[str]:
    """Words before an actor that make it no subject: a target's or a controller's cue."""
    cues = load_cues()
    return cues.target | cues.controller | cues.gathering


#: how many words (dates not counted) may stand between the subject of a verb of performing and the event noun
#: it performs: "شنّت «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» صباح اليوم هجوماً"
_PERFORMED_REACH = 5


#: "أنه"/"أنها"/"أنهم" (normalised): the announcer itself, as the subject of what it announces
#: trigger families of violence an accusation may be about (see RoleFinder._violence_told_before)
_VIOLENT_FAMILIES = frozenset(
    {
        "airstrike",
        "shelling",
        "ied",
        "explosion",
        "suicide",
        "grenade",
        "attack",
        "killing",
        "shooting",
        "assassination",
    }
)
#: how many words before an area's holder a military site may be named (see RoleFinder._held_site)
_HELD_SITE_REACH = 10
_SELF_AFTER_THAT = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})


class RoleFinder:
    def __init__(
        self, doc: Document, index: DocIndex, lexicon: ActorLexicon, armed: frozenset[str] | None = None
    ) -> None:
        """``armed``: ids of the lexicon's armed actors, when the caller has them at hand."""
        self.doc = doc
        self.index = index
        self.lex = lexicon
        self._actors = lexicon.actors
        self.armed = armed if armed is not None else armed_ids(lexicon)
        #: the cue words of data/ar/cues.yaml (see marsad.lang.cues for the groups)
        self.cues = cues = load_cues()
        #: whether the text names a spokesman at all (most do not: no mention need be looked at for one)
        self._spokesman_told = doc.norm is not None and any(w in doc.norm.text for w in cues.spokesman)
        #: whether the text tells anyone's arrival at all (see _arrived_after)
        self._arrival_told = doc.norm is not None and any(w in doc.norm.text for w in cues.arrived_after)
        self._performs = modifier_words("performs")  # "شن", "نفذ" ...: see _performer
        self._negations = _negations()
        #: whether the report tells anyone's age ("في العشرينيات من عمره"): asides of no distance
        self._ages = doc.norm is not None and "عمر" in doc.norm.text
        self.not_subject_cues = _not_subject_cues()
        self._adversaries: dict[tuple[str, int, frozenset[str]], ActorMention | None] = {}
        #: by actor id: the mentions :meth:`main_adversary` counts, the same for every sentence
        self._opponent_mentions: dict[str, list[ActorMention]] = {}
        #: the cue word before each mention, by id(mention): asked for every frame of its sentence
        self._cues: dict[int, str] = {}
        #: whether each mention claims an attack, by id(mention): asked for every frame of two sentences
        self._claiming: dict[int, bool] = {}
        #: the family of the violence a claimant says it did ("وقالت سرايا القدس إنها أطلقت رشقات صاروخية"), by
        #: id(mention): such a claim is of that kind of violence only
        self._said_families: dict[int, str] = {}
        #: (sentence, mention) of each claim of all the attacks told, found on first use
        self._all_claims: list[tuple[int, ActorMention]] | None = None
        #: (sentence, mention) of each agent of all the attacks a summary counts, found on first use
        self._all_agents: list[tuple[int, ActorMention]] | None = None
        #: a sentence's actor mentions in text order (the lists are shared: do not modify them)
        self.by_sentence: dict[int, list[ActorMention]] = {}
        #: the spans of the dates of each sentence (a date between a trigger and an actor adds no distance)
        self.dates_by_sentence: dict[int, list[Span]] = {}
        for d in doc.dates:
            self.dates_by_sentence.setdefault(d.sentence, []).append(d.span)
        #: actors named as support of the doer ("بمساندة طيران التحالف", "بدعم من الطيران الروسي")
        self.supporters: dict[int, list[ActorMention]] = {}
        #: sentence -> the actors that left explosives behind in it ("لغم من مخلفات مليشيا الحوثي")
        self.leftovers: dict[int, list[ActorMention]] = {}
        # (a place holding a mention is in the mention's sentence: no mention crosses a sentence's end)
        places = Ranges([(p.span.start, p.span.end) for p in doc.places])
        #: the members of a coalition named in its description (no side, nor anyone's adversary)
        self.members: set[int] = set()
        last_member: ActorMention | None = None
        for m in doc.actors:
            if places.holds(m.span.start, m.span.end):
                # "حي العمال" is a place, not workers (an actor's longer name holding a place's is the actor's:
                # "فرقة السلطان سليمان شاه")
                continue
            before = index.words_before(m.span, 4)
            if self._comprised(before, m, last_member):
                last_member = m
                self.members.add(id(m))
                continue  # "جيش الفتح، الذي يضم جبهة النصرة وحركة أحرار الشام": who the coalition is
            if not self.cues.accusation.isdisjoint(before):
                # "أعدم التنظيم ثلاثة رعاة بتهمة التعاون مع قوات النظام", "بتهمة التعامل مع خلايا التنظيم":
                # not a side of the event
                continue
            if len(before) == 4 and before[0] in cues.attribution and before[1] == "ما" and before[3] in _TOLD_BY:
                continue  # "بحسب ما أفادت به الشرطة الوطنية": who tells it, over the verb's "به"
            before = before[-3:]
            if not cues.attribution.isdisjoint(before[-2:]) or self._in_a_source(before):
                continue  # "بحسب الجيش الأمريكي", "وفقاً لمصادر في الجيش": who tells it is no side of it
            if len(before) == 3 and before[0] in cues.attribution and before[1] == "ما":
                continue  # "وفق ما أعلن الجيش السوداني": the same, over "ما" and a verb of telling
            if self._owns_a_civil_body(before, m):
                continue  # "السلطات الصحية التابعة للحوثيين": the owner of who tells it
            if self._spokesman_cited(m) and not self._own_forces_after(m):
                continue  # "بحسب بيان للمتحدث العسكري باسم القوات المسلحة": whose spokesman tells it
            if self._told_before_by(before, m):
                continue  # "بعد أن أعلنت الشرطة في وقت سابق مقتل خمسة أشخاص": who had told it first
            if before and before[-1] in cues.statement_noun and self._after_lam(m) and not self._own_forces_after(m):
                # "ذكر بيان لجهاز مكافحة الإرهاب أن طائرة مسيرة استهدفت": the statement's author, unless its
                # own forces act ("وقال بيان للجيش إن قواته قصفت")
                continue
            backer = self.cues.backer
            if self._backed_by_its_fighters(index, before, m):
                # "القوات العراقية، مدعومة بفصائل من الحشد الشعبي", "قوات النظام المدعومة بالميليشيات": fighters
                # the group is backed by fight beside it, its associates (see find())
                self.supporters.setdefault(m.sentence, []).append(m)
                continue
            if before and (before[-1] in backer or (before[-1] == "من" and len(before) > 1 and before[-2] in backer)):
                # "اللواء الثامن المدعوم روسياً", "قوات مدعومة من التحالف": who backs a group is no side of its event
                continue
            if (
                len(before) >= 2
                and before[-1] in self.cues.membership
                and not self.cues.hedge.isdisjoint(before[:-1])
                and not self._counted_right_before(index, m)
            ):
                # "مسلحين يعتقد أنهم ينتمون لتنظيم داعش": a suspected membership is no side (the dead counted
                # as suspected members are that side's: "قتل 3 يشتبه بانتمائهم لتنظيم القاعدة")
                continue
            if not cues.leftover.isdisjoint(before[-2:]):
                # "لغم من مخلفات تنظيم الدولة": who left the mine behind is the doer of its blast (see left_by),
                # no other side of what the sentence tells
                self.leftovers.setdefault(m.sentence, []).append(m)
                continue
            if self._requester(before):
                continue  # "بطلب من الجيش": who asked for it is no side of it
            if before and before[-1] in cues.stronghold:
                continue  # "بإقليم أوروزجان معقل حركة طالبان": whose stronghold it is describes the place
            if " ".join(before[-2:]) in cues.held_by and not self._held_site(index, m):
                continue  # "غارات على الأحياء الخاضعة لسيطرة الفصائل": who holds the area describes it
            if before and is_word(before[-1], cues.supporters):
                continue  # "لتفريق مئات من أنصار المعارضة": a party's supporters are no armed side
            if any([is_word(w, cues.finder) for w in before[-3:]]) and self._bodies_after(m):
                # "عثرت الشرطة على جثتين": who found the dead is no side of their killing, nor are the finder's
                # units ("عثرت دوريات الشرطة أمس على جثث", "عثرت وحدات من الجيش صباح اليوم على جثتي")
                continue
            if self._finds_bodies(m):
                continue  # "دوريات الشرطة عثرت أمس على 14 جثة": the same, the finder named before its verb
            fled = any(is_word(w, cues.displaced) for w in before[-2:])
            if fled and self.actor(m).side is Side.CIVILIANS:
                continue  # "بينما نزح آلاف السكان": people who fled, no victims of what the sentence tells
            cue = before[-2] if len(before) >= 2 and before[-1] in ("من", "مع") else before[-1] if before else ""
            if cue in self.cues.support:
                # "بمساندة طيران التحالف", "بالتنسيق مع مصالح الأمن": an associate of the doer, see find()
                self.supporters.setdefault(m.sentence, []).append(m)
                continue
            self.by_sentence.setdefault(m.sentence, []).append(m)
        for mentions in self.by_sentence.values():
            mentions.sort(key=lambda m: m.span.start)

    def _comprised(self, before: list[str], m: ActorMention, last_member: ActorMention | None) -> bool:
        """``m`` is named right after a word of comprising ("يضم", "المؤلف من"), or right after the last member so
        named ("يضم جبهة النصرة وحركة أحرار الشام")."""
        comprising = self.cues.comprising
        if before and (
            before[-1] in comprising or (before[-1] == "من" and len(before) > 1 and before[-2] in comprising)
        ):
            return True
        return (
            last_member is not None
            and last_member.sentence == m.sentence
            and self.index.count_between(last_member.span, m.span) == 0
        )

    def _bodies_after(self, m: ActorMention) -> bool:
        """Bodies are what was found, within ``_FINDER_REACH`` words after the finder ("عثرت الشرطة على جثتين");
        a weapon found ("عثر الجيش على منصة صواريخ") is a seizure the finder made."""
        return any(w.startswith(_BODIES) for w in self.index.words_after(m.span, _FINDER_REACH))

    def _finds_bodies(self, m: ActorMention) -> bool:
        """A finder verb right after the mention, bodies within a few words after it ("الشرطة عثرت أمس على 14
        جثة")."""
        first = self.index.words_after(m.span, 1)  # (one word first: most mentions are followed by no finder)
        return bool(first) and is_word(first[0], self.cues.finder) and self._bodies_after(m)

    def _told_before_by(self, before: list[str], m: ActorMention) -> bool:
        """``m`` is the subject of a reporting verb after "بعد أن"/"بعدما" ("بعد أن أعلنت الشرطة"): it had told
        the news first, it is no side of it, unless its own forces did it."""
        after = before[-2:-1] == ["بعدما"] or before[-3:-1] == ["بعد", "ان"]
        return after and is_word(before[-1], self.cues.reporting_verb, ("و",)) and not self._own_forces_after(m)

    def _after_lam(self, m: ActorMention) -> bool:
        """The mention's word carries a lam before it ("لجهاز", "لـ«الجيش»")."""
        tok = self.index.tokens[self.index.position(m.span).first]
        return tok.start < m.span.start and self.doc.text[tok.start : m.span.start] in ("ل", "لـ")

    def _spokesman_cited(self, m: ActorMention) -> bool:
        """``m`` is the body of a spokesman cited as the report's source, a statement or an attribution right
        before him ("بحسب بيان للمتحدث العسكري باسم القوات المسلحة", "وفق المتحدث باسم الجيش")."""
        if not self._spokesman_told:
            return False
        before = self.index.words_before(m.span, 5 + _BODY_WORDS)
        # (the spokesman, an adjective, "باسم"; further back over the body that names it: "المتحدث باسم وزارة
        # الداخلية في حكومة طالبان")
        first = len(before) - 3 - (_BODY_WORDS if "باسم" in before else 0)
        for k in range(max(0, first), len(before)):
            if k < len(before) - 3 and before[k + 1 : k + 2] != ["باسم"]:
                continue
            if self._a_spokesman(before[k]):
                cited = before[max(0, k - 2) : k]
                if not (self.cues.statement_noun.isdisjoint(cited) and self.cues.attribution.isdisjoint(cited)):
                    return True
                # "وأضاف متحدث باسم الشرطة أن المهاجمين أضرموا النار": he tells what the attackers did
                return self._tells_attackers(m)
        return False

    def _tells_attackers(self, m: ActorMention) -> bool:
        """"أن"/"إن" within four words after the mention, the attackers (cue group `attackers_told`) right after it."""
        after = self.index.words_after(m.span, 5)
        k = after.index("ان") if "ان" in after else -1
        return 0 <= k < len(after) - 1 and after[k + 1] in self.cues.attackers_told

    def _a_spokesman(self, word: str) -> bool:
        """The word (normalised) is a spokesman's, with "و" or "ل" before it ("للمتحدث")."""
        spokesman = self.cues.spokesman
        return is_word(word, spokesman, ("و",)) or (word.startswith("لل") and "ال" + word[2:] in spokesman)

    def _own_forces_after(self, m: ActorMention) -> bool:
        return not self.cues.own_forces.isdisjoint(self.index.words_after(m.span, 10))

    def _owns_a_civil_body(self, before: list[str], m: ActorMention) -> bool:
        """The three words before ``m`` are a civil body, an adjective at most, and "التابعة" with ``m`` taking
        the lam, or "في": "السلطات الصحية التابعة للحوثيين", "وزارة الصحة في حكومة الوفاق"."""
        if len(before) < 2 or self.cues.civil_body.isdisjoint(before[-3:-1]):
            return False
        # (or "في" before it: "أعلنت وزارة الصحة في حكومة الوفاق الوطني")
        return (before[-1] in ("التابعه", "التابع") and self._after_lam(m)) or before[-1] == "في"

    def _in_a_source(self, before: list[str]) -> bool:
        """The three words before an actor end with a source in it: "مصدر في قيادة الشرطة", "مصادر من الجيش"."""
        for i in (len(before) - 2, len(before) - 3):
            if i >= 0 and before[i] in self.cues.source_noun and before[i + 1] in ("في", "من"):
                return True
        return False

    def actor(self, m: ActorMention) -> Actor:
        # asked a hundred times per report: the lexicon's table first, its checked look-up for an unknown id
        found = self._actors.get(m.actor_id)
        return found if found is not None else self.lex.get(m.actor_id)

    def named_as_target(self, m: ActorMention) -> bool:
        """A target cue stands right before the mention ("على", "ضد", "بحثاً عن")."""
        return self._cue_before(m) in self.cues.target

    def _cue_before(self, m: ActorMention) -> str:
        cue = self._cues.get(id(m))
        if cue is None:
            cue = self._cues[id(m)] = self._find_cue_before(m)
        return cue

    def _find_cue_before(self, m: ActorMention) -> str:
        wide = self.index.words_before(m.span, 8)
        if wide and self._heads_the_name(wide):
            wide = wide[:-1]
        words = wide[-4:]
        lam = self._after_lam(m)
        if lam and words and words[-1] in self.cues.gathering:
            return words[-1]  # "استهدفوا تجمعاً لجنود إسرائيليين": the force gathered there, hit
        if lam and not (words and (words[-1] in self.cues.unit or words[-1] in self.cues.membership)):
            return "ل"  # "هجوم لمسلحي داعش": the attack of (by) ISIS fighters
        if (
            len(words) >= 3
            and words[-1] == "سيطره"
            and words[-2] in self.cues.held_area
            and words[-3] in self.cues.fire_source
        ):
            return "قبل"  # "قذائف مصدرها مناطق سيطرة قوات النظام": fired by those who hold the area
        if len(words) >= 2 and words[-1] in self.cues.held_area and words[-2] in self.cues.fire_source:
            return "قبل"  # "قذيفة مصدرها مواقع قوات النظام", "من مواقع قوات النظام": fired from their positions
        # "على أيدي عناصر من هيئة ...": the cue stands before the partitive "عناصر من"
        if len(words) == 4 and words[-1] == "من" and words[-2] in self.cues.partitive and words[-3] in self.cues.agent:
            return words[-3]
        # "بهجوم شنه مقاتلو تنظيم الدولة": the cue stands before the partitive in construct; "الهجوم الذي نفذه
        # مئات المستوطنين": before a count of them
        if (
            len(words) >= 2
            and (words[-1] in self.cues.partitive or words[-1] in self.cues.vague_count)
            and words[-2] in self.cues.agent
        ):
            return words[-2]
        # "من قبل دورية للأمن العسكري", "على يد دورية تابعة لفرع الأمن": the cue before the unit
        unit, hedged = len(wide), 0
        # (members of the unit too: "برصاص عناصر حاجز تابع لفرقة ...", and a hedge inside: "نفذتها طائرة
        # مسيرة يرجح أنها تابعة للتحالف")
        while unit > 0 and len(wide) - unit - hedged < 3:
            word = wide[unit - 1]
            if word in self.cues.hedge and unit < len(wide):
                hedged += 1
            elif word not in self.cues.unit and word not in self.cues.partitive and word not in self.cues.membership:
                break
            unit -= 1
        if unit < len(wide) and unit > 0 and wide[unit - 1] in self.cues.agent:
            return wide[unit - 1]
        if lam:
            return "ل"
        if len(words) >= 2 and words[-1] == "عن" and words[-2] in self.cues.target:
            return words[-2]  # "بحثاً عن فلول النظام": the target cue stands before its preposition
        return words[-1] if words else ""

    def _heads_the_name(self, wide: list[str]) -> bool:
        """The last of the words before a mention belongs to its name: a generic head ("عناصر من تنظيم «الدولة
        الإسلامية»", "خلايا تابعة لتنظيم «داعش»"), or the members of a quoted name ("أن عناصر «داعش» هاجموا",
        no target's word), unless they are counted out of it ("سبعة من عناصر الشرطة" are people of the force:
        what was done to them tells; "مجموعة من عناصر" is a group of them)."""
        last = wide[-1]
        if self._name_lead(last):
            return True
        if last not in self.cues.partitive:
            return False
        return len(wide) < 2 or wide[-2] != "من" or (len(wide) >= 3 and wide[-3] in self.cues.partitive)

    def _name_lead(self, word: str) -> bool:
        """A generic head before a quoted name, bare or with a clitic ("تنظيم", "لتنظيم", "وحركة")."""
        return is_word(word, self.cues.name_lead, ("ل", "و", "ب"))

    def _owns_what_was_hit(self, m: ActorMention, with_bi: bool = True) -> bool:
        """``m`` owns, with the lam, the thing named with "ب" right before it, which is no event word:
        "انفجرت عبوة ناسفة بدورية للجيش" is a blast at the army's patrol, not by the army (unless ``with_bi``
        is false); or the site or gathering named right before it: "استهدفت غارات جوية مواقع لحركة طالبان"
        struck its positions."""
        lam_on_name = self.doc.text[m.span.start - 1 : m.span.start] == "ل"  # ("مقرا لحركة طالبان")
        if self._cue_before(m) != "ل" and not lam_on_name:
            return False
        before = self.index.words_before(m.span, 2)
        if not before:
            return False
        word = before[-1]
        hit_with_bi = with_bi and word.startswith("ب") and len(word) > 3
        if hit_with_bi or word in self.cues.site_noun or word in self.cues.gathering:
            return True
        # (over its adjective: "استهدفت الغارات مواقع عسكرية لقوات سوريا الديمقراطية")
        noun = before[0]
        return len(before) == 2 and _nisba(word) and (noun in self.cues.site_noun or noun in self.cues.gathering)

    def _object_attached(self, span: Span) -> bool:
        """The word of ``span`` goes on past it with an object pronoun ("اختطفتهم", "قتلوه"): what follows the
        verb is its subject, not its object."""
        token = self.index.tokens[self.index.position(span).last]
        return span.end < token.end and self.doc.text[span.end : token.end] in _OBJECT_SUFFIXES

    def conjoined(self, first: ActorMention, mentions: list[ActorMention]) -> list[ActorMention]:
        """Actors written right after ``first`` joined by و ("قوات النظام والميليشيات المتحالفة")."""
        out: list[ActorMention] = []
        prev = first
        for m in mentions:
            if m.span.start <= prev.span.start:
                continue
            between = self.index.words_between(prev.span, m.span)
            # (over a partitive or "فصائل" with the "و": "قطعات الجيش العراقي وفصائل الحشد الشعبي")
            joined_by = between == ["و"] or (
                len(between) == 1
                and between[0].startswith("و")
                and (between[0][1:] in self.cues.partitive or between[0] == "وفصائل")
            )
            if between and not joined_by:
                break
            if not between and self._subjects_object(prev, m):
                break  # "هاجم مسلحون جنوداً": a verb's subject, then its object, not two doers
            out.append(m)
            prev = m
        return out

    def _subjects_object(self, subject: ActorMention, m: ActorMention) -> bool:
        """``m`` stands right after ``subject`` with only a space between, and ``subject`` is a whole noun phrase
        (definite, or a plural in "ون"), not the head of a construct ("ميليشيات حفتر"), nor an ally's adjective
        ("أمريكية وبريطانية", whose "و" the second holds): the verb's object, another side."""
        text = self.doc.text
        if not text[subject.span.end : m.span.start].isspace() or text.startswith("و", m.span.start):
            return False
        words = normalize_term(text[subject.span.start : subject.span.end]).split()
        whole = words[0].startswith("ال") or words[-1].endswith("ون")
        return whole and not allied(self.actor(subject), self.actor(m))

    def find(
        self,
        sentence: int,
        trigger: Span,
        members: tuple[Span, ...] = (),
        suffered: bool = False,
        harming: tuple[Span, ...] = (),
        acting: tuple[Span, ...] = (),
        together: bool = False,
    ) -> Roles:
        """The roles of the frame headed by ``trigger``.

        ``suffered``: the event is told from its target's side ("تعرض حاجز لقوات النظام لهجوم من مسلحين"),
        whose subject is the target. ``harming``: the frame's killing, injury or abduction words, after
        which "عنصر من X" names X's people as victims. ``acting``: the head and absorbed words whose
        subject is a side that acted (not a withdrawal's). ``together``: the event is one side's act (a capture,
        an attack, not a fight), so armed actors joined to its doer by "و" did it with it ("سيطر مقاتلون من الجيش
        الحر وجبهة النصرة وحركة أحرار الشام على المطار"), whichever camps they are of."""
        mentions = self.by_sentence.get(sentence, [])
        roles = Roles()
        if not mentions:
            return roles
        if suffered:
            return self._suffered(roles, mentions, trigger)
        # people counted out as victims ("قتل عنصر من قوات النظام") are no candidates for actor1
        victims = {id(m) for m in mentions if self._victim_of(m, harming)}
        if victims:
            # (and their allies joined to them: "قضى 4 عناصر من قوات النظام والمسلحين الموالين لها")
            for m in [m for m in mentions if id(m) in victims]:
                victims.update(id(c) for c in self.conjoined(m, mentions) if allied(self.actor(m), self.actor(c)))
        candidates = [m for m in mentions if id(m) not in victims] if victims else mentions
        # nor is whom ground was taken back from ("استعادتها من تنظيم داعش"), actor2 unless another is named
        lost_by = self._taken_back_from(trigger, mentions)
        if lost_by is not None:
            candidates = [m for m in candidates if m is not lost_by]
        accused = self._accused_of_this(sentence, trigger, candidates)
        if accused is not None:
            # "واتهمت قوات الدعم السريع الجيش بتنفيذ الغارة": the accused did it, not its accuser
            roles.actor1 = accused
            return roles
        position = self.index.position
        clause = position(trigger).clause
        # the word after which a lam marks the agent: the trigger or one it absorbed ("بهجوم لمسلحي داعش")
        lam_after = {position(t).last + 1 for t in (trigger, *members)}
        # "استهدف الجيش السوري بالمدفعية ...": the actor right after a clause-initial verb is its subject
        # (so is the actor after a verb whose object is a pronoun on it: "الرهائن الذين اختطفتهم حركة طالبان")
        subject_at = {
            position(t).last + 1
            for t in (trigger, *members)
            if self.index.opens_clause(t) or self._object_attached(t)
        }
        # a killing's agent may be named in the clause of the attack it absorbed: "قتل سبعة ...، إثر هجوم
        # شنه عناصر من التنظيم" (not an air strike's: "غارات ... بعد ساعات من هجوم للتنظيم" is another event)
        head_harms = any(h.start == trigger.start and h.end == trigger.end for h in harming)
        clauses = {clause, *(position(t).clause for t in members)} if members and head_harms else {clause}
        # the subject of the head or of a word the frame absorbed, told by a verb that opens its own clause,
        # is a side that acted, in whichever clause: "هاجم مسلحون من حركة الشباب قاعدة للجيش، ما أدى إلى
        # اندلاع اشتباكات" (not who withdrew: "دخلت قسد المدينة بعد انسحاب قوات النظام منها")
        initiators = [t for t in acting if self.index.opens_clause(t) or self._object_attached(t)]
        agents = [
            m
            for m in candidates
            if (
                (where := position(m.span)).clause in clauses
                and (
                    # (an unarmed person after an agent cue is no side: "هجوم انتحاري نفذته امرأة" was a bomber's act)
                    ((cue := self._cue_before(m)) in self.cues.agent and self.actor(m).side is not Side.CIVILIANS)
                    # "هجوم لمسلحي داعش": lam right after the trigger marks its agent
                    or (cue == "ل" and where.first in lam_after)
                    or (where.first in subject_at and m.actor_id in self.armed and not m.post)
                    # "شنت طائرة مسيرة تركية غارة", "أضرم محتجون النار": the event words themselves name who
                    # did it (a crowd only in the head's own words: "فتحت الشرطة النار على المتظاهرين" is no riot)
                    or m.span.overlaps(trigger)
                    or (m.actor_id in self.armed and _overlaps_any(m.span, members))
                )
            )
            or (m.actor_id in self.armed and (self._subject_after(m, initiators) or self._performer(m, acting)))
            or self._leads_the_subject(m, initiators)
            # "جراء استهداف مسيّرة إسرائيلية مركزاً": right after an event word, an object after it
            or (where.first in lam_after and m.actor_id in self.armed and self._indefinite_object_after(m))
            # "إثر هجوم حوثي على مواقع الجيش": a side's adjective right after an event word, its target after it
            or (where.first in lam_after and m.actor_id in self.armed and self._adjective_before_its_target(m))
            # "جراء هجوم بطائرة مسيّرة أوكرانية": the armed means right after an event word, with "ب", made it
            or (
                where.first in lam_after
                and m.actor_id in self.armed
                and not m.post
                and self.index.tokens[where.first].norm.startswith("ب")
                and self.doc.text.startswith("ب", m.span.start)
            )
        ]
        # (after any other: "قالت قسد إن مقاتليها تصدوا لهجوم شنته فصائل الجيش الوطني" names the attacker)
        agents = agents or [m for m in candidates if self._own_forces_did_it(m, trigger)]
        before = [
            m
            for m in candidates
            if m.span.end <= trigger.start
            and self._cue_before(m) not in self.not_subject_cues
            and m.actor_id in self.armed
            # (nor the owner of a site that was hit: "هاجم المسلحون مراكز للشرطة ... وسيطروا لساعات على أحياء";
            # not a word with "ب", which may be a statement's: "وقال بيان لجهاز مكافحة الإرهاب: تمكنت قواتنا")
            and not self._owns_what_was_hit(m, with_bi=False)
            # (nor a side announcing its own dead: "أعلن المتحدث العسكري للقوات المسلحة استشهاد 4 من أفراد
            # القوات المسلحة إثر انفجار عبوة ناسفة")
            and not self._mourns_its_own(m, mentions, victims)
            # (nor who tells what another did: "قالت جبهة تحرير أزواد إن طائرة مسيّرة تابعة للجيش المالي قصفت")
            and not self._tells_anothers_deed(m, trigger, candidates)
        ]
        # (a post is what is hit, unless nobody else is named before: "وردّ حزب الله باستهداف موقع المالكية
        # الإسرائيلي بصاروخ")
        before = [m for m in before if not m.post] or before
        # armed actors at most two words after the trigger (or after a unit: "اعتقلت دورية تابعة لفرع
        # الأمن"), with the number of words between
        after = self.index.words_after(trigger, 1)
        reach = 4 if after and after[0] in self.cues.unit else 2
        close_after = [
            (m, n)
            for m in candidates
            if m.span.start >= trigger.end
            and (n := self.distance(sentence, trigger, m.span)) <= reach
            and m.actor_id in self.armed
            and not m.post
            and not self._owns_what_was_hit(m)
        ]
        right_after = [m for m, n in close_after if n == 0]
        before_in_clause = [m for m in before if position(m.span).clause == clause]
        if not agents and close_after == [] and not before_in_clause:
            # "اشتباكات عنيفة منذ فجر اليوم بين مقاتلي الكتائب المقاتلة والقوات النظامية": the first side
            # after "بين" (or its partitive) is actor1, the other the one joined to it
            # (over a short aside: "اندلعت اشتباكات عنيفة، مساء أمس الاثنين، بين قوة الردع واللواء 444")
            last = position(trigger).last
            agents = [
                m
                for m in candidates
                if m.span.start >= trigger.end
                and self._after_between(m, clause, same_statement(self.index.tokens, last, position(m.span).first))
            ]
        if not agents and close_after == [] and not before_in_clause:
            # "قُتل والي غرب دارفور ...، بعد ساعات من اقتياده من قبل عناصر من قوات الدعم السريع": an armed
            # actor an agent cue names in a later clause that tells no event of its own did it
            agents = [
                m
                for m in candidates
                if m.span.start >= trigger.end
                and m.actor_id in self.armed
                and self._cue_before(m) in self.cues.agent
                and not self._clause_tells_an_event(m)
            ][:1]
        if agents:
            # (the head's own clause's agent first: "تواصل قطعات الشرطة التقدم، فيما تخوض قوات الجيش اشتباكات")
            roles.actor1 = next((m for m in agents if position(m.span).clause == clause), agents[0])
        elif right_after and (not before_in_clause or right_after[0].anaphoric):
            # ("بانسحاب الأخيرة": "the latter" right after a verbal noun is its agent whoever came before)
            # verb-subject order or a verbal noun with its agent: "سيطرت قوات النظام", "سيطرة الجيش الحر"
            roles.actor1 = right_after[0]
        elif before:
            # the subject: the first actor of the last conjoined group before the trigger
            group_start = before[-1]
            for m in reversed(before[:-1]):
                if group_start in self.conjoined(m, candidates):
                    group_start = m
            roles.actor1 = group_start
        elif close_after:
            roles.actor1 = close_after[0][0]
        if roles.actor1 is None:
            roles.actor2, roles.taken_from = lost_by, lost_by is not None
            roles = self._second(roles, mentions, trigger)
            roles.named_target = roles.actor2 is not None and id(roles.actor2) in victims
            return self._harmed_as(roles, harming)
        a1 = self.actor(roles.actor1)
        joined = self.conjoined(roles.actor1, mentions)
        if joined and not together and self._performer(roles.actor1, acting):
            # "شنت «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» هجوماً معاكساً ... ما أدى إلى اشتباكات": the
            # subjects of a verb of performing did it together, in a frame of a fight too
            together = True
        if joined and self._rivals_between(roles.actor1, joined[0], clause):
            roles.actor2 = joined.pop(0)
        # (not two sides "بين X و Y": "اشتباكات بالأسلحة الرشاشة والقذائف بين الجيش وقسد")
        together = together and not self._after_between(roles.actor1, clause, told_on=True)
        for m in joined:
            # (a post or patrol is what was hit: "هاجم مسلحون مجهولون نقطة عسكرية")
            other = self.actor(m)
            fellow = not m.post and (allied(a1, other) or (together and a1.side.armed and other.side.armed))
            if fellow and m.actor_id != a1.id:
                roles.assoc1.append(m)
            elif not fellow:
                roles.actor2 = roles.actor2 or m
        principal = next((m for m in roles.assoc1 if m.actor_id == a1.associate_of), None)
        if principal is not None:
            # "أعلنت المقاومة الشعبية الجنوبية والقوات الموالية للرئيس هادي": the force an associate fights
            # beside is actor1, whichever is named first
            first = roles.actor1
            roles.assoc1 = [first, *[m for m in roles.assoc1 if m is not principal]]
            roles.actor1 = principal
            a1 = self.actor(principal)
        for m in self.supporters.get(sentence, ()):
            if m.actor_id != a1.id and all(m is not x for x in roles.assoc1):
                roles.assoc1.append(m)  # "سيطرت قوات النظام بدعم من الطيران الروسي"
        if roles.actor2 is None and lost_by is not None and lost_by.actor_id != a1.id:
            roles.actor2 = lost_by
        if roles.actor2 is None and self._dual_between(roles.actor1, clause):
            # "اشتباكات بين مجموعتين مسلحتين": both sides are such groups (not a victim counted after: "أسفرت عن
            # خمسة قتلى، بينهم مدني")
            roles.actor2 = roles.actor1
            roles.both_sides = True
        return self._harmed_as(self._second(roles, mentions, trigger), harming)

    def _harmed_as(self, roles: Roles, harming: tuple[Span, ...]) -> Roles:
        """The victims counted out of an actor whose harmed people are another (``harmed_as``: settlers killed are
        civilians) named as that one."""
        m = roles.actor2
        if m is None or not (actor := self.actor(m)).harmed_as or not self._victim_of(m, harming):
            return roles
        home = actor.home_country or (self.lex.get(actor.associate_of).home_country if actor.associate_of else "")
        roles.actor2 = ActorMention(m.span, actor.harmed_as, m.sentence, False, country=home)
        return roles

    def _mourns_its_own(self, m: ActorMention, mentions: list[ActorMention], victims: set[int]) -> bool:
        """``m`` announces the news ("أعلن الجيش", "المتحدث العسكري للقوات المسلحة") and a victim of the frame
        after it is of its own side or an allied one: it tells its own losses."""
        if not victims:
            return False
        own = self.actor(m)
        if not any(id(v) in victims and v.span.start > m.span.end and one_camp(own, self.actor(v)) for v in mentions):
            return False
        if self._told_by(m):
            return True
        # (the spokesman's, not the subject of what he says: "أعلن المتحدث العسكري أن القوات المسلحة أحبطت")
        before = self.index.words_before(m.span, 3)
        return any(self._a_spokesman(w) and "ان" not in before[i + 1 :] for i, w in enumerate(before))

    def left_by(self, sentence: int) -> ActorMention | None:
        """The armed actor that left the explosives of ``sentence`` behind ("انفجار لغم أرضي من مخلفات مليشيا
        الحوثي"): as ACLED codes a mine or a bomb left by a group, that group set it."""
        return next((m for m in self.leftovers.get(sentence, ()) if m.actor_id in self.armed), None)

    def _own_forces_did_it(self, m: ActorMention, trigger: Span) -> bool:
        """``m`` announces that it or its own forces did what the trigger tells: "أعلن حزب الله اليوم أن مقاتليه
        استهدفوا تجمعاً لجنود إسرائيليين" (an own-forces word right after "أن"/"إن", or "أنه", between ``m`` and
        the trigger, at most six words after ``m``)."""
        if m.actor_id not in self.armed or m.span.end > trigger.start:
            return False
        words = self.index.words_between(m.span, trigger)[:7]
        if not _SELF_AFTER_THAT.isdisjoint(words) and self._told_by(m):
            return True  # "أعلن الجيش الإسرائيلي، صباح اليوم، أنه قتل الأمين العام لحزب الله في غارة جوية"
        # ("ان": the normalised "أن" and "إن")
        return any(w in self.cues.own_forces and words[i - 1] == "ان" for i, w in enumerate(words) if i > 0)

    def _tells_anothers_deed(self, m: ActorMention, trigger: Span, candidates: list[ActorMention]) -> bool:
        """``m`` is the subject of a reporting verb, "إن"/"أن" follows it, and an armed actor of another camp is
        named after that, before or right after the trigger: the teller, not the doer (unless it says its own forces
        did it; "أعلنت قيادة العمليات المشتركة أن طائرات إف-16 عراقية نفذت ضربة" tells its own camp's deed)."""
        after = self.doc.text[m.span.end : m.span.end + 5].split()
        if not after or after[0] not in _THAT or not self._told_by(m):
            return False
        others = [
            c
            for c in candidates
            if c.span.start > m.span.end
            and c.actor_id in self.armed
            and not allied(self.actor(m), self.actor(c))
            # (before the trigger, or owning it: "طائرة مسيّرة تابعة للجيش المالي قصفت")
            and (c.span.end <= trigger.start or self.index.words_between(trigger, c.span) in _OWNING)
        ]
        return bool(others) and not self._says_it_did(m)

    def _told_by(self, m: ActorMention) -> bool:
        """``m`` is the subject of a reporting verb right before it ("أعلن الجيش", "وقال الحزب")."""
        before = self.index.words_before(m.span, 1)
        return bool(before) and is_word(before[0], self.cues.reporting_verb, ("و",))

    def _clause_tells_an_event(self, m: ActorMention) -> bool:
        """A trigger stands in the mention's clause before it (the agent cue names that event's doer)."""
        where = self.index.position(m.span)
        return any(
            t.sentence == m.sentence
            and t.span.end <= m.span.start
            and self.index.position(t.span).clause == where.clause
            for t in self.doc.triggers
        )

    def _leads_the_subject(self, m: ActorMention, verbs: list[Span]) -> bool:
        """``m`` follows a word of leading (`led_by`) at most six words after a clause-initial verb of the
        frame, in its clause, with no armed actor before it there: the leader of the verb's subject ("سيطرت
        فصائل غرفة عمليات «ردع العدوان» بقيادة هيئة تحرير الشام على ...")."""
        if m.actor_id not in self.armed or self._cue_before(m) not in self.cues.led_by:
            return False
        where = self.index.position(m.span)
        for t in verbs:
            if t.end > m.span.start or self.index.position(t).clause != where.clause:
                continue
            if self.index.count_between(t, m.span) <= 6 and not any(
                o.span.start >= t.end and o.span.end <= m.span.start and o.actor_id in self.armed
                for o in self.by_sentence.get(m.sentence, ())
            ):
                return True
        return False

    def _taken_back_from(self, trigger: Span, mentions: list[ActorMention]) -> ActorMention | None:
        """The armed actor after "من" at most ten words after a word of taking ground back, in its clause:
        whom it was taken from ("استعادة مدينة الحويجة جنوب غربي كركوك بالكامل من تنظيم داعش")."""
        word = self.index.tokens[self.index.position(trigger).first].norm
        if not word.startswith(tuple(self.cues.taken_back)):
            return None
        clause = self.index.position(trigger).clause
        return next(
            (
                m
                for m in mentions
                if m.span.start >= trigger.end
                and m.actor_id in self.armed
                and self._cue_before(m) == "من"
                and self.index.position(m.span).clause == clause
                and self.index.count_between(trigger, m.span) <= 10
            ),
            None,
        )

    def _performer(self, m: ActorMention, acting: tuple[Span, ...]) -> bool:
        """``m`` is the subject of a clause-initial verb of performing whose object is an acting word of the
        frame a few words on: "شنت جماعة الحوثي أمس هجوماً واسعاً على مواقع القوات الحكومية"."""
        first = self.index.position(m.span).first
        if first == 0 or (token := self.index.tokens[first - 1]).norm not in self._performs:
            return False
        if token.sentence != m.sentence:
            return False
        verb = Span(token.start, token.end)
        if not self.index.opens_clause(verb):
            return False
        clause = self.index.position(m.span).clause
        return any(
            t.start >= m.span.end
            and self.index.position(t).clause == clause
            and self.distance(m.sentence, m.span, t) <= _PERFORMED_REACH
            for t in acting
        )

    def _subject_after(self, m: ActorMention, verbs: list[Span]) -> bool:
        """``m`` stands right after one of ``verbs``, or after a partitive there ("هاجم عناصر من تنظيم داعش")."""
        for t in verbs:
            if t.end > m.span.start:
                continue
            between = self.index.words_between(t, m.span)
            if not between or (len(between) <= 2 and between[0] in self.cues.partitive and between[1:] in ([], ["من"])):
                return True
            if (
                len(between) == 3
                and between[0] in self.cues.partitive
                and between[1] == "من"
                and (between[2] in self.cues.partitive or between[2] in self.cues.unit)
            ):
                return True  # "أعدم عناصر من خلايا تنظيم داعش ... تسعة أشخاص"
        return False

    def _dual_between(self, m: ActorMention, clause: int) -> bool:
        """``m`` is a dual after "بين" ("بين مجموعتين مسلحتين", "بين كتيبتين"): two groups of one kind."""
        words = normalize_term(self.doc.raw(m.span)).split()
        # (a feminine dual only: "الحوثيين" ends like a dual and is a plural)
        return bool(words) and words[0].endswith(("تين", "تان")) and self._after_between(m, clause)

    def _rivals_between(self, first: ActorMention, second: ActorMention, clause: int) -> bool:
        """"بين X و Y" with two groups of one camp ("بين جهاز دعم الاستقرار واللواء 444"): they fought each
        other, unless a "من جهة" after Y closes the first of two camps ("بين X و Y من جهة و Z من جهة أخرى")."""
        a, b = self.actor(first), self.actor(second)
        if a.id == b.id or a.side != b.side or not self._after_between(first, clause, told_on=True):
            return False
        return self.index.words_after(second.span, 2) != ["من", "جهه"]

    def _after_between(self, m: ActorMention, clause: int, told_on: bool = False) -> bool:
        """``m`` is the first side of "بين X و Y" in the clause (a partitive may stand between: "بين مقاتلي X",
        or the two groups' dual head: "بين عصابتي X و Y"), or, ``told_on``, in a clause that goes on with it over a
        short aside."""
        if m.actor_id not in self.armed or (self.index.position(m.span).clause != clause and not told_on):
            return False
        before = self.index.words_before(m.span, 3)
        if len(before) == 3 and before[0] == "بين" and before[1] in self.cues.partitive and before[2] == "من":
            return True  # "بين عناصر من حركة فتح ومسلحين من مجموعة جند الشام"
        before = before[-2:]
        return bool(before) and (
            before[-1] == "بين"
            or (
                len(before) == 2
                and before[0] == "بين"
                and (before[1] in self.cues.partitive or before[1] in self.cues.dual_head)
            )
        )

    def distance(self, sentence: int, a: Span, b: Span) -> int:
        """Words between two spans, not counting a date between them ("اشتباكات عنيفة صباح اليوم بين X")."""
        n = self.index.count_between(a, b)
        for d in self.dates_by_sentence.get(sentence, ()):
            if a.end <= d.start and d.end <= b.start:
                n -= len(self.doc.text[d.start : d.end].split())
        if self._ages and n >= AGE_ASIDE:
            # "إن متظاهراً في العشرينيات من عمره قُتل": an aside on someone's age is no distance either
            words = self.index.words_between(a, b)
            if any(age_aside(words[i : i + AGE_ASIDE], self.cues.age_decade) for i in range(len(words))):
                n -= AGE_ASIDE
        return n

    def _victim_of(self, m: ActorMention, harming: tuple[Span, ...]) -> bool:
        """``m`` is counted out of as victims of a killing/injury word a few words before it, unless the
        word is a verb whose object follows ("اختطف عناصر من داعش 5 رعاة": those people are the doers)."""
        for t in harming:
            if t.end > m.span.start or (n := self.index.count_between(t, m.span)) > _MEMBER_REACH:
                continue
            between = self.index.words_between(t, m.span)
            if len(between) >= 3 and between[-1] in self.cues.unit and between[-2] in ("من", "في"):
                between = between[:-1]  # "قتل 13 عنصراً من جهاز «الأمن العام»": counted out of its apparatus
            if n <= _COUNT_REACH and self._counted_people(m) and self.cues.agent.isdisjoint(between):
                # "قتل جنديان تركيان", "أصيب ثلاثة جنود عراقيين", "بينهم ستة جنود عراقيين": people counted
                # after a killing or injury word are its victims
                return not (self.index.opens_clause(t) and self._object_after(m))
            # "قتل عنصر من قوات النظام", "قتل قيادي في تنظيم داعش": people counted out of the actor (after
            # a count too: "قتل ما لا يقل عن 28 متطوعاً في الجيش العراقي")
            member = (
                (len(between) >= 2 and between[-1] in ("من", "في") and between[-2] in self.cues.victim_noun)
                # "قتل 3 يشتبه بانتمائهم لتنظيم القاعدة": the dead said to belong to it
                or (bool(between) and between[-1] in self.cues.membership)
                # "قتل 17 جندياً و36 من متطوعي الدفاع عن الوطن": a count out of it, after other dead
                or (len(between) >= 2 and between[-1] == "من" and self._counted_right_before(self.index, m))
            )
            if (n > 3 and not member) or not self.cues.agent.isdisjoint(between):
                continue  # "... برصاص عناصر من تنظيم داعش": the agent cue names who did it
            if between and (
                between[-1] in self.cues.victim_noun or member or (between[-1] == "من" and len(between) >= 2)
            ):
                return not (self.index.opens_clause(t) and self._object_after(m))
        return False

    @staticmethod
    def _counted_right_before(index: DocIndex, m: ActorMention) -> bool:
        """A count of people ends at most two words before the mention ("3 يشتبه بانتمائهم لـ")."""
        return any(
            q.sentence == m.sentence and q.span.end <= m.span.start and index.count_between(q.span, m.span) <= 2
            for q in index.doc.quantities
        )

    def _counted_people(self, m: ActorMention) -> bool:
        """The mention's own first word counts people ("جنديان تركيان", "عنصر من ..."): a victim noun; or, of an
        actor whose harmed people are another (settlers), a count holds it ("قتل ثلاثة مستوطنين", "مستوطنان")."""
        words = normalize_term(self.doc.raw(m.span)).split()
        if words and words[0] in self.cues.victim_noun:
            return True
        start = m.span.start
        return bool(self.actor(m).harmed_as) and any(
            q.sentence == m.sentence and q.span.start <= start < q.span.end for q in self.doc.quantities
        )

    def _object_after(self, m: ActorMention) -> bool:
        """A count of people right after the mention, over a date at most ("أعدم عناصر من تنظيم داعش، أمس،
        تسعة أشخاص"): the object of the verb before it."""
        return any(
            q.sentence == m.sentence
            and q.span.start >= m.span.end
            and self.distance(m.sentence, m.span, q.span) <= 0
            for q in self.doc.quantities
        )

    def _suffered(self, roles: Roles, mentions: list[ActorMention], trigger: Span) -> Roles:
        """ "تعرض X لـ<event> من/على أيدي Y": Y did it to X. Y is an agent-cued actor of the clause or the
        actor right after the event noun; X the actor between "تعرض" and the noun."""
        clause = self.index.position(trigger).clause
        own = [m for m in mentions if self.index.position(m.span).clause == clause]
        after = [m for m in own if m.span.start >= trigger.end and self.index.count_between(trigger, m.span) <= 3]
        agents = [m for m in own if self._cue_before(m) in self.cues.agent] or after[:1]
        if agents:
            roles.actor1 = agents[0]
        target = next((m for m in own if m.span.end <= trigger.start), None)
        if target is not None and (roles.actor1 is None or not allied(self.actor(roles.actor1), self.actor(target))):
            roles.actor2, roles.named_target = target, True
        return self._second(roles, mentions, trigger) if roles.actor1 is not None else roles

    def _second(self, roles: Roles, mentions: list[ActorMention], trigger: Span) -> Roles:
        taken = {id(m) for m in [roles.actor1, *roles.assoc1] if m is not None}
        a1 = self.actor(roles.actor1) if roles.actor1 else None
        if roles.actor2 is None:
            for m in mentions:
                cue = self._cue_before(m)
                if id(m) in taken or (
                    m.span.end <= trigger.start
                    and cue not in self.cues.target
                    and cue not in self.cues.gathering
                    # (a post is what was hit, before a weapon that heads the frame too: "استهدف حزب الله موقع
                    # المالكية الإسرائيلي بالصواريخ")
                    and not (m.post and self.index.position(m.span).clause == self.index.position(trigger).clause)
                ):
                    continue
                if self._gone_towards(m):
                    continue  # "أطلقوا النار على عائلات حاولت العبور نحو مواقع القوات الأمنية": where they went
                if a1 is None or not allied(a1, self.actor(m)):
                    roles.actor2 = m
                    break
        if roles.actor2 is not None:
            a2 = self.actor(roles.actor2)
            for m in self.conjoined(roles.actor2, mentions):
                if id(m) not in taken and allied(a2, self.actor(m)) and m.actor_id != a2.id:
                    roles.assoc2.append(m)
        return roles

    def _gone_towards(self, m: ActorMention) -> bool:
        """A word of flight or crossing (cue group ``displaced``), then one of direction right before the actor or
        its positions ("العبور نحو مواقع القوات", "فروا باتجاه الجيش"): whom people went to, no side."""
        before = self.index.words_before(m.span, 4)
        if before and before[-1].startswith(_POSITIONS):
            before = before[:-1]
        if not before or before[-1] not in self.cues.towards:
            return False
        return any(is_word(w, self.cues.displaced) for w in before[:-1])

    def disruption(self, sentence: int, trigger: Span, roles: Roles) -> Roles:
        """ "فككت الوحدات الهندسية في الجيش الوطني عبوة ناسفة زرعها مجهولون": who kept the weapon from use
        is actor1, the subject of the verb (not whoever the agent cue names: the bomb's owner, actor2)."""
        if roles.actor1 is None or self._cue_before(roles.actor1) not in self.cues.agent:
            return roles
        owner = roles.actor1
        subject = next(
            (
                m
                for m in self.by_sentence.get(sentence, ())
                if m is not owner
                and m.actor_id in self.armed
                and self.index.count_between(trigger, m.span) <= 4
                and m.span.start >= trigger.end
            ),
            None,
        )
        if subject is None:
            # "تمكنت قوات الدفاع الجوي السعودي من اعتراض صاروخ أطلقه الحوثيون": the verb's subject named before it,
            # in the trigger's clause
            clause = self.index.position(trigger).clause
            subject = next(
                (
                    m
                    for m in reversed(self.by_sentence.get(sentence, ()))
                    if m is not owner
                    and m.actor_id in self.armed
                    and m.span.end <= trigger.start
                    and self.index.position(m.span).clause == clause
                ),
                None,
            )
        if subject is None:
            return Roles(actor2=owner)
        return Roles(actor1=subject, actor2=owner)

    def crowd_subject(self, sentence: int, trigger: Span) -> tuple[ActorMention, ActorMention | None] | None:
        """ "اعتدى حشد من الأهالي على شاب": a clause-initial violent verb whose subject is a crowd of civilians
        ("الأهالي" up to three words on) acting on someone ("على ..."): (the crowd, its victim if named)."""
        if not self.index.opens_clause(trigger):
            return None
        mentions = self.by_sentence.get(sentence, ())
        for i, m in enumerate(mentions):
            if m.span.start < trigger.end:
                continue
            if self.index.count_between(trigger, m.span) > 3 or self.actor(m).side is not Side.CIVILIANS:
                return None
            after = self.index.words_after(m.span, 2)
            if not after or after[0] not in self.cues.target or tuple(after) == _AT_LEAST:
                return None  # (not "قتل مئة مدني على الأقل": the dead counted, no crowd setting on anyone)
            victim = next((v for v in mentions[i + 1 :] if self.index.count_between(m.span, v.span) <= 2), None)
            return m, victim
        return None

    def _held_site(self, index: DocIndex, m: ActorMention) -> bool:
        """A military site is named shortly before the holder's phrase ("غارات على قاعدة الديلمي الجوية ومعسكرات
        في محيط العاصمة صنعاء الخاضعة لسيطرة الحوثيين"): the holder's own positions, struck."""
        sites = self.cues.site_noun | self.cues.gathering
        return any(w.removeprefix("و") in sites for w in index.words_before(m.span, _HELD_SITE_REACH))

    def _requester(self, before: list[str]) -> bool:
        """``before`` ends in a word of asking ("بطلب من", "بناء على طلب"): the actor after it asked for it."""
        words = before[:-1] if before and before[-1] == "من" else before
        asked = self.cues.requested_by
        return bool(words) and (words[-1] in asked or " ".join(words[-2:]) in asked)

    def _backed_by_its_fighters(self, index: DocIndex, before: list[str], m: ActorMention) -> bool:
        """``m`` is named after a backer word and "ب", the fighters it is backed by: "مدعومة بالحشد الشعبي" (the
        clitic on the name), "مدعومة بفصائل من الحشد الشعبي" (on a partitive before "من"), "مدعومين بمقاتلي
        جماعة أنصار الدين" (on a partitive in construct)."""
        backer = self.cues.backed_by
        if len(before) >= 3 and before[-3] in backer and before[-1] == "من" and before[-2].startswith("ب"):
            return True
        partitive = self.cues.partitive
        if len(before) >= 2 and before[-2] in backer and before[-1][:1] == "ب" and before[-1][1:] in partitive:
            return True  # "مدعومين بمقاتلي جماعة أنصار الدين": a partitive in construct, no "من"
        if not before or before[-1] not in backer:
            return False
        token = index.tokens[index.position(m.span).first]
        return token.start < m.span.start and token.norm.startswith("ب")

    def claimant(self, sentence: int) -> ActorMention | None:
        """An armed actor claiming responsibility in this sentence or the next: "وتبنى تنظيم الدولة
        الهجوم", "أعلن تنظيم الدولة مسؤوليته عن التفجير"."""
        for si in (sentence, sentence + 1, sentence + 2):
            # (two sentences on over a toll's: "فجّر انتحاري حزامه ... . وقال مسؤول إن 27 جندياً قتلوا ... .
            # وتبنّى تنظيم «الدولة الإسلامية» الهجوم"; not over a sentence that opens elsewhere: "وفي أبين، قُتل ثلاثة
            # جنود بانفجار عبوة ناسفة، في هجوم تبناه تنظيم القاعدة" claims its own blast)
            if si > sentence and self._opens_elsewhere(si):
                break
            for m in self.by_sentence.get(si, ()):
                if self._claims(m):
                    return m
        # an accusation a sentence or two on: "ارتفعت حصيلة الغارة ... . وقال طالب نجا ... . واتهمت حكومة
        # الوفاق قوات حفتر بتنفيذ الغارة"
        for si in (sentence, sentence + 1, sentence + 2):
            for m in self.by_sentence.get(si, ()):
                # (a later sentence's accusation of the violence it tells itself is about that violence: "غارات
                # جوية على حي السكري قتلت ثلاثة مدنيين، اتهم ناشطون الطيران الحربي بتنفيذها")
                if self._accused(m) and (si == sentence or not self._violence_told_before(si, m)):
                    return m
        # a later claim of all the attacks told: "... فيما تبنى تنظيم داعش التفجيرات عبر وكالة أعماق"
        for si, m in self._claims_of_all():
            if si > sentence + 1:
                return m
        # an earlier summary naming who made all the attacks it sums: "ارتفعت حصيلة الهجمات التي شنها تنظيم
        # الدولة على السويداء إلى 75 قتيلاً" before the attacks are told one by one
        for si, m in self._agents_of_all():
            if si < sentence:
                return m
        return None

    def _opens_elsewhere(self, sentence: int) -> bool:
        """The sentence opens on a place of its own ("وفي أبين، ...", "وفي حي الملعب ...") or on another incident
        ("وفي حادث منفصل"): what it tells happened apart from what was told before."""
        tokens = self.index.sentence_tokens(sentence)
        if len(tokens) < 2 or tokens[0].norm not in PLACE_OPENERS:
            return False
        if tokens[1].norm in _ANOTHER_INCIDENT or (len(tokens) > 2 and tokens[2].norm == "منفصل"):
            return True
        second = tokens[1]
        # (the place's name or its cue word: "وفي أبين", "وفي محافظة أبين"; the name may leave out the article)
        return any(
            p.sentence == sentence
            and ((p.cue_span or p.span).start <= second.end and p.span.end > second.start)
            for p in self.doc.places
        )

    def _agents_of_all(self) -> list[tuple[int, ActorMention]]:
        """Armed actors named as the agent of every attack a summary counts ("الهجمات التي شنها X")."""
        if self._all_agents is None:
            self._all_agents = []
            for si, mentions in sorted(self.by_sentence.items()):
                for m in mentions:
                    if m.actor_id not in self.armed or self._cue_before(m) not in self.cues.agent:
                        continue
                    before = self.index.words_before(m.span, 4)
                    if not self.cues.claimed_all.isdisjoint(before):
                        self._all_agents.append((si, m))
        return self._all_agents

    def _claims(self, m: ActorMention) -> bool:
        """``m`` is an armed actor claiming an attack ("وتبنى تنظيم الدولة", "تنظيم الدولة مسؤوليته")."""
        claims = self._claiming.get(id(m))
        if claims is None:
            claims = self._claiming[id(m)] = self._find_claim(m)
        return claims

    def _find_claim(self, m: ActorMention) -> bool:
        if m.actor_id not in self.armed:
            return False
        before = self.index.words_before(m.span, 4)
        if before and before[-1] in self.cues.name_lead:
            before = before[:-1]  # "وتبنى تنظيم «داعش»": the head word before a quoted name is the name's
        if before and before[-1] == IN_THE_NAME_OF:
            # "وتبنّى المتحدث العسكري باسم جماعة الحوثيين الهجوم": the claim its spokesman made
            spoke = next((k for k in range(len(before) - 2, -1, -1) if before[k] in self.cues.spokesman), None)
            before = before[:spoke] if spoke is not None else before
        if before and before[-1] in self.cues.branch_of:
            before = before[:-1]  # "وأعلن فرع تنظيم الدولة في خراسان مسؤوليته": the branch's claim is the group's
        if before and before[-1] in self.cues.so_called:
            # "وتبنت ما تسمى «المقاومة الإسلامية في العراق» القصف": the claim over "so-called"
            before = before[:-2] if len(before) > 1 and before[-2] == "ما" else before[:-1]
        after = self.index.words_after(m.span, 2)
        if (before and before[-1] in self.cues.claim_before) or (after and after[0] in self.cues.claim_after):
            return True
        if len(after) == 2 and after[0] in self.cues.stands_behind and after[1] == _BEHIND:
            return True  # "أن عناصر من تنظيم الدولة يقفون وراء الكمين"
        if self._claims_after_its_name(m):
            return True
        if before and is_word(before[-1], self.cues.reporting_verb, ("و",)) and self._says_it_did(m):
            return True
        if not before or before[-1] not in self.cues.claim_verb:
            return False
        # "أعلن تنظيم «ولاية سيناء»، فرع تنظيم داعش في مصر، في تسجيل مصور، مسؤوليته عن ...": the claim over an
        # aside, its own responsibility (not "المسؤولية": "ولم تعلن أي جهة المسؤولية") with no negation between
        return bool(self._far_claim(m))

    def _claims_after_its_name(self, m: ActorMention) -> bool:
        """The actor named first, then its claim over a short description of it: "وأضاف المصدر أن جماعة نصرة
        الإسلام والمسلمين المرتبطة بتنظيم القاعدة أعلنت مسؤوليتها عن التفجير", "أن الحركة تبنت الهجوم"."""
        after = self.index.words_after(m.span, _DESCRIBED_REACH + 2)
        for i, w in enumerate(after[: _DESCRIBED_REACH + 1]):
            if w in self._negations or w == "سبق":
                return False  # (nor its past claims: "سبق أن تبنى هجمات مماثلة")
            if w.startswith("و"):
                return False  # (a verb after "و" has a subject of its own: "عند حاجز لقسد أمس، وتبنى التنظيم")
            if w in self.cues.claim_before:
                return True
            if w in self.cues.claim_verb:
                return i + 1 < len(after) and self._own_responsibility(after[i + 1])
        return False

    def _indefinite_object_after(self, m: ActorMention) -> bool:
        """A masculine indefinite object right after ``m``: ``m``, right after an event word, is its agent ("جراء
        استهداف مسيّرة إسرائيلية مركزاً للجيش"), not its target ("استهداف قوات النظام بعبوة ناسفة")."""
        after = self.index.words_after(m.span, 1)
        word = after[0] if after else ""
        # (an indefinite accusative: "مركزاً"; not a preposition with its pronoun, "منها", nor "ال...")
        return len(word) > 3 and word.endswith("ا") and not word.endswith("ها") and not word.startswith("ال")

    def _adjective_before_its_target(self, m: ActorMention) -> bool:
        """``m`` is one word with no article ("حوثي") and "على" follows it, not "على يد" (who it was done by)."""
        if not one_bare_word(self.doc.raw(m.span)):
            return False
        after = self.index.words_after(m.span, 2)
        return len(after) == 2 and after[0] == "علي" and after[1] not in _BY_HAND

    def _says_it_did(self, m: ActorMention) -> bool:
        """The actor, after a verb of telling, says it did violence ("وقالت سرايا القدس، الجناح العسكري لحركة
        الجهاد الإسلامي، إنها أطلقت رشقات صاروخية"): "إنها" within reach, no negation first, and a word of
        violence of the report one or two words on. Its family is kept: the claim is of that kind only."""
        after = self.index.words_after(m.span, _CLAIM_REACH)
        for w in after:
            if w in self._negations:
                return False
            if w in _SELF_AFTER_THAT:  # ("إنها" normalised is "انها" too)
                break
        else:
            return False
        for t in self.doc.triggers:
            if t.sentence != m.sentence or t.span.start < m.span.end or "negated" in t.flags:
                continue
            if not _SELF_AFTER_THAT.isdisjoint(self.index.words_before(t.span, 2)):
                self._said_families[id(m)] = t.family
                return True
        return False

    def said_family(self, m: ActorMention) -> str:
        """The family of the violence a claimant said it did, or "" for a claim of responsibility."""
        return self._said_families.get(id(m), "")

    def _own_responsibility(self, word: str) -> bool:
        """The word is an actor's own responsibility ("مسؤوليته", "مسؤوليتها"), not "المسؤولية" of nobody's."""
        return word in self.cues.claim_after and word.startswith("مسؤوليت")

    def _far_claim(self, m: ActorMention) -> list[str]:
        """The words after ``m``'s own responsibility within reach, from it on, or [] when there is none or a
        negation stands first."""
        after = self.index.words_after(m.span, _CLAIM_REACH + 4)
        for i, w in enumerate(after[:_CLAIM_REACH]):
            if w in self._negations:
                return []
            if self._own_responsibility(w):
                return after[i:]
        return []

    def _violence_told_before(self, sentence: int, m: ActorMention) -> bool:
        """The sentence tells violence (a trigger of two or more, or one it refers to: "رداً على تفجير شارع
        الاستقلال ... وتتهم أنقرة حزب العمال الكردستاني بالوقوف وراءه") before the mention."""
        return any(
            t.sentence == sentence
            and (t.strength >= 2 or "reference" in t.flags)
            and t.span.end <= m.span.start
            and t.family in _VIOLENT_FAMILIES
            for t in self.doc.triggers
        )

    def _accused_of_this(
        self, sentence: int, trigger: Span, candidates: list[ActorMention]
    ) -> ActorMention | None:
        """The armed actor accused of the event its trigger tells, the trigger right after the word of the
        accusation ("اتهمت قوات الدعم السريع الجيش بتنفيذ الغارة")."""
        before = self.index.words_before(trigger, 1)
        if not before or before[0] not in self.cues.accused_of:
            return None
        for m in reversed(candidates):
            if m.span.end <= trigger.start and self.distance(sentence, m.span, trigger) <= 1 and self._accused(m):
                return m
        return None

    def _accused(self, m: ActorMention) -> bool:
        """``m`` is an armed actor accused of an attack: a word of `accused_of` at most four words after it
        ("بتنفيذ الغارة", "مسؤولية الهجوم") and a verb of accusing at most five words before it, over the
        accuser; or the attack attributed to it (a verb of `attributing`, then "إلى" right before it)."""
        if m.actor_id not in self.armed:
            return False
        before = self.index.words_before(m.span, 5)
        if before and before[-1] == "الي" and not self.cues.attributing.isdisjoint(before[:-1]):
            # "ونسبت السلطات الهجوم إلى جماعة بوكو حرام", "في هجوم نسبه الجيش إلى جيش التحرير الوطني": the attack
            # laid at its door
            return True
        # (over the accused's description: "التحالف العسكري بقيادة السعودية بتنفيذ الغارة")
        after = self.index.words_after(m.span, 4)
        if self.cues.accused_of.isdisjoint(after):
            return False
        if len(after) >= 2 and after[0] in self.cues.accused_of and after[1] in self.cues.kept_safe:
            return False  # "محمّلة الأجهزة الأمنية مسؤولية سلامته": held answerable for his safety, not accused
        # (the verb's subject, the accuser, stands between it and the accused; a participle comes right before:
        # "متهمةً قوات الدعم السريع بإطلاقها")
        return not self.cues.accuser_verb.isdisjoint(before[:-1]) or (bool(before) and before[-1] in self.cues.accusing)

    def _claims_of_all(self) -> list[tuple[int, ActorMention]]:
        """Claims whose object, within three words, is every attack told ("التفجيرات", "الهجمات")."""
        if self._all_claims is None:
            self._all_claims = [
                (si, m)
                for si, mentions in sorted(self.by_sentence.items())
                for m in mentions
                if self._claims(m)
                and not self.cues.claimed_all.isdisjoint(
                    # ("أعلن التنظيم، في تسجيل مصور، مسؤوليته عن عمليات القتل": the words after the claim)
                    self.index.words_after(m.span, 3) + self._far_claim(m)[:4]
                )
            ]
        return self._all_claims

    def victim_after(self, sentence: int, trigger: Span) -> ActorMention | None:
        """The people named right after a killing or injury word ("قتل ثلاثة مدنيين")."""
        for m in self.by_sentence.get(sentence, []):
            if m.span.start >= trigger.end and self.index.count_between(trigger, m.span) <= 3:
                return m
        return None

    def controller_after(self, sentence: int, trigger: Span) -> ActorMention | None:
        """The actor named right after a control phrase ("تحت سيطرة داعش", "عن سيطرة النظام")."""
        for m in self.by_sentence.get(sentence, []):
            if m.span.start < trigger.start:
                continue
            between = self.index.words_between(trigger, m.span)
            if len(between) <= 2 or (between and between[-1] in self.cues.controller):
                return m
        return None

    def main_adversary(self, of: Actor, before: int, fellows: frozenset[str] = frozenset()) -> ActorMention | None:
        """The armed actor most mentioned in the document (later mentions weigh more) not allied with ``of``
        and not one of the actors ``fellows`` that acted with it."""
        key = (of.id, before, fellows)
        if key not in self._adversaries:
            self._adversaries[key] = self._main_adversary(of, before, fellows)
        return self._adversaries[key]

    def _opponents(self, of: Actor) -> list[ActorMention]:
        """The document's mentions of armed actors not allied with ``of``, in document order."""
        found = self._opponent_mentions.get(of.id)
        if found is None:
            # who is named as support ("بمساندة طيران التحالف") fights with the doer, not against anyone's
            supporters = {m.actor_id for ms in self.supporters.values() for m in ms}
            found = self._opponent_mentions[of.id] = [
                m
                for m in self.doc.actors
                if m.actor_id in self.armed
                and m.actor_id not in supporters
                and id(m) not in self.members
                and not allied(of, self.actor(m))
                and not self._arrived_after(m)
            ]
        return found

    def _arrived_after(self, m: ActorMention) -> bool:
        """``m`` is named as arriving after the event: an arrival word (cue group `arrived_after`) right before
        it, after "قبل" or "قبل أن" ("فرّ المهاجمون قبل وصول الشرطة")."""
        if not self._arrival_told:
            return False
        before = self.index.words_before(m.span, 3)
        if not before or before[-1] not in self.cues.arrived_after:
            return False
        return before[-2:-1] == ["قبل"] or before[-3:-1] == ["قبل", "ان"]

    def _main_adversary(self, of: Actor, before: int, fellows: frozenset[str]) -> ActorMention | None:
        counts: dict[str, int] = {}
        last: dict[str, ActorMention] = {}
        for m in self._opponents(of):
            if m.actor_id in fellows or m.actor_id == of.id:
                continue
            counts[m.actor_id] = counts.get(m.actor_id, 0) + (2 if m.sentence >= before - 1 else 1)
            if m.sentence <= before or m.actor_id not in last:
                last[m.actor_id] = m
        if not counts:
            return None
        best = max(counts, key=counts.__getitem__)  # the first counted of equals, as Counter.most_common
        return last[best]


def _nisba(word: str) -> bool:
    """A relative adjective without its article, normalised ("عسكريه", "أمني"): it qualifies the noun before it."""
    return len(word) > 3 and not word.startswith("ال") and word.endswith(("يه", "ي"))
