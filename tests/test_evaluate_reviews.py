"""Event-level scoring of review sets (``marsad evaluate --review``): pairing, counts and field rules.

The scoring tests give the scorer fixed predictions (as the export writes them), so each checks a rule
of ``marsad.evaluate.reviews`` and not the extractor; the last ones run the command on real extraction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import EvaluationError
from marsad.evaluate.reviews import ReviewItem, ReviewScore, location_agrees, read_reviews, score_reviews

GOLD: dict[str, Any] = {
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Syria (2000-)",
    "actor2": "Islamic State (Syria)",
    "fatalities": 5,
    "location": "Al-Sukhnah",
    "date": "2019-03-15",
}


def predicted(**changes: Any) -> dict[str, Any]:
    """An exported event agreeing with GOLD, with ``changes`` applied."""
    rec = {
        "event_type": GOLD["event_type"],
        "sub_event_type": GOLD["sub_event_type"],
        "actor1": GOLD["actor1"],
        "actor2": GOLD["actor2"],
        "fatalities": GOLD["fatalities"],
        "location": "As-Sukhnah",
        "event_date": "2019-03-15",
        "time_precision": 1,
    }
    rec.update(changes)
    return rec


def write_reviews(tmp_path: Path, items: list[dict[str, Any]]) -> Path:
    path = tmp_path / "review.jsonl"
    rows = [{"text": "نص", "published": "2019-03-16", "why": "test", **item} for item in items]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def score(tmp_path: Path, items: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]) -> ReviewScore:
    """Score review items written to a file, with ``predictions[item id]`` as each item's exported events."""

    def extract(item: ReviewItem) -> list[dict[str, Any]]:
        return predictions.get(item.id, [])

    return score_reviews(read_reviews(write_reviews(tmp_path, items)), extract)


def accuracy(s: ReviewScore) -> dict[str, tuple[int, int]]:
    return {name: (t.correct, t.total) for name, t in s.fields.items()}


def test_perfect_match(tmp_path: Path) -> None:
    s = score(tmp_path, [{"id": "a", "expect": [GOLD]}], {"a": [predicted()]})
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert accuracy(s) == {f: (1, 1) for f in ("sub_event_type", "actor1", "actor2", "fatalities", "location", "date")}
    assert s.errors == []


def test_a_false_event_on_a_negative(tmp_path: Path) -> None:
    items = [{"id": "pos", "expect": [GOLD]}, {"id": "neg1", "expect": []}, {"id": "neg2", "expect": []}]
    s = score(tmp_path, items, {"pos": [predicted()], "neg1": [predicted(), predicted(location="Palmyra")]})
    assert (s.negatives, s.negatives_with_events, s.events_on_negatives) == (2, 1, 2)
    assert (s.tp, s.fp, s.fn) == (1, 2, 0)
    assert s.precision == pytest.approx(1 / 3)
    assert [(e.kind, e.item_id) for e in s.errors] == [("false", "neg1"), ("false", "neg1")]


def test_a_miss_and_an_event_of_another_type_are_not_paired(tmp_path: Path) -> None:
    other = predicted(event_type="Violence against civilians", sub_event_type="Attack")
    s = score(tmp_path, [{"id": "a", "expect": [GOLD]}], {"a": [other]})
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert sorted(e.kind for e in s.errors) == ["false", "miss"]
    assert s.pairs == 0 and all(t.total == 0 for t in s.fields.values())


