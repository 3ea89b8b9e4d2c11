from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import normalize, normalize_term


@pytest.mark.parametrize(
    ("raw", "view"),
    [
        ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),  # alef forms, ta marbuta
        ("مستشفى على", "مستشفي علي"),  # alef maqsura
        ("قُتِلَ", "قتل"),  # tashkeel
        ("قـــتل", "قتل"),  # tatweel
        ("٢٠١٧ و۱۲", "2017 و12"),  # Arabic-Indic and Persian digits
        ("“فرات” «بوست»", '"فرات" "بوست"'),  # quotes
        ("ﻻ", "لا"),  # presentation-form ligature
        ("ی ک", "ي ك"),  # Persian ya and kaf
        ("Deir", "deir"),
    ],
)
def test_folding(raw: str, view: str) -> None:
    assert normalize(raw).text == view


def test_raw_is_never_modified_and_spans_map_back() -> None:
    raw = "قُتِلَ ٣ مدنيين في «حلب»"
    v = normalize(raw)
    i = v.text.index("مدنيين")
    span = v.raw_span(i, i + len("مدنيين"))
    assert span.slice(raw) == "مدنيين"
    j = v.text.index("قتل")
    assert v.raw_span(j, j + 3).slice(raw) == "قُتِلَ"  # the span covers the trailing tashkeel


def test_ligature_maps_both_letters_to_one_raw_char() -> None:
    raw = "ﻻ بد"
    v = normalize(raw)
    assert v.raw_span(0, 1).slice(raw) == "ﻻ"
    assert v.raw_span(0, 2).slice(raw) == "ﻻ"


def test_normalize_term_collapses_space() -> None:
    assert normalize_term("  دير   الزور ") == "دير الزور"


arabic = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىئؤ ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،.«»“” \n")),
    max_size=80,
)


@given(arabic)
def test_every_view_slice_maps_inside_the_raw_text(raw: str) -> None:
    v = normalize(raw)
    assert len(v.starts) == len(v.text) == len(v.ends)
    for i in range(len(v.text)):
        s = v.raw_span(i, i + 1)
        assert 0 <= s.start < s.end <= len(raw)
        assert normalize(s.slice(raw)).text.startswith(v.text[i]) or v.text[i] in normalize(s.slice(raw)).text
    assert list(v.starts) == sorted(v.starts)


def test_presentation_block_characters_without_decomposition_are_kept() -> None:
    # the ornate parentheses of Quranic quotations and unassigned points of the block have no
    # compatibility form: they pass through (they used to recurse forever)
    for ch in ("\ufd3e", "\ufd3f", "\ufbb2"):
        assert normalize(f"قال {ch}الله{ch}").text == f"قال {ch}الله{ch}"


@given(st.text(alphabet=st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC), max_size=20))
def test_any_presentation_form_text_normalises(raw: str) -> None:
    v = normalize(raw)
    assert len(v.starts) == len(v.text)
