"""Quantities: digits, number words, vague words, ranges, approximators and what is counted."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.extractors.quantities import Quantity, QuantityStage, analyse_quantities, find_quantities
from marsad.model.document import Document
from marsad.model.mentions import QuantityMention
from marsad.pipeline import Pipeline, Stage
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences, tokenize

#: (raw text of the span, value, counted, vague, approximate)
Fact = tuple[str, int, str, bool, bool]


def _mentions(text: str) -> list[QuantityMention]:
    view = normalize(text)
    return find_quantities(view, split_sentences(view))


def _facts(text: str) -> list[Fact]:
    return [(m.span.slice(text), m.value, m.counted, m.vague, m.approximate) for m in _mentions(text)]


def _check(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == expected


def _killed(text: str) -> int:
    """The dead the whole pipeline counts in ``text`` (published on a Wednesday)."""
    doc = marsad.extract(text, published=dt.date(2024, 1, 3))
    return sum(q.value for q in doc.quantities if q.counted == "killed")


# --- digits

DIGITS: list[tuple[str, list[Fact]]] = [
    ("قتل 7 أشخاص في القرية", [("7 أشخاص", 7, "killed", False, False)]),
    ("قتل ٧ أشخاص في القرية", [("٧ أشخاص", 7, "killed", False, False)]),
    ("قتل ۱۲ مدنيا أمس", [("۱۲ مدنيا", 12, "killed", False, False)]),
    ("أحصت اللجنة 1,200 نازح في المخيم", [("1,200 نازح", 1200, "displaced", False, False)]),
    ("أحصت اللجنة 1.200 نازح في المخيم", [("1.200 نازح", 1200, "displaced", False, False)]),
    ("أحصت اللجنة ١٬٢٠٠ نازح في المخيم", [("١٬٢٠٠ نازح", 1200, "displaced", False, False)]),
    ("نزح 1,250,000 شخص عن المدينة", [("1,250,000 شخص", 1250000, "displaced", False, False)]),
    ("نزح 3 آلاف شخص عن البلدة", [("3 آلاف شخص", 3000, "displaced", False, False)]),
    ("نزح 1.5 مليون شخص خلال الحرب", [("1.5 مليون شخص", 1500000, "displaced", False, False)]),
    (
        "سقط 9 قتلى، وقتل بعدها 4 آخرون",
        [("9 قتلى", 9, "killed", False, False), ("4 آخرون", 4, "killed", False, False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_digits(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


# --- number words

WORDS: list[tuple[str, list[Fact]]] = [
    ("قتل ثلاثة جنود في الكمين", [("ثلاثة جنود", 3, "killed", False, False)]),
    ("أصيبت أربع نساء بجروح", [("أربع نساء", 4, "injured", False, False)]),
    ("قتل عشرة مسلحين", [("عشرة مسلحين", 10, "killed", False, False)]),
    ("قتل أحد عشر شخصا", [("أحد عشر شخصا", 11, "killed", False, False)]),
    ("قتل اثنا عشر جنديا", [("اثنا عشر جنديا", 12, "killed", False, False)]),
    ("أصيبت إحدى عشرة امرأة", [("إحدى عشرة امرأة", 11, "injured", False, False)]),
    ("قتل سبعة عشر مقاتلا", [("سبعة عشر مقاتلا", 17, "killed", False, False)]),
    ("قتل عشرون شخصا", [("عشرون شخصا", 20, "killed", False, False)]),
    ("قتل مئة شخص", [("مئة شخص", 100, "killed", False, False)]),
    ("قتل مائة شخص", [("مائة شخص", 100, "killed", False, False)]),
    ("قتل مائتا شخص", [("مائتا شخص", 200, "killed", False, False)]),
    ("قتل ثلاثمائة شخص", [("ثلاثمائة شخص", 300, "killed", False, False)]),
    ("قتل ثلاث مئة شخص", [("ثلاث مئة شخص", 300, "killed", False, False)]),
    ("نزح ألف شخص", [("ألف شخص", 1000, "displaced", False, False)]),
    ("نزح ألفا شخص", [("ألفا شخص", 2000, "displaced", False, False)]),
    ("نزح عشرون ألفا من السكان", [("عشرون ألفا من السكان", 20000, "displaced", False, False)]),
    ("نزح 20 ألفا من السكان", [("20 ألفا من السكان", 20000, "displaced", False, False)]),
    ("نزح ألفي شخص", [("ألفي شخص", 2000, "displaced", False, False)]),
    ("نزح ألفان من السكان", [("ألفان من السكان", 2000, "displaced", False, False)]),
    ("نزح مليون شخص", [("مليون شخص", 1000000, "displaced", False, False)]),
    ("نزح مليونا شخص", [("مليونا شخص", 2000000, "displaced", False, False)]),
    ("قتل أحد عناصر الحاجز", [("أحد عناصر", 1, "killed", False, False)]),
    ("قتل اثنان من المسلحين", [("اثنان من المسلحين", 2, "killed", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_number_words(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


COMPOUNDS: list[tuple[str, list[Fact]]] = [
    ("قتل خمسة وعشرين مدنيا", [("خمسة وعشرين مدنيا", 25, "killed", False, False)]),
    ("قتل ثلاثة وأربعون شخصا", [("ثلاثة وأربعون شخصا", 43, "killed", False, False)]),
    ("نزح ثلاثة آلاف شخص", [("ثلاثة آلاف شخص", 3000, "displaced", False, False)]),
    ("قتل مئتين وخمسين شخصا", [("مئتين وخمسين شخصا", 250, "killed", False, False)]),
    ("قتل مئة وخمسة عشر شخصا", [("مئة وخمسة عشر شخصا", 115, "killed", False, False)]),
    ("قتل مئة وخمسة وعشرون شخصا", [("مئة وخمسة وعشرون شخصا", 125, "killed", False, False)]),
    ("نزح ألف ومئتا شخص", [("ألف ومئتا شخص", 1200, "displaced", False, False)]),
    ("نزح ألفان وثلاثمئة وعشرون شخصا", [("ألفان وثلاثمئة وعشرون شخصا", 2320, "displaced", False, False)]),
    ("نزح خمسة وعشرون ألف شخص", [("خمسة وعشرون ألف شخص", 25000, "displaced", False, False)]),
    ("نزح مليون وخمسمئة ألف شخص", [("مليون وخمسمئة ألف شخص", 1500000, "displaced", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_compounds(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


# --- duals and implicit singulars

DUALS: list[tuple[str, list[Fact]]] = [
    ("سقط قتيلين في القصف", [("قتيلين", 2, "killed", False, False)]),
    ("قتل جنديين على الحاجز", [("جنديين", 2, "killed", False, False)]),
    ("أصيب طفلان بالشظايا", [("طفلان", 2, "injured", False, False)]),
    ("قتل شخصين اثنين", [("شخصين اثنين", 2, "killed", False, False)]),
    # protesters by "محتج" as by "متظاهر"
    ("إن خمسة محتجين قتلوا في الساحة", [("خمسة محتجين", 5, "killed", False, False)]),
    # gendarmes, police in ACLED's terms, counted like policemen
    ("قُتل دركيان اثنان في الهجوم", [("دركيان اثنان", 2, "killed", False, False)]),
    # two as the subject of a verb of death ("لم يقتل أحد" stays no figure)
    ("فيما استشهد اثنان في مخيم العودة", [("اثنان", 2, "killed", False, False)]),
    ("فتحت الشرطة النار فقتلت اثنين منهم", [("اثنين", 2, "killed", False, False)]),
    ("لم يقتل أحد في القصف", []),
    # an ordinal's teen is an age, no count of ten
    ("قُتل طفل في السادسة عشرة من عمره", [("قُتل طفل", 1, "killed", False, False)]),
    # a casualty noun with "واحد" after it is one ("جثمان أحد المتظاهرين" is the body of one of them)
    (
        "سقط ستة في البلدة وقتيلاً واحداً في القرية",
        [("ستة", 6, "", False, False), ("قتيلاً واحداً", 1, "killed", False, False)],
    ),
    ("أفرج عن الجنود الثلاثة", [("الجنود الثلاثة", 3, "people", False, False)]),
    ("اعتقل الجنديين عند الحاجز", [("الجنديين", 2, "arrested", False, False)]),
    # "مدنيين" is also the plural: no figure without a number
    ("قتل مدنيين في القصف", []),
    ("وصل جريحان إلى المشفى", [("جريحان", 2, "injured", False, False)]),
    # the nominative dual cannot be a plural: "مدنيان", "شابان" count two
    ("قتل مدنيان بالقصف", [("مدنيان", 2, "killed", False, False)]),
    ("قتل شابان برصاص قناص", [("شابان", 2, "killed", False, False)]),
    # a village's headman is one person killed
    ("قتل مختار البلدة برصاص مجهولين", [("قتل مختار", 1, "killed", False, False)]),
    # a dual pronoun on the casualty word counts two
    ("انفجرت عبوة بسيارتهما ما أدى إلى مقتلهما", [("مقتلهما", 2, "killed", False, False)]),
    # the nominative dual of the women's words, and a dual verb of martyrdom after a noun and its numeral
    ("قتلت سيدتان بالقصف", [("سيدتان", 2, "killed", False, False)]),
    ("قتلت مواطنتان بالقصف", [("مواطنتان", 2, "killed", False, False)]),
    ("أفاد مراسلنا بأن مواطنين اثنين استشهدا في القصف", [("مواطنين اثنين", 2, "killed", False, False)]),
]

JOINED: list[tuple[str, list[Fact]]] = [
    (
        "أسفر القصف عن مقتل امرأتين وطفل",
        [("امرأتين", 2, "killed", False, False), ("طفل", 1, "killed", False, False)],
    ),
    (
        "قتلت امرأة وطفلاها بالقصف",
        [("قتلت امرأة", 1, "killed", False, False), ("طفلاها", 2, "killed", False, False)],
    ),
    ("ما أدى إلى مقتل سائقه", [("مقتل سائقه", 1, "killed", False, False)]),
    # rebels and militants are counted people ("ومتمرد واحد": one more)
    ("قُتل جنديان ومتمرد واحد", [("جنديان", 2, "killed", False, False), ("متمرد", 1, "killed", False, False)]),
    # the relative of several
    (
        "أدت الغارة إلى استشهاد ثلاث فتيات وجدتهن",
        [("ثلاث فتيات", 3, "killed", False, False), ("جدتهن", 1, "killed", False, False)],
    ),
    # a singular joined to something that is no count is not counted
    ("قتل في القصف وطفل", []),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_people_joined_to_a_count_and_kin(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DUALS)
def test_duals(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


SINGULARS: list[tuple[str, list[Fact]]] = [
    ("أعلن عن مقتل جندي في الاشتباك", [("مقتل جندي", 1, "killed", False, False)]),
    ("أعلن عن مقتل شخص واحد", [("مقتل شخص واحد", 1, "killed", False, False)]),
    ("أكدت مقتل مدني بالرصاص", [("مقتل مدني", 1, "killed", False, False)]),
    ("أدى ذلك إلى إصابة طفل بجروح", [("إصابة طفل", 1, "injured", False, False)]),
    (
        "مقتل شخص وإصابة آخر",
        [("مقتل شخص", 1, "killed", False, False), ("إصابة آخر", 1, "injured", False, False)],
    ),
    (
        "أسفر الانفجار عن قتيل وثلاثة جرحى",
        [("قتيل", 1, "killed", False, False), ("ثلاثة جرحى", 3, "injured", False, False)],
    ),
    ("اعتقال شاب من القرية", [("اعتقال شاب", 1, "arrested", False, False)]),
    # farmers, fishermen and traders are people counted too
    ("قتل مسلحون مجهولون أمس مزارعين اثنين في حقلهما", [("مزارعين اثنين", 2, "killed", False, False)]),
    ("أعلن عن مقتل صياد برصاص البحرية", [("مقتل صياد", 1, "killed", False, False)]),
    # teachers, doctors and nurses too
    ("أعلن عن مقتل مدرس برصاص مجهولين", [("مقتل مدرس", 1, "killed", False, False)]),
    ("قتل مسلحون أمس طبيبين اثنين في عيادتهما", [("طبيبين اثنين", 2, "killed", False, False)]),
    # a definite plural after a casualty word gives no number
    ("أدان مقتل المدنيين", []),
]


@pytest.mark.parametrize(("text", "expected"), SINGULARS)
def test_implicit_singulars(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


#: one person's death told after them: by "لقي ... حتفه" around its subject, a death noun with his pronoun, a
#: death verb with no one after it, a beating "حتى الموت"
ONE_DEATH_TOLD_AFTER: list[tuple[str, list[Fact]]] = [
    ("لقي شاب حتفه مساء السبت", [("شاب حتفه", 1, "killed", False, False)]),
    ("لقي رجل في الأربعينات من عمره حتفه أمس", [("رجل في الأربعينات من عمره حتفه", 1, "killed", False, False)]),
    ("أطلق مسلحون النار على شاب في السوق، ما أدى إلى مقتله", [("مقتله", 1, "killed", False, False)]),
    (
        "أصيب رجل برصاص قناص في الحي وتوفي متأثراً بجراحه",
        [("أصيب رجل", 1, "injured", False, False), ("توفي", 1, "killed", False, False)],
    ),
    ("ضرب الأهالي رجلاً متهماً بالسرقة حتى الموت", [("حتى الموت", 1, "killed", False, False)]),
    # the one already counted dead is not counted again
    (
        "أعلنت الوزارة وفاة المواطن خلال المواجهات، وقالت إنه توفي جراء مرض مزمن",
        [("وفاة المواطن", 1, "killed", False, False)],
    ),
    # nor is the death of a soldier told beside a count of others
    (
        "ما أدى إلى مقتل العناصر الستة وبينهم قائدهم الذي وجدت بقربه بندقية جندي كان استشهد في وقت سابق",
        [("العناصر الستة", 6, "killed", False, False)],
    ),
    # a casualty noun in the accusative counts the one it tells of
    ("أطلق مسلحون النار على مختار القرية فأردوه قتيلاً", [("قتيلاً", 1, "killed", False, False)]),
    # "قضى على" destroyed, "قضى" is no death told after
    ("قال إن الضابط قضى على المماليك في مذبحة القلعة", []),
    # a word of victims before the figure says less than the death told after it
    ("وكان آخر الضحايا ثلاثة مدنيين قضوا صباح أمس بانفجار لغم", [("ثلاثة مدنيين", 3, "killed", False, False)]),
    ("وكان من بين الضحايا خمسة أطفال أصيبوا بجروح", [("خمسة أطفال", 5, "injured", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DEATH_TOLD_AFTER)
def test_one_death_told_after_the_person(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


# --- vague words

VAGUE: list[tuple[str, list[Fact]]] = [
    ("أسفر القصف عن مقتل العشرات من عناصر الفصيل", [("العشرات من عناصر", 12, "killed", True, False)]),
    ("قتل عشرات المدنيين", [("عشرات المدنيين", 12, "killed", True, False)]),
    ("نزح المئات من الأهالي", [("المئات", 100, "displaced", True, False)]),
    ("نزح مئات الأشخاص", [("مئات الأشخاص", 100, "displaced", True, False)]),
    ("نزح الآلاف من البلدة", [("الآلاف", 1000, "displaced", True, False)]),
    ("نزح عشرات الآلاف من الأهالي", [("عشرات الآلاف", 12000, "displaced", True, False)]),
    ("أصيب عدد من المدنيين", [("عدد من المدنيين", 3, "injured", True, False)]),
    ("قتل عدة أشخاص", [("عدة أشخاص", 3, "killed", True, False)]),
    ("قتل بضعة جنود", [("بضعة جنود", 3, "killed", True, False)]),
    ("أصيب بعض المارة بجروح", [("بعض", 3, "injured", True, False)]),
    ("قتل الكثير من المدنيين", [("الكثير من المدنيين", 10, "killed", True, False)]),
    ("اعتقل العديد من الشبان", [("العديد من الشبان", 10, "arrested", True, False)]),
    ("وردت أنباء عن استشهاد وإصابة عدد منهم", [("عدد منهم", 3, "killed_or_injured", True, False)]),
    # vague words whose count is unknown, and "عدد" as "the number of", yield nothing
    ("سيطرت القوات على عشرات القرى", []),
    ("سيطر على بعض أجزائه", []),
    ("ارتفع عدد القتلى", []),
    ("زاد عدد أعضاء المجلس", []),
    ("وأصيب عدد بجروح", [("عدد", 3, "injured", True, False)]),
    ("العدد الأكبر من السكان", []),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


# --- ranges and approximators

RANGES: list[tuple[str, list[Fact]]] = [
    ("قتل بين 10 و15 شخصا", [("بين 10 و15 شخصا", 10, "killed", False, False)]),
    ("قتل ما بين 10 و15 شخصا", [("بين 10 و15 شخصا", 10, "killed", False, False)]),
    ("قتل 10 إلى 15 شخصا", [("10 إلى 15 شخصا", 10, "killed", False, False)]),
    ("قتل من 10 إلى 15 شخصا", [("10 إلى 15 شخصا", 10, "killed", False, False)]),
    ("قتل 10-15 شخصا", [("10-15 شخصا", 10, "killed", False, False)]),
    ("قتل 10 - 15 شخصا", [("10 - 15 شخصا", 10, "killed", False, False)]),
    ("قتل ثلاثة أو أربعة أشخاص", [("ثلاثة أو أربعة أشخاص", 3, "killed", False, False)]),
    ("قتل بين ثلاثة وخمسة أشخاص", [("بين ثلاثة وخمسة أشخاص", 3, "killed", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


APPROX: list[tuple[str, list[Fact]]] = [
    ("قتل نحو 20 شخصا", [("نحو 20 شخصا", 20, "killed", False, True)]),
    ("قتل حوالي 20 شخصا", [("حوالي 20 شخصا", 20, "killed", False, True)]),
    ("قتل حوالى 20 شخصا", [("حوالى 20 شخصا", 20, "killed", False, True)]),
    ("قتل قرابة عشرين شخصا", [("قرابة عشرين شخصا", 20, "killed", False, True)]),
    ("قتل زهاء 20 شخصا", [("زهاء 20 شخصا", 20, "killed", False, True)]),
    ("قتل ما يقارب 20 شخصا", [("ما يقارب 20 شخصا", 20, "killed", False, True)]),
    ("قتل أكثر من 20 شخصا", [("أكثر من 20 شخصا", 20, "killed", False, True)]),
    ("قتل ما لا يقل عن 20 شخصا", [("ما لا يقل عن 20 شخصا", 20, "killed", False, True)]),
    ("قتل أقل من 20 شخصا", [("أقل من 20 شخصا", 20, "killed", False, True)]),
    ("قتل 20 شخصا تقريبا", [("20 شخصا تقريبا", 20, "killed", False, True)]),
    # "at least" after the number, before the partitive and the verb after them
    ("وقال مسؤول إن 20 على الأقل من المهاجمين قتلوا", [("20 على الأقل من المهاجمين", 20, "killed", False, True)]),
    ("وبقي في المدينة نحو ألفي مدني", [("نحو ألفي مدني", 2000, "people", False, True)]),
    ("نزح أكثر من مئة شخص", [("أكثر من مئة شخص", 100, "displaced", False, True)]),
]


@pytest.mark.parametrize(("text", "expected"), APPROX)
def test_approximators(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


# --- what is counted

CLASSIFY: list[tuple[str, list[Fact]]] = [
    (
        "أسفر الهجوم عن مقتل 5 أشخاص وإصابة 10 آخرين",
        [
            ("5 أشخاص", 5, "killed", False, False),
            ("10 آخرين", 10, "injured", False, False),
        ],
    ),
    ("قتل ثلاثة جنود", [("ثلاثة جنود", 3, "killed", False, False)]),
    # a person joined by و over the rank of the one before
    ("قتل ضابط برتبة نقيب وجندي", [("قتل ضابط", 1, "killed", False, False), ("جندي", 1, "killed", False, False)]),
    # people counted by their nationality, the verb after them
    ("أن 58 فلسطينيا استشهدوا برصاص الجيش", [("58 فلسطينيا", 58, "killed", False, False)]),
    ("مقتل 12 عراقيين في الانفجار", [("12 عراقيين", 12, "killed", False, False)]),
    ("سقط 7 قتلى", [("7 قتلى", 7, "killed", False, False)]),
    ("سقط 20 قتيلا", [("20 قتيلا", 20, "killed", False, False)]),
    ("سقط 12 شهيدا", [("12 شهيدا", 12, "killed", False, False)]),
    ("عثر على 6 جثث", [("6 جثث", 6, "killed", False, False)]),
    ("وصل 8 جرحى إلى المشفى", [("8 جرحى", 8, "injured", False, False)]),
    ("مقتل وإصابة 20 شخصا", [("20 شخصا", 20, "killed_or_injured", False, False)]),
    ("استشهد مهاجر إفريقي بقصف مدفعي", [("استشهد مهاجر", 1, "killed", False, False)]),
    # a doer's claim to have killed and wounded them, the verbs joined
    ("زاعما أن مقاتليه قتلوا وجرحوا أكثر من عشرة جنود", [("أكثر من عشرة جنود", 10, "killed_or_injured", False, True)]),
    ("سقط 20 قتيلا وجريحا", [("20 قتيلا وجريحا", 20, "killed_or_injured", False, False)]),
    ("سقط 20 قتيلا وجريحا", [("20 قتيلا وجريحا", 20, "killed_or_injured", False, False)]),
    ("وقع 15 قتلى وجرحى", [("15 قتلى وجرحى", 15, "killed_or_injured", False, False)]),
    ("أصيب 30 شخصا بين قتيل وجريح", [("30 شخصا", 30, "killed_or_injured", False, False)]),
    ("راح ضحيتها أكثر من مئة بين قتيل وجريح", [("أكثر من مئة", 100, "killed_or_injured", False, True)]),
    ("راح ضحيتها أكثر من مئة في يوم واحد", [("أكثر من مئة", 100, "killed", False, True)]),
    ("لقي 4 أشخاص حتفهم", [("4 أشخاص", 4, "killed", False, False)]),
    ("لقي 4 أشخاص حتفهم في الحادث", [("4 أشخاص", 4, "killed", False, False)]),
    ("ارتفع عدد القتلى إلى 35", [("35", 35, "killed", False, False)]),
    ("توفي 3 مصابين متأثرين بجراحهم", [("3 مصابين", 3, "injured", False, False)]),
    ("اعتقلت الدورية 9 شبان", [("9 شبان", 9, "arrested", False, False)]),
    ("اختطف مسلحون 4 عمال", [("4 عمال", 4, "abducted", False, False)]),
    ("نزح 300 شخص من القرية", [("300 شخص", 300, "displaced", False, False)]),
    ("يعيش في الحي 300 مدني", [("300 مدني", 300, "people", False, False)]),
    ("استقبل المشفى 3 من الأهالي", [("3", 3, "", False, False)]),
    # things are not what a quantity counts
    ("سيطرت القوات على 3 قرى", []),
    ("أدى إلى مقتل مدنيين اثنين وتدمير عدة منازل", [("مدنيين اثنين", 2, "killed", False, False)]),
    (
        "قال إن أربعة مدنيين وثلاثة حراس قتلوا",
        [
            ("أربعة مدنيين", 4, "killed", False, False),
            ("ثلاثة حراس", 3, "killed", False, False),
        ],
    ),
    (
        "قالوا إن سبعة أشخاص قتلوا وأصيب 20 آخرون",
        [
            ("سبعة أشخاص", 7, "killed", False, False),
            ("20 آخرون", 20, "injured", False, False),
        ],
    ),
    ("أدى إلى قتل وجرح أربعة آلاف شخص", [("أربعة آلاف شخص", 4000, "killed_or_injured", False, False)]),
    ("ارتفعت حصيلة القتلى الـ5", [("5", 5, "killed", False, False)]),
    ("أودت الغارة بحياة أكثر من 80 شخصا", [("أكثر من 80 شخصا", 80, "killed", False, True)]),
    ("لقي 5 أشخاص على الأقل مصرعهم", [("5 أشخاص على الأقل", 5, "killed", False, True)]),
    (
        "مقتل أحد عناصر الحاجز واثنين من الجنود",
        [
            ("أحد عناصر", 1, "killed", False, False),
            ("اثنين من الجنود", 2, "killed", False, False),
        ],
    ),
    (
        "يسكنها 300 مدني قتل منهم 5",
        [("300 مدني", 300, "people", False, False), ("5", 5, "killed", False, False)],
    ),
    # the word for the count between the number and what it counts
    (
        "ارتفع إلى ثمانية عدد المدنيين الذين قضوا جراء الغارات",
        [("ثمانية عدد المدنيين", 8, "killed", False, False)],
    ),
    ("ارتفعت إلى 14 حصيلة القتلى المدنيين في الهجوم", [("14 حصيلة القتلى", 14, "killed", False, False)]),
    # the toll the clause opened with, however far before the verb that reaches the figure
    (
        "إن عدد القتلى جراء فض الاعتصام بالقوة صباح أمس الاثنين ارتفع إلى 35 شخصاً",
        [("35 شخصاً", 35, "killed", False, False)],
    ),
    # ... not a figure the toll may have reached
    ("إن عدد القتلى جراء الحرب في الإقليم قد يكون وصل إلى ألفي شخص", [("ألفي شخص", 2000, "people", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSIFY)
def test_classification(text: str, expected: list[Fact]) -> None:
    _check(text, expected)


def _analysed(text: str) -> list[Quantity]:
    view = normalize(text)
    return analyse_quantities(view, split_sentences(view))


def test_breakdown_is_kept_apart() -> None:
    text = "قتل 10 مدنيين بينهم 4 أطفال وامرأتان، وأصيب 6 آخرون"
    qs = _analysed(text)
    got = [(q.mention.span.slice(text), q.mention.value, q.mention.counted, q.group, q.part_of) for q in qs]
    assert got == [
        ("10 مدنيين", 10, "killed", "civilian", None),
        ("4 أطفال", 4, "killed", "child", 0),
        ("امرأتان", 2, "killed", "woman", 0),
        ("6 آخرون", 6, "injured", "other", None),
    ]
    assert [(m.value, m.counted) for m in _mentions(text)] == [(10, "killed"), (6, "injured")]


@pytest.mark.parametrize("marker", ["بينهم", "من بينهم", "منهم"])
def test_breakdown_markers(marker: str) -> None:
    qs = _analysed(f"قتل 12 شخصا {marker} 3 أطفال")
    assert [(q.mention.value, q.part_of) for q in qs] == [(12, None), (3, 0)]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("قال مسؤول إن ستة أشخاص، بينهم خمسة طلاب، قتلوا أمس", "killed"),
        ("إن ثمانية أشخاص، بينهم طفلان، أصيبوا بجروح", "injured"),
        # the verb after the breakdown reaches the figure as it would with no breakdown between them
        ("إن ستة أشخاص قتلوا أمس", "killed"),
        # a breakdown with no number of its own, after "at least"
        ("قال مسؤولون إن 17 شخصاً على الأقل، معظمهم من النساء والأطفال، قتلوا فجر الثلاثاء", "killed"),
        ("إن ثلاثين شخصا، غالبيتهم من المدنيين، أصيبوا بجروح", "injured"),
        # a toll risen to a figure told before the toll, its breakdown between ending in a dual
        ("ارتفع إلى 14 بينهم خمسة أطفال وسيدتان عدد الشهداء الذين قضوا في القصف", "killed"),
        ("ارتفع إلى 11 بينهم 4 أطفال ومواطنتان، عدد الشهداء الذين قضوا في الغارة", "killed"),
    ],
)
def test_a_casualty_verb_after_a_breakdown_counts_the_figure(text: str, counted: str) -> None:
    qs = _analysed(text)
    assert qs and all(q.mention.counted == counted for q in qs)
    assert qs[0].part_of is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the next part after the side the last part is of
        ("مقتل 41 شخصا في المعارك، بينهم 17 من مقاتلي الفصائل و24 من قوات النظام", [(41, None), (17, 0), (24, 0)]),
        # a comma ends the breakdown: what follows with و is a count of its own
        ("مقتل 41 شخصا، بينهم 17 من مقاتلي الفصائل، و24 آخرين في حمص", [(41, None), (17, 0), (24, None)]),
    ],
)
def test_a_breakdowns_next_part_may_follow_the_side_of_the_last(text: str, parts: list[tuple[int, int | None]]) -> None:
    assert [(q.mention.value, q.part_of) for q in _analysed(text)] == parts


def test_breakdown_needs_a_count_before() -> None:
    qs = _analysed("وكان بينهم 3 أطفال")
    assert [(q.mention.value, q.part_of) for q in qs] == [(3, None)]


def test_group_and_rule() -> None:
    qs = _analysed("قتل 3 جنود ونحو عشرين مدنيا وجنديين بين 4 و6 أطفال والعشرات من النساء")
    assert [(q.group, q.rule) for q in qs] == [
        ("soldier", "digits"),
        ("civilian", "words"),
        ("soldier", "dual"),
        ("child", "range"),
        ("woman", "vague"),
    ]


# --- numbers that are not counts

NOT_COUNTS = [
    "خرج الحي عن سيطرة النظام عام 2012",
    "خرج الحي عن سيطرة النظام في 2012",
    "قتل في 2012 خمسة أشخاص",
    "مقتل 3 أشخاص منذ 2011",
    "وقع الهجوم في 29/10/2017",
    "وقع الهجوم في 29/10",
    "وقع الهجوم في 2017-10-29",
    "بدأ القصف الساعة 10 صباحا",
    "بدأ القصف في 10:30",
    "التقينا رجلا يبلغ 40 عاما",
    "التقينا رجلا (40 عاما)",
    "التقينا رجلا يبلغ من العمر 40 عاما",
    "ارتفعت الأسعار 50% خلال الشهر",
    "ارتفعت الأسعار 50 بالمئة",
    "ارتفعت الأسعار 50 في المئة",
    "دفع 500 دولار فدية",
    "قدرت الخسائر بعشرة ملايين ليرة",
    "دخلت القوات الحي للمرة الأولى",
    "قطعت القوات الطريق رقم 4",
    "هاجمت الفرقة 17 المدينة",
    "تقدمت القوات 5 كم",
    "تقدمت القوات خمسة كيلومترات",
    "بقي الحي جبهة لنحو 5 سنوات",
    "حاصرتها منذ نحو أسبوعين",
    "قتل 3 أشخاص في 29 أكتوبر",
    "التقينا رجلا في الخامسة والعشرين",
    "صباح اليوم الأحد",
    "يوم الاثنين الماضي",
    "لم يصب أحد بأذى",
    "في آن واحد",
    "سقطت 4 قذائف على الحي",
    "على طريق m4 الدولي",
    "منذ تفجيرات 11ـ9 في نيويورك",
    "أصبح البلد رهينة للمحكمة",
    "خرج اللاعب مصابا من المباراة",
    "نقل الجرحى إلى 3 مستشفيات",
    "بلغت نسبة 2.5 في المئة",
    "أطلقت الشرطة النار فوق رؤوس عشرات آلاف المشاركين",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text: str) -> None:
    # every mention left must be a real count, never a year, date, age, price ...
    for m in _mentions(text):
        assert (m.span.slice(text), m.value) in {("3 أشخاص", 3), ("خمسة أشخاص", 5)}


def test_year_like_number_with_a_noun_is_a_count() -> None:
    _check("قتل 2012 شخصا في تلك الحملة", [("2012 شخصا", 2012, "killed", False, False)])


# --- spans


def test_spans_survive_diacritics_and_tatweel() -> None:
    text = "قُتِلَ ثَلاثـــةُ جُنودٍ، وأُصيبَ عِشرونَ مَدَنِيّاً"
    assert _facts(text) == [
        ("ثَلاثـــةُ جُنودٍ", 3, "killed", False, False),
        ("عِشرونَ مَدَنِيّاً", 20, "injured", False, False),
    ]


def test_sentence_index() -> None:
    text = "دخلت القوات الحي. وقتل 4 جنود. ثم نزح 100 شخص."
    assert [(m.sentence, m.value) for m in _mentions(text)] == [(1, 4), (2, 100)]


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=9999),
    arabic=st.booleans(),
    lead=st.sampled_from(["", "وقال المصدر إنه "]),
)
def test_any_number_in_digits(n: int, arabic: bool, lead: str) -> None:
    digits = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) if arabic else str(n)
    text = f"{lead}قتل {digits} شخصا"
    ms = _mentions(text)
    assert len(ms) == 1
    assert ms[0].value == n
    assert ms[0].counted == "killed"
    assert ms[0].span.slice(text) == f"{digits} شخصا"


_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]


def _below_100(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "عشرة"
    if n == 11:
        return "أحد عشر"
    if n == 12:
        return "اثنا عشر"
    if n < 20:
        return f"{_UNITS[n - 10]} عشر"
    unit, ten = n % 10, n // 10
    return _TENS[ten] if unit == 0 else f"{_UNITS[unit]} و{_TENS[ten]}"


def arabic_words(n: int) -> str:
    """Arabic words for 1 <= n <= 9999 (masculine, nominative), the way news text writes them."""
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفان")
    elif thousands:
        parts.append(f"{_UNITS[thousands]} آلاف")
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if rest:
        parts.append(_below_100(rest))
    return " و".join(parts)


def test_word_generator_itself() -> None:
    assert arabic_words(25) == "خمسة وعشرون"
    assert arabic_words(3250) == "ثلاثة آلاف ومئتان وخمسون"


@pytest.mark.parametrize("n", range(1, 100))
def test_number_words_round_trip_below_100(n: int) -> None:
    words = arabic_words(n)
    text = f"قتل {words} شخصا"
    ms = _mentions(text)
    assert [(m.value, m.counted, m.span.slice(text)) for m in ms] == [(n, "killed", f"{words} شخصا")]


_UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"]


def feminine_words(n: int) -> str:
    """Arabic words for 1 <= n <= 99 counting a feminine noun ("ثلاث نساء"، "إحدى عشرة امرأة")."""
    if n < 10:
        return _UNITS_F[n]
    if n == 10:
        return "عشر"
    if n == 11:
        return "إحدى عشرة"
    if n == 12:
        return "اثنتا عشرة"
    if n < 20:
        return f"{_UNITS_F[n - 10]} عشرة"
    unit, ten = n % 10, n // 10
    return _TENS[ten] if unit == 0 else f"{_UNITS_F[unit]} و{_TENS[ten]}"


@pytest.mark.parametrize("n", range(1, 100))
def test_feminine_number_words_round_trip(n: int) -> None:
    words = feminine_words(n)
    text = f"أصيبت {words} امرأة"
    ms = _mentions(text)
    assert [(m.value, m.counted, m.span.slice(text)) for m in ms] == [(n, "injured", f"{words} امرأة")]


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=100, max_value=9999))
def test_number_words_round_trip_large(n: int) -> None:
    words = arabic_words(n)
    text = f"نزح {words} شخص"
    ms = _mentions(text)
    assert [(m.value, m.counted, m.span.slice(text)) for m in ms] == [(n, "displaced", f"{words} شخص")]


_VOCAB = [
    "قتل",
    "مقتل",
    "وإصابة",
    "أصيب",
    "قتلى",
    "وجرحى",
    "قتيلين",
    "جنديين",
    "شخصا",
    "أشخاص",
    "مدنيين",
    "بينهم",
    "منهم",
    "من",
    "بين",
    "و",
    "إلى",
    "نحو",
    "أكثر من",
    "العشرات",
    "عدد",
    "بعض",
    "ثلاثة",
    "عشر",
    "وعشرين",
    "مئة",
    "آلاف",
    "ألفين",
    "أحد",
    "واحد",
    "عام",
    "كم",
    "عاما",
    "الأحد",
    "-",
    "،",
    ".",
    "/",
    ":",
    "%",
    "ـ",
    "(",
    ")",
    "2012",
    "1,200",
    "1.5",
    "10-15",
    "٣",
    "و15",
    "الـ5",
    "تقريبا",
    "حتفهم",
    "الساعة",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VOCAB), st.integers(0, 99999).map(str)), max_size=30))
def test_never_breaks_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    qs = _analysed(text)
    allowed = {"killed", "injured", "killed_or_injured", "arrested", "abducted", "displaced", "people", ""}
    for k, q in enumerate(qs):
        m = q.mention
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert m.span.slice(text).strip() == m.span.slice(text)
        assert m.value >= 0
        assert m.counted in allowed
        if q.part_of is not None:
            assert 0 <= q.part_of < k
            assert qs[q.part_of].part_of is None
        if k:
            assert qs[k - 1].mention.span.end <= m.span.start  # in text order, never overlapping


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("قتل نحو 20 شخصا", "about"),
        ("قتل 20 شخصا تقريبا", "about"),
        ("قتل أكثر من 20 شخصا", "at_least"),
        ("قتل ما لا يقل عن 20 شخصا", "at_least"),
        ("قتل أقل من 20 شخصا", "at_most"),
        ("قتل 20 شخصا", ""),
    ],
)
def test_bound(text: str, bound: str) -> None:
    assert [q.bound for q in _analysed(text)] == [bound]


def test_from_between_is_not_a_range() -> None:
    assert _facts("قتل من بين 10 أشخاص ثلاثة")[0] == ("10 أشخاص", 10, "killed", False, False)


# --- the stage


def _doc(text: str) -> Document:
    doc = Document(text=text)
    doc.norm = normalize(text)
    doc.sentences = split_sentences(doc.norm)
    doc.tokens = tokenize(doc.norm, doc.sentences)
    doc.assigned |= {"norm", "sentences", "tokens"}
    return doc


def test_stage_fills_the_document() -> None:
    stage = QuantityStage()
    assert isinstance(stage, Stage)
    assert (stage.name, stage.requires, stage.assigns) == (
        "quantities",
        frozenset({"norm", "sentences", "tokens", "dates", "actors"}),
        frozenset({"quantities", "quantity_parts"}),
    )
    pipe = Pipeline([stage], provided=frozenset({"text", "norm", "sentences", "tokens", "dates", "actors"}))
    doc = pipe(_doc("قتل 10 مدنيين بينهم 4 أطفال. وأصيب 3 آخرون."))
    assert [(m.value, m.counted, m.sentence) for m in doc.quantities] == [
        (10, "killed", 0),
        (3, "injured", 1),
    ]
    # the breakdown is kept apart, pointing at the figure it details
    assert [(p.part.value, p.whole.value) for p in doc.quantity_parts] == [(4, 10)]
    assert {"quantities", "quantity_parts"} <= doc.assigned


def test_stage_without_norm_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="normalisation"):
        QuantityStage()(Document(text="قتل 3 أشخاص"))


def _timed(fn: object) -> float:
    assert callable(fn)
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# --- the seed report, when ../shared is there

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/examples/seed is not available")
def test_seed_report() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = {(m.value, m.counted, m.vague, m.approximate) for m in _mentions(text)}
    assert got == {
        (12, "killed", True, False),
        (2000, "people", False, True),
        (3, "killed_or_injured", True, False),
    }


@pytest.mark.parametrize(
    "text",
    [
        "قتلت قوات النظام يوم الخميس ثلاثة مدنيين في بلدة الحراك.",
        "أعدم تنظيم الدولة الإسلامية أمس الجمعة 3 مدنيين في مدينة الميادين.",
    ],
)
def test_a_date_and_a_name_between_the_killing_verb_and_its_count_do_not_part_them(text: str) -> None:
    doc = marsad.extract(text, published="2020-03-10")
    assert [(q.value, q.counted) for q in doc.quantities] == [(3, "killed")]
    # without the names and dates the same distance is too far: "قتلت ... في قصف على البلدة ثلاثة"
    far = marsad.extract("قتلت القذائف التي سقطت على البلدة الأسبوع الماضي ثلاثة مدنيين.", published="2020-03-10")
    assert all(q.counted != "killed" for q in far.quantities)


@pytest.mark.parametrize(
    "text",
    [
        "قتلت قوات النظام طفلاً في بلدة الحراك أمس.",
        "قتلت قوات النظام امرأة في بلدة الحراك أمس.",
        "أعدم تنظيم داعش أمس شاباً في مدينة الميادين.",
        "قُتل راعٍ بانفجار لغم في بادية السخنة أمس.",
    ],
)
def test_one_victim_named_after_the_doer_or_the_date_counts_one(text: str) -> None:
    doc = marsad.extract(text, published="2020-03-10")
    assert [(q.value, q.counted) for q in doc.quantities] == [(1, "killed")]
    assert [e.fatalities for e in doc.events] == [1]


def test_the_casualty_word_s_own_pronoun_and_a_joined_companion_count_two() -> None:
    doc = marsad.extract(
        "اغتال مسلحون مجهولون قياديا في الجيش الوطني في مدينة الباب أمس ما أدى إلى مقتله ومرافقه.",
        published="2020-03-10",
    )
    assert [(q.value, q.counted) for q in doc.quantities] == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the others after "مع" come on top of the one the casualty word's pronoun names
        ("ما أدى إلى مقتله مع ستة آخرين", 7),
        ("أسفرت الغارة عن مقتلها مع اثنين آخرين", 3),
        # no pronoun, or no "مع": the count alone
        ("قتل ستة آخرون في الغارة", 6),
        ("ما أدى إلى مقتل ستة آخرين", 6),
    ],
)
def test_others_with_the_one_named_by_a_pronoun(text: str, value: int) -> None:
    assert [m.value for m in _mentions(text) if m.counted == "killed"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول في المستشفى إن عدد القتلى قد يصل إلى 40.",
        "ارتفعت الحصيلة إلى 32 قتيلاً، بعد أن كانت الحصيلة الأولية تشير إلى 18 قتيلاً.",
        "ارتفعت الحصيلة إلى 32 قتيلاً، بعد أن كانت الحصيلة الأولية 18 قتيلاً.",
        "ارتفعت الحصيلة إلى 32 قتيلاً، بعد أن كانت الحصيلة 18 قتيلاً.",
    ],
)
def test_a_possible_or_replaced_figure_counts_nobody(text: str) -> None:
    values = [q.value for q in _mentions(text)]
    assert 40 not in values and 18 not in values


def test_a_sides_claim_of_whom_it_killed_is_another_sources_count() -> None:
    text = (
        "قتل عشرة من عناصر الشرطة الأفغانية أمس عندما هاجم مسلحون من حركة طالبان نقطتي تفتيش في قندوز. "
        "وأعلنت طالبان في بيان أنها قتلت 25 شرطياً."
    )
    (event,) = [e for e in marsad.extract(text, published="2017-05-07").events if not e.historical]
    assert event.fatalities == 10  # ACLED: the lowest of the counts


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # another source's count in a sentence of its own, updating nothing: the lowest (ACLED)
        (
            "قتل سبعة أشخاص أمس إثر تفجير انتحاري استهدف مسجداً في مدينة قندوز. "
            "وقال مسؤول محلي إن عدد القتلى بلغ سبعة عشر.",
            7,
        ),
        # a reporting verb that starts with و ("وثق") is one too
        ("قتل عشرة أشخاص بقصف على بلدة كفرنبل أمس. ووثق المرصد أن عدد القتلى بلغ 12.", 10),
        # a side's claim after "في المقابل"
        (
            "هاجم مسلحون معسكراً للجيش في مدينة موبتي اليوم، وقال الجيش إن الهجوم أسفر عن مقتل أربعة جنود. "
            "في المقابل، زعمت الجماعة مقتل أكثر من ثلاثين جندياً.",
            4,
        ),
        # the claim of responsibility with its own count of the fighters killed, by another word
        (
            "فجر انتحاري نفسه ليلة أمس على نقطة تفتيش قرب بلدة الضلوعية، ما أسفر عن مقتل 7 مقاتلين. "
            "وتبنى تنظيم داعش الهجوم عبر وكالة أعماق، زاعماً مقتل أكثر من 25 عنصراً.",
            7,
        ),
        (
            "قتل ثلاثة عناصر من قسد بهجوم على حاجز قرب بلدة الشحيل أمس. "
            "وتبنى التنظيم الهجوم لاحقاً، مدعياً مقتل خمسة عناصر.",
            3,
        ),
        # an update replaces the lower figure; the earlier one told as such counts nobody
        (
            "قتل أربعة مدنيين بقصف على مدينة دارة عزة أمس. وارتفعت حصيلة القتلى إلى خمسة بحسب الدفاع المدني.",
            5,
        ),
        (
            "قتل خمسة مدنيين بقصف على مدينة دارة عزة أمس. "
            "وكانت الحصيلة الأولية قد أشارت إلى مقتل أربعة مدنيين بحسب الدفاع المدني.",
            5,
        ),
    ],
)
def test_tolls_told_by_several_sources(text: str, fatalities: int) -> None:
    events = [e for e in marsad.extract(text, published="2023-10-14").events if not e.historical]
    assert [e.fatalities for e in events] == [fatalities]


def test_dead_counted_since_a_day_are_no_toll_of_the_event_before() -> None:
    text = (
        "قصف حزب الله مستوطنة كريات شمونة بالصواريخ اليوم. "
        "ومنذ الثامن من تشرين الأول الماضي، قُتل أكثر من 480 شخصاً في لبنان جراء القصف الإسرائيلي."
    )
    assert [e.fatalities for e in marsad.extract(text, published="2024-07-10").events if not e.historical] == [0]


def test_the_number_of_those_who_died_counts_nobody() -> None:
    """ "عدد من قضوا" is "the number of those who died" (a running total's subject), not "a few"."""
    text = "قتل شاب برصاص قناص أمس، ليرتفع إلى العشرات عدد من قضوا برصاص القنص على المعبر منذ افتتاحه."
    assert 3 not in [q.value for q in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتلت قوات النظام، اليوم الأحد، خمسة مدنيين في قصف على بلدة كفرنبل.", 5),
        ("قتل مسلحون مجهولون، يوم الأحد، أربعة عشر مدنياً في هجوم على قرية قرب جيبو.", 14),
    ],
)
def test_the_killing_verb_counts_the_people_after_a_date_aside(text: str, dead: int) -> None:
    """ "قتلت قوات النظام، اليوم الأحد، خمسة مدنيين": the date set off by commas is no clause of its own."""
    (event,) = [e for e in marsad.extract(text, published="2023-03-12").events if not e.historical]
    assert event.fatalities == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the toll verb and the toll open the clause, the figure closes it, however long the words between
        ("قصفت قوات النظام بلدة كفرنبل أمس. وبلغ عدد الشهداء الذين تم حصرهم حتى الآن 14.", 14),
        ("قصفت قوات النظام بلدة كفرنبل أمس. وبلغ عدد الشهداء 14.", 14),
    ],
)
def test_a_toll_reached_with_its_figure_at_the_clauses_end(text: str, dead: int) -> None:
    doc = marsad.extract(text, published="2020-03-10")
    assert [e.fatalities for e in doc.events] == [dead]


