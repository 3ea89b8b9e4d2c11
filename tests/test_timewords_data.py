"""The time-words file (data/ar/time.yaml), its typed loader and its linter."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.errors import LanguageDataError
from marsad.lang.files import data_root
from marsad.lang.timewords import (
    SCHEMA,
    TermKind,
    TimeWords,
    lint_time_words,
    load_time_words,
    load_time_words_from,
    parse_time_words,
)
from marsad.text.normalize import normalize_term

PATH = data_root() / "ar" / "time.yaml"


@pytest.fixture(scope="module")
def body() -> dict[str, Any]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _parse(body: dict[str, Any]) -> TimeWords:
    return parse_time_words(body, "test", "time.yaml")


def test_packaged_file_loads_and_is_clean() -> None:
    tw = load_time_words()
    assert tw.version and tw.source == "time.yaml"
    assert lint_time_words(tw) == []
    assert load_time_words() is tw  # cached


def test_not_loaded_at_import_time() -> None:
    code = (
        "import marsad.temporal.grammar, marsad.temporal.stage, marsad.lang.timewords as t;"
        "print(t.load_time_words.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def _forms(tw: TimeWords, kind: TermKind) -> dict[str, set[tuple[str, int]]]:
    out: dict[str, set[tuple[str, int]]] = {}
    for e in tw.of(kind):
        out.setdefault(normalize_term(e.form), set()).add((e.term.key, e.term.value))
    return out


def test_typed_records() -> None:
    tw = load_time_words()
    assert _forms(tw, TermKind.WEEKDAY)[normalize_term("الأحد")] == {("sunday", 6)}
    assert _forms(tw, TermKind.MONTH)[normalize_term("تشرين الأول")] == {("levantine", 10)}
    assert _forms(tw, TermKind.MONTH)[normalize_term("إبريل")] == {("gregorian", 4)}
    assert _forms(tw, TermKind.UNIT)[normalize_term("أسبوعين")] == {("week", 2)}
    assert _forms(tw, TermKind.UNIT)[normalize_term("سنوات")] == {("year", 0)}
    assert _forms(tw, TermKind.ORDINAL)[normalize_term("التاسع والعشرين")] == {("", 29)}
    ambiguous = {normalize_term(e.form) for e in tw.of(TermKind.MONTH) if e.term.ambiguous}
    assert ambiguous == {normalize_term(w) for w in ("آب", "مارس", "ماي", "جوان")}


def test_every_month_weekday_and_ordinal_is_present() -> None:
    tw = load_time_words()
    for system in ("gregorian", "levantine"):
        assert {e.term.value for e in tw.of(TermKind.MONTH) if e.term.key == system} == set(range(1, 13))
    assert {e.term.value for e in tw.of(TermKind.WEEKDAY)} == set(range(7))
    assert {e.term.value for e in tw.of(TermKind.ORDINAL)} == set(range(1, 32))


# --- the linter ---------------------------------------------------------------------------------------


def test_lint_reports_a_missing_month(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    del bad["months"]["levantine"][8]
    bad["months"]["ambiguous"] = ["مارس"]
    problems = lint_time_words(_parse(bad))
    assert any("months.levantine: missing months [8]" in p for p in problems)


def test_lint_reports_a_missing_weekday(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    del bad["weekdays"]["friday"]
    assert any("weekdays: expected 7" in p and "friday" in p for p in lint_time_words(_parse(bad)))


def test_lint_reports_duplicates_after_normalisation(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    bad["months"]["gregorian"][4] = ["أبريل", "إبريل"]
    problems = lint_time_words(_parse(bad))
    assert any("duplicates" in p and "months.gregorian.4" in p for p in problems)


@pytest.mark.parametrize("key", ["after_midnight", "name_heads"])
def test_lint_reports_a_phrase_listed_twice(body: dict[str, Any], key: str) -> None:
    bad = copy.deepcopy(body)
    bad[key] = [*bad.get(key, []), "بعد منتصف الليل", "بعد منتصف الليل"]
    assert any(f"{key}: 'بعد منتصف الليل' is listed twice" in p for p in lint_time_words(_parse(bad)))


def test_lint_reports_one_word_with_two_meanings(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    bad["weekdays"]["sunday"] = ["الأحد", "السبت"]
    assert any("several meanings" in p for p in lint_time_words(_parse(bad)))


@pytest.mark.parametrize(
    ("form", "problem"),
    [("ﺍﻷﺣﺪ", "presentation forms"), ("الأحد ", "whitespace"), ("ا\u0653لأحد", "NFC")],
)
def test_lint_reports_text_problems(body: dict[str, Any], form: str, problem: str) -> None:
    bad = copy.deepcopy(body)
    bad["weekdays"]["sunday"] = [form]
    assert any(problem in p and "weekdays.sunday" in p for p in lint_time_words(_parse(bad)))


def test_lint_reads_the_days_counted_from_an_earlier_date(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    bad["anaphoric_days"]["next"] = ["اليوم التالي", "اليوم التالى", "ﺍﻟﻴﻮﻡ التالي"]
    problems = lint_time_words(_parse(bad))
    assert any("anaphoric_days" in p and "twice" in p for p in problems)
    assert any("anaphoric_days" in p and "presentation forms" in p for p in problems)


def test_lint_reports_missing_unit_forms(body: dict[str, Any]) -> None:
    bad = copy.deepcopy(body)
    bad["ordinals"].pop(31)
    bad["relative_days"].pop("tonight")
    problems = lint_time_words(_parse(bad))
    assert any("ordinals: missing days [31]" in p for p in problems)
    assert any("no words for ['tonight']" in p for p in problems)


# --- schema errors name the file and the entry ----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b["months"]["gregorian"].__setitem__(13, ["شهر"]), "months.gregorian.13"),
        (lambda b: b["weekdays"].__setitem__("funday", ["الأحد"]), "weekdays.funday"),
        (lambda b: b["units"]["day"].pop("dual"), "units.day"),
        (lambda b: b["units"].__setitem__("century", b["units"]["year"]), "units.century"),
        (lambda b: b["ordinals"].__setitem__(3, "الثالث"), "ordinals.3"),
        (lambda b: b["months"].__setitem__("ambiguous", ["قمر"]), "months.ambiguous"),
        (lambda b: b.pop("cues"), "'cues'"),
        (lambda b: b["parts"].__setitem__("early", []), "parts.early"),
        (lambda b: b["seasons"].__setitem__("monsoon", ["موسم"]), "seasons.monsoon"),
        (lambda b: b["anaphoric_days"].__setitem__("week_after", ["الأسبوع التالي"]), "anaphoric_days.week_after"),
        (lambda b: b["anaphoric_days"].__setitem__("next", []), "anaphoric_days.next"),
    ],
)
def test_bad_entries_raise_language_data_error(body: dict[str, Any], change: Any, message: str) -> None:
    bad = copy.deepcopy(body)
    change(bad)
    with pytest.raises(LanguageDataError) as info:
        _parse(bad)
    assert message in str(info.value) and "time.yaml" in str(info.value)
    assert info.value.code == "E020"


def test_wrong_schema_is_refused(tmp_path: Path, body: dict[str, Any]) -> None:
    bad = dict(body, schema="marsad.actors/1")
    path = tmp_path / "time.yaml"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=SCHEMA.replace(".", r"\.")):
        load_time_words_from(path)


def test_a_copy_of_the_file_loads_from_another_path(tmp_path: Path) -> None:
    path = tmp_path / "time.yaml"
    path.write_text(PATH.read_text(encoding="utf-8"), encoding="utf-8")
    tw = load_time_words_from(path)
    assert len(tw.entries) == len(load_time_words().entries)
