"""The place-word family (data/ar/places.yaml): integrity, linter, lazy loading, and that the finder reads it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import yaml

from marsad.errors import LanguageDataError
from marsad.geo import cues
from marsad.geo.place_words import (
    SCHEMA,
    lint_place_words,
    load_place_words,
    parse_place_words,
)
from marsad.lang.files import data_root
from marsad.text.normalize import normalize_term

PATH = data_root() / "ar" / "places.yaml"


@pytest.fixture(scope="module")
def body() -> dict[str, Any]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data["schema"] == SCHEMA
    return data


def test_packaged_file_loads_clean() -> None:
    words = load_place_words()
    assert words.version and lint_place_words(words) == []
    assert load_place_words() is words


def test_module_attributes_come_from_the_file_with_derived_sets() -> None:
    words = load_place_words()
    assert words.lists["stop"] == cues.STOP
    assert cues.NEAR <= cues.QUALIFIERS and set(cues.DIRECTIONS_PRE) <= cues.QUALIFIERS
    assert set(cues.DIRECTIONS_PRE) <= cues.RELATIONS
    assert cues.CUES["حي"].kind == "neighbourhood" and cues.CUES["بلدات"].plural
    assert cues.CUES["مديريه"].countries == frozenset({"YE", "SO"})
    assert all(normalize_term(w) == w for w in cues.STOP | cues.NAME_HEADS | cues.ADJECTIVES)


def test_not_loaded_at_import_time() -> None:
    code = (
        "import marsad.geo.finder, marsad.geo.resolver, marsad.geo.place_words as p;"
        "print(p.load_place_words.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "0"


def test_an_unknown_attribute_is_still_an_error() -> None:
    with pytest.raises(AttributeError):
        cues.NOT_A_WORD_LIST  # noqa: B018


def test_unknown_cue_kind_is_named(body: dict[str, Any]) -> None:
    bad = {**body, "cues": [*body["cues"], {"word": "حاضره", "kind": "metropolis"}]}
    with pytest.raises(LanguageDataError, match="metropolis"):
        parse_place_words(bad, "t", "places.yaml")


def test_a_missing_section_is_named(body: dict[str, Any]) -> None:
    bad = {k: v for k, v in body.items() if k != "stop"}
    with pytest.raises(LanguageDataError, match="stop"):
        parse_place_words(bad, "t", "places.yaml")


def test_a_bad_direction_is_named(body: dict[str, Any]) -> None:
    bad = {**body, "directions_before": {**body["directions_before"], "فوق": "up"}}
    with pytest.raises(LanguageDataError, match="up"):
        parse_place_words(bad, "t", "places.yaml")


def test_linter_reports_a_word_twice_once_normalised(body: dict[str, Any]) -> None:
    bad = {**body, "stop": [*body["stop"], "علي"]}  # the file lists it as "على": the same word normalised
    problems = lint_place_words(parse_place_words(bad, "t", "places.yaml"))
    assert any("listed twice" in p for p in problems)


def test_the_finder_reads_the_variant_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad

    text = "سيطرت قوات سوريا الديمقراطية على بلدة الباغوز تحتاني أمس."
    placed = [e.place.geo_precision for e in marsad.extract(text, published="2019-03-10").events if e.place]
    assert placed == [2]
    monkeypatch.setattr(cues, "VARIANTS", frozenset())
    placed = [e.place.geo_precision for e in marsad.extract(text, published="2019-03-10").events if e.place]
    assert placed == [1]


def test_forces_abroad_take_iso_codes(body: dict[str, Any]) -> None:
    bad = {**body, "forces_abroad": {**body["forces_abroad"], "Israel": ["PS"]}}
    with pytest.raises(LanguageDataError, match="ISO alpha-2"):
        parse_place_words(bad, "t", "places.yaml")


def test_the_geocoder_reads_the_forces_abroad(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad

    text = "اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم مدينة طولكرم واندلعت اشتباكات مع مقاومين."
    places = [e.place.location for e in marsad.extract(text, published="2024-10-30").events if e.place]
    assert places and all("lkarm" in p for p in places)
    monkeypatch.setattr(cues, "FORCES_ABROAD", {})
    assert [e.place for e in marsad.extract(text, published="2024-10-30").events if e.place] == []


def test_the_country_clues_read_the_sponsor_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.extractors.text_stage import TextStage
    from marsad.geo.clues import _sponsor
    from marsad.model.document import Document

    doc = Document(text="قصفت الفصائل المدعومة من تركيا القرية")
    TextStage()(doc)
    i = next(k for k, t in enumerate(doc.tokens) if t.norm == "تركيا")
    assert _sponsor(doc.tokens, i)
    monkeypatch.setattr(cues, "SPONSORS", frozenset())
    assert not _sponsor(doc.tokens, i)


def test_a_borders_country_is_no_clue_and_clues_count_in_text_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.extractors.text_stage import TextStage
    from marsad.geo.clues import country_hints
    from marsad.geo.geocoder import default_geocoder
    from marsad.model.document import Document

    doc = Document(text="أفادت البعثة في جمهورية أفريقيا الوسطى بأن مسلحين أقاموا معسكراً قرب الحدود التشادية")
    TextStage()(doc)
    assert doc.norm is not None
    gaz = default_geocoder().gazetteer
    assert list(country_hints(doc.norm, doc.tokens, gaz)) == ["CF"]
    monkeypatch.setattr(cues, "BORDER_WORDS", frozenset())
    # (named as often, the country named first comes first)
    assert list(country_hints(doc.norm, doc.tokens, gaz)) == ["CF", "TD"]


def test_the_country_clues_read_the_state_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.extractors.text_stage import TextStage
    from marsad.geo.clues import located_countries
    from marsad.geo.geocoder import default_geocoder
    from marsad.model.document import Document

    doc = Document(text="قتل مسلحون خمسة قرويين شمال غربي جمهورية أفريقيا الوسطى")
    TextStage()(doc)
    assert doc.norm is not None
    gaz = default_geocoder().gazetteer
    assert located_countries(doc.norm, doc.tokens, gaz)["CF"] == 1
    monkeypatch.setattr(cues, "STATE_TITLES", frozenset())
    assert located_countries(doc.norm, doc.tokens, gaz)["CF"] == 0


@pytest.mark.parametrize(
    ("attribute", "text", "wrong"),
    [
        # "ريف العاصمة" is the governorate around the capital, not the capital
        ("NOT_CAPITAL_AFTER", "اعتقلت قوات الأمن عشرات الشبان في مدينة حلب وفي ريف العاصمة أمس.", "Damascus"),
        # "أبي صيدا" is a town of Diyala, not Sidon
        (
            "COMPOUND_HEADS",
            "انفجرت عبوة ناسفة صباح اليوم على الطريق بين ناحية أبي صيدا وقرية الرشاد في محافظة ديالى.",
            "Sidon",
        ),
    ],
)
def test_the_finder_reads_the_words_that_keep_a_wrong_place_out(
    monkeypatch: pytest.MonkeyPatch, attribute: str, text: str, wrong: str
) -> None:
    import marsad

    def named() -> list[str]:
        return [p.resolved.location for p in marsad.extract(text, published="2023-03-13").places if p.resolved]

    assert wrong not in named()
    monkeypatch.setattr(cues, attribute, frozenset())
    assert wrong in named()


def test_the_build_reads_the_heads_that_make_a_village_name_bare(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.geo.build import _distinct_two_words

    assert _distinct_two_words("كفر قدوم")
    assert not _distinct_two_words("قدوم")  # one word: a cue is needed
    assert not _distinct_two_words("أبو صيدا")  # a kunya's head makes no distinct name
    monkeypatch.setattr(cues, "BARE_HEADS", frozenset())
    assert not _distinct_two_words("كفر قدوم")
