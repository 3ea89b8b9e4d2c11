"""The dead an event counts: killed figures given to their frames, statistics over a period, dead by place."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import pairwise
from typing import TypeVar

from marsad.extractors.built import Built
from marsad.extractors.frames import CROWD_PURPOSE_REACH, CROWDS, Frame, crowd_purpose_words
from marsad.extractors.positions import DocIndex
from marsad.extractors.triggers import ACTORS_PAST
from marsad.extractors.vocabulary import BODY_STEMS, Vocabulary
from marsad.extractors.when_where import PlaceChoice
from marsad.lang.cues import CueWords
from marsad.lang.numbers import GramNumber, MarkerKind, load_numbers
from marsad.lang.triggers import Territorial, TriggerLexicon, modifier_words
from marsad.model.document import Document
from marsad.model.events import Event, EvidenceRole
from marsad.model.mentions import ActorMention, PlaceMention, QuantityMention
from marsad.model.span import Span
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.normalize import normalize_term

#: how many words may stand between a toll's part and the place it names ("بينهم 73 في مدينة جبلة")
_PART_TO_PLACE = 3
#: "أنها"/"أنه"/"أنهم" (normalised) opening a party's claim, and the verbs of its own killing after it
_CLAIMING = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم"})
#: how many words before a figure "قتلى" in construct with a side may name its dead ("عدد قتلى الجيش بلغ ما بين")
_ONE_SIDE_REACH = 6
#: how many words before a figure of the dead may say they are mourned ("لإحياء أربعينية أحد القتلى")
_MOURNED_REACH = 3
#: how many words may stand between a figure and the killing verb it is the subject of
_VERB_BESIDE = 2
_KILLED_BY_ITSELF = frozenset({"قتلت", "قتل", "قتلوا", "اسقطت", "اسقط", "اسقطوا"})
#: how many words before a figure a running total's words make it the total (the modifier's scope)
_RUNNING_TOTAL_REACH = 20
#: how many words before a figure a phrase of the whole country may stand ("في عموم سوريا تتجاوز 70 قتيلاً")
_NATIONWIDE_REACH = 6
#: ... and how many words after it (the phrase right after the figure: "150 شخصاً في أنحاء البلاد")
_NATIONWIDE_AFTER = 3
#: how many words before a figure of a toll sentence "كما"/"إضافة إلى" may stand to add its dead to those told
_ADDS_REACH = 12
#: how many words before a figure its toll's head may stand ("حصيلة القتلى من الجانبين بلغت تسعة")
_TOLL_HEAD_REACH = 5
#: right before the figure a toll rose to ("ارتفعت الحصيلة إلى سبعة")
_RISE_TO = frozenset({"الي", "لتصل", "ليصل"})
#: words (normalised) before the deaths that made a toll rise, up to three words before their figure ("بعد مقتل
#: أربعة", "بعد العثور على أربع جثث")
_AFTER_DEATH = frozenset({"بعد", "اثر", "عقب"})
#: how many words may stand between a toll's new figure and the deaths that made it rise (the whole of a toll
#: told before its noun: "ارتفعت إلى 22 قتيلاً حصيلة هجوم شنه مسلحون ... مساء الاثنين، بعد العثور على أربع جثث")
_AFTER_REACH = 30
#: ... and the earlier count it replaced ("إلى تسعة قتلى بينهم منفذ الهجوم، بعد أن أعلنت الشرطة في وقت سابق")
_EARLIER_REACH = 14
#: how many words before a toll's new figure the word of its rise may stand ("ارتفعت حصيلة جولة الاشتباكات
#: الجديدة بين منطقتي باب التبانة وجبل محسن في طرابلس إلى سبعة")
_UPDATE_REACH = 20
#: how many words before a figure of the "neutralised" its teller may be named ("وقالت وزارة الدفاع التركية في
#: بيان إن قواتها حيدت سبعة")
_NEUTRALISED_TELLER_REACH = 20
#: how many words before a figure the word of a charge may stand ("بتهمة المشاركة في مجزرة الحولة التي راح
#: ضحيتها أكثر من 100 مدني")
_CHARGE_REACH = 12
#: a toll's key: its frame, or its frame and sentence
_Key = TypeVar("_Key", int, tuple[int, int])
#: words (normalised) before a part of the dead told: "بين القتلى خمس نساء", "بينهم أربعة أطفال", "منهم طفلان"
_AMONG = frozenset({"بين", "بينهم", "بينهن", "وبينهم", "منهم", "منهن", "ومنهم"})


class Tolls:
    """The cue words that say how figures of the dead add up, split once for the stage."""

    def __init__(self, cues: CueWords, triggers: TriggerLexicon) -> None:
        self.adds_to_toll = Vocabulary.of(cues.adds_to_toll)
        self.earlier_count = Vocabulary.of(cues.earlier_count)
        self.toll_update = Vocabulary.of(cues.toll_update)
        self.toll_forecast = cues.toll_forecast
        self.toll_unconfirmed = Vocabulary.of(cues.toll_unconfirmed)
        self.aggregate_phrases = tuple(normalize_term(w) for w in triggers.modifiers["aggregate"].words)
        self.contrast = cues.contrast
        self.reporting_verb = cues.reporting_verb
        self.mourned_dead = cues.mourned_dead
        self.side_claim = cues.side_claim
        self.report_noun = cues.report_noun
        self.own_forces = cues.own_forces
        self.caused_by = cues.caused_by
        self.neutralising = cues.neutralising
        self.neutralising_broadly = with_conjunctions(cues.neutralising_broadly)
        self.purpose = crowd_purpose_words()
        self.charged = modifier_words("charge")
        self.running_total = Vocabulary.of(modifier_words("running_total"))
        self.nationwide = tuple(normalize_term(w) for w in cues.nationwide)
        numbers = load_numbers()
        self.toll_head = frozenset(normalize_term(m.form) for m in numbers.markers if m.kind is MarkerKind.TOLL_HEAD)
        #: "القتلى", "الشهداء": the dead told, as the subject a figure names ("إن القتلى ثمانية جنود")
        plural = GramNumber.PLURAL
        dead = [normalize_term(w.form) for w in numbers.casualties if w.counted == "killed" and w.number is plural]
        self.dead_plural = frozenset(dead)  # ("قتلى" in construct with whose they were: "عدد قتلى الجيش")
        self.the_dead = frozenset("ال" + w for w in dead)
        self.dead_nouns = frozenset(dead) | self.the_dead

    @staticmethod
    def _frame_of_its_verb(index: DocIndex, frames: list[Frame], figure: Span) -> Frame | None:
        """The frame whose killing word follows the figure, its subject, within a few words ("إن سبعة مدنيين
        قتلوا في قصف مدفعي" after "تواصلت الاشتباكات": the dead are the shelling's, though the clash is told
        before them), when the sentence holds several frames."""
        if len(frames) < 2:
            return None
        for f in frames:
            for t in (f.head, *f.members):
                if (
                    t.family == "killing"
                    and t.span.start >= figure.end
                    and index.count_between(figure, t.span) <= _VERB_BESIDE
                ):
                    return f
        return None

    def attach_fatalities(
        self, doc: Document, index: DocIndex, frames: list[Frame]
    ) -> dict[int, tuple[int, list[Span]]]:
        """Killed figures go to the nearest preceding frame of their sentence (else the next one). A figure
        in a clause that counts over a period ("مقتل 300 مدني منذ مطلع العام، وآخرها مقتل طفل أمس") is a
        statistic: it belongs to no event of another clause. A figure in a toll sentence after an event
        ("الحصيلة بلغت ستة قتلى") is that event's toll: it replaces a lower figure, it is not added to it."""
        out: dict[int, tuple[int, list[Span]]] = {}
        # each toll sentence's figure, by frame and sentence in text order: a later sentence is a new count of
        # the dead told, not more dead ("وقالت الغرفة إن بين القتلى خمس نساء ... وذكرت مصادر أن عدد القتلى بلغ 20")
        tolls: dict[tuple[int, int], tuple[int, list[Span]]] = {}
        # "ومنذ الثامن من تشرين الأول، قُتل أكثر من 480 شخصاً": dead counted since a day are statistics, no
        # toll of the event told before
        since = {d.sentence for d in doc.dates if index.words_before(d.span, 1) in (["منذ"], ["ومنذ"])}
        toll_of = {si: f for f in frames for si in f.toll_sentences if si not in since}
        last_figure: dict[int, tuple[Frame, Span]] = {}  # sentence -> the frame and span of its last figure
        periods: dict[int, bool] = {}  # sentence -> whether it holds a period phrase (see _tells_a_period)
        parts: dict[int, Span] = {}  # toll sentence -> the last figure of the breakdown it gives
        for q in doc.quantities:
            if q.counted != "killed":
                continue
            if not self.mourned_dead.isdisjoint(index.words_before(q.span, _MOURNED_REACH)):
                continue  # "تجمع المئات لإحياء أربعينية أحد القتلى": the dead of an event told before
            if self.running_total.said_in(index.words_before(q.span, _RUNNING_TOTAL_REACH)):
                continue  # "ليرتفع بذلك عدد قتلى الاحتجاجات منذ أكتوبر إلى 72": the total, no more dead
            if self.nationwide_figure(index, q.span):
                continue
            if self._neutralised_broadly(index, q.span):
                continue  # "أعلنت وزارة الدفاع التركية تحييد 23 إرهابياً": the wounded and captured are in it too
            same = [
                f
                for f in frames
                if f.sentence == q.sentence and f.territorial not in (Territorial.LOSS, Territorial.STATE)
            ]
            # (a period phrase after the frame's words flags none of them: "حصيلة المعارك منذ اندلاعها في الرابع
            # من أبريل ارتفعت إلى 174 قتيلاً")
            if same and self._tells_a_period(index, q.sentence, periods):
                same = [f for f in same if not self._counts_over_a_period(index, q.span, f.head.span)]
            if not same:
                owner = toll_of.get(q.sentence)
                if owner is not None:
                    if self._adds_to_toll(index, q.span) or _more_dead(index, q.span):
                        # "كما قتل عنصر من التنظيم خلال الاشتباكات": more dead, added to those told
                        total, spans = out.get(id(owner), (0, []))
                        out[id(owner)] = (total + q.value, [*spans, q.span])
                        continue
                    part = parts.get(q.sentence)
                    if self._breakdown(index, q.span) or (part is not None and index.count_between(part, q.span) == 0):
                        # "وقالت الغرفة إن بين القتلى خمس نساء وأربعة أطفال": who the dead told were, no more dead
                        parts[q.sentence] = q.span
                        continue
                    if self._updates(index.sentence_words(q.sentence)):
                        # "ارتفعت الحصيلة إلى 13 بعد انتشال جثتين": the update's figure, the others are in it
                        value, spans = tolls.get((id(owner), q.sentence), (0, []))
                        # (another source's figure after the update's is another count of the same dead: the
                        # lowest, "ارتفاع حصيلة القتلى إلى 23 قتيلاً، فيما تحدثت مصادر محلية عن 27 قتيلاً")
                        lowest = bool(spans) and self._another_source(index, spans[-1], q.span)
                        keep = value <= q.value if lowest else value >= q.value
                        tolls[(id(owner), q.sentence)] = (value, spans) if keep else (q.value, [q.span])
                        continue
                    self._count(index, tolls, (id(owner), q.sentence), q)
                continue
            restated = None if q.sentence in last_figure else self._restated_toll(index, frames, out, tolls, q)
            if restated is not None:
                # "فيما أكدت مصادر محلية أن عدد القتلى بلغ خمسة" in a sentence that tells the attack again:
                # another count of the dead told before, whatever frame its sentence has
                self._count(index, tolls, (id(restated), q.sentence), q)
                continue
            before = [f for f in same if f.head.span.start <= q.span.start]
            target = self._frame_of_its_verb(index, same, q.span) or (before[-1] if before else same[0])
            if any(s.overlaps(q.span) for s in out.get(id(target), (0, []))[1]):
                continue  # a figure read twice
            previous = last_figure.get(q.sentence)
            if previous is not None and _whose_bodies(doc, index, previous[1], q.span):
                # "ثلاث جثث لرجلين وامرأة": whose the bodies were counts the same dead again
                last_figure[q.sentence] = (previous[0], Span(previous[1].start, q.span.end))
                continue
            told, told_spans = out.get(id(target), (0, []))
            if told_spans and self._rises_to(index, q.span):
                # "وقتل شاب برصاص الشرطة قبل أن ترتفع الحصيلة إلى قتيلين": the figure the toll rose to counts those told
                out[id(target)] = (q.value, [q.span]) if q.value >= told else (told, told_spans)
                last_figure[q.sentence] = (target, q.span)
                continue
            if previous is not None and previous[0] is target and self._within_the_update(index, previous[1], q.span):
                continue  # "ارتفعت حصيلة الاشتباكات إلى سبعة قتلى، بعد مقتل أربعة أشخاص أمس": the four are of the seven
            if previous is not None and self._another_source(index, previous[1], q.span):
                # "قتل 58 شخصاً ... جراء قصف بغازات سامة ..., بينما تحدثت مديرية الصحة عن أكثر من مئة قتيل":
                # another source's count of the dead just counted, whichever frame its words fall in
                target = previous[0]
            if target.family.id == "arrest" and not self.charged.isdisjoint(index.words_before(q.span, _CHARGE_REACH)):
                # "ألقت القبض على عميد متقاعد بتهمة المشاركة في مجزرة الحولة التي راح ضحيتها أكثر من 100 مدني":
                # the dead of what the arrested is charged with, none of the arrest's
                continue
            if target.family.id in CROWDS and (
                not self.caused_by.isdisjoint(index.words_before(q.span, 1))
                or index.said_before_in_clause(q.span, CROWD_PURPOSE_REACH, self.purpose)
            ):
                # "أحرق شبان غاضبون إطارات ...، إثر وفاة شاب داخل مفوضية للشرطة": the death the crowd rose over,
                # none of its own dead; nor the dead its grievance or demand names ("مطالبين بمحاسبة المسؤولين عن
                # انهيار السدين الذي خلف آلاف القتلى")
                continue
            self._count(index, out, id(target), q)
            last_figure[q.sentence] = (target, q.span)
        by_id = {id(f): f for f in frames}
        for (key, toll_sentence), (toll, spans) in tolls.items():
            if key not in out:
                # the last frame told before the toll has no dead of its own ("... وفق غرفة الطوارئ التي حمّلت
                # طيران الجيش مسؤولية القصف"): the toll counts again the dead of its sentence's frame that has
                owner = by_id[key]
                key = next(
                    (id(f) for f in reversed(frames) if f.sentence == owner.sentence and id(f) in out), key
                )
            told, told_spans = out.get(key, (0, []))
            if told_spans and self._some_of_the_dead(index, spans[0]):
                continue  # "وأفادت المفوضية بأن عدداً من القتلى سقطوا جراء إصابات في الرأس": some of those told
            update = index.sentence_words(toll_sentence)
            if told_spans and toll < told and self.earlier_count.said_in(update):
                continue  # "وكان المجتمع المدني قد أعلن أمس حصيلة أولية بلغت 18 قتيلاً": the count the toll rose from
            if told_spans and toll > told and self._updates(update) and not self.toll_unconfirmed.said_in(update):
                # "وبعد ساعات، أعلن الدفاع المدني ارتفاع عدد القتلى إلى ثمانية": the toll told risen, whoever
                # tells it, replaces the lower one (not another source's count, of which ACLED keeps the lowest)
                out[key] = (toll, spans)
                continue
            if told_spans and (
                self._another_source(index, _last_of_the_same(doc, told_spans, spans[0]), spans[0])
                or (
                    self._restated_by_a_source(index, spans[0])
                    and (
                        _same_dead(doc, told_spans[-1], spans[0])
                        or self._claims_the_same(index, told_spans[-1], spans[0])
                        or self._names_the_dead(index, spans[0])
                    )
                )
            ):
                # "... وأعلنت طالبان أنها قتلت 25 شرطياً": another source's count of the dead told: the lowest
                beside = _last_of_the_same(doc, told_spans, spans[0])
                if len(told_spans) > 1 and _same_dead(doc, beside, spans[0]):
                    # (of one side's dead among others': "مقتل 4 جنود مقابل تحييد 15 من المهاجمين ... وزعمت الجماعة
                    # أنها قتلت عشرات الجنود" sets the claim beside the four, the attackers' dead stay)
                    _claim_beside(doc, out, key, beside, toll, spans)
                    continue
                out[key] = (toll, spans) if toll < told else (told, told_spans)
                continue
            by_a_source = self._restated_by_a_source(index, spans[0])
            earlier = _earlier_count_of(doc, frames, out, key, spans[0]) if by_a_source else None
            if earlier is not None:
                # "قال الجيش إن خمسة من جنوده قتلوا في هجوم ... وأضاف أن قواته حيّدت عدداً من الإرهابيين ... وقالت
                # الجماعة إنها قتلت عشرات الجنود": a side's claim of the soldiers told dead in an earlier frame is
                # set beside them, no more dead of the later frame
                _claim_beside(doc, out, *earlier, toll, spans)
                continue
            if told_spans and not any(_same_dead(doc, s, spans[0]) for s in told_spans):
                # "مقتل 30 من مسلحي الحوثي ... وقال مصدر عسكري إن ثمانية جنود قُتلوا": the other side's dead
                out[key] = (told + toll, [*told_spans, *spans])
                continue
            out[key] = (toll, spans) if toll >= told else (told, told_spans)
        return out

    def _neutralised_broadly(self, index: DocIndex, figure: Span) -> bool:
        """The figure counts the "neutralised" (cue group `neutralising`) and a word of a teller whose army's word
        covers more than the dead (cue group `neutralising_broadly`) stands before it in its sentence."""
        near = [*index.words_before(figure, 2), *index.words_after(figure, 2)]
        if not any(is_word(w, self.neutralising) for w in near):
            return False
        return not self.neutralising_broadly.isdisjoint(index.words_before(figure, _NEUTRALISED_TELLER_REACH))

    def another_count(self, index: DocIndex, told: list[Span], other: list[Span]) -> bool:
        """The figures ``other`` count again, in another sentence, the dead the figures ``told`` counted, as two
        tellings of one event merge: the later sentence is told by a reporting verb or a side's claim, updates no
        toll and adds no dead, and it counts people of the same named kind ("أعلن الرئيس الأوغندي مقتل 54 جندياً
        ... وكانت الحركة قد قالت في بيان إن مقاتليها ... قتلوا 137 جندياً"), or the dead after a toll's head, or
        is a side's claim not about the other side's men. Two sources' counts: ACLED keeps the lowest."""
        if not told or not other:
            return False
        first, second = (told, other) if told[0].start <= other[0].start else (other, told)
        later = index.position(second[0]).sentence
        if any(index.position(s).sentence == later for s in first):
            return False
        words = index.sentence_words(later)
        claimed = not self.side_claim.isdisjoint(words)
        if not (self._reported(words) or claimed) or self._updates(words) or self.adds_to_toll.said_in(words):
            return False
        if any(_more_dead(index, s) for s in second):
            return False
        if claimed and not _of_both_sides(index.doc, first, second):
            # "وتبنت الحركة الهجوم، زاعمة أن أحد عناصرها فجّر حزامه الناسف ... ما أسفر عن مقتل أكثر من أربعين
            # منهم": the side's claim of the dead told
            return True
        if any(self._heads_a_toll(index, s) for s in second):
            return True  # "وقال مسؤول محلي إن عدد القتلى تجاوز خمسين": the dead told, counted again
        if not self.contrast.isdisjoint(words[:_OPENING]) and all(_same_dead(index.doc, first[-1], s) for s in second):
            # "قتل 19 شخصاً ... بحسب التلفزيون الرسمي. في المقابل، قالت منظمة حقوقية إن 41 شخصاً قتلوا": a sentence
            # opening with a contrast gives another source's count of the same dead
            return True
        named = {g for g in groups_of(index.doc, first) if g not in _ANYONE}
        others = groups_of(index.doc, second)
        if not named.isdisjoint(others):
            return True
        # "هلاك 4 من عناصرها" in a side's statement and "مقتل مجندين اثنين" by a security source: a force's
        # members are its soldiers
        return bool(named | others) and (named | others) <= _COMBATANTS and "member" in named | others

    def _heads_a_toll(self, index: DocIndex, figure: Span) -> bool:
        """A toll's head ("عدد القتلى", "حصيلة") or the dead ("القتلى") stands a few words before the figure."""
        words = index.words_before(figure, _TOLL_HEAD_REACH)
        if not self.toll_head.isdisjoint(words) or self._names_the_dead(index, figure):
            return True
        # "إن عدد قتلى عناصر الأمن في الكمين والاشتباكات التي أعقبته بلغ ستة عشر": the head further back
        where = index.position(figure)
        before = [t.norm for t in index.sentence_tokens(where.sentence) if t.end <= figure.start]
        return any(
            w in self.toll_head and before[i + 1].lstrip("و") in self.dead_nouns for i, w in enumerate(before[:-1])
        )

    def statistics_sentences(self, doc: Document, index: DocIndex) -> set[int]:
        """Sentences after a count over a period that go on quoting the report ("وثقت الشبكة في تقريرها الشهري
        مقتل 87 مدنياً خلال آذار. وأوضح التقرير أن قوات النظام قتلت 21 مدنياً"): their counts are statistics."""
        first = min((t.sentence for t in doc.triggers if "aggregate" in t.flags), default=None)
        if first is None:
            return set()
        report = self.report_noun
        return {
            si
            for si in range(first + 1, len(doc.sentences))
            if not report.isdisjoint(t.norm.lstrip("و") for t in index.sentence_tokens(si))
        }

    def _count(
        self, index: DocIndex, table: dict[_Key, tuple[int, list[Span]]], key: _Key, q: QuantityMention
    ) -> None:
        """Add figure ``q`` to the toll ``table[key]``, or, when it is another source's count of the same dead
        ("قالت لجان التنسيق إن 50 قتلوا، بينما قال المرصد إن عدد القتلى 34"), keep the lowest of the two."""
        spans: list[Span]
        total, spans = table.get(key, (0, []))
        if spans and _one_sides_part(index, spans[-1], q.span):
            return  # "مقتل 23 من الطرفين، بينما تحدثت المقاومة عن عشرات القتلى في صفوف الحوثيين": a part of them
        if self._one_sides_toll(index, q.span) and len(groups_of(index.doc, spans) - {""}) >= 2:
            # "مقتل 18 تكفيرياً واستشهاد ضابطين وثلاثة جنود، فيما قالت مصادر إن عدد قتلى الجيش بلغ ثمانية": one
            # side's dead counted again, not all the dead told (which side's, the words do not say to the scorer)
            return
        if spans and self._some_of_the_dead(index, q.span):
            return  # "قتل ثمانية متظاهرين، فيما قالت المفوضية إن ثلاثة من القتلى سقطوا جراء ...": some of them
        if spans and self._another_source(index, _last_of_the_same(index.doc, spans, q.span), q.span):
            if q.value < total:
                table[key] = (q.value, [q.span])
            return
        table[key] = (total + q.value, [*spans, q.span])

    def _one_sides_toll(self, index: DocIndex, figure: Span) -> bool:
        """The figure is the toll of one side, told by a plural of the dead in construct with it a few words
        before ("عدد قتلى الجيش بلغ ثمانية"; not "عدد القتلى بلغ ثمانية")."""
        before = index.words_before(figure, _ONE_SIDE_REACH)
        return any(w in self.dead_plural and nxt.startswith("ال") for w, nxt in pairwise(before))

    @staticmethod
    def _breakdown(index: DocIndex, figure: Span) -> bool:
        """The figure follows "بين"/"بينهم"/"منهم" within two words: a part of the dead told, not more dead."""
        return not _AMONG.isdisjoint(index.words_before(figure, 2))

    def _another_source(self, index: DocIndex, first: Span, second: Span) -> bool:
        """Between two figures, a contrast and a reporting verb: the second is another source's count. So is
        a party's claim of whom it killed after a reporting verb ("وأعلنت طالبان في بيان أنها قتلت 25
        شرطياً"), the side's own count of the same dead. Dead of another kind are more dead ("قتل عشرة من جنود
        حفظ السلام ... فيما قالت البعثة إن قواتها قتلت ثمانية من المهاجمين")."""
        if _more_dead(index, second):
            return False
        before = index.words_before(second, 2)
        claim = len(before) == 2 and (before[0] in _CLAIMING or before[0] in self.own_forces) and (
            before[1] in _KILLED_BY_ITSELF
        )
        if not (_same_dead(index.doc, first, second) or (claim and _may_be_one_side(index.doc, first, second))):
            return False
        between = index.words_between(first, second)
        if not self._reported(between):
            return False
        return claim or not self.contrast.isdisjoint(between)

    def _restated_toll(
        self,
        index: DocIndex,
        frames: list[Frame],
        out: dict[int, tuple[int, list[Span]]],
        tolls: dict[tuple[int, int], tuple[int, list[Span]]],
        q: QuantityMention,
    ) -> Frame | None:
        """The frame of an earlier sentence whose dead figure ``q`` counts again: ``q`` follows a toll's head
        ("عدد القتلى بلغ", "حصيلة القتلى من الجانبين بلغت") in a sentence told by a reporting verb that
        updates nothing, after dead were counted in an earlier sentence."""
        if self.toll_head.isdisjoint(index.words_before(q.span, _TOLL_HEAD_REACH)):
            return None
        if not self._restated_by_a_source(index, q.span):
            return None
        # (the frames with dead so far, as this sentence's own or as a toll sentence's)
        counted = {*out, *(frame_id for frame_id, _ in tolls)}
        return next((f for f in reversed(frames) if f.sentence < q.sentence and id(f) in counted), None)

    def _restated_by_a_source(self, index: DocIndex, figure: Span) -> bool:
        """The toll sentence of ``figure`` is told by a reporting verb and updates nothing ("وقال مسؤول محلي
        إن عدد القتلى بلغ سبعة عشر"): another source's count, not a higher toll that replaces the first."""
        words = index.sentence_words(index.position(figure).sentence)
        return self._reported(words) and not self._updates(words)

    def _claims_the_same(self, index: DocIndex, told: Span, claimed: Span) -> bool:
        """The toll sentence of ``claimed`` is a side's claim (`side_claim`: "زاعماً مقتل أكثر من 25 عنصراً")
        of fighters killed, and the dead told were fighters too, by another word ("7 مقاتلين"): the same dead."""
        if self.side_claim.isdisjoint(index.sentence_words(index.position(claimed).sentence)):
            return False
        a, b = _groups(index.doc, told, claimed)
        return a in _COMBATANTS and b in _COMBATANTS

    def nationwide_figure(self, index: DocIndex, figure: Span) -> bool:
        """``figure`` counts a whole country's dead, no event's: "حصيلة اليوم في عموم سوريا تتجاوز 70 قتيلاً",
        "مقتل نحو 150 شخصاً في أنحاء البلاد"."""
        told_before = " ".join(index.words_before(figure, _NATIONWIDE_REACH))
        told_after = " ".join(index.words_after(figure, _NATIONWIDE_AFTER))
        return any(phrase in told_before or told_after.startswith(phrase) for phrase in self.nationwide)

    def _updates(self, words: list[str]) -> bool:
        """The words tell a toll risen ("ارتفعت الحصيلة إلى 13"), not one that may rise ("مرجحاً ارتفاع الحصيلة")."""
        if not self.toll_update.said_in(words):
            return False
        forecast = self.toll_forecast
        told = [w for i, w in enumerate(words) if i == 0 or words[i - 1] not in forecast]
        return len(told) == len(words) or self.toll_update.said_in(told)

    def _rises_to(self, index: DocIndex, figure: Span) -> bool:
        """``figure`` is the one a toll rose to ("ارتفعت الحصيلة إلى سبعة قتلى")."""
        return bool(_RISE_TO.intersection(index.words_before(figure, 1))) and self._updates(
            index.words_before(figure, _UPDATE_REACH)
        )

    def _within_the_update(self, index: DocIndex, update: Span, figure: Span) -> bool:
        """``update`` is the figure a toll rose to and ``figure`` is told right after it as the deaths that made
        it rise ("بعد مقتل أربعة أشخاص", "إثر وفاة اثنين من الجرحى"): counted in the update, no more dead; or as
        the earlier count it replaced ("بعد أن أعلنت الشرطة في وقت سابق مقتل خمسة", cue group `earlier_count`)."""
        if not self._rises_to(index, update):
            return False
        gap = index.count_between(update, figure)
        if gap <= _AFTER_REACH and not _AFTER_DEATH.isdisjoint(index.words_before(figure, 3)):
            return True  # (over the finding of bodies: "بعد العثور على أربع جثث إضافية")
        return gap <= _EARLIER_REACH and self.earlier_count.said_in(index.words_between(update, figure))

    def _some_of_the_dead(self, index: DocIndex, figure: Span) -> bool:
        """The figure counts some "of the dead" ("عدداً من القتلى", "ثلاثة من الضحايا"): those told already."""
        words = normalize_term(index.doc.text[figure.start : figure.end]).split()
        return any(w == "من" and nxt in self.the_dead for w, nxt in pairwise(words))

    def _names_the_dead(self, index: DocIndex, figure: Span) -> bool:
        """The figure says who the dead told were ("وقال المرصد إن القتلى ثمانية جنود وثلاثة مقاتلين"): the
        same dead, whatever their kind."""
        return not self.the_dead.isdisjoint(index.words_before(figure, 2))

    def _reported(self, words: list[str]) -> bool:
        """A reporting verb among ``words``, bare or after "و" ("وقال"; "وثق" keeps its own و)."""
        return any(is_word(w, self.reporting_verb, ("و",)) for w in words)

    def _adds_to_toll(self, index: DocIndex, figure: Span) -> bool:
        """The toll sentence says, before ``figure``, that its dead come on top of those told ("كما قتل عنصر",
        "إضافة إلى مقتل"; not "قُتل 27 جندياً ... إضافة إلى عشرات الجرحى": the wounded come on top)."""
        return self.adds_to_toll.said_in(index.words_before(figure, _ADDS_REACH))

    def _tells_a_period(self, index: DocIndex, sentence: int, seen: dict[int, bool]) -> bool:
        """The sentence holds a period phrase of the `aggregate` group (asked once per sentence, in ``seen``)."""
        told = seen.get(sentence)
        if told is None:
            words = " ".join(index.sentence_words(sentence))
            told = seen[sentence] = any(phrase in words for phrase in self.aggregate_phrases)
        return told

    def _counts_over_a_period(self, index: DocIndex, figure: Span, head: Span) -> bool:
        """A period phrase of the `aggregate` group ("منذ مطلع العام") makes ``figure`` a statistic that
        is not ``head``'s: it stands in the figure's clause while the head is in another, or between them. (Not one
        the trigger stage found to tell an actor's past after the head, "استعادة السيطرة ... مع قوات الدعم السريع
        التي كانت تتحصن فيه منذ اندلاع الحرب".)"""
        where = index.position(figure)
        if any(t.span == head and ACTORS_PAST in t.flags for t in index.doc.triggers):
            return False
        if index.position(head).clause != where.clause:
            words = " ".join(t.norm for t in index.sentence_tokens(where.sentence) if t.clause == where.clause)
            if any(phrase in words for phrase in self.aggregate_phrases):
                return True
        between = " ".join(index.words_between(figure, head))
        return any(phrase in between for phrase in self.aggregate_phrases)


