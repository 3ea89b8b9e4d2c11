"""Property tests: for generated date expressions inside a sentence, the span is exactly the expression
and the value is never more precise than the text."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model.dates import Precision
from marsad.model.mentions import DateMention
from marsad.temporal.grammar import find_dates
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences

RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 3}

LEVANTINE = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
GREGORIAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
ORDINALS = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي عشر",
    "الثاني عشر",
    "الثالث عشر",
    "الرابع عشر",
    "الخامس عشر",
    "السادس عشر",
    "السابع عشر",
    "الثامن عشر",
    "التاسع عشر",
    "العشرين",
    "الحادي والعشرين",
    "الثاني والعشرين",
    "الثالث والعشرين",
    "الرابع والعشرين",
    "الخامس والعشرين",
    "السادس والعشرين",
    "السابع والعشرين",
    "الثامن والعشرين",
    "التاسع والعشرين",
    "الثلاثين",
    "الحادي والثلاثين",
]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
BEFORE = [
    "سيطرت القوات على الحي",
    "وقالت مصادر محلية إن الغارات استهدفت السوق",
    "وقعت اشتباكات عنيفة",
    "انسحب المقاتلون من البلدة",
]
AFTER = ["بعد معارك عنيفة.", "وسط قصف مكثف.", "قرب الطريق الدولي.", "."]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _mentions(text: str, published: dt.date | None) -> list[DateMention]:
    view = normalize(text)
    return find_dates(view, split_sentences(view), published)


def _only(expr: str, text: str, published: dt.date | None) -> DateMention:
    found = _mentions(text, published)
    assert [m.span.slice(text) for m in found] == [expr], [m.rule for m in found]
    return found[0]


def _digits(s: str, arabic: bool) -> str:
    return s.translate(ARABIC_DIGITS) if arabic else s


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
publications = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))


@st.composite
def absolute_expressions(draw: st.DrawFn) -> tuple[str, Precision, dt.date]:
    d = draw(dates)
    month = draw(st.sampled_from([LEVANTINE, GREGORIAN]))[d.month - 1]
    pair = draw(st.sampled_from(["", f"/{LEVANTINE[d.month - 1]}", f" ({LEVANTINE[d.month - 1]})"]))
    arabic = draw(st.booleans())
    year = _digits(str(d.year), arabic)
    day = _digits(str(d.day), arabic)
    template = draw(st.sampled_from(["dmy", "ordinal", "my", "year", "digits", "part"]))
    if template == "dmy":
        return f"{day} {month}{pair} {year}", Precision.DAY, d
    if template == "ordinal":
        return f"{ORDINALS[d.day - 1]} من {month} {year}", Precision.DAY, d
    if template == "my":
        word = draw(st.sampled_from(["", "عام ", "سنة "]))
        return f"{month}{pair} {word}{year}", Precision.MONTH, d
    if template == "year":
        word = draw(st.sampled_from(["عام", "العام", "سنة"]))
        return f"{word} {year}", Precision.YEAR, d
    if template == "part":
        third = (
            ["مطلع", "أوائل", "بداية"] if d.day <= 10 else (["منتصف", "أواسط"] if d.day <= 20 else ["أواخر", "نهاية"])
        )
        part = draw(st.sampled_from(third))
        return f"{part} {month} {year}", Precision.MONTH, d
    sep = draw(st.sampled_from("/-."))
    return _digits(f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}", arabic), Precision.DAY, d


@settings(max_examples=300, deadline=None)
@given(absolute_expressions(), st.sampled_from(BEFORE), st.sampled_from(AFTER), publications)
def test_absolute_dates(
    expr: tuple[str, Precision, dt.date], before: str, after: str, published: dt.date | None
) -> None:
    text, precision, day = expr
    m = _only(text, f"{before} في {text} {after}", published)
    assert m.value is not None and not m.relative
    assert RANK[m.value.precision] >= RANK[precision]
    assert m.value.earliest <= day <= m.value.latest
    if precision is Precision.DAY:
        assert m.value.earliest == m.value.latest == day


@st.composite
def weekday_phrases(draw: st.DrawFn) -> tuple[str, int, str]:
    weekday = draw(st.integers(0, 6))
    daypart = draw(st.sampled_from(["", "صباح ", "مساء ", "فجر ", "ظهر "]))
    yom = draw(st.sampled_from(["", "يوم "]))
    rel = draw(st.sampled_from(["", "اليوم ", "أمس ", "أول أمس "]))
    mod = draw(st.sampled_from(["", " الماضي", " المنصرم", " الفائت"])) if not rel else ""
    return f"{daypart}{yom}{rel}{WEEKDAYS[weekday]}{mod}", weekday, mod


@settings(max_examples=300, deadline=None)
@given(
    weekday_phrases(),
    st.sampled_from(["", "و", "ف"]),
    st.sampled_from(BEFORE),
    st.sampled_from(AFTER),
    publications,
)
def test_weekday_phrases(
    phrase: tuple[str, int, str], clitic: str, before: str, after: str, published: dt.date | None
) -> None:
    text, weekday, mod = phrase
    m = _only(text, f"{before} {clitic}{text} {after}", published)
    assert m.relative
    if published is None:
        assert m.value is None and m.unresolved_reason
        return
    assert m.value is not None
    if m.value.precision is Precision.WEEK:
        # a weekday contradicting a past word: the week between the two readings, never after publication
        assert m.rule.endswith("-mismatch")
        assert m.value.earliest.weekday() == weekday and m.value.latest <= published
        return
    assert m.value.precision is Precision.DAY
    day = m.value.earliest
    assert day.weekday() == weekday
    if "future" not in m.rule:
        assert day <= published + dt.timedelta(days=1)
    assert abs((published - day).days) <= 7
    if mod:
        assert day < published


UNITS = {
    "days": ("أيام", Precision.WEEK),
    "weeks": ("أسابيع", Precision.WEEK),
    "months": ("أشهر", Precision.MONTH),
    "years": ("سنوات", Precision.YEAR),
}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["منذ", "قبل"]),
    st.sampled_from(["", "نحو ", "حوالي ", "قرابة "]),
    st.integers(3, 10),
    st.sampled_from(sorted(UNITS)),
    st.sampled_from(BEFORE),
    publications,
)
def test_counted_units_ago(cue: str, approx: str, n: int, unit: str, before: str, published: dt.date | None) -> None:
    word, precision = UNITS[unit]
    text = f"{cue} {approx}{n} {word}"
    m = _only(text, f"{before} {text}.", published)
    assert m.relative
    if published is None:
        assert m.value is None
        return
    assert m.value is not None
    assert RANK[m.value.precision] >= RANK[precision]
    assert m.value.latest <= published


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(absolute_expressions(), weekday_phrases()), min_size=1, max_size=4),
    st.sampled_from(["ثم", "وبعدها", "، ثم", "قبل أن تعود القوات"]),
    publications,
)
def test_several_expressions_in_one_sentence(
    parts: list[tuple[str, object, object]], joiner: str, published: dt.date | None
) -> None:
    exprs = [p[0] for p in parts]
    text = f"{BEFORE[0]} في " + f" {joiner} ".join(exprs) + " " + AFTER[0]
    found = _mentions(text, published)
    assert [m.span.slice(text) for m in found] == exprs
    assert all(a.span.end <= b.span.start for a, b in pairwise(found))
