"""Frames: one head trigger per event-to-be, with the triggers it absorbs, in one sentence.

"اشتباكات أسفرت عن مقتل 5" is one event (a clash with 5 deaths), not two: generic triggers (killing,
injury, shooting, attack, explosion ...) are absorbed into the nearest specific trigger of the same
sentence. Only a sentence with no specific trigger lets a generic one head an event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.extractors.off_stage import off_stage
from marsad.extractors.positions import DocIndex, same_statement
from marsad.extractors.vocabulary import IN_THE_NAME_OF, PLACE_OPENERS
from marsad.geo import cues as place_cues
from marsad.lang.cues import load_cues
from marsad.lang.numbers import MarkerKind, load_numbers
from marsad.lang.triggers import Family, Territorial, TriggerLexicon
from marsad.model.document import Document
from marsad.model.mentions import ActorMention, PlaceMention, TriggerMention
from marsad.model.span import Span
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.normalize import normalize_term

#: families that never head an event while a more specific trigger is in the sentence
ABSORBABLE: frozenset[str] = frozenset({"killing", "injury", "shooting", "attack", "explosion"})
#: families absorbed only by the families listed
ABSORBED_BY: dict[str, frozenset[str]] = {
    # "أحرق محتجون سيارات ... واشتبكوا مع قوات مكافحة الشغب": the crowd's fight is part of its riot
    "clash": frozenset({"capture", "entry", "withdrawal", "riot"}),
    # "انسحب داعش من القرية لتدخلها قسد": one hand-over, not a battle; "رشق محتجون السراي بالزجاجات الحارقة
    # وحاولوا اقتحامها": the crowd storming a building is part of its riot
    "entry": frozenset({"withdrawal", "riot"}),
    "riot": frozenset({"protest"}),
    "arrest": frozenset({"protest"}),
    # "اقتحم متظاهرون المبنى وأضرموا النار فيه": the destruction is part of the riot
    # ("أسقطت الدفاعات الجوية مسيرتين ودمرتهما": destroying the weapon kept from use is part of it)
    "looting": frozenset({"riot", "disrupted"}),
    # "نجا من محاولة اغتيال بعبوة ناسفة": the bomb is how the assassination was tried; one event
    # (a generic explosion is absorbed by the assassination instead; the event stage codes it as a bomb)
    "assassination": frozenset({"ied", "suicide", "grenade", "airstrike", "shelling"}),
    # "فككت الوحدات الهندسية عبوة ناسفة", "أسقطت الدفاعات طائرة مسيرة": the weapon named was kept from use
    "ied": frozenset({"disrupted", "suicide"}),  # "سيارة مفخخة يقودها انتحاري": the suicide bombing
    "suicide": frozenset({"disrupted"}),
    "grenade": frozenset({"disrupted"}),
    "airstrike": frozenset({"disrupted"}),
    "shelling": frozenset({"disrupted"}),
}
#: a withdrawal told with killing or attack words in its sentence ("هاجموا الحاجز وقتلوا أربعة قبل أن
#: ينسحبوا") is the attackers' retreat: the violence is the event, not a non-violent transfer; so is the
#: destruction told with a killing ("قضت على عدد من الإرهابيين ودمرت أوكارهم"): part of the attack
YIELDS_TO_VIOLENCE: frozenset[str] = frozenset({"withdrawal", "looting"})
#: a family that is no violence: a killing told with it is not its own ("وقف إطلاق النار" stays an agreement)
NON_VIOLENT: frozenset[str] = frozenset({"arrest"})
#: families that cannot head an event on their own; they need another trigger or a casualty figure
WEAK: frozenset[str] = frozenset({"injury"})
#: a sentence with only these and a casualty figure, right after an event, gives that event's toll
TOLL_FAMILIES: frozenset[str] = frozenset({"killing", "injury"})
#: families of a crowd's action: what they react to ("بعد مقتل", "احتجاجا على") is not part of it
CROWDS: frozenset[str] = frozenset({"riot", "protest"})
#: how many words before a harm or its figure a crowd's grievance or demand may stand, in its clause, to make it
#: what the crowd protests over ("مطالبين بمحاسبة المسؤولين عن انهيار السدين الذي خلف آلاف القتلى")
CROWD_PURPOSE_REACH = 12


def crowd_purpose_words() -> frozenset[str]:
    """A crowd's grievance and demand words, alone or after a conjunction ("احتجاجا", "ومطالبين"); built
    from the cues loaded now (``with_conjunctions`` caches by the words)."""
    cues = load_cues()
    return with_conjunctions(cues.grievance | cues.demand)


#: flags that mean the trigger reports no event that happened
SUPPRESSING: frozenset[str] = frozenset(
    {
        "negated",
        "future",
        "possible_outcome",
        "criminal",
        "figurative",
        "accident",
        "charge",
        "court",
        "span_start",
        "disaster",
        "weapons_test",
        "drill",
        "past_deal",
        "denied_report",
        "sports",
        "fiction",
        "possible_after",
    }
)
_MISHAP = frozenset({"accident", "disaster"})
#: a crowd is no disaster's work: "احتجاجاً على انقطاع الكهرباء مع اشتداد موجة الحر" is a protest
_CROWD_SUPPRESSING = SUPPRESSING - {"disaster"}


def _suppressed(t: TriggerMention) -> bool:
    return bool(t.flags & (_CROWD_SUPPRESSING if t.family in CROWDS else SUPPRESSING))


#: flags of talk about a kind of event ("أدت مثل هذه التفجيرات إلى قتل الآلاف"): such a trigger still
#: gathers the casualty words of its sentence, and its frame is then dropped with them
CLASS_TALK: frozenset[str] = frozenset({"like_these"})
#: families whose event takes people, counted like a crowd ("اعتقلوا خمسة أشخاص", "خطفوا 14 شخصاً")
_TAKES_PEOPLE = frozenset({"arrest", "abduction"})
#: families whose agent an aircraft word names ("شنت طائرات حربية غارات", "قصف الطيران")
_BOMBARDMENT = frozenset({"airstrike", "shelling"})
#: evidence a frame needs to be an event: trigger strength plus the signs counted in :func:`evidence`
EVENT_THRESHOLD = 5
#: a trigger this many words into its sentence is elaboration or background more often than the news
DEEP_IN_SENTENCE = 25


@dataclass(slots=True)
class Frame:
    head: TriggerMention
    family: Family
    sentence: int
    members: list[TriggerMention] = field(default_factory=list)
    #: later sentences that only give this event's toll ("وقالت مصادر طبية إن الحصيلة بلغت ستة قتلى")
    toll_sentences: list[int] = field(default_factory=list)

    @property
    def flags(self) -> set[str]:
        return self.head.flags

    @property
    def territorial(self) -> Territorial:
        return self.family.territorial

    def member_families(self) -> set[str]:
        return {m.family for m in self.members}


#: families that mean fighting: with one in the sentence, an entry is no mere raid (and a withdrawal is
#: no non-violent transfer, see the event stage)
FIGHTING: frozenset[str] = frozenset({"clash", "attack", "shelling", "airstrike", "killing", "shooting"})


#: fighting on the ground that support fire told with it belongs to ("سيطرت الفصائل على القرية وسط قصف مدفعي
#: تركي", "اشتباكات ترافقت مع قصف صاروخي")
_GROUND_FIGHT: frozenset[str] = frozenset({"clash", "capture", "entry", "attack"})
#: a bomb that went off, or its dead and wounded: what no bomb found or defused after it is
_WENT_OFF: frozenset[str] = frozenset({"killing", "injury", "explosion", "ied", "suicide"})
_SUPPORT_FIRE: frozenset[str] = frozenset({"shelling", "airstrike"})
#: bombs an aircraft drops, named right after the verb and the aircraft ("ألقت طائرة مسيّرة عبوات ناسفة"; the
#: modifier group `dropped`)
_DROPPED: frozenset[str] = frozenset({"ied", "grenade", "explosion"})


#: flags of a trigger told as background: a relative clause, a cause, something told before
_BACKGROUND = frozenset({"relative_clause", "cause", "reference"})
#: the families that, told as background, head none of the news their sentence tells
_BACKGROUND_HEADS_NONE = frozenset({"capture", "agreement"})


def _absorbs(head: TriggerMention, other: TriggerMention, fighting: bool = False) -> bool:
    if (
        (head.family in _BACKGROUND_HEADS_NONE or (head.family == "withdrawal" and other.family == "clash"))
        and not head.flags.isdisjoint(_BACKGROUND)
        and other.flags.isdisjoint(_BACKGROUND)
    ):
        # "تواصلت ... الاشتباكات في حي الجولان، غداة إعلان الحكومة استعادة مركز المدينة": a capture told as
        # what came before heads none of the news told with it; nor does a deal ("مقتل الشاب برصاص مسلحين
        # ...، وهو عنصر سابق انضم بعد التسوية إلى صفوف المخابرات"), nor a withdrawal the fighting told as news
        # ("يخوضون اشتباكات ... على مدخل حمص، بعد سيطرتهم على الرستن إثر انسحاب قوات النظام منها")
        return False
    if "accompanying" in other.flags and other.family in _SUPPORT_FIRE and head.family in _GROUND_FIGHT:
        return True
    if (
        head.family == "airstrike"
        and head.strength == 1
        and other.family == "shelling"
        and other.strength >= 2
        and "aircraft" in other.flags
    ):
        return True  # "طائرة مسيّرة تابعة للجيش قصفت سوقاً": the drone named is what fired, one drone strike
    if head.family == "airstrike" and other.family in _DROPPED and "dropped" in other.flags:
        return True  # "ألقت طائرة مسيّرة عبوات ناسفة على قاعدة عسكرية": what the aircraft dropped, its strike
    if head.family == "capture" and "held_briefly" in head.flags and other.family in ("withdrawal", "entry"):
        return True  # "دخلوا البلدة ... وسيطروا على مقرها لساعات قبل أن ينسحبوا": the fight, no hand-over
    if head.family == "disrupted" and other.family in _SUPPORT_FIRE and other.strength >= 2:
        return False  # (see below: a strike told is not what the air defences kept from use)
    if head.family == "disrupted" and other.family in _WENT_OFF and other.span.end <= head.span.start:
        # "استشهاد ضابط وثلاثة جنود إثر انفجار عبوة ناسفة ... مضيفاً أن المهندسين تمكنوا من اكتشاف عبوة ثانية
        # وتفكيكها": the blast and its dead told before are an event of their own, not the bomb found after
        return False
    if other.family == "disrupted" and head.family in _SUPPORT_FIRE and head.strength >= 2:
        # "نفذ العدو عدواناً جوياً ... وتصدت الدفاعات للصواريخ وأسقطت معظمها": the strike landed; its
        # interception is part of it (a drone shot down with no strike told stays disrupted)
        return True
    if other.family == "arrest" and "during" in other.flags and head.family in FIGHTING:
        # "قتلت قوات الجيش خمسة مسلحين في تبادل لإطلاق النار خلال مداهمة": the raid the fight was fought in
        return True
    if other.family == "riot" and head.family == "capture" and fighting:
        # "سيطروا على البلدة بعد اشتباكات ...، وأحرقوا عدداً من المباني الحكومية": what the fighters burnt in the
        # town they took is part of its capture, no riot
        return True
    if other.family == "entry" and head.family in ("arrest", "looting"):
        # "اقتحمت قوات الأمن الحي واعتقلت خمسة شبان": a raid to arrest people is the arrest, and "اقتحم
        # مستوطنون التجمع البدوي واستولوا على الأغنام" a raid to loot the looting, unless the sentence tells
        # fighting ("اقتحمت ... بعد اشتباكات ... واعتقلت")
        return not fighting
    if head.family == "protest" and head.strength < 2:
        return False  # a passing mention of protesters does not make the violence a protest
    if other.family == "protest" and other.strength < 2:
        # "fired on the protesters": the violence is the event, protesters its target; "نظموا اعتصاماً،
        # احتجاجاً على ...": the purpose belongs to the protest told in the sentence; violence told in a
        # relative clause or as a cause ("احتجاجات ... على خلفية أعمال العنف التي استهدفت لاجئين") is what
        # the crowd reacts to, not the event the protest word names
        if head.family not in CROWDS and not head.flags.isdisjoint(_BACKGROUND):
            return False
        return head.family != "protest" or head.strength >= 2
    if head.family in CROWDS and other.family not in CROWDS:
        if "cause" in other.flags or "relative_clause" in other.flags:
            # "أضرم محتجون النار بعد مقتل شاب برصاص الأمن", "احتجاجا على اعتقال زملائهم": what they react to;
            # "دفن الشاب الذي قتل بالرصاص ... المتظاهرين يهتفون": who someone is, told before
            return False
        if other.family == "explosion":
            return False  # a bomb among a crowd is an attack of its own, not force used on the crowd
    if other.family in ABSORBABLE:
        if head.family in YIELDS_TO_VIOLENCE or head.family in NON_VIOLENT:
            return False  # "قتل شاب ... بعد اعتقاله": the killing is an event of its own, not part of the arrest
        return head.family not in ABSORBABLE or head.family == other.family
    if other.family in YIELDS_TO_VIOLENCE and head.family in ABSORBABLE - WEAK:
        return True
    if other.family == "withdrawal" and head.family == "looting":
        # "نهبوا المنازل والمتاجر قبل انسحابهم من القرية": raiders leaving what they looted handed no ground over
        return True
    if other.family == "withdrawal" and head.family == "riot":
        # "أضرم محتجون النار في مقار الأحزاب، وسط انسحاب لقوات الأمن من محيطها": a force that drew back before a
        # riot handed no ground over; the riot is the event
        return True
    targets = ABSORBED_BY.get(other.family)
    return bool(targets and head.family in targets)


def dated_in_its_clause(doc: Document, index: DocIndex, t: TriggerMention) -> bool:
    """A date stands in the trigger's clause, after it."""
    clause = index.position(t.span).clause
    return any(
        d.sentence == t.sentence and d.span.start >= t.span.end and index.position(d.span).clause == clause
        for d in doc.dates
    )