def dead_by_place(doc: Document, index: DocIndex, b: Built, places: list[PlaceChoice | None]) -> list[int]:
    """The event's dead, place by place: a figure or a breakdown's part followed by a place ("قتل 120 شخصاً،
    بينهم 73 في مدينة جبلة", "مقتل تسعة مدنيين في جسر الشغور ... وثلاثة آخرين في كفرنبل") gives that place
    its count and the others share the rest; else all share evenly (the first place takes the remainder)."""
    n = len(places)
    named: dict[int, int] = {}
    if n > 1 and b.fatalities > 0:
        at = {pc.place.place_id: i for i, pc in enumerate(places) if pc is not None}
        # the parts of a breakdown, and the event's own figures ("مقتل تسعة مدنيين في جسر الشغور ... وثلاثة
        # آخرين في كفرنبل"), each followed by its place
        counts = [
            (qp.part.span, qp.part.sentence, qp.part.value)
            for qp in doc.quantity_parts
            if qp.whole.counted == "killed" and qp.whole.span in b.fatality_spans
        ]
        counts += [
            (q.span, q.sentence, q.value)
            for q in doc.quantities
            if q.span in b.fatality_spans and q.counted == "killed"
        ]
        figures = sorted(q.span.start for q in doc.quantities)
        for span, sentence, value in counts:
            # (the place before the next figure: "بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل" is the three's)
            until = next((start for start in figures if start > span.start), len(doc.text))
            # (in the figure's sentence: places after it in the text are in it or in a later one)
            candidates = (m for m in doc.places if m.resolved is not None and m.resolved.place_id in at)
            m = place_after_figure(index, span, candidates, until, _PART_TO_PLACE)
            if m is not None and m.resolved is not None and index.position(m.span).sentence == sentence:
                named.setdefault(at[m.resolved.place_id], value)
    # (further targets told in a clause of their own take only the dead a figure names at them)
    told = n - b.further_targets
    rest = b.fatalities - sum(named.values())
    others = [i for i in range(told) if i not in named]
    if not named or rest < 0 or (rest > 0 and not others):
        named, rest, others = {}, b.fatalities, list(range(told))
    if not others:
        return [named.get(i, 0) for i in range(n)]  # every place has its part, and the parts make the whole
    share, extra = divmod(rest, len(others))
    out = [named.get(i, share if i < told else 0) for i in range(n)]
    out[others[0]] += extra
    return out


