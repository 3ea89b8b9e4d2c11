"""The Arabic temporal grammar, family by family, resolved against a Sunday publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document
from marsad.model.mentions import DateMention
from marsad.pipeline import Pipeline, Stage
from marsad.temporal.grammar import find_dates
from marsad.temporal.stage import DateStage
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences

SUNDAY = dt.date(2017, 10, 29)
D = dt.date


def dates(text: str, published: dt.date | None = SUNDAY) -> list[DateMention]:
    view = normalize(text)
    return find_dates(view, split_sentences(view), published)


def one(text: str, published: dt.date | None = SUNDAY) -> tuple[DateMention, str]:
    found = dates(text, published)
    assert len(found) == 1, [(m.span.slice(text), m.rule) for m in found]
    return found[0], found[0].span.slice(text)


def check(text: str, expr: str, earliest: dt.date, latest: dt.date, precision: Precision) -> DateMention:
    m, got = one(text)
    assert got == expr
    assert m.value == DateValue(earliest, latest, precision), m.rule
    return m


# --- weekdays, alone and with اليوم / أمس / أول أمس and parts of the day --------------------------------

WEEKDAY_CASES = [
    (
        "دخلت القوات الحي صباح اليوم الأحد بعد معارك.",
        "صباح اليوم الأحد",
        D(2017, 10, 29),
        "morning+today+weekday",
    ),
    ("سيطرت الفصائل على التلة أمس السبت.", "أمس السبت", D(2017, 10, 28), "yesterday+weekday"),
    ("وقعت الغارة يوم أمس السبت على السوق.", "يوم أمس السبت", D(2017, 10, 28), "yesterday+weekday"),
    ("انسحب المقاتلون الأربعاء الماضي من البلدة.", "الأربعاء الماضي", D(2017, 10, 25), "weekday+past"),
    ("انسحب المقاتلون الأحد الماضي من البلدة.", "الأحد الماضي", D(2017, 10, 22), "weekday+past"),
    ("انسحب المقاتلون يوم الخميس المنصرم من البلدة.", "يوم الخميس المنصرم", D(2017, 10, 26), "weekday+past"),
    ("جرت الاشتباكات يوم الأربعاء قرب الجسر.", "يوم الأربعاء", D(2017, 10, 25), "weekday"),
    ("جرت الاشتباكات الأحد قرب الجسر.", "الأحد", D(2017, 10, 29), "weekday"),
    ("قصفت المدفعية القرية مساء الجمعة.", "مساء الجمعة", D(2017, 10, 27), "evening+weekday"),
    (
        "وصلت التعزيزات ظهر أول أمس الجمعة.",
        "ظهر أول أمس الجمعة",
        D(2017, 10, 27),
        "noon+day-before-yesterday+weekday",
    ),
    ("اعتقلت الدورية شابين فجر اليوم.", "فجر اليوم", D(2017, 10, 29), "dawn+today"),
    ("وقتل مدنيان وأمس السبت أيضا.", "أمس السبت", D(2017, 10, 28), "yesterday+weekday"),
    ("اقتحمت القوات المخيم الاثنين الفائت.", "الاثنين الفائت", D(2017, 10, 23), "weekday+past"),
    (
        "تستأنف المحادثات الثلاثاء المقبل في العاصمة.",
        "الثلاثاء المقبل",
        D(2017, 10, 31),
        "weekday+next(future)",
    ),
]


@pytest.mark.parametrize(("text", "expr", "day", "rule"), WEEKDAY_CASES)
def test_weekdays(text: str, expr: str, day: dt.date, rule: str) -> None:
    m = check(text, expr, day, day, Precision.DAY)
    assert m.rule == rule
    assert m.relative and not m.durative


def test_weekday_contradicting_yesterday_takes_the_weekday_and_says_so() -> None:
    m, expr = one("اندلعت المواجهات أمس الجمعة في الحي.")
    assert expr == "أمس الجمعة"
    assert m.rule == "yesterday+weekday-mismatch"
    assert m.value == DateValue.day(D(2017, 10, 27))


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # today's word naming the next day: the outlet dated by UTC, a day behind a local evening
        ("اندلعت المواجهات اليوم الاثنين في الحي.", "اليوم الاثنين", DateValue.day(D(2017, 10, 30))),
        # a past word cannot name a day after publication: the week between the two readings
        ("اندلعت المواجهات أمس الاثنين في الحي.", "أمس الاثنين", DateValue.window(D(2017, 10, 23), D(2017, 10, 28))),
        (
            "اندلعت المواجهات اليوم الثلاثاء في الحي.",
            "اليوم الثلاثاء",
            DateValue.window(D(2017, 10, 24), D(2017, 10, 29)),
        ),
    ],
)
def test_weekday_contradicting_a_past_word_never_lands_after_the_next_day(
    text: str, expr: str, value: DateValue
) -> None:
    m, found = one(text)
    assert found == expr
    assert m.rule.endswith("-mismatch")
    assert m.value == value


def test_today_closing_a_quote_that_is_no_outlet_is_a_date() -> None:
    m, expr = one("وقال شاهد: «قصفونا اليوم» في المدينة.")
    assert expr == "اليوم" and m.value == DateValue.day(SUNDAY)


def test_the_night_before_a_weekday_is_coded_to_the_day_it_names() -> None:
    """"ليلة الأحد" runs from Saturday evening into Sunday; coders date it to the day named (Sunday), and a
    night naming both days, "ليلة السبت الأحد", to the first, the day it began on."""
    m, expr = one("استهدفت الغارات الحي ليلة السبت الأحد.")
    assert expr == "ليلة السبت الأحد"
    assert m.value == DateValue.day(D(2017, 10, 28))
    m, expr = one("استهدفت الغارات الحي ليلة الأحد.")
    assert m.value == DateValue.day(D(2017, 10, 29))


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت الغارات الحي ليلة السبت الأحد، قرابة الساعة الثانية فجراً.",
        "استهدفت الغارات الحي ليل السبت - الأحد بعد منتصف الليل بقليل.",
    ],
)
def test_a_night_of_two_days_told_after_midnight_is_the_second(text: str) -> None:
    found = dates(text)
    assert [m.value for m in found] == [DateValue.day(D(2017, 10, 29))]
    # (the hour of another sentence says nothing of it)
    later = dates("استهدفت الغارات الحي ليلة السبت الأحد. وتجدد القصف فجراً.")
    assert later[0].value == DateValue.day(D(2017, 10, 28))


def test_today_with_its_weekday_and_full_date_needs_no_publication_date() -> None:
    found = dates("خرج آلاف المتظاهرين اليوم الجمعة، الخامس من يوليو/تموز 2019، للمطالبة برحيل رموز النظام.", None)
    assert [m.value for m in found] == [DateValue.day(D(2019, 7, 5))]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("التقى الوفدان يوم الأحد الموافق 29 أكتوبر 2017 في المدينة.", "weekday+day+month+year"),
        ("التقى الوفدان يوم الجمعة 29 أكتوبر 2017 في المدينة.", "weekday+day+month+year-mismatch"),
    ],
)
def test_weekday_followed_by_its_date(text: str, rule: str) -> None:
    m, expr = one(text)
    assert expr.endswith("29 أكتوبر 2017") and expr.startswith("يوم")
    assert m.value == DateValue.day(D(2017, 10, 29))
    assert m.rule == rule


# --- days relative to publication ---------------------------------------------------------------------

RELATIVE_DAY_CASES = [
    ("أعلنت الوزارة اليوم عن الهدنة.", "اليوم", D(2017, 10, 29), "today"),
    ("أعلنت الوزارة أمس عن الهدنة.", "أمس", D(2017, 10, 28), "yesterday"),
    ("أعلنت الوزارة البارحة عن الهدنة.", "البارحة", D(2017, 10, 28), "yesterday"),
    ("أعلنت الوزارة أول أمس عن الهدنة.", "أول أمس", D(2017, 10, 27), "day-before-yesterday"),
    ("أعلنت الوزارة أول من أمس عن الهدنة.", "أول من أمس", D(2017, 10, 27), "day-before-yesterday"),
    ("تبدأ الهدنة غداً في كل المناطق.", "غداً", D(2017, 10, 30), "tomorrow(future)"),
    ("اندلعت المعارك الليلة الماضية قرب الجسر.", "الليلة الماضية", D(2017, 10, 28), "last-night"),
    ("وصلت القافلة مساء أمس إلى البلدة.", "مساء أمس", D(2017, 10, 28), "evening+yesterday"),
    ("تبدأ المفاوضات صباح الغد في جنيف.", "صباح الغد", D(2017, 10, 30), "morning+tomorrow(future)"),
    ("تبدأ المفاوضات يوم غد في جنيف.", "يوم غد", D(2017, 10, 30), "tomorrow(future)"),
    ("تبدأ المفاوضات غدا الاثنين في جنيف.", "غدا الاثنين", D(2017, 10, 30), "tomorrow+weekday(future)"),
]


@pytest.mark.parametrize(("text", "expr", "day", "rule"), RELATIVE_DAY_CASES)
def test_relative_days(text: str, expr: str, day: dt.date, rule: str) -> None:
    m = check(text, expr, day, day, Precision.DAY)
    assert m.rule == rule and m.relative


@pytest.mark.parametrize(
    "text",
    [
        "قال مراسل روسيا اليوم إن القصف مستمر.",  # a channel
        "غدا المشهد أكثر تعقيدا بعد الانسحاب.",  # the verb "became"
        "بعد أيام من خروجه بدأ القصف.",  # days after an event, not before publication
        "وقتل ثلاثة أشخاص في القصف.",  # a count of people
        "ذهب أب الشهيد إلى المقبرة.",  # آب as "father"
        "مارس التنظيم الضغط على الأهالي.",  # مارس as "he practised"
        "قتل أحد العناصر في الاشتباك.",  # أحد, not الأحد
        "كان ذلك للمرة الأولى في تاريخ البلدة.",
        "صدر القرار في 1438هـ عن المجلس.",  # a Hijri year: not handled, so not misread as AD
        "انفجرت العبوة عند الساعة 10 صباحا.",
        "شارك 2014 شخصا في التظاهرة.",
        "نظمت وقفة بمناسبة اليوم العالمي للاجئين.",
        "يتقاضى العامل عشرة دولارات في اليوم.",
        "ونقلت صحيفة المصري اليوم عن مصادر أمنية.",
        "وقال ضابط لـ«الصومال اليوم» إن السيارة انفجرت.",  # an outlet's quoted name, told to
        "ونقلت صحيفة «السودان اليوم» عن شهود.",  # the same, named by its medium
        "وقال مسؤول محلي لـ«النيل الأزرق اليوم» إن القتال بدأ بهجوم.",  # a name of two words
        "وفي اليوم الأخير للمؤتمر خرجت مظاهرة.",
        "تشتد المعارك في فصل الصيف عادة.",  # a season with no year is no date
        "شارك ربيع الأحمد في الوقفة.",  # a man's name
    ],
)
def test_no_false_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expr", "value", "rule"),
    [
        (
            "انسحبت القوات هذا الأسبوع من القرية.",
            "هذا الأسبوع",
            DateValue.window(D(2017, 10, 28), D(2017, 11, 3)),
            "this-week",
        ),
        (
            "تقدمت القوات الأسبوع الماضي نحو القرية.",
            "الأسبوع الماضي",
            DateValue.window(D(2017, 10, 21), D(2017, 10, 27)),
            "last-week",
        ),
        ("جرت المفاوضات الشهر الماضي في العاصمة.", "الشهر الماضي", DateValue.month(2017, 9), "last-month"),
        ("تستمر المفاوضات الشهر الجاري في العاصمة.", "الشهر الجاري", DateValue.month(2017, 10), "this-month"),
        ("سيطرت الفصائل على البلدة العام الماضي.", "العام الماضي", DateValue.year(2016), "last-year"),
        ("سيطرت الفصائل على البلدة السنة الماضية.", "السنة الماضية", DateValue.year(2016), "last-year"),
        ("تنتهي الأعمال العام المقبل.", "العام المقبل", DateValue.year(2018), "next-year(future)"),
    ],
)
def test_relative_periods(text: str, expr: str, value: DateValue, rule: str) -> None:
    m, got = one(text)
    assert (got, m.value, m.rule) == (expr, value, rule)


# --- منذ / قبل N units ---------------------------------------------------------------------------------

AGO_CASES = [
    (
        "فر السكان قبل ثلاثة أيام من القرية.",
        "قبل ثلاثة أيام",
        D(2017, 10, 25),
        D(2017, 10, 27),
        Precision.WEEK,
    ),
    ("بدأ الحصار منذ يومين على البلدة.", "منذ يومين", D(2017, 10, 26), D(2017, 10, 28), Precision.WEEK),
    ("بدأ الحصار منذ 4 أيام على البلدة.", "منذ 4 أيام", D(2017, 10, 24), D(2017, 10, 26), Precision.WEEK),
    (
        "بدأ الحصار منذ نحو أسبوعين على البلدة.",
        "منذ نحو أسبوعين",
        D(2017, 10, 12),
        D(2017, 10, 18),
        Precision.WEEK,
    ),
    (
        "بدأ القصف قبل حوالي 3 أسابيع على الحي.",
        "قبل حوالي 3 أسابيع",
        D(2017, 10, 5),
        D(2017, 10, 11),
        Precision.WEEK,
    ),
    ("وصل الوفد قبل أسبوع إلى المدينة.", "قبل أسبوع", D(2017, 10, 19), D(2017, 10, 25), Precision.WEEK),
    ("انشق الضابط منذ شهرين عن الجيش.", "منذ شهرين", D(2017, 8, 1), D(2017, 8, 31), Precision.MONTH),
    (
        "انشق الضابط قبل قرابة ثلاثة أشهر.",
        "قبل قرابة ثلاثة أشهر",
        D(2017, 7, 1),
        D(2017, 7, 31),
        Precision.MONTH,
    ),
    ("هجر الأهالي القرية قبل خمس سنوات.", "قبل خمس سنوات", D(2012, 1, 1), D(2012, 12, 31), Precision.YEAR),
    ("هجر الأهالي القرية منذ عامين.", "منذ عامين", D(2015, 1, 1), D(2015, 12, 31), Precision.YEAR),
    ("هجر الأهالي القرية منذ عام.", "منذ عام", D(2016, 1, 1), D(2016, 12, 31), Precision.YEAR),
]


def test_since_after_a_word_of_going_on_is_a_span_start() -> None:
    (m,) = dates("أصيب ثلاثة ضمن الاحتجاجات المستمرة منذ نحو شهر في المدينة.")
    assert m.durative and m.rule.startswith("duration:")
    (m,) = dates("اندلعت الاحتجاجات منذ نحو شهر في المدينة.")
    assert not m.durative


@pytest.mark.parametrize(
    ("text", "expr", "earliest", "latest", "precision"),
    [
        # the hours of a part of the day: since this morning, the day of publication
        ("تدور الاشتباكات منذ ساعات الصباح في الحي.", "منذ ساعات الصباح", SUNDAY, SUNDAY, Precision.DAY),
        ("تقصف المدفعية البلدة منذ ساعات الفجر الأولى.", "منذ ساعات الفجر", SUNDAY, SUNDAY, Precision.DAY),
        # ... and in the hours of one: this dawn
        ("اعتقلت القوات خلال ساعات الفجر ستة شبان من البلدة.", "خلال ساعات الفجر", SUNDAY, SUNDAY, Precision.DAY),
        # hours ago may be last night: yesterday or today
        ("تدور الاشتباكات منذ ساعات في الحي.", "منذ ساعات", D(2017, 10, 28), SUNDAY, Precision.WEEK),
    ],
)
def test_since_the_hours_of_a_daypart(
    text: str, expr: str, earliest: dt.date, latest: dt.date, precision: Precision
) -> None:
    check(text, expr, earliest, latest, precision)


@pytest.mark.parametrize(("text", "expr", "earliest", "latest", "precision"), AGO_CASES)
def test_since_and_ago(text: str, expr: str, earliest: dt.date, latest: dt.date, precision: Precision) -> None:
    m = check(text, expr, earliest, latest, precision)
    assert m.relative and not m.durative
    assert m.rule.startswith(("since+", "ago+"))


@pytest.mark.parametrize(
    ("text", "expr", "durative"),
    [
        ("تتعرض المدينة للقصف منذ أيام دون توقف.", "منذ أيام", True),
        ("تجدد القصف منذ بضعة أيام على الحي.", "منذ بضعة أيام", True),
        ("تعرضت المنطقة للقصف خلال الأيام الماضية.", "خلال الأيام الماضية", True),
        ("تعرضت المنطقة للقصف في الأيام الأخيرة.", "الأيام الأخيرة", False),
        ("تعرضت المنطقة للقصف خلال الأيام القليلة الماضية.", "خلال الأيام القليلة الماضية", True),
        ("وصلت التعزيزات قبل أيام إلى الجبهة.", "قبل أيام", False),
    ],
)
def test_last_days_window(text: str, expr: str, durative: bool) -> None:
    m = check(text, expr, D(2017, 10, 22), D(2017, 10, 29), Precision.WEEK)
    assert m.durative is durative


def test_last_hours_window() -> None:
    m = check(
        "قتل عشرة أشخاص خلال الـ24 ساعة الماضية في المحافظة.",
        "خلال الـ24 ساعة الماضية",
        D(2017, 10, 28),
        D(2017, 10, 29),
        Precision.WEEK,
    )
    assert m.durative


# --- durations ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("صمدت البلدة على مدار عامين أمام الهجمات.", "على مدار عامين"),
        ("بقي الحي لنحو 5 سنوات خط مواجهة.", "لنحو 5 سنوات"),
        ("استمر الحصار لمدة ثلاثة أيام.", "لمدة ثلاثة أيام"),
        ("تبادلت الأطراف السيطرة طوال السنوات الماضية.", "طوال السنوات الماضية"),
        ("تراجعت الاشتباكات خلال الأشهر الماضية.", "خلال الأشهر الماضية"),
        ("بقيت الطريق مغلقة على مدى شهرين.", "على مدى شهرين"),
        ("منذ سنوات والمنطقة تتعرض للقصف.", "منذ سنوات"),
    ],
)
def test_durations(text: str, expr: str) -> None:
    m, got = one(text)
    assert got == expr
    assert m.durative
    assert m.value is None and m.unresolved_reason


# --- months in both systems, paired months, years ------------------------------------------------------

MONTHS = [
    ("كانون الثاني", "يناير", 1),
    ("شباط", "فبراير", 2),
    ("آذار", "مارس", 3),
    ("نيسان", "أبريل", 4),
    ("أيار", "مايو", 5),
    ("حزيران", "يونيو", 6),
    ("تموز", "يوليو", 7),
    ("آب", "أغسطس", 8),
    ("أيلول", "سبتمبر", 9),
    ("تشرين الأول", "أكتوبر", 10),
    ("تشرين الثاني", "نوفمبر", 11),
    ("كانون الأول", "ديسمبر", 12),
]


@pytest.mark.parametrize(("levantine", "gregorian", "month"), MONTHS)
def test_months_in_both_systems(levantine: str, gregorian: str, month: int) -> None:
    for name in (levantine, gregorian):
        check(
            f"وقع الهجوم في 12 {name} 2015 على الحاجز.",
            f"12 {name} 2015",
            D(2015, month, 12),
            D(2015, month, 12),
            Precision.DAY,
        )
        m = check(f"تصاعد القصف في {name} 2014 على المدينة.", f"{name} 2014", *_month(2014, month))
        assert m.rule == "month+year" and not m.relative


def _month(year: int, month: int) -> tuple[dt.date, dt.date, Precision]:
    v = DateValue.month(year, month)
    return v.earliest, v.latest, v.precision


@pytest.mark.parametrize(
    ("variant", "month"),
    [("إبريل", 4), ("ابريل", 4), ("يوليه", 7), ("سبتمر", 9), ("أغسطس", 8), ("يونيه", 6), ("اكتوبر", 10)],
)
def test_month_spelling_variants(variant: str, month: int) -> None:
    check(f"جرى التبادل في {variant} 2016 بين الطرفين.", f"{variant} 2016", *_month(2016, month))


@pytest.mark.parametrize(
    "expr",
    [
        "يونيو/ حزيران عام 2012",
        "حزيران (يونيو) 2012",
        "حزيران/يونيو 2012",
        "شهر حزيران 2012",
        "يونيو - حزيران 2012",
    ],
)
def test_paired_months(expr: str) -> None:
    check(f"خرجت المنطقة عن السيطرة في {expr}، ثم عادت.", expr, *_month(2012, 6))


def test_month_without_year_is_the_latest_not_after_publication() -> None:
    check("وقع التفجير في أيلول على الطريق.", "أيلول", *_month(2017, 9))
    check("وقع التفجير في تشرين الثاني على الطريق.", "تشرين الثاني", *_month(2016, 11))
    check("وقع التفجير في سبتمبر الماضي على الطريق.", "سبتمبر الماضي", *_month(2017, 9))
    check("وقع التفجير في أكتوبر الماضي على الطريق.", "أكتوبر الماضي", *_month(2016, 10))


@pytest.mark.parametrize(("expr", "month", "year"), [("آب الماضي", 8, 2017), ("مارس الماضي", 3, 2017)])
def test_a_month_name_that_is_also_a_word_is_a_month_with_its_word_of_when(expr: str, month: int, year: int) -> None:
    """ "آب" alone may be "father"; "آب الماضي" (an article-less noun with the article's adjective) is the month."""
    check(f"وقع التفجير في {expr} على الطريق.", expr, *_month(year, month))


@pytest.mark.parametrize(
    ("text", "expr", "year"),
    [
        ("سيطر التنظيم على المدينة عام 2014 بعد معارك.", "عام 2014", 2014),
        ("سيطر التنظيم على المدينة العام 2014 بعد معارك.", "العام 2014", 2014),
        ("سيطر التنظيم على المدينة سنة 2014 بعد معارك.", "سنة 2014", 2014),
        ("سيطر التنظيم على المدينة في 2014 بعد معارك.", "2014", 2014),
        ("نزح الأهالي بعام 2013 إلى المخيمات.", "عام 2013", 2013),
        ("خرج الحي عن السيطرة منذ 2012 وما زال.", "2012", 2012),
        ("سيطر التنظيم على المدينة سنة ٢٠١٤ بعد معارك.", "سنة ٢٠١٤", 2014),
    ],
)
def test_years(text: str, expr: str, year: int) -> None:
    m = check(text, expr, D(year, 1, 1), D(year, 12, 31), Precision.YEAR)
    assert not m.relative


def test_numbers_that_are_not_years() -> None:
    assert dates("قتل 2014 شخصا في الحرب.") == []
    assert dates("نزح 1500 مدني من الحي.") == []


# --- days written in digits and in words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "rule"),
    [
        ("29/10/2017", "digits:d/m/y"),
        ("2017-10-29", "digits:y/m/d"),
        ("29-10-2017", "digits:d/m/y"),
        ("29.10.2017", "digits:d/m/y"),
        ("٢٩/١٠/٢٠١٧", "digits:d/m/y"),
    ],
)
def test_digit_dates(expr: str, rule: str) -> None:
    m = check(f"صدر البيان بتاريخ {expr} عن القيادة.", expr, SUNDAY, SUNDAY, Precision.DAY)
    assert m.rule == rule and not m.relative