@dataclass(slots=True)
class _Signs:
    """Which sentences hold each sign :func:`evidence` counts, gathered in one pass over the mentions
    instead of one pass per frame."""

    dated: set[int]
    placed: set[int]
    casualties: set[int]
    crowds: set[int]
    #: named (not anaphoric) armed actors by sentence
    armed_actors: dict[int, list[ActorMention]]
    #: (sentence, raw start) of every actor mention
    actor_starts: set[tuple[int, int]]

    @classmethod
    def of(cls, doc: Document, index: DocIndex, armed: frozenset[str]) -> _Signs:
        cues = load_cues()
        armed_actors: dict[int, list[ActorMention]] = {}
        for m in doc.actors:
            # (not a side a spokesman speaks for: "الناطق الرسمي باسم حركة فتح" condemning is no armed agent there)
            if not m.anaphoric and m.actor_id in armed and index.words_before(m.span, 1) != [IN_THE_NAME_OF]:
                armed_actors.setdefault(m.sentence, []).append(m)
        return cls(
            dated={d.sentence for d in doc.dates if not d.durative},
            # (not by where fire came from or people fled: "بمقتل العشرات، بينما نزح السكان نحو القضارف")
            placed={p.sentence for p in doc.places if _names_a_place(p) and not off_stage(index, p, cues)},
            casualties={q.sentence for q in doc.quantities if q.counted in ("killed", "injured", "killed_or_injured")},
            crowds={q.sentence for q in doc.quantities if q.counted == "people"},
            armed_actors=armed_actors,
            actor_starts={(m.sentence, m.span.start) for m in doc.actors},
        )