#: the words (normalised) after a figure that make it both sides' dead ("من الطرفين") ...
_BOTH_SIDES = frozenset({"الطرفين", "الجانبين"})
#: ... and the word after a figure that makes it one side's ("في صفوف الحوثيين")
_RANKS = frozenset({"صفوف", "بصفوف"})


def _one_sides_part(index: DocIndex, both: Span, figure: Span) -> bool:
    """``both`` counts the dead of both sides ("23 شخصاً على الأقل من الطرفين") and ``figure``, told after it in
    its sentence, the dead of one side ("عشرات القتلى في صفوف الحوثيين"): a part of the first, not another count."""
    if _BOTH_SIDES.isdisjoint(index.words_after(both, 4)):
        return False
    return not _RANKS.isdisjoint(index.words_after(figure, 3))


def _more_dead(index: DocIndex, figure: Span) -> bool:
    """The figure's people are told as others ("وقال مصدر أمني إن جنديين آخرين قتلا"): more dead, not
    another count of those told."""
    return any(w.startswith("اخر") for w in index.words_after(figure, 1))


def _whose_bodies(doc: Document, index: DocIndex, bodies: Span, figure: Span) -> bool:
    """``figure`` says whose the bodies counted by ``bodies`` were: a word of bodies in the first, "ل" on the
    second, at most three words apart ("جثتين مجهولتي الهوية لرجلين"), or "و" on a figure right after such
    a one (the span of ``bodies`` then runs over the first of them: "لرجلين وامرأة")."""
    if index.count_between(bodies, figure) > 3 or figure.start < 2:
        return False
    if not any(w.startswith(BODY_STEMS) for w in normalize_term(doc.text[bodies.start : bodies.end]).split()):
        return False
    prefix = doc.text[figure.start - 2 : figure.start]
    if prefix[1] == "ل" and prefix[0].isspace():
        return True
    return prefix[1] == "و" and prefix[0].isspace() and index.count_between(bodies, figure) == 0