def test_impossible_digit_dates_are_dropped() -> None:
    assert dates("صدر البيان بتاريخ 31/02/2017 عن القيادة.") == []
    assert dates("النتيجة كانت 3/1 لصالح الفريق.") == []


@pytest.mark.parametrize(
    ("text", "expr", "day", "rule"),
    [
        (
            "وقع الهجوم في 29 تشرين الأول 2017 على الحاجز.",
            "29 تشرين الأول 2017",
            D(2017, 10, 29),
            "day+month+year",
        ),
        (
            "وقع الهجوم في 3 أكتوبر/تشرين الأول على الحاجز.",
            "3 أكتوبر/تشرين الأول",
            D(2017, 10, 3),
            "day+paired-month",
        ),
        (
            "وقع الهجوم في التاسع والعشرين من أكتوبر على الحاجز.",
            "التاسع والعشرين من أكتوبر",
            D(2017, 10, 29),
            "ordinal+month",
        ),
        (
            "وقع الهجوم في الـ29 من الشهر الجاري على الحاجز.",
            "الـ29 من الشهر الجاري",
            D(2017, 10, 29),
            "day+this-month",
        ),
        (
            "وقع الهجوم في الخامس من الشهر الماضي على الحاجز.",
            "الخامس من الشهر الماضي",
            D(2017, 9, 5),
            "ordinal+last-month",
        ),
        ("وقع الهجوم في 15 كانون الأول على الحاجز.", "15 كانون الأول", D(2016, 12, 15), "day+month"),
        (
            "وقع الهجوم في الأول من آب 2015 على الحاجز.",
            "الأول من آب 2015",
            D(2015, 8, 1),
            "ordinal+month+year",
        ),
        (
            "وقع الهجوم في الحادي والثلاثين من كانون الثاني 2016.",
            "الحادي والثلاثين من كانون الثاني 2016",
            D(2016, 1, 31),
            "ordinal+month+year",
        ),
        ("وقع الهجوم في 5 آب على الحاجز.", "5 آب", D(2017, 8, 5), "day+month"),
    ],
)
def test_day_in_words(text: str, expr: str, day: dt.date, rule: str) -> None:
    m = check(text, expr, day, day, Precision.DAY)
    assert m.rule == rule