def build_frames(doc: Document, lexicon: TriggerLexicon, index: DocIndex, armed: frozenset[str]) -> list[Frame]:
    """Group the document's triggers into frames; ``armed`` are the ids of armed actors."""

    def clause_of(t: TriggerMention) -> int:
        return index.position(t.span).clause

    # "تحرير" in "هيئة تحرير الشام", "الحرية" in a square's name: words inside names are not triggers
    # (start, end) of the names by sentence: compared as plain ints, without Span's Python methods
    names: dict[int, list[tuple[int, int]]] = {}
    for m in doc.actors:  # references too: "الشغب" in "قوات مكافحة الشغب"
        names.setdefault(m.sentence, []).append((m.span.start, m.span.end))
    for p in doc.places:
        if p.resolved is not None:
            names.setdefault(p.sentence, []).append((p.span.start, p.span.end))
    by_sentence: dict[int, list[TriggerMention]] = {}
    weapons: list[TriggerMention] = []  # weapons heading a force's name
    for t in doc.triggers:
        if _inside_a_name(t.span, names.get(t.sentence, ())):
            if t.family in _BOMBARDMENT and _heads_a_name(t.span, names.get(t.sentence, ())):
                weapons.append(t)
            continue
        by_sentence.setdefault(t.sentence, []).append(t)
    for t in weapons:
        # a weapon heading a force's name tells what it did when no other word of its sentence does:
        # "مدفعية العدو السعودي استهدفت مناطق متفرقة" (not "أطلقت مدفعية العدو قذائف")
        of_sentence = by_sentence.setdefault(t.sentence, [])
        if not any(o.family in _BOMBARDMENT for o in of_sentence):
            of_sentence.append(t)
            of_sentence.sort(key=lambda o: o.span.start)
    signs = _Signs.of(doc, index, armed)
    purpose: frozenset[str] = frozenset()  # the crowd's purpose words, built for the first sentence with a crowd
    frames: list[Frame] = []
    taken_frames: list[Frame] = []  # takeovers a span is counted from, with their own dates
    reporting = False  # once a report has told one event, its next sentences continue the narrative
    for si in sorted(by_sentence):
        asked = _question_clauses(doc, index, si)  # "هل يعد قتل الأبرياء ...؟" asks; it reports nothing
        triggers = [t for t in by_sentence[si] if not _suppressed(t) and clause_of(t) not in asked]
        if any("since_taken" in t.flags for t in triggers):
            # "منذ سيطرة التنظيم عليها في آب 2014": a takeover of before, dated, is a frame of its own, which
            # neither absorbs the news nor joins it, nor takes a toll told after it (see since_taken.py)
            taken_frames.extend(Frame(t, lexicon.families[t.family], si) for t in triggers if "since_taken" in t.flags)
            triggers = [t for t in triggers if "since_taken" not in t.flags]
        # (an accident or disaster the sentence tells, whose dead are no victims of violence)
        mishap = any(not t.flags.isdisjoint(_MISHAP) for t in by_sentence[si])
        if not triggers:
            continue
        fighting = not FIGHTING.isdisjoint([t.family for t in triggers])
        heads: list[TriggerMention] = []
        for t in triggers:
            if not _absorbed(t, triggers, fighting) or _a_crowd_of_its_own(doc, index, t, triggers, fighting):
                heads.append(t)
        if not heads:
            # a cycle ("قتلوا في معارك ... فيما انسحبت القوات المتبقية": the fight absorbs the killing, the
            # withdrawal the fight, the killing the withdrawal): a withdrawal yields to the violence told
            # with it, so it absorbs nothing; with only generic triggers, the first heads the event
            violent = [t for t in triggers if t.family not in YIELDS_TO_VIOLENCE]
            heads = [t for t in violent if not _absorbed(t, violent, fighting)] or [triggers[0]]
        # several generic heads in one sentence, or heads of one family in one clause, are one event
        # (the last of a toll, "ومن بين أحدث الحوادث مقتل امرأة", stays apart from the toll)
        # (one clause: over short asides too, "استعادت قوات النظام، اليوم الثلاثاء، السيطرة على البلدة")
        merged: list[TriggerMention] = []
        generic_merged = [False, False]  # a generic (absorbable) head is among the merged: [toll, latest]
        family_starts: dict[str, list[int]] = {}  # first token of the merged heads, by family
        for h in heads:
            latest = "latest" in h.flags
            if h.family in ABSORBABLE and generic_merged[latest]:
                continue
            first = index.position(h.span).first
            starts = family_starts.setdefault(h.family, [])
            if any(same_statement(index.tokens, s, first) for s in starts):
                continue
            merged.append(h)
            generic_merged[latest] = generic_merged[latest] or h.family in ABSORBABLE
            starts.append(first)
        sentence_frames = [Frame(h, lexicon.families[h.family], si) for h in merged]
        heading = {id(h) for h in merged}  # identity: a dataclass == compares every field
        for t in triggers:
            if id(t) in heading:
                continue
            # a specific trigger joins a frame whose head absorbs it ("ورشقوا ... بالحجارة" the protest, not the
            # killing the protest reacts to), the nearest one of those; generic ones the nearest frame
            owners = sentence_frames
            if t.family not in ABSORBABLE:
                owners = (
                    # a head merged into another of its family ("فرقت ... تظاهرة لنحو الفي شخص خرجوا من الجامع
                    # ... احتجاجا على الهجوم"): that one's, not the grievance's nearer by
                    [f for f in sentence_frames if f.head.family == t.family and any(t is h for h in heads)]
                    # (or a head of its family in its clause: "فيما أغلق شبان ... ورشقوا قوات الأمن بالحجارة")
                    or [
                        f
                        for f in sentence_frames
                        if _absorbs(f.head, t, fighting)
                        or (
                            t.family in CROWDS
                            and f.head.family == t.family
                            and index.position(f.head.span).clause == clause_of(t)
                        )
                    ]
                    or sentence_frames
                )
            # the frame whose head shares the trigger's clause first ("قتل طفل في قصف على كفرنبل، في حين
            # استهدفت قوات النظام معرة النعمان بالقذائف": the verb tells the shells), then the nearest
            clause = index.position(t.span).clause
            nearest = min(
                owners,
                key=lambda f: (index.position(f.head.span).clause != clause, abs(f.head.span.start - t.span.start)),
            )
            nearest.members.append(t)
        # a sentence that only adds casualties to the fight just told ("خلال المواجهات"): its toll
        told_of = (
            {id(f): _told_again(doc, index, f, frames[-1]) for f in sentence_frames} if reporting and frames else {}
        )
        told_again = bool(told_of) and all(
            ({f.head.family} | f.member_families()) <= TOLL_FAMILIES or told_of[id(f)] for f in sentence_frames
        )
        news_told = any(f.head.flags.isdisjoint(_BACKGROUND) for f in sentence_frames)
        crowd_told = any(t.family in CROWDS for t in triggers)
        if crowd_told and not purpose:
            purpose = crowd_purpose_words()
        for f in sentence_frames:
            if not CLASS_TALK.isdisjoint(f.head.flags):
                continue
            if (
                crowd_told
                and si not in signs.casualties
                and _a_crowd_s_grievance(index, f.head, purpose)
                and not dated_in_its_clause(doc, index, f.head)
            ):
                # "اقتحم عشرات المحتجين مقر المجلس البلدي احتجاجاً على تردي الأوضاع الأمنية وتكرار حوادث
                # الخطف": what the crowd protests against, told by no toll or day of its own, is no event of
                # the day (not "للمطالبة بالإفراج عن الطبيب الذي خطفه مسلحون يوم الأحد")
                continue
            if (
                f.head.family == "agreement"
                and news_told
                and not f.head.flags.isdisjoint(_BACKGROUND)
                and not dated_in_its_clause(doc, index, f.head)
            ):
                # "انضم بعد التسوية إلى صفوف المخابرات": the deal says who the man killed was (not one with a
                # day of its own: "توقفت المواجهات بعد اتفاق أعلن عنه صباح الثلاثاء")
                continue
            fams = {f.head.family} | f.member_families()
            if fams <= WEAK and si not in signs.casualties:
                continue
            if fams <= TOLL_FAMILIES and mishap:
                continue  # "لقي ثمانية أشخاص حتفهم إثر انفجار صهريج وقود": the dead of an accident
            if (
                reporting
                and frames
                and fams <= TOLL_FAMILIES
                and si not in signs.casualties
                and all(_the_dead_named_again(doc, t) for t in (f.head, *f.members))
            ):
                continue  # "وأوضح المصدر أن القتيلين ينتميان إلى وحدات مقاومة سنجار": the dead told, no event
            if (
                reporting
                and frames
                and fams <= _HARM_TOLD_AGAIN
                and si not in signs.casualties
                and _victim_told_again(doc, index, f.head, armed)
            ):
                # "وقالت لجنة الأطباء إن المتظاهر، وهو شاب في العشرينات، أصيب بطلق ناري في الصدر": how the victim told
                # before was hit, no event
                continue
            told = told_of[id(f)] if told_again else None
            if (
                reporting
                and frames
                and (fams <= TOLL_FAMILIES or told is not None)
                and si in signs.casualties
                and not _opens_a_scene(index, si)
                and (
                    si not in signs.placed
                    or (told is not None and _only_places_told(doc, index, si, told))
                    # "إن 17 مقاتلاً قُتلوا ... داخل المدينة": killed there, in the place told before
                    or (fams <= TOLL_FAMILIES and _only_anaphors(doc, si))
                    # "وصل ناجون إلى معسكر أبو شوك، فيما تحدثت مصادر طبية عن حصيلة بلغت 25 قتيلاً": a toll
                    # restated in a clause with no place of its own
                    or (fams <= TOLL_FAMILIES and _toll_restated_apart(doc, index, triggers))
                    # "وقال الدفاع المدني في دوما إن فرقه انتشلت جثث 82 شخصاً": in the place of the event told;
                    # "قُتلوا خلال المواجهات، ... التي باتت تهدد بفصل ريف درعا الشرقي": the fight told again
                    or (
                        (fams <= TOLL_FAMILIES or (told is not None and "during" in f.head.flags))
                        and _places_told_before(doc, si, frames[-1])
                    )
                )
                # "حصيلة ... منذ مطلع العام", "وبذلك ترتفع حصيلة الشهداء منذ ...": statistics
                and not any("aggregate" in t.flags or "running_total" in t.flags for t in triggers)
                # "وكانت الولاية قد شهدت في يوليو الماضي أعمال عنف أسفرت عن مقتل أكثر من مئة شخص": dead of before
                and not _dated_before(doc, index, si, frames[-1].sentence)
            ):
                if not (told is not None and _sums_several(index, told, frames)):
                    frames[-1].toll_sentences.append(si)  # a toll for the event just told, not an event of its own
                continue  # (a toll over all the attacks told, "حصيلة ضحايا التفجيرات في المدينتين", is none's)
            # a report that has told an event goes on telling; an event it names as a reference does not
            continued = reporting and not any("reference" in t.flags for t in (f.head, *f.members))
            if f.family.territorial in (Territorial.LOSS, Territorial.STATE):
                frames.append(f)
            elif evidence(doc, index, f, signs) + (1 if continued else 0) >= EVENT_THRESHOLD:
                frames.append(f)
                reporting = True
    return frames + taken_frames