def fatality_spans(e: Event) -> list[Span]:
    """The spans of the figures that count the event's dead."""
    return [ev.span for ev in e.evidence if ev.role is EvidenceRole.FATALITIES]


def place_after_figure(
    index: DocIndex, figure: Span, places: Iterable[PlaceMention], until: int, reach: int
) -> PlaceMention | None:
    """The first of ``places`` (in text order) named after ``figure`` and before offset ``until`` (the next
    figure), when at most ``reach`` words stand between: the place that figure's dead fell at ("بينهم 73 في مدينة
    جبلة"). A farther one is no figure's place (nor are those after it)."""
    m = next((m for m in places if figure.end <= m.span.start < until), None)
    return m if m is not None and index.count_between(figure, m.span) <= reach else None


def counted_dead(m: ActorMention, spans: list[Span]) -> bool:
    """The mention begins inside a figure of the event's dead ("21 جندياً"), whose words may go on past it
    ("ثلاثة جنود أميركيين", the figure "ثلاثة جنود")."""
    return any(s.start <= m.span.start < s.end for s in spans)


def counted_dead_of(m: ActorMention, spans: list[Span], text: str) -> bool:
    """The mention is counted among the event's dead (`counted_dead`) or names whose they were, right after a
    figure, bare or after "من" ("عنصران من «وحدات مقاومة سنجار»")."""
    return counted_dead(m, spans) or any(
        s.end <= m.span.start and text[s.end : m.span.start].strip(_QUOTES_AND_SPACE) in ("", "من") for s in spans
    )


