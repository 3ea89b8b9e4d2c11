"""The seed report: every date a coder relies on is found and resolved; the stage is fast."""

from __future__ import annotations

import datetime as dt

from marsad.model.dates import DateValue, Precision
from marsad.temporal.grammar import find_dates
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences

PUBLISHED = dt.date(2017, 10, 29)


def test_seed_dates(seed: tuple[str, object]) -> None:
    text, _ = seed
    view = normalize(text)
    found = {m.span.slice(text): m for m in find_dates(view, split_sentences(view), PUBLISHED)}
    assert found["صباح اليوم الأحد"].value == DateValue.day(dt.date(2017, 10, 29))
    assert found["أمس السبت"].value == DateValue.day(dt.date(2017, 10, 28))
    assert found["الأربعاء الماضي"].value == DateValue.day(dt.date(2017, 10, 25))
    assert found["يونيو/ حزيران عام 2012"].value == DateValue.month(2012, 6)
    assert found["عام 2014"].value == DateValue.year(2014)
    assert found["عام 2012"].value == DateValue.year(2012)
    siege = found["منذ نحو أسبوعين"].value
    assert siege is not None and siege.precision is Precision.WEEK
    assert siege.earliest <= dt.date(2017, 10, 15) <= siege.latest
    for duration in ("على مدار عامين", "لنحو 5 سنوات", "طوال السنوات الماضية", "منذ أيام"):
        assert found[duration].durative, duration
    # "بعد أيام من خروجه" is relative to another event, not to publication
    assert not any(expr.startswith("أيام") for expr in found)