@pytest.mark.parametrize(
    ("expr", "relative"),
    [("31 شباط 2016", False), ("30 شباط", True), ("الحادي والثلاثين من الشهر الماضي", True)],
)
def test_a_day_that_does_not_exist_is_kept_unresolved(expr: str, relative: bool) -> None:
    m, got = one(f"وقع الهجوم في {expr} على الحاجز.")
    assert got == expr and m.value is None and m.relative is relative
    assert m.unresolved_reason == "the month has no such day"


# --- parts of months and years -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "earliest", "latest", "precision"),
    [
        (
            "وصل الوفد مطلع الشهر الجاري إلى المدينة.",
            "مطلع الشهر الجاري",
            D(2017, 10, 1),
            D(2017, 10, 10),
            Precision.MONTH,
        ),
        (
            "غادر الوفد أواخر أكتوبر من المدينة.",
            "أواخر أكتوبر",
            D(2017, 10, 21),
            D(2017, 10, 31),
            Precision.MONTH,
        ),
        (
            "وقع الانفجار أواسط شهر آذار 2013 في السوق.",
            "أواسط شهر آذار 2013",
            D(2013, 3, 11),
            D(2013, 3, 20),
            Precision.MONTH,
        ),
        (
            "وقع الانفجار في منتصف الشهر الماضي.",
            "منتصف الشهر الماضي",
            D(2017, 9, 11),
            D(2017, 9, 20),
            Precision.MONTH,
        ),
        (
            "تصاعدت الغارات في نهاية شباط 2016.",
            "نهاية شباط 2016",
            D(2016, 2, 21),
            D(2016, 2, 29),
            Precision.MONTH,
        ),
        ("انسحبت القوات في بداية عام 2015.", "بداية عام 2015", D(2015, 1, 1), D(2015, 4, 30), Precision.YEAR),
        (
            "انسحبت القوات نهاية العام الماضي.",
            "نهاية العام الماضي",
            D(2016, 9, 1),
            D(2016, 12, 31),
            Precision.YEAR,
        ),
    ],
)
def test_parts(text: str, expr: str, earliest: dt.date, latest: dt.date, precision: Precision) -> None:
    check(text, expr, earliest, latest, precision)