def _a_crowd_s_grievance(index: DocIndex, head: TriggerMention, purpose: frozenset[str]) -> bool:
    """A harm named after a crowd's grievance or demand word in its clause ("احتجاجاً على ... وتكرار حوادث
    الخطف", "مطالبين بالإفراج عن المعتقلين"): what a crowd told in the sentence protests against."""
    if head.family in CROWDS:
        return False
    return index.said_before_in_clause(head.span, CROWD_PURPOSE_REACH, purpose)


#: the families of a sentence that tells how a victim told before was hit ("أصيب بطلق ناري في الصدر")
_HARM_TOLD_AGAIN = TOLL_FAMILIES | {"shooting"}
#: how many words may stand between the victim told again and the word of their harm (an aside on who they were)
_VICTIM_REACH = 8


def _victim_told_again(doc: Document, index: DocIndex, head: TriggerMention, armed: frozenset[str]) -> bool:
    """Someone no armed side, named with the article a few words before the frame's head ("إن المتظاهر ... أصيب"),
    is the victim told before."""
    return any(
        m.sentence == head.sentence
        and m.actor_id not in armed
        and m.span.end <= head.span.start
        and index.count_between(m.span, head.span) <= _VICTIM_REACH
        and with_article(doc, m.span)
        for m in doc.actors
    )