#: what may stand between a figure and the name of whose dead they were: spaces and quotes
_QUOTES_AND_SPACE = " \t\n\"'«»“”„()"


#: the people groups (data/ar/numbers.yaml) that name a force's armed men, by whatever word
_COMBATANTS = frozenset({"member", "fighter", "soldier", "police", "officer", "commander", "gunman", "terrorist"})
#: what a figure counts when it names nobody in particular ("سبعة أشخاص", "عدد القتلى بلغ 17")
_ANYONE = frozenset({"", "person", "other"})
#: how many first words of a sentence may hold the contrast that opens it ("وفي المقابل"، "في حين")
_OPENING = 3


#: the people groups of a state's men and of armed men against a state: a figure of one and a figure of the
#: other never count the same dead; a group's "members" or "fighters" may be either
_STATE_MEN = frozenset({"soldier", "police", "officer"})
STATES_FOES = frozenset({"gunman", "terrorist", "attacker"})


def _may_be_one_side(doc: Document, first: Span, second: Span) -> bool:
    """A side's claim of whom it killed (``second``) may count the dead told (``first``): both count armed men,
    not a state's men and its foes ("قتل عشرة من جنود حفظ السلام ... فيما قالت البعثة إن قواتها قتلت ثمانية
    مسلحين" are other dead; "14 عنصراً من قوات النظام" and a faction's claimed "أربعين جندياً" may be the same)."""
    a, b = _groups(doc, first, second)
    if a not in _COMBATANTS | STATES_FOES or b not in _COMBATANTS | STATES_FOES:
        return False
    return not ({a, b} & _STATE_MEN and {a, b} & STATES_FOES)


