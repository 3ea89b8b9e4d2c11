"""ACLED's "one event per location and day": events of one report at one place and date are one event."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from marsad.geo.resolver import GOVERNORATE_BY_CAPITAL
from marsad.lang.cues import load_cues
from marsad.model.events import STATE_INTERS, ActorRef, Event, EventType, EvidenceRole, SubEventType
from marsad.model.places import PlaceKind, ResolvedPlace
from marsad.text.clitics import split_prefix
from marsad.text.normalize import normalize_term

_EXTENT_RANK = {"complete": 4, "partial": 3, "foothold": 2, "entry": 1, "": 0}


def _id(ref: ActorRef | None) -> str:
    return ref.actor_id if ref is not None else ""


def _ids(e: Event) -> set[str]:
    return {_id(e.actor1), _id(e.actor2), *(a.actor_id for a in e.assoc_actor_1 + e.assoc_actor_2)}


def _place_day(e: Event) -> tuple[str, str, bool]:
    return (e.place.place_id if e.place else "", _date(e), e.historical)


def _key(e: Event) -> tuple[str, str, str, bool] | None:
    if e.place is None:
        if e.actor1 is None:
            return None  # an event with no place nor doer cannot be told apart from others: keep it alone
        # (one sentence's violence by one doer with no place known, "هاجم مسلحون قرية ... وقتلوا 11 قروياً،
        # بعد أن أحرقوا مخازن الحبوب": one event, wherever it was)
        return (f"sentence {e.sentence}: {e.actor1.actor_id}", _date(e), e.event_type.value, e.historical)
    return (e.place.place_id, _date(e), _kind(e), e.historical)


def _kind(e: Event) -> str:
    """What makes two events of one place and day one: their type, and for a town handed over or a deal, their
    sub-type (a town handed over and then looted are two events, ACLED; the seizures an arrest made are part of
    it)."""
    if e.sub_event_type in _DEVELOPMENTS_APART:
        return e.sub_event_type.value[0]
    return e.event_type.value


#: the strategic developments a looting, arrest or seizure of the same place and day is no part of
_DEVELOPMENTS_APART = frozenset({SubEventType.NON_VIOLENT_TRANSFER, SubEventType.AGREEMENT})


#: the trigger families of the words of killing and wounding (see _the_attack_told_again)
_TOLL_FAMILIES = frozenset({"killing", "injury"})
#: the family of words of attacking in general ("الهجوم", "الضربة", "استهدف"), which tell no kind of violence
_GENERIC_FAMILY = "attack"
#: the family of the words of a crowd ("الحشود"), which in a sentence of violence tell its victims, not its kind
_CROWD_FAMILY = "protest"


def _never(kept: Event, other: Event) -> bool:
    return False


def merge_events(
    events: list[Event],
    triggers: Mapping[tuple[int, int], tuple[str, int]] | None = None,
    another_count: Callable[[Event, Event], bool] = _never,
    unnamed: str = "",
    fighting: frozenset[int] = frozenset(),
    battles: frozenset[int] = frozenset(),
    claims: frozenset[int] = frozenset(),
    raids: frozenset[int] = frozenset(),
    detailing: frozenset[int] = frozenset(),
    other_sides_dead: Callable[[Event, Event], bool] = _never,
) -> list[Event]:
    """``triggers``: the family and sentence of each trigger span (start, end) of the report;
    ``another_count(kept, other)``: the dead ``other`` counts are another source's count of those ``kept``
    counts (then the lowest stands, as ACLED asks, instead of the figure given where the other has none);
    ``unnamed``: the id of the pack's unidentified armed group, whose place a telling that names the doer takes;
    ``fighting``: the sentences that tell fighting (a word of it, not negated, told as news); ``battles``: those
    that tell a battle at all (not negated, news or what came before); ``claims``: those that tell a side's claim
    ("زعم المتحدث العسكري باسم الحوثيين أن قواته استهدفت ..."); ``raids``: those that tell arrests made at people's
    homes, no intervention in a crowd told beside them; ``detailing``: those that open by detailing what was told
    ("وأوضحت الوزارة أن 4 شهداء ارتقوا في ..."); ``other_sides_dead(kept, other)``: the two count the dead of
    the two sides of a fight (added up when they merge, not the higher kept)."""
    triggers = triggers or {}
    tolls = frozenset(span for span, (family, _) in triggers.items() if family in _TOLL_FAMILIES)
    fights = {span: si for span, (family, si) in triggers.items() if family == "clash"}
    placed = _area_joins_its_town(_abduction_retold(_undated_joins_its_dated_twin(events)))
    placed = _city_joins_its_quarter(_summary_told_in_detail(placed, detailing))
    merged = _merge_same_type(placed, another_count, unnamed, other_sides_dead)
    fought_with = _battle_absorbs_its_seizure(_battles_absorb_remote_violence(merged, fights, unnamed))
    violent = _violence_absorbs_its_damage(fought_with)
    intercepted = _strike_absorbs_its_interception(_claim_of_a_strike_intercepted(violent, claims))
    taken = _massacre_told_by_its_means(_abduction_absorbs_its_raid(intercepted))
    told = _takeover_told_again(_the_attack_told_again(taken, tolls), battles)
    fought = set(fighting)
    met = _crowd_absorbs_the_force_it_met(
        _crowd_absorbs_its_arrests(_headline_told_again(told), raids), another_count
    )
    crowds = _one_crowd(_riot_absorbs_its_fight_with_a_force(met, fought), fought)
    generic = frozenset(span for span, (family, _) in triggers.items() if family == _GENERIC_FAMILY)
    crowd_words = frozenset(span for span, (family, _) in triggers.items() if family == _CROWD_FAMILY)
    mobbed = _mob_absorbs_its_beatings(_riot_absorbs_the_force_it_killed(crowds), unnamed)
    return _placeless_told_again(mobbed, claims, unnamed, generic, crowd_words)


def _fold(
    events: list[Event],
    leaves: Callable[[Event], bool],
    partner: Callable[[Event, Event], bool],
    join: Callable[[Event, Event], None],
) -> list[Event]:
    """The events, less each one that ``leaves`` and has a ``partner`` among the others (``partner(d, e)``
    for a candidate ``d``), which takes it over through ``join(d, e)``."""
    out: list[Event] = []
    for e in events:
        if leaves(e):
            kept = next((d for d in events if d is not e and partner(d, e)), None)
            if kept is not None:
                join(kept, e)
                continue
        out.append(e)
    return out


#: blasts told once, then dated in detail in the next sentence (see _undated_joins_its_dated_twin)
_ONE_BLAST = frozenset({SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE})


def _undated_joins_its_dated_twin(events: list[Event]) -> list[Event]:
    """An event with no date of its own joins an event of its type and place told with a date in the same
    sentence: "اتهم ذووه فرع الأمن باعتقاله، بعد أن داهمت دورية منزله فجر الخميس الماضي" is one arrest; or
    a blast of its kind at its place, dated in the next sentence and with no dead of its own, which tells it in
    detail ("لقي طفلان حتفهما جراء انفجار لغم أرضي ... في مديرية حيس. وأفادت مصادر بأن اللغم انفجر بهم عصر
    يوم الأحد")."""

    def twin(d: Event, e: Event) -> bool:
        if d.historical or "event_date" in d.inferred or d.event_type is not e.event_type:
            return False
        if d.sentence == e.sentence:
            return e.place is None or (d.place is not None and d.place.place_id == e.place.place_id)
        return (
            d.sentence == e.sentence + 1
            and d.sub_event_type is e.sub_event_type
            and d.sub_event_type in _ONE_BLAST
            and d.place is not None
            and e.place is not None
            and d.place.place_id == e.place.place_id
            and d.fatalities == 0
        )

    return _fold(events, _undated_news, twin, _absorb)


#: how many sentences on the taking of people may be told again in detail
_RETOLD_REACH = 2


def _abduction_retold(events: list[Event]) -> list[Event]:
    """An abduction with no date of its own, told a sentence or two after a dated one and at its place or a
    quarter of it, is that abduction told in detail ("بعد اختطافه مساء الاثنين على أيدي مسلحين مجهولين. وقال
    شقيقه إن أربعة مسلحين ... اعترضوا طريقه قرب منزله في منطقة سوق الجمعة واقتادوه إلى جهة مجهولة"): one
    event, at the more precise place."""

    def told_before(d: Event, e: Event) -> bool:
        return (
            d.sub_event_type is SubEventType.ABDUCTION
            and e.sub_event_type is SubEventType.ABDUCTION
            and not d.historical
            and "event_date" not in d.inferred
            and 0 < e.sentence - d.sentence <= _RETOLD_REACH
            and e.fatalities == 0
            and (e.place is None or (d.place is not None and _at_or_in(e.place, d.place)))
        )

    def join(kept: Event, retold: Event) -> None:
        place = retold.place
        _absorb(kept, retold)
        if place is not None and kept.place is not None and place.place_id != kept.place.place_id:
            kept.place = place

    return _fold(events, _undated_news, told_before, join)


def _at_or_in(place: ResolvedPlace, town: ResolvedPlace) -> bool:
    """``place`` is ``town`` or one of its quarters ("Tripoli - Souq al-Juma" in Tripoli)."""
    return place.place_id == town.place_id or place.location.startswith(town.location + " - ")


_AREAS = frozenset({PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT})
#: ACLED's geo-precision of a place known only by its region
_REGION_ONLY = 3


def _area_joins_its_town(events: list[Event]) -> list[Event]:
    """An event placed at a governorate or district joins an event of its type and day told in the same
    sentence at a place inside it: "تظاهر آلاف من أبناء محافظة السويداء ... وسط مدينة السويداء" is one
    protest in the city (ACLED keeps the most precise location). So does one at a governorate the gazetteer
    knows only by its capital (coded there at geo-precision 3), beside a place of that province told more
    precisely: "استعادة السيطرة على مدينة سنجة عاصمة ولاية سنار" is one recapture, of Singa."""

    def inside(d: Event, e: Event) -> bool:
        return (
            d.sentence == e.sentence
            and d.event_type is e.event_type
            and d.place is not None
            and e.place is not None
            and d.place.kind not in _AREAS
            and _date(d) == _date(e)
            and d.historical == e.historical
            and (
                _contains(e.place, d.place)
                if e.place.kind in _AREAS
                else d.place.geo_precision < e.place.geo_precision
                and (d.place.country, d.place.admin1) == (e.place.country, e.place.admin1)
            )
        )

    def area(e: Event) -> bool:
        return e.place is not None and (e.place.kind in _AREAS or GOVERNORATE_BY_CAPITAL in e.place.rule)

    return _fold(events, area, inside, _absorb)


def _summary_told_in_detail(events: list[Event], detailing: frozenset[int]) -> list[Event]:
    """Violence placed only by its governorate (geo-precision 3), with its dead, joins the violence of its day,
    with dead too, that the next sentence, one that details what was told (``detailing``), places more
    precisely inside it:
    "استشهد 9 مواطنين في عدوان ... على محافظات جنين وطوباس وطولكرم. وأوضحت الوزارة أن 4 شهداء ارتقوا في قصف
    من طائرة مسيرة ... في مخيم الفارعة جنوب طوباس" is told twice, the second time where it was (ACLED keeps the
    most precise location, and counts the dead once)."""

    def detail(d: Event, e: Event) -> bool:
        return (
            d.sentence == e.sentence + 1
            and d.sentence in detailing
            and d.fatalities > 0
            and d.event_type in _VIOLENT
            and d.place is not None
            and e.place is not None
            and d.place.geo_precision < e.place.geo_precision
            and d.place.country == e.place.country
            and d.place.admin1 == e.place.admin1
            and _date(d) == _date(e)
            and not d.historical
        )

    def summary(e: Event) -> bool:
        return (
            e.event_type in _VIOLENT
            and not e.historical
            and e.fatalities > 0
            and e.place is not None
            and e.place.geo_precision >= _REGION_ONLY
        )

    return _fold(events, summary, detail, _add_evidence)


#: crowds told city by city, then quarter by quarter
_CROWD_TYPES = frozenset({EventType.PROTESTS, EventType.RIOTS})


def _city_joins_its_quarter(events: list[Event]) -> list[Event]:
    """A protest or riot placed at a city joins one of its type and day in a quarter of that city: "خرج آلاف
    المتظاهرين أمس في مدن حمص وحماة ... أما تظاهرة حي الخالدية في حمص فقد انفضت" is one protest, in
    al-Khalidiya (ACLED keeps the most precise location)."""

    def quarter_of(d: Event, e: Event) -> bool:
        return (
            d.event_type is e.event_type
            and d.place is not None
            and e.place is not None
            and d.place.is_neighbourhood
            and d.place.city == e.place.name_en
            and d.place.country == e.place.country
            and _date(d) == _date(e)
            and d.historical == e.historical
        )

    def city_crowd(e: Event) -> bool:
        return e.event_type in _CROWD_TYPES and e.place is not None and not e.place.is_neighbourhood

    return _fold(events, city_crowd, quarter_of, _absorb)


def _contains(area: ResolvedPlace, place: ResolvedPlace) -> bool:
    if area.kind is PlaceKind.GOVERNORATE:
        return area.admin1 == place.admin1
    if area.kind is PlaceKind.DISTRICT:
        return area.admin1 == place.admin1 and area.admin2 == place.admin2
    return area.admin2 == place.admin2 and area.admin3 == place.admin3


def _date(e: Event) -> str:
    return e.date.iso() if e.date else ""


def _headline_told_again(events: list[Event]) -> list[Event]:
    """A headline told again in detail is one event: "مقتل 4 عناصر من قوات النظام بهجوم لخلايا داعش في
    البادية. وأفادت مصادر ... بأن خلايا التنظيم هاجمت حاجزاً ... ليل أمس، ما أدى لمقتل 4 عناصر".

    The first sentence's event, with no date of its own, is dropped (its evidence kept) when a later event
    of the report has its type and sides and the same toll (or the headline gives none)."""

    def detail(d: Event, e: Event) -> bool:
        return (
            d.sentence > 0
            and d.sub_event_type is e.sub_event_type
            # (a side the headline does not name is no other side: "27 مدنياً قتلوا بغارات على أحياء حلب الشرقية")
            and _id(e.actor1) in ("", _id(d.actor1))
            and _id(e.actor2) in ("", _id(d.actor2))
            and (e.fatalities == 0 or e.fatalities == d.fatalities)
        )

    return _fold(events, lambda e: e.sentence == 0 and _undated_news(e), detail, _add_evidence)


def _undated_news(e: Event) -> bool:
    """Not history, and dated only by inference (no date of its own in the text)."""
    return "event_date" in e.inferred and not e.historical


def _battle_absorbs_its_seizure(events: list[Event]) -> list[Event]:
    """Weapons a side of a battle seized or kept from use at its place (or with no place, as the battle) and on
    its day, told in its sentence or the next, are the battle's: "قُتل مسلح ... في اشتباك مع دورية للجيش ...
    وأضاف البيان أن الجنود ضبطوا بندقيتين ومتفجرات في الموقع بعد انسحاب بقية المتمردين" is one clash."""

    def seized(e: Event) -> bool:
        return e.sub_event_type is SubEventType.DISRUPTED_WEAPONS and not e.historical and e.actor1 is not None

    def battle(d: Event, e: Event) -> bool:
        return (
            d.event_type is EventType.BATTLES
            and 0 <= e.sentence - d.sentence <= 1
            and _place_day(d) == _place_day(e)
            and e.actor1 is not None
            and e.actor1.actor_id in {_id(d.actor1), _id(d.actor2)}
        )

    return _fold(events, seized, battle, _add_evidence)


def _battles_absorb_remote_violence(
    events: list[Event], fights: Mapping[tuple[int, int], int], unnamed: str = ""
) -> list[Event]:
    """ACLED: shelling or an air strike during a ground battle at the same place and day is the battle.

    Only events told in the same sentence are joined, or told later "during the fighting" (a definite word
    of fighting among its triggers, ``fights``: "شنت غارات ... خلال المعارك"), or told later by a side of the
    battle as what hit it from no side it names (``unnamed``: "وقال الجيش إن قواته تعرضت لإطلاق نار كثيف
    وعبوات ناسفة"); separate reports of shelling stay separate.
    """
    battles = {
        (e.sentence, _place_day(e)): e for e in events if e.event_type is EventType.BATTLES and e.place is not None
    }
    out: list[Event] = []
    for e in events:
        if e.event_type is EventType.EXPLOSIONS and e.place is not None:
            where = _place_day(e)
            battle = battles.get((e.sentence, where))
            if battle is None:
                earlier = next((b for (_, w), b in battles.items() if w == where), None)  # (in text order)
                if (
                    earlier is not None
                    and earlier.sentence < e.sentence
                    and (
                        (fights and _fought_in(earlier, e.sentence, fights, _shares_a_side(earlier, e)))
                        or _hit_from_nowhere(earlier, e, unnamed)
                        or _struck_back(earlier, e, unnamed)
                    )
                ):
                    battle = earlier
            if battle is not None:
                sub, actor1, actor2 = battle.sub_event_type, battle.actor1, battle.actor2
                _absorb(battle, e)
                # the battle keeps its sides; whoever shelled or bombed fought with the attacker, unless it
                # struck the attacker ("مقاتلات التحالف شنت غارات على تعزيزات الحوثيين" in the Houthis' attack)
                battle.sub_event_type, battle.actor1, battle.actor2 = sub, actor1, actor2
                striker = e.actor1
                if striker is not None and striker.actor_id not in _ids(battle):
                    if e.actor2 is not None and _id(e.actor2) == _id(battle.actor1):
                        if battle.actor2 is None or _id(battle.actor2) == unnamed:
                            # (the fighters nobody named are the side that struck: "اشتباكات مسلحة مع مقاومين" and
                            # "قالت كتيبة جنين إن مقاتليها فجروا عبوات ناسفة في آلياتها")
                            battle.actor2 = striker
                        else:
                            battle.assoc_actor_2.append(striker)
                    else:
                        battle.assoc_actor_1.append(striker)
                battle.assoc_actor_1 = [a for a in battle.assoc_actor_1 if a.actor_id != _id(battle.actor1)]
                continue
        out.append(e)
    return out


def _hit_from_nowhere(battle: Event, e: Event, unnamed: str) -> bool:
    """``e`` hit a side of ``battle`` from no side it names (nobody, or an unidentified group)."""
    return e.actor2 is not None and _id(e.actor2) in _ids(battle) and (e.actor1 is None or _id(e.actor1) == unnamed)


def _struck_back(battle: Event, e: Event, unnamed: str) -> bool:
    """``e`` hit the side that began ``battle``, done by a named group where the battle names its other side
    nobody ("اشتباكات مسلحة مع مقاومين" and "قالت كتيبة جنين إن مقاتليها فجروا عبوات ناسفة بآليات الاحتلال")."""
    if e.actor1 is None or e.actor1.inferred or battle.actor1 is None or _id(e.actor2) != _id(battle.actor1):
        return False
    return battle.actor2 is not None and _id(battle.actor2) == unnamed


def _fought_in(battle: Event, sentence: int, fights: Mapping[tuple[int, int], int], side: bool = False) -> bool:
    """The battle was told again in ``sentence`` by a definite word of fighting ("شنت غارات ... خلال
    المعارك"), or by any word of fighting when the event shares a ``side`` with it ("وقالت كتيبة جنين إن مقاتليها
    خاضوا اشتباكات ضارية مع قوات الاحتلال وفجروا عبوات ناسفة في آلياتها"): what that sentence tells happened
    during it."""
    return any(
        ev.role is EvidenceRole.TRIGGER
        and fights.get((ev.span.start, ev.span.end)) == sentence
        and (side or _definite(ev.text))
        for ev in battle.evidence
    )


def _shares_a_side(battle: Event, e: Event) -> bool:
    """``e``'s doer or target is one of the battle's named sides."""
    sides = _ids(battle) - {""}
    return _id(e.actor1) in sides or _id(e.actor2) in sides


def _definite(word: str) -> bool:
    """The word has the article, after "و" or "ف" at most: "الهجوم", "والمعارك"."""
    return word.lstrip("وف").startswith("ال")


#: a crowd met by force: the shooting told again later is how it was met ("وفجأة بدأ إطلاق النار")
_FORCE_ON_A_CROWD = frozenset({SubEventType.EXCESSIVE_FORCE, SubEventType.PROTEST_WITH_INTERVENTION})


#: the event types whose damage told in the same sentence is part of them
_VIOLENT = frozenset({EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS})


def _violence_absorbs_its_damage(events: list[Event]) -> list[Event]:
    """Property destroyed at the place and day of a violent event is part of it (ACLED), told in its
    sentence by nobody else named ("اقتحم مئات المحتجين مبنى السفارة وأضرموا النار في أجزاء منه" is one riot),
    or in the next sentence by the doer of an attack on civilians ("هاجم مستوطنون مزارعين ... واضافت المصادر ان
    المستوطنين اضرموا النار في اشجار الزيتون" is one attack)."""

    def violent_twin(d: Event, e: Event) -> bool:
        if e.place is None:
            # nobody's and nowhere's, right after violence on its day: "وقالت المصادر إن المهاجمين ... أضرموا النار
            # في الموقع قبل انسحابهم"
            return (
                d.event_type in _VIOLENT
                and 0 <= e.sentence - d.sentence <= 1
                and (_date(d), d.historical) == (_date(e), e.historical)
            )
        if d.event_type not in _VIOLENT or _place_day(d) != _place_day(e):
            return False
        if d.sentence == e.sentence:
            # (its doer the violence's, or its target, misread as the doer: "شن الطيران الحربي غارات على
            # تجمعات لقوات الدعم السريع ... إنها دمرت عدداً من المركبات")
            return e.actor1 is None or e.actor1.inferred or _id(e.actor1) in (_id(d.actor1), _id(d.actor2))
        # (an attack on civilians only: the damage an army's raid leaves after a fight is coded apart; by its doer,
        # or by nobody named: "وأضاف متحدث باسم الشرطة أن المهاجمين أضرموا النار في منازل")
        same_doer = d.actor1 is not None and (
            e.actor1 is None or (not e.actor1.inferred and d.actor1.actor_id == e.actor1.actor_id)
        )
        on_civilians = d.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
        return on_civilians and e.sentence - d.sentence == 1 and same_doer

    def damage(e: Event) -> bool:
        return e.sub_event_type is SubEventType.LOOTING and (e.place is not None or e.actor1 is None)

    return _fold(events, damage, violent_twin, _incursion_takes_its_damage)


def _incursion_takes_its_damage(kept: Event, other: Event) -> None:
    """An entry nobody fought, with no dead, that destroyed property is that destruction (ACLED): "توغلت قوات
    إسرائيلية في قرية الحميدية ... وقامت بتجريف مساحات من الأراضي الزراعية وهدم منزلين" (an entry with the
    people of the place for its target, "وسط استياء الأهالي", harmed nobody)."""
    if (
        kept.sub_event_type in (SubEventType.ARMED_CLASH, SubEventType.ATTACK)
        and kept.extent == "entry"
        and kept.fatalities == 0
        and (kept.actor2 is None or kept.actor2.inter in _CROWD_OR_CIVILIANS)
    ):
        kept.sub_event_type, kept.extent = SubEventType.LOOTING, ""
        kept.actor2 = kept.actor2 or other.actor2
    _add_evidence(kept, other)


def _strike_absorbs_its_interception(events: list[Event]) -> list[Event]:
    """Missiles shot down in a strike that hit the same place that day are part of the strike: "عدوان جوي
    ... على مدينة دمشق ... وقال مصدر عسكري إن وسائط دفاعنا الجوي تصدت لصواريخ العدوان وأسقطت معظمها" is
    one air strike (ACLED codes an interception on its own only when nothing else of the attack is told)."""

    def strike(d: Event, e: Event) -> bool:
        return d.event_type is EventType.EXPLOSIONS and _place_day(d) == _place_day(e)  # (neither is history)

    def interception(e: Event) -> bool:
        return e.sub_event_type is SubEventType.DISRUPTED_WEAPONS and e.place is not None and not e.historical

    def join(d: Event, e: Event) -> None:
        # (the strike's dead told with its interception: "وأسقطت معظمها، وأدى العدوان إلى ارتقاء شهيدين")
        if d.fatalities == 0 and e.fatalities:
            d.fatalities = e.fatalities
            d.actor2 = d.actor2 or e.actor2
            d.civilian_targeting = d.civilian_targeting or e.civilian_targeting
        _add_evidence(d, e)

    return _fold(events, interception, strike, join)


def _claim_of_a_strike_intercepted(events: list[Event], claims: frozenset[int]) -> list[Event]:
    """A strike told only as its launcher's claim ("زعم المتحدث باسم الحوثيين أن قواته استهدفت مطار جازان")
    at the place and day its weapon was told brought down ("اعتراض وتدمير طائرة مسيرة أطلقتها ميليشيا الحوثي
    باتجاه جازان") is that weapon, kept from use (ACLED: Disrupted weapons use); the side it claims to have
    hit brought it down, when the interception names nobody."""

    def claimed(e: Event) -> bool:
        return e.event_type is EventType.EXPLOSIONS and e.sentence in claims and e.place is not None

    def interception(d: Event, e: Event) -> bool:
        return (
            d.sub_event_type is SubEventType.DISRUPTED_WEAPONS
            and d.sentence < e.sentence
            and _place_day(d) == _place_day(e)
            and (d.actor2 is None or _id(d.actor2) == _id(e.actor1))
        )

    def join(d: Event, e: Event) -> None:
        if d.actor1 is None and e.actor2 is not None:
            d.actor1 = e.actor2
        if d.actor2 is None:
            d.actor2 = e.actor1
        _add_evidence(d, e)

    return _fold(events, claimed, interception, join) if claims else events


def _abduction_absorbs_its_raid(events: list[Event]) -> list[Event]:
    """A raid or detention by the doer of an abduction, at its place and on its day, is how the people were
    taken ("اختطفت مليشيا الحوثي ثلاثة معلمين من منازلهم ... بعد مداهمتها"): one abduction, no arrests beside it."""

    def abduction(d: Event, e: Event) -> bool:
        return (
            d.sub_event_type is SubEventType.ABDUCTION
            and _place_day(d) == _place_day(e)
            and d.actor1 is not None
            and _id(d.actor1) == _id(e.actor1)
        )

    def arrests(e: Event) -> bool:
        return e.sub_event_type is SubEventType.ARRESTS and e.place is not None and not e.historical

    return _fold(events, arrests, abduction, _add_evidence)


def _massacre_told_by_its_means(events: list[Event]) -> list[Event]:
    """A massacre and a strike or shelling by its doer, at its place and on its day, are one event coded by its
    means (ACLED), with the massacre's dead: "ارتفعت حصيلة المجزرة التي ارتكبها الاحتلال في مخيم جباليا ...
    وأفاد المراسل بأن طائرات الاحتلال ألقت عدة قنابل على المخيم"."""
    massacre_words = load_cues().massacre

    def massacre(e: Event) -> bool:
        told = [ev for ev in e.evidence if ev.role is EvidenceRole.TRIGGER]
        return (
            e.sub_event_type is SubEventType.ATTACK
            and e.place is not None
            and not e.historical
            and bool(told)
            and split_prefix(normalize_term(told[0].text))[1] in massacre_words
        )

    def means(d: Event, e: Event) -> bool:
        return (
            d.event_type is EventType.EXPLOSIONS
            and _place_day(d) == _place_day(e)
            and (e.actor1 is None or e.actor1.inferred or _id(d.actor1) == _id(e.actor1))
        )

    def join(d: Event, e: Event) -> None:
        d.fatalities = max(d.fatalities, e.fatalities)
        d.civilian_targeting = d.civilian_targeting or e.civilian_targeting
        if d.actor2 is None:
            d.actor2 = e.actor2
        _add_evidence(d, e)

    return _fold(events, massacre, means, join)


def _the_attack_told_again(events: list[Event], tolls: frozenset[tuple[int, int]]) -> list[Event]:
    """A later sentence that tells "the attack" again ("وقالت السلطة المحلية إن الهجوم استهدف المحطة أثناء
    ازدحامها") is the violent event told before at its place and day, not a second one: an event whose
    head is a definite event noun, with no doer named but the one told before and no dead of its own, joins it.
    So does a toll whose only event word is definite ("نقلت تسع جثث من موقع الانفجار")."""

    def definite(text: str) -> bool:
        # (a construct is definite by its last word: "بدأ إطلاق النار" is the shooting told)
        return _definite(text) or text.rpartition(" ")[2].startswith("ال")

    def points_back(e: Event) -> bool:
        told = [ev for ev in e.evidence if ev.role is EvidenceRole.TRIGGER]
        if not told:
            return False
        if definite(told[0].text):
            return True
        head = (told[0].span.start, told[0].span.end)
        events_told = [ev for ev in told if (ev.span.start, ev.span.end) not in tolls]
        return head in tolls and bool(events_told) and all(definite(ev.text) for ev in events_told)

    def retold(e: Event) -> bool:
        return (
            e.event_type in _VIOLENT and e.sentence > 0 and not e.historical and e.place is not None and points_back(e)
        )

    def told_before(d: Event, e: Event) -> bool:
        return (
            (d.event_type in _VIOLENT or d.sub_event_type in _FORCE_ON_A_CROWD)
            and d.sentence < e.sentence
            and _place_day(d) == _place_day(e)
            # no dead of its own, or more than told before ("زاعمة أنها قتلت «أكثر من عشرين»": ACLED
            # keeps the lowest figure)
            and (e.fatalities in (0, d.fatalities) or 0 < d.fatalities < e.fatalities)
            # no doer of its own, or the one told before ("فيما تبنى تنظيم داعش التفجيرات"), or the doer the
            # first telling lacked ("وتبنى تنظيم «ولاية خراسان» الهجوم")
            and (
                e.actor1 is None
                or e.actor1.inferred
                or _id(e.actor1) == _id(d.actor1)
                or d.actor1 is None
                or d.actor1.inferred
            )
        )

    def join(d: Event, e: Event) -> None:
        if (d.actor1 is None or d.actor1.inferred) and e.actor1 is not None and not e.actor1.inferred:
            d.actor1 = e.actor1
        if (
            d.sub_event_type is SubEventType.ARMED_CLASH
            and d.actor2 is None
            and e.sub_event_type is SubEventType.ATTACK
            and e.actor2 is not None
        ):
            # "ارتفعت حصيلة الهجوم الذي استهدف مسجد الروضة إلى 235 قتيلاً ... ثم فتحوا النار على المصلين": an
            # attack told with no side hit is the attack on the people the later telling names
            d.sub_event_type, d.actor2, d.civilian_targeting = e.sub_event_type, e.actor2, e.civilian_targeting
        if e.fatalities > d.fatalities:
            e.evidence = [ev for ev in e.evidence if ev.role is not EvidenceRole.FATALITIES]
        _add_evidence(d, e)

    return _fold(events, retold, told_before, join)


def _riot_absorbs_the_force_it_killed(events: list[Event]) -> list[Event]:
    """A state force's man killed or hurt by nobody named, at the place and on the day of a riot against that
    force told before ("رشقوا البوابة بالحجارة وأضرموا النار في مدخله ... وأعلن المكتب الإعلامي مقتل أحد
    عناصر الأمن المكلفين بحماية المقر، متّهماً مندسين بإطلاق النار عليه"), fell in the riot: one event."""

    def hurt_force(e: Event) -> bool:
        return (
            e.event_type in (EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS)
            and not e.historical
            and e.actor1 is None
            and e.actor2 is not None
            and e.actor2.inter == _STATE_FORCES
        )

    def riot(d: Event, e: Event) -> bool:
        return (
            d.event_type is EventType.RIOTS
            and _riot_told_before(d, e)
            and (d.actor2 is None or _id(d.actor2) == _id(e.actor2))
        )

    def join(d: Event, e: Event) -> None:
        d.actor2 = d.actor2 or e.actor2
        _riot_takes_its_harm(d, e)

    return _fold(events, hurt_force, riot, join)


def _riot_told_before(d: Event, e: Event) -> bool:
    """``d`` is told before ``e``, at a known place, and both happened there on the same day."""
    return d.sentence < e.sentence and d.place is not None and _place_day(d) == _place_day(e)


def _riot_takes_its_harm(d: Event, e: Event) -> None:
    """The harm ``e`` tells is the riot ``d``'s: its dead (counted once) and its evidence."""
    d.fatalities = max(d.fatalities, e.fatalities)
    _add_evidence(d, e)


def _mob_absorbs_its_beatings(events: list[Event], unnamed: str) -> list[Event]:
    """Civilians attacked by nobody named, at the place and on the day of a mob's violence on civilians told
    before ("أقدم عشرات الشبان على مهاجمة منازل يقطنها نازحون سوريون وإحراق عدد منها ... وقال شهود إن المهاجمين
    اعتدوا بالضرب على عدد من السوريين"), were the mob's victims: one event."""

    def beaten(e: Event) -> bool:
        return (
            e.sub_event_type is SubEventType.ATTACK
            and not e.historical
            and (e.actor1 is None or e.actor1.actor_id == unnamed)
            and (e.actor2 is None or e.actor2.inter == _CIVILIANS_INTER)
        )

    def mob(d: Event, e: Event) -> bool:
        return d.sub_event_type is SubEventType.MOB_VIOLENCE and _riot_told_before(d, e)

    return _fold(events, beaten, mob, _riot_takes_its_harm)


def _placeless_told_again(
    events: list[Event],
    claims: frozenset[int] = frozenset(),
    unnamed: str = "",
    generic: frozenset[tuple[int, int]] = frozenset(),
    crowd_words: frozenset[tuple[int, int]] = frozenset(),
) -> list[Event]:
    """A later sentence's violence with neither a place nor a date of its own ("وقال الجيش الإسرائيلي إنه
    استهدف «خلية إرهابية»") is the violence told before at the place and on the day it takes from it (or at
    no place), by the same doer (or by nobody named, if it is the same kind of violence), with no dead of its
    own or the same: one event. So is the doer's claim of it with a toll of its own (``claims``: "وتبنت الجماعة
    الهجوم ... زاعمة أنها قتلت العشرات من الجنود"), whose figure does not replace the one told, or a claim of it
    by a doer left unnamed ("وأعلنت الجماعة مسؤوليتها عن الهجوم، زاعمة أنها استهدفت ميليشيات ..."), whatever target
    it claims; ``unnamed`` is the id of the pack's unidentified armed group. Violence told by none but words of
    attacking in general (``generic``: their spans) is any kind told before ("وأقر المجلس العسكري بتنفيذ الضربة،
    مؤكداً أنها استهدفت «إرهابيين»" after an air strike), the words of a crowd beside them (``crowd_words``)
    set aside ("وقال ناجون إن المهاجمين ... فتحوا النار على الحشود")."""

    def kind_unsaid(e: Event) -> bool:
        told = [(ev.span.start, ev.span.end) for ev in e.evidence if ev.role is EvidenceRole.TRIGGER]
        told = [span for span in told if span not in crowd_words]
        return bool(told) and all(span in generic for span in told)

    def placeless(e: Event) -> bool:
        return (
            e.event_type in _VIOLENT
            and e.sentence > 0
            and not e.historical
            # (or, told by words of attacking in general by a doer it names, only a word standing for a place told
            # before: "قالت وزارة الدفاع الروسية إنها استهدفت مواقع ... في المدينة"; not "هجوماً آخر استهدف حاجزاً
            # للجيش في المدينة", by nobody named)
            and (
                e.place is None
                or "location" in e.inferred
                or (e.place.rule.startswith("anaphor") and kind_unsaid(e) and not unnamed_doer(e))
            )
            # (no date of its own: one taken from before, or none at all when the report has no publication date)
            and ("event_date" in e.inferred or not any(ev.role is EvidenceRole.DATE for ev in e.evidence))
            # (not one at a place the text names that the gazetteer lacks: "وشهدت بلدة آيت عميرة مواجهات مماثلة")
            and not (e.place is None and any(ev.role is EvidenceRole.LOCATION for ev in e.evidence))
        )

    def told_before(d: Event, e: Event) -> bool:
        return (
            d.event_type in _VIOLENT
            and d.sentence < e.sentence
            and not d.historical
            and _date(d) == _date(e)
            and (e.place is None or (d.place is not None and d.place.place_id == e.place.place_id))
            and (e.fatalities in (0, d.fatalities) or (e.sentence in claims and _same_doer(d, e)))
            and (
                _same_doer(d, e)
                # with no doer named, only the same kind of violence ("وردّ الحزب بقصف" after a strike on it is
                # the other side's), or violence of no kind said
                or (
                    (e.actor1 is None or e.actor1.inferred)
                    and (e.sub_event_type is d.sub_event_type or kind_unsaid(e))
                )
                or (e.sentence in claims and (e.actor1 is None or e.actor1.inferred or e.actor1.actor_id == unnamed))
                # a doer named telling violence of no kind said, after violence by nobody named ("وقال جيش
                # التحرير الوطني في بيان إن عناصره استهدفوا الأنبوب" after the pipeline's bombing): its doer
                or (kind_unsaid(e) and unnamed_doer(d) and not unnamed_doer(e))
            )
        )

    def unnamed_doer(d: Event) -> bool:
        return d.actor1 is None or d.actor1.inferred or d.actor1.actor_id == unnamed

    def join(d: Event, e: Event) -> None:
        if unnamed_doer(d) and not unnamed_doer(e) and _id(e.actor1) != _id(d.actor2):
            d.actor1 = e.actor1  # (the doer the later sentence names)
        if d.actor2 is None and e.actor2 is not None and _id(e.actor2) != _id(d.actor1):
            d.actor2 = e.actor2
        if e.fatalities != d.fatalities:  # (a claim's own figure: not the evidence of the toll kept)
            e.evidence = [ev for ev in e.evidence if ev.role is not EvidenceRole.FATALITIES]
        _add_evidence(d, e)

    return _fold(events, placeless, told_before, join)


def _same_doer(d: Event, e: Event) -> bool:
    """Both events name the same doer, not inferred."""
    return (
        e.actor1 is not None
        and not e.actor1.inferred
        and d.actor1 is not None
        and not d.actor1.inferred
        and e.actor1.actor_id == d.actor1.actor_id
    )


#: the sub-types of a place changing hands
_TAKEOVERS = frozenset(
    {SubEventType.NON_STATE_OVERTAKES, SubEventType.GOVERNMENT_REGAINS, SubEventType.NON_VIOLENT_TRANSFER}
)


def _takeover_told_again(events: list[Event], battles: frozenset[int]) -> list[Event]:
    """A later sentence telling how a place was taken ("وقال المراسل إن رتلاً للهيئة دخل المدينة ... بينما انسحب
    من تبقى من مقاتلي الزنكي") is the takeover told before at that place and day by the same side, not a
    second one. So is a hand-over told in the capture's own sentence, when that sentence tells a battle
    (``battles``), as how the fighting ended ("أعلنت سيطرتها على ود مدني بعد معارك ... انتهت بانسحاب قوات الفرقة
    الأولى من المدينة"; not "بعد أن انسحبت منها قوات الجيش دون مواجهة تذكر", which was no battle)."""

    def handed_over(e: Event) -> bool:
        return e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER and e.sentence in battles

    def retold(e: Event) -> bool:
        return (
            e.sub_event_type in _TAKEOVERS
            and (e.sentence > 0 or handed_over(e))
            and not e.historical
            and e.place is not None
        )

    def told_before(d: Event, e: Event) -> bool:
        return (
            d.sub_event_type in _TAKEOVERS
            and (
                d.sentence < e.sentence
                or (d.sentence == e.sentence and handed_over(e) and d.sub_event_type is not e.sub_event_type)
            )
            and _place_day(d) == _place_day(e)
            and (_id(e.actor1) in ("", _id(d.actor1)) or _the_losers_withdrawal(d, e))
        )

    def told_how(d: Event, e: Event) -> None:
        if (
            e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER
            and not {d.sentence, e.sentence} & battles
            # (the taker's own entry, no one killed: not "وانسحب الجنود إلى المطار" after a deadly assault)
            and _id(e.actor1) == _id(d.actor1)
            and d.fatalities == e.fatalities == 0
        ):
            # "أعلن أن الجيش استعاد السيطرة على كيدال. وأفادت مصادر بأن أرتال الجيش دخلت المدينة بعد أن انسحب
            # منها المقاتلون ... ولم تسجل اشتباكات": the ground changed hands without a fight (ACLED: a non-violent
            # transfer), from the side that withdrew
            d.sub_event_type = SubEventType.NON_VIOLENT_TRANSFER
            if d.actor2 is None:
                d.actor2, d.assoc_actor_2 = e.actor2, list(e.assoc_actor_2)
        _add_evidence(d, e)

    return _fold(events, retold, told_before, told_how)


def _the_losers_withdrawal(d: Event, e: Event) -> bool:
    """``e`` is the withdrawal of the side ``d`` took the place from ("وانسحب الجنود وعناصر الشرطة إلى مطار
    المدينة" after "سيطر مقاتلو حركة طالبان على المدينة"): how the place was taken, told again."""
    if e.sub_event_type is not SubEventType.NON_VIOLENT_TRANSFER or d.actor2 is None:
        return False
    losers = {_id(d.actor2), *(a.actor_id for a in d.assoc_actor_2)}
    return bool(losers & {_id(e.actor1), *(a.actor_id for a in e.assoc_actor_1)})


#: ACLED inter codes of a crowd (rioters, protesters) and of civilians: whom a crowd's arrests take
_CROWD_OR_CIVILIANS = frozenset({5, 6, 7})
#: how many sentences after its crowd's an arrest may be told and still be the crowd's
_ARREST_REACH = 3


def _crowd_absorbs_its_arrests(events: list[Event], raids: frozenset[int] = frozenset()) -> list[Event]:
    """Arrests told with a protest or riot at its place and day, of nobody but the crowd or unnamed people,
    are the authorities' intervention in it, not an event of their own (ACLED): "أحرق محتجون سيارات في
    باريس ... وأعلنت الشرطة توقيف مئات الأشخاص" is one riot; a peaceful protest becomes one met with
    intervention, and the force that arrested is its other side."""

    def arrests(e: Event) -> bool:
        return (
            e.sub_event_type is SubEventType.ARRESTS
            and e.place is not None
            and not e.historical
            and (e.actor2 is None or e.actor2.inter in _CROWD_OR_CIVILIANS)
            and e.sentence not in raids  # (arrests at people's homes: a raid of their own)
        )

    def crowd(d: Event, e: Event) -> bool:
        return _crowd_before(d, e, 0, _ARREST_REACH)

    def join(d: Event, e: Event) -> None:
        if d.sub_event_type is SubEventType.PEACEFUL_PROTEST:
            d.sub_event_type = SubEventType.PROTEST_WITH_INTERVENTION
        if d.actor2 is None and e.actor1 is not None and e.actor1.inter not in _CROWD_OR_CIVILIANS:
            d.actor2 = e.actor1
        _add_evidence(d, e)

    return _fold(events, arrests, crowd, join)


#: ACLED inter code of state forces
_STATE_FORCES = 1


def _riot_absorbs_its_fight_with_a_force(events: list[Event], fought: set[int]) -> list[Event]:
    """A fight of a state force (at home or abroad) with nobody named, told in a riot's sentence at its place and
    day or in the sentence before it, is the riot's crowd fighting that force ("أحرق محتجون قسم الشرطة بعد اشتباكات مع
    قوات الأمن استمرت ساعات، قتل خلالها خمسة"; "تحولت التظاهرات إلى صدامات مع القوى الأمنية. وأقدم محتجون
    على تحطيم ..."): one riot, with the force as its other side and the fight's dead. The sentences of the
    fights so absorbed are added to ``fought``."""

    def fight(e: Event) -> bool:
        sides = [a for a in (e.actor1, e.actor2) if a is not None]
        return (
            e.event_type is EventType.BATTLES
            and not e.historical
            and len(sides) == 1
            and sides[0].inter in STATE_INTERS  # (Israel's forces in the West Bank are external, 8)
            and e.place is not None
        )

    def riot(d: Event, e: Event) -> bool:
        return d.event_type is EventType.RIOTS and 0 <= d.sentence - e.sentence <= 1 and _place_day(d) == _place_day(e)

    def join(d: Event, e: Event) -> None:
        if d.actor2 is None:
            d.actor2 = e.actor1 or e.actor2
        d.fatalities = max(d.fatalities, e.fatalities)
        fought.add(e.sentence)
        _add_evidence(d, e)

    return _fold(events, fight, riot, join)


def _one_crowd(events: list[Event], fought: set[int]) -> list[Event]:
    """A protest and a riot one sentence tells at one place and day are one crowd that turned violent
    ("خرج عشرات في تظاهرة غاضبة ... وقطعوا الشارع بالإطارات المشتعلة"), and so is the force that met it
    told in the next sentence: ACLED codes the riot, with that force as its other side and its dead. So is a
    protest told in the sentence before the riot with fighting (``fought``: "تحولت تظاهرة ... إلى صدامات مع
    قوات الأمن")."""

    def protest(e: Event) -> bool:
        # (or a fight with no side named, told in the riot's sentence: "بعد اقتحامه" the consulate it burned)
        faceless = e.event_type is EventType.BATTLES and e.actor1 is None and e.actor2 is None
        return (e.event_type is EventType.PROTESTS or faceless) and e.place is not None and not e.historical

    def riot(d: Event, e: Event) -> bool:
        # (or the force that met the crowd, told in the next sentence: "وأطلقت قوات الحزام الرصاص لتفريق المحتجين")
        met = e.sub_event_type in (SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE)
        turned = e.sentence in fought and d.sentence - e.sentence == 1
        told = d.sentence == e.sentence or (met and e.sentence - d.sentence == 1) or turned
        return d.event_type is EventType.RIOTS and told and _place_day(d) == _place_day(e)

    def join(d: Event, e: Event) -> None:
        if d.actor2 is None and e.actor2 is not None:
            d.actor2 = e.actor2
        d.fatalities = max(d.fatalities, e.fatalities)
        _add_evidence(d, e)

    return _fold(events, protest, riot, join)


def _crowd_before(d: Event, e: Event, nearest: int, farthest: int) -> bool:
    """``d`` is a protest or riot at ``e``'s place and day, told ``nearest`` to ``farthest`` sentences before it."""
    return (
        d.event_type in (EventType.PROTESTS, EventType.RIOTS)
        and _place_day(d) == _place_day(e)
        and nearest <= e.sentence - d.sentence <= farthest
    )


def _crowd_absorbs_the_force_it_met(
    events: list[Event], another_count: Callable[[Event, Event], bool]
) -> list[Event]:
    """A state force's violence told in the sentence after a protest or riot, at its place and day, on
    nobody but the crowd or unnamed people, is how the crowd was met (ACLED codes one event): "ورشقوا عناصر
    الشرطة بالحجارة. وردت الشرطة بالغاز المسيل للدموع والرصاص الحي، ما أدى إلى مقتل شاب" is one riot with
    its dead; a peaceful protest so met becomes excessive force (with dead) or intervention. Its dead told
    again by another source ("في المقابل، قالت منظمة حقوقية إن 41 شخصاً قتلوا برصاص قوات الأمن") are the
    crowd's dead counted again: the lowest stands."""

    def force(e: Event) -> bool:
        return (
            e.sub_event_type is SubEventType.ATTACK
            and not e.historical
            and e.actor1 is not None
            and e.actor1.inter == _STATE_FORCES
            and (e.actor2 is None or e.actor2.inter in _CROWD_OR_CIVILIANS)
        )

    def crowd(d: Event, e: Event) -> bool:
        # (in the crowd's own sentence a killing is what it reacts to: "احتجاجاً على مقتل شاب برصاص ...")
        return _crowd_before(d, e, 1, 1)

    def join(d: Event, e: Event) -> None:
        if d.event_type is EventType.PROTESTS and d.sub_event_type is not SubEventType.EXCESSIVE_FORCE:
            # (force met with its dead told before stays so: "قتلوا برصاص قوات الأمن ... وأطلقت الشرطة الرصاص")
            lethal = e.fatalities > 0
            d.sub_event_type = SubEventType.EXCESSIVE_FORCE if lethal else SubEventType.PROTEST_WITH_INTERVENTION
            d.civilian_targeting = d.civilian_targeting or lethal
        if d.actor2 is None:
            d.actor2 = e.actor1
        again = another_count(d, e)
        d.fatalities = min(d.fatalities, e.fatalities) if again else max(d.fatalities, e.fatalities)
        _add_evidence(d, e)

    return _fold(events, force, crowd, join)


def _merge_same_type(
    events: list[Event],
    another_count: Callable[[Event, Event], bool],
    unnamed: str = "",
    other_sides_dead: Callable[[Event, Event], bool] = _never,
) -> list[Event]:
    out: list[Event] = []
    by_key: dict[tuple[str, str, str, bool], Event] = {}
    for e in events:
        key = _key(e)
        if key is None:
            out.append(e)
            continue
        kept = by_key.get(key)
        if kept is None or _strikes_back(kept, e) or _other_peoples_harmed(kept, e):
            by_key[key] = e
            out.append(e)
            continue
        lowest = min(kept.fatalities, e.fatalities) if another_count(kept, e) else None
        both = None if lowest is not None or not other_sides_dead(kept, e) else kept.fatalities + e.fatalities
        if unnamed and _id(kept.actor1) == unnamed and _named_armed_group(e.actor1, unnamed, _ids(kept)):
            # "هجوم شنه مسلحون ... وقالت الوزارة إن إرهابيين من تنظيم الدولة طوقوا المسجد": the doer named
            kept.actor1 = e.actor1
        _absorb(kept, e)
        if lowest is not None:
            kept.fatalities = lowest
        if both is not None:
            kept.fatalities = both
    return out


def _other_peoples_harmed(kept: Event, e: Event) -> bool:
    """Both harm civilians, of two countries ("قتل مستوطنان إسرائيليان برصاص مسلح فلسطيني في بلدة
    حوارة ... وبعد ساعات هاجم مئات المستوطنين البلدة"): two events, whatever place and day they share."""
    a, b = kept.actor2, e.actor2
    return (
        a is not None
        and b is not None
        and a.actor_id == b.actor_id
        and a.inter == b.inter == _CIVILIANS_INTER
        and a.name != b.name
    )


#: ACLED's inter code of civilians
_CIVILIANS_INTER = 7


def _strikes_back(kept: Event, e: Event) -> bool:
    """``e``, remote violence told after ``kept`` with no place of its own (it takes ``kept``'s), is done by the
    side ``kept`` was done by and hits it ("قذائف أطلقتها قوات الدعم السريع على منازل ... كما شن الطيران الحربي
    للجيش غارات على تجمعات للدعم السريع"): the other side's strike, another event."""
    if e.event_type is not EventType.EXPLOSIONS or e.sentence <= kept.sentence or "location" not in e.inferred:
        return False
    if e.actor1 is None or e.actor1.inferred:
        return False
    if kept.actor1 is None or kept.actor1.inferred:
        # "قتل ثلاثة فلسطينيين في غارة على رفح. وقالت حماس إنها أطلقت صواريخ": a named side's fire of another
        # kind is its own strike, not the doer of the strike told with nobody named
        return e.sub_event_type is not kept.sub_event_type
    return kept.actor1.actor_id != e.actor1.actor_id and _id(e.actor2) == kept.actor1.actor_id


#: ACLED's inter codes of rebel groups and political militias
_ARMED_GROUPS = frozenset({2, 3})


def _named_armed_group(ref: ActorRef | None, unnamed: str, taken: set[str]) -> bool:
    """``ref`` names, in its own words, an armed group other than the unidentified one and than the sides
    ``taken`` already."""
    return (
        ref is not None
        and not ref.inferred
        and ref.inter in _ARMED_GROUPS
        and ref.actor_id != unnamed
        and ref.actor_id not in taken
    )


def _absorb(kept: Event, other: Event) -> None:
    if other.sub_event_type.precedence < kept.sub_event_type.precedence and not _abduction_beaten(kept, other):
        kept.sub_event_type = other.sub_event_type
    if kept.actor1 is None or (kept.actor1.inferred and other.actor1 and not other.actor1.inferred):
        kept.actor1 = other.actor1
    if (
        kept.actor2 is None
        and other.actor1 is not None
        and other.actor2 is not None
        and _id(other.actor2) == _id(kept.actor1)
    ):
        # the other telling has this one's doer as its target: its doer is this one's other side ("أحبطت القوات
        # هجوماً ... وأسفرت الاشتباكات عن استشهاد ضابط" after "أعلن تنظيم «ولاية سيناء» مسؤوليته")
        kept.actor2 = other.actor1
    if kept.actor2 is None or (kept.actor2.inferred and other.actor2 and not other.actor2.inferred):
        kept.actor2 = other.actor2
    if kept.actor1 is not None and kept.actor2 is not None and kept.actor2.name == kept.actor1.name:
        kept.actor2 = None  # the other report's actor1 taken as this one's target: a side does not fight itself
    # (not the side itself: "Free Syrian Army" with itself as its associate)
    for ref in other.assoc_actor_1:
        if ref.actor_id not in {r.actor_id for r in kept.assoc_actor_1} and ref.actor_id != _id(kept.actor1):
            kept.assoc_actor_1.append(ref)
    for ref in other.assoc_actor_2:
        if ref.actor_id not in {r.actor_id for r in kept.assoc_actor_2} and ref.actor_id != _id(kept.actor2):
            kept.assoc_actor_2.append(ref)
    # within one report a figure given once and omitted elsewhere is the figure
    kept.fatalities = max(kept.fatalities, other.fatalities)
    kept.civilian_targeting = kept.civilian_targeting or other.civilian_targeting
    if _EXTENT_RANK[other.extent] > _EXTENT_RANK[kept.extent]:
        kept.extent = other.extent
    _add_evidence(kept, other)
    kept.confidence = round(min(0.98, max(kept.confidence, other.confidence) + 0.05), 2)
    kept.inferred = kept.inferred & other.inferred if other.inferred else set()


def _abduction_beaten(kept: Event, other: Event) -> bool:
    """An abduction told again with the beating of its victim ("وضربوه قبل أن يضعوه في إحدى السيارتين") stays
    an abduction: ACLED codes an attack only when the abducted are killed."""
    return (
        kept.sub_event_type is SubEventType.ABDUCTION
        and other.sub_event_type is SubEventType.ATTACK
        and kept.fatalities == 0
        and other.fatalities == 0
    )


def _add_evidence(kept: Event, other: Event) -> None:
    """The other event's evidence that the kept one lacks, appended to it."""
    # a span by its offsets: hashing a tuple of ints costs less than Span's generated __hash__
    seen = {(ev.role, ev.span.start, ev.span.end) for ev in kept.evidence}
    kept.evidence.extend(ev for ev in other.evidence if (ev.role, ev.span.start, ev.span.end) not in seen)