def _the_dead_named_again(doc: Document, t: TriggerMention) -> bool:
    """``t`` is a noun of the dead with the article ("القتيلين", "القتلى", "والشهداء"): those told before."""
    return t.family in TOLL_FAMILIES and with_article(doc, t.span)


def with_article(doc: Document, span: Span) -> bool:
    """The word at ``span`` carries the article, after "و" or "ف" at most ("القتلى", "والشهداء", "الهجوم")."""
    start = span.start
    while start > 0 and doc.text[start - 1].isalpha() and span.start - start < 3:
        start -= 1  # the clitics and article the matcher saw through
    word = doc.text[start : span.end]
    return word.startswith(("ال", "وال", "فال")) and not word.startswith("الال")


#: families that tell one fight: a toll "خلال المواجهات" after a capture or a clash is theirs
_ONE_FIGHT: frozenset[str] = FIGHTING | {"capture", "entry"}
#: families that tell one blast: "لحظة الانفجار" after a suicide bombing is that bombing
_ONE_BLAST: frozenset[str] = frozenset({"suicide", "ied", "explosion"})
_ONE = (_ONE_FIGHT, _ONE_BLAST)


#: how many words before an event noun a claim verb makes it the attack already told ("تبنى تنظيم داعش التفجيرات")
_CLAIM_REACH = 4


def _told_again(doc: Document, index: DocIndex, frame: Frame, last: Frame) -> list[TriggerMention] | None:
    """The frame's triggers besides killing and injury all name, as a definite noun after "خلال", "في",
    "جراء" ..., the fight the last frame told ("قالت مصادر إن تسعة من مقاتليها قتلوا خلال المواجهات",
    "قتل 12 عنصراً في معارك المشلب"); None when one of them tells something new."""
    fight = {last.head.family} | last.member_families()
    cues = load_cues()
    before = cues.told_again
    told: list[TriggerMention] = []
    for t in (frame.head, *frame.members):
        if t.family in TOLL_FAMILIES:
            continue
        if t.family not in fight and not any(t.family in one and not fight.isdisjoint(one) for one in _ONE):
            return None
        where = index.position(t.span)
        previous = index.words_before(t.span, _CLAIM_REACH)
        claimed = not cues.claim_before.isdisjoint(previous)  # "فيما تبنى تنظيم «داعش» التفجيرات"
        if not previous or (not is_word(previous[-1], before) and not claimed):
            return None
        word = index.tokens[where.first].norm.lstrip("وفب")
        after = index.words_after(t.span, 1)
        if not (word.startswith("ال") or (after and after[0].startswith("ال")) or _names_place(doc, t.span.end)):
            return None  # "في معارك عنيفة": a new fight
        told.append(t)
    return told or None


def _sums_several(index: DocIndex, told: list[TriggerMention], frames: list[Frame]) -> bool:
    """The toll names every attack told ("التفجيرات", "الهجمات") and more than one frame of that kind was
    told: it is their sum, no single event's toll."""
    words = load_cues().claimed_all
    if not any(index.tokens[index.position(t.span).first].norm.lstrip("وفب") in words for t in told):
        return False
    families = {t.family for t in told}
    return sum(1 for f in frames if not families.isdisjoint({f.head.family} | f.member_families())) > 1


def _names_place(doc: Document, offset: int) -> bool:
    """A place mention starts right after ``offset`` ("معارك المشلب")."""
    return any(0 < p.span.start - offset <= 1 for p in doc.places)


