"""The command line: every command documented in its --help, and each one working end to end."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.geo.cli import gazetteer, geocode
from marsad.geo.geocoder import Geocoder

from .conftest import FIXTURES


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for name, cmd in group.commands.items():
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, (*prefix, name)))
    return out


ALL = [("geocode",), ("gazetteer",)] + [("gazetteer", *c) for c in _commands(gazetteer)]


def test_the_commands_we_expect_exist() -> None:
    assert set(ALL) >= {
        ("geocode",),
        ("gazetteer", "lookup"),
        ("gazetteer", "info"),
        ("gazetteer", "add"),
        ("gazetteer", "build"),
        ("gazetteer", "import", "geonames"),
        ("gazetteer", "import", "admin"),
    }


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_is_documented_in_its_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    cmd: click.Command = geocode if path == ("geocode",) else gazetteer
    for part in path[1:]:
        assert isinstance(cmd, click.Group)
        cmd = cmd.commands[part]
    assert cmd.help and cmd.help.split()[0] in result.output
    if isinstance(cmd, click.Group):  # a group lists its sub-commands with a summary
        for sub in cmd.commands:
            assert sub in result.output
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.opts[-1] in result.output


def test_geocode_text_jsonl(geocoder: Geocoder) -> None:
    text = "دخلت القوات حي الحميدية وسط مدينة دير الزور"
    result = CliRunner().invoke(main, ["geocode", "--text", text, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in rows] == ["الحميدية", "دير الزور"]
    assert rows[0]["place"]["location"] == "Deir ez-Zor - al-Hamidiyah"
    assert rows[0]["container"] == 1
    assert text[rows[0]["start"] : rows[0]["end"]] == "الحميدية"
    assert rows[0]["place"]["alternatives"]


def test_geocode_file_text_format(geocoder: Geocoder, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("وقال مصدر إن حي الحميدية شهد اشتباكات", encoding="utf-8")
    result = CliRunner().invoke(main, ["geocode", str(path)])
    assert result.exit_code == 0
    assert "DECLINED: ambiguous" in result.output


def test_geocode_rejects_binary_and_bad_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa broken")
    result = CliRunner().invoke(main, ["geocode", str(bad)])
    assert result.exit_code != 0 and "not valid UTF-8" in result.output
    result = CliRunner().invoke(main, ["geocode"])
    assert result.exit_code != 0 and "give a FILE or --text" in result.output


def test_lookup_command(geocoder: Geocoder) -> None:
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "الحميدية", "--near", "دير الزور", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["location"] == "Deir ez-Zor - al-Hamidiyah" and rows[0]["admin1"] == "Deir ez-Zor"
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "قرقزان"])
    assert result.exit_code == 1


def test_info_command(geocoder: Geocoder) -> None:
    result = CliRunner().invoke(main, ["gazetteer", "info"])
    assert result.exit_code == 0
    assert "GeoNames" in result.output and "neighbourhood" in result.output and "version" in result.output


def test_import_and_add_commands(geocoder: Geocoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path))
    base = tmp_path / "gazetteer"
    base.mkdir()
    for p in geocoder.gazetteer.layers[-1].path.parent.glob("default-*.sqlite"):
        (base / p.name).write_bytes(p.read_bytes())  # reuse the session's default index
    runner = CliRunner()
    result = runner.invoke(main, ["gazetteer", "import", "geonames", str(FIXTURES / "geonames_sy.txt")])
    assert result.exit_code == 0, result.output
    assert "6 places" in result.output
    result = runner.invoke(main, ["gazetteer", "import", "admin", str(FIXTURES / "admin_bad_script.csv")])
    assert result.exit_code == 1 and "line 3" in result.output
    result = runner.invoke(
        main,
        [
            "gazetteer",
            "add",
            "--ar",
            "الحويجة الجديدة",
            "--en",
            "New Huwayja",
            "--kind",
            "neighbourhood",
            "--parent",
            "دير الزور",
            "--alias",
            "حويجة جديدة",
        ],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["geocode", "--text", "قصف على حي الحويجة الجديدة", "--format", "jsonl"])
    row = json.loads(result.output.splitlines()[0])
    assert row["place"]["location"] == "Deir ez-Zor - New Huwayja"
    result = runner.invoke(main, ["gazetteer", "add", "--ar", "Latin", "--en", "X", "--kind", "town"])
    assert result.exit_code == 1 and "not an Arabic name" in result.output
