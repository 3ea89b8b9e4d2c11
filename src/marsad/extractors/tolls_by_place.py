"""A toll told again place by place: "ارتفع عدد الشهداء ... إلى 58 شهيداً. وأوضح المتحدث أن 25 شهيداً سقطوا
شرق مدينة غزة، و14 شرق خان يونس، و9 شرق رفح" is the event of the 58 at each place the breakdown names, with
that place's dead (ACLED: one event per location, each with its own toll)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.extractors.positions import DocIndex
from marsad.extractors.tolls import fatality_spans, place_after_figure
from marsad.model.document import Document
from marsad.model.events import Event, Evidence, EvidenceRole, SubEventType
from marsad.model.mentions import PlaceMention, QuantityMention
from marsad.model.places import PlaceKind

#: what a figure of a breakdown counts: the dead, or nothing named ("و14 شرق خان يونس")
_DEAD_OR_BARE = frozenset({"killed", ""})
#: words at most between a figure and its place ("25 شهيداً سقطوا شرق مدينة غزة")
_FIGURE_TO_PLACE = 4
#: places that hold others: an event there that gave all its dead to the places named is told by them
_AREAS = frozenset({PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT})


@dataclass(frozen=True, slots=True)
class PlaceToll:
    """A figure of the dead and the place it is told at."""

    figure: QuantityMention
    place: PlaceMention


def place_tolls(
    doc: Document, index: DocIndex, figures: list[QuantityMention], places: list[PlaceMention]
) -> list[PlaceToll]:
    """The ``figures`` of a sentence (in text order) each followed closely by one of its resolved ``places``,
    before the next figure: the parts of a breakdown ("11 من القتلى سقطوا في مدينة الخرطوم بحري، فيما قتل ثلاثة
    في الخرطوم")."""
    out: list[PlaceToll] = []
    for i, q in enumerate(figures):
        if q.value <= 0 or q.counted not in _DEAD_OR_BARE:
            continue
        until = figures[i + 1].span.start if i + 1 < len(figures) else len(doc.text)
        m = place_after_figure(index, q.span, places, until, _FIGURE_TO_PLACE)
        if m is not None:
            out.append(PlaceToll(q, m))
    return out


def spread_by_place(doc: Document, index: DocIndex, events: list[Event], unnamed: str) -> list[Event]:
    """Each breakdown of the dead by place (two places or more, the first figure one of the dead, in a sentence
    after the toll's or later in its sentence) gives the event of that toll one event per place named, with
    that place's dead (an event the breakdown's sentence told there takes them). The toll's event keeps what the
    places leave over; with nothing left, it is dropped unless a later sentence told more of it at its place
    (never when placed at an area)."""
    figures: dict[int, list[QuantityMention]] = {}
    for q in sorted(doc.quantities, key=lambda q: q.span.start):
        figures.setdefault(q.sentence, []).append(q)
    places: dict[int, list[PlaceMention]] = {}
    for m in doc.places:
        if m.resolved is not None:
            places.setdefault(m.sentence, []).append(m)
    for sentence in sorted(figures):
        if len(places.get(sentence, ())) < 2:
            continue
        parts = place_tolls(doc, index, figures[sentence], places[sentence])
        if (
            len({p.place.resolved.place_id for p in parts if p.place.resolved}) < 2
            or parts[0].figure.counted != "killed"
        ):
            continue
        told = _told_toll(events, parts)
        if told is not None:
            events = _spread(doc, index, told, parts, events, unnamed)
    return events


def _told_toll(events: list[Event], parts: list[PlaceToll]) -> Event | None:
    """The event whose dead the parts break down: news with a figure of its own told before the first part,
    in the parts' country, as many dead as the parts or more."""
    first = parts[0].figure.span
    figures = {(p.figure.span.start, p.figure.span.end) for p in parts}
    countries = {p.place.resolved.country for p in parts if p.place.resolved}
    total = sum(p.figure.value for p in parts)
    for e in events:
        spans = fatality_spans(e)
        own = [s for s in spans if (s.start, s.end) not in figures and s.end <= first.start]
        if (
            own
            and not e.historical
            and e.place is not None
            and e.date is not None
            and e.fatalities >= total
            and countries == {e.place.country}
        ):
            return e
    return None


def _spread(
    doc: Document, index: DocIndex, told: Event, parts: list[PlaceToll], events: list[Event], unnamed: str
) -> list[Event]:
    day = told.date.iso() if told.date else ""
    sentence = parts[0].figure.sentence
    out = list(events)
    given = 0
    for part in parts:
        place = part.place.resolved
        assert place is not None
        given += part.figure.value
        there = [
            e
            for e in out
            if e.place is not None
            and e.place.place_id == place.place_id
            and (e.date.iso() if e.date else "") == day
            and not e.historical
            and e.sentence >= told.sentence
        ]
        # the toll's event there: itself or one of its type
        # (else an event the breakdown's sentence told there, or an attack by nobody named that it told: its dead)
        retold = [e for e in there if e is not told and e.sentence == sentence and _a_toll_only(e, unnamed)]
        here = (
            next((e for e in there if e is told), None)
            or next((e for e in there if e.event_type is told.event_type and e not in retold), None)
            or next((e for e in there if e.sentence == sentence and e not in retold), None)
        )
        if here is None and retold:
            here = retold.pop(0)
            here.sub_event_type, here.actor1, here.actor2 = told.sub_event_type, told.actor1, told.actor2
            here.assoc_actor_1, here.assoc_actor_2 = list(told.assoc_actor_1), list(told.assoc_actor_2)
            here.civilian_targeting = told.civilian_targeting
        if here is None:
            # (a shallow copy with lists of its own: the records inside are immutable, and mypyc's frozen
            # dataclasses cannot be deep-copied)
            here = replace(
                told,
                place=place,
                assoc_actor_1=list(told.assoc_actor_1),
                assoc_actor_2=list(told.assoc_actor_2),
                evidence=[ev for ev in told.evidence if ev.role not in _OWN_EVIDENCE],
                inferred=set(told.inferred),
            )
            here.evidence.append(Evidence(EvidenceRole.LOCATION, part.place.span, doc.raw(part.place.span)))
            out.insert(out.index(told) + 1, here)
        for e in retold:
            out.remove(e)
        here.fatalities = part.figure.value
        here.evidence = [ev for ev in here.evidence if ev.role is not EvidenceRole.FATALITIES]
        here.evidence.append(Evidence(EvidenceRole.FATALITIES, part.figure.span, doc.raw(part.figure.span)))
    named = {p.place.resolved.place_id for p in parts if p.place.resolved is not None}
    if told.place is not None and told.place.place_id not in named:
        left = told.fatalities - given
        if left <= 0 and (told.place.kind in _AREAS or not _told_elsewhere(index, told, sentence)):
            out.remove(told)
        else:
            told.fatalities = max(left, 0)
            if told.fatalities == 0 and told.sub_event_type is SubEventType.EXCESSIVE_FORCE:
                told.sub_event_type = SubEventType.PROTEST_WITH_INTERVENTION
                told.civilian_targeting = False
    return out


_OWN_EVIDENCE = (EvidenceRole.LOCATION, EvidenceRole.FATALITIES)


def _told_elsewhere(index: DocIndex, e: Event, breakdown: int) -> bool:
    """The event has a word of its own in a later sentence than its first, not the breakdown's ("وفي وسط
    الخرطوم، أطلقت الشرطة قنابل الغاز"): it happened at its place too, beyond the dead it gave away (a headline
    it absorbed, told before, tells the same)."""
    return any(
        ev.role is EvidenceRole.TRIGGER
        and (told := index.position(ev.span).sentence) > e.sentence
        and told != breakdown
        for ev in e.evidence
    )


def _a_toll_only(e: Event, unnamed: str) -> bool:
    """An attack on civilians by nobody the text names (``unnamed``: the unidentified armed group's id): the dead
    told, not who killed them."""
    doer = e.actor1
    return e.sub_event_type is SubEventType.ATTACK and (doer is None or doer.inferred or doer.actor_id == unnamed)