def _names_a_place(p: PlaceMention) -> bool:
    """The mention places something: a gazetteer place, an anaphor of one, or a name after a place cue."""
    return p.resolved is not None or p.antecedent is not None or bool(p.cue)


def _opens_a_scene(index: DocIndex, si: int) -> bool:
    """Sentence ``si`` opens on a place of its own, by its cue word ("وفي حي الملعب جنوبي المدينة أعدم ..."):
    what it tells happened there, even where the gazetteer does not know the name."""
    words = index.sentence_words(si)[:2]
    return len(words) == 2 and words[0] in PLACE_OPENERS and words[1] in place_cues.CUES


def _toll_restated_apart(doc: Document, index: DocIndex, triggers: list[TriggerMention]) -> bool:
    """Every word of the dead or wounded of the sentence follows a toll's head ("حصيلة", "عدد") within a few
    words, in a clause that names no place."""
    heads = _toll_heads()
    for t in triggers:
        if t.family not in TOLL_FAMILIES:
            continue
        if heads.isdisjoint(w.lstrip("و") for w in index.words_before(t.span, _TOLL_HEAD_REACH)):
            return False
        clause = index.position(t.span).clause
        if any(p.sentence == t.sentence and index.position(p.span).clause == clause for p in doc.places):
            return False
    return True


#: how many words before a word of the dead a toll's head makes it a toll ("عن حصيلة بلغت 25 قتيلاً")
_TOLL_HEAD_REACH = 4


@lru_cache(maxsize=1)
def _toll_heads() -> frozenset[str]:
    """The words that head a toll (`toll_head` in numbers.yaml), with the article."""
    words = frozenset(normalize_term(m.form) for m in load_numbers().markers if m.kind is MarkerKind.TOLL_HEAD)
    return words | {"ال" + w for w in words}


def _only_anaphors(doc: Document, si: int) -> bool:
    """Every place named in sentence ``si`` stands for a place named before ("المدينة", "البلدة")."""
    return all(
        p.antecedent is not None
        for p in doc.places
        if p.sentence == si and _names_a_place(p)
    )


def _places_told_before(doc: Document, si: int, before: Frame) -> bool:
    """Every place named in sentence ``si`` was named in the sentence of the frame ``before`` it, an earlier one."""
    if before.sentence >= si:
        return False
    told = {p.resolved.place_id for p in doc.places if p.sentence == before.sentence and p.resolved is not None}
    return bool(told) and all(
        p.resolved is not None and p.resolved.place_id in told
        for p in doc.places
        if p.sentence == si and _names_a_place(p)
    )


def _only_places_told(doc: Document, index: DocIndex, si: int, told: list[TriggerMention]) -> bool:
    """Every place named in sentence ``si`` is part of a told-again phrase ("في معارك المشلب") or stands
    for a place named before ("في المدينة ومحيطها")."""
    for p in doc.places:
        if p.sentence != si or not _names_a_place(p):
            continue
        if p.antecedent is not None or any(0 <= index.count_between(t.span, p.span) <= 5 for t in told):
            continue
        return False
    return True


def _a_crowd_of_its_own(
    doc: Document, index: DocIndex, t: TriggerMention, triggers: list[TriggerMention], fighting: bool
) -> bool:
    """A crowd's verb in a clause of its own, at a place of its own, is another crowd than the one told in the
    clauses of the triggers that would absorb it ("نظم المئات وقفات سلمية في إربد والكرك، فيما أغلق شبان غاضبون
    في مدينة معان الطريق ... ورشقوا قوات الأمن بالحجارة": a riot in Ma'an beside the vigils)."""
    if t.strength < 3 or (t.family not in CROWDS and t.family != "looting"):
        return False
    clause = index.position(t.span).clause
    if t.family == "looting" and not any(
        o.family in CROWDS and index.position(o.span).clause == clause for o in triggers
    ):
        # (its arson is one, with the crowd named in its clause: "اقتحم مئات المحتجين مقر الحاكم في مدينة لاهور
        # وأضرموا النار فيه، فيما رشق محتجون الشرطة بالحجارة في مدينة كويتا")
        return False
    absorbers = [o for o in triggers if o is not t and _absorbs(o, t, fighting) and not _absorbs(t, o, fighting)]
    if not absorbers or any(index.position(o.span).clause == clause for o in absorbers):
        return False
    # (its place in its clause, or opening the sentence before it: "وفي الناصرية، أضرم محتجون غاضبون النار في مقار
    # الأحزاب ...، فيما خرجت تظاهرات حاشدة في النجف وكربلاء")
    opening = index.opens_with(t.sentence, PLACE_OPENERS) and not any(
        index.position(o.span).clause < clause for o in absorbers
    )
    return any(
        p.sentence == t.sentence
        and p.resolved is not None
        and (
            index.position(p.span).clause == clause
            or (opening and p.span.start < t.span.start and index.count_before(t.sentence, p.span.start) <= 1)
        )
        for p in doc.places
    )


def _absorbed(t: TriggerMention, triggers: list[TriggerMention], fighting: bool) -> bool:
    """Another trigger of the sentence absorbs ``t`` and is not absorbed by it. An event told as the start
    of a span ("بعد يومين من اختطافه") absorbs nothing told as news; the last of a toll is not absorbed."""
    own_span = "long_before" in t.flags
    # "كان آخرهم شاب قتل مساء أمس": the last of a toll is an event of its own, which the toll does not absorb
    latest = "latest" in t.flags
    generic = "generic" in t.flags
    for o in triggers:  # a loop: any() over a generator costs several times more here
        if o is t or ("long_before" in o.flags and not own_span):
            continue
        if latest and "latest" not in o.flags and o.span.start < t.span.start:
            continue  # (the toll told before it; what it tells after, "آخر الضحايا ... قضوا بانفجار لغم", is it)
        if generic and o.family == t.family and "generic" not in o.flags:
            return True  # "إدانته لعمليات الخطف، مشيراً إلى أن مسلحين خطفوا طفلاً": the talk and the case are one
        if not _absorbs(t, o, fighting) and _absorbs(o, t, fighting):
            return True
    return False


def _heads_a_name(span: Span, names: Sequence[tuple[int, int]]) -> bool:
    """The span is the first word of one of the (start, end) ranges."""
    start = span.start
    for a, _ in names:  # noqa: SIM110 - a loop: any() over a generator costs several times more here
        if a == start:
            return True
    return False


