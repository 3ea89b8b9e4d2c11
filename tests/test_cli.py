"""The command line as a user meets it: extract, evaluate, data; and every command documented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import COMMANDS, main
from marsad.io.records import ACLED_COLUMNS

REPORT = "سيطرت قوات النظام صباح اليوم على بلدة السخنة بعد اشتباكات مع تنظيم داعش أسفرت عن مقتل 5 عناصر."
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_file_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(f), "--published", "2019-03-15", "--outlet", "Test"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    (event,) = record["events"]
    assert event["event_date"] == "2019-03-15"
    assert event["sub_event_type"] == "Government regains territory"
    assert event["fatalities"] == 5
    assert event["source"] == "Test"
    for ev in event["evidence"]:
        assert REPORT[ev["start"] : ev["end"]] == ev["text"]


def test_extract_csv_has_acled_columns(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(f), "--published", "2019-03-15", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 2


def test_jsonl_input_keeps_good_lines_and_reports_bad_ones(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": REPORT, "published": "2019-03-15"}, ensure_ascii=False),
                "{broken",
                json.dumps({"id": "b", "text": "The army shelled the town."}),
            ]
        ),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", "--input", str(f)])
    assert result.exit_code == 1  # one line failed
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    by_id = {x["id"]: x for x in lines}
    assert by_id["a"]["events"]
    assert by_id["b"]["events"] == [] and "not Arabic" in by_id["b"]["skipped"]
    assert any("error" in x for x in lines)
    assert "docs.jsonl:2" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe\xfa", "UTF-8")],
)
def test_bad_files_give_a_message_not_a_traceback(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    result = runner.invoke(main, ["extract", str(f)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bad_published_date_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(f), "--published", "29/10/2017"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output


def test_extract_needs_input(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 2


def test_evaluate_sentences(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    rows = [
        {
            "id": "1",
            "event_type": "ASSAULT",
            "label": "yes",
            "text": "قتل ثلاثة مدنيين في انفجار سيارة مفخخة في بغداد أمس.",
        },
        {"id": "2", "event_type": "ASSAULT", "label": "easy no", "text": "ناقش البرلمان الميزانية العامة."},
        {"id": "3", "event_type": "ASSAULT", "label": "ambiguous", "text": "تحدث عن الهجوم."},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = runner.invoke(main, ["evaluate", "--sentences", str(f), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["s.jsonl:ASSAULT"]
    assert (scores["tp"], scores["fp"], scores["fn"], scores["tn"]) == (1, 0, 0, 1)


def test_data_lint_passes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["data", "lint"])
    assert result.exit_code == 0, result.output
    assert "actors[sy]" in result.output


def test_data_lint_reports_a_gazetteer_that_cannot_load(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A curated layer that cannot be loaded (a place id written twice) is a problem the linter reports, with a
    failing exit, not a traceback."""
    import marsad.geo.curated as curated
    from marsad.geo.errors import GazetteerDataError

    def broken() -> curated.CuratedLayer:
        raise GazetteerDataError("duplicate place ids in the curated layer: gn:63400")

    monkeypatch.setattr(curated, "default_layer", broken)
    result = runner.invoke(main, ["data", "lint"])
    assert result.exit_code != 0
    assert "duplicate place ids" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_in_the_readme(runner: CliRunner, name: str) -> None:
    result = runner.invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f"marsad {name}" in README.read_text(encoding="utf-8")