def test_a_figure_told_before_in_the_pluperfect_is_no_count_of_the_dead() -> None:
    doc = marsad.extract(
        "انتشلت فرق الصليب الأحمر حتى صباح اليوم جثث 28 شخصاً من تحت أنقاض مبنى دمرته غارة إسرائيلية فجر أمس في"
        " بلدة قانا، بعدما كانت مصادر أمنية قد تحدثت أمس عن 54 قتيلاً.",
        published=dt.date(2006, 7, 31),
    )
    assert [e.fatalities for e in doc.events] == [28]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the deaths that made the toll rise are in the figure it rose to
        (
            "ارتفعت حصيلة الاشتباكات بين الجيش ومسلحي التنظيم في مدينة الرمادي أمس إلى تسعة قتلى، "
            "بعد مقتل ثلاثة جنود مساء أمس.",
            9,
        ),
        (
            "اقتحم محتجون مبنى المحافظة في السويداء أمس، وقتل شاب برصاص الشرطة في المواجهات قبل أن ترتفع الحصيلة "
            "مساءً إلى قتيلين بعد وفاة عنصر من الشرطة متأثراً بإصابته.",
            2,
        ),
        # with no rise, the dead told after "بعد" are more dead
        ("قتل خمسة جنود في اشتباكات مع مسلحي التنظيم في مدينة الرمادي أمس بعد مقتل ثلاثة مدنيين بقصف.", 8),
    ],
)
def test_the_deaths_that_raised_a_toll_are_in_it(text: str, fatalities: int) -> None:
    events = [e for e in marsad.extract(text, published="2015-05-16").events if not e.historical]
    assert sum([e.fatalities for e in events]) == fatalities