def _of_both_sides(doc: Document, first: list[Span], second: list[Span]) -> bool:
    """The figures ``first`` count a state's men and ``second`` its foes, or the other way round."""
    a, b = groups_of(doc, first), groups_of(doc, second)
    return bool((a & _STATE_MEN and b & STATES_FOES) or (a & STATES_FOES and b & _STATE_MEN))


def _earlier_count_of(
    doc: Document, frames: list[Frame], out: dict[int, tuple[int, list[Span]]], key: int, claimed: Span
) -> tuple[int, Span] | None:
    """The frame told before the one keyed ``key`` whose dead are of the kind the claim ``claimed`` counts (both
    named, the same group: soldiers and soldiers), with that figure; None when the frame keyed ``key`` has such
    dead itself or no earlier frame does."""
    groups = {q.span: q.group for q in doc.quantities}
    group = groups.get(claimed, "")
    if not group or any(groups.get(s) == group for s in out.get(key, (0, []))[1]):
        return None
    owner = next((f for f in frames if id(f) == key), None)
    if owner is None:
        return None
    for f in reversed(frames):
        if f.head.span.start >= owner.head.span.start or id(f) not in out:
            continue
        same = [s for s in out[id(f)][1] if groups.get(s) == group]
        if same:
            return id(f), same[-1]
    return None


