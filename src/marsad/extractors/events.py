"""The event stage: frames -> ACLED events (one per place and day) and territorial-control facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from marsad.extractors.actors import inflected_nationalities
from marsad.extractors.built import Built, confidence, evidence_of, inferred_fields
from marsad.extractors.control_facts import Extents, control_facts, hand_over, lost_places
from marsad.extractors.daily import split_by_day
from marsad.extractors.fight_sides import as_inferred, sides_of_the_fight_told
from marsad.extractors.frames import (
    CROWDS,
    SUPPRESSING,
    TOLL_FAMILIES,
    Frame,
    build_frames,
    dated_in_its_clause,
    with_article,
)
from marsad.extractors.history import (
    announced_anniversaries,
    historical,
    occasions,
    remembered_date,
    told_after_its_announcement,
    told_before_its_occasion,
)
from marsad.extractors.merge import merge_events
from marsad.extractors.mobs import Mob, Mobs
from marsad.extractors.notes import write_notes
from marsad.extractors.off_stage import unknown_settlement
from marsad.extractors.positions import DocIndex
from marsad.extractors.roles import RoleFinder, Roles, allied, armed_ids, one_camp
from marsad.extractors.since_taken import since_date, since_phrases, told_by_pronoun
from marsad.extractors.state_forces import StateForces
from marsad.extractors.subtypes import SubTypes, foiled, no_fighting, says_any
from marsad.extractors.tolls import (
    STATES_FOES,
    Tolls,
    counted_dead,
    counted_dead_of,
    dead_by_place,
    fatality_spans,
    groups_of,
    other_sides_dead,
)
from marsad.extractors.tolls_by_place import spread_by_place
from marsad.extractors.vocabulary import Vocabulary
from marsad.extractors.when_where import DateChoice, PlaceChoice, WhenWhere
from marsad.geo.cues import clitic_forms
from marsad.lang.actors import Actor, ActorLexicon, Side, load_actors
from marsad.lang.cues import CueWords, load_cues
from marsad.lang.packs import DEFAULT_PACK, Pack, load_pack
from marsad.lang.triggers import Territorial, TriggerLexicon, load_triggers, modifier_words
from marsad.model.dates import Precision
from marsad.model.document import Document
from marsad.model.events import (
    STATE_INTERS,
    ActorRef,
    ControlFact,
    Event,
    EventType,
    Evidence,
    EvidenceRole,
    SubEventType,
)
from marsad.model.mentions import ActorMention, PlaceMention
from marsad.model.span import Span
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.normalize import normalize_term
from marsad.text.segment import unbroken


def _similar_to_the_last(index: DocIndex, events: list[Event], similar: frozenset[str]) -> None:
    """A fight with no side named, told as one more like the event before it ("كما شهدت مدينتا القصرين وسوسة
    مواجهات مماثلة" after youths' riot in Tunis), is of that event's kind and sides."""
    for k, e in enumerate(events):
        if k > 0 and e.actor2 is None and e.actor1 is not None and e.sub_event_type in _HANDS_CHANGED:
            _other_side_of_the_like(index, events[:k], e, similar)
        if k == 0 or e.sub_event_type is not SubEventType.ARMED_CLASH or e.actor1 is not None:
            continue
        if not _told_as_like(index, e, similar):
            continue
        last = next((d for d in reversed(events[:k]) if d.sentence < e.sentence and not d.historical), None)
        if last is None or last.event_type not in (EventType.RIOTS, EventType.PROTESTS):
            continue
        if e.actor2 is not None and (last.actor2 is None or last.actor2.actor_id != e.actor2.actor_id):
            continue  # (a force named as its side is the last event's force: "واعتقلت الشرطة خلالها 12 شخصاً")
        e.sub_event_type = last.sub_event_type
        e.actor1, e.actor2 = as_inferred(last.actor1), as_inferred(last.actor2)
        e.civilian_targeting = last.civilian_targeting


def _told_as_like(index: DocIndex, e: Event, similar: frozenset[str]) -> bool:
    """A word of likeness (cue group `similar`) right after one of the event's words ("مواجهات مماثلة")."""
    return not all([similar.isdisjoint(index.words_after(span, 1)) for span in _trigger_spans(e)])


def _toll_over_two_days(doc: Document, events: list[Event], phrases: frozenset[str]) -> None:
    """A toll told over the fighting of two days ("قتل عشرة جنود في المعارك التي استمرت يومين", cue group
    `over_two_days`) that went to one day's event, beside the event of the same place, kind and sides the day
    before or after with no dead of its own: split evenly between the two, the odd one to the first day (ACLED
    splits a total over several days)."""
    norm = doc.norm.text if doc.norm is not None else doc.text
    if not any(word in norm for word in _last_words(phrases)):
        return  # (most reports tell no two days: a look at the text for the phrases' last word first)
    for e in events:
        if e.fatalities < 2 or e.place is None or e.date is None or e.date.precision is not Precision.DAY:
            continue
        told = {v.span.start for v in e.evidence if v.role is EvidenceRole.FATALITIES}
        spans = [sent.span for sent in doc.sentences if any(sent.span.start <= t < sent.span.end for t in told)]
        if not any(says_any(doc, span.start, span.end, phrases) for span in spans):
            continue
        day = e.date.earliest
        other = [
            d
            for d in events
            if d is not e
            and d.fatalities == 0
            and d.place is not None
            and d.place.place_id == e.place.place_id
            and d.event_type is e.event_type
            and _sides(d) == _sides(e)
            and d.date is not None
            and d.date.precision is Precision.DAY
            and abs((d.date.earliest - day).days) == 1
        ]
        if len(other) != 1:
            continue
        first, second = sorted((e, other[0]), key=lambda x: x.date.earliest if x.date else day)
        total = e.fatalities
        first.fatalities, second.fatalities = total - total // 2, total // 2


@lru_cache(maxsize=4)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The phrases' last words, normalised."""
    return frozenset(normalize_term(p.split()[-1]) for p in phrases)


def _sides(e: Event) -> tuple[str, str]:
    return (e.actor1.actor_id if e.actor1 else "", e.actor2.actor_id if e.actor2 else "")


#: ground changing hands, whose other side a like telling leaves out ("بعد انسحاب مماثل")
_HANDS_CHANGED = frozenset(
    {SubEventType.NON_VIOLENT_TRANSFER, SubEventType.GOVERNMENT_REGAINS, SubEventType.NON_STATE_OVERTAKES}
)


def _only_a_date_between(index: DocIndex, a: Span, b: Span) -> bool:
    """Every word between the spans is a word of one date of their sentence (an aside of a day between commas)."""
    lo, hi = a.end, b.start
    return any(
        d.span.start >= lo
        and d.span.end <= hi
        and index.count_between(a, d.span) == 0
        and index.count_between(d.span, b) == 0
        for d in index.doc.dates
    )


def _with_a_pronoun(index: DocIndex, span: Span) -> bool:
    """The word at ``span`` ends in a pronoun of a third person ("لهجومهم", "هجومها")."""
    word = index.tokens[index.position(span).last].norm
    return len(word) > 5 and word.endswith(("هم", "ها", "هما"))


def _other_side_of_the_like(index: DocIndex, before: list[Event], e: Event, similar: frozenset[str]) -> None:
    """Ground changing hands told as one more like an earlier hand-over of its doer, with no other side named
    ("كما تسلمت قسد في اليوم ذاته مدينة البوكمال بعد انسحاب مماثل"), has that one's other side."""
    if not _told_as_like(index, e, similar):
        return
    assert e.actor1 is not None
    like = next(
        (
            d
            for d in reversed(before)
            if d.sentence < e.sentence
            and d.sub_event_type is e.sub_event_type
            and d.actor1 is not None
            and d.actor1.actor_id == e.actor1.actor_id
        ),
        None,
    )
    if like is not None and like.actor2 is not None:
        e.actor2 = as_inferred(like.actor2)
        e.assoc_actor_2 = [replace(a, inferred=True) for a in like.assoc_actor_2]


#: territorial kinds of taking ground
_TAKING_GROUND_KINDS = frozenset({Territorial.CAPTURE, Territorial.ENTRY})


def _news_told_before(frames: list[Frame], frame: Frame) -> bool:
    """Another frame of ``frame``'s sentence, of violence and told as no background, heads before it."""
    return any(
        f is not frame
        and f.sentence == frame.sentence
        and f.head.span.start < frame.head.span.start
        and f.family.territorial is Territorial.NONE
        and f.head.flags.isdisjoint(_NOT_FIGHTING_NOW)
        for f in frames
    )


def _last_day(doc: Document, date: DateChoice) -> dt.date:
    """The last day a past event can fall on: publication, or the day after it for today's word.

    "اليوم الاثنين" in a report dated Sunday is Monday: outlets date by UTC, a day behind a local
    evening, and the weekday is the more specific word.
    """
    assert doc.published is not None
    mention = date.mention
    today = mention is not None and mention.relative and "(future)" not in mention.rule
    return doc.published + dt.timedelta(days=1 if today else 0)


#: the first words (normalised) of a fight told with no side starting it ("اشتبك", "اشتباكات", "مواجهات")
_BOTH_SIDES_FOUGHT = ("اشتبك", "اشتباك", "الاشتباك", "مواجه", "المواجه", "اندلعت", "دارت", "تبادل")


def _trigger_spans(e: Event) -> list[Span]:
    """The spans of the words that tell the event."""
    return [ev.span for ev in e.evidence if ev.role is EvidenceRole.TRIGGER]


def _dated_to_a_day(date: DateChoice) -> bool:
    """ "وآخرها مقتل قيادي أمس": a count over a period may end with one event of a given day."""
    return date.value is not None and not date.inferred and date.value.precision is Precision.DAY


def _tolled(doc: Document, sentence: int) -> bool:
    """The sentence gives a count of people killed, injured or taken."""
    return any(q.sentence == sentence and q.counted not in ("", "people") for q in doc.quantities)


def _counted(index: DocIndex, frame: Frame) -> bool:
    """The head's events are counted by the figure right before it ("نفذوا 37 اعتداءً ... خلال الأسبوع الماضي"):
    a tally of events over the span, not one."""
    before = index.words_before(frame.head.span, 1)
    return bool(before) and before[0].isdigit() and int(before[0]) > 1


def _within_a_week(date: DateChoice) -> bool:
    return date.value is not None and not date.inferred and date.value.precision is Precision.WEEK


#: how many words open a sentence, for the phrases that say the report goes on with its news
_OPENING_WORDS = 4
#: how many words before an actor a grievance word makes it part of what a crowd protests against
_GRIEVANCE_REACH = 8
#: so many dead told by killing words alone (no battle, bomb or strike) and at no place are a war's or a
#: campaign's toll, statistics rather than one event: ACLED's events are one day at one place
STATISTICS_TOLL = 1000
#: remote violence whose perpetrator, when unnamed, is coded as an unidentified armed group
_UNCLAIMED_BOMBS = frozenset({"ied", "explosion", "suicide", "grenade"})
#: absorbed triggers whose following words name the victims
_VICTIM_FAMILIES = frozenset({"killing", "injury", "abduction", "shooting", "beating"})
_CROWDS = frozenset({Side.PROTESTERS, Side.RIOTERS})
_CROWD_OR_CIVILIANS = _CROWDS | {Side.CIVILIANS}
#: how many words a riot's or attack's verb may stand before the protesters it targets ("اعتدوا بالعصي والحجارة
#: على المتظاهرين")
_ATTACKED_REACH = 4
_BOMB_SUB_TYPES = frozenset({SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE})
#: young men, a crowd when they attack with no armed side named ("مجموعات من الشبان هاجمت مراكز أمنية")
_YOUTHS = frozenset({"الشبان", "شبان", "الشباب"})
#: what may stand between a verb and the young men counted as its subject ("هاجمت مجموعات من الشبان")
_GROUPS_OF = frozenset({"مجموعات", "مجموعه", "عشرات", "مئات", "من"})
#: what may stand between a subject named before its verb and the verb ("محتجون قد اقتحموا")
_BEFORE_THE_VERB = frozenset({"قد", "لقد"})
#: the event types on which ACLED flags civilian targeting
_VIOLENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS}
)
#: remote violence a state's forces are named for by an adjective after the event word
_REMOTE_BY_STATES = frozenset({"airstrike", "shelling"})
#: violence that a crowd of civilians commits as mob violence (ACLED Riots)
_MOB_FAMILIES = frozenset({"attack", "beating", "killing", "shooting"})
#: violence by an armed force on a crowd: the protest met with force (ACLED Protests sub-types)
_FORCE_ON_CROWDS = frozenset({"attack", "shooting", "killing", "injury", "beating"})
_CLASH_OR_FORCE = _FORCE_ON_CROWDS | {"clash"}
#: a member of a group, in the accusative (normalised): "استهدف عنصراً في حزب الله"
_MEMBER_WORDS = frozenset({"عنصرا", "قياديا", "مقاتلا", "عضوا"})
#: a verb of striking (normalised stem): "استهدف", "استهدفت"
_STRUCK = "استهدف"
#: how many words before the group the striking verb may stand ("أنه استهدف عنصراً في")
_STRUCK_MEMBER_REACH = 4
#: how many words before a force its deployment verb may stand ("قبل أن تنتشر قوة من الجيش")
_DEPLOYED_REACH = 3
#: a unit's words between a deployment verb and its force ("تنتشر قوة من الجيش"), normalised
_UNIT_WORDS = frozenset({"قوه", "قوات", "من", "عناصر", "وحدات", "دوريات"})
#: the groups of counted dead that are a state's soldiers
_SOLDIER_GROUPS = frozenset({"soldier", "officer"})
#: the groups of counted people who are civilians, or taken as such when a bomb kills them ("18 شخصاً")
_CIVILIAN_GROUPS = frozenset(
    {"person", "civilian", "child", "woman", "man", "resident", "worker", "refugee", "relative"}
)
#: families that tell ground entered or taken: a transfer with them has a side, if one the pack cannot name
_TAKING_GROUND = frozenset({"entry", "capture"})
#: how many words before a crowd's word a word of taking part in it may stand
_JOINED_REACH = 7
#: the blasts whose home hit was their target (see _home_hit)
_THROWN_OR_PLANTED = frozenset({SubEventType.GRENADE, SubEventType.REMOTE_EXPLOSIVE})
#: how many words after a frame's word a home it struck is looked for (see _home_hit)
_HOME_REACH = 2
#: the words between a blast and the home it struck ("على منزل", "أمام منزل")
_BEFORE_A_HOME = frozenset({"علي", "امام", "داخل", "قرب"})
#: the developments whose unnamed other side is civilians: the people arrested, the owners of what was destroyed
_TAKEN_FROM_CIVILIANS = frozenset({SubEventType.ARRESTS, SubEventType.LOOTING})
#: how many words may stand between a killing word and the crowd it names as its dead ("قتل أربعة متظاهرين")
_CROWD_NEAR_ITS_DEAD = 2
#: triggers after which "عنصر من X" counts X's people among the victims
_HARMING = frozenset({"killing", "injury", "abduction"})
#: the families whose subject gave ground rather than acted: no initiator of the frame they are absorbed in
_WITHDRAWING = frozenset({"withdrawal", "loss"})
#: strikes from the air and shelling: one doer named for some of a report's is the doer of the others
_BOMBARDMENTS = frozenset({SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING})
#: how many words before an actor its doer's cue may stand ("شنه عناصر من الدفاع الوطني"), and how far after the
#: attack's word the actor ("لهجوم واسع شنته قوات الدعم السريع")
_AGENT_REACH = 3
#: how many words may open a sentence before the "قد" of its pluperfect ("وكانت قوات حفتر قد أطلقت")
_HAD_REACH = 6
#: how many words after an event's first word may tell it is more of the same ("بقصف صاروخي مماثل")
_ANOTHER_REACH = 2
_ATTACK_TO_AGENT = 5
#: how many words before an attack's word the verb of repelling it may stand ("صدت ... مساء الخميس الماضي هجوماً")
_REPEL_REACH = 8
#: ... and how many words from that verb its subject may be ("صدت وحدات الجيش", "وحداتها صدت")
_SUBJECT_REACH = 3
#: how many words may stand between a `long_after` phrase and the event words it puts in the past
_LONG_AFTER_GAP = 4
#: how long before publication a date after such words must be to date the past thing, not the news
_WEEK = dt.timedelta(days=7)
#: the families of explosives a group may leave behind ("لغم من مخلفات تنظيم الدولة"): that group is their doer
_LEFT_BEHIND = frozenset({"ied", "explosion"})
#: the inter codes of the sides a country's one air force strikes (see pack.yaml ``air_force_in``): rebels and
#: civilians; not foreign forces or militias, which other air forces strike there ("غارات على مواقع للحرس الثوري")
_STRUCK_BY_THE_AIR_FORCE = frozenset({2, 7})
#: families whose sides joined by "و" may stand against each other ("اشتباكات بين X و Y", "اتفاق بين X و Y"),
#: or be the people harmed ("مقتل عنصر من X و Y"); in the others the doers named together act together
_SIDES_MAY_OPPOSE = frozenset(
    {"clash", "agreement", "loss", "control_state", "withdrawal", "protest", "riot", "killing", "injury"}
)
#: violence whose unnamed perpetrator, when its target is armed, is an unidentified armed group
_UNCLAIMED_ATTACKS = frozenset({"attack", "killing", "shooting", "assassination", "injury"})