@pytest.mark.parametrize(
    "text",
    [
        "قتل قناص من التنظيم يوم الأحد 7 آب 2016 ثلاثة من مقاتلي القوات في سرت.",
        "قتل قناص في 7 آب/أغسطس 2016 ثلاثة من مقاتلي القوات في سرت.",
    ],
)
def test_a_date_with_figures_between_the_verb_and_its_count(text: str) -> None:
    doc = marsad.extract(text)  # (the document's dates are what the count reads over)
    assert [(q.value, q.counted) for q in doc.quantities] == [(3, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "استعادت القوات الحكومية أمس السيطرة على مديرية خور مكسر في عدن بعد معارك مع الحوثيين أسفرت عن مقتل ثلاثة"
        " وعشرين شخصاً على الأقل من الطرفين، بينما تحدثت المقاومة عن عشرات القتلى في صفوف الحوثيين.",
        "استعادت القوات الحكومية أمس السيطرة على مديرية خور مكسر في عدن بعد معارك مع الحوثيين. وقال مصدر طبي إن"
        " المعارك أسفرت عن مقتل ثلاثة وعشرين شخصاً على الأقل من الطرفين، بينما تحدثت المقاومة عن عشرات القتلى"
        " في صفوف الحوثيين.",
    ],
)
def test_one_sides_dead_after_both_sides_toll_are_a_part_of_it(text: str) -> None:
    (event,) = [e for e in marsad.extract(text, published="2015-07-15").events if not e.historical]
    assert event.fatalities == 23  # not the lower "عشرات" (12) of one side, nor the two added


