"""Events in ACLED conventions, their evidence, and territorial-control facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.model.dates import DateValue
from marsad.model.enums import IdentityEnum
from marsad.model.places import ResolvedPlace
from marsad.model.span import Span


class EventType(IdentityEnum):
    BATTLES = "Battles"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    STRATEGIC = "Strategic developments"

    @property
    def precedence(self) -> int:
        """Lower wins when one event fits several types (ACLED's order)."""
        return _TYPE_ORDER[self]

    @property
    def disorder_type(self) -> str:
        if self is EventType.STRATEGIC:
            return "Strategic developments"
        if self in (EventType.PROTESTS, EventType.RIOTS):
            return "Demonstrations"
        return "Political violence"


class SubEventType(IdentityEnum):
    GOVERNMENT_REGAINS = ("Government regains territory", EventType.BATTLES)
    NON_STATE_OVERTAKES = ("Non-state actor overtakes territory", EventType.BATTLES)
    ARMED_CLASH = ("Armed clash", EventType.BATTLES)
    EXCESSIVE_FORCE = ("Excessive force against protesters", EventType.PROTESTS)
    PROTEST_WITH_INTERVENTION = ("Protest with intervention", EventType.PROTESTS)
    PEACEFUL_PROTEST = ("Peaceful protest", EventType.PROTESTS)
    VIOLENT_DEMONSTRATION = ("Violent demonstration", EventType.RIOTS)
    MOB_VIOLENCE = ("Mob violence", EventType.RIOTS)
    CHEMICAL_WEAPON = ("Chemical weapon", EventType.EXPLOSIONS)
    AIR_DRONE_STRIKE = ("Air/drone strike", EventType.EXPLOSIONS)
    SUICIDE_BOMB = ("Suicide bomb", EventType.EXPLOSIONS)
    SHELLING = ("Shelling/artillery/missile attack", EventType.EXPLOSIONS)
    REMOTE_EXPLOSIVE = ("Remote explosive/landmine/IED", EventType.EXPLOSIONS)
    GRENADE = ("Grenade", EventType.EXPLOSIONS)
    SEXUAL_VIOLENCE = ("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS)
    ATTACK = ("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS)
    ABDUCTION = ("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS)
    AGREEMENT = ("Agreement", EventType.STRATEGIC)
    ARRESTS = ("Arrests", EventType.STRATEGIC)
    CHANGE_TO_GROUP = ("Change to group/activity", EventType.STRATEGIC)
    DISRUPTED_WEAPONS = ("Disrupted weapons use", EventType.STRATEGIC)
    HEADQUARTERS = ("Headquarters or base established", EventType.STRATEGIC)
    LOOTING = ("Looting/property destruction", EventType.STRATEGIC)
    NON_VIOLENT_TRANSFER = ("Non-violent transfer of territory", EventType.STRATEGIC)
    OTHER = ("Other", EventType.STRATEGIC)

    # label and event_type are taken from the value into tables below rather than set in an
    # ``__init__``: an Enum ``__init__`` cannot be compiled with mypyc (it runs before the class object
    # exists); tables also spare the Python code behind ``.value``, read for every event
    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def event_type(self) -> EventType:
        return _EVENT_TYPES[self]

    @property
    def precedence(self) -> tuple[int, int]:
        """Order within ACLED's list: type first, then the sub-type's place in it."""
        return (self.event_type.precedence, _SUB_ORDER[self])

    @classmethod
    def from_label(cls, label: str) -> SubEventType:
        for member in cls:
            if member.label == label:
                return member
        raise KeyError(label)


_TYPE_ORDER: dict[EventType, int] = {t: i for i, t in enumerate(EventType)}
_SUB_ORDER: dict[SubEventType, int] = {t: i for i, t in enumerate(SubEventType)}
_LABELS: dict[SubEventType, str] = {t: t.value[0] for t in SubEventType}
_EVENT_TYPES: dict[SubEventType, EventType] = {t: t.value[1] for t in SubEventType}


class EvidenceRole(IdentityEnum):
    TRIGGER = "trigger"
    ACTOR1 = "actor1"
    ACTOR2 = "actor2"
    ASSOC_ACTOR_1 = "assoc_actor_1"
    ASSOC_ACTOR_2 = "assoc_actor_2"
    LOCATION = "location"
    DATE = "date"
    FATALITIES = "fatalities"
    QUALIFIER = "qualifier"


@dataclass(frozen=True, slots=True, init=False)
class Evidence:
    role: EvidenceRole
    span: Span
    text: str  # raw slice, kept so exports are self-explaining

    def __init__(self, role: EvidenceRole, span: Span, text: str) -> None:
        # About a hundred per report: the generated frozen __init__ sets each field through
        # object.__setattr__; the slot setters do the same work in fewer steps (see Span)
        _set_role(self, role)
        _set_span(self, span)
        _set_text(self, text)


#: the slot descriptors' setters (``vars(Evidence)``, not ``Evidence.__dict__``, which mypyc rejects)
_set_role: Callable[[Evidence, EvidenceRole], None] = vars(Evidence)["role"].__set__
_set_span: Callable[[Evidence, Span], None] = vars(Evidence)["span"].__set__
_set_text: Callable[[Evidence, str], None] = vars(Evidence)["text"].__set__


#: ACLED's inter codes of a state's forces: at home (1) and abroad, as external forces (8)
STATE_INTERS = frozenset({1, 8})


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as exported: ACLED-style English name and inter code."""

    actor_id: str
    name: str
    inter: int
    #: True when the text does not name this actor in the event's sentence (taken from the document)
    inferred: bool = False


@dataclass(slots=True)
class Event:
    sub_event_type: SubEventType
    date: DateValue | None
    place: ResolvedPlace | None
    actor1: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    actor2: ActorRef | None = None
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    fatalities: int = 0
    fatalities_known: bool = True
    civilian_targeting: bool = False
    historical: bool = False
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    sentence: int = 0
    #: names of fields inferred from the wider document rather than the event's own clause
    inferred: set[str] = field(default_factory=set)
    #: "complete", "partial", "entry" for territorial events
    extent: str = ""
    source: str = ""
    document_id: str = ""
    event_id: str = ""

    @property
    def event_type(self) -> EventType:
        return self.sub_event_type.event_type

    @property
    def interaction(self) -> int:
        a = self.actor1.inter if self.actor1 else 0
        b = self.actor2.inter if self.actor2 else 0
        lo, hi = sorted((a, b))
        return lo * 10 + hi if lo else hi * 10


class ControlStatus(IdentityEnum):
    HELD = "held"
    CONTESTED = "contested"
    PARTIAL = "partial"
    LOST = "lost"  # the actor lost the place; who took it may be unknown


@dataclass(slots=True)
class ControlFact:
    """A statement that an actor gained, held or lost a place at some time, on a source's word."""

    place: ResolvedPlace | None
    place_text: str
    actor_id: str
    status: ControlStatus
    date: DateValue | None
    evidence: list[Evidence] = field(default_factory=list)
    #: the actor the place was taken from, or that still contests it
    other_actor_id: str = ""
    #: the actors' ACLED names where the place is and on the fact's day ("Military Forces of Ethiopia
    #: (2018-)" for a generic state force, the new government's period for a renamed one)
    actor_name: str = ""
    other_actor_name: str = ""
    #: "capture", "entry", "loss", "state" (a background statement like "تحت سيطرة داعش")
    kind: str = "capture"
    historical: bool = False
    sentence: int = 0
    source: str = ""
    document_id: str = ""
