"""Mentions found in a document. Every mention's ``span`` points into the raw text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.model.dates import DateValue
from marsad.model.places import ResolvedPlace
from marsad.model.span import Span


@dataclass(slots=True)
class ActorMention:
    span: Span
    actor_id: str
    sentence: int
    #: True when the mention is a pronoun or generic reference ("التنظيم") resolved from context.
    anaphoric: bool = False
    #: True when it names a post, patrol or vehicle of the actor ("دورية عسكرية", "نقطة عسكرية لقسد"): what
    #: an attack hits, not who acts, unless a cue says so ("من قبل دورية عسكرية")
    post: bool = False
    #: the country a nationality adjective gave a force the pack names only generically ("جندي بريطاني":
    #: Military Forces of the United Kingdom, wherever the event happens); "" for the event's country
    country: str = ""


@dataclass(slots=True)
class PlaceMention:
    """A place name in the text, with the cue word before it (حي، مدينة، قرية ...) if any."""

    span: Span
    name: str  # normalised name, clitics stripped
    sentence: int
    cue: str = ""  # normalised cue word: "حي", "مدينه", "ريف" ...
    cue_span: Span | None = None
    #: a direction or part qualifier: "الشرقي", "شرق", "أطراف" ...
    qualifier: str = ""
    #: the place the text says contains this one ("حي X وسط مدينة Y" -> Y's mention index)
    container: int | None = None
    #: an anaphoric reference such as "الحي" resolved to an earlier mention index
    antecedent: int | None = None
    resolved: ResolvedPlace | None = None
    declined_reason: str = ""
    #: a town naming a road ("طريق دمشق - السويداء"): "start" for the first, "end" for the far end, which
    #: names the road and is not where the event happened
    road: str = ""


@dataclass(slots=True)
class DateMention:
    """A temporal expression. ``value`` is None when it cannot be resolved (e.g. no publication date)."""

    span: Span
    sentence: int
    value: DateValue | None
    rule: str  # the grammar rule that matched, e.g. "weekday+yesterday"
    relative: bool = False
    #: spans of time rather than points ("على مدار عامين", "منذ أيام" as a duration)
    durative: bool = False
    unresolved_reason: str = ""
    #: the days it names one by one ("يومي السبت والأحد", "يومي 5 و6 أيلول"): ACLED codes one event a day
    days: tuple[dt.date, ...] = ()


@dataclass(slots=True)
class QuantityMention:
    span: Span
    sentence: int
    value: int  # the ACLED figure (lowest reported; vague words mapped per the codebook)
    vague: bool = False
    #: what is counted when known: "killed", "injured", "people", "civilians" ...
    counted: str = ""
    approximate: bool = False
    #: who the counted noun names: "civilian", "child", "soldier", "person" ... ("" when none is named)
    group: str = ""


@dataclass(slots=True)
class QuantityPart:
    """A breakdown of a figure ("قتل 120 شخصاً، بينهم 73 في مدينة جبلة"): ``part`` details ``whole``; it
    is not added to the toll, but says where (or who) some of it were."""

    part: QuantityMention
    whole: QuantityMention


@dataclass(slots=True)
class TriggerMention:
    span: Span
    sentence: int
    trigger_id: str
    family: str  # capture, entry, clash, airstrike, shelling ...
    event_type: str
    sub_event_type: str
    #: modifiers seen around the trigger: negated, attempted, future, habitual, ongoing, occurred ...
    flags: set[str] = field(default_factory=set)
    #: 3: the words report an event on their own; 2: they need one more sign; 1: they need two
    strength: int = 2