@pytest.mark.parametrize(
    "text",
    [
        "قُتل ثمانية متظاهرين في ساحة التحرير وسط بغداد أمس بعدما أطلقت قوات الأمن الرصاص الحي. وأفادت المفوضية"
        " بأن عدداً من القتلى سقطوا جراء إصابات مباشرة في الرأس بعبوات الغاز.",
        "قُتل ثمانية متظاهرين في ساحة التحرير وسط بغداد أمس بعدما أطلقت قوات الأمن الرصاص الحي، فيما قالت"
        " المفوضية إن ثلاثة من القتلى سقطوا جراء إصابات مباشرة في الرأس.",
    ],
)
def test_some_of_the_dead_told_after_them_are_no_other_count(text: str) -> None:
    (event,) = [e for e in marsad.extract(text, published="2019-10-26").events if not e.historical]
    assert event.fatalities == 8


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a singular people noun opening a list counts one
        ("قال المتحدث إن ضابطاً وضابط صف وثمانية جنود قتلوا أمس في شمال سيناء.", 10),
        ("ارتكب الجيش مذبحة قتلت فيها امرأة وأربعة أطفالها في بلدة بيت حانون.", 5),
        # a list with no casualty word counts no dead
        ("قال المتحدث إن ضابطاً وثلاثة جنود وصلوا إلى الموقع أمس.", 0),
    ],
)
def test_a_singular_noun_opening_a_list_of_the_dead_counts_one(text: str, value: int) -> None:
    doc = marsad.extract(text, published="2020-05-01")
    assert sum([q.value for q in doc.quantities if q.counted == "killed"]) == value


