"""Control timelines from hand-made facts (no database)."""

from __future__ import annotations

import datetime as dt
import itertools

from marsad.model import ControlStatus, DateValue
from marsad.store.timeline import FactSource, TimelineFact, covering, derive, rollup

HELD, LOST, CONTESTED, PARTIAL = (
    ControlStatus.HELD,
    ControlStatus.LOST,
    ControlStatus.CONTESTED,
    ControlStatus.PARTIAL,
)
_ids = itertools.count(1)


def tf(
    actor: str,
    status: ControlStatus,
    date: DateValue | None,
    kind: str = "capture",
    other: str = "",
    doc: int = 1,
    outlet: str = "Euphrates Post",
) -> TimelineFact:
    fid = next(_ids)
    src = FactSource(
        fid,
        f"doc{doc}",
        outlet,
        "",
        dt.date(2017, 10, 29),
        actor,
        status.value,
        kind,
        date.iso() if date else None,
        other,
        False,
    )
    return TimelineFact(actor, status, kind, date, other, doc, src)


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue.day(dt.date(y, m, d))


def summary(periods: list) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (
            p.controller,
            p.status,
            p.start.iso() if p.start else None,
            p.end.iso() if p.end else None,
            p.contested_by,
        )
        for p in periods
    ]


def test_hamidiyah_seed_timeline_in_any_input_order() -> None:
    facts = [
        tf("SYR_STATE", CONTESTED, day(2017, 10, 29), "entry", "ISIS"),
        tf("ISIS", HELD, DateValue.year(2014), other="FSA"),
        tf("FSA", HELD, DateValue.month(2012, 6)),
        tf("SYR_STATE", LOST, DateValue.month(2012, 6), "loss"),
    ]
    expected = [
        ("SYR_STATE", "held", None, "2012-06", ""),
        ("FSA", "held", "2012-06", "2014", ""),
        ("ISIS", "held", "2014", "2017-10-29", ""),
        ("SYR_STATE", "contested", "2017-10-29", None, "ISIS"),
    ]
    for order in (facts, facts[::-1], [facts[2], facts[0], facts[3], facts[1]]):
        result = derive(order)
        assert summary(result.periods) == expected
        assert result.contradictions == []


def test_capture_from_named_actor_implies_its_earlier_hold() -> None:
    result = derive([tf("SYR_STATE", HELD, day(2017, 10, 28), other="ISIS")])
    assert summary(result.periods) == [
        ("ISIS", "held", None, "2017-10-28", ""),
        ("SYR_STATE", "held", "2017-10-28", None, ""),
    ]


def test_capture_without_other_side_starts_a_period_only() -> None:
    assert summary(derive([tf("SYR_STATE", HELD, day(2017, 10, 28))]).periods) == [
        ("SYR_STATE", "held", "2017-10-28", None, "")
    ]


def test_partial_keeps_the_other_side_as_contesting() -> None:
    result = derive([tf("SYR_STATE", PARTIAL, day(2017, 10, 25), other="ISIS")])
    assert summary(result.periods) == [("SYR_STATE", "partial", "2017-10-25", None, "ISIS")]


def test_loss_alone_means_held_until_then() -> None:
    result = derive([tf("SYR_STATE", LOST, DateValue.month(2012, 6), "loss")])
    assert summary(result.periods) == [("SYR_STATE", "held", None, "2012-06", "")]


def test_entry_then_full_capture_closes_the_contested_period() -> None:
    result = derive(
        [
            tf("ISIS", HELD, DateValue.year(2014)),
            tf("SYR_STATE", CONTESTED, day(2017, 10, 29), "entry", "ISIS"),
            tf("SYR_STATE", HELD, day(2017, 11, 2), other="ISIS", doc=2),
        ]
    )
    assert summary(result.periods) == [
        ("ISIS", "held", "2014", "2017-10-29", ""),
        ("SYR_STATE", "contested", "2017-10-29", "2017-11-02", "ISIS"),
        ("SYR_STATE", "held", "2017-11-02", None, ""),
    ]


def test_the_same_capture_from_two_sources_is_one_period_with_both() -> None:
    result = derive(
        [
            tf("SYR_STATE", HELD, day(2017, 10, 28), doc=1, outlet="A"),
            tf("SYR_STATE", HELD, day(2017, 10, 28), doc=2, outlet="B"),
        ]
    )
    assert len(result.periods) == 1
    assert sorted(s.outlet for s in result.periods[0].sources) == ["A", "B"]
    assert result.contradictions == []


def test_sources_that_disagree_are_flagged_not_hidden() -> None:
    result = derive(
        [
            tf("SYR_STATE", HELD, day(2017, 10, 28), doc=1, outlet="A"),
            tf("ISIS", HELD, day(2017, 10, 28), kind="state", doc=2, outlet="B"),
        ]
    )
    assert len(result.contradictions) == 1
    c = result.contradictions[0]
    assert {s.outlet for s in c.claims} == {"A", "B"}
    assert any(p.disputed for p in result.periods)
    assert {p.controller for p in result.periods} == {"SYR_STATE", "ISIS"}


def test_facts_of_one_document_do_not_contradict_each_other() -> None:
    result = derive(
        [
            tf("SYR_STATE", LOST, DateValue.month(2012, 6), "loss"),
            tf("FSA", HELD, DateValue.month(2012, 6)),
        ]
    )
    assert result.contradictions == []


def test_undated_facts_are_kept_apart() -> None:
    result = derive([tf("ISIS", HELD, None, kind="state")])
    assert result.periods == [] and len(result.undated) == 1


def test_covering_takes_each_boundary_at_the_start_of_its_window() -> None:
    periods = derive(
        [
            tf("SYR_STATE", LOST, DateValue.month(2012, 6), "loss"),
            tf("FSA", HELD, DateValue.month(2012, 6)),
            tf("ISIS", HELD, DateValue.year(2014), other="FSA"),
        ]
    ).periods
    assert [p.controller for p in covering(periods, dt.date(2011, 3, 1))] == ["SYR_STATE"]
    assert [p.controller for p in covering(periods, dt.date(2013, 1, 1))] == ["FSA"]
    hit = covering(periods, dt.date(2014, 5, 1))
    assert [p.controller for p in hit] == ["ISIS"] and hit[0].uncertain_at(dt.date(2014, 5, 1))


def test_city_is_contested_while_its_neighbourhoods_are_split() -> None:
    parts = {
        "Hamidiyah": derive(
            [
                tf("ISIS", HELD, DateValue.year(2014)),
                tf("SYR_STATE", CONTESTED, day(2017, 10, 29), "entry", "ISIS"),
            ]
        ).periods,
        "Ummal": derive([tf("SYR_STATE", HELD, day(2017, 10, 28), other="ISIS")]).periods,
    }
    city = rollup(parts)
    assert summary(city) == [
        ("ISIS", "held", "2014", "2017-10-28", ""),
        ("ISIS", "contested", "2017-10-28", "2017-10-29", "SYR_STATE"),  # one neighbourhood each
        ("SYR_STATE", "contested", "2017-10-29", None, "ISIS"),  # ISIS still in Hamidiyah
    ]
    assert city[0].parts == {"Hamidiyah": "ISIS", "Ummal": "ISIS"}


def test_city_held_when_every_neighbourhood_has_one_controller() -> None:
    parts = {
        "A": derive([tf("SYR_STATE", HELD, day(2017, 11, 1))]).periods,
        "B": derive([tf("SYR_STATE", HELD, day(2017, 11, 2))]).periods,
    }
    assert summary(rollup(parts)) == [("SYR_STATE", "held", "2017-11-01", None, "")]
