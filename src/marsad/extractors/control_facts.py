"""Territorial control: how much ground changed hands, who took it, which places were lost, the control facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from marsad.extractors.built import Built
from marsad.extractors.frames import Frame
from marsad.extractors.history import historical
from marsad.extractors.positions import DocIndex
from marsad.extractors.roles import RoleFinder, Roles
from marsad.extractors.vocabulary import Vocabulary
from marsad.extractors.when_where import PlaceChoice, WhenWhere
from marsad.lang.triggers import Territorial, modifier_words
from marsad.model.dates import DateValue
from marsad.model.document import Document
from marsad.model.events import ActorRef, ControlFact, ControlStatus, Evidence, EvidenceRole
from marsad.model.mentions import ActorMention

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

#: the actor a mention exports as in a country on a day (the Ethiopian army for "الجيش" in Lalibela)
ActorIn = Callable[[ActorMention, str, dt.date | None], ActorRef]

#: ACLED geo-precision of a place known only by its region: too vague to say who holds which town
_REGION_PRECISION = 3


class Extents:
    """The words that say how much of a place changed hands."""

    def __init__(self, object_preposition: frozenset[str]) -> None:
        self.object_preposition = object_preposition
        self.partial_words = modifier_words("partial")
        self.foothold_words = modifier_words("foothold")
        self.complete = Vocabulary.of(modifier_words("complete"))

    def extent(self, index: DocIndex, frame: Frame) -> str:
        """How much of the place changed hands, read from the object of the trigger.

        "على أغلب مناطق حي الصناعة" is partial control; "على الشارع الرئيسي" or "أطراف الحي" a foothold;
        "بشكل كامل" complete; an entry without those words is an entry.
        """
        words = index.words_after(frame.head.span, 6)
        extent = ""
        for i, w in enumerate(words[:5]):
            if w in self.object_preposition or w.endswith("علي"):
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
        if "attempted" in frame.flags or "held_briefly" in frame.flags:
            return "foothold"  # ("سيطروا على مقر الإدارة المحلية لساعات قبل أن ينسحبوا": a fight, no change of hands)
        if not extent and self.complete.said_in(index.words_after(frame.head.span, 10)):
            return "complete"
        if not extent and frame.territorial is Territorial.ENTRY:
            return "entry"
        return extent


def hand_over(roles: RoleFinder, frame: Frame, withdrawal: Roles) -> Roles:
    """A withdrawal followed by another side's entry: the side that enters takes the place (actor1),
    the side that left is actor2. With no entry, the withdrawing side stays actor1."""
    entries = [m for m in frame.members if m.family == "entry"]
    if not entries or withdrawal.actor1 is None:
        return withdrawal
    taker = roles.find(frame.sentence, entries[0].span)
    left = withdrawal.actor2
    if (
        taker.actor1 is not None
        and taker.actor1.actor_id == withdrawal.actor1.actor_id
        and withdrawal.actor1.span.end <= frame.head.span.start
        and left is not None
        and left.span.start >= frame.head.span.end
    ):
        # "دخلت قوات الجيش مدينة المكلا بعد انسحاب مسلحي التنظيم منها": the sentence's subject entered, and
        # the side named after the withdrawal's noun is who left
        return Roles(
            actor1=withdrawal.actor1,
            assoc1=list(withdrawal.assoc1),
            actor2=left,
            assoc2=list(withdrawal.assoc2),
            handed_over=True,
        )
    candidate = taker.actor1 if taker.actor1 and taker.actor1.actor_id != withdrawal.actor1.actor_id else None
    if candidate is None and taker.actor2 and taker.actor2.actor_id != withdrawal.actor1.actor_id:
        candidate = taker.actor2
    if candidate is None:
        return withdrawal
    return Roles(
        actor1=candidate, assoc1=[], actor2=withdrawal.actor1, assoc2=list(withdrawal.assoc1), handed_over=True
    )


def lost_places(ww: WhenWhere, roles: RoleFinder, frame: Frame, places: list[PlaceChoice]) -> list[PlaceChoice]:
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


def control_facts(
    doc: Document,
    roles: RoleFinder,
    b: Built,
    controllers: dict[str, ActorMention],
    armed: frozenset[str],
    actor_in: ActorIn,
) -> list[ControlFact]:
    """The control facts a territorial frame tells, one per place precise enough to hold; ``controllers``
    (place id -> the last armed side the text said held it) is read for the side that lost it and updated.
    Sides are recorded as the actors they export as where the place is (``actor_in``), as the events are."""
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
    if actor_m is None or actor_m.actor_id not in armed:
        return []  # "خرج الأهالي من الجامع": only armed sides hold or lose ground
    if territorial is Territorial.ENTRY and roles.actor(actor_m).attacks_civilians:
        return []  # "اقتحم مئات المستوطنين البلدة": a raid on its people, no ground fought over
    if territorial is Territorial.CAPTURE:
        status = _CAPTURE_STATUS.get(b.extent, ControlStatus.HELD)
    elif territorial is Territorial.STATE:
        status = ControlStatus.PARTIAL if b.extent == "partial" else ControlStatus.HELD
    else:
        status = _STATUS[territorial]
    kind = _KIND[territorial]
    other_default: ActorMention | None = None
    if territorial in (Territorial.CAPTURE, Territorial.ENTRY):
        other_default = b.roles.actor2
        # (none for a takeover a span is counted from: its words alone name whom it was from, see since_taken.py)
        if other_default is None and actor_m.actor_id in armed and "since_taken" not in b.frame.head.flags:
            other_default = roles.main_adversary(roles.actor(actor_m), b.frame.sentence)
    date = b.date.value
    if b.date.mention is not None and len(b.date.mention.days) > 1 and date == b.date.mention.value:
        # "سيطرت القوات على البلدة بعد معارك يومي السبت والأحد": what held when the days it names were over
        date = DateValue.day(b.date.mention.days[-1])
    if (
        territorial is Territorial.STATE
        and doc.published is not None
        and (b.date.inferred or b.date.value is None)
        and not b.date.habitual
        and not historical(doc, b.date.value, b.date.mention)
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
        if pc.place.geo_precision >= _REGION_PRECISION or (pc.place.geo_precision > 1 and status is ControlStatus.HELD):
            # "قرية الحويز في سهل الغاب" with the village unknown, "مطار حلب", "الباغوز تحتاني": the place
            # coded stands near what changed hands, it did not itself; the fact stays with the event
            # (a contested or partial hold near a town still says the town is fought over)
            continue
        other = other_default
        previous = controllers.get(pc.place.place_id)
        if other is not None and b.roles.actor2 is None and previous and previous.actor_id != actor_m.actor_id:
            other = previous  # taken from whoever the text last said held it
        on = date.earliest if date is not None else None
        holder = actor_in(actor_m, pc.place.country, on)
        taken_from = actor_in(other, pc.place.country, on) if other is not None else None
        if status in (ControlStatus.HELD, ControlStatus.PARTIAL):
            controllers[pc.place.place_id] = actor_m
        out.append(
            ControlFact(
                place=pc.place,
                place_text=doc.raw(pc.mention.span),
                actor_id=holder.actor_id,
                status=status,
                date=date,
                evidence=[*evidence, Evidence(EvidenceRole.LOCATION, pc.mention.span, doc.raw(pc.mention.span))],
                other_actor_id=taken_from.actor_id if taken_from is not None else "",
                actor_name=holder.name,
                other_actor_name=taken_from.name if taken_from is not None else "",
                kind=kind,
                historical=b.remembered or historical(doc, date, b.date.mention),
                sentence=b.frame.sentence,
            )
        )
    return out