def test_the_enemys_death_in_a_sides_own_words_counts() -> None:
    doc = marsad.extract(
        "تمكنت قوات حفتر اليوم من التقدم جنوب العاصمة طرابلس بعد اشتباكات عنيفة أسفرت عن هلاك 9 من عناصر الوفاق.",
        published="2019-12-12",
    )
    assert [(q.value, q.counted) for q in doc.quantities] == [(9, "killed")]


def test_a_forces_members_in_a_claim_and_its_soldiers_by_a_source_are_the_same_dead() -> None:
    text = (
        "وتبنى تنظيم ولاية سيناء في بيان تفجير عبوة ناسفة أمس على مدرعة للجيش جنوب مدينة رفح في شمال سيناء، وقال"
        " إن التفجير أدى إلى مقتل 4 من عناصرها.\nمن جانبه، أكد مصدر أمني مقتل مجندين اثنين في انفجار عبوة ناسفة"
        " استهدفت مدرعة جنوب رفح."
    )
    (event,) = [e for e in marsad.extract(text, published="2015-11-10").events if not e.historical]
    assert event.fatalities == 2  # ACLED: the lowest of the two counts


def test_a_comma_right_after_a_part_ends_the_breakdown() -> None:
    qs = _analysed("مقتل تسعة مدنيين في جسر الشغور بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل")
    assert [(q.mention.value, q.part_of) for q in qs] == [(9, None), (4, 0), (3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "مقتل تسعة مدنيين في جسر الشغور بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل",
        "أسفر القصف عن مقتل تسعة مدنيين في جسر الشغور، وثلاثة آخرين في كفرنبل",
    ],
)
def test_others_joined_on_after_the_dead_are_more_dead(text: str) -> None:
    qs = [q for q in _analysed(text) if q.part_of is None]
    assert [(q.mention.value, q.mention.counted) for q in qs] == [(9, "killed"), (3, "killed")]