@pytest.mark.parametrize(
    ("text", "expr", "earliest", "latest"),
    [
        ("ويستذكر الأهالي احتجاجات صيف 2015 في المدينة.", "صيف 2015", D(2015, 6, 1), D(2015, 8, 31)),
        ("سيطرت الفصائل على البلدة صيف عام 2012.", "صيف عام 2012", D(2012, 6, 1), D(2012, 8, 31)),
        ("شهدت المدينة معارك عنيفة شتاء العام الماضي.", "شتاء العام الماضي", D(2016, 1, 1), D(2016, 3, 31)),
        ("انسحب التنظيم من القرية خريف 2016.", "خريف 2016", D(2016, 9, 1), D(2016, 11, 30)),
    ],
)
def test_a_season_of_a_year_is_a_date_at_year_precision(
    text: str, expr: str, earliest: dt.date, latest: dt.date
) -> None:
    check(text, expr, earliest, latest, Precision.YEAR)


@pytest.mark.parametrize(
    ("text", "published", "expr", "earliest", "latest"),
    [
        # the season that last ended: this year's autumn in December, last year's in October
        ("سيطر الجيش على المدينة في الخريف الماضي.", D(2023, 12, 20), "الخريف الماضي", D(2023, 9, 1), D(2023, 11, 30)),
        ("سيطر الجيش على المدينة في الخريف الماضي.", D(2023, 10, 20), "الخريف الماضي", D(2022, 9, 1), D(2022, 11, 30)),
        ("نزح الآلاف خلال الشتاء الماضي.", D(2024, 2, 10), "الشتاء الماضي", D(2023, 1, 1), D(2023, 3, 31)),
    ],
)
def test_the_last_season_is_the_last_that_ended_by_publication(
    text: str, published: dt.date, expr: str, earliest: dt.date, latest: dt.date
) -> None:
    found = dates(text, published)
    assert [(m.span.slice(text), m.value) for m in found] == [(expr, DateValue(earliest, latest, Precision.YEAR))]


