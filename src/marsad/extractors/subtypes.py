"""The ACLED sub-event type of an event by rule: its words, its actors' sides, the aircraft it names."""

from __future__ import annotations

import re
from collections.abc import Collection

from marsad.extractors.built import Built
from marsad.extractors.frames import CROWD_PURPOSE_REACH, FIGHTING, Frame, crowd_purpose_words
from marsad.extractors.positions import DocIndex
from marsad.lang.actors import Actor, Side
from marsad.lang.cues import CueWords
from marsad.lang.triggers import Territorial, modifier_words
from marsad.model.document import Document
from marsad.model.events import SubEventType
from marsad.model.mentions import TriggerMention
from marsad.text.clitics import is_word
from marsad.text.normalize import normalize_term

_GOVERNMENT_SIDES = frozenset({Side.GOVERNMENT, Side.PRO_GOVERNMENT})
#: the people groups (data/ar/numbers.yaml) of a state force's men
_FORCE_GROUPS = frozenset({"police", "soldier", "officer", "commander", "member"})


#: the disrupted family's words of foiling an attack (not of defusing a bomb or downing a drone)
_FOILED = re.compile(r":(?:احبط|احباط)")


#: how many characters after an attack word its guns may be told ("هجوم بالأسلحة الخفيفة والمتوسطة")
_GUNS_REACH = 30
#: how many words before a capture a side's claim may stand ("وادّعت فصائل الجيش الوطني، في اليوم نفسه، سيطرتها")
_CLAIM_REACH = 8