def test_a_toll_since_a_war_began_is_no_toll_of_the_days_fight() -> None:
    text = (
        "تواصلت اليوم الثلاثاء الاشتباكات العنيفة في محور عين زارة جنوب طرابلس بين قوات الوفاق وقوات حفتر، وأسفرت"
        " عن مقتل 3 من عناصر قوات الوفاق. من جهتها، قالت منظمة الصحة العالمية إن حصيلة المعارك منذ اندلاعها في"
        " الرابع من أبريل ارتفعت إلى 174 قتيلاً."
    )
    events = [e for e in marsad.extract(text, published=dt.date(2019, 4, 16)).events if not e.historical]
    assert [e.fatalities for e in events] == [3]


def test_a_definite_dual_after_a_figure_of_its_sentence_names_the_counted_again() -> None:
    # "الشهيدين" are the two members counted before it, no more dead; alone, a dual still counts two
    doc = marsad.extract("استشهد عنصران من الحزب اليوم بغارة على بلدة الخيام، ونعى الحزب في بيان الشهيدين.")
    assert [(q.value, q.counted) for q in doc.quantities] == [(2, "killed")]
    doc = marsad.extract("ونعى الحزب في بيان الشهيدين اللذين سقطا بغارة على بلدة الخيام.")
    assert [(q.value, q.counted) for q in doc.quantities] == [(2, "killed")]