#: the head of a site a force owns ("مقر القيادة العامة للقوات المسلحة", "أمام مقر الجيش"), as normalised
_SITE_OF = frozenset({"مقر", "مقرات", "مبني", "قياده", "القياده", "ثكنه", "معسكر"})


def _owns_the_site(index: DocIndex, actor: ActorMention) -> bool:
    """The actor is named as the owner of a site right before it ("فض الاعتصام أمام مقر القيادة العامة للقوات
    المسلحة"): where a crowd gathered, not the side that faced it."""
    before = index.words_before(actor.span, 2)
    if not before:
        return False
    return before[-1] in _SITE_OF or (len(before) == 2 and before[0] in _SITE_OF and before[1] == "العامه")


#: how many exported actors ``EventStage._ref`` keeps before it starts again
_REFS_KEPT = 4096
#: flags of a word of fighting that tells no fight of the news: negated, or told as background
_NOT_FIGHTING_NOW = frozenset({"negated", "relative_clause", "cause", "reference"})


class EventStage:
    name = "events"
    requires = frozenset(
        {
            "norm",
            "sentences",
            "tokens",
            "actors",
            "triggers",
            "dates",
            "places",
            "countries",
            "countries_mentioned",
            "quantities",
            "quantity_parts",
        }
    )
    assigns = frozenset({"events", "control"})

    def __init__(self, pack_id: str = DEFAULT_PACK) -> None:
        self.pack: Pack = load_pack(pack_id)
        self.actors: ActorLexicon = load_actors(pack_id)
        self.triggers: TriggerLexicon = load_triggers()
        self.cues: CueWords = load_cues()
        self._storming = tuple(self.cues.storming)  # (read as word beginnings)
        self._aircraft_unknown = Vocabulary.of(self.cues.aircraft_unknown)
        self._attackers_told = Vocabulary.of(self.cues.attackers_told)
        self._over_the_country = Vocabulary.of(self.cues.scattered_over_the_country)
        self._homes = frozenset(clitic_forms(self.cues.dwellings))
        #: verbs of waging ("شنت", "نفذت"), with و or ف before them: an attack word's doer stands after them
        self._performs = with_conjunctions(modifier_words("performs"))
        #: every form of the pack's nationality adjectives ("أمريكيين", "الأمريكي") -> country
        self._nationality_forms = inflected_nationalities(self.pack.nationalities)
        self.armed = armed_ids(self.actors)
        #: the phrases that go on with the news, alone or after the conjunction و (one str.startswith call)
        resumes = sorted(self.cues.news_resumes)
        self.news_resumes = (*resumes, *["و" + p for p in resumes])
        air_words = modifier_words("aircraft")
        self.tolls = Tolls(self.cues, self.triggers)
        self.extents = Extents(self.cues.object_preposition)
        self.sub_types = SubTypes(air_words, self.cues)
        self.mobs = Mobs(self.cues)
        self.state_forces = StateForces(self.pack, self.actors, self.armed, self.cues.hedge, air_words)
        #: the exported actors already worked out (``_ref`` depends on nothing else than its key)
        self._refs: dict[tuple[str, str, bool, str, bool, dt.date | None], ActorRef] = {}

    def __call__(self, doc: Document) -> None:
        index = DocIndex(doc)
        frames = build_frames(doc, self.triggers, index, self.armed)
        if not frames:  # no event told (most texts of a feed): the roles, dates and places need not be read
            doc.events = []
            doc.control = []
            return
        roles = RoleFinder(doc, index, self.actors, self.armed)
        ww = WhenWhere(doc, index)
        fatalities = self.tolls.attach_fatalities(doc, index, frames)
        controllers: dict[str, ActorMention] = {}  # place id -> the last actor the text says held it
        events: list[Event] = []
        control: list[ControlFact] = []
        discourse_date: DateChoice | None = None
        news_date: DateChoice | None = None  # the last discourse date that is no history
        day_date: DateChoice | None = None  # the last discourse date that is a day ("في اليوم ذاته" counts from it)
        dated_sentence = -1  # the sentence whose event gave the discourse date
        news_sentence = -1  # ... and the one whose event gave the news date
        discourse_places: list[PlaceChoice] = []
        discourse_actor: ActorMention | None = None
        discourse_assoc: list[ActorMention] = []
        losers: dict[int, set[str]] = {}  # sentence -> the names of the actors it told ground was taken from
        # sentences that remember an event on its anniversary ("تمر اليوم الذكرى العاشرة لمجزرة الكيماوي، التي
        # راح ضحيتها ... إثر قصف"): every event they tell is history
        remembered = {t.sentence for t in doc.triggers if "anniversary" in t.flags}
        # ... but what a sentence tells before the anniversary it names as the occasion is that day's news
        occasion_at = occasions(index, remembered, self.cues.occasion) if remembered else {}
        # ... and what a sentence that announces an anniversary tells after it is remembered, near or not
        announced_at = announced_anniversaries(index, self.cues.anniversary_falls)
        since = since_phrases(doc, index)  # the words of takeovers a span is counted from
        remembered_kinds: dict[EventType, DateChoice] = {}  # the kinds of event remembered, with their dates
        statistics = self.tolls.statistics_sentences(doc, index)  # "وأوضح التقرير أن ..." after a monthly count
        for frame in frames:
            recalling = False
            head = frame.head.span
            territorial = frame.family.territorial  # read a dozen times below: not through the property
            flags = frame.head.flags  # likewise
            member_spans = tuple([m.span for m in frame.members])
            if territorial is Territorial.ENTRY and self._crowd_moving(doc, index, head):
                continue  # "لتفريق محتجين حاولوا التقدم نحو قصر الرئاسة": a crowd moving, no ground entered
            if (
                territorial in _TAKING_GROUND_KINDS
                and "cause" in flags
                and _news_told_before(frames, frame)
                and not dated_in_its_clause(doc, index, frame.head)
            ):
                # "قتل أربعة مدنيين بقذائف هاون أطلقها التنظيم ... بعد استعادة القوات الحكومية للحي": ground taken
                # before the news its sentence tells, with no day of its own, is that news's background (not
                # "يخوضون اشتباكات ... بعد سيطرتهم فجر اليوم على مدينتي الرستن وتلبيسة")
                continue
            if news_date is not None and self._resumes_news(index, frame.sentence):
                # "وفي سياق متصل، قتل ثلاثة مدنيين": after background history ("منذ سيطرتها عليها صيف عام
                # 2012") the report goes back to its news, and its date
                discourse_date = news_date
            date = ww.date_for(frame.sentence, head, discourse_date, "ongoing" in flags, member_spans, day_date)
            remembering = (
                frame.sentence in remembered and not told_before_its_occasion(frame, occasion_at)
            ) or told_after_its_announcement(frame, announced_at)
            # (told by its first word: "بعد يومين من مقتل ثلاثة مدنيين بقصف")
            first = min([t.span for t in (frame.head, *frame.members) if t.sentence == frame.sentence], default=head)
            date = ww.days_earlier(first, date)
            if "since_taken" in flags and (taken := since_date(doc, index.position(head).last)) is not None:
                date = DateChoice(taken, taken.value)  # "منذ سيطرة التنظيم عليها في آب 2014": history's own date
            elif remembering:
                date = remembered_date(doc, frame)
                remembered_kinds.setdefault(frame.family.event_type, date)
            elif (recalled := self._recalls(doc, index, frame, remembered_kinds)) is not None:
                # "أحيا الإقليم الذكرى ... لقصف حلبجة ... . ووقف المشاركون دقيقة صمت عند توقيت بدء القصف": the
                # remembered event named again by its definite word, with no date of its own, is that history
                date, recalling = recalled, True
            describes_control = territorial in (Territorial.LOSS, Territorial.STATE)
            aggregate = (
                ("aggregate" in flags or frame.sentence in statistics)
                and "latest" not in flags
                and not (_dated_to_a_day(date) and not self._period_after_the_day(index, date, head))
                # "قصفت قوات النظام البلدة خلال الأيام الماضية": with no toll, a few days' span dates one
                # event at week precision (ACLED); a toll over it is statistics
                and not (_within_a_week(date) and not _tolled(doc, frame.sentence) and not _counted(index, frame))
            )
            spans_time = date.habitual or "habitual" in flags or aggregate or "running_total" in flags
            if spans_time and not describes_control:
                continue  # "شبه يومية", "على مدار عامين": a span of fighting, not a dated event
            if (
                date.value is not None
                and doc.published is not None
                and date.value.earliest > doc.published
                and date.value.earliest > _last_day(doc, date)
            ):
                continue  # "وقفة احتجاجية يوم الجمعة المقبل": planned, not something that happened
            if date.mention is not None and "(future)" in date.mention.rule:
                continue  # the same with no publication date: "المقبل" says it is still to come
            if frame.family.id == "agreement" and self._named_by_a_place(doc, index, frame):
                continue  # "رفضاً لمسار شرق السودان في اتفاق جوبا للسلام": a deal named by its place, made before
            places = ww.places_for(frame.sentence, head, discourse_places)
            if "since_taken" in flags and date.mention is not None:
                # a place named in the takeover's own words is where it was, or a pronoun tells one named before
                # ("منذ سيطرة التنظيم عليها"); with neither, its place is unknown ("على الأحياء الشرقية")
                named = [p for p in doc.places if head.end <= p.span.start < date.mention.span.start]
                if named:
                    places = [pc for pc in places if any(pc.mention is p for p in named)]
                if not places or not (named or told_by_pronoun(doc, index.position(head).first, date.mention)):
                    continue  # ("منذ انسحاب القوات الأمريكية من البلاد": no place named, so none to date)
            if all(pc.inferred for pc in places) and self._over_the_country.said_in(
                index.sentence_words(frame.sentence)
            ):
                # "وأضاف البيان أن وحدات الجيش أوقفت خلال الأسبوع الماضي 14 عنصر دعم ... في عمليات متفرقة عبر التراب
                # الوطني": a country's count at no place of its own (ACLED records no event known only by its country)
                continue
            told_places = len(places)
            if places and frame.family.event_type is EventType.EXPLOSIONS:
                places = self._targets_told_on(index, ww, frame, places)
            if territorial is Territorial.LOSS:
                places = lost_places(ww, roles, frame, places)
            told = (frame.head, *frame.members)
            suffered = "suffered" in flags or any("suffered" in t.flags for t in frame.members)
            harming = tuple([t.span for t in told if t.family in _HARMING])
            # (a withdrawal's roles are read from who withdrew, then handed over: see hand_over)
            acting: tuple[Span, ...] = ()
            if frame.family.id not in _WITHDRAWING:
                acting = tuple([t.span for t in told if t.family not in _WITHDRAWING])
            together = frame.family.id not in _SIDES_MAY_OPPOSE
            r = roles.find(frame.sentence, head, member_spans, suffered, harming, acting, together)
            if "since_taken" in flags:
                if not self._in_since_phrase(r.actor1, head, date):
                    # "منذ سيطرتها عليها صيف عام 2012": a taker told by a pronoun is not known well enough to date
                    # its hold
                    continue
                if not self._in_since_phrase(r.actor2, head, date):
                    r.actor2, r.assoc2 = None, []  # whom the takeover was from is named in its words, or unknown
            elif since:
                # "قتل ثلاثة مدنيين بانفجار عبوة ... منذ سيطرة قسد عليها": who has held the place since is no side
                if r.actor1 is not None and any(a <= r.actor1.span.start < b for a, b in since):
                    r.actor1, r.assoc1 = None, []
                if r.actor2 is not None and any(a <= r.actor2.span.start < b for a, b in since):
                    r.actor2, r.assoc2 = None, []
            if frame.family.id == "suicide" and r.actor1 is not None and roles.actor(r.actor1).side.state:
                # "ونفذ الجيش الباكستاني ضربة جوية ... أعقبتها هجمات انتحارية": no state sends suicide bombers;
                # the force named is another event's doer or the target (one attribute at a time, for mypyc)
                r.actor1 = None
                r.assoc1 = []
            denied_doer = "denied_doer" in flags
            if denied_doer and r.actor1 is not None and r.actor1.span.start < head.start:
                r.actor1, r.assoc1 = None, []  # "نفى الفصيل مسؤوليته عن مقتل الشاب": the denier is no doer
            if (
                "cause" in frame.head.flags
                and frame.family.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
                and r.actor1 is not None
                and r.actor1.sentence == frame.sentence
                and r.actor1.span.end <= head.start
                and any(f.sentence == frame.sentence and f.family.id in ("protest", "riot") for f in frames)
            ):
                # "رشق محتجون قوات الأمن بالحجارة ... احتجاجاً على مقتل ستة من أفراد القبيلة": the force the crowd
                # met, named before what it reacts to, did not do that killing
                r.actor1, r.assoc1 = None, []
            if frame.family.event_type in _VIOLENT_TYPES and not denied_doer:
                new_attack_repelled = r.actor1 is not None and self._repelled_new_attack(index, doc, frame, r.actor1)
                if (
                    r.actor1 is not None
                    and (new_attack_repelled or self._repelled_by(index, head, r.actor1))
                    and (
                        # (not the defender's own dead: "صدت قوات الجيش هجوماً ... واستشهد جنديان"; the attackers'
                        # are: "صدوا اليوم هجوماً للفصائل، ما أسفر عن مقتل تسعة من عناصر الفصائل")
                        (
                            r.actor2 is not None
                            and (
                                not counted_dead(r.actor2, fatalities.get(id(frame), (0, []))[1])
                                or not one_camp(roles.actor(r.actor1), roles.actor(r.actor2))
                            )
                        )
                        or (r.actor2 is None and roles.claimant(frame.sentence) is not None)
                    )
                ):
                    # "صدت وحدات الجيش هجوماً استهدف معسكرها ... وتبنت الجماعة الهجوم": the army defended; the
                    # attacker is the other side named or the claimant (one attribute at a time, for mypyc)
                    defender, defenders = r.actor1, r.assoc1
                    r.actor1 = r.actor2
                    r.assoc1 = r.assoc2
                    r.actor2 = defender
                    r.assoc2 = defenders
                elif (
                    r.actor1 is not None
                    and new_attack_repelled
                    and (
                        r.actor2 is None
                        or (one_camp(roles.actor(r.actor1), roles.actor(r.actor2)) and roles.claimant(frame.sentence))
                    )
                ):
                    # "صد الجيش المالي أمس هجوماً على معسكره" (", ما أسفر عن مقتل ثلاثة جنود. وتبنت الجماعة الهجوم"):
                    # the army defended; who attacked is the claimant, its foe the report names, or unnamed, never its
                    # own dead
                    defender = r.actor1
                    r.actor2, r.assoc2 = defender, r.assoc1
                    r.actor1 = roles.claimant(frame.sentence) or roles.main_adversary(
                        roles.actor(defender), frame.sentence
                    )
                    r.actor1_inferred = r.actor1 is not None
                    r.assoc1 = []
                elif (
                    frame.family.event_type is EventType.BATTLES
                    and r.actor1 is not None
                    and (attacker := self._the_attacker(roles, frame)) is not None
                    and attacker.actor_id not in (r.actor1.actor_id, self.pack.unidentified_armed_group)
                    and (r.actor2 is None or r.actor2.actor_id == attacker.actor_id)
                ):
                    # "اشتباكات بين قوات الأسايش وعناصر الدفاع الوطني، إثر هجوم شنه عناصر من الدفاع الوطني على
                    # حاجز للأسايش": who launched the attack the fight began with is actor1 (one at a time, for mypyc)
                    attacked, attacked_with = r.actor1, r.assoc1
                    r.actor1 = r.actor2 if r.actor2 is not None else attacker
                    r.assoc1 = r.assoc2
                    r.actor2 = attacked
                    r.assoc2 = attacked_with
                elif (
                    frame.family.event_type is EventType.BATTLES
                    and r.actor1 is None
                    and r.actor2 is not None
                    and (attacker := self._the_attacker(roles, frame)) is not None
                    and r.actor2.actor_id == attacker.actor_id
                ):
                    # "تجددت الاشتباكات ... إثر هجوم شنّته فصائل الجيش الوطني على مواقع قسد": the one side named,
                    # as the attacker, is actor1 (the other side is found for it as for any)
                    r.actor1, r.assoc1 = r.actor2, r.assoc2
                    r.actor2 = None
                    r.assoc2 = []
                self._claimed(roles, frame, r)
            how_taken = False  # a withdrawal that may be how the sentence's capture came
            loser_relative = False
            if territorial is Territorial.WITHDRAWAL:
                head_clause = index.position(head).clause
                if (
                    r.actor1 is not None
                    and frame.sentence in losers
                    and not any(
                        not p.inferred
                        and p.mention.span.start >= head.end
                        and index.position(p.mention.span).clause == head_clause
                        # (where it went is none: "باتجاه المطار", "باتجاه مدينة خان شيخون", cue group towards)
                        and self.cues.towards.isdisjoint(index.words_before(p.mention.span, 2))
                        for p in places
                    )
                ):
                    # "سيطرت الفصائل على حيي حلب الجديدة والحمدانية ...، في ظل انهيار خطوط دفاع قوات النظام
                    # وانسحاب عناصره": the loser's withdrawal with no place of its own is how the capture came
                    # (where it went is none: "وإن الجنود انسحبوا باتجاه المطار"; nor the captured place before it:
                    # "سيطرت قوات النظام على بلدة خان شيخون بعد انسحاب الفصائل منها")
                    how_taken = True
                    withdrawer = self._agent_of_when_noun(roles, frame)
                    if withdrawer is not None and r.actor1 is not None and withdrawer.actor_id != r.actor1.actor_id:
                        # "سيطرت قوات النظام على تدمر بعد انسحاب تنظيم داعش منها": who withdrew is named right after
                        # the verbal noun, not the capture's subject before it
                        r.actor1, r.assoc1, r.actor1_inferred = withdrawer, [], False
                # "بعد اشتباكات مع مقاتلي الفيلق الثالث الذين انسحبوا باتجاه اعزاز": a withdrawal told in a
                # relative clause after the capture is the side named before it withdrawing, whichever actor the
                # words resolve to
                loser_relative = how_taken and "relative_clause" in frame.head.flags
                r = hand_over(roles, frame, r)
            if frame.family.id == "disrupted":
                r = roles.disruption(frame.sentence, head, r)
            if (
                frame.family.id in CROWDS
                and r.actor2 is not None
                and (
                    self._in_grievance(doc, frame, r.actor2)
                    or self._after_grievance_word(roles.index, r.actor2)
                    or _owns_the_site(roles.index, r.actor2)
                )
            ):
                r.actor2, r.assoc2 = None, []  # "أضرم محتجون النار بعد مقتل شاب برصاص قوات الأمن"
            if territorial in (Territorial.CAPTURE, Territorial.ENTRY) and discourse_actor is not None:
                # who takes ground is named in the clause or carried over from the last territorial event,
                # not borrowed from another clause ("غارات الطيران الروسي ... بالتزامن مع بدء اقتحامها")
                own = r.actor1 is not None and index.position(r.actor1.span).clause == index.position(head).clause
                if not own:
                    r.actor1, r.actor1_inferred = discourse_actor, True
                    r.assoc1 = list(discourse_assoc)
            if r.actor1 is None and frame.family.id in _REMOTE_BY_STATES:
                # "بغارة جوية روسية", "قصف مدفعي تركي": the adjective names the state whose forces did it
                r.actor1 = self.state_forces.national_force(index, frame)
            if r.actor1 is None and frame.family.id in _LEFT_BEHIND:
                r.actor1 = roles.left_by(frame.sentence)  # "انفجار لغم أرضي من مخلفات مليشيا الحوثي"
            if r.actor1 is None and frame.family.id == "airstrike":
                air = self.state_forces.air_forces(doc, roles)
                if air:  # "القصف الجوي" unattributed in a report that names "طيران الروس والنظام"
                    r.actor1, r.actor1_inferred, r.assoc1 = air[0], True, air[1:]
                    if r.actor2 is not None and r.actor2.actor_id in {m.actor_id for m in air}:
                        r.actor2 = None  # the air force named elsewhere is not also the target
            figure, spans = fatalities.get(id(frame), (0, []))
            if (
                not figure
                and frame.family.id in TOLL_FAMILIES
                and any(
                    q.sentence == frame.sentence
                    and q.counted == "killed"
                    and self.tolls.nationwide_figure(index, q.span)
                    for q in doc.quantities
                )
            ):
                continue  # "أسفرت عن مقتل نحو 150 شخصاً في أنحاء البلاد": a whole country's dead, no event
            if (
                figure >= STATISTICS_TOLL
                and not places
                and frame.member_families() | {frame.family.id} <= TOLL_FAMILIES
            ):
                # "وتقول منظمات حقوقية ان عشرات الآلاف قتلوا خلال حملة القمع": a campaign's dead, at no place
                # (a massacre of as many at one place, "مجزرة الكيماوي في الغوطة", is one event)
                continue
            if (
                frame.family.event_type is EventType.EXPLOSIONS
                and r.actor1 is not None
                and r.actor2 is not None
                and self._dead_named(doc, frame.sentence, r.actor1.actor_id, spans)
                and not self._dead_named(doc, frame.sentence, r.actor2.actor_id, spans)
            ):
                # "قُتل عنصران من «وحدات مقاومة سنجار» ... بقصف لطائرة مسيّرة تركية": whose dead the figure
                # counts were struck, by the other side (one attribute at a time, for mypyc)
                struck = r.actor1
                r.actor1, r.assoc1 = r.actor2, r.assoc2
                r.actor2, r.assoc2 = struck, []
            if r.actor1 is not None and r.actor2 is None and counted_dead(r.actor1, spans):
                # "قال مصدر أمني إن جنديين قُتلا بانفجار عبوة": the soldiers counted as the dead are its victims,
                # unless the other side's dead are counted too ("20 من عناصر القوات النظامية و6 من مقاتلي
                # المعارضة قُتلوا في معارك"): the two sides of a fight
                # (one attribute at a time: mypyc narrows r.actor2 to None here and rejects a tuple assignment)
                other = self._counted_side(doc, roles, frame.sentence, spans, r.actor1)
                if other is None:
                    victim: ActorMention | None = r.actor1
                    r.actor1, r.assoc1 = None, []
                    r.actor2 = victim
                    if frame.family.event_type in _VIOLENT_TYPES and not denied_doer:
                        # "قال المتحدث إن ثمانية جنود قتلوا جراء انفجار عبوة ... وتبنى تنظيم ولاية سيناء الهجوم":
                        # the dead read as the doer first, the claimant did it
                        self._claimed(roles, frame, r)
                else:
                    r.actor2 = other
            if r.actor2 is None and spans:
                # "بأن ثلاثة جنود من الجيش العراقي قُتلوا في هجوم شنه مسلحون من تنظيم داعش": the side counted
                # among the dead, told before the verb, is the side attacked
                r.actor2 = self._counted_side(doc, roles, frame.sentence, spans, r.actor1)
            if (
                frame.family.id == "clash"
                and r.actor1 is not None
                and r.actor2 is not None
                and r.actor1.actor_id == self.pack.unidentified_armed_group
                and roles.actor(r.actor2).side.state
                and index.tokens[index.position(head).first].norm.startswith(_BOTH_SIDES_FOUGHT)
            ):
                # "اشتبك مقاومون مع قوة إسرائيلية خاصة", "اشتباكات بين المقاومين والقوات المقتحمة": a fight with
                # no side said to start it is coded with the state's force first, the unnamed group second
                # (one attribute at a time, for mypyc)
                unnamed_side = r.actor1
                r.actor1 = r.actor2
                r.actor2 = unnamed_side
                unnamed_assoc = r.assoc1
                r.assoc1 = r.assoc2
                r.assoc2 = unnamed_assoc
            built = Built(
                frame,
                r,
                date,
                places,
                figure,
                spans,
                self.extents.extent(index, frame),
                # (the takeover a span is counted from is history too, "منذ سيطرة التنظيم عليها": since_taken.py)
                remembering or recalling or "since_taken" in flags,
                len(places) - told_places,
            )
            # "انسحبوا نحو البادية وتدمر": a withdrawal from no place the text names hands no ground over (one
            # from a place the gazetteer lacks, "قرية الرفيد", still tells ground given up)
            from_nowhere = (
                territorial is Territorial.WITHDRAWAL
                and not places
                and not how_taken
                and not any(p.sentence == frame.sentence and p.resolved is None for p in doc.places)
            )
            if territorial not in (Territorial.LOSS, Territorial.STATE) and not from_nowhere:
                told_events = self._events(doc, roles, built, controllers)
                taken_from = losers.get(frame.sentence, set())
                losers_withdrawal = how_taken and all(
                    (w := e.actor2 if r.handed_over else e.actor1) is not None and w.name in taken_from
                    for e in told_events
                )
                if loser_relative or losers_withdrawal:
                    # the loser's withdrawal: how the capture came (see above), no event of its own; not the
                    # taker's, handing the place back ("سيطروا على المدينة قبل أن ينسحبوا منها مع دخول الجيش
                    # إليها"). The loser named is still said to have lost the place.
                    if losers_withdrawal:
                        control.extend(control_facts(doc, roles, built, controllers, self.armed, self._actor_in))
                    continue
                events.extend(told_events)
                if territorial in (Territorial.CAPTURE, Territorial.ENTRY):
                    losers.setdefault(frame.sentence, set()).update(e.actor2.name for e in told_events if e.actor2)
            facts = control_facts(doc, roles, built, controllers, self.armed, self._actor_in)
            control.extend(facts)
            if describes_control or "since_taken" in flags:
                continue  # (history told as a span's start does not move the narrative either)
            # (not a span the event has lasted: "حيث يقطع محتجون الطريق منذ أيام" dates no later news)
            dates_the_narrative = (
                date.value is not None
                and (not date.inferred or discourse_date is None)
                and not (
                    date.mention is not None
                    and date.mention.durative
                    and date.value.earliest < date.value.latest
                    and discourse_date is not None
                )
            )
            # "خرجت مظاهرة أمس الاثنين احتجاجاً على مداهمة نفذتها القوات فجر الأحد": the report goes on with
            # the protest its sentence dated, not with the raid it names as the cause
            cause_of_dated_news = "cause" in flags and dated_sentence == frame.sentence
            # "أعلن الجيش السبت 11 يناير 2025 استعادة المدينة، بعد أكثر من عام على سقوطها ... في كانون
            # الأول/ديسمبر 2023": history told as an aside of the news its sentence dated does not date what follows
            is_history = historical(doc, date.value, date.mention)
            aside_of_news = is_history and news_sentence == frame.sentence
            if dates_the_narrative and not cause_of_dated_news and not aside_of_news:
                discourse_date, dated_sentence = date, frame.sentence
                if date.value is not None and date.value.precision is Precision.DAY:
                    day_date = date
                if not is_history:
                    news_date, news_sentence = date, frame.sentence
            if places and not places[0].inferred:
                discourse_places = places
            if (
                r.actor1 is not None
                and territorial in (Territorial.CAPTURE, Territorial.ENTRY)
                and r.actor1.actor_id in self.armed
            ):
                discourse_actor, discourse_assoc = r.actor1, list(r.assoc1)

        def another_count(kept: Event, other: Event) -> bool:
            if kept.fatalities == 0 or other.fatalities == 0:
                return False
            return self.tolls.another_count(index, fatality_spans(kept), fatality_spans(other))

        def other_sides(kept: Event, other: Event) -> bool:
            if kept.fatalities == 0 or other.fatalities == 0:
                return False
            return other_sides_dead(doc, fatality_spans(kept), fatality_spans(other))

        triggers = {(t.span.start, t.span.end): (t.family, t.sentence) for t in doc.triggers}
        fighting = frozenset(  # (not "لم تسجل صدامات", nor "على خلفية الاشتباكات التي شهدتها المدينة")
            t.sentence for t in doc.triggers if t.family == "clash" and t.flags.isdisjoint(_NOT_FIGHTING_NOW)
        )
        # (and the sentences that tell a battle at all, as the cause of what followed too: "بعد معارك استمرت أربعة
        # أيام ... انتهت بانسحاب قوات الفرقة الأولى")
        battles = frozenset(t.sentence for t in doc.triggers if t.family == "clash" and "negated" not in t.flags)
        claims = frozenset(
            si for si in {e.sentence for e in events} if not self.cues.side_claim.isdisjoint(index.sentence_words(si))
        )
        # (arrests made at people's homes: "ألقت القبض على خمسة من زملائهم من منازلهم", a raid of their own)
        raids = frozenset(
            si
            for si in {e.sentence for e in events if e.sub_event_type is SubEventType.ARRESTS}
            if says_any(doc, doc.sentences[si].span.start, doc.sentences[si].span.end, self.cues.home_raid)
        )
        # (split before merging: a day's event may merge with the others told of its day)
        daily = split_by_day(doc, events)
        # (a fight told as similar to a crowd's takes its kind before merging too: its arrests are that crowd's)
        _similar_to_the_last(index, daily, self.cues.similar)
        # (sentences that open by detailing what was told: "وأوضحت الوزارة أن 4 شهداء ارتقوا في قصف ...")
        detailing = frozenset(si for si in {e.sentence for e in events} if index.opens_with(si, self.cues.detailing))
        merged = merge_events(
            daily,
            triggers,
            another_count,
            self.pack.unidentified_armed_group,
            fighting,
            battles,
            claims,
            raids,
            detailing,
            other_sides,
        )
        merged = spread_by_place(doc, index, merged, self.pack.unidentified_armed_group)
        self._one_bombardier(index, merged)
        _similar_to_the_last(index, merged, self.cues.similar)
        _toll_over_two_days(doc, merged, self.cues.over_two_days)
        sides_of_the_fight_told(merged)
        for e in merged:
            if e.actor1 is None:
                e.actor1 = self._unnamed_doer(doc, e)
            elif e.actor2 is None and self._unnamed_foes_dead(doc, e):
                # "تمكنت مفرزة للجيش الوطني الشعبي من القضاء على إرهابيين اثنين": a force's fight with armed men
                # no report names is with ACLED's unidentified armed group
                e.actor2 = self._unidentified(doc, e.place.country if e.place is not None else "")
            e.document_id = doc.id
            e.source = doc.outlet
            e.notes = write_notes(e)
        for c in control:
            c.document_id = doc.id
            c.source = doc.outlet
        doc.events = merged
        doc.control = control

    @staticmethod
    def _unknown_places(doc: Document, b: Built) -> list[PlaceMention]:
        """The villages and towns the frame's sentence names that the gazetteer lacks ("بلدة آيت عميرة")."""
        return [m for m in doc.places if m.sentence == b.frame.sentence and unknown_settlement(m)]

    @staticmethod
    def _targets_told_on(index: DocIndex, ww: WhenWhere, frame: Frame, places: list[PlaceChoice]) -> list[PlaceChoice]:
        """A strike's further targets told by a verb opening a clause of its own in its sentence ("حيث استهدف
        مطار الحديدة ...، كما استهدف قاعدة الديلمي الجوية شمال العاصمة صنعاء"): its places too, one event each."""
        head_clause = index.position(frame.head.span).clause
        out = list(places)
        seen = {c.place.place_id for c in places}
        for m in frame.members:
            if (
                m.sentence != frame.sentence
                or not m.flags.isdisjoint(_NOT_FIGHTING_NOW)
                or index.position(m.span).clause == head_clause
                or not index.opens_clause(m.span)
            ):
                continue
            for c in ww.places_after_in_clause(m.span):
                if c.place.place_id not in seen:
                    seen.add(c.place.place_id)
                    out.append(c)
        return out

    def _unnamed_doer(self, doc: Document, e: Event) -> ActorRef | None:
        """The doer of an event whose report names none: in a country where one side alone strikes from the air
        and by artillery, that side's forces ("استشهد ثلاثة مواطنين بقصف على منزل في خان يونس"); for a drone
        strike, ACLED's unidentified armed group (armed groups fly drones too); for an air strike where one air
        force strikes unnamed on its day, that force ("غارات نفذها الطيران الحربي على دوما" in 2013); for violence
        on civilians and shelling, the unidentified armed group ("عثر على جثث ثلاثة مدنيين", "سقطت قذائف هاون على
        حي الأعظمية"); else nobody (an air strike by warplanes: only states fly them)."""
        country = e.place.country if e.place is not None else ""
        on = e.date.earliest if e.date is not None else None
        sub = e.sub_event_type
        bombardier = self.pack.bombardier_in.get(country) if country else None
        if bombardier and sub in _BOMBARDMENTS:
            return self._force_there(bombardier, country, on)
        if sub is SubEventType.AIR_DRONE_STRIKE and self._by_drone(doc, e):
            # "طائرة مسيرة مفخخة استهدفت حقل كورمور ... ولم تتبن أي جهة الهجوم": armed groups fly drones too
            return self._unidentified(doc, country)
        air_force = self.pack.air_force_in.get(country) if country else None
        if (
            air_force
            and sub is SubEventType.AIR_DRONE_STRIKE
            and on is not None
            and air_force.holds(on, e.place.admin1 if e.place is not None else "")
            and (e.actor2 is None or e.actor2.inter in _STRUCK_BY_THE_AIR_FORCE)
            and not self._aircraft_said_unknown(doc, e)
        ):
            return self._force_there(air_force.actor_id, country, on)
        if sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS or sub is SubEventType.SHELLING:
            return self._unidentified(doc, country)
        return None

    @staticmethod
    def _unnamed_foes_dead(doc: Document, e: Event) -> bool:
        """A state's armed clash with no other side named whose every figure of dead counts its foes by a word of
        armed men ("إرهابيين", "مسلحين", "مهاجمين")."""
        if e.sub_event_type is not SubEventType.ARMED_CLASH or e.actor1 is None or e.actor1.inter not in STATE_INTERS:
            return False
        groups = groups_of(doc, {ev.span for ev in e.evidence if ev.role is EvidenceRole.FATALITIES})
        return bool(groups) and groups <= STATES_FOES

    def _force_there(self, actor_id: str, country: str, on: dt.date | None) -> ActorRef:
        """An inferred doer: the pack's force ``actor_id`` as named in ``country`` on day ``on``."""
        force = self.actors.get(actor_id)
        return ActorRef(force.id, force.export_name(country, on), force.inter_in(country), inferred=True)

    def _unidentified(self, doc: Document, country: str) -> ActorRef:
        """An inferred doer: ACLED's unidentified armed group of ``country`` (else of the report's country)."""
        u = self.actors.get(self.pack.unidentified_armed_group)
        return ActorRef(u.id, u.export_name(country or self.state_forces.document_country(doc)), u.inter, inferred=True)

    def _deployed(self, roles: RoleFinder, m: ActorMention) -> bool:
        """The force is the subject of a deployment verb right before it, over a unit's word ("قبل أن تنتشر قوة من
        الجيش"); not "انتشرت الاشتباكات بين الشرطة والمتظاهرين", where the fighting spread."""
        before = roles.index.words_before(m.span, _DEPLOYED_REACH)
        for k in range(len(before) - 1, -1, -1):
            if before[k] in self.cues.deployed:
                return True
            if before[k] not in _UNIT_WORDS:
                return False
        return False

    @staticmethod
    def _in_since_phrase(m: ActorMention | None, head: Span, date: DateChoice) -> bool:
        """The mention stands between a takeover's word and its date ("منذ سيطرة التنظيم عليها في آب 2014")."""
        return m is not None and date.mention is not None and head.start <= m.span.start < date.mention.span.start

    def _long_before(self, index: DocIndex, b: Built) -> bool:
        """Words that put what follows them weeks or more before the news (cue group `long_after`) stand a
        few words before the event's words in their clause ("ويأتي الهجوم بعد أشهر من طرد مقاتلي القاعدة من
        المكلا", "بعد أسابيع من مقتل خمسة مدنيين بقصف"), or anywhere before its date in its clause, a date a
        week or more before publication ("بعد أسابيع من احتجاجات مطلع أكتوبر التي قتل فيها نحو 150 شخصاً"). Not
        across a comma: "بعد أشهر من الهدوء، قصفت القوات البلدة" is news."""
        head = b.frame.head.span
        head_clause = index.position(head).clause
        before = [t.norm for t in index.tokens_before(head, 3 + _LONG_AFTER_GAP) if t.clause == head_clause]
        if self._says_long_after(before):
            return True
        dated, value, published = b.date.mention, b.date.value, index.doc.published
        if dated is None or value is None or published is None or value.latest > published - _WEEK:
            return False  # (a date of this week is the news's: "بعد أشهر من الهدوء قصفت القوات اليوم")
        date_clause = index.position(dated.span).clause
        told = index.count_before(dated.sentence, dated.span.start)
        return self._says_long_after([t.norm for t in index.tokens_before(dated.span, told) if t.clause == date_clause])

    def _had_happened(self, index: DocIndex, b: Built) -> bool:
        """The event's sentence opens with a pluperfect ("وكانت قوات حفتر قد أطلقت هجومها على طرابلس في الرابع
        من أبريل", cue group `had_done` then "قد") and its date is more than a week before publication: the
        background of the news, told again (the seed's "وكانت قوات النظام ... قد تمكنت أمس السبت" is news)."""
        dated, value, published = b.date.mention, b.date.value, index.doc.published
        if dated is None or value is None or published is None or value.latest >= published - _WEEK:
            return False  # ("وكان مقاتلو العشائر قد سيطروا على البلدة الأربعاء الماضي": last week's, news)
        sentence = b.frame.sentence
        return index.opens_with(sentence, self.cues.had_done) and "قد" in index.sentence_words(sentence)[1:_HAD_REACH]

    def _says_long_after(self, words: list[str]) -> bool:
        """Three consecutive ``words`` make a `long_after` phrase ("بعد أشهر من")."""
        return any(" ".join(words[i : i + 3]) in self.cues.long_after for i in range(len(words) - 2))

    def _by_drone(self, doc: Document, e: Event) -> bool:
        """The event's words of striking name a drone ("طائرة مسيرة"), which many sides fly."""
        told = _trigger_spans(e)
        return any(not self.cues.drone.isdisjoint(normalize_term(doc.raw(span)).split()) for span in told)

    def _aircraft_said_unknown(self, doc: Document, e: Event) -> bool:
        """The event's words of striking are followed by words that say the aircraft are unknown ("قصفت طائرات
        حربية مجهولة")."""
        told = _trigger_spans(e)
        unknown = self._aircraft_unknown
        return any(unknown.said_in(normalize_term(doc.text[span.end : span.end + 40]).split()[:3]) for span in told)

    def _one_bombardier(self, index: DocIndex, events: list[Event]) -> None:
        """When the report names one doer of all its air strikes and shelling ("غارة إسرائيلية استهدفت منزلاً
        في دير البلح"), a strike or shelling it tells without a doer ("وأصيب عدد من المواطنين بقصف مدفعي طال
        بلدة بني سهيلا") is that doer's, as the report's reader takes it: inferred, in the same country and of
        the same kind. Only when the doer is the one armed side acting and fought no armed side, and no claim
        is told with the strike: fire may have come the other way ("تعرضت قاعدة عين الأسد لهجوم بالصواريخ
        تبنته المقاومة")."""
        bombing = [e for e in events if e.sub_event_type in _BOMBARDMENTS and not e.historical]
        unidentified = self.pack.unidentified_armed_group
        for e in bombing:
            unnamed = e.actor1 is None or (e.actor1.actor_id == unidentified and "actor1" in e.inferred)
            if unnamed and self._told_as_another(index, e):
                # "وطالت غارات أخرى خلال الليلة ذاتها مديرية بني مطر": other strikes of the doer told before
                before = [
                    d
                    for d in bombing
                    if d.sentence < e.sentence and d.actor1 is not None and d.sub_event_type is e.sub_event_type
                ]
                if before:
                    doer_ref = before[-1].actor1
                    assert doer_ref is not None
                    e.actor1 = ActorRef(doer_ref.actor_id, doer_ref.name, doer_ref.inter, True)
                    e.inferred.add("actor1")
        named = {e.actor1.actor_id for e in bombing if e.actor1 is not None and not e.actor1.inferred}
        if len(named) != 1 or len(bombing) < 2:
            return
        # (of the same kind: a drone attack told after shelling by the army may be on the army)
        kinds = {e.sub_event_type for e in bombing if e.actor1 is not None}
        (doer,) = named
        actor = self.actors.get(doer)
        for e in events:
            a1 = self.actors.get(e.actor1.actor_id) if e.actor1 is not None else None
            a2 = self.actors.get(e.actor2.actor_id) if e.actor2 is not None else None
            if a2 is not None and (allied(actor, a2) or (a1 is actor and a2.side.armed)):
                return  # the doer or its allies attacked, or the doer fought an armed side that may fire back
            if a1 is not None and a1 is not actor and a1.side.armed:
                return  # another armed side acts in the report
        countries = {e.place.country for e in bombing if e.actor1 is not None and e.place is not None}
        claims = self.cues.claim_before
        for e in bombing:
            if e.actor1 is not None or e.sub_event_type not in kinds:
                continue
            if not claims.isdisjoint(index.sentence_words(e.sentence)):
                continue
            country = e.place.country if e.place is not None else ""
            if country and countries and country not in countries:
                continue
            on = e.date.earliest if e.date is not None else None
            e.actor1 = ActorRef(doer, actor.export_name(country, on), actor.inter_in(country), True)
            e.inferred.add("actor1")

    # -- pieces ------------------------------------------------------------------------------------
    def _told_as_another(self, index: DocIndex, e: Event) -> bool:
        """The event's first trigger is followed by a word of more of the same (`told_as_another`: "غارات
        أخرى", "بقصف صاروخي مماثل"): more of what was told."""
        first = next((ev for ev in e.evidence if ev.role is EvidenceRole.TRIGGER), None)
        return first is not None and not self.cues.told_as_another.isdisjoint(
            index.words_after(first.span, _ANOTHER_REACH)
        )

    def _victims_joined_a_crowd(self, index: DocIndex, b: Built) -> bool:
        """A protest word of the frame follows a word of taking part ("خلال مشاركتهم في فعاليات ... مسيرات
        العودة") within a few words, is what the dead were killed during ("برصاص قوات الاحتلال خلال مسيرات
        العودة"), or is whom the frame's fire was aimed at ("أطلقت النار ... على المتظاهرين")."""
        fired = any(t.family == "shooting" for t in (b.frame.head, *b.frame.members))
        return any(
            t.family == "protest"
            and (
                "during" in t.flags
                or not self.cues.participation.isdisjoint(index.words_before(t.span, _JOINED_REACH))
                or (fired and not self.cues.crowd_attacked.isdisjoint(index.words_before(t.span, 1)))
            )
            for t in b.frame.members
        )

    def _home_hit(self, roles: RoleFinder, b: Built) -> bool:
        """A home (cue group `dwellings`) stands right after a word of the frame, or after "على" or "أمام" next to it
        ("قنبلة يدوية على منزل", "استهدفت منزلاً")."""
        for t in (b.frame.head, *b.frame.members):
            after = roles.index.words_after(t.span, _HOME_REACH)
            if after and after[0] in _BEFORE_A_HOME:
                after = after[1:]
            if after and (after[0] in self._homes or after[0].removesuffix("ا") in self._homes):
                return True
        return False

    @staticmethod
    def _crowd_stormed(b: Built) -> bool:
        """A storming word of the frame follows its protest word ("المحتجين اقتحام")."""
        told = (b.frame.head, *b.frame.members)
        crowd = [t.span.end for t in told if t.family == "protest"]
        return bool(crowd) and any(t.family == "entry" and t.span.start >= min(crowd) for t in told)

    @staticmethod
    def _names_its_dead(doc: Document, roles: RoleFinder, trigger: Span, crowd: Span) -> bool:
        """The crowd stands a word or two from the trigger, in one stretch of text with no comma or stop
        between: "قتل أربعة متظاهرين", "أصيب ثلاثة محتجين" (not "قتل بالرصاص، ثم تجمع المحتجون")."""
        lo, hi = (trigger, crowd) if trigger.start <= crowd.start else (crowd, trigger)
        sentence = roles.index.position(crowd).sentence
        near = roles.distance(sentence, trigger, crowd) <= _CROWD_NEAR_ITS_DEAD
        return near and unbroken(doc.text[lo.end : hi.start])

    def _crowd_attacked(self, roles: RoleFinder, b: Built) -> ActorMention | None:
        """Protesters right after a word that makes them the target of a riot or attack word of the frame
        ("على المتظاهرين", "خيم المعتصمين"; cue group `crowd_attacked`), or people right after such a verb."""
        verbs = [t.span for t in (b.frame.head, *b.frame.members) if t.family in ("riot", "attack") and t.strength >= 3]
        if not verbs:
            return None
        index = roles.index
        people = None
        mentions = roles.by_sentence.get(b.frame.sentence, ())
        # (a verb opening its clause has its subject next: "هاجم مئات الشبان" are the crowd)
        inside = [v for v in verbs if not index.opens_clause(v)]
        unarmed = bool(inside) and not any(roles.actor(m).side.armed for m in mentions)
        for m in mentions:
            side = roles.actor(m).side
            if (
                unarmed
                and side is Side.CIVILIANS
                and any(v.end <= m.span.start and index.count_between(v, m.span) == 0 for v in inside)
            ):
                # "أعمال عنف استهدفت اللاجئين السوريين": the verb's object, people an unarmed crowd set upon
                people = people or m
            near = any(v.end <= m.span.start and index.count_between(v, m.span) <= _ATTACKED_REACH for v in verbs)
            if side is not Side.PROTESTERS or not near:
                continue
            before = index.words_before(m.span, 1)
            if before and before[0] in self.cues.crowd_attacked:
                return m
        return people

    @staticmethod
    def _crowd_before_its_verb(roles: RoleFinder, b: Built) -> ActorMention | None:
        """ "إن سبعة متظاهرين قتلوا برصاص القوات الأمنية": a crowd named right before a killing or injury word
        of the frame is whom it befell (a crowd kills nobody in its own toll; who did is named after)."""
        for t in (b.frame.head, *b.frame.members):
            if t.family not in _VICTIM_FAMILIES:
                continue
            for m in roles.by_sentence.get(b.frame.sentence, ()):
                if (
                    m.span.end <= t.span.start
                    and roles.actor(m).side in _CROWDS
                    and roles.distance(b.frame.sentence, m.span, t.span) == 0
                ):
                    return m
        return None

    def _home_word_abroad(self, roles: RoleFinder, m: ActorMention | None, country: str) -> bool:
        """A weak reference ("المعارضة", "الجيش الوطني") to an armed group of the pack's country, in an event
        located in another country: the word names someone else there, whom the pack cannot name."""
        if m is None or not m.anaphoric or not country or country == self.pack.country:
            return False
        actor = roles.actor(m)
        # (unless the pack says whom it names there: "الجيش الوطني" is Yemen's army in a report on Yemen)
        return not actor.side.state and actor.home_country == self.pack.country and not actor.abroad_in(country)

    def _adversary(
        self, roles: RoleFinder, a1: Actor, sentence: int, country: str, fellows: list[ActorMention]
    ) -> ActorMention | None:
        """The document's main adversary of ``a1``, unless a weak word of the pack's country names it abroad
        ("وتتهم المعارضة الرئيس" after a clash in Kenya: not the Syrian opposition)."""
        m = roles.main_adversary(a1, sentence, frozenset(f.actor_id for f in fellows))
        return None if self._home_word_abroad(roles, m, country) else m

    def _armed_told_with(self, doc: Document, b: Built) -> list[ActorMention]:
        """The armed actors named in the event's sentence or the next: who its dead may be said to belong to."""
        told = (b.frame.sentence, b.frame.sentence + 1)
        return [m for m in doc.actors if m.sentence in told and m.actor_id in self.armed]

    def _agent_of_when_noun(self, roles: RoleFinder, frame: Frame) -> ActorMention | None:
        """The armed side right after a verbal noun that follows a word of when (cue group `when_before`: "بعد
        انسحاب تنظيم داعش", "إثر انسحاب عناصر الجيش"): its agent (a partitive may stand between)."""
        head = frame.head.span
        before = roles.index.words_before(head, 1)
        if not before or before[0] not in self.cues.when_before:
            return None
        for m in roles.by_sentence.get(frame.sentence, ()):
            if m.span.start < head.end or m.actor_id not in roles.armed:
                continue
            if roles.distance(frame.sentence, head, m.span) <= 1:
                return m
        return None

    def _announces_own_losses(self, index: DocIndex, m: ActorMention) -> bool:
        """``m``, the subject of a verb of telling right before it, is followed within three words by a word of loss
        (cue group `own_losses`: "مقتل", "إصابة") and within five more by "من" and a word of its own men ("أعلنت
        وحدات مقاومة سنجار مقتل اثنين من مقاتليها")."""
        before = index.words_before(m.span, 1)
        if not before or not is_word(before[0], self.cues.reporting_verb, ("و",)):
            return False
        after = index.words_after(m.span, 8)
        loss = next((i for i, w in enumerate(after[:3]) if w in self.cues.own_losses), None)
        if loss is None:
            return False
        rest = after[loss + 1 : loss + 7]
        return any(w == "من" and i + 1 < len(rest) and rest[i + 1] in self.cues.own_forces for i, w in enumerate(rest))

    def _loss_teller(self, doc: Document, roles: RoleFinder, b: Built, a1: Actor | None) -> ActorMention | None:
        """An armed side of the event's sentence, not actor1's, telling its own losses in it (see
        :meth:`_announces_own_losses`), when the event has dead or wounded."""
        if b.fatalities == 0 and not b.frame.member_families() & _VICTIM_FAMILIES:
            return None
        for m in doc.actors:
            if m.sentence != b.frame.sentence or m.actor_id not in self.armed:
                continue
            if (a1 is None or m.actor_id != a1.id) and self._announces_own_losses(roles.index, m):
                return m
        return None

    def _mourner(self, doc: Document, roles: RoleFinder, b: Built) -> ActorMention | None:
        """An armed group named right after a verb of mourning (cue group `mourned`: "نعى", "نعت") in the event's
        sentence or the next, which counts as many of its own dead as the event has."""
        if b.fatalities == 0:
            return None
        for m in self._armed_told_with(doc, b):
            if self.cues.mourned.isdisjoint(roles.index.words_before(m.span, 2)):
                continue
            counted = [q for q in doc.quantities if q.sentence == m.sentence and q.span.start > m.span.end]
            if any(q.value == b.fatalities for q in counted):
                return m
        return None

    def _member_struck(self, doc: Document, roles: RoleFinder, b: Built) -> ActorMention | None:
        """An armed group whose member the striker says it struck, in the event's sentence or the next ("وزعم الجيش
        الإسرائيلي أنه استهدف عنصراً في حزب الله"), when one person was killed."""
        if b.fatalities != 1:
            return None
        for m in self._armed_told_with(doc, b):
            before = roles.index.words_before(m.span, _STRUCK_MEMBER_REACH)
            member = len(before) >= 3 and before[-1] in ("في", "من") and before[-2] in _MEMBER_WORDS
            if member and any(w.lstrip("و").startswith(_STRUCK) for w in before[:-2]):
                return m
        return None

    def _soldiers_dead(self, doc: Document, index: DocIndex, b: Built, country: str) -> bool:
        """Every figure of the event's dead counts soldiers or officers by name ("شهيدين عسكريين", "ضابط وجنديين"),
        in the event's own sentence, and none of another country ("ثلاثة جنود أمريكيين")."""
        figures = [q for q in doc.quantities if q.span in b.fatality_spans]
        if not figures or any(q.sentence != b.frame.sentence or q.group not in _SOLDIER_GROUPS for q in figures):
            return False
        for q in figures:
            after = index.words_after(q.span, 1)
            if not after:
                continue
            # (the adjective's plural and indefinite forms too: "أمريكيين")
            whose = self._nationality_forms.get(after[0])
            if whose is not None and whose != country:
                return False
        return True

    @staticmethod
    def _civilian_dead(doc: Document, b: Built) -> bool:
        """Every figure of the event's dead counts people or civilians by name ("18 شخصاً", "خمسة مدنيين"), or,
        for a figure that names nobody, its breakdown does ("عدد القتلى 34 بينهم سبعة أطفال") or it has none
        ("31 شهيداً"). With no dead, every figure of the wounded in its sentence does ("أصيب أربعة أشخاص بجروح إثر
        إلقاء مجهول قنبلة")."""
        spans = b.fatality_spans
        if spans:
            figures = [q for q in doc.quantities if q.span in spans]
            if all(q.sentence != b.frame.sentence and not q.group for q in figures):
                # "قتل 64 شخصاً ... وقالت الوزارة إن حصيلة القتلى بلغت 52": a later toll that names nobody counts
                # the dead the event's own sentence named
                own = [q for q in doc.quantities if q.sentence == b.frame.sentence and q.counted == "killed"]
                figures = own or figures
        else:
            figures = [q for q in doc.quantities if q.sentence == b.frame.sentence and q.counted == "injured"]
        groups: list[str] = []
        for q in figures:
            if q.group:
                groups.append(q.group)
                continue
            parts = [qp.part.group for qp in doc.quantity_parts if qp.whole is q]
            if not parts and q.counted != "killed":
                return False  # a figure of the wounded that names nobody tells nothing of who they were
            # ("ارتقى 31 شهيداً جراء تفجير انتحاري": dead that are nobody's men, with no armed side named as
            # the target, are people)
            groups.extend(parts or ["person"])
        return bool(groups) and all(g in _CIVILIAN_GROUPS for g in groups)

    @staticmethod
    def _named_by_a_place(doc: Document, index: DocIndex, frame: Frame) -> bool:
        """The frame's head is a deal's noun with a place's name right after it: "اتفاق جوبا", "اتفاقية أوسلو"."""
        head = frame.head
        if head.strength > 2 or any(t.family == "agreement" and t.strength > 2 for t in frame.members):
            return False
        return any(
            p.span.start >= head.span.end and index.count_between(head.span, p.span) == 0
            for p in doc.places
            if p.sentence == frame.sentence and p.resolved is not None and not p.cue
        )

    def _crowd_of_frame(self, doc: Document, roles: RoleFinder, b: Built) -> ActorMention | None:
        """A crowd named by one of the frame's own protest words ("المتظاهرين" read as a protest word), or the
        crowd of its gathering ("مواجهات اندلعت عقب قمع قوات الاحتلال مسيرة كفر قدوم": the march's people)."""
        words = [t.span for t in b.frame.members if t.family == "protest"]
        for m in doc.actors:
            crowd = roles.actor(m).side in _CROWDS
            if crowd and m.sentence == b.frame.sentence and any(m.span.overlaps(w) for w in words):
                return m
        if words:
            return ActorMention(span=words[0], actor_id=self.pack.protesters, sentence=b.frame.sentence, anaphoric=True)
        return None

    @staticmethod
    def _state_force_in(roles: RoleFinder, sentence: int, site_owners: bool = True) -> ActorMention | None:
        """The first state force the sentence names as a side of something (not as a source or backer; with
        ``site_owners`` false, not as the owner of a site either: "أمام مقر القيادة العامة للجيش")."""
        for m in roles.by_sentence.get(sentence, ()):
            side = roles.actor(m).side
            if side.state and side.armed and (site_owners or not _owns_the_site(roles.index, m)):
                return m
        return None

    def _organizer(self, index: DocIndex, mention: ActorMention) -> bool:
        """A word saying who called or organised the crowd stands right before the mention ("دعا إليه X",
        "بدعوة من X", "نظمته X")."""
        before = index.words_before(mention.span, 2)
        organizer = self.cues.organizer
        return bool(before) and (
            before[-1] in organizer or (before[-1] == "من" and len(before) > 1 and before[-2] in organizer)
        )

    def _former_member(self, index: DocIndex, mention: ActorMention | None) -> ActorMention | None:
        """A civilian standing for a former member of the group ``mention`` names ("القيادي السابق في فصائل
        المعارضة", "عنصر سابق في التنظيم"): the mention's place in the text, read as Civilians."""
        if mention is None:
            return None
        before = index.words_before(mention.span, 3)
        if len(before) < 2 or before[-1] not in ("في", "من") or before[-2] not in self.cues.former:
            return None
        return ActorMention(mention.span, self.pack.civilians, mention.sentence)

    def _resumes_news(self, index: DocIndex, sentence: int) -> bool:
        """The sentence opens with a phrase that goes on with the news ("وفي سياق متصل", "في غضون ذلك")."""
        opening = " ".join(t.norm for t in index.sentence_tokens(sentence)[:_OPENING_WORDS])
        return opening.startswith(self.news_resumes)

    @staticmethod
    def _subject_of(index: DocIndex, b: Built, mention: ActorMention | None) -> bool:
        """``mention`` follows the clause-initial head, a count at most between: "اقتحم مئات المحتجين"."""
        head = b.frame.head.span
        return (
            mention is not None
            and mention.span.start >= head.end
            and index.opens_clause(head)
            and index.count_between(head, mention.span) <= 1
            and index.position(head).clause == index.position(mention.span).clause
        )

    def _the_attacker(self, roles: RoleFinder, frame: Frame) -> ActorMention | None:
        """The armed actor named after an attack word of the frame and a doer's cue ("هجوم شنه عناصر من الدفاع
        الوطني", "لهجوم واسع شنته قوات الدعم السريع"), or between a verb of waging and the attack word ("شنت قوات
        الدعم السريع هجوماً"), if one is."""
        attacks = [t.span for t in (frame.head, *frame.members) if t.family == "attack"]
        if not attacks:
            return None
        index = roles.index
        performs = self._performs
        for m in roles.by_sentence.get(frame.sentence, ()):
            if not roles.actor(m).side.armed:
                continue
            before = index.words_before(m.span, _AGENT_REACH)
            if (
                before
                and before[-1] in performs
                and any(a.start >= m.span.end and index.count_between(m.span, a) == 0 for a in attacks)
            ):
                # "شنت قوات الدعم السريع هجوماً جديداً على المدينة ... وتصدت لها القوات المسلحة في اشتباكات"
                return m
            if self.cues.agent.isdisjoint(before):
                continue
            if any(a.end <= m.span.start and index.count_between(a, m.span) <= _ATTACK_TO_AGENT for a in attacks):
                return m
        return None

    def _period_after_the_day(self, index: DocIndex, date: DateChoice, head: Span) -> bool:
        """A phrase of a period (the `aggregate` group: "خلال الفترة الماضية") stands between the day and the event's
        word: the day is the telling's ("أصدر المتحدث اليوم البيان ...، أعلن فيه أن القوات تمكنت خلال الفترة الماضية
        من القبض على 300"), the period the event's."""
        if date.mention is None or date.mention.span.end > head.start:
            return False
        between = " ".join(index.words_between(date.mention.span, head))
        # (not a span since when, which compares: "شهدت الساحة اليوم أكبر تجمع احتجاجي منذ انطلاق الحراك")
        return any(p in between for p in self.tolls.aggregate_phrases if not p.startswith("منذ"))

    def _repelled_new_attack(self, index: DocIndex, doc: Document, frame: Frame, m: ActorMention) -> bool:
        """``m`` repelled a new attack the frame tells by an attack word without the article ("صد الجيش هجوماً"),
        whatever heads the frame (a toll may: "... ما أسفر عن مقتل ثلاثة جنود")."""
        return any(
            t.family == "attack"
            and not with_article(doc, t.span)
            and not _with_a_pronoun(index, t.span)  # ("تصدي الأهالي لهجومهم": the attack of those told before)
            and self._repelled_by(index, t.span, m)
            for t in (frame.head, *frame.members)
        )

    def _repelled_by(self, index: DocIndex, head: Span, m: ActorMention) -> bool:
        """``m`` is the subject of a verb of repelling the attack ``head`` tells ("صدت وحدات الجيش مساء الخميس
        الماضي هجوماً", "إن وحداتها صدت هجوماً"): the verb stands in the head's clause a few words before it, ``m``
        before the head and at most three words from the verb."""
        if m.span.end > head.start or index.position(m.span).sentence != index.position(head).sentence:
            return False
        clause = index.position(head).clause
        for t in index.tokens_before(head, _REPEL_REACH):
            if t.norm not in self.cues.repelling:
                continue
            verb = Span(t.start, t.end)
            if t.clause != clause and not _only_a_date_between(index, verb, head):
                continue  # (but over a date set off by commas: "أن وحداته صدّت، صباح الثلاثاء 12 سبتمبر، هجوماً")
            if index.count_between(m.span, verb) <= _SUBJECT_REACH:
                return True
            # "أعلنت القوات المسلحة المالية، في بيان ...، أن وحداتها صدت هجوماً": its own forces repelled it
            before = index.words_before(verb, 1)
            if m.span.end <= verb.start and before and before[0] in self.cues.own_forces:
                return True
        return False

    def _claimed(self, roles: RoleFinder, frame: Frame, r: Roles) -> None:
        """An unnamed doer of violence is the armed actor claiming it ("فجّر انتحاري حزامه الناسف ... وتبنى تنظيم
        الدولة الهجوم"; "هاجم مسلحون معسكر البعثة ... وتبنت جماعة نصرة الإسلام والمسلمين الهجوم")."""
        unnamed = self.pack.unidentified_armed_group
        # (the unnamed side of a fight told from the other's dead: "قتل 17 جندياً في اشتباكات مع مسلحين ...
        # وتبنت جماعة نصرة الإسلام والمسلمين الهجوم" is the claimant's attack on the soldiers' army)
        # (not ground retaken from them: "استعاد الجيش البلدة ... وكان التنظيم قد تبنى الهجوم عليها" claims another)
        second = (
            r.actor1 is not None
            and r.actor2 is not None
            and r.actor2.actor_id == unnamed
            and frame.family.territorial is Territorial.NONE
        )
        if r.actor1 is not None and r.actor1.actor_id != unnamed and not second:
            return
        claimed = roles.claimant(frame.sentence)
        if claimed is None:
            return
        said = roles.said_family(claimed)
        if said and said != frame.family.id:
            return  # "وقالت حماس إنها أطلقت صواريخ" claims no air strike told before
        if second:
            r.actor2 = r.actor1
            r.assoc2 = r.assoc1
            r.assoc1 = []
        r.actor1 = claimed
        if claimed is r.actor2:
            # "في هجوم انتحاري استهدف موكباً ... وتبنته حركة طالبان": read as the target for want of a doer, the
            # claimant is who did it (one attribute at a time, for mypyc)
            r.actor2 = None
            r.assoc2 = []

    def _crowd_before(self, doc: Document, index: DocIndex, b: Built, youths: bool = False) -> bool:
        """Protesters or rioters named right before the frame's first word in its clause, "قد" at most between
        ("وكان محتجون قد اقتحموا"): the verb's subject. ``youths``: young men count as a crowd too ("مجموعات
        من الشبان هاجمت مراكز أمنية")."""
        told = (b.frame.head, *b.frame.members)
        # (the crowd's own word is a protest trigger of the frame: not the verb)
        verbs = [t.span for t in told if t.sentence == b.frame.sentence and t.family not in CROWDS]
        if not verbs:
            return False
        first = min(verbs)
        clause = index.position(first).clause
        for m in doc.actors:
            if m.sentence != b.frame.sentence or m.span.end > first.start:
                continue
            side = self.actors.get(m.actor_id).side
            crowd = side in _CROWDS or (youths and side is Side.CIVILIANS and doc.raw(m.span) in _YOUTHS)
            if not crowd or index.position(m.span).clause != clause:
                continue
            if set(index.words_between(m.span, first)) <= _BEFORE_THE_VERB:
                return True
        if youths and index.opens_clause(first):
            # ("هاجمت مجموعات من الشبان مراكز أمنية": young men counted, the subject right after their verb)
            for m in doc.actors:
                if (
                    m.sentence == b.frame.sentence
                    and m.span.start >= first.end
                    and doc.raw(m.span) in _YOUTHS
                    and set(index.words_between(first, m.span)) <= _GROUPS_OF
                ):
                    return True
        return False

    def _attackers_arson(self, doc: Document, index: DocIndex, frame: Frame) -> bool:
        """A riot's words with nobody named doing them, in a sentence that tells attackers or their shooting
        (cue group `attackers_told`), after an armed group named doing violence, in a report that names no crowd:
        the attackers burned or wrecked what they did ("قتل مسلحون 14 مدنياً في هجوم على قرية ... وقال السكان
        إن المهاجمين جمعوا الرجال ... ثم أحرقوا مخازن الحبوب")."""
        if not self._attackers_told.said_in(index.sentence_words(frame.sentence)):
            return False
        if any(self.actors.get(m.actor_id).side in _CROWDS for m in doc.actors):
            return False
        return any(
            m.span.start < frame.head.span.start and (side := self.actors.get(m.actor_id).side).armed and not side.state
            for m in doc.actors
        )

    @staticmethod
    def _brought_down_unharmed(b: Built) -> bool:
        """The frame tells a weapon brought down (a `disrupted` word: "تم اعتراض الصاروخ") and no one killed or
        hurt (its harm words, if any, suppressed: "ولم ينتج عن ذلك أي إصابات")."""
        told = (b.frame.head, *b.frame.members)
        if b.fatalities or not any(t.family == "disrupted" for t in told):
            return False
        if any("landed" in t.flags for t in told):
            return False  # "تصدت الدفاعات للصواريخ وأسقطت بعضها", "فيما أصابت إحداها مستودعات": some landed
        return not any(t.family in _HARMING and not (t.flags & SUPPRESSING) for t in told)

    def _crowd_earlier_in_sentence(self, doc: Document, b: Built) -> bool:
        """Protesters or rioters are named before the frame's head in its sentence, no armed side is, and the
        head's verb is plural, as theirs ("وأضرموا النار"; not "إن الحكومة هدمت" told by one of them). (An armed
        side named after it is no doer: "وأضرموا النار في بوابتها، مرددين هتافات مؤيدة لروسيا".)"""
        sentence, head = b.frame.sentence, b.frame.head.span
        if not normalize_term(doc.raw(head)).split()[0].endswith("وا"):
            return False
        named = [
            (m, self.actors.get(m.actor_id).side)
            for m in doc.actors
            if m.sentence == sentence and m.span.end <= head.start
        ]
        return any(side in _CROWDS for _, side in named) and not any(side.armed for _, side in named)

    def _crowd_in_sentence(self, doc: Document, sentence: int) -> bool:
        """Protesters or rioters are named in the sentence ("رشق متظاهرون", "محتجين غاضبين")."""
        return any(m.sentence == sentence and self.actors.get(m.actor_id).side in _CROWDS for m in doc.actors)

    def _there(self, actor: Actor, country: str) -> Actor:
        """The actor the pack's words name in ``country`` (``abroad``), else the actor."""
        if not country or country == self.pack.country or not (other := actor.abroad_in(country)):
            return actor
        return self.actors.get(other)

    def _crowd_moving(self, doc: Document, index: DocIndex, head: Span) -> bool:
        """A crowd (protesters, rioters, civilians) is named at most two words before the entry word: its subject
        (storming a place, "حاول المحتجون اقتحامه", is the crowd's riot, not a move)."""
        if index.tokens[index.position(head).first].norm.startswith(self._storming):
            return False
        return any(
            m.span.end <= head.start
            and index.position(m.span).sentence == index.position(head).sentence
            and index.count_between(m.span, head) <= 2
            # (or of civilians: "لتفريق مجموعات من الشبان حاولوا التقدم نحو قصر المرادية")
            and self.actors.get(m.actor_id).side in _CROWD_OR_CIVILIANS
            for m in doc.actors
        )

    @staticmethod
    def _dead_named(doc: Document, sentence: int, actor_id: str, spans: list[Span]) -> bool:
        """A mention of the actor in ``sentence`` says whose the dead counted by ``spans`` were (`counted_dead_of`),
        whichever of its names the roles took ("عنصران من «وحدات مقاومة سنجار» (اليبشة)")."""
        return any(
            m.sentence == sentence and m.actor_id == actor_id and counted_dead_of(m, spans, doc.text)
            for m in doc.actors
        )

    def _counted_side(
        self, doc: Document, roles: RoleFinder, sentence: int, spans: list[Span], doer: ActorMention | None
    ) -> ActorMention | None:
        """The first armed side counted among the event's dead ``spans`` in ``sentence``, of another camp than
        the doer's (not its own dead: "و6 من مقاتلي المعارضة" after rebels took an airport)."""
        return next(
            (
                m
                for m in doc.actors
                if m.sentence == sentence
                and m.actor_id in self.armed
                and counted_dead(m, spans)
                and (doer is None or roles.actor(m).side is not roles.actor(doer).side)
            ),
            None,
        )

    def _same_force(self, a: ActorMention, b: ActorMention, country: str) -> bool:
        """Two mentions export as one actor where the event happens."""
        return self._ref(a, country, True).actor_id == self._ref(b, country, True).actor_id

    def _actor_in(self, m: ActorMention, country: str, on: dt.date | None) -> ActorRef:
        """The actor a mention exports as in ``country`` on day ``on``."""
        return self._ref(m, country, False, on)

    def _ref(self, m: ActorMention, country: str, inferred: bool, on: dt.date | None = None) -> ActorRef:
        """The exported actor: its ACLED name where the event happens and as of the event's first day."""
        key = (m.actor_id, m.country, m.anaphoric, country, inferred, on)
        found = self._refs.get(key)
        if found is None:
            if len(self._refs) >= _REFS_KEPT:
                self._refs.clear()
            found = self._refs[key] = self._work_out_ref(m, country, inferred, on)
        return found

    def _work_out_ref(self, m: ActorMention, country: str, inferred: bool, on: dt.date | None) -> ActorRef:
        actor = self.actors.get(m.actor_id)
        if m.country:
            # a generic force of the country its adjective named ("جندي بريطاني" in Helmand): external there;
            # people of the country theirs named ("اللاجئين السوريين" in Kayseri) stay civilians
            inter = actor.inter if m.country == country or not country or not actor.side.state else 8
            return ActorRef(actor.id, actor.export_name(m.country, on), inter, inferred)
        home = actor.home_country
        if (not country or country in (self.pack.country, home) or not home) and (other_id := actor.named_on(on)):
            # "جهاز الأمن العام" in Idlib before December 2024, "الجنجويد" in Darfur in 2004, "قوات التحالف" in Iraq
            # in 2004 (not abroad, where the words name another country's force)
            actor = self.actors.get(other_id)
        there = self._there(actor, country)
        if there is not actor:
            actor = there  # "قوى الأمن الداخلي" at a Beirut checkpoint
        elif m.anaphoric and country and country != self.pack.country and actor.home_country == self.pack.country:
            # "اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم": the army of where it happened
            actor = self.actors.counterpart(actor.id, country, generic=True, on=on) or actor
        return ActorRef(actor.id, actor.export_name(country, on), actor.inter_in(country), inferred)

    @staticmethod
    def _in_grievance(doc: Document, frame: Frame, actor: ActorMention) -> bool:
        """``actor`` is named in what the crowd reacts to: after a trigger of its sentence flagged as the
        cause ("بعد مقتل شاب برصاص قوات الأمن"), not as the side the crowd faced."""
        return any(
            t.sentence == frame.sentence
            and "cause" in t.flags
            and frame.head.span.end <= t.span.start < actor.span.start
            for t in doc.triggers
        )

    @staticmethod
    def _recalls(doc: Document, index: DocIndex, frame: Frame, kinds: dict[EventType, DateChoice]) -> DateChoice | None:
        """The remembered event's date when the frame names that kind of event again by its definite word, with
        no date, count of people or actor in its sentence ("ذوو الضحايا" and "مقبرة الشهداء" beside it count
        nobody); else None."""
        kind = frame.family.event_type
        if kind not in kinds or not index.tokens[index.position(frame.head.span).first].norm.startswith("ال"):
            return None
        si = frame.sentence
        if any(d.sentence == si for d in doc.dates) or any(m.sentence == si for m in doc.actors):
            return None
        return None if any(q.sentence == si and q.counted for q in doc.quantities) else kinds[kind]

    def _after_grievance_word(self, index: DocIndex, actor: ActorMention) -> bool:
        """A grievance word stands a few words before ``actor`` in its clause: the actor is named in what the
        crowd protests against ("احتجاجاً على لقاء وزيرة الخارجية بنظيرها الإسرائيلي"), not the side it faced."""
        return index.said_before_in_clause(actor.span, _GRIEVANCE_REACH, with_conjunctions(self.cues.grievance))

    def _events(self, doc: Document, roles: RoleFinder, b: Built, controllers: dict[str, ActorMention]) -> list[Event]:
        r = b.roles
        country = b.places[0].place.country if b.places else self.state_forces.document_country(doc)
        on = b.date.value.earliest if b.date.value is not None else None  # a renamed actor's name as of then
        if self._home_word_abroad(roles, r.actor1, country):
            # "مفرزة للجيش الوطني الشعبي" in Algeria: a word that names a Syrian group only in Syria's news
            r.actor1 = None
            r.assoc1 = []
        if self._home_word_abroad(roles, r.actor2, country):
            r.actor2 = None
            r.assoc2 = []
        # (nor beside a side: "اشتباكات مع الجيش الكونغولي وميليشيات وازاليندو المتحالفة معه" names no Syrian
        # militia)
        r.assoc1 = [m for m in r.assoc1 if not self._home_word_abroad(roles, m, country)]
        r.assoc2 = [m for m in r.assoc2 if not self._home_word_abroad(roles, m, country)]
        if b.frame.family.id == "riot" and r.actor1 is None and self._attackers_arson(doc, roles.index, b.frame):
            return []  # "قتل مسلحون 14 مدنياً ... ثم أحرقوا مخازن الحبوب": the attackers' own arson, no riot
        if r.actor1 is None and r.actor2 is not None and (r.taken_from or b.frame.family.id == "clash"):
            # "أعلن رئيس الوزراء استعادة مدينة الحويجة من تنظيم داعش": ground taken from a named side by nobody
            # named was taken by that side's main adversary in the report; so is the other side of a fight
            # with one side named ("مقتل 11 من مقاتلي القوات الموالية للحكومة في اشتباكات مع قوات حفتر")
            loser = roles.actor(r.actor2)
            taker = self._adversary(roles, loser, b.frame.sentence, country, []) if loser.side.armed else None
            # (not the loser's own force under another word: "ثلاثة جنود" in Hakkari are Turkey's army too)
            if taker is not None and self._same_force(taker, r.actor2, country):
                taker = None
            if taker is not None:
                r.actor1, r.actor1_inferred = taker, True
        if (
            r.actor1 is not None
            and r.actor2 is not None
            and not r.actor1_inferred
            and roles.actor(r.actor2).side.armed
            and self._announces_own_losses(roles.index, r.actor1)
        ):
            # "أعلنت وحدات مقاومة سنجار مقتل اثنين من مقاتليها بقصف طائرة مسيّرة تركية": the side telling its own
            # losses was struck, the other did it
            r.actor1, r.actor2, r.assoc1, r.assoc2 = r.actor2, r.actor1, r.assoc2, r.assoc1
            r.actor2_inferred = False
        a1 = roles.actor(r.actor1) if r.actor1 else None
        actor2_mention, actor2_inferred = r.actor2, r.actor2_inferred
        # (not for a takeover a span is counted from, whose words alone name its sides: see since_taken.py)
        if (
            actor2_mention is None
            and a1 is not None
            and b.frame.family.event_type is EventType.BATTLES
            and "since_taken" not in b.frame.head.flags
            and not a1.attacks_civilians
        ):
            previous = controllers.get(b.places[0].place.place_id) if b.places else None
            if previous is not None and not allied(a1, roles.actor(previous)):
                actor2_mention = previous  # the side the text last said held the place
            else:
                actor2_mention = self._adversary(roles, a1, b.frame.sentence, country, r.assoc1)
            if actor2_mention is not None and actor2_mention.actor_id == self.pack.unidentified_armed_group:
                # "هاجم مسلحون المعسكر ... وتبنت جماعة نصرة الإسلام الهجوم": the gunmen are the claimant's own,
                # and nobody unnamed is the other side of a fight by inference
                actor2_mention = None
            actor2_inferred = actor2_mention is not None
        if actor2_mention is None:
            for m in b.frame.members:
                victim = roles.victim_after(b.frame.sentence, m.span) if m.family in _VICTIM_FAMILIES else None
                if victim is not None and (a1 is None or not allied(a1, roles.actor(victim))):
                    actor2_mention, actor2_inferred = victim, False
                    break
        if actor2_mention is None:
            actor2_mention = self._crowd_before_its_verb(roles, b)
        if (
            r.actor1 is None
            and actor2_mention is not None
            and not r.named_target
            and actor2_mention.actor_id == self.pack.unidentified_armed_group
            and not roles.named_as_target(actor2_mention)  # "بحثاً عن فلول النظام": whom they sought
        ):
            # "ترجل منها 3 مسلحين أطلقوا النار": unnamed gunmen are who attacked, not whom
            r.actor1, actor2_mention, actor2_inferred = actor2_mention, None, False
            a1 = roles.actor(r.actor1)
        former = self._former_member(roles.index, actor2_mention)
        if former is not None:
            # "اغتال مسلحون القيادي السابق في فصائل المعارضة": who left a group is a civilian (ACLED)
            actor2_mention, actor2_inferred = former, False
        a2 = roles.actor(actor2_mention) if actor2_mention else None
        if b.frame.family.id in ("protest", "riot") and a2 is not None and a2.side is Side.CIVILIANS:
            actor2_mention, a2 = None, None  # "خرج المئات من أهالي المدينة في مظاهرة": the protesters themselves
            if b.frame.family.id == "riot":
                # "رشق مئات الشبان مراكز للشرطة بالحجارة ... فيما ردت قوات الأمن بالغاز": the state's force
                # named in the riot's sentence is whom the crowd met
                actor2_mention = next(
                    (m for m in doc.actors if m.sentence == b.frame.sentence and roles.actor(m).side.state), None
                )
                a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        if b.frame.family.id == "clash" and a2 is not None and a2.side is Side.CIVILIANS:
            # "اشتبكت قوات النظام مع مقاتلين ... ما أدى إلى مقتل مدني": civilians killed in a fight between
            # armed sides are its casualties, not a side of it; the event stays a battle (ACLED)
            actor2_mention = self._adversary(roles, a1, b.frame.sentence, country, r.assoc1) if a1 is not None else None
            actor2_inferred = actor2_mention is not None
            a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        if a1 is not None and a1.side.state and a2 is not None and a2.side is Side.CIVILIANS and actor2_mention:
            # "أطلقت قوات الأمن الرصاص الحي على المصلين والمحتجين": the crowd named with the people fired on is
            # whom the force met
            crowd = self._crowd_of_frame(doc, roles, b)
            if (
                crowd is not None
                and crowd.span.start >= actor2_mention.span.end
                and roles.index.count_between(actor2_mention.span, crowd.span) == 0
            ):
                actor2_mention, a2 = crowd, roles.actor(crowd)
        family = b.frame.family.id
        crowd_fought = False
        unnamed_crowd = (
            self._crowd_of_frame(doc, roles, b)
            if a1 is None and a2 is not None and a2.side.state and family in _CLASH_OR_FORCE
            else None
        )
        if unnamed_crowd is not None and a2 is not None:
            # a force and a crowd the roles left out, "مصادمات بين الشرطة وآلاف المتظاهرين", "جرح عدد كبير
            # خلال تفريق الشرطة لمتظاهرين": a fight between them ("صدامات مع متظاهرين", "إشكال بين الجيش
            # ومتظاهرين"), or the force's own people hurt, is the crowd's riot; force used on it, the force's
            fought = family == "clash" or any(t.family == "clash" for t in b.frame.members)
            between = "بين" in roles.index.words_before(actor2_mention.span, 2) if actor2_mention else False
            if fought or between or r.named_target:
                r.actor1, a1 = unnamed_crowd, roles.actor(unnamed_crowd)
                crowd_fought = True
            else:
                r.actor1, a1 = actor2_mention, a2
                actor2_mention, actor2_inferred = unnamed_crowd, False
                a2 = roles.actor(unnamed_crowd)
        # "اشتبك المتظاهرون مع الجنود", "هاجم متظاهرون المقر": a demonstration that turns to fighting is a
        # riot (ACLED), the crowd actor1 (as Rioters) and the force it fought actor2. A force that attacks
        # a crowd ("هاجمت قوات الأمن المتظاهرين") is a protest met with force, see below.
        crowd1 = a1 is not None and a1.side in _CROWDS
        crowd2 = a2 is not None and a2.side in _CROWDS
        rioting = (
            crowd_fought
            or (family == "clash" and (crowd1 or crowd2))
            or (family == "attack" and crowd1)
            # "وكان محتجون قد اقتحموا مبنى القنصلية وأضرموا النار فيه": a crowd storming or burning
            # (young men too, with no armed side: "مجموعات من الشبان هاجمت مراكز أمنية وأضرمت النار في سيارات")
            or (
                family in ("looting", "entry", "attack")
                and (
                    (crowd1 and family != "attack")
                    or (a1 is None and self._crowd_before(doc, roles.index, b, youths=True))
                )
            )
            # "حاول محتجون في مدينة سليانة اقتحام مقر الولاية وأضرموا النار في حاوية": the crowd its sentence
            # named before burns, no armed side named there
            # (the crowd itself read as what was burnt is no other side: "تجمع آلاف من أنصار المجلس العسكري ...
            # وأضرموا النار في بوابتها")
            or (
                family == "looting"
                and a1 is None
                and (a2 is None or crowd2)
                and self._crowd_earlier_in_sentence(doc, b)
            )
            # "اقتحم مئات المحتجين مبنى السفارة", "هاجم متظاهرون المقر": the crowd is the verb's subject
            or (
                family in ("attack", "entry")
                and crowd2
                and a1 is None
                and self._subject_of(roles.index, b, actor2_mention)
            )
        )
        # "قتل أربعة متظاهرين ... عندما أطلقت قوات الأمن العراقية الرصاص على محتجين": the crowd's dead, named
        # beside a word of the frame ("قتل", "أصيب"), with the force named in another clause of the sentence
        # (or nowhere) are a protest met with force ("دفن الشاب الذي قتل بالرصاص، ثم تجمع المحتجون" is not)
        crowd_dead = (
            not rioting
            and crowd2
            and a1 is None
            and family in _FORCE_ON_CROWDS
            and actor2_mention is not None
            and any(
                self._names_its_dead(doc, roles, t.span, actor2_mention.span) for t in (b.frame.head, *b.frame.members)
            )
        )
        if crowd_dead:
            r.actor1 = self._state_force_in(roles, b.frame.sentence)
            a1 = roles.actor(r.actor1) if r.actor1 is not None else None
        # "استشهد سبعة مواطنين برصاص قوات الاحتلال خلال مشاركتهم في مسيرات العودة": the dead took part in the
        # crowd's march, so they were its protesters
        joined = (
            not rioting
            and not crowd2
            and (a2 is None or a2.side is Side.CIVILIANS)
            and a1 is not None
            and a1.side.armed
            and self._victims_joined_a_crowd(roles.index, b)
        )
        # (a state force storming where the crowd is: "قتل ثلاثة محتجين عندما اقتحمت قوات مكافحة الشغب دوار
        # اللؤلؤة", force used on the crowd, not a fight the crowd took up)
        stormed = (
            family == "entry"
            and a1 is not None
            and a1.side.state
            # (not the crowd storming a force's post in a fight: "مواجهات بين متظاهرين وحاجز للجيش حاولوا اجتياحه")
            and all(t.family != "clash" for t in b.frame.members)
        )
        repressed = (
            not rioting
            and (crowd2 or joined)
            and (family in _FORCE_ON_CROWDS or stormed)
            and ((a1 is not None and a1.side.armed) or crowd_dead)
        )
        # the crowd met with force burnt or looted what it stormed ("أطلقت الشرطة الرصاص الحي على محتجين اقتحموا
        # مبنى البرلمان وأضرموا النار في جزء منه"): a violent crowd, whatever force met it
        crowd_violent = repressed and (
            (
                crowd2
                and actor2_mention is not None
                and any(
                    t.family == "looting" and t.strength >= 3 and t.span.start > actor2_mention.span.end
                    for t in b.frame.members
                )
            )
            # ("لقي ثلاثة أشخاص مصرعهم برصاص الدرك خلال محاولة مجموعة من المحتجين اقتحام مركز الدرك": the crowd the
            # dead were of was storming the force's post)
            or (joined and self._crowd_stormed(b))
        )
        if rioting or repressed:
            opponent = next(
                (
                    m
                    for m, x in ((r.actor1, a1), (actor2_mention, a2))
                    if m is not None
                    and x is not None
                    and x.side not in _CROWDS
                    # (nor the young men who rioted: "هاجمت مجموعات من الشبان مراكز أمنية")
                    and not (x.side is Side.CIVILIANS and doc.raw(m.span) in _YOUTHS)
                ),
                None,
            )
            r.actor1, a1 = None, None
            actor2_mention, actor2_inferred = opponent, False
            a2 = roles.actor(opponent) if opponent is not None else None
        unclaimed = (
            not (rioting or repressed)
            and a1 is None
            and a2 is not None
            and a2.side.armed
            and b.frame.family.id in _UNCLAIMED_ATTACKS
            and (r.named_target or b.frame.family.id not in _HARMING)
        )
        if unclaimed:  # "قتل عنصر من قوات النظام برصاص قناص": armed people attacked by someone unnamed
            a1 = self.actors.get(self.pack.unidentified_armed_group)
        mob = None
        # (not what the crowd rose over: "هاجم حشد من الشبان الغاضبين خيماً للاجئين ... إثر مقتل شاب")
        told = (b.frame.head, *b.frame.members)
        mob_words = [t for t in told if t.family in _MOB_FAMILIES and "cause" not in t.flags]
        if not (rioting or repressed or unclaimed) and r.actor1 is None and family in _MOB_FAMILIES and mob_words:
            for t in sorted(mob_words, key=lambda t: t.span.start):
                if (said := roles.crowd_subject(b.frame.sentence, t.span)) is not None:
                    mob = Mob(*said)
                    break
            else:
                # "أقدم عدد من الأهالي الغاضبين على ضرب شاب متهم بخطف طفل حتى الموت": the crowd where the doer is
                mob = self.mobs.of_frame(roles, b, doer=True)
        if mob is not None:
            # "اعتدى حشد من الأهالي على شاب متهم بالسرقة": a crowd of civilians attacking someone (ACLED Riots /
            # Mob violence), Rioters actor1, the person they attacked actor2
            sub = SubEventType.MOB_VIOLENCE
            a1, r.assoc1 = None, []
            actor2_mention, actor2_inferred, r.assoc2 = mob.victim, False, []
            a2 = roles.actor(mob.victim) if mob.victim is not None else None
        elif rioting or crowd_violent:
            sub = SubEventType.VIOLENT_DEMONSTRATION
        elif repressed:
            # ACLED: excessive force is lethal or seriously injuring force; shots to disperse are intervention
            # (the killing told after the fire: "فتحت الشرطة النار على المتظاهرين فقتلت اثنين منهم")
            told = (b.frame.head, *b.frame.members)
            lethal = b.fatalities > 0 or any([self.sub_types.serious(roles.index, t) for t in told])
            sub = SubEventType.EXCESSIVE_FORCE if lethal else SubEventType.PROTEST_WITH_INTERVENTION
        else:
            # (the actor the words name where it happens: "الجيش الوطني" takes ground as Yemen's army in Yemen)
            there = self._there(a1, country) if a1 is not None else None
            sub = self.sub_types.sub_type(doc, roles.index, b, there, a2, country)
            if sub in _BOMBARDMENTS and self._brought_down_unharmed(b):
                # "رصدت الدفاعات إطلاق صاروخ باليستي ... وقد تم اعتراض الصاروخ وتدميره ولم ينتج عن ذلك أي إصابات":
                # a weapon brought down before it harmed anyone (ACLED: Disrupted weapons use), its launcher the
                # side whose weapon it was
                sub = SubEventType.DISRUPTED_WEAPONS
                if actor2_mention is None and r.actor1 is not None:
                    actor2_mention, actor2_inferred, r.assoc2 = r.actor1, r.actor1_inferred, r.assoc1
                    r.actor1, a1, r.assoc1 = None, None, []
                    a2 = roles.actor(actor2_mention)
        if (
            sub is SubEventType.ARMED_CLASH
            and foiled(b.frame.head)
            and a1 is not None
            and a1.side.state
            and (a2 is None or not a2.side.state)
        ):
            # "أعلن المتحدث العسكري إحباط هجوم إرهابي استهدف أحد الارتكازات ... ما أسفر عن استشهاد ضابط": the fight
            # of a foiled attack was begun by the attackers (ACLED: actor1 initiates), the force that foiled it the
            # other side
            r.actor1, r.actor1_inferred, actor2_mention, actor2_inferred = (
                actor2_mention,
                actor2_inferred,
                r.actor1,
                r.actor1_inferred,
            )
            r.assoc1, r.assoc2 = r.assoc2, r.assoc1
            a1, a2 = a2, a1
            if r.actor1 is None and (claimant := roles.claimant(b.frame.sentence)) is not None:
                # "... أحبطت هجوماً إرهابياً ... . وتبنى تنظيم ولاية سيناء الهجوم": the attackers who claimed it
                r.actor1, r.actor1_inferred, a1 = claimant, False, roles.actor(claimant)
            unclaimed = unclaimed or r.actor1 is None  # (attackers nobody named: ACLED's unidentified armed group)
        if sub is SubEventType.ARMED_CLASH and a2 is not None and a2.side in _CROWDS and (a1 is None or a1.side.armed):
            # "قتل ثلاثة محتجين بنيران حراس مقر أحد الفصائل بعدما حاول المحتجون اقتحامه": a fight with a crowd
            # is the crowd's riot (ACLED), and the armed side is the one it met
            sub = SubEventType.VIOLENT_DEMONSTRATION
            actor2_mention, actor2_inferred = r.actor1, False
            r.actor1, a1 = None, None
            a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        if sub is SubEventType.PROTEST_WITH_INTERVENTION and actor2_mention is None:
            # "تجمع مئات الشبان ... قبل أن تفرقهم قوات مكافحة الشغب": the force that broke the crowd up, the
            # sentence's state force (not one owning the site the crowd stood at: "أمام مقر القيادة العامة للجيش")
            actor2_mention = self._state_force_in(roles, b.frame.sentence, site_owners=False)
            actor2_inferred = False
            a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        if (
            sub is SubEventType.VIOLENT_DEMONSTRATION
            # (not the force's fire on the violent crowd: "فتحت الشرطة النار على محتجين ... أضرموا النار")
            and not crowd_violent
            and (attacked := self._crowd_attacked(roles, b)) is not None
        ):
            # "هاجم مئات الشبان من مناصري الحزبين خيم المعتصمين واعتدوا على المتظاهرين": a crowd that attacks
            # protesters is a mob (ACLED: Riots / Mob violence), the protesters its target
            sub = SubEventType.MOB_VIOLENCE
            r.actor1, a1, r.assoc1, r.assoc2 = None, None, [], []
            actor2_mention, actor2_inferred = attacked, False
            a2 = roles.actor(attacked)
        if (
            sub is SubEventType.VIOLENT_DEMONSTRATION
            and (a1 is None or a1.side is Side.CIVILIANS)
            # (not a crowd that met a force: "مواجهات بين عشرات الشبان وجنود الاحتلال")
            and (a2 is None or not a2.side.armed)
            and (residents := self.mobs.of_frame(roles, b)) is not None
        ):
            # "هاجم عشرات من أهالي القرية منزل شاب متهم بقتل جاره وأضرموا فيه النار": a crowd of residents, no
            # demonstrators, setting on a person or on homes is a mob, the person its target
            sub = SubEventType.MOB_VIOLENCE
            r.actor1, a1, r.assoc1, r.assoc2 = None, None, [], []
            actor2_mention, actor2_inferred = residents.victim, False
            a2 = roles.actor(residents.victim) if residents.victim is not None else None
        if sub is SubEventType.ARRESTS and a1 is not None and a1.side is Side.UNIDENTIFIED:
            # "داهم مسلحون ملثمون منزله واقتادوا شقيقه إلى جهة مجهولة": gunmen take, they do not arrest
            sub = SubEventType.ABDUCTION
        if (
            sub.event_type is EventType.BATTLES
            and b.frame.family.territorial in (Territorial.ENTRY, Territorial.CAPTURE)
            and no_fighting(doc, b.frame, self.sub_types.unresisted)
            # (ground a side claims to hold, "وادعت قوات الدعم السريع سيطرتها على المطار": the fight is what is known)
            and not self.sub_types.claimed(roles.index, b.frame.head)
        ):
            # "توغلت قوة إسرائيلية في قرية السويسة ... دون تسجيل مواجهات": ground entered or taken with no
            # fight is no battle (ACLED: a non-violent transfer, or another strategic development)
            entered = b.frame.family.territorial is Territorial.ENTRY
            sub = SubEventType.OTHER if entered else SubEventType.NON_VIOLENT_TRANSFER
            actor2_mention, a2 = (None, None) if entered else (actor2_mention, a2)
        if (
            b.frame.family.territorial is not Territorial.NONE
            and self.sub_types.negotiated(doc, b.frame)
            and (
                sub in (SubEventType.OTHER, SubEventType.NON_VIOLENT_TRANSFER)
                or (sub.event_type is EventType.BATTLES and not self.sub_types.claimed(roles.index, b.frame.head))
            )
        ):
            # "دخلت وحدات من الجيش إلى حي درعا البلد ... بموجب اتفاق التسوية": a negotiated hand-over (ACLED)
            sub = SubEventType.AGREEMENT
        if sub.event_type in (EventType.PROTESTS, EventType.RIOTS):
            # "تجمع دعا إليه حزب الله وحركة أمل", "احتشد الآلاف بدعوة من حزب الله": who called the crowd marches
            # with it (its associated actor), it is neither the crowd's target nor the crowd
            callers = roles.by_sentence.get(b.frame.sentence, [])
            callers = [m for m in callers if self._organizer(roles.index, m)]
            if actor2_mention in callers:
                actor2_mention, a2 = None, None
            if r.actor1 in callers:
                r.actor1, a1 = None, None
            called = {a.actor_id for a in r.assoc1}
            for caller in callers:
                if caller.actor_id not in called:
                    r.assoc1 = [*r.assoc1, caller]
                    called.add(caller.actor_id)
        crowd_event = family in ("protest", "riot") and not (rioting or repressed)
        # the crowd of the exported event is named in the clause, not inferred from the event word alone
        crowd_named = rioting or repressed or mob is not None
        if (
            family == "riot"
            and crowd_event
            and a1 is not None
            and a1.side.armed
            and not a1.side.state  # a state's force in a riot's sentence is what the crowd confronted
            and a1.side not in _CROWDS
            and r.actor1 is not None
            and not self._crowd_in_sentence(doc, b.frame.sentence)
        ):
            # "هاجم مستوطنون القرية وأحرقوا منازل": an armed group's own arson, no crowd's riot: an attack
            # on the place's people
            crowd_event, sub = False, SubEventType.ATTACK
            actor2_mention, a2, r.assoc2 = None, None, []
        if crowd_event and a1 is not None and a1.side.armed:
            # "فرقت قوات الأمن تظاهرة", "رشق متظاهرون دورية للشرطة": the crowd is actor1 (ACLED), the force
            # it met actor2
            if actor2_mention is None or not roles.actor(actor2_mention).side.armed:
                actor2_mention, actor2_inferred = r.actor1, False
                r.assoc2 = r.assoc1
            r.actor1, a1, r.assoc1 = None, None, []
            crowd_named = True
        if crowd_event and sub is SubEventType.PEACEFUL_PROTEST:
            actor2_mention, r.assoc2 = None, []  # "رفضاً لفتح معابر مع مناطق النظام": its subject is no side
        elif family in ("protest", "riot") and actor2_mention is not None and self._deployed(roles, actor2_mention):
            # "أقدم مودعون غاضبون على تحطيم واجهات المصارف ... قبل أن تنتشر قوة من الجيش في المكان": a force that
            # deployed after the crowd met nobody
            actor2_mention, r.assoc2 = None, []
        a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        fought = any(t.family == "clash" for t in (b.frame.head, *b.frame.members))  # "واندلعت اشتباكات مع"
        if (
            sub is SubEventType.ARMED_CLASH
            and a2
            and (
                (a2.side is Side.CIVILIANS and not fought)
                or (b.frame.family.id in ("killing", "shooting") and not a2.side.armed)
            )
        ):
            # "اقتحمت قوات الدعم السريع مخيم زمزم وأطلقت النار على النازحين": armed men against civilians are
            # no battle (ACLED: a battle has two armed sides), they attack civilians
            sub = SubEventType.ATTACK
        elif (
            sub is SubEventType.ARMED_CLASH
            and a2 is None
            and not fought
            and a1 is not None
            and a1.side.armed
            and b.fatalities > 0
            and self._civilian_dead(doc, b)
        ):
            # "هاجم مسلحون من عصابة غران غريف بلدة ... وقتلوا 15 شخصاً": an armed attack with no other armed side
            # and no fight told, whose dead are people, is an attack on them
            sub = SubEventType.ATTACK
        # ACLED flags civilian targeting on violent events only, not on arrests or other developments
        # (ACLED flags excessive force against protesters too: the crowd, unarmed, is the target)
        civilian = (
            sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
            or sub is SubEventType.EXCESSIVE_FORCE
            or (a2 is not None and a2.side is Side.CIVILIANS and sub.event_type in _VIOLENT_TYPES)
        )
        if (
            sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
            and a2 is None
            and a1 is not None
            and a1.side is Side.CIVILIANS
            and not r.assoc1
        ):
            # "عثر الأهالي على جثة لرجل ... قتل بالرصاص": the civilians named before a passive killing word are
            # its victims; in ACLED civilians attack nobody
            actor2_mention, actor2_inferred, a2 = r.actor1, False, a1
            r.actor1, a1 = None, None
        if (
            sub.event_type in (EventType.EXPLOSIONS, EventType.BATTLES)
            and (a2 is None or a2.side is Side.CIVILIANS)
            and (teller := self._loss_teller(doc, roles, b, a1)) is not None
        ):
            # "أعلن حزب الله استشهاد اثنين من عناصره بغارة لطائرة مسيّرة إسرائيلية": the side telling its own losses
            # was struck
            actor2_mention, actor2_inferred, a2 = teller, False, roles.actor(teller)
            civilian = False
        # "ما أسفر عن مقتل 18 شخصاً، معظمهم من الطلاب": a bomb or strike whose counted dead are people, with no
        # armed side named as its target, struck civilians (ACLED)
        civilians_dead = sub.event_type is EventType.EXPLOSIONS and a2 is None and self._civilian_dead(doc, b)
        people_hit = civilians_dead or (
            sub.event_type is EventType.EXPLOSIONS and a2 is not None and a2.side is Side.CIVILIANS
        )
        if people_hit and (mourner := self._mourner(doc, roles, b) or self._member_struck(doc, roles, b)) is not None:
            # "استهدفت مسيّرة إسرائيلية سيارة ... ما أدى إلى استشهاد شخصين. ونعى حزب الله اثنين من عناصره": the dead
            # a group mourns as its own, as many as the event's, were its men, no civilians
            civilians_dead, civilian = False, False
            actor2_mention, actor2_inferred, a2 = mourner, False, roles.actor(mourner)
        # (and a mob's, whose violence is on people or their homes: "أحرق حشد غاضب كنائس ومنازل لمسيحيين")
        mob_on_homes = sub is SubEventType.MOB_VIOLENCE and a2 is None
        # (and a grenade or a bomb on a home with nobody named in it: "ألقى مجهولون قنبلة يدوية على منزل ضابط
        # متقاعد"; not shells or strikes, which fall on houses wherever they aim)
        home_blast = (
            sub in _THROWN_OR_PLANTED and a2 is None and actor2_mention is None and self._home_hit(roles, b)
        )
        on_homes = mob_on_homes or home_blast
        civilian = civilian or civilians_dead or on_homes
        if (sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS and a2 is None) or civilians_dead or on_homes:
            civ = self.actors.get(self.pack.civilians)
            a2_ref: ActorRef | None = ActorRef(civ.id, civ.export_name(country), civ.inter, inferred=True)
        else:
            a2_ref = self._ref(actor2_mention, country, actor2_inferred, on) if actor2_mention else None
        if (
            a2_ref is None
            and sub.event_type is EventType.EXPLOSIONS
            and country
            and self.pack.state_military
            and self._soldiers_dead(doc, roles.index, b, country)
        ):
            # "أدى العدوان إلى ارتقاء شهيدين عسكريين": the soldiers a strike or a blast killed are the state's
            # forces where it happened (inferred)
            mil = self.actors.counterpart(self.pack.state_military, country, generic=True, on=on)
            if mil is not None and (a1 is None or mil.id != a1.id):
                a2_ref = ActorRef(mil.id, mil.export_name(country, on), mil.inter, inferred=True)
        # "تظاهر الأهالي", "أضرم محتجون النار": the people named by the crowd's own words are its crowd
        crowd_in_words = a1 is not None and (a1.side in _CROWDS or a1.side is Side.CIVILIANS)
        if sub.event_type is EventType.PROTESTS and (a1 is None or crowd_in_words):
            p = self.actors.get(self.pack.protesters)
            a1_ref: ActorRef | None = ActorRef(
                p.id, p.export_name(country), p.inter, inferred=not (crowd_named or crowd_in_words)
            )
        elif sub.event_type is EventType.RIOTS and (a1 is None or crowd_in_words):
            p = self.actors.get(self.pack.rioters)
            a1_ref = ActorRef(p.id, p.export_name(country), p.inter, inferred=not (crowd_named or crowd_in_words))
        elif r.actor1 is None and (unclaimed or b.frame.family.id in _UNCLAIMED_BOMBS or sub in _BOMB_SUB_TYPES):
            # nobody named for an IED, car bomb or suicide attack: ACLED's unidentified armed group
            u = self.actors.get(self.pack.unidentified_armed_group)
            a1_ref = ActorRef(u.id, u.export_name(country), u.inter, inferred=True)
        else:
            a1_ref = self._ref(r.actor1, country, r.actor1_inferred, on) if r.actor1 else None
        taken = sub in _TAKEN_FROM_CIVILIANS
        if taken and a2_ref is None and a1_ref is not None and a1_ref.actor_id != self.pack.civilians:
            # "اعتقلت قوات الأمن شخصين", "هدمت قوات الاحتلال منزلين": whom an arrest took, or whose property was
            # destroyed, are civilians unless an armed side is named (ACLED)
            civ = self.actors.get(self.pack.civilians)
            a2_ref = ActorRef(civ.id, civ.export_name(country), civ.inter, inferred=True)
        if (
            sub.event_type in (EventType.RIOTS, EventType.PROTESTS)
            and sub is not SubEventType.MOB_VIOLENCE
            and a2 is not None
            and a2.side in _CROWDS
        ):
            a2_ref, actor2_mention = None, None  # "أغلق محتجون غاضبون الطريق": the crowd is not its own target
            force = self._state_force_in(roles, b.frame.sentence, site_owners=False)
            if sub is SubEventType.VIOLENT_DEMONSTRATION and force is not None and not self._deployed(roles, force):
                # "اندلعت مواجهات بين محتجين وقوات الأمن ... حيث رشق شبان دوريات الشرطة": the force its sentence
                # names is whom the crowd met
                actor2_mention = force
                a2_ref = self._ref(force, country, False, on)
        if (
            a1_ref is not None
            and a2_ref is not None
            and (a1_ref.actor_id == a2_ref.actor_id or a1_ref.name == a2_ref.name)
            and not r.both_sides
        ):
            # one mention read twice (the agent inside the event words and the first actor after them):
            # a side does not fight itself; the target is left unknown rather than made up
            a2_ref, actor2_mention = None, None
        if sub is SubEventType.NON_VIOLENT_TRANSFER and b.fatalities:
            # "دخلت القوات المدينة دون معارك تذكر ... وكان التحالف قد أعلن مقتل 800 من عناصر التنظيم": a toll
            # told with a transfer nobody fought over is another event's (ACLED: non-violent, no fatalities)
            b.fatalities, b.fatality_spans = 0, []
        if b.fatalities == 0 and b.frame.family.id == "assassination" and "attempted" not in b.frame.flags:
            b.fatalities = 1  # "اغتال مسلحون قاضيا": an assassination is one death unless a figure is given
        if (
            sub is SubEventType.NON_VIOLENT_TRANSFER
            and a1_ref is None
            and a2_ref is None
            and not (b.frame.member_families() | {b.frame.family.id}) & _TAKING_GROUND
        ):
            return []  # "بعد انسحاب موظفيها من بوابة خلفية": nobody armed left, and nobody entered
        evidence = evidence_of(doc, b, actor2_mention)
        # an event remembered on its anniversary is history whatever its date
        history = (
            b.remembered
            or historical(doc, b.date.value, b.date.mention)
            or self._long_before(roles.index, b)
            or self._had_happened(roles.index, b)
        )
        places: list[PlaceChoice | None] = list(b.places) or [None]
        dead = dead_by_place(doc, roles.index, b, places)
        out: list[Event] = []
        for i, pc in enumerate(places):
            ev = list(evidence)
            if pc is not None:
                ev.append(Evidence(EvidenceRole.LOCATION, pc.mention.span, doc.raw(pc.mention.span)))
            else:
                # "وشهدت بلدة آيت عميرة ... مواجهات مماثلة": the place the text names, which the gazetteer lacks,
                # is shown as evidence though it has no coordinates (and the event is no placeless retelling)
                ev.extend(
                    Evidence(EvidenceRole.LOCATION, m.span, doc.raw(m.span)) for m in self._unknown_places(doc, b)
                )
            dead_here = dead[i]
            a2_here, civilian_here = a2_ref, civilian
            if (
                dead_here == 0
                and b.fatalities > 0
                and a2_ref is not None
                and a2_ref.actor_id == self.pack.civilians
                and sub.event_type is not EventType.VIOLENCE_AGAINST_CIVILIANS
            ):
                # "غارة على بلدات التمانعة وخان شيخون، ما أدى لمقتل مدني في التمانعة": the civilian killed
                # elsewhere is no target of the strike on this town
                a2_here, civilian_here = None, False
                ev = [x for x in ev if x.role is not EvidenceRole.ACTOR2]
            sub_here = sub
            if sub is SubEventType.EXCESSIVE_FORCE and dead_here == 0 and b.fatalities > 0:
                # "قُتل متظاهر ... خلال تظاهرات خرجت في الخرطوم ومدينتي بحري وأم درمان": a crowd met with lethal
                # force in one city was met with force short of it, or with none, in the others
                sub_here = SubEventType.PEACEFUL_PROTEST if a2_here is None else SubEventType.PROTEST_WITH_INTERVENTION
                civilian_here = False
            out.append(
                Event(
                    sub_event_type=sub_here,
                    date=b.date.value,
                    place=pc.place if pc else None,
                    actor1=a1_ref,
                    assoc_actor_1=[self._ref(m, country, False, on) for m in r.assoc1],
                    actor2=a2_here,
                    assoc_actor_2=[self._ref(m, country, False, on) for m in r.assoc2],
                    fatalities=dead_here,
                    civilian_targeting=civilian_here,
                    historical=history,
                    confidence=confidence(b, a1_ref, pc),
                    evidence=ev,
                    sentence=b.frame.sentence,
                    inferred=inferred_fields(b, pc, a1_ref, a2_here),
                    extent=b.extent,
                )
            )
        return out