class SubTypes:
    """The sub-type rules, with the aircraft words and the words of an intervention on a protest."""

    def __init__(self, air_words: frozenset[str], cues: CueWords) -> None:
        self.air_words = air_words
        self.intervention = cues.intervention
        #: "دون مقاومة": ground taken with no fight
        self.unresisted = tuple(normalize_term(w) for w in cues.unresisted)
        self.under_deal = tuple(sorted(cues.under_deal))
        self.small_arms = tuple(normalize_term(w) for w in cues.small_arms)
        self.air_force = tuple(cues.air_force)
        self.performs = modifier_words("performs")
        self.minor_injury = cues.minor_injury
        self.serious_injury = cues.serious_injury
        self.grievance = cues.grievance
        self.purpose = crowd_purpose_words()
        self.mourned_dead = cues.mourned_dead
        self.side_claim = cues.side_claim
        self.support = cues.support

    def serious(self, index: DocIndex, t: TriggerMention) -> bool:
        """Whether a killing or an injury harmed seriously (ACLED's line between excessive force and intervention):
        an injury is light when a light kind follows it within eight words before any bullet or serious kind
        ("إصابة 12 منهم بحالات اختناق", "إصابة عدد من المحتجين وعناصر الأمن بجروح طفيفة"; not "أصيب ثلاثة
        بالرصاص الحي وآخرون بحالات اختناق")."""
        if t.family != "injury":
            return t.family == "killing"
        if self._the_force_hurt(index, t):
            return False  # "قالت المديرية إن 56 شرطياً أصيبوا": the force's own wounded, not force on the crowd
        after = index.words_after(t.span, 8)
        for i, w in enumerate(after):
            if w in self.serious_injury:
                return True  # "إصابة عشرة منهم بجروح خطيرة وآخرين بحالات اختناق": the first told is serious
            if "رصاص" in w:
                # (rubber-coated bullets, "بالرصاص المعدني المغلف بالمطاط", are the light kind)
                return not any(x in self.minor_injury for x in after[i + 1 : i + 4])
            if w in self.minor_injury:
                return False
        return True

    @staticmethod
    def _the_force_hurt(index: DocIndex, t: TriggerMention) -> bool:
        """The figure right before or after an injury word counts the force's own men ("56 شرطياً أصيبوا",
        "إصابة 12 عنصراً من الشرطة")."""
        for q in index.doc.quantities:
            if q.sentence != t.sentence or q.group not in _FORCE_GROUPS:
                continue
            if (q.span.end <= t.span.start and index.count_between(q.span, t.span) == 0) or (
                q.span.start >= t.span.end and index.count_between(t.span, q.span) <= 1
            ):
                return True
        return False

    def sub_type(
        self, doc: Document, index: DocIndex, b: Built, a1: Actor | None, a2: Actor | None, country: str = ""
    ) -> SubEventType:
        fam = b.frame.family
        territorial = fam.territorial
        if territorial is Territorial.CAPTURE:
            if b.partial or a1 is None or self.claimed(index, b.frame.head):
                return SubEventType.ARMED_CLASH
            if a1.side in _GOVERNMENT_SIDES or (a1.side.state and country and a1.home_country == country):
                # (a state's forces at home: "استعاد الجيش العراقي السيطرة على ..." in Iraq)
                return SubEventType.GOVERNMENT_REGAINS
            return SubEventType.NON_STATE_OVERTAKES
        if territorial is Territorial.ENTRY:
            if a1 is not None and a1.attacks_civilians and (a2 is None or not a2.side.armed):
                # "اقتحم مئات المستوطنين البلدة ... وأحرقوا البيوت والسيارات": a raid on its people, no fight
                return SubEventType.ATTACK
            return SubEventType.ARMED_CLASH
        families = {fam.id} | b.frame.member_families()
        if b.fatalities > 0 and foiled(b.frame.head):
            # "أحبطت هجوماً إرهابياً على أحد المعسكرات، ما أسفر عن مقتل 18 عنصراً": an attack foiled by
            # killing the attackers was fought, not a weapon kept from use
            return SubEventType.ARMED_CLASH
        if (
            fam.id == "abduction"
            and b.fatalities > 0
            and any(m.family == "killing" and m.span.start < b.frame.head.span.start for m in b.frame.members)
        ):
            # "هاجموا قرية ... وقتلوا 11 قروياً، واختطفوا ما بين 20 و30 آخرين": a deadly attack that also took
            # people is an attack (the killing told first; "خطفوا 287 تلميذاً ... وقتل حارس" stays an abduction)
            return SubEventType.ATTACK
        if territorial is Territorial.WITHDRAWAL and families & FIGHTING:
            return SubEventType.ARMED_CLASH  # "انسحب ... بعد اشتباكات": ACLED's transfer is non-violent only
        if fam.id == "protest":
            if any(m.family == "riot" and m.strength >= 2 for m in (b.frame.head, *b.frame.members)):
                # (not "محتجين غاضبين": an angry crowd is not yet a violent one)
                return SubEventType.VIOLENT_DEMONSTRATION
            if any(m.family == "looting" and m.strength >= 3 for m in b.frame.members):
                # the crowd's own arson or looting told with it ("تجمع مئات المحتجين الغاضبين قرب مبنى المحافظة
                # وأضرموا النار في إطارات أمامها"): a violent crowd (met with force: see the event stage)
                return SubEventType.VIOLENT_DEMONSTRATION
            # ACLED: excessive force is lethal or seriously injuring; shots fired to disperse are intervention
            # (and "الضحايا" of an earlier event the crowd mourns is neither)
            harmed = [
                m
                for m in b.frame.members
                if m.family in ("killing", "injury") and m.strength >= 2 and not self._protested(index, m)
            ]
            if any(self.serious(index, m) for m in harmed):
                return SubEventType.EXCESSIVE_FORCE
            arrested = any(m.family == "arrest" and m.strength >= 3 for m in b.frame.members)
            # (people lightly hurt: "أصيب عدد منهم برضوض", force short of the serious)
            if arrested or harmed or "shooting" in families or _has_word(doc, b.frame, self.intervention):
                return SubEventType.PROTEST_WITH_INTERVENTION
            return SubEventType.PEACEFUL_PROTEST
        if (
            fam.id in ("attack", "shelling")
            and "aircraft" in b.frame.head.flags
            and (b.roles.actor1 is None or self._by_aircraft(index, b.frame))
        ):
            # "شنت طائرات حربية هجوماً" with nobody named; "قصف الجيش السوداني بالطيران": whoever's aircraft
            return SubEventType.AIR_DRONE_STRIKE
        if fam.id == "assassination" and "explosion" in families:
            return SubEventType.REMOTE_EXPLOSIVE  # "محاولة اغتيال بسيارة مفخخة": how it was done (ACLED)
        if fam.id in ("attack", "killing") and self._airborne(doc, b, index):
            # "استهدفت طائرات التحالف", "قصفت المقاتلات", "ارتكبت الطائرات الحربية الروسية مجزرة"
            return SubEventType.AIR_DRONE_STRIKE
        if fam.id in ("clash", "attack", "killing", "shooting", "assassination", "injury"):
            both_armed = a1 is not None and a2 is not None and a1.side.armed and a2.side.armed
            if fam.id == "clash" and (a1 is None or a1.side.armed):
                return SubEventType.ARMED_CLASH  # fighting, whoever else it killed
            if fam.id == "attack" and a2 is None and "looting" in families and a1 is not None and not a1.side.state:
                # "هاجم المستوطنون البلدة وأضرموا النار في المنازل": a group burning homes fought nobody (ACLED:
                # violence against civilians)
                return SubEventType.ATTACK
            if fam.id == "attack" and (a2 is None or a2.side.armed):
                return SubEventType.ARMED_CLASH
            if both_armed or (a1 is None and a2 is not None and a2.side.armed):
                # "قتلت قواتها أربعة من مسلحي الوحدات": fighters killed are no civilians, whoever killed them
                return SubEventType.ARMED_CLASH
            if a2 is None and a1 is not None and a1.side.armed and _fighters_dead(doc, b):
                # "قتل قناص من التنظيم ثلاثة من مقاتلي قوات البنيان المرصوص": the armed men of a force the pack
                # does not name are no civilians either
                return SubEventType.ARMED_CLASH
            return SubEventType.ATTACK
        if fam.id in ("shelling", "looting") and self._airborne(doc, b, index):
            # (what aircraft destroyed they struck: "دمرت طائرات القوات الجوية عدداً من العربات")
            return SubEventType.AIR_DRONE_STRIKE
        if fam.id == "shelling" and (self._ground_attack(doc, b.frame) or _on_the_ground(b.frame)):
            return SubEventType.ARMED_CLASH  # "لهجوم بالأسلحة المتوسطة وقذائف الهاون": mortars in a ground attack
        return fam.sub_event_type

    def negotiated(self, doc: Document, frame: Frame) -> bool:
        """The frame's sentence says ground changed hands under a deal (cue group `under_deal`: "بموجب اتفاق"),
        and the frame tells no fight."""
        span = doc.sentences[frame.sentence].span
        if not says_any(doc, span.start, span.end, _DEAL_WORDS):
            return False  # (most sentences name no deal: one look for its words before the phrases)
        for t in (frame.head, *frame.members):
            if t.family in FIGHTING and "negated" not in t.flags:
                return False
        return says_any(doc, span.start, span.end, self.under_deal)

    def _ground_attack(self, doc: Document, frame: Frame) -> bool:
        """An attack told in the frame with guns right after it (``small_arms``: "هجوم بالأسلحة المتوسطة") or
        between it and the shelling ("هاجم مسلحون نقطة عسكرية ... بالأسلحة الرشاشة وقذائف الهاون")."""
        for t in frame.members:
            end = min(len(doc.text), max(t.span.end + _GUNS_REACH, frame.head.span.start))
            if t.family == "attack" and says_any(doc, t.span.end, end, self.small_arms):
                return True
        return False

    def claimed(self, index: DocIndex, t: TriggerMention) -> bool:
        """The capture is told as a side's claim ("مدّعيةً أنها سيطرت على الثكنة", "وادّعت الفصائل، في اليوم
        نفسه، سيطرتها على تلة"): ground said taken and not shown so, the fight is what is known (ACLED)."""
        return any(w.lstrip("و") in self.side_claim for w in index.words_before(t.span, _CLAIM_REACH))

    def _protested(self, index: DocIndex, t: TriggerMention) -> bool:
        """The harm is what the crowd protests against: a grievance word a few words before it ("تنديداً بما
        وصفه المحتجون بمجزرة الأبيض"), or a grievance or demand word in its clause ("مطالبين بمحاسبة قتلة خمسة
        شبان"), or named by those answerable for it ("مطالبين بمحاسبة المسؤولين عن قتل المتظاهرين", flagged
        `generic`), not force used on the crowd."""
        before = index.words_before(t.span, 6)
        # (or mourned: "تجمع المئات لإحياء أربعينية أحد القتلى", the dead of an event told before)
        return (
            "generic" in t.flags
            or any(is_word(w, self.grievance) for w in before)
            or index.said_before_in_clause(t.span, CROWD_PURPOSE_REACH, self.purpose)
            or not self.mourned_dead.isdisjoint(before[-3:])
        )

    def _by_aircraft(self, index: DocIndex, frame: Frame) -> bool:
        """An aircraft word with "ب" among the five words after the head: the means of the attack; or an
        aircraft word before the verb that carried the head out ("الطائرات المسيرة نفذت اليوم ضربات")."""
        for w in index.words_after(frame.head.span, 5):
            bare = w[3:] if w.startswith("بال") else w[1:] if w.startswith("ب") else ""
            if bare and (bare in self.air_words or "ال" + bare in self.air_words):
                return True
        before = index.words_before(frame.head.span, 5)
        verb = next((k for k in range(len(before) - 1, -1, -1) if before[k] in self.performs), None)
        return verb is not None and not self.air_words.isdisjoint(before[:verb])

    def _airborne(self, doc: Document, b: Built, index: DocIndex) -> bool:
        """Whether the attacker is named by an aircraft word ("طيران", "مقاتلات", "مروحيات", "طائرات"), in its
        name or as what belongs to it ("الطيران الحربي التابع للنظام")."""
        m = b.roles.actor1
        if m is None:
            return False
        name = normalize_term(doc.raw(m.span))
        if not self.air_words.isdisjoint(name.split()) or any(p in name for p in self.air_force):
            return True  # (an air force: "نفذت القوات الجوية المصرية ضربات")
        before = index.words_before(m.span, 3)
        if before and before[-1].lstrip("و") in self.air_words and (len(before) < 2 or before[-2] not in self.support):
            # "طيران الجيش العراقي يدمر تجمعاً للإرهابيين ويقتل 7 منهم": the army's aviation (not its support
            # for another's raid: "بمساندة مروحيات التحالف الدولي")
            return True
        owned = next((k for k, w in enumerate(before) if w.lstrip("و").removeprefix("ال").startswith("تابع")), None)
        if owned is not None and not self.air_words.isdisjoint(before[:owned]):
            return True
        # "قال الجيش النيجيري إن مقاتلاته قصفت": the actor's own aircraft, right before the verb (a word with a
        # possessive pronoun: the bare word's ta marbuta folds to "ه" too, "طائره", and is not one)
        subject = index.words_before(b.frame.head.span, 1)
        return bool(subject) and (subject[0] in self.air_words or _own(subject[0]) in self.air_words)