def _inside_a_name(span: Span, names: Sequence[tuple[int, int]]) -> bool:
    """The span lies within one of the (start, end) ranges and is not that range itself."""
    start, end = span.start, span.end
    for a, b in names:  # noqa: SIM110 - a loop: any() over a generator costs several times more here
        if a <= start and end <= b and (a != start or b != end):
            return True
    return False


#: how many days before the news a toll sentence's own date makes its dead no toll of the news
_TOLL_DAYS = 7


def _dated_before(doc: Document, index: DocIndex, si: int, told: int) -> bool:
    """Toll sentence ``si`` gives a date of its own over a week before every date of sentence ``told`` (or,
    when that sentence gives none, before publication): it counts the dead of another, earlier time. (A
    count since a day, "منذ السابع من تشرين الأول", is a running total the toll stage leaves out.)"""
    own = [
        d.value
        for d in doc.dates
        if d.sentence == si and d.value is not None and index.words_before(d.span, 1) not in (["منذ"], ["ومنذ"])
    ]
    if not own:
        return False
    told_dates = [d.value for d in doc.dates if d.sentence == told and d.value is not None]
    if told_dates:
        start = min(v.earliest for v in told_dates)
    elif doc.published is not None:
        start = doc.published
    else:
        return False
    return all(v.latest < start - dt.timedelta(days=_TOLL_DAYS) for v in own)


def evidence(doc: Document, index: DocIndex, frame: Frame, signs: _Signs) -> int:
    """How strongly the sentence claims that this frame's event happened.

    The strongest trigger's own strength, plus one for each sign of a real, situated event: a date, a
    place, a casualty figure (two), an event verb ("وقع", "أسفر"), a verb that opens its clause with a
    new participant, a named armed actor (or warplanes), a second trigger.
    "الهجوم" alone in an opinion piece scores 1; "قتل 3 أشخاص في انفجار أمس" scores well above 3.
    """
    si = frame.sentence
    head = frame.head
    triggers = [head, *frame.members]
    # the triggers' strongest strength, families and flags in one pass (no generator per question)
    score = head.strength
    families = {head.family}
    for t in frame.members:
        score = max(score, t.strength)
        families.add(t.family)
    flags = head.flags.union(*[t.flags for t in frame.members]) if frame.members else head.flags
    if si in signs.dated:
        score += 1
    if si in signs.placed:
        score += 1  # a known place, or a name after "بلدة"/"حي"/"منطقة" the gazetteer does not know
    elif "site" in flags:
        score += 1  # a named building, market or road near the trigger situates the event too
    if si in signs.casualties:
        score += 2
    elif frame.family.id == "protest" and (si in signs.crowds or _counts_a_crowd(doc, frame.head)):
        score += 1  # the size of the crowd is to a protest what a casualty figure is to an attack
    elif frame.family.id in _TAKES_PEOPLE and si in signs.crowds:
        score += 1  # "اعتقلوا خمسة أشخاص": how many were taken, likewise
    if "occurred" in flags or _told_by_a_verb(doc, index, signs, frame):
        score += 1  # "وقع الانفجار", "أسفر عن"; or a verb telling the event ("قصف الجيش", "تظاهر مئات")
    if _armed_apart(signs.armed_actors.get(si, ()), triggers):
        score += 1
    elif frame.family.id in _BOMBARDMENT and "aircraft" in flags:
        score += 1  # "شنت طائرات حربية غارات": warplanes are an armed agent even when nobody is named
    if len(families) > 1:
        score += 1
    elif frame.family.id == "protest" and len({t.trigger_id for t in triggers}) > 1:
        # a crowd, what it did and why ("تظاهر ... احتجاجا على", "تجمع ... وهتفوا") are separate facts
        score += 1
    if "relative_clause" in frame.head.flags:
        score -= 1
    if "generic" in frame.head.flags:  # "ملف الاغتيالات", "محكمة ... المتهمين": talk about events
        score -= 1
        if all("generic" in t.flags for t in frame.members):
            score -= 1  # "تقف وراء الهجوم الانتحاري، الذي استهدف السفارة": every word of it is that talk
    if "protested" in head.flags and si not in signs.casualties:
        score -= 2  # "احتجاجا على الهجوم الاسرائيلي على قطاع غزة": the crowd's grievance, told by no toll
    if "reference" in flags and (
        frame.family.id != "protest" or any("reference" in t.flags and t.family == "protest" for t in triggers)
    ):
        # (a crowd's march is news though it carries the dead told before: "سار المتظاهرون ... رافعين صور
        # الضحايا")
        score -= 1
        if all("reference" in t.flags for t in triggers):
            score -= 1  # "رافعين صور مقاتلين قتلوا في المعارك": every word of it names something told before
    if index.count_before(frame.head.sentence, frame.head.span.start) >= DEEP_IN_SENTENCE:
        score -= 1  # the number of words of its sentence before the trigger
    return score


#: how many words may stand between a frame's head and a verb of the frame that tells the head's event
_VERB_REACH = 2


#: how many words before a deal reached a verb of announcing tells it ("أعلن وفد من أعيان وحكماء المنطقة الغربية،
#: صباح الأحد، التوصل إلى اتفاق")
_ANNOUNCED_REACH = 10


#: the verb of reaching a deal ("توصلت", "توصلوا"), and how many words before the deal it may stand
_REACHED = "توصل"
_REACHED_REACH = 12


def _told_by_a_verb(doc: Document, index: DocIndex, signs: _Signs, frame: Frame) -> bool:
    """The head, or a trigger right beside it, is a verb telling the event: a clause-initial event word
    followed by its actor ("قصف الجيش مواقع ..."), or a verb that opens its clause with a new participant
    ("تظاهر مئات ...", "خرجت مظاهرة في ..."). In "انفجرت خمس قذائف هاون" the shells head the frame and the
    verb before them tells it; a verb further away tells something else ("هاجم الوزير ... قصف إعلامي")."""
    head = frame.head
    if (
        head.family == "agreement"
        and doc.text.startswith("توصل", head.span.start)
        and not load_cues().claim_verb.isdisjoint(index.words_before(head.span, _ANNOUNCED_REACH))
    ):
        return True  # "أعلن وفد من أعيان المنطقة، صباح الأحد، التوصل إلى اتفاق": the deal reached, announced
    if head.family == "agreement" and any(
        w.removeprefix("و").startswith(_REACHED) for w in index.words_before(head.span, _REACHED_REACH)
    ):
        # "توصلت اللجنة المركزية في درعا البلد أمس الأربعاء إلى اتفاق": the deal told by the verb that reached it,
        # over a long subject, a place and a day
        return True
    if head.family == "attack" and _repelled(index, head) and not with_article(doc, head.span):
        # "صد الجيش المالي أمس هجوماً على معسكره": a new attack told by the verb that repelled it (not "صدّت
        # الهجوم", the attack told before)
        return True
    for t in (head, *frame.members):
        if t is not head and index.count_between(t.span, head.span) > _VERB_REACH:
            continue
        if t.strength == 2 and _verb_with_subject(doc, index, signs, t):
            return True
        if (t.strength >= 3 or _headline(index, t)) and _introduces(index, t):
            return True
        if t.strength >= 3 and _reported_with_subject(index, t):
            return True
    return False