def test_the_last_season_without_a_publication_date_stays_unresolved() -> None:
    m, got = one("سيطرت القوات على المدينة في الخريف الماضي.", published=None)
    assert got == "الخريف الماضي" and m.value is None


# --- without a publication date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "دخلت القوات الحي صباح اليوم الأحد.",
        "سيطرت الفصائل على التلة أمس السبت.",
        "انسحب المقاتلون الأربعاء الماضي.",
        "بدأ الحصار منذ نحو أسبوعين.",
        "وقع التفجير في أيلول على الطريق.",
        "جرت المفاوضات الشهر الماضي.",
        "تتعرض المدينة للقصف منذ أيام.",
        "وقع الهجوم في 15 كانون الأول على الحاجز.",
    ],
)
def test_relative_dates_stay_unresolved_without_publication_date(text: str) -> None:
    m, _ = one(text, published=None)
    assert m.value is None and m.relative
    assert "publication" in m.unresolved_reason


@pytest.mark.parametrize(
    "text",
    ["سيطر التنظيم على المدينة عام 2014.", "صدر البيان بتاريخ 29/10/2017.", "وقع الهجوم في 12 أيار 2015."],
)
def test_absolute_dates_resolve_without_publication_date(text: str) -> None:
    m, _ = one(text, published=None)
    assert m.value is not None and not m.relative and not m.unresolved_reason


