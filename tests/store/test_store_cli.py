"""The store's commands through ``marsad`` (in process), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from marsad.cli import COMMANDS, main

from . import fake_extract

STORE_COMMANDS = ["ingest", "events", "control", "map", "export"]
EXTRACTOR = f"{fake_extract.__name__}:extract"  # the module name depends on how pytest imports tests

SEED_LIKE = """\
EVENT SY-DEZ-hamidiyah 2017-10-29 Armed_clash 0
EVENT SY-DEZ-ummal 2017-10-28 Government_regains_territory 12
EVENT SY-DEZ-arfi 2017-10-28 Government_regains_territory 0
FACT SY-DEZ-hamidiyah SYR_STATE lost 2012-06 loss
FACT SY-DEZ-hamidiyah FSA held 2012-06 capture
FACT SY-DEZ-hamidiyah ISIS held 2014 capture FSA
FACT SY-DEZ-hamidiyah SYR_STATE contested 2017-10-29 entry ISIS
FACT SY-DEZ-ummal SYR_STATE held 2017-10-28 capture ISIS
تمكنت قوات النظام صباح اليوم الأحد من الدخول إلى حي الحميدية
"""
OTHER_OUTLET = """\
EVENT SY-DEZ-ummal 2017-10-27 Armed_clash 30
سيطرت قوات النظام على حي العمال بعد معارك مع التنظيم
"""


def run(*args: str, db: str | None = None, ok: bool = True) -> tuple[str, str, int]:
    runner = CliRunner()
    full = [*args, "--db", db] if db else list(args)
    result = runner.invoke(main, full, catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, (result.output, result.stderr)
    return result.stdout, result.stderr, result.exit_code


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    a = tmp_path / "euphrates.txt"
    a.write_text(SEED_LIKE, encoding="utf-8")
    b = tmp_path / "other.txt"
    b.write_text(OTHER_OUTLET, encoding="utf-8")
    return [a, b]


@pytest.fixture
def db(db_url: str, reports: list[Path]) -> str:
    out, _, _ = run(
        "ingest",
        str(reports[0]),
        "--published",
        "2017-10-29",
        "--outlet",
        "Euphrates Post",
        "--extractor",
        EXTRACTOR,
        db=db_url,
    )
    assert out.strip() == "new 1, duplicate 0, failed 0"
    run(
        "ingest",
        str(reports[1]),
        "--published",
        "2017-10-28",
        "--outlet",
        "Deir ez-Zor 24",
        "--extractor",
        EXTRACTOR,
        db=db_url,
    )
    return db_url


def test_every_store_command_is_documented_in_help() -> None:
    # (``marsad --help`` loads every command, including other packages'; each store command is checked here)
    for name in STORE_COMMANDS:
        assert COMMANDS[name].startswith("marsad.store.cli:")
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.get_short_help_str().strip(), name
        text, _, _ = run(name, "--help")
        assert "--db" in text, name
        assert len(text.split("Options:")[0].strip().splitlines()) >= 2, f"{name} has no description"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}: no help text"
                assert param.opts[0] in text


def test_ingest_twice_changes_nothing(db: str, reports: list[Path]) -> None:
    before, _, _ = run("export", "--format", "jsonl", db=db)
    out, _, _ = run("ingest", *map(str, reports), "--published", "2017-10-29", "--extractor", EXTRACTOR, db=db)
    assert out.strip() == "new 0, duplicate 2, failed 0"
    after, _, _ = run("export", "--format", "jsonl", db=db)
    assert before == after


def test_ingest_jsonl_with_bad_lines(db_url: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "a",
                        "text": "EVENT SY-DEZ-arfi 2017-10-28 Armed_clash 1",
                        "published": "2017-10-29",
                        "outlet": "X",
                        "url": "https://x/a",
                    }
                ),
                "{not json",
                json.dumps({"id": "b", "text": "FAIL"}),
                json.dumps({"id": "c", "text": ""}),
                json.dumps({"id": "d", "text": "نص", "published": "yesterday"}),
                json.dumps({"id": "e", "text": "EVENT SY-DEZ-ummal 2017-10-28 Armed_clash 1"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out, err, code = run("ingest", "--input", str(docs), "--extractor", EXTRACTOR, "--json", db=db_url, ok=False)
    assert code == 1
    summary = json.loads(out)
    assert (summary["new"], summary["duplicate"], summary["failed"]) == (2, 0, 4)
    assert "line 2" in err and "not valid JSON" in err and "line 5" in err
    assert "ingest" in err  # progress line on stderr


def test_control_json_and_table(db: str) -> None:
    out, _, _ = run("control", "حي الحميدية", db=db)
    data = json.loads(out)
    got = [(p["controller"], p["status"], p["start"], p["end"], p["contested_by"]) for p in data["periods"]]
    assert got == [
        ("SYR_STATE", "held", None, "2012-06", None),
        ("FSA", "held", "2012-06", "2014", None),
        ("ISIS", "held", "2014", "2017-10-29", None),
        ("SYR_STATE", "contested", "2017-10-29", None, "ISIS"),
    ]
    assert set(data["periods"][0]) >= {
        "controller",
        "status",
        "start",
        "start_precision",
        "end",
        "end_precision",
        "contested_by",
        "sources",
    }
    out, _, _ = run("control", "حي العمال", "--at", "2017-11-01", db=db)
    assert [(p["controller"], p["start"]) for p in json.loads(out)["periods"]] == [("SYR_STATE", "2017-10-28")]
    table, _, _ = run("control", "al-Hamidiyah", "--format", "table", db=db)
    assert "Military Forces of Syria (2000-)" in table and "contested" in table and "Euphrates Post" in table
    _, err, code = run("control", "قرية لا وجود لها أبدا", db=db, ok=False)
    assert code == 1 and "E054" in err


def test_events_formats_and_merging(db: str) -> None:
    out, _, _ = run("events", "--place", "حي العمال", db=db)
    merged = [json.loads(line) for line in out.splitlines()]
    assert len(merged) == 1
    assert merged[0]["sources"] == ["Deir ez-Zor 24", "Euphrates Post"]
    assert merged[0]["acled"]["fatalities"] == 12
    assert "date" in merged[0]["disagreements"]
    assert len(merged[0]["reports"]) == 2
    out, _, _ = run("events", "--format", "csv", "--since", "2017-10-29", db=db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["location"] for r in rows] == ["Deir ez-Zor - al-Hamidiyah"]
    out, _, _ = run("events", "--format", "geojson", "--type", "Battles", "--actor", "SYR_STATE", db=db)
    features = json.loads(out)["features"]
    assert len(features) == 3 and all(f["geometry"]["type"] == "Point" for f in features)
    out, _, _ = run("events", "--unmerged", db=db)
    assert len(out.splitlines()) == 4


def test_map_and_export(db: str) -> None:
    out, _, _ = run("map", "--at", "2017-10-30", db=db)
    features = json.loads(out)["features"]
    by_place = {f["properties"]["place"]["location"]: f["properties"] for f in features}
    assert by_place["Deir ez-Zor - al-Ummal"]["controller"] == "SYR_STATE"
    assert by_place["Deir ez-Zor - al-Hamidiyah"]["status"] == "contested"
    out, _, _ = run("export", db=db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[:3] == ["event_id_cnty", "event_date", "year"]
    ummal = next(r for r in rows if r["location"] == "Deir ez-Zor - al-Ummal")
    assert ummal["source"] == "Deir ez-Zor 24; Euphrates Post" and ummal["fatalities"] == "12"
    assert ummal["event_date"] in {"2017-10-27", "2017-10-28"} and ummal["time_precision"] == "1"
    assert "Sources differ on: date" in ummal["notes"]
    out, _, _ = run("export", "--format", "geojson", db=db)
    assert json.loads(out)["type"] == "FeatureCollection"


def test_default_database_lives_in_the_data_dir(tmp_path: Path, reports: list[Path]) -> None:
    run("ingest", str(reports[0]), "--extractor", EXTRACTOR)
    assert (tmp_path / "data" / "marsad.sqlite").is_file()


def test_bad_db_url_is_a_clear_error() -> None:
    _, err, code = run("events", db="nosuchdialect://x", ok=False)
    assert code == 1 and "E051" in err
    _, err, code = run("events", db="postgresql://nobody@127.0.0.1:1/none", ok=False)
    assert code == 1 and "E052" in err


def test_reextract_through_the_cli(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out, _, _ = run("ingest", "--reextract", "--extractor", EXTRACTOR, db=db)
    assert out.strip() == "new 0, duplicate 2, failed 0"  # same versions: nothing to do
    monkeypatch.setenv("MARSAD_FAKE_VERSION", "p2")
    out, _, _ = run("ingest", "--reextract", "--extractor", EXTRACTOR, db=db)
    assert out.strip() == "new 0, duplicate 0, failed 0, reextracted 2"
    out, _, _ = run("control", "حي العمال", db=db)
    assert json.loads(out)["periods"][-1]["controller"] == "SYR_STATE"


def test_ingest_needs_something_to_read(db_url: str) -> None:
    _, err, code = run("ingest", db=db_url, ok=False)
    assert code == 2 and "--input" in err