def test_a_pronoun_dual_after_the_figure_it_refers_to_counts_no_more_dead() -> None:
    doc = marsad.extract("لقي شخصان مصرعهما وأصيب آخرون مساء أمس برصاص عناصر الدرك في مدينة القليعة.")
    assert [(q.value, q.counted) for q in doc.quantities if q.counted == "killed"] == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("وأدى العدوان إلى ارتقاء شهيدين عسكريين وإصابة ستة آخرين.", "soldier"),
        ("وأدى القصف إلى سقوط قتيلين مدنيين.", "civilian"),
    ],
)
def test_a_people_word_after_a_dual_casualty_word_says_who_the_dead_were(text: str, group: str) -> None:
    doc = marsad.extract(text)
    (dead, *_) = [q for q in doc.quantities if q.counted == "killed"]
    assert (dead.value, dead.group) == (2, group)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the subject of the casualty verb opening the clause, then others "with" them
        ("اغتيل نائب رئيس المكتب السياسي للحركة، مساء أمس الثلاثاء، مع ستة آخرين بغارة.", 7),
        # the subject counted already: the others are on top of that count, not of another
        ("اغتيل القيادي في الحركة مساء أمس مع ثلاثة آخرين في غارة.", 4),
    ],
)
def test_others_killed_with_the_subject_of_the_casualty_verb(text: str, dead: int) -> None:
    assert _killed(text) == dead