# --- mentions, sentences and the stage ----------------------------------------------------------------


def test_sentence_index_and_order() -> None:
    text = "قتل شخص أمس.\nوفي عام 2014 سيطر التنظيم على المدينة.\nوصلت القافلة اليوم."
    found = dates(text)
    assert [(m.span.slice(text), m.sentence) for m in found] == [("أمس", 0), ("عام 2014", 1), ("اليوم", 2)]


def test_clitic_prefix_is_not_part_of_the_span_but_article_is() -> None:
    text = "وأمس قتل شخص، وبالأسبوع الماضي جرح آخر."
    assert [m.span.slice(text) for m in dates(text)] == ["أمس", "الأسبوع الماضي"]


def test_stage_fills_doc_dates() -> None:
    doc = Document(text="دخلت القوات الحي صباح اليوم الأحد.", published=SUNDAY)
    doc.norm = normalize(doc.text)
    doc.sentences = split_sentences(doc.norm)
    stage = DateStage()
    assert isinstance(stage, Stage)
    assert (stage.name, stage.requires, stage.assigns) == (
        "dates",
        frozenset({"norm", "sentences"}),
        frozenset({"dates"}),
    )
    stage(doc)
    assert [doc.raw(m.span) for m in doc.dates] == ["صباح اليوم الأحد"]
    assert doc.dates[0].value == DateValue.day(SUNDAY)


def test_stage_needs_norm_and_sentences_before_it() -> None:
    from marsad.errors import PipelineConfigError

    with pytest.raises(PipelineConfigError):
        Pipeline([DateStage()])


# --- readings added after running over real newswire sentences ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "rule"),
    [
        (
            "قتل شرطي الليلة قبل الماضية في الحي.",
            "الليلة قبل الماضية",
            DateValue.day(D(2017, 10, 27)),
            "night-before-last",
        ),
        (
            "قتل شرطي الأربعاء قبل الماضي في الحي.",
            "الأربعاء قبل الماضي",
            DateValue.day(D(2017, 10, 18)),
            "weekday+before-last",
        ),
        (
            "تقدمت القوات الأسبوع قبل الماضي نحو القرية.",
            "الأسبوع قبل الماضي",
            DateValue.window(D(2017, 10, 14), D(2017, 10, 20)),
            "before-last-week",
        ),
        (
            "قتل ثلاثة عناصر ليل السبت الأحد قرب الحاجز.",
            "ليل السبت الأحد",
            DateValue.day(D(2017, 10, 28)),
            "night+weekday-pair",
        ),
    ],
)
def test_before_last(text: str, expr: str, value: DateValue, rule: str) -> None:
    m, got = one(text)
    assert (got, m.value, m.rule) == (expr, value, rule)


def test_shadda_tells_the_verb_from_dawn() -> None:
    m, expr = one("فجّر أمس انتحاري نفسه في السوق.")
    assert (expr, m.rule) == ("أمس", "yesterday")
    m, expr = one("فجر أمس قصفت الطائرات السوق.")
    assert (expr, m.rule) == ("فجر أمس", "dawn+yesterday")


@pytest.mark.parametrize(
    "text",
    [
        "اجتمع نواب قوى 14 آذار في البرلمان.",
        "قال بيان «15 آذار» إن التظاهرات مستمرة.",
        "تذكر الأهالي أيام حرب تموز في الجنوب.",
        "احتفل المتظاهرون بذكرى ثورة 25 يناير في الميدان.",
        # places named by a day, with a part of the month too
        "تجمع آلاف المحتجين في ساحة أول نوفمبر بوهران.",
        "تقدمت القوات إلى أطراف حي 7 يوليو قرب مستشفى 22 مايو.",
        "احتشد المشجعون في ملعب 5 جويلية.",
        # a victory named by its month
        "ألقى الرئيس كلمة بمناسبة الذكرى الخمسين لنصر أكتوبر.",
    ],
)
def test_day_and_month_used_as_a_name(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أعلن المجلس الاجتماعي لسوق الجمعة التوصل إلى اتفاق.",
        "اندلعت اشتباكات في منطقة سوق الجمعة بطرابلس.",
        # a gate, and the square named after it, in Rabat
        "انطلقت المسيرة من ساحة باب الأحد وسط الرباط.",
    ],
)
def test_a_weekday_after_a_name_head_is_a_name(text: str) -> None:
    assert dates(text) == []


