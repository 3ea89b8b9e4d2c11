"""The sides of a fight the report names no side of: "تجددت المواجهات صباح اليوم في محيط قرية عبلة", "قتل ثمانية
مدنيين ... خلال اشتباكات" after "اشتباكات بين الجيش السوداني وقوات الدعم السريع" are the sides of the fight it
told before (or, failing that, after), in the same country; so are the parties of a truce told after it."""

from __future__ import annotations

from dataclasses import replace

from marsad.model.events import ActorRef, Event, EventType, SubEventType


def sides_of_the_fight_told(events: list[Event]) -> None:
    """Give each battle with no side named the sides of the nearest battle of the report, in its country, that
    names both (the one told before first), marked as inferred; and so each agreement with no party named told
    after such a battle ("وأعلنت الوزارة توصل الطرفين إلى اتفاق لوقف إطلاق النار"): a truce of that fight."""
    fights = [e for e in events if _both_sides(e)]
    if not fights:
        return
    for e in events:
        if e.actor1 is not None or e.actor2 is not None or e.historical:
            continue
        truce = e.sub_event_type is SubEventType.AGREEMENT
        if e.event_type is not EventType.BATTLES and not truce:
            continue
        country = e.place.country if e.place is not None else ""
        told = [
            f
            for f in fights
            if (f.place is None or e.place is None or f.place.country == country)
            and not (truce and f.sentence > e.sentence)
        ]
        if not told:
            continue
        nearest = min(told, key=lambda f: (f.sentence > e.sentence, abs(f.sentence - e.sentence)))
        e.actor1, e.actor2 = as_inferred(nearest.actor1), as_inferred(nearest.actor2)
        e.assoc_actor_1 = [replace(a, inferred=True) for a in nearest.assoc_actor_1]
        e.assoc_actor_2 = [replace(a, inferred=True) for a in nearest.assoc_actor_2]
        e.inferred |= {"actor1", "actor2"}


def _both_sides(e: Event) -> bool:
    return e.event_type is EventType.BATTLES and e.actor1 is not None and e.actor2 is not None and not e.historical


def as_inferred(ref: ActorRef | None) -> ActorRef | None:
    """The actor as taken from elsewhere in the report (marked inferred), or None."""
    return replace(ref, inferred=True) if ref is not None else None