def _claim_beside(
    doc: Document, out: dict[int, tuple[int, list[Span]]], key: int, beside: Span, toll: int, spans: list[Span]
) -> None:
    """A side's claim ``toll`` (its figures ``spans``) of the dead the figure ``beside`` of the frame keyed ``key``
    counts: the lowest of the two stands in that frame's toll, its other dead stay."""
    told, told_spans = out[key]
    of_that_side = _value_of(doc, beside)
    if of_that_side is not None and toll < of_that_side:
        out[key] = (told - of_that_side + toll, [s for s in told_spans if s != beside] + spans)


def other_sides_dead(doc: Document, told: list[Span], other: list[Span]) -> bool:
    """The figures ``told`` and ``other`` count the dead of the two sides, a state's men and its foes, and no
    kind of dead both ("خمسة من جنوده قتلوا" and "حيّدت عدداً من الإرهابيين"): two tellings of one fight add up."""
    a, b = _sides_counted(doc, told), _sides_counted(doc, other)
    if not a or not b:
        return False
    return (a <= _STATE_MEN and b <= STATES_FOES) or (a <= STATES_FOES and b <= _STATE_MEN)


#: what follows "عنصراً" or "فرداً" when the members counted are a state force's ("11 عنصراً من الشرطة")
_OF_A_STATE_FORCE = (" من الشرطة", " من قوات الأمن", " من الجيش", " من قوات الجيش", " من رجال الأمن", " من الأمن")