def test_others_travelling_with_someone_are_no_dead() -> None:
    doc = marsad.extract("وصل الوزير مساء أمس مع ستة آخرين إلى المدينة.", published=dt.date(2024, 1, 3))
    assert [q.counted for q in doc.quantities] == ["people"]


def test_a_count_joined_after_a_rank_is_more_of_the_dead() -> None:
    doc = marsad.extract("انفجرت عبوة ناسفة بدورية للجيش، ما أسفر عن استشهاد ضابط برتبة ملازم أول وجنديين.")
    assert sum(q.value for q in doc.quantities if q.counted == "killed") == 3


def test_the_toll_after_a_groups_latin_abbreviation_is_the_killing_s() -> None:
    import marsad

    text = (
        "قتل مسلحون من القوات الديمقراطية المتحالفة (ADF) ما لا يقل عن 18 مدنياً، مساء الجمعة، في هجوم على "
        "قرية ماسالا، بحسب منظمات المجتمع المدني، فيما تحدث مسؤول محلي عن 42 قتيلاً."
    )
    (e,) = marsad.extract(text, published="2024-06-09").events
    assert e.fatalities == 18


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the numeral counts the noun after it, not the gunmen before it
        ("قتل مسلحون أربعة رجال وامرأة، يوم الثلاثاء، في هجوم على قرية.", 5),
        ("قتل مسلحون ثلاثة مدنيين في هجوم على قرية.", 3),
        # bodies counted after their word keep their count ("جثث أربعة أطفال" within the 31)
        ("انتشلت فرق الدفاع المدني 31 جثة، بينها جثث أربعة أطفال، بعد غارة على السوق.", 31),
    ],
)
def test_a_numeral_between_the_doers_and_the_dead(text: str, dead: int) -> None:
    import marsad

    events = marsad.extract(text, published="2023-06-08").events
    assert [e.fatalities for e in events] == [dead]


@pytest.mark.parametrize(
    "name",
    ['"العودة والاستصلاح والتأهيل" (3R)', "«العودة والاستصلاح والتأهيل»"],
)
def test_the_dead_counted_after_a_quoted_group_name_the_actors_lack(name: str) -> None:
    import marsad

    text = f"قتل مسلحون من جماعة {name} أربعة رجال وامرأة، يوم الثلاثاء، في هجوم على قرية."
    (e,) = marsad.extract(text, published="2023-06-08").events
    assert e.fatalities == 5


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a vague count of another noun after a casualty noun counts that noun: the missing, the buildings
        ("خلف القصف أمس على بلدة سراقب 20 قتيلا وعشرات المفقودين.", 20),
        ("شيع الأهالي أمس ثلاثة شهداء وأطلقوا أسماء شهداء على عدد من المدارس.", 3),
        # ... but after a casualty verb its noun names the victims
        ("تسبب الانقلاب في مذبحة بقتل عشرات الموظفين في مدينة غزة.", 12),
        ("قال سكان إن الجنود قتلوا عددا من الموجودين في المكان.", 3),
    ],
)
def test_a_vague_count_of_a_noun_of_its_own_after_a_casualty_noun(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the armed men who killed, told before their one victim
        ("قتل مسلحون طفلاً في مدينة حلب أمس.", 1),
        ("قتل مسلحون مجهولون مختار البلدة أمام منزله مساء أمس.", 1),
        # ... not a figure after them ("شخصاً" in the accusative of a count of 23)
        ("قتل مسلحون 23 شخصاً على الأقل على الطريق السريع أمس.", 23),
    ],
)
def test_one_victim_after_the_armed_men_who_killed(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one victim after the doer and a date set off by commas
        ("قتلت قوات النظام، أمس الأحد، طفلاً في مدينة حلب.", 1),
        # ... or after a doer named by a weak word of it
        ("أعدم التنظيم أمس شاباً في مدينة الرقة.", 1),
        # a figure after a weak word of a side joins the count before it
        ("أسفرت الاشتباكات عن مقتل عنصر من الأمن العام ومسلحَين اثنين من فلول النظام.", 3),
    ],
)
def test_words_between_a_casualty_word_and_its_victims(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "put an end to": the army's word for the armed men it killed
        ("تمكنت مفرزة للجيش أمس من القضاء على إرهابيين اثنين قرب بلدية الميلية.", 2),
        ("أكد المتحدث أن القوات تمكنت من القضاء على 15 فرداً تكفيرياً.", 15),
        # ... not an end put to a thing
        ("تعهدت الحكومة بالقضاء على الفساد في الوزارات.", 0),
    ],
)
def test_an_end_put_to_armed_men_is_their_death(text: str, dead: int) -> None:
    assert _killed(text) == dead


def test_a_figure_in_brackets_counts_the_noun_before_it() -> None:
    text = "تمكنت مفرزة للجيش أمس من القضاء على إرهابيين (02) قرب بلدية الميلية."
    doc = marsad.extract(text, published=dt.date(2024, 1, 3))
    assert [(q.value, q.group) for q in doc.quantities if q.counted == "killed"] == [(2, "terrorist")]


def test_gunmen_before_a_numeral_and_its_noun_are_the_killers_not_the_dead() -> None:
    doc = marsad.extract("قتل مسلحون خمسة قرويين قرب بلدة بوكارانغا أمس.", published=dt.date(2024, 1, 3))
    assert [q.group for q in doc.quantities if q.counted == "killed"] != ["gunman"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل حشد غاضب أمس رجلاً ضرباً في سوق المدينة.",
        "قتل مسلحون مجهولون، ليل الثلاثاء، رجلاً خمسينياً أمام منزله.",
        "قتل مسلحون مجهولون أمس الأحد قيادياً اجتماعياً بالرصاص أمام منزله.",
    ],
)
def test_one_victim_after_the_killers_and_the_day(text: str) -> None:
    """The doer (armed men, an angry crowd) and then the day stand between the verb and its one victim."""
    assert _killed(text) == 1