def test_a_weekday_after_another_word_is_a_date() -> None:
    _, expr = one("قتل شاب في سوق الخضار يوم الجمعة.")
    assert expr == "يوم الجمعة"


def test_same_month_is_not_the_current_month() -> None:
    assert dates("أعدم اثنان منهم في نهاية الشهر نفسه.") == []
    m, expr = one("أعدم اثنان منهم في نهاية الشهر.")
    assert expr == "نهاية الشهر" and m.value == DateValue(D(2017, 10, 21), D(2017, 10, 31), Precision.MONTH)


@pytest.mark.parametrize(
    "text", ["في ذلك اليوم انسحبت القوات.", "أعدم تلك الليلة قبل الفجر.", "في مثل هذا اليوم سقطت المدينة."]
)
def test_that_day_is_not_today(text: str) -> None:
    # ("ذلك اليوم" is the day of a date told before, resolved by the event stage: never today)
    assert all(m.value is None for m in dates(text))


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "استمرت المعارك من 3 - 5 أيار 2016 حول المطار.",
            "3 - 5 أيار 2016",
            DateValue.window(D(2016, 5, 3), D(2016, 5, 5)),
        ),
        (
            "تعرضت القرى للقصف بين 6 و18 شباط 2011 دون توقف.",
            "6 و18 شباط 2011",
            DateValue(D(2011, 2, 6), D(2011, 2, 18), Precision.MONTH),
        ),
        (
            "تعرضت القرى للقصف من 10 إلى 13 تموز الماضي.",
            "10 إلى 13 تموز الماضي",
            DateValue.window(D(2017, 7, 10), D(2017, 7, 13)),
        ),
    ],
)
def test_day_ranges(text: str, expr: str, value: DateValue) -> None:
    m, got = one(text)
    assert (got, m.value) == (expr, value)
    assert m.rule.startswith("day-range+")


def test_two_counts_are_not_a_day_range() -> None:
    assert dates("قتل 6 و18 جريحا في القصف.") == []


def test_lam_before_the_article() -> None:
    text = "أرجئ الاجتماع للسبت المقبل، وخطة للعام المقبل، وموازنة لعام 2015."
    found = [(m.span.slice(text), m.rule) for m in dates(text)]
    assert found == [
        ("للسبت المقبل", "weekday+next(future)"),
        ("للعام المقبل", "next-year(future)"),
        ("عام 2015", "year"),
    ]


@pytest.mark.parametrize(
    ("text", "expr", "value", "rule"),
    [
        (
            "وصلت التعزيزات مطلع الأسبوع الجاري إلى الجبهة.",
            "مطلع الأسبوع الجاري",
            DateValue.window(D(2017, 10, 28), D(2017, 10, 30)),
            "early-of+this-week",
        ),
        (
            "وصلت التعزيزات نهاية الأسبوع الماضي إلى الجبهة.",
            "نهاية الأسبوع الماضي",
            DateValue.window(D(2017, 10, 25), D(2017, 10, 27)),
            "late-of+last-week",
        ),
        (
            "قتل عشرة أشخاص خلال الـ 24 ساعة الماضية في المحافظة.",
            "خلال الـ 24 ساعة الماضية",
            DateValue.window(D(2017, 10, 28), D(2017, 10, 29)),
            "duration:past-N-hours",
        ),
        (
            "سيطرت القوات على القرية في 26 من تشرين الأول الجاري.",
            "26 من تشرين الأول الجاري",
            DateValue.day(D(2017, 10, 26)),
            "day+month+current",
        ),
        (
            "وقعت الاشتباكات أواخر شهر أيلول/سبتمبر الماضي قرب المطار.",
            "أواخر شهر أيلول/سبتمبر الماضي",
            DateValue(D(2017, 9, 21), D(2017, 9, 30), Precision.MONTH),
            "late-of+paired-month+past",
        ),
    ],
)
def test_more_report_phrasings(text: str, expr: str, value: DateValue, rule: str) -> None:
    m, got = one(text)
    assert (got, m.value, m.rule) == (expr, value, rule)


@pytest.mark.parametrize(
    ("text", "expr", "rule"),
    [
        ("وفي اليوم التالي، انفجرت عبوة ناسفة بعربة عسكرية.", "اليوم التالي", "anaphoric:+1"),
        ("وفي اليوم التالي انسحبت القوات.", "اليوم التالي", "anaphoric:+1"),  # the day after some event, not today
        ("خرج العشرات في وقفة تضامنية مساء اليوم ذاته.", "مساء اليوم ذاته", "anaphoric:+0"),
        # the night told, not tonight: the whole phrase, though "الليلة" alone is a day word
        ("وفي الليلة ذاتها، قتل زعيم عشائري برصاص مسلحين.", "الليلة ذاتها", "anaphoric:+0"),
        ("وفي وقت لاحق من الليلة نفسها، أطلقت صواريخ على البلدة.", "الليلة نفسها", "anaphoric:+0"),
        ("وكانت الطائرات قد قصفت البلدة في اليوم السابق.", "اليوم السابق", "anaphoric:-1"),
        # "that day", of a date told before, not today
        ("ففي ذلك اليوم هاجم نحو 130 مسلحاً القرية.", "ذلك اليوم", "anaphoric:+0"),
    ],
)
def test_a_day_counted_from_an_earlier_date_is_not_resolved_against_publication(
    text: str, expr: str, rule: str
) -> None:
    m, got = one(text)
    assert got == expr and m.rule == rule and m.value is None and m.relative


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("تخوض القوات منذ الصباح اشتباكات عنيفة في الحي.", "منذ الصباح"),
        ("تدور اشتباكات منذ الفجر في الحي.", "منذ الفجر"),
    ],
)
def test_since_this_morning_is_today(text: str, expr: str) -> None:
    check(text, expr, D(2017, 10, 29), D(2017, 10, 29), Precision.DAY)
    # with no publication date it stays unresolved
    m = dates(text, None)[0]
    assert m.value is None


