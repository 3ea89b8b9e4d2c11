"""The event stage: frames -> ACLED events (one per place and day) and territorial-control facts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from marsad.extractors.frames import CROWDS, FIGHTING, Frame, build_frames
from marsad.extractors.merge import merge_events
from marsad.extractors.notes import write_notes
from marsad.extractors.positions import DocIndex
from marsad.extractors.roles import RoleFinder, Roles, allied, armed_ids
from marsad.extractors.when_where import DateChoice, PlaceChoice, WhenWhere
from marsad.lang.actors import Actor, ActorLexicon, Side, load_actors
from marsad.lang.cues import CueWords, load_cues
from marsad.lang.packs import DEFAULT_PACK, Pack, load_pack
from marsad.lang.triggers import Territorial, TriggerLexicon, load_triggers, modifier_words
from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document
from marsad.model.events import (
    ActorRef,
    ControlFact,
    ControlStatus,
    Event,
    EventType,
    Evidence,
    EvidenceRole,
    SubEventType,
)
from marsad.model.mentions import ActorMention, DateMention, QuantityMention
from marsad.model.span import Span
from marsad.text.normalize import normalize_term

#: events dated earlier than this before publication are background history, not news
HISTORY_CUTOFF = dt.timedelta(days=30)
#: temporal-grammar rules that say "N years ago / for N years"
_YEARS_AGO = re.compile(r"^(ago|since)\b.*years?")
_GOVERNMENT_SIDES = frozenset({Side.GOVERNMENT, Side.PRO_GOVERNMENT})
_CAPTURE_STATUS = {"partial": ControlStatus.PARTIAL, "foothold": ControlStatus.CONTESTED}
_STATUS = {
    Territorial.ENTRY: ControlStatus.CONTESTED,
    Territorial.LOSS: ControlStatus.LOST,
    Territorial.WITHDRAWAL: ControlStatus.LOST,
}
_KIND = {
    Territorial.CAPTURE: "capture",
    Territorial.ENTRY: "entry",
    Territorial.LOSS: "loss",
    Territorial.WITHDRAWAL: "loss",
    Territorial.STATE: "state",
}


def _dated_to_a_day(date: DateChoice) -> bool:
    """ "وآخرها مقتل قيادي أمس": a count over a period may end with one event of a given day."""
    return date.value is not None and not date.inferred and date.value.precision is Precision.DAY


def _tolled(doc: Document, sentence: int) -> bool:
    """The sentence gives a count of people killed, injured or taken."""
    return any(q.sentence == sentence and q.counted not in ("", "people") for q in doc.quantities)


def _within_a_week(date: DateChoice) -> bool:
    return date.value is not None and not date.inferred and date.value.precision is Precision.WEEK


#: how many words open a sentence, for the phrases that say the report goes on with its news
_OPENING_WORDS = 4
#: remote violence whose perpetrator, when unnamed, is coded as an unidentified armed group
_UNCLAIMED_BOMBS = frozenset({"ied", "explosion", "suicide", "grenade"})
#: absorbed triggers whose following words name the victims
_VICTIM_FAMILIES = frozenset({"killing", "injury", "abduction", "shooting", "beating"})
_CROWDS = frozenset({Side.PROTESTERS, Side.RIOTERS})
_BOMB_SUB_TYPES = frozenset({SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE})
#: ACLED geo-precision of a place known only by its region: too vague to say who holds which town
_REGION_PRECISION = 3
#: the event types on which ACLED flags civilian targeting
_VIOLENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS}
)
#: remote violence a state's forces are named for by an adjective after the event word
_REMOTE_BY_STATES = frozenset({"airstrike", "shelling"})
#: violence that a crowd of civilians commits as mob violence (ACLED Riots)
_MOB_FAMILIES = frozenset({"attack", "beating", "killing", "shooting"})
#: how many words after the event word such an adjective may stand ("غارة جوية روسية")
_ADJECTIVE_REACH = 2
#: how many hedging words (cues `hedge`: "يُرجّح أنها روسية") may stand before such an adjective
_MAX_HEDGE = 3
#: violence by an armed force on a crowd: the protest met with force (ACLED Protests sub-types)
_FORCE_ON_CROWDS = frozenset({"attack", "shooting", "killing", "injury", "beating"})
#: triggers after which "عنصر من X" counts X's people among the victims
_HARMING = frozenset({"killing", "injury", "abduction"})
#: violence whose unnamed perpetrator, when its target is armed, is an unidentified armed group
_UNCLAIMED_ATTACKS = frozenset({"attack", "killing", "shooting", "assassination", "injury"})


@dataclass(slots=True)
class _Built:
    frame: Frame
    roles: Roles
    date: DateChoice
    places: list[PlaceChoice]
    fatalities: int
    fatality_spans: list[Span]
    extent: str  # "complete", "partial" (most of the place), "foothold" (a part, a street), "entry" or ""
    #: told in a sentence that remembers an event on its anniversary: history whatever its date
    remembered: bool = False

    @property
    def partial(self) -> bool:
        return self.extent in ("partial", "foothold")


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """Normalised words and phrases, split once: single words are looked up, phrases searched for."""

    single: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Vocabulary:
        listed = list(words)
        return cls(frozenset(w for w in listed if " " not in w), tuple(sorted(w for w in listed if " " in w)))

    def said_in(self, words: list[str]) -> bool:
        """Whether ``words`` (token words, so without spaces) hold one of the words or phrases."""
        if not self.single.isdisjoint(words):
            return True
        text = " ".join(words)
        for p in self.phrases:  # noqa: SIM110 - a loop: any() over a generator costs more here
            if p in text:
                return True
        return False


#: how many words may stand between a toll's part and the place it names ("بينهم 73 في مدينة جبلة")
_PART_TO_PLACE = 3


class EventStage:
    name = "events"
    requires = frozenset(
        {"norm", "sentences", "tokens", "actors", "triggers", "dates", "places", "quantities", "quantity_parts"}
    )
    assigns = frozenset({"events", "control"})

    def __init__(self, pack_id: str = DEFAULT_PACK) -> None:
        self.pack: Pack = load_pack(pack_id)
        self.actors: ActorLexicon = load_actors(pack_id)
        self.triggers: TriggerLexicon = load_triggers()
        self.cues: CueWords = load_cues()
        self.partial_words = modifier_words("partial")
        self.foothold_words = modifier_words("foothold")
        self.complete = _Vocabulary.of(modifier_words("complete"))
        self.adds_to_toll = _Vocabulary.of(self.cues.adds_to_toll)
        self.armed = armed_ids(self.actors)
        self.aggregate_phrases = tuple(normalize_term(w) for w in self.triggers.modifiers["aggregate"].words)
        self.news_resumes = tuple(sorted(self.cues.news_resumes))
        #: nationality adjective without the article -> country; country -> its military forces
        self.adjective_country = {adj.removeprefix("ال"): c for adj, c in self.pack.nationalities.items()}
        self.forces = {
            a.home_country: a
            for a in self.actors.actors.values()
            if a.side.state and a.home_country and a.name.startswith("Military Forces")
        }
        self.air_words = modifier_words("aircraft")

    def __call__(self, doc: Document) -> None:
        index = DocIndex(doc)
        roles = RoleFinder(doc, index, self.actors, self.armed)
        ww = WhenWhere(doc, index)
        frames = build_frames(doc, self.triggers, index, self.armed)
        fatalities = self._attach_fatalities(doc, index, frames)
        controllers: dict[str, ActorMention] = {}  # place id -> the last actor the text says held it
        events: list[Event] = []
        control: list[ControlFact] = []
        discourse_date: DateChoice | None = None
        news_date: DateChoice | None = None  # the last discourse date that is no history
        dated_sentence = -1  # the sentence whose event gave the discourse date
        discourse_places: list[PlaceChoice] = []
        discourse_actor: ActorMention | None = None
        discourse_assoc: list[ActorMention] = []
        # sentences that remember an event on its anniversary ("تمر اليوم الذكرى العاشرة لمجزرة الكيماوي، التي
        # راح ضحيتها ... إثر قصف"): every event they tell is history
        remembered = {t.sentence for t in doc.triggers if "anniversary" in t.flags}
        statistics = self._statistics_sentences(doc, index)  # "وأوضح التقرير أن ..." after a monthly count
        for frame in frames:
            head = frame.head.span
            territorial = frame.family.territorial  # read a dozen times below: not through the property
            flags = frame.head.flags  # likewise
            member_spans = tuple([m.span for m in frame.members])
            if news_date is not None and self._resumes_news(index, frame.sentence):
                # "وفي سياق متصل، قتل ثلاثة مدنيين": after background history ("منذ سيطرتها عليها صيف عام
                # 2012") the report goes back to its news, and its date
                discourse_date = news_date
            date = ww.date_for(frame.sentence, head, discourse_date, "ongoing" in flags, member_spans)
            if frame.sentence in remembered:
                date = self._remembered_date(doc, frame)
            describes_control = territorial in (Territorial.LOSS, Territorial.STATE)
            aggregate = (
                ("aggregate" in flags or frame.sentence in statistics)
                and "latest" not in flags
                and not _dated_to_a_day(date)
                # "قصفت قوات النظام البلدة خلال الأيام الماضية": with no toll, a few days' span dates one
                # event at week precision (ACLED); a toll over it is statistics
                and not (_within_a_week(date) and not _tolled(doc, frame.sentence))
            )
            spans_time = date.habitual or "habitual" in flags or aggregate or "running_total" in flags
            if spans_time and not describes_control:
                continue  # "شبه يومية", "على مدار عامين": a span of fighting, not a dated event
            if date.value is not None and doc.published is not None and date.value.earliest > doc.published:
                continue  # "وقفة احتجاجية يوم الجمعة المقبل": planned, not something that happened
            if date.mention is not None and "(future)" in date.mention.rule:
                continue  # the same with no publication date: "المقبل" says it is still to come
            places = ww.places_for(frame.sentence, head, discourse_places)
            if territorial is Territorial.LOSS:
                places = self._lost_places(ww, roles, frame, places)
            told = (frame.head, *frame.members)
            suffered = "suffered" in flags or any("suffered" in t.flags for t in frame.members)
            harming = tuple([t.span for t in told if t.family in _HARMING])
            r = roles.find(frame.sentence, head, member_spans, suffered, harming)
            denied_doer = "denied_doer" in flags
            if denied_doer and r.actor1 is not None and r.actor1.span.start < head.start:
                r.actor1, r.assoc1 = None, []  # "نفى الفصيل مسؤوليته عن مقتل الشاب": the denier is no doer
            if r.actor1 is None and frame.family.event_type in _VIOLENT_TYPES and not denied_doer:
                claimed = roles.claimant(frame.sentence)
                if claimed is not None and claimed is not r.actor2:
                    r.actor1 = claimed  # "فجّر انتحاري حزامه الناسف ... وتبنى تنظيم الدولة الهجوم"
            if territorial is Territorial.WITHDRAWAL:
                r = self._hand_over(roles, frame, r)
            if frame.family.id == "disrupted":
                r = roles.disruption(frame.sentence, head, r)
            if frame.family.id in CROWDS and r.actor2 is not None and self._in_grievance(doc, frame, r.actor2):
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
                r.actor1 = self._national_force(index, frame)
            if r.actor1 is None and frame.family.id == "airstrike":
                air = self._air_forces(doc, roles)
                if air:  # "القصف الجوي" unattributed in a report that names "طيران الروس والنظام"
                    r.actor1, r.actor1_inferred, r.assoc1 = air[0], True, air[1:]
                    if r.actor2 is not None and r.actor2.actor_id in {m.actor_id for m in air}:
                        r.actor2 = None  # the air force named elsewhere is not also the target
            figure, spans = fatalities.get(id(frame), (0, []))
            if r.actor1 is not None and r.actor2 is None and _counted_dead(r.actor1, spans):
                # "قال مصدر أمني إن جنديين قُتلا بانفجار عبوة": the soldiers counted as the dead are its victims
                # (one attribute at a time: mypyc narrows r.actor2 to None here and rejects a tuple assignment)
                victim: ActorMention | None = r.actor1
                r.actor1, r.assoc1 = None, []
                r.actor2 = victim
            if r.actor2 is None and spans:
                # "بأن ثلاثة جنود من الجيش العراقي قُتلوا في هجوم شنه مسلحون من تنظيم داعش": the side counted
                # among the dead, told before the verb, is the side attacked
                r.actor2 = next(
                    (
                        m
                        for m in doc.actors
                        if m.sentence == frame.sentence
                        and m.actor_id in self.armed
                        and _counted_dead(m, spans)
                        and (r.actor1 is None or m.actor_id != r.actor1.actor_id)
                    ),
                    None,
                )
            built = _Built(
                frame, r, date, places, figure, spans, self._extent(index, frame), frame.sentence in remembered
            )
            if territorial not in (Territorial.LOSS, Territorial.STATE):
                events.extend(self._events(doc, roles, built, controllers))
            facts = self._control(doc, roles, built, controllers)
            control.extend(facts)
            if describes_control:
                continue
            dates_the_narrative = date.value is not None and (not date.inferred or discourse_date is None)
            # "خرجت مظاهرة أمس الاثنين احتجاجاً على مداهمة نفذتها القوات فجر الأحد": the report goes on with
            # the protest its sentence dated, not with the raid it names as the cause
            cause_of_dated_news = "cause" in flags and dated_sentence == frame.sentence
            if dates_the_narrative and not cause_of_dated_news:
                discourse_date, dated_sentence = date, frame.sentence
                if not self._historical(doc, date.value, date.mention):
                    news_date = date
            if places and not places[0].inferred:
                discourse_places = places
            if (
                r.actor1 is not None
                and territorial in (Territorial.CAPTURE, Territorial.ENTRY)
                and r.actor1.actor_id in self.armed
            ):
                discourse_actor, discourse_assoc = r.actor1, list(r.assoc1)
        merged = merge_events(events)
        for e in merged:
            e.document_id = doc.id
            e.source = doc.outlet
            e.notes = write_notes(e)
        for c in control:
            c.document_id = doc.id
            c.source = doc.outlet
        doc.events = merged
        doc.control = control

    # -- pieces ------------------------------------------------------------------------------------
    @staticmethod
    def _hand_over(roles: RoleFinder, frame: Frame, withdrawal: Roles) -> Roles:
        """A withdrawal followed by another side's entry: the side that enters takes the place (actor1),
        the side that left is actor2. With no entry, the withdrawing side stays actor1."""
        entries = [m for m in frame.members if m.family == "entry"]
        if not entries or withdrawal.actor1 is None:
            return withdrawal
        taker = roles.find(frame.sentence, entries[0].span)
        candidate = taker.actor1 if taker.actor1 and taker.actor1.actor_id != withdrawal.actor1.actor_id else None
        if candidate is None and taker.actor2 and taker.actor2.actor_id != withdrawal.actor1.actor_id:
            candidate = taker.actor2
        if candidate is None:
            return withdrawal
        return Roles(
            actor1=candidate, assoc1=[], actor2=withdrawal.actor1, assoc2=list(withdrawal.assoc1), handed_over=True
        )

    @staticmethod
    def _lost_places(ww: WhenWhere, roles: RoleFinder, frame: Frame, places: list[PlaceChoice]) -> list[PlaceChoice]:
        """ "خروجه مع الحي المجاور (حي الشيخ ياسين) عن سيطرة النظام": every place named between the
        trigger and the controller left that control, across brackets and commas."""
        controller = roles.controller_after(frame.sentence, frame.head.span)
        head = frame.head.span
        between = [
            c
            for c in ww.places_in_sentence(frame.sentence)
            if c.mention.span.start >= head.end and (controller is None or c.mention.span.end <= controller.span.start)
        ]
        seen = {c.place.place_id for c in places}
        return places + [c for c in between if c.place.place_id not in seen]

    def _attach_fatalities(
        self, doc: Document, index: DocIndex, frames: list[Frame]
    ) -> dict[int, tuple[int, list[Span]]]:
        """Killed figures go to the nearest preceding frame of their sentence (else the next one). A figure
        in a clause that counts over a period ("مقتل 300 مدني منذ مطلع العام، وآخرها مقتل طفل أمس") is a
        statistic: it belongs to no event of another clause. A figure in a toll sentence after an event
        ("الحصيلة بلغت ستة قتلى") is that event's toll: it replaces a lower figure, it is not added to it."""
        out: dict[int, tuple[int, list[Span]]] = {}
        tolls: dict[int, tuple[int, list[Span]]] = {}
        toll_of = {si: f for f in frames for si in f.toll_sentences}
        last_figure: dict[int, tuple[Frame, Span]] = {}  # sentence -> the frame and span of its last figure
        for q in doc.quantities:
            if q.counted != "killed":
                continue
            same = [
                f
                for f in frames
                if f.sentence == q.sentence and f.territorial not in (Territorial.LOSS, Territorial.STATE)
            ]
            if same and any("aggregate" in f.flags for f in same):
                same = [f for f in same if not self._counts_over_a_period(index, q.span, f.head.span)]
            if not same:
                owner = toll_of.get(q.sentence)
                if owner is not None:
                    if self._adds_to_toll(index, q.sentence):
                        # "كما قتل عنصر من التنظيم خلال الاشتباكات": more dead, added to those told
                        total, spans = out.get(id(owner), (0, []))
                        out[id(owner)] = (total + q.value, [*spans, q.span])
                        continue
                    self._count(index, tolls, id(owner), q)
                continue
            before = [f for f in same if f.head.span.start <= q.span.start]
            target = before[-1] if before else same[0]
            if any(s.overlaps(q.span) for s in out.get(id(target), (0, []))[1]):
                continue  # a figure read twice
            previous = last_figure.get(q.sentence)
            if previous is not None and self._another_source(index, previous[1], q.span):
                # "قتل 58 شخصاً ... جراء قصف بغازات سامة ..., بينما تحدثت مديرية الصحة عن أكثر من مئة قتيل":
                # another source's count of the dead just counted, whichever frame its words fall in
                target = previous[0]
            self._count(index, out, id(target), q)
            last_figure[q.sentence] = (target, q.span)
        for key, (toll, spans) in tolls.items():
            told, told_spans = out.get(key, (0, []))
            out[key] = (toll, spans) if toll >= told else (told, told_spans)
        return out

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

    @staticmethod
    def _no_fighting(doc: Document, frame: Frame) -> bool:
        """After the frame's head its sentence says no fight took place ("دون تسجيل مواجهات", "من دون قتال"),
        and the frame tells none ("سيطرت ... بعد معارك استمرت أياماً" fought, whatever the next clause says)."""
        for t in (frame.head, *frame.members):
            if t.family in FIGHTING and "negated" not in t.flags:
                return False
        start = frame.head.span.start
        # (the nearest ground word before the denial is the one it speaks of: "وكانت قوات النظام قد سيطرت ...
        # بعد معارك، في حين سيطرت الوحدات على حي الشيخ فارس عقب انسحاب الفصائل منه من دون قتال")
        ground = ("capture", "entry")
        for t in doc.triggers:
            if t.sentence != frame.sentence or t.span.start <= start:
                continue
            if t.family in ground and "negated" not in t.flags:
                return False
            if "negated" in t.flags and t.family in FIGHTING:
                return True
        return False

    def _resumes_news(self, index: DocIndex, sentence: int) -> bool:
        """The sentence opens with a phrase that goes on with the news ("وفي سياق متصل", "في غضون ذلك")."""
        opening = " ".join(t.norm for t in index.sentence_tokens(sentence)[:_OPENING_WORDS])
        return any(opening.startswith(p) or opening.startswith("و" + p) for p in self.news_resumes)

    def _count(
        self, index: DocIndex, table: dict[int, tuple[int, list[Span]]], key: int, q: QuantityMention
    ) -> None:
        """Add figure ``q`` to the toll ``table[key]``, or, when it is another source's count of the same dead
        ("قالت لجان التنسيق إن 50 قتلوا، بينما قال المرصد إن عدد القتلى 34"), keep the lowest of the two."""
        total, spans = table.get(key, (0, []))
        if spans and self._another_source(index, spans[-1], q.span):
            if q.value < total:
                table[key] = (q.value, [q.span])
            return
        table[key] = (total + q.value, [*spans, q.span])

    def _another_source(self, index: DocIndex, first: Span, second: Span) -> bool:
        """Between two figures, a contrast and a reporting verb: the second is another source's count."""
        between = [w.removeprefix("و") for w in index.words_between(first, second)]
        cues = self.cues
        return not cues.contrast.isdisjoint(between) and not cues.reporting_verb.isdisjoint(between)

    def _adds_to_toll(self, index: DocIndex, sentence: int) -> bool:
        """The toll sentence says its dead come on top of those told ("كما", "إضافة إلى")."""
        return self.adds_to_toll.said_in([t.norm for t in index.sentence_tokens(sentence)])

    @staticmethod
    def _subject_of(index: DocIndex, b: _Built, mention: ActorMention | None) -> bool:
        """``mention`` follows the clause-initial head, a count at most between: "اقتحم مئات المحتجين"."""
        head = b.frame.head.span
        return (
            mention is not None
            and mention.span.start >= head.end
            and index.opens_clause(head)
            and index.count_between(head, mention.span) <= 1
            and index.position(head).clause == index.position(mention.span).clause
        )

    def _statistics_sentences(self, doc: Document, index: DocIndex) -> set[int]:
        """Sentences after a count over a period that go on quoting the report ("وثقت الشبكة في تقريرها الشهري
        مقتل 87 مدنياً خلال آذار. وأوضح التقرير أن قوات النظام قتلت 21 مدنياً"): their counts are statistics."""
        first = min((t.sentence for t in doc.triggers if "aggregate" in t.flags), default=None)
        if first is None:
            return set()
        report = self.cues.report_noun
        return {
            si
            for si in range(first + 1, len(doc.sentences))
            if not report.isdisjoint(t.norm.lstrip("و") for t in index.sentence_tokens(si))
        }

    def _counts_over_a_period(self, index: DocIndex, figure: Span, head: Span) -> bool:
        """A period phrase of the `aggregate` group ("منذ مطلع العام") makes ``figure`` a statistic that
        is not ``head``'s: it stands in the figure's clause while the head is in another, or between them."""
        where = index.position(figure)
        if index.position(head).clause != where.clause:
            words = " ".join(t.norm for t in index.sentence_tokens(where.sentence) if t.clause == where.clause)
            if any(phrase in words for phrase in self.aggregate_phrases):
                return True
        between = " ".join(index.words_between(figure, head))
        return any(phrase in between for phrase in self.aggregate_phrases)

    def _extent(self, index: DocIndex, frame: Frame) -> str:
        """How much of the place changed hands, read from the object of the trigger.

        "على أغلب مناطق حي الصناعة" is partial control; "على الشارع الرئيسي" or "أطراف الحي" a foothold;
        "بشكل كامل" complete; an entry without those words is an entry.
        """
        words = index.words_after(frame.head.span, 6)
        extent = ""
        for i, w in enumerate(words[:5]):
            if w in self.cues.object_preposition or w.endswith("علي"):
                nxt = words[i + 1] if i + 1 < len(words) else ""
                stem = nxt[1:] if nxt.startswith("و") else nxt
                bare = stem[2:] if stem.startswith("ال") else stem
                if stem in self.partial_words or bare in self.partial_words:
                    extent = "partial"
                elif stem in self.foothold_words or bare in self.foothold_words:
                    extent = "foothold"
                break
        before = index.words_before(frame.head.span, 3)
        if frame.territorial is Territorial.STATE and not self.partial_words.isdisjoint(before):
            extent = "partial"
        if "attempted" in frame.flags:
            return "foothold"
        if not extent and self.complete.said_in(index.words_after(frame.head.span, 10)):
            return "complete"
        if not extent and frame.territorial is Territorial.ENTRY:
            return "entry"
        return extent

    def _crowd_in_sentence(self, doc: Document, sentence: int) -> bool:
        """Protesters or rioters are named in the sentence ("رشق متظاهرون", "محتجين غاضبين")."""
        return any(m.sentence == sentence and self.actors.get(m.actor_id).side in _CROWDS for m in doc.actors)

    def _ref(self, m: ActorMention, country: str, inferred: bool, on: dt.date | None = None) -> ActorRef:
        """The exported actor: its ACLED name where the event happens and as of the event's first day."""
        actor = self.actors.get(m.actor_id)
        if country and country != self.pack.country and (other_id := actor.abroad_in(country)):
            actor = self.actors.get(other_id)  # "قوى الأمن الداخلي" at a Beirut checkpoint
        elif m.anaphoric and country and country != self.pack.country and actor.home_country == self.pack.country:
            # "اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم": the army of where it happened
            actor = self.actors.counterpart(actor.id, country, generic=True) or actor
        return ActorRef(actor.id, actor.export_name(country, on), actor.inter_in(country), inferred)

    def _sub_type(self, doc: Document, index: DocIndex, b: _Built, a1: Actor | None, a2: Actor | None) -> SubEventType:
        fam = b.frame.family
        territorial = fam.territorial
        if territorial is Territorial.CAPTURE:
            if b.partial or a1 is None:
                return SubEventType.ARMED_CLASH
            if a1.side in _GOVERNMENT_SIDES:
                return SubEventType.GOVERNMENT_REGAINS
            return SubEventType.NON_STATE_OVERTAKES
        if territorial is Territorial.ENTRY:
            return SubEventType.ARMED_CLASH
        families = {fam.id} | b.frame.member_families()
        if territorial is Territorial.WITHDRAWAL and families & FIGHTING:
            return SubEventType.ARMED_CLASH  # "انسحب ... بعد اشتباكات": ACLED's transfer is non-violent only
        if fam.id == "protest":
            if any(m.family == "riot" and m.strength >= 2 for m in (b.frame.head, *b.frame.members)):
                # (not "محتجين غاضبين": an angry crowd is not yet a violent one)
                return SubEventType.VIOLENT_DEMONSTRATION
            # ACLED: excessive force is lethal or seriously injuring; shots fired to disperse are intervention
            # (and "الضحايا" of an earlier event the crowd mourns is neither)
            if any(m.family in ("killing", "injury") and m.strength >= 2 for m in b.frame.members):
                return SubEventType.EXCESSIVE_FORCE
            arrested = any(m.family == "arrest" and m.strength >= 3 for m in b.frame.members)
            if arrested or "shooting" in families or self._has_word(doc, b.frame, self.cues.intervention):
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
        if fam.id == "attack" and self._airborne(doc, b):
            return SubEventType.AIR_DRONE_STRIKE  # "استهدفت طائرات التحالف", "قصفت المقاتلات"
        if fam.id in ("clash", "attack", "killing", "shooting", "assassination", "injury"):
            both_armed = a1 is not None and a2 is not None and a1.side.armed and a2.side.armed
            if fam.id == "clash" and (a1 is None or a1.side.armed):
                return SubEventType.ARMED_CLASH  # fighting, whoever else it killed
            if fam.id == "attack" and (a2 is None or a2.side.armed):
                return SubEventType.ARMED_CLASH
            if both_armed or (a1 is None and a2 is not None and a2.side.armed):
                # "قتلت قواتها أربعة من مسلحي الوحدات": fighters killed are no civilians, whoever killed them
                return SubEventType.ARMED_CLASH
            return SubEventType.ATTACK
        if fam.id == "shelling" and self._airborne(doc, b):
            return SubEventType.AIR_DRONE_STRIKE
        return fam.sub_event_type

    def _by_aircraft(self, index: DocIndex, frame: Frame) -> bool:
        """An aircraft word with "ب" among the five words after the head: the means of the attack."""
        for w in index.words_after(frame.head.span, 5):
            bare = w[3:] if w.startswith("بال") else w[1:] if w.startswith("ب") else ""
            if bare and (bare in self.air_words or "ال" + bare in self.air_words):
                return True
        return False

    def _airborne(self, doc: Document, b: _Built) -> bool:
        """Whether the attacker is named by an aircraft word ("طيران", "مقاتلات", "مروحيات", "طائرات")."""
        m = b.roles.actor1
        return m is not None and not self.air_words.isdisjoint(normalize_term(doc.raw(m.span)).split())

    def _document_country(self, doc: Document) -> str:
        """The country most of the document's resolved places are in (an event with no place of its own
        in a report from Darfur is not in Syria), else the country of the local armed groups it names
        ("قوات الدعم السريع": Sudan), else the pack's."""
        counts: dict[str, int] = {}
        for p in doc.places:
            if p.resolved is not None and p.resolved.country:
                counts[p.resolved.country] = counts.get(p.resolved.country, 0) + 1
        if not counts:
            for m in doc.actors:
                actor = self.actors.get(m.actor_id)
                if actor.home_country and not actor.side.state and actor.side is not Side.COALITION:
                    counts[actor.home_country] = counts.get(actor.home_country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else self.pack.country

    def _national_force(self, index: DocIndex, frame: Frame) -> ActorMention | None:
        """The state forces named by a nationality adjective right after the frame's head."""
        pos = index.position(frame.head.span)
        reach = _ADJECTIVE_REACH
        for tok in index.tokens[pos.last + 1 : pos.last + 1 + _ADJECTIVE_REACH + _MAX_HEDGE]:
            if tok.sentence != frame.sentence or reach == 0:
                break
            if tok.norm in self.cues.hedge:
                continue  # "غارة جوية يرجح أنها روسية": a hedge before the adjective
            reach -= 1
            force = self._forces_of(tok.norm)
            if force is not None:
                return ActorMention(tok.span, force.id, frame.sentence)
        # "شنت طائرات حربية تركية غارات": the adjective of the aircraft named before the event word
        before = [t for t in index.tokens[max(0, pos.first - 4) : pos.first] if t.sentence == frame.sentence]
        for k, tok in enumerate(before):
            force = self._forces_of(tok.norm)
            if force is not None and any(t.norm in self.air_words for t in before[:k]):
                return ActorMention(tok.span, force.id, frame.sentence)
        return None

    def _forces_of(self, adjective: str) -> Actor | None:
        """The military forces of the country a nationality adjective names ("الروسية", "تركي")."""
        country = self.adjective_country.get(adjective.removeprefix("ال"))
        return self.forces.get(country) if country else None

    def _air_forces(self, doc: Document, roles: RoleFinder) -> list[ActorMention]:
        """The air forces the document names ("طيران الروس والنظام", "الطيران الروسي"): the first such
        actor and those joined to it by و. Empty when the report names none or several apart."""
        found: list[list[ActorMention]] = []
        mentions = sorted(doc.actors, key=lambda m: m.span.start)
        for m in mentions:
            if any(m is x for group in found for x in group) or m.actor_id not in self.armed:
                continue
            words = normalize_term(doc.raw(m.span)).split()
            before = roles.index.words_before(m.span, 1)
            if not self.air_words.isdisjoint(words) or (before and before[-1] in self.air_words):
                found.append([m, *roles.conjoined(m, mentions)])
        distinct = {tuple(sorted({x.actor_id for x in group})) for group in found}
        return found[0] if len(distinct) == 1 else []

    @staticmethod
    def _remembered_date(doc: Document, frame: Frame) -> DateChoice:
        """The date of an event remembered on its anniversary: the earliest date its sentence gives
        before publication ("في 21 آب 2013"), or none; never the commemoration's "اليوم"."""
        past = [
            d
            for d in doc.dates
            if d.sentence == frame.sentence
            and d.value is not None
            and not d.durative
            and (doc.published is None or d.value.latest < doc.published)
        ]
        if not past:
            return DateChoice(None, None)
        first = min(past, key=lambda d: d.value.earliest if d.value is not None else dt.date.max)
        return DateChoice(first, first.value)

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
    def _has_word(doc: Document, frame: Frame, words: frozenset[str]) -> bool:
        return any(t.sentence == frame.sentence and t.norm in words for t in doc.tokens)

    @staticmethod
    def _historical(doc: Document, value: DateValue | None, mention: DateMention | None = None) -> bool:
        """Background history rather than news: a year-level date, a date well before publication,
        "N years ago", or, with no publication date, a month given with its year (news names the
        year of past events, not of this month's)."""
        if mention is not None and value is None and mention.relative and _YEARS_AGO.match(mention.rule):
            return True
        if value is None:
            return False
        if value.precision is Precision.YEAR:
            return True
        if doc.published is None:
            return value.precision is Precision.MONTH and mention is not None and not mention.relative
        return value.latest < doc.published - HISTORY_CUTOFF

    def _events(self, doc: Document, roles: RoleFinder, b: _Built, controllers: dict[str, ActorMention]) -> list[Event]:
        r = b.roles
        country = b.places[0].place.country if b.places else self._document_country(doc)
        on = b.date.value.earliest if b.date.value is not None else None  # a renamed actor's name as of then
        a1 = roles.actor(r.actor1) if r.actor1 else None
        actor2_mention, actor2_inferred = r.actor2, r.actor2_inferred
        if actor2_mention is None and a1 is not None and b.frame.family.event_type is EventType.BATTLES:
            previous = controllers.get(b.places[0].place.place_id) if b.places else None
            if previous is not None and not allied(a1, roles.actor(previous)):
                actor2_mention = previous  # the side the text last said held the place
            else:
                actor2_mention = roles.main_adversary(a1, b.frame.sentence)
            actor2_inferred = actor2_mention is not None
        if actor2_mention is None:
            for m in b.frame.members:
                victim = roles.victim_after(b.frame.sentence, m.span) if m.family in _VICTIM_FAMILIES else None
                if victim is not None and (a1 is None or not allied(a1, roles.actor(victim))):
                    actor2_mention, actor2_inferred = victim, False
                    break
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
        if b.frame.family.id == "clash" and a2 is not None and a2.side is Side.CIVILIANS:
            # "اشتبكت قوات النظام مع مقاتلين ... ما أدى إلى مقتل مدني": civilians killed in a fight between
            # armed sides are its casualties, not a side of it; the event stays a battle (ACLED)
            actor2_mention = roles.main_adversary(a1, b.frame.sentence) if a1 is not None else None
            actor2_inferred = actor2_mention is not None
            a2 = roles.actor(actor2_mention) if actor2_mention is not None else None
        # "اشتبك المتظاهرون مع الجنود", "هاجم متظاهرون المقر": a demonstration that turns to fighting is a
        # riot (ACLED), the crowd actor1 (as Rioters) and the force it fought actor2. A force that attacks
        # a crowd ("هاجمت قوات الأمن المتظاهرين") is a protest met with force, see below.
        family = b.frame.family.id
        crowd1 = a1 is not None and a1.side in _CROWDS
        crowd2 = a2 is not None and a2.side in _CROWDS
        rioting = (
            (family == "clash" and (crowd1 or crowd2))
            or (family == "attack" and crowd1)
            # "اقتحم مئات المحتجين مبنى السفارة", "هاجم متظاهرون المقر": the crowd is the verb's subject
            or (
                family in ("attack", "entry")
                and crowd2
                and a1 is None
                and self._subject_of(roles.index, b, actor2_mention)
            )
        )
        repressed = not rioting and crowd2 and a1 is not None and a1.side.armed and family in _FORCE_ON_CROWDS
        if rioting or repressed:
            opponent = next(
                (m for m, x in ((r.actor1, a1), (actor2_mention, a2)) if x is not None and x.side not in _CROWDS),
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
        if not (rioting or repressed or unclaimed) and r.actor1 is None and family in _MOB_FAMILIES:
            for t in sorted((b.frame.head, *b.frame.members), key=lambda t: t.span.start):
                if t.family in _MOB_FAMILIES and (mob := roles.crowd_subject(b.frame.sentence, t.span)) is not None:
                    break
        if mob is not None:
            # "اعتدى حشد من الأهالي على شاب متهم بالسرقة": a crowd of civilians attacking someone (ACLED Riots /
            # Mob violence), Rioters actor1, the person they attacked actor2
            sub = SubEventType.MOB_VIOLENCE
            a1, r.assoc1 = None, []
            actor2_mention, actor2_inferred, r.assoc2 = mob[1], False, []
            a2 = roles.actor(mob[1]) if mob[1] is not None else None
        elif rioting:
            sub = SubEventType.VIOLENT_DEMONSTRATION
        elif repressed:
            # ACLED: excessive force is lethal or seriously injuring force; shots to disperse are intervention
            lethal = family in ("killing", "injury") or b.fatalities > 0
            sub = SubEventType.EXCESSIVE_FORCE if lethal else SubEventType.PROTEST_WITH_INTERVENTION
        else:
            sub = self._sub_type(doc, roles.index, b, a1, a2)
        if sub is SubEventType.ARRESTS and a1 is not None and a1.side is Side.UNIDENTIFIED:
            # "داهم مسلحون ملثمون منزله واقتادوا شقيقه إلى جهة مجهولة": gunmen take, they do not arrest
            sub = SubEventType.ABDUCTION
        if (
            sub.event_type is EventType.BATTLES
            and b.frame.family.territorial in (Territorial.ENTRY, Territorial.CAPTURE)
            and self._no_fighting(doc, b.frame)
        ):
            # "توغلت قوة إسرائيلية في قرية السويسة ... دون تسجيل مواجهات": ground entered or taken with no
            # fight is no battle (ACLED: a non-violent transfer, or another strategic development)
            entered = b.frame.family.territorial is Territorial.ENTRY
            sub = SubEventType.OTHER if entered else SubEventType.NON_VIOLENT_TRANSFER
            actor2_mention, a2 = (None, None) if entered else (actor2_mention, a2)
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
            and not r.actor1.anaphoric
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
        # ACLED flags civilian targeting on violent events only, not on arrests or other developments
        # (ACLED flags excessive force against protesters too: the crowd, unarmed, is the target)
        civilian = (
            sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
            or sub is SubEventType.EXCESSIVE_FORCE
            or (a2 is not None and a2.side is Side.CIVILIANS and sub.event_type in _VIOLENT_TYPES)
        )
        if sub.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS and a2 is None:
            civ = self.actors.get(self.pack.civilians)
            a2_ref: ActorRef | None = ActorRef(civ.id, civ.export_name(country), civ.inter, inferred=True)
        else:
            a2_ref = self._ref(actor2_mention, country, actor2_inferred, on) if actor2_mention else None
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
        if (
            sub.event_type in (EventType.RIOTS, EventType.PROTESTS)
            and sub is not SubEventType.MOB_VIOLENCE
            and a2 is not None
            and a2.side in _CROWDS
        ):
            a2_ref, actor2_mention = None, None  # "أغلق محتجون غاضبون الطريق": the crowd is not its own target
        if (
            a1_ref is not None
            and a2_ref is not None
            and (a1_ref.actor_id == a2_ref.actor_id or a1_ref.name == a2_ref.name)
        ):
            # one mention read twice (the agent inside the event words and the first actor after them):
            # a side does not fight itself; the target is left unknown rather than made up
            a2_ref, actor2_mention = None, None
        if b.fatalities == 0 and b.frame.family.id == "assassination" and "attempted" not in b.frame.flags:
            b.fatalities = 1  # "اغتال مسلحون قاضيا": an assassination is one death unless a figure is given
        evidence = self._evidence(doc, b, actor2_mention)
        # an event remembered on its anniversary is history whatever its date
        historical = b.remembered or self._historical(doc, b.date.value, b.date.mention)
        places: list[PlaceChoice | None] = list(b.places) or [None]
        dead = self._dead_by_place(doc, roles.index, b, places)
        out: list[Event] = []
        for i, pc in enumerate(places):
            ev = list(evidence)
            if pc is not None:
                ev.append(Evidence(EvidenceRole.LOCATION, pc.mention.span, doc.raw(pc.mention.span)))
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
            out.append(
                Event(
                    sub_event_type=sub,
                    date=b.date.value,
                    place=pc.place if pc else None,
                    actor1=a1_ref,
                    assoc_actor_1=[self._ref(m, country, False, on) for m in r.assoc1],
                    actor2=a2_here,
                    assoc_actor_2=[self._ref(m, country, False, on) for m in r.assoc2],
                    fatalities=dead_here,
                    civilian_targeting=civilian_here,
                    historical=historical,
                    confidence=self._confidence(b, a1_ref, pc),
                    evidence=ev,
                    sentence=b.frame.sentence,
                    inferred=self._inferred_fields(b, pc, a1_ref, a2_here),
                    extent=b.extent,
                )
            )
        return out

    @staticmethod
    def _dead_by_place(doc: Document, index: DocIndex, b: _Built, places: list[PlaceChoice | None]) -> list[int]:
        """The event's dead, place by place: a breakdown that names a place ("قتل 120 شخصاً، بينهم 73 في
        مدينة جبلة") gives that place its part and the others share the rest; else all share evenly (the
        first place takes the remainder)."""
        n = len(places)
        named: dict[int, int] = {}
        if n > 1 and b.fatalities > 0 and doc.quantity_parts:
            at = {pc.place.place_id: i for i, pc in enumerate(places) if pc is not None}
            for qp in doc.quantity_parts:
                if qp.whole.counted != "killed" or qp.whole.span not in b.fatality_spans:
                    continue
                for m in doc.places:
                    if (
                        m.resolved is not None
                        and m.resolved.place_id in at
                        and m.span.start >= qp.part.span.end
                        and index.position(m.span).sentence == qp.part.sentence
                        and index.count_between(qp.part.span, m.span) <= _PART_TO_PLACE
                    ):
                        named[at[m.resolved.place_id]] = qp.part.value
                        break
        rest = b.fatalities - sum(named.values())
        others = [i for i in range(n) if i not in named]
        if not named or rest < 0 or (rest > 0 and not others):
            named, rest, others = {}, b.fatalities, list(range(n))
        share, extra = divmod(rest, len(others))
        out = [named.get(i, share) for i in range(n)]
        out[others[0] if others else 0] += extra
        return out

    def _evidence(self, doc: Document, b: _Built, actor2: ActorMention | None) -> list[Evidence]:
        # plain loops: the lists are short and often empty, where a generator costs more than its items
        text = doc.text
        ev = [Evidence(EvidenceRole.TRIGGER, b.frame.head.span, doc.raw(b.frame.head.span))]
        for t in b.frame.members:
            ev.append(Evidence(EvidenceRole.TRIGGER, t.span, text[t.span.start : t.span.end]))
        r = b.roles
        if r.actor1 is not None:
            ev.append(Evidence(EvidenceRole.ACTOR1, r.actor1.span, doc.raw(r.actor1.span)))
        for m in r.assoc1:
            ev.append(Evidence(EvidenceRole.ASSOC_ACTOR_1, m.span, text[m.span.start : m.span.end]))
        if actor2 is not None:
            ev.append(Evidence(EvidenceRole.ACTOR2, actor2.span, doc.raw(actor2.span)))
        for m in r.assoc2:
            ev.append(Evidence(EvidenceRole.ASSOC_ACTOR_2, m.span, text[m.span.start : m.span.end]))
        if b.date.mention is not None:
            ev.append(Evidence(EvidenceRole.DATE, b.date.mention.span, doc.raw(b.date.mention.span)))
        for s in b.fatality_spans:
            ev.append(Evidence(EvidenceRole.FATALITIES, s, text[s.start : s.end]))
        return ev

    @staticmethod
    def _inferred_fields(b: _Built, pc: PlaceChoice | None, a1: ActorRef | None, a2: ActorRef | None) -> set[str]:
        out: set[str] = set()
        if b.date.inferred:
            out.add("event_date")
        if pc is not None and pc.inferred:
            out.add("location")
        if a1 is not None and a1.inferred:
            out.add("actor1")
        if a2 is not None and a2.inferred:
            out.add("actor2")
        return out

    @staticmethod
    def _confidence(b: _Built, a1: ActorRef | None, pc: PlaceChoice | None) -> float:
        score = 0.35
        score += 0.15 if a1 is not None and not a1.inferred else 0.0
        score += 0.15 if pc is not None and not pc.inferred else 0.0
        score += 0.15 if b.date.value is not None and not b.date.inferred else 0.05 if b.date.value else 0.0
        score += 0.1 if b.frame.members else 0.0
        score += 0.05 if b.fatalities else 0.0
        score -= 0.15 if b.frame.flags & {"attempted", "reported_speech_opinion"} else 0.0
        return round(min(0.98, max(0.05, score)), 2)

    def _control(
        self, doc: Document, roles: RoleFinder, b: _Built, controllers: dict[str, ActorMention]
    ) -> list[ControlFact]:
        territorial = b.frame.territorial
        if territorial is Territorial.NONE or not b.places or "attempted" in b.frame.flags:
            return []
        head = b.frame.head.span
        if territorial in (Territorial.LOSS, Territorial.STATE):
            actor_m = roles.controller_after(b.frame.sentence, head)
            if actor_m is None and territorial is Territorial.LOSS:
                actor_m = b.roles.actor1
        elif territorial is Territorial.WITHDRAWAL and b.roles.handed_over:
            # a hand-over: the taker holds the place now (the side that left is its other actor)
            actor_m, territorial = b.roles.actor1, Territorial.CAPTURE
        else:
            actor_m = b.roles.actor1
        if actor_m is None or actor_m.actor_id not in self.armed:
            return []  # "خرج الأهالي من الجامع": only armed sides hold or lose ground
        if territorial is Territorial.CAPTURE:
            status = _CAPTURE_STATUS.get(b.extent, ControlStatus.HELD)
        elif territorial is Territorial.STATE:
            status = ControlStatus.PARTIAL if b.extent == "partial" else ControlStatus.HELD
        else:
            status = _STATUS[territorial]
        kind = _KIND[territorial]
        other_default = ""
        if territorial in (Territorial.CAPTURE, Territorial.ENTRY):
            a2 = b.roles.actor2
            if a2 is None and actor_m.actor_id in self.armed:
                a2 = roles.main_adversary(roles.actor(actor_m), b.frame.sentence)
            other_default = a2.actor_id if a2 is not None else ""
        date = b.date.value
        if (
            territorial is Territorial.STATE
            and doc.published is not None
            and (b.date.inferred or b.date.value is None)
            and not b.date.habitual
            and not self._historical(doc, b.date.value, b.date.mention)
        ):
            # "تحت سيطرة داعش" with no date of its own describes the situation when the report was written
            date = DateValue.day(doc.published)
        evidence = [
            Evidence(EvidenceRole.TRIGGER, head, doc.raw(head)),
            Evidence(EvidenceRole.ACTOR1, actor_m.span, doc.raw(actor_m.span)),
        ]
        if b.date.mention is not None:
            evidence.append(Evidence(EvidenceRole.DATE, b.date.mention.span, doc.raw(b.date.mention.span)))
        out: list[ControlFact] = []
        for pc in b.places:
            if pc.place.geo_precision >= _REGION_PRECISION or (
                pc.place.geo_precision > 1 and status is ControlStatus.HELD
            ):
                # "قرية الحويز في سهل الغاب" with the village unknown, "مطار حلب", "الباغوز تحتاني": the place
                # coded stands near what changed hands, it did not itself; the fact stays with the event
                # (a contested or partial hold near a town still says the town is fought over)
                continue
            other = other_default
            previous = controllers.get(pc.place.place_id)
            if other and b.roles.actor2 is None and previous and previous.actor_id != actor_m.actor_id:
                other = previous.actor_id  # taken from whoever the text last said held it
            if status in (ControlStatus.HELD, ControlStatus.PARTIAL):
                controllers[pc.place.place_id] = actor_m
            out.append(
                ControlFact(
                    place=pc.place,
                    place_text=doc.raw(pc.mention.span),
                    actor_id=actor_m.actor_id,
                    status=status,
                    date=date,
                    evidence=[*evidence, Evidence(EvidenceRole.LOCATION, pc.mention.span, doc.raw(pc.mention.span))],
                    other_actor_id=other,
                    kind=kind,
                    historical=self._historical(doc, date, b.date.mention),
                    sentence=b.frame.sentence,
                )
            )
        return out


def _counted_dead(m: ActorMention, spans: list[Span]) -> bool:
    """The mention lies inside a figure of the event's dead ("21 جندياً")."""
    return any(s.start <= m.span.start and m.span.end <= s.end for s in spans)