def _sides_counted(doc: Document, spans: list[Span]) -> set[str]:
    """The people groups the figures ``spans`` count, members of a state force counted as its men ("11 عنصراً
    من الشرطة الإيرانية": police)."""
    out = set()
    for q in doc.quantities:
        if q.span in spans:
            state = q.group == "member" and doc.text.startswith(_OF_A_STATE_FORCE, q.span.end)
            out.add("police" if state else q.group)
    return out


def _value_of(doc: Document, figure: Span) -> int | None:
    """The value of the quantity whose span is ``figure``."""
    return next((q.value for q in doc.quantities if q.span == figure), None)


def _last_of_the_same(doc: Document, spans: list[Span], figure: Span) -> Span:
    """The last of the figures ``spans`` that may count the same dead as ``figure`` (else the last): the army's
    "أربعة جنود" and "سبعة من المهاجمين", then the group's claim of "15 جنديا", set the claim beside the four."""
    return next((s for s in reversed(spans) if _same_dead(doc, s, figure)), spans[-1])


def _same_dead(doc: Document, first: Span, second: Span) -> bool:
    """Two figures may count the same dead: one of them names nobody in particular, or both the same kind of
    people ("خمسة من عناصرها" and "ثمانية من مقاتلي الفصائل" are different dead)."""
    a, b = _groups(doc, first, second)
    return a == b or a in _ANYONE or b in _ANYONE


def groups_of(doc: Document, spans: Collection[Span]) -> set[str]:
    """The people groups the figures ``spans`` count."""
    return {q.group for q in doc.quantities if q.span in spans}


def _groups(doc: Document, first: Span, second: Span) -> tuple[str, str]:
    """The people groups two figures count ("soldier", "civilian" ...; "" when none)."""
    groups = {q.span: q.group for q in doc.quantities if q.span == first or q.span == second}
    return groups.get(first, ""), groups.get(second, "")