# --- days named one by one (ACLED codes one event a day) ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "days"),
    [
        ("اندلعت اشتباكات في المدينة يومي الجمعة والسبت.", "الجمعة والسبت", (D(2017, 10, 27), D(2017, 10, 28))),
        ("اندلعت اشتباكات في المدينة أمس واليوم.", "أمس واليوم", (D(2017, 10, 28), D(2017, 10, 29))),
        # (two days a few days apart are still the two named, not the days between)
        ("قتل 53 شخصاً في المدينة يومي الأربعاء والجمعة.", "الأربعاء والجمعة", (D(2017, 10, 25), D(2017, 10, 27))),
        ("اندلعت اشتباكات في المدينة يومي 14 و30 أيلول.", "14 و30 أيلول", (D(2017, 9, 14), D(2017, 9, 30))),
        # (after the singular "يوم" too: two days, not the seventeen between them)
        ("اندلعت اشتباكات في المدينة يوم 14 و30 أيلول.", "يوم 14 و30 أيلول", (D(2017, 9, 14), D(2017, 9, 30))),
        (
            "اندلعت اشتباكات في المدينة بين 5 و7 تشرين الأول.",
            "5 و7 تشرين الأول",
            (D(2017, 10, 5), D(2017, 10, 6), D(2017, 10, 7)),
        ),
        # a fight from one day until the next: each day of it
        (
            "دارت اشتباكات في المدينة منذ صباح الجمعة واستمرت حتى مساء أمس السبت.",
            "صباح الجمعة واستمرت حتى مساء أمس السبت",
            (D(2017, 10, 27), D(2017, 10, 28)),
        ),
        # (what began on a day and "lasted until" another, with no "منذ" before the first)
        (
            "اندلعت اشتباكات في المدينة مساء الخميس واستمرت حتى مساء أمس السبت.",
            "مساء الخميس واستمرت حتى مساء أمس السبت",
            (D(2017, 10, 26), D(2017, 10, 27), D(2017, 10, 28)),
        ),
        (
            "دارت اشتباكات في المدينة منذ الخميس وحتى مساء أمس السبت.",
            "الخميس وحتى مساء أمس السبت",
            (D(2017, 10, 26), D(2017, 10, 27), D(2017, 10, 28)),
        ),
        (
            "اندلعت اشتباكات في المدينة بين يوم 5 و7 تشرين الأول.",
            "يوم 5 و7 تشرين الأول",
            (D(2017, 10, 5), D(2017, 10, 6), D(2017, 10, 7)),
        ),
    ],
)
def test_days_named_one_by_one_are_kept(text: str, expr: str, days: tuple[dt.date, ...]) -> None:
    m, got = one(text)
    assert got == expr
    assert m.days == days and m.value is not None and (m.value.earliest, m.value.latest) == (days[0], days[-1])


@pytest.mark.parametrize(
    "text",
    [
        # a long range is a period (a tally's, more often than a battle's)
        "قتل 50 شخصاً في المدينة بين 6 و18 تشرين الأول.",
        # days told apart, not joined by "و" alone
        "اندلعت اشتباكات في المدينة يوم الجمعة، وتجددت يوم السبت.",
        # a span of a week is a period, and "since" a day with no end told is no span of days
        "قتل 50 شخصاً في المدينة منذ الأحد الماضي وحتى أمس السبت.",
        "تتواصل الاشتباكات في المدينة منذ صباح الجمعة.",
    ],
)
def test_dates_that_name_no_days_one_by_one(text: str) -> None:
    assert all(m.days == () for m in dates(text))


def test_since_that_day_is_a_span() -> None:
    m, got = one("وبدأ الشقيري منذ ذلك اليوم يدعو لوحدة الشعب.")
    assert got == "ذلك اليوم" and m.durative


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        # the month names of Algeria and Tunisia
        ("تمكنت مفرزة، يوم 14 جانفي 2023، من القضاء على إرهابيين", "يوم 14 جانفي 2023", D(2023, 1, 14)),
        ("خلال الأسبوع الممتد إلى 5 فيفري 2024 أوقفت المفارز", "5 فيفري 2024", D(2024, 2, 5)),
        ("اندلعت احتجاجات في 9 أفريل 2018 بالمدينة", "9 أفريل 2018", D(2018, 4, 9)),
        ("احتفلت الجزائر في 5 جويلية 2022 بعيد الاستقلال", "5 جويلية 2022", D(2022, 7, 5)),
        ("قتل شخصان في 20 أوت 2019 بالولاية", "20 أوت 2019", D(2019, 8, 20)),
        ("خرجت مسيرة يوم 12 جوان 2019 في العاصمة", "يوم 12 جوان 2019", D(2019, 6, 12)),
    ],
)
def test_maghrebi_month_names(text: str, expr: str, day: dt.date) -> None:
    check(text, expr, day, day, Precision.DAY)


def test_a_square_named_by_a_day_after_a_clitic_is_no_date() -> None:
    assert dates("امتلأت الشوارع وساحة أول ماي بالمتظاهرين") == []
    assert dates("امتلأت الشوارع وساحة أول نوفمبر بالمتظاهرين") == []


@pytest.mark.parametrize(
    ("text", "expr", "earliest", "latest", "precision"),
    [
        # a week told from its first day until its last: one period, a tally's, not seven daily events
        (
            "أوقفت مفارز خلال الأسبوع الممتد من 28 فيفري إلى 5 مارس 14 عنصرا",
            "28 فيفري إلى 5 مارس",
            D(2017, 2, 28),
            D(2017, 3, 5),
            Precision.WEEK,
        ),
        # ... or most of a month
        (
            "خلال الفترة من 1 مارس حتى 20 مارس أوقفت الشرطة",
            "1 مارس حتى 20 مارس",
            D(2017, 3, 1),
            D(2017, 3, 20),
            Precision.MONTH,
        ),
    ],
)
def test_a_period_told_from_a_day_until_another(
    text: str, expr: str, earliest: dt.date, latest: dt.date, precision: Precision
) -> None:
    check(text, expr, earliest, latest, precision)