#: how many words before an attack's word the verb of repelling it may stand ("صد الجيش المالي أمس هجوماً")
_REPEL_REACH = 6


def _repelled(index: DocIndex, head: TriggerMention) -> bool:
    """A verb of repelling (cue group `repelling`) stands a few words before the attack's word, in its clause."""
    repelling = load_cues().repelling
    clause = index.position(head.span).clause
    return any(t.clause == clause and t.norm in repelling for t in index.tokens_before(head.span, _REPEL_REACH))


#: "أن" (and "بأن", "وأن") opening a reported fact, as the normalised view writes it
_THAT = frozenset({"ان", "بان", "وان"})
#: the endings of an indefinite subject after "أن", which takes the accusative: "أن مهاجماً انتحارياً",
#: "أن مسلحين" (a name such as "طهران" has neither)
_ACCUSATIVE = ("ا", "ين")


def _reported_with_subject(index: DocIndex, trigger: TriggerMention) -> bool:
    """A verb told in a reported fact after its own indefinite subject (subject-verb order after "أن"):
    "ذكرت الشرطة أن مسلحين هاجموا ...", "أفاد مسؤولون بأن مهاجماً انتحارياً فجر نفسه". A definite subject
    ("يعتقد أن كوريا الشمالية فجرت") or a name ("أن طهران أوقفت برنامجها") is someone known, as opinions and
    background name them."""
    for k, word in enumerate(reversed(index.words_before(trigger.span, 3))):
        if word in _THAT:
            return k > 0  # at least one subject word between "أن" and the verb
        if not word.endswith(_ACCUSATIVE) or word.startswith(("ال", "لل", "وال")) or not word.isalpha():
            return False
    return False


def _armed_apart(actors: Sequence[ActorMention], triggers: list[TriggerMention]) -> bool:
    """One of the armed actors overlaps none of the triggers (is not named by a trigger's own words)."""
    for m in actors:
        start, end = m.span.start, m.span.end
        for t in triggers:
            if start < t.span.end and t.span.start < end:
                break
        else:
            return True
    return False


def _question_clauses(doc: Document, index: DocIndex, sentence: int) -> set[int]:
    """Clauses of the sentence that ask rather than tell: the last one when the sentence ends with a
    question mark, and any that holds "هل" ("قصفت القوات البلدة، فهل تنهار الهدنة؟" still tells)."""
    tokens = index.sentence_tokens(sentence)
    if not tokens or sentence >= len(doc.sentences):
        return set()
    assert doc.norm is not None
    sent = doc.sentences[sentence]
    # "هل" alone or as "وهل"/"فهل": most sentences do not hold the letters at all
    has_hal = "هل" in doc.norm.text[sent.nstart : sent.nend]
    asked = {t.clause for t in tokens if is_word(t.norm, ("هل",))} if has_hal else set()
    span = doc.sentences[sentence].span
    if doc.text[span.start : span.end].rstrip().rstrip("»\"'”)").endswith(("؟", "?")):
        asked.add(tokens[-1].clause)
    return asked


def _verb_with_subject(doc: Document, index: DocIndex, signs: _Signs, trigger: TriggerMention) -> bool:
    """The trigger opens its clause and an actor follows it directly (Arabic verb-subject order)."""
    if not index.opens_clause(trigger.span):
        return False
    gap = doc.text[trigger.span.end : trigger.span.end + 2]
    return (trigger.sentence, trigger.span.end + 1) in signs.actor_starts and gap[:1].isspace()


def _headline(index: DocIndex, trigger: TriggerMention) -> bool:
    """An indefinite event noun that opens its sentence, then "في": "مظاهرات في عدة بلدات ...", "اشتباكات في
    ريف حلب": a headline that tells an event without a verb."""
    pos = index.position(trigger.span)
    sentence = index.sentence_tokens(pos.sentence)
    if not sentence or index.tokens[pos.first] is not sentence[0]:
        return False
    after = index.words_after(trigger.span, 1)
    return bool(after) and after[0] == "في"


def _introduces(index: DocIndex, trigger: TriggerMention) -> bool:
    """The trigger opens its clause and neither its own later words nor the next word is definite.

    "تظاهر مئات", "انفجرت سيارة مفخخة", "خرجت مظاهرة في" introduce an event; "هتف المتظاهرون",
    "تجمع المتظاهرون أمام" refer to participants already known: they elaborate an event told before."""
    if not index.opens_clause(trigger.span):
        return False
    pos = index.position(trigger.span)
    words = [
        t.norm
        for t in index.tokens[pos.first + 1 : pos.last + 2]
        if t.sentence == pos.sentence and t.norm not in _IDIOM_OBJECTS
    ]
    if not words:
        return False
    return not any(w.removeprefix("و").startswith(("ال", "لل")) for w in words)


#: the object of an idiom ("أضرم محتجون النار", "فتح مسلحون النار"): definite, but no participant known before
_IDIOM_OBJECTS = frozenset({"النار", "النيران"})


@lru_cache(maxsize=1)
def _crowd_words() -> frozenset[str]:
    """Vague counts of a crowd ("مئات", "الآلاف"): the number words of 12 and more."""
    return frozenset(normalize_term(v.form) for v in load_numbers().vague if v.value >= 12)


def _counts_a_crowd(doc: Document, trigger: TriggerMention) -> bool:
    """ "تجمع مئات من الأقباط": the trigger's own words give the size of the crowd."""
    return not _crowd_words().isdisjoint(normalize_term(doc.raw(trigger.span)).split())