def test_a_gold_event_type_of_any_pairs_with_an_event_of_any_type(tmp_path: Path) -> None:
    anything = {**GOLD, "event_type": "*", "sub_event_type": "*"}
    other = predicted(event_type="Violence against civilians", sub_event_type="Attack")
    s = score(tmp_path, [{"id": "a", "expect": [anything]}], {"a": [other]})
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_an_optional_event_is_neither_a_miss_nor_a_true_positive(tmp_path: Path) -> None:
    strike = {**GOLD, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    items = [{"id": "a", "expect": [GOLD, {**strike, "optional": True}]}]
    found = predicted(event_type=strike["event_type"], sub_event_type=strike["sub_event_type"])
    s = score(tmp_path, items, {"a": [predicted(), found]})
    assert (s.tp, s.fp, s.fn, s.optional_matched) == (1, 0, 0, 1)
    s = score(tmp_path, items, {"a": [predicted()]})  # not found: no miss either
    assert (s.tp, s.fp, s.fn, s.optional_matched) == (1, 0, 0, 0)


def test_pairing_prefers_the_candidate_agreeing_on_more_fields(tmp_path: Path) -> None:
    there = {**GOLD, "location": "Palmyra", "date": "2019-03-14", "fatalities": 2}
    items = [{"id": "a", "expect": [GOLD, there]}]
    s = score(
        tmp_path, items, {"a": [predicted(location="Palmyra", event_date="2019-03-14", fatalities=2), predicted()]}
    )
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert accuracy(s)["location"] == (2, 2) and accuracy(s)["fatalities"] == (2, 2)


@pytest.mark.parametrize(
    ("gold", "got", "agrees"),
    [
        ("Al-Sukhnah", "As-Sukhnah", True),  # the article, in any form, is dropped
        ("Aita al-Shaab", "Ayta ash Sha'ab", True),  # apostrophe dropped, ratio >= 85
        ("Ḩarastā", "Harasta", True),  # diacritics
        ("Kafr Nabudah", "Kafr Nabouda", True),
        ("Homs - Wadi al-Dhahab", "Homs - Wadi adh-Dhahab", True),  # the gold's most specific part
        ("Aleppo", "Aleppo - Sheikh Saeed", True),  # contained in a part of the prediction
        ("Aleppo - Sheikh Saeed", "Aleppo", False),  # the district is what the gold asks for
        ("Nuseirat Camp", "Maghazi Camp", False),
        ("Tell Tamer", "Tal Tamr", True),  # too far for the ratio, the same consonants
        ("Idleb", "Idlib", True),
        ("Jableh", "Jablah", True),
        ("Menbij", "Manbij", True),
        ("Dhiban", "Thiban", True),  # ذ as dh or th
        ("Raqqa - Al-Rumaylah", "Ar-Raqqa - al-Rumaila", True),  # the ta marbuta's h
        ("Areeqa", "‘Arīqah", True),
        ("Hama", "Homs", False),
        ("Tayyibah", "Tabqa", False),
        ("Daraa", "Douma", False),
        ("Tal Abyad", "Tal Rifaat", False),
        ("Suluk", "", False),
    ],
)
def test_location_is_a_lenient_transliteration_match(gold: str, got: str, agrees: bool) -> None:
    assert location_agrees(gold, got) is agrees


def test_a_wrong_location_is_counted(tmp_path: Path) -> None:
    s = score(tmp_path, [{"id": "a", "expect": [GOLD]}], {"a": [predicted(location="Palmyra")]})
    assert s.tp == 1 and accuracy(s)["location"] == (0, 1)
    (err,) = s.errors
    assert err.kind == "fields" and err.fields == [("location", "Al-Sukhnah", "Palmyra")]


@pytest.mark.parametrize(
    ("gold_date", "event_date", "counted"),
    [
        ("2019-03-15", "2019-03-15", (1, 1)),
        ("2019-03-15", "2019-03-14", (0, 1)),
        ("2019-03", "2019-03-28", (1, 1)),  # month precision: the day is not compared
        ("2019-03", "2019-04-01", (0, 1)),
        ("2019", "2019-12-31", (1, 1)),
        ("2019-03", "", (0, 1)),  # no date produced
        (None, "2019-03-15", (0, 0)),  # the gold has no date: not scored
    ],
)
def test_the_date_is_compared_at_the_golds_precision(
    tmp_path: Path, gold_date: str | None, event_date: str, counted: tuple[int, int]
) -> None:
    s = score(
        tmp_path, [{"id": "a", "expect": [{**GOLD, "date": gold_date}]}], {"a": [predicted(event_date=event_date)]}
    )
    assert s.tp == 1
    assert accuracy(s)["date"] == counted


def test_a_wrong_actor2_is_counted(tmp_path: Path) -> None:
    s = score(tmp_path, [{"id": "a", "expect": [GOLD]}], {"a": [predicted(actor2="")]})
    assert s.tp == 1
    assert accuracy(s)["actor2"] == (0, 1) and accuracy(s)["actor1"] == (1, 1)
    (err,) = s.errors
    assert err.fields == [("actor2", "Islamic State (Syria)", "")]
    assert "actor2 expected 'Islamic State (Syria)' got ''" in err.describe()


@pytest.mark.parametrize(
    ("gold_actor2", "got", "counted"),
    [
        (None, "", (1, 1)),  # null equals empty
        (None, "Civilians (Syria)", (0, 1)),
        ("islamic  state (SYRIA)", "Islamic State (Syria)", (1, 1)),  # casefold, whitespace collapsed
        ("Islamic State", "Islamic State (Syria)", (0, 1)),  # exact otherwise
        # a state force named without its period agrees with any period of it, one with a period only with it
        ("Police Forces of Iraq", "Police Forces of Iraq (2018-2020)", (1, 1)),
        ("Police Forces of Iraq", "Police Forces of Iraq (2022-)", (1, 1)),
        ("Police Forces of Iraq (2018-2020)", "Police Forces of Iraq (2022-)", (0, 1)),
        # a period ACLED closed when a state's rule ended, and the same period still open
        ("Military Forces of Syria (2000-2024)", "Military Forces of Syria (2000-)", (1, 1)),
        ("Military Forces of Syria (2000-)", "Military Forces of Syria (2000-2024)", (1, 1)),
        ("Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)", (0, 1)),
        ("Military Forces of Syria (2000-2011)", "Military Forces of Syria (2000-2024)", (0, 1)),
        ("Police Forces of Iraq", "Police Forces of Iraqi Kurdistan (2018-)", (0, 1)),
        ("Military Forces of Iraq", "Police Forces of Iraq (2018-2020)", (0, 1)),
        ("Hurras al Din|Islamic State (Syria)", "Islamic State (Syria)", (1, 1)),  # alternatives
        # the same name with or without apostrophes and hyphens; other letters still count
        ("Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", (1, 1)),
        ("Nour al-Din al-Zenki Movement", "Nour al Din al Zinki Movement", (0, 1)),
        # ACLED's abbreviation before a group's name, on either side
        ("SNA: Syrian National Army", "Syrian National Army", (1, 1)),
        ("Hayat Tahrir al Sham", "HTS: Hayat Tahrir al Sham", (1, 1)),
        ("SNA: Syrian National Army", "SDF: Syrian Democratic Forces", (0, 1)),
        ("*", "Anyone", (0, 0)),  # any value: not scored
    ],
)
def test_actor_names(tmp_path: Path, gold_actor2: str | None, got: str, counted: tuple[int, int]) -> None:
    s = score(tmp_path, [{"id": "a", "expect": [{**GOLD, "actor2": gold_actor2}]}], {"a": [predicted(actor2=got)]})
    assert accuracy(s)["actor2"] == counted


def test_a_malformed_review_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x", "expect": []}\n{"id": "b", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.jsonl:2"):
        read_reviews(path)


