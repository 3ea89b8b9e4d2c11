"""A one-sentence English ``notes`` summary generated from an event's fields (never from free text)."""

from __future__ import annotations

from marsad.model.events import ActorRef, Event, SubEventType

_VERBS: dict[SubEventType, str] = {
    SubEventType.GOVERNMENT_REGAINS: "regained control of",
    SubEventType.NON_STATE_OVERTAKES: "took control of",
    SubEventType.ARMED_CLASH: "clashed",
    SubEventType.AIR_DRONE_STRIKE: "carried out air/drone strikes on",
    SubEventType.SHELLING: "shelled",
    SubEventType.REMOTE_EXPLOSIVE: "detonated an explosive device in",
    SubEventType.SUICIDE_BOMB: "carried out a suicide bombing in",
    SubEventType.GRENADE: "threw a grenade in",
    SubEventType.CHEMICAL_WEAPON: "used chemical weapons in",
    SubEventType.ATTACK: "attacked",
    SubEventType.ABDUCTION: "abducted",
    SubEventType.SEXUAL_VIOLENCE: "committed sexual violence against",
    SubEventType.ARRESTS: "arrested people in",
    SubEventType.PEACEFUL_PROTEST: "demonstrated in",
    SubEventType.PROTEST_WITH_INTERVENTION: "demonstrated and were dispersed in",
    SubEventType.EXCESSIVE_FORCE: "demonstrated and were met with lethal force in",
    SubEventType.VIOLENT_DEMONSTRATION: "rioted in",
    SubEventType.MOB_VIOLENCE: "engaged in mob violence in",
    SubEventType.AGREEMENT: "reached an agreement concerning",
    SubEventType.NON_VIOLENT_TRANSFER: "withdrew from",
    SubEventType.LOOTING: "looted or destroyed property in",
    SubEventType.HEADQUARTERS: "established a base or headquarters in",
}


def _who(ref: ActorRef | None, assoc: list[ActorRef]) -> str:
    if ref is None:
        return "Unidentified actors"
    if assoc:
        return f"{ref.name} (with {', '.join(a.name for a in assoc)})"
    return ref.name


def write_notes(e: Event) -> str:
    when = f"On {e.date.iso()}" if e.date else "On an unknown date"
    where = e.place.location if e.place else "an unknown location"
    who = _who(e.actor1, e.assoc_actor_1)
    sub = e.sub_event_type
    verb = _VERBS.get(sub, "were involved in an event in")
    if sub is SubEventType.ARMED_CLASH:
        target = f" with {e.actor2.name}" if e.actor2 else ""
        core = f"{who} clashed{target} in {where}"
        if e.extent == "entry":
            core = f"{who} entered {where} and clashed{target} there"
        elif e.extent == "partial":
            core = f"{who} took most of {where}{' from ' + e.actor2.name if e.actor2 else ''} in clashes"
        elif e.extent == "foothold":
            core = f"{who} took part of {where}{' from ' + e.actor2.name if e.actor2 else ''} in clashes"
    elif sub in (SubEventType.GOVERNMENT_REGAINS, SubEventType.NON_STATE_OVERTAKES):
        source = f" from {e.actor2.name}" if e.actor2 else ""
        core = f"{who} {verb} {where}{source}"
    elif sub is SubEventType.NON_VIOLENT_TRANSFER and e.actor2 is not None:
        core = f"{who} took over {where} from {e.actor2.name} without a fight"
    elif sub in (SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.SEXUAL_VIOLENCE):
        victims = e.actor2.name if e.actor2 else "people"
        core = f"{who} {verb} {victims} in {where}"
    else:
        core = f"{who} {verb} {where}"
    tail = f"; {e.fatalities} reported fatalities" if e.fatalities else ""
    flag = " (background history)" if e.historical else ""
    return f"{when}, {core}{tail}{flag}."
