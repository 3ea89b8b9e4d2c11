"""The number-words file (data/ar/numbers.yaml) and its loader and linter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.errors import LanguageDataError
from marsad.lang.numbers import (
    ApproxKind,
    Cardinal,
    CardinalRole,
    CasualtyRole,
    GramNumber,
    MarkerKind,
    NumberWords,
    default_path,
    lint_numbers,
    load_numbers,
)
from marsad.text.normalize import normalize_term


@pytest.fixture(scope="module")
def nw() -> NumberWords:
    return load_numbers()


def _cardinals(nw: NumberWords, form: str) -> list[Cardinal]:
    key = normalize_term(form)
    return [c for c in nw.cardinals if normalize_term(c.form) == key]


def test_packaged_file_loads_and_is_clean(nw: NumberWords) -> None:
    assert nw.version
    assert Path(nw.path).name == "numbers.yaml"
    assert lint_numbers(nw) == []


def test_loader_is_cached(nw: NumberWords) -> None:
    assert load_numbers() is nw
    assert load_numbers(default_path()) is nw


def test_nothing_is_loaded_at_import() -> None:
    code = "import marsad.extractors.quantities, marsad.lang.numbers as n; print(n._load.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize(
    ("form", "value", "role", "number"),
    [
        ("ثلاثة", 3, CardinalRole.UNIT, GramNumber.SINGULAR),
        ("ثلاث", 3, CardinalRole.UNIT, GramNumber.SINGULAR),
        ("إحدى", 1, CardinalRole.UNIT, GramNumber.SINGULAR),
        ("اثنتين", 2, CardinalRole.UNIT, GramNumber.SINGULAR),
        ("عشرين", 20, CardinalRole.TEN, GramNumber.SINGULAR),
        ("تسعون", 90, CardinalRole.TEN, GramNumber.SINGULAR),
        ("مئة", 100, CardinalRole.HUNDRED, GramNumber.SINGULAR),
        ("مائة", 100, CardinalRole.HUNDRED, GramNumber.SINGULAR),
        ("مئتين", 200, CardinalRole.HUNDRED, GramNumber.SINGULAR),
        ("مائتي", 200, CardinalRole.HUNDRED, GramNumber.SINGULAR),
        ("خمسمائة", 500, CardinalRole.HUNDRED, GramNumber.SINGULAR),
        ("ألف", 1000, CardinalRole.SCALE, GramNumber.SINGULAR),
        ("آلاف", 1000, CardinalRole.SCALE, GramNumber.PLURAL),
        ("ألفين", 1000, CardinalRole.SCALE, GramNumber.DUAL),
        ("ألفي", 1000, CardinalRole.SCALE, GramNumber.DUAL),
        ("مليون", 1_000_000, CardinalRole.SCALE, GramNumber.SINGULAR),
    ],
)
def test_cardinals(nw: NumberWords, form: str, value: int, role: CardinalRole, number: GramNumber) -> None:
    found = _cardinals(nw, form)
    assert [(c.value, c.role, c.number) for c in found] == [(value, role, number)]


def test_one_and_two_need_a_noun(nw: NumberWords) -> None:
    assert not _cardinals(nw, "أحد")[0].standalone
    assert not _cardinals(nw, "اثنين")[0].standalone
    assert _cardinals(nw, "ثلاثة")[0].standalone


@pytest.mark.parametrize(
    ("form", "value", "weak"),
    [
        ("العشرات", 12, False),
        ("عشرات", 12, False),
        ("المئات", 100, False),
        ("مئات", 100, False),
        ("الآلاف", 1000, False),
        ("عدد من", 3, False),
        ("عدة", 3, False),
        ("بضعة", 3, False),
        ("بعض", 3, True),
        ("عدد", 3, True),
        ("الكثير", 10, False),
        ("كثيرون", 10, False),
        ("العديد", 10, False),
    ],
)
def test_vague_figures(nw: NumberWords, form: str, value: int, weak: bool) -> None:
    found = [v for v in nw.vague if normalize_term(v.form) == normalize_term(form)]
    assert [(v.value, v.weak) for v in found] == [(value, weak)]


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("نحو", ApproxKind.ABOUT),
        ("حوالي", ApproxKind.ABOUT),
        ("قرابة", ApproxKind.ABOUT),
        ("زهاء", ApproxKind.ABOUT),
        ("ما يقارب", ApproxKind.ABOUT),
        ("أكثر من", ApproxKind.AT_LEAST),
        ("ما لا يقل عن", ApproxKind.AT_LEAST),
        ("أقل من", ApproxKind.AT_MOST),
    ],
)
def test_approximators(nw: NumberWords, form: str, kind: ApproxKind) -> None:
    assert [a.kind for a in nw.approximators if a.form == form] == [kind]


@pytest.mark.parametrize(
    ("form", "counted", "role"),
    [
        ("مقتل", "killed", CasualtyRole.TRIGGER),
        ("قتل", "killed", CasualtyRole.TRIGGER),
        ("استشهاد", "killed", CasualtyRole.TRIGGER),
        ("مصرع", "killed", CasualtyRole.TRIGGER),
        ("وفاة", "killed", CasualtyRole.TRIGGER),
        ("حتف", "killed", CasualtyRole.TRIGGER),
        ("قتلى", "killed", CasualtyRole.NOUN),
        ("قتيلا", "killed", CasualtyRole.NOUN),
        ("قتيلين", "killed", CasualtyRole.NOUN),
        ("شهداء", "killed", CasualtyRole.NOUN),
        ("جثث", "killed", CasualtyRole.NOUN),
        ("إصابة", "injured", CasualtyRole.TRIGGER),
        ("أصيب", "injured", CasualtyRole.TRIGGER),
        ("جرحى", "injured", CasualtyRole.NOUN),
        ("مصابين", "injured", CasualtyRole.NOUN),
        ("مقتل وإصابة", "killed_or_injured", CasualtyRole.TRIGGER),
        ("قتلى وجرحى", "killed_or_injured", CasualtyRole.NOUN),
        ("اعتقال", "arrested", CasualtyRole.TRIGGER),
        ("اختطاف", "abducted", CasualtyRole.TRIGGER),
        ("نازحين", "displaced", CasualtyRole.NOUN),
    ],
)
def test_casualty_words(nw: NumberWords, form: str, counted: str, role: CasualtyRole) -> None:
    assert (counted, role) in {(w.counted, w.role) for w in nw.casualties if w.form == form}


@pytest.mark.parametrize(
    ("form", "group", "number"),
    [
        ("شخص", "person", GramNumber.SINGULAR),
        ("أشخاص", "person", GramNumber.PLURAL),
        ("مدني", "civilian", GramNumber.SINGULAR),
        ("مدنيين", "civilian", GramNumber.PLURAL),  # never a dual: ambiguous with the plural
        ("جنديين", "soldier", GramNumber.DUAL),
        ("جنود", "soldier", GramNumber.PLURAL),
        ("عناصر", "member", GramNumber.PLURAL),
        ("مسلحين", "gunman", GramNumber.PLURAL),
        ("طفلين", "child", GramNumber.DUAL),
        ("نساء", "woman", GramNumber.PLURAL),
        ("مقاتل", "fighter", GramNumber.SINGULAR),
        ("مدنيان", "civilian", GramNumber.DUAL),  # the nominative dual cannot be a plural
        ("شابان", "man", GramNumber.DUAL),
        ("طفلاها", "child", GramNumber.DUAL),
        ("زوجته", "relative", GramNumber.SINGULAR),
        ("ابناه", "relative", GramNumber.DUAL),
    ],
)
def test_people_nouns(nw: NumberWords, form: str, group: str, number: GramNumber) -> None:
    assert [(p.group, p.number) for p in nw.people if p.form == form] == [(group, number)]


def test_markers(nw: NumberWords) -> None:
    kinds = {(m.form, m.kind) for m in nw.markers}
    assert ("بينهم", MarkerKind.BREAKDOWN) in kinds
    assert ("عام", MarkerKind.NONCOUNT_BEFORE) in kinds
    assert ("كم", MarkerKind.NONCOUNT_AFTER) in kinds


# --- bad data ------------------------------------------------------------------------------------------


def _body() -> dict[str, Any]:
    with default_path().open(encoding="utf-8") as fh:
        body = yaml.safe_load(fh)
    assert isinstance(body, dict)
    return body


def _write(tmp_path: Path, body: dict[str, Any]) -> Path:
    path = tmp_path / "numbers.yaml"
    path.write_text(yaml.safe_dump(body, allow_unicode=True), encoding="utf-8")
    return path


def _set(body: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("schema",), "marsad.actors/1", "declares schema"),
        (("version",), "", "version"),
        (("units", 2, "value"), 0, "units[2]: 'value' must be a positive integer"),
        (("units", 2, "value"), "three", "units[2]: 'value' must be int"),
        (("units", 2, "forms"), "ثلاثة", "units[2]: 'forms' must be a list"),
        (("tens", 0, "standalone"), "yes", "tens[0]: 'standalone' must be true or false"),
        (("scales", 0, "singular"), [], "scales[0]: 'singular' must list at least one form"),
        (("vague", 1, "forms"), [], "vague[1]: 'forms' must list at least one form"),
        (("vague", 0, "value"), -12, "vague[0]: 'value' must be a positive integer"),
        (("approximators", 0, "kind"), "roughly", "approximators[0]: kind 'roughly'"),
        (("casualties", 0, "counted"), "dead", "casualties[0]: counted 'dead'"),
        (("casualties", 0, "inflecting"), ["حتوف"], "casualties[0] (killed): 'inflecting' names forms"),
        (("casualties", 0, "counts_one"), ["قتلى"], "casualties[0] (killed): 'counts_one' names forms not"),
        (("people", 0, "group"), "", "people[0]: 'group' must not be empty"),
        (("people", 0, "plural"), None, "people[0] (person): 'plural' must be a list"),
        (("breakdown",), "بينهم", "'breakdown' must be a list"),
        (("tens",), [], "'tens' must be a non-empty list"),
        (("hundreds",), ["مئة"], "hundreds[0] must be a mapping"),
    ],
)
def test_bad_data_names_file_and_entry(tmp_path: Path, where: tuple[Any, ...], value: Any, message: str) -> None:
    body = _body()
    _set(body, where, value)
    path = _write(tmp_path, body)
    with pytest.raises(LanguageDataError) as info:
        load_numbers(path)
    assert "numbers.yaml" in str(info.value)
    assert message in str(info.value)
    assert info.value.code == "E020"


def test_lint_finds_problems(tmp_path: Path) -> None:
    body = _body()
    body["units"][2]["forms"] = ["ثلاثة", "ثلاثه", "ثلاث "]  # duplicate after normalisation; trailing space
    body["people"][1]["dual"] = ["مدنيين"]  # a dual that is also a plural
    body["tens"][0]["forms"].append("ثلاثين")  # one form, two values
    body["casualties"][1]["plural"].append("قتلى")  # counted both as killed and injured
    body["vague"][0]["forms"].append("عشرات\u0640")  # tatweel
    problems = "\n".join(lint_numbers(load_numbers(_write(tmp_path, body))))
    assert "'ثلاثه' duplicates 'ثلاثة' after normalisation" in problems
    assert "leading, trailing or doubled whitespace" in problems
    assert "dual 'مدنيين' is also listed as a plural" in problems
    assert "cardinal 'ثلاثين' has several readings" in problems
    assert "casualty noun 'قتلي' counts several things" in problems
    assert "tatweel" in problems
