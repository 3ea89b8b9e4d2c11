from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.text.datelines import bracketed_in_a_dateline, opens_a_dateline, second_in_a_heading


@pytest.mark.parametrize(
    ("text", "word", "dateline"),
    [
        ("الخرطوم ـ رويترز: تجددت الاشتباكات", "الخرطوم", True),
        ("بيشاور (باكستان) ـ «الشرق الاوسط»: قتل", "بيشاور", True),
        ("(تعز) – قال مصدر طبي", "تعز", True),
        ("* دمشق - سانا: قصفت", "دمشق", True),
        # a town inside the first sentence, or followed by no dash, is no dateline
        ("قتل ثلاثة في الخرطوم - رويترز", "الخرطوم", False),
        ("الخرطوم تشهد اشتباكات", "الخرطوم", False),
    ],
)
def test_a_town_opening_a_line_before_a_dash_is_a_dateline(text: str, word: str, dateline: bool) -> None:
    start = text.index(word)
    assert opens_a_dateline(text, start, start + len(word)) is dateline


@pytest.mark.parametrize(
    ("text", "word", "heading"),
    [
        ("حمص – الخالدية: خرجت مظاهرة حاشدة", "الخالدية", True),
        ("لجان التنسيق\nريف دمشق – دوما: استشهاد شابين", "دوما", True),
        # a place in a sentence, or with no colon closing the heading, is none
        ("خرجت مظاهرة في حمص – الخالدية: هتافات", "الخالدية", False),
        ("حمص – الخالدية خرجت مظاهرة", "الخالدية", False),
    ],
)
def test_the_second_place_of_a_roundups_heading(text: str, word: str, heading: bool) -> None:
    start = text.index(word)
    assert second_in_a_heading(text, start, start + len(word)) is heading


def test_a_quarter_heading_a_paragraph_places_its_news() -> None:
    text = "حصيلة يوم الجمعة\nحمص – الخالدية: خرجت مظاهرة حاشدة بعد صلاة الجمعة تهتف بإسقاط النظام."
    (e,) = marsad.extract(text, published=dt.date(2012, 2, 10)).events
    assert e.place is not None and e.place.location == "Homs - al-Khalidiyah"


def test_a_country_in_a_datelines_brackets_is_read_as_such() -> None:
    text = "ديار بكر (تركيا) ـ ا ف ب: اشتبك مئات الشبان"
    start = text.index("تركيا")
    assert bracketed_in_a_dateline(text, start, start + len("تركيا"))
    other = "قصفت المدفعية (تركيا) مواقع للحزب"
    start = other.index("تركيا")
    assert not bracketed_in_a_dateline(other, start, start + len("تركيا"))


@pytest.mark.parametrize(
    ("text", "victims", "location"),
    [
        # a report filed abroad about a country it names as where things happen: the dateline is no place
        ("غازي عنتاب – قتل ثلاثة مدنيين بغارة على قرية في شمال سوريا أمس.", "Civilians (Syria)", ""),
        # the dateline's country named too ("مدنيين تشاديين"): the dateline stands
        (
            "نجامينا – قتل 40 مدنياً تشادياً في هجوم لبوكو حرام في منطقة بحيرة تشاد، وفي النيجر قتل خمسة.",
            "Civilians (Chad)",
            "N'Djamena",
        ),
        # a country only named, not as where things are: the dateline stands
        ("صعدة – استشهد خمسة مواطنين جراء غارة شنها طيران العدوان السعودي فجر اليوم.", "Civilians (Yemen)", "Sa'dah"),
        # the sentence names the town (with its cue) that the gazetteer lacks: not the dateline's city
        (
            "أبوجا – خطف مسلحون 50 شخصاً في هجوم على بلدة كاورا نامودا شمال غربي نيجيريا فجر الخميس.",
            "Civilians (Nigeria)",
            "",
        ),
        # nor is it the place of a site its sentence names with no place of its own: the site is in that town
        (
            "بورت أو برنس – سيطر مسلحون من العصابات، الاثنين، على مدينة ميرباليه، بعد هجوم عنيف على مركز الشرطة"
            " والسجن المدني.",
            "Police Forces of Haiti (2024-)",
            "",
        ),
        # a quarter the gazetteer lacks is in the dateline's city: it stands
        ("بغداد – قتل ثلاثة مدنيين في انفجار عبوة ناسفة في حي الشهداء الثاني أمس.", "Civilians (Iraq)", "Baghdad"),
    ],
)
def test_a_dateline_abroad_is_not_where_the_events_are(text: str, victims: str, location: str) -> None:
    events = marsad.extract(text, published="2024-07-28").events
    assert events and events[0].actor2 is not None
    assert (events[0].actor2.name, events[0].place.location if events[0].place else "") == (victims, location)


def test_a_capitals_arabic_spelling_outside_the_default_countries_tells_the_country() -> None:
    text = "بورت أو برنس – قتل مسلحون من العصابات خمسة مدنيين في هجوم على حي سكني أمس الاثنين."
    (e,) = marsad.extract(text, published="2025-04-01").events
    assert e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Haiti)"
    assert e.place is not None and e.place.country == "Haiti"
