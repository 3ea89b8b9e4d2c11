"""Towns the gazetteer knows only by a Latin name, matched by their consonants (marsad.geo.translit)."""

from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder
from marsad.geo.translit import SkeletonIndex, arabic_skeleton, latin_skeleton
from marsad.text.normalize import normalize_term

from .conftest import resolved


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("ترهونة", "Tarhuna"),
        ("الرديف", "Ar Rudayyif"),  # the article, written apart or assimilated
        ("بيت أمر", "Bayt Ūmmar"),  # accents, doubled letters
        ("الدندر", "Ad-Dindar"),
        ("خان شيخون", "Khan Shaykhun"),  # digraphs
        ("قمينس", "Qamīnis"),
        ("معرة النعمان", "Ma‘arrat an Nu‘mān"),  # a ta marbuta in construct is t
    ],
)
def test_one_name_in_two_scripts_has_one_skeleton(arabic: str, latin: str) -> None:
    assert arabic_skeleton(normalize_term(arabic)) == latin_skeleton(latin)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("كفرناها", "Kafr ‘Ayn"),  # one word against two
        ("حمورية", "Ḩamāh"),
        ("معرشمارين", "Ma‘arratmişrīn"),
    ],
)
def test_different_names_have_different_skeletons(arabic: str, latin: str) -> None:
    assert arabic_skeleton(normalize_term(arabic)) != latin_skeleton(latin)


def test_the_index_reads_the_english_name_only() -> None:
    # (GeoNames also lists "Marshemarin" among its Latin aliases)
    index = SkeletonIndex([("gn:1", "Ma‘arratmişrīn")])
    assert index.ids(arabic_skeleton(normalize_term("معرتمصرين"))) == ["gn:1"]
    # an alias GeoNames gives it, a neighbour's name
    assert index.ids(arabic_skeleton(normalize_term("معرشمارين"))) == []


def test_a_town_known_only_in_latin_is_found_in_the_country_of_the_text(geocoder: Geocoder) -> None:
    # (Tarhuna, the first example, now has its Arabic name in towns-abroad.yaml)
    m = resolved(geocoder, "اندلعت اشتباكات في بلدة قرنادة قرب مدينة البيضاء الليبية أمس.", "قرنادة")
    assert m.resolved is not None and m.resolved.name_en == "Qirnadah"
    assert "transliteration" in m.resolved.rule


def test_a_town_of_that_spelling_in_another_country_is_declined(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصفت قوات النظام بلدة ترهونة في ريف درعا أمس.", "ترهونة")
    assert m.resolved is None


def test_the_country_the_text_names_is_not_where_its_places_are(geocoder: Geocoder) -> None:
    # Israel is named by its forces; the towns are in the West Bank
    text = "اعتقلت القوات الإسرائيلية ستة مواطنين من بلدة بيت أمر شمال الخليل."
    m = resolved(geocoder, text, "بيت أمر")
    assert m.resolved is not None and m.resolved.country == "Palestine"


def test_a_sudanese_state_is_a_governorate_cue(geocoder: Geocoder) -> None:
    # "بولاية سنار": the state, known by its capital, contains the town; the town is where it happened
    text = "سيطرت قوات الدعم السريع على مدينة الدندر بولاية سنار أمس."
    town = resolved(geocoder, text, "الدندر")
    state = resolved(geocoder, text, "سنار")
    assert town.resolved is not None and town.resolved.country == "Sudan"
    assert state.cue == "ولايه" and state.resolved is not None and state.resolved.geo_precision == 3
