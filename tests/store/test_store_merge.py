"""Merging reports across sources (no database): what is one event, and what the merged event says."""

from __future__ import annotations

import datetime as dt

from marsad.model import DateValue, SubEventType
from marsad.store.merge import EventKey, Report, match_score, merge
from marsad.store.places import city_key

from .factories import ARFI, DEZ, FSA, HAMIDIYAH, ISIS, RAQQA, RUS, SYR, UMMAL, battle, day


def key(event, doc: int) -> EventKey:  # type: ignore[no-untyped-def]
    return EventKey.of(event, doc, city_key(event.place) if event.place else None)


def test_same_capture_told_twice_matches() -> None:
    a = battle(UMMAL, day(2017, 10, 28), fatalities=12)
    b = battle(UMMAL, day(2017, 10, 29), SubEventType.ARMED_CLASH, fatalities=20)  # a day later, other sub-type
    assert match_score(key(a, 1), key(b, 2)) is not None


def test_city_and_its_neighbourhood_match() -> None:
    a = battle(HAMIDIYAH, day(2017, 10, 29))
    b = battle(DEZ, day(2017, 10, 29))
    assert match_score(key(a, 1), key(b, 2)) is not None


def test_two_neighbourhoods_on_one_day_do_not_match() -> None:
    a = battle(UMMAL, day(2017, 10, 28))
    b = battle(ARFI, day(2017, 10, 28))
    assert match_score(key(a, 1), key(b, 2)) is None


def test_air_strike_and_battle_in_one_city_on_one_day_do_not_match() -> None:
    a = battle(DEZ, day(2017, 10, 29), SubEventType.ARMED_CLASH)
    b = battle(DEZ, day(2017, 10, 29), SubEventType.AIR_DRONE_STRIKE, actor1=RUS, actor2=None)
    assert match_score(key(a, 1), key(b, 2)) is None


def test_different_opponents_do_not_match() -> None:
    a = battle(HAMIDIYAH, day(2017, 10, 29), SubEventType.ARMED_CLASH, actor2=ISIS)
    b = battle(HAMIDIYAH, day(2017, 10, 29), SubEventType.ARMED_CLASH, actor2=FSA)
    assert match_score(key(a, 1), key(b, 2)) is None


def test_other_rules_that_keep_reports_apart() -> None:
    a = battle(UMMAL, day(2017, 10, 28))
    assert match_score(key(a, 1), key(battle(UMMAL, day(2017, 10, 28)), 1)) is None  # same document
    assert match_score(key(a, 1), key(battle(UMMAL, day(2017, 10, 31)), 2)) is None  # days apart
    assert match_score(key(a, 1), key(battle(RAQQA, day(2017, 10, 28)), 2)) is None  # other city
    hist = battle(UMMAL, day(2017, 10, 28), historical=True)
    assert match_score(key(a, 1), key(hist, 2)) is None


def test_a_month_precise_report_matches_a_day_in_that_month() -> None:
    a = battle(UMMAL, day(2017, 10, 28))
    b = battle(UMMAL, DateValue.month(2017, 10))
    assert match_score(key(a, 1), key(b, 2)) is not None


def report(event, outlet: str, n: int, published: dt.date = dt.date(2017, 10, 29)) -> Report:  # type: ignore[no-untyped-def]
    return Report(n, 1, f"doc{n}", outlet, "", published, None, event)


def test_merged_event_follows_acled_rules_and_keeps_disagreements() -> None:
    precise = battle(UMMAL, day(2017, 10, 28), fatalities=12)
    vague = battle(DEZ, DateValue.window(dt.date(2017, 10, 26), dt.date(2017, 10, 30)), fatalities=30)
    other_day = battle(UMMAL, day(2017, 10, 27), SubEventType.ARMED_CLASH, fatalities=15)
    m = merge(
        7,
        [
            report(vague, "Outlet B", 2),
            report(precise, "Euphrates Post", 1),
            report(other_day, "Outlet C", 3, dt.date(2017, 10, 30)),
        ],
    )
    assert m.fatalities == 12  # lowest figure
    assert m.best.place == UMMAL  # most precise place
    assert m.date is not None and m.date.precision.value == "day"
    assert m.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert set(m.outlets) == {"Euphrates Post", "Outlet B", "Outlet C"}
    assert set(m.disagreements) >= {"date", "fatalities", "place", "sub_event_type"}
    values = {d["value"]: d["sources"] for d in m.disagreements["fatalities"]}
    assert values == {12: ["Euphrates Post"], 30: ["Outlet B"], 15: ["Outlet C"]}


def test_unknown_fatalities_do_not_count_as_zero() -> None:
    known = battle(UMMAL, day(2017, 10, 28), fatalities=12)
    unknown = battle(UMMAL, day(2017, 10, 28), fatalities=0)
    unknown.fatalities_known = False
    m = merge(1, [report(known, "A", 1), report(unknown, "B", 2)])
    assert m.fatalities == 12 and "fatalities" not in m.disagreements


def test_actor_sides_may_be_swapped() -> None:
    a = battle(UMMAL, day(2017, 10, 28), actor1=SYR, actor2=ISIS)
    b = battle(UMMAL, day(2017, 10, 28), SubEventType.ARMED_CLASH, actor1=ISIS, actor2=SYR)
    assert match_score(key(a, 1), key(b, 2)) is not None