REPORT = "سيطرت قوات النظام صباح اليوم على بلدة السخنة بعد اشتباكات مع تنظيم داعش أسفرت عن مقتل 5 عناصر."


def test_evaluate_review_on_real_extraction(tmp_path: Path) -> None:
    gold = {
        **GOLD,
        "sub_event_type": "Government regains territory",
        "actor2": "Civilians (Syria)",  # wrong on purpose: the report's other side is ISIS
        "date": "2019-03",
    }
    items = [
        {"id": "capture", "text": REPORT, "published": "2019-03-15", "expect": [gold]},
        {"id": "budget", "text": "ناقش البرلمان الميزانية العامة.", "published": None, "expect": []},
    ]
    path = write_reviews(tmp_path, items)
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "--review", str(path), "--json", "--show-errors", "5"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["review.jsonl:review"]
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 0, 0)
    assert (figures["negatives"], figures["negatives_with_events"]) == (1, 0)
    assert {k: v["correct"] for k, v in figures["fields"].items()} == {
        "sub_event_type": 1,
        "actor1": 1,
        "actor2": 0,
        "fatalities": 1,
        "location": 1,
        "date": 1,
    }
    (err,) = figures["errors"]
    assert err["id"] == "capture" and err["fields"] == [
        {"field": "actor2", "expected": "Civilians (Syria)", "got": "Islamic State (Syria)"}
    ]

    result = runner.invoke(main, ["evaluate", "--review", str(path), "--show-errors", "5"])
    assert result.exit_code == 0, result.output
    assert "0 of 1 (0 events)" in result.stdout
    assert "fields capture (Battles): actor2 expected 'Civilians (Syria)' got 'Islamic State (Syria)'" in result.stdout