def _own(word: str) -> str:
    """The word without a possessive pronoun after it ("مقاتلاته" -> "مقاتلات", "طائراتها" -> "طائرات")."""
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


#: the people groups (data/ar/numbers.yaml) that name armed men, whoever's (not "عنصر", a member, who may be
#: a former one: "قتل عنصر سابق في فصائل المصالحة" is a civilian, ACLED)
_ARMED_GROUPS = frozenset({"fighter", "soldier", "police", "officer", "commander", "terrorist", "gunman", "attacker"})


def _fighters_dead(doc: Document, b: Built) -> bool:
    """Every figure of the event's dead counts armed men ("ثلاثة من مقاتلي", "جنديين")."""
    spans = b.fatality_spans
    groups = [q.group for q in doc.quantities if q.span in spans]
    return bool(groups) and all(g in _ARMED_GROUPS for g in groups)


#: the stems of the `under_deal` phrases' deal words, normalised ("اتفاق", "تسوية", "صفقة")
_DEAL_WORDS = ("اتفاق", "تسوي", "صفق")


def foiled(t: TriggerMention) -> bool:
    """The trigger tells an attack foiled ("أحبطت هجوماً", "إحباط هجوم")."""
    return t.family == "disrupted" and _FOILED.search(t.trigger_id) is not None


def _has_word(doc: Document, frame: Frame, words: frozenset[str]) -> bool:
    return any(t.sentence == frame.sentence and is_word(t.norm, words) for t in doc.tokens)


def no_fighting(doc: Document, frame: Frame, unresisted: tuple[str, ...] = ()) -> bool:
    """After the frame's head its sentence says no fight took place ("دون تسجيل مواجهات", "من دون قتال", or
    a phrase of ``unresisted``, normalised: "دون مقاومة"), and the frame tells none ("سيطرت ... بعد معارك
    استمرت أياماً" fought, whatever the next clause says)."""
    for t in (frame.head, *frame.members):
        if t.family in FIGHTING and "negated" not in t.flags:
            return False
    start = frame.head.span.start
    end = doc.sentences[frame.sentence].span.end
    # (the nearest ground word before the denial is the one it speaks of: "وكانت قوات النظام قد سيطرت ...
    # بعد معارك، في حين سيطرت الوحدات على حي الشيخ فارس عقب انسحاب الفصائل منه من دون قتال")
    ground = ("capture", "entry")
    for t in doc.triggers:
        if t.sentence != frame.sentence or t.span.start <= start:
            continue
        if t.family in ground and "negated" not in t.flags:
            end = t.span.start
            break
        if "negated" in t.flags and t.family in FIGHTING:
            return True
    return bool(unresisted) and says_any(doc, frame.head.span.end, end, unresisted)


def says_any(doc: Document, start: int, end: int, phrases: Collection[str]) -> bool:
    """One of ``phrases`` (normalised) stands in the raw text between ``start`` and ``end``."""
    if doc.norm is None or end <= start:
        return False
    words = doc.norm.text[doc.norm.view_index(start) : doc.norm.view_index(end)]
    return any(p in words for p in phrases)


def _on_the_ground(frame: Frame) -> bool:
    """An attack word of the frame is told as a ground assault ("هجوماً برياً", modifier group `ground`)."""
    return any(t.family == "attack" and "ground" in t.flags for t in (frame.head, *frame.members))
