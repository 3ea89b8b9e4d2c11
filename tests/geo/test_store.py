"""The on-disk index: versioned, rebuilt when its inputs change, restricted to the configured
countries, and the user's layer kept apart from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import GazetteerError
from marsad.geo.build import build_default, default_version
from marsad.geo.countries import DEFAULT_COUNTRIES, configured_countries, country
from marsad.geo.geocoder import Geocoder, default_index_path
from marsad.geo.store import Store


def test_version_depends_on_the_country_set() -> None:
    assert default_version(frozenset({"SY"})) != default_version(frozenset({"SY", "IQ"}))
    assert default_version(DEFAULT_COUNTRIES) == default_version(DEFAULT_COUNTRIES)


def test_country_set_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert {"SY", "IQ", "LB", "PS", "YE", "SO", "TR", "IR"} <= configured_countries()
    monkeypatch.setenv("MARSAD_GEO_COUNTRIES", "sy, lb")
    assert configured_countries() == frozenset({"SY", "LB"})
    assert default_index_path(Path("/x")).name == f"default-{default_version(frozenset({'SY', 'LB'}))}.sqlite"


def test_acled_country_names_and_iso_codes() -> None:
    assert (country("SY").name, country("SY").isonum) == ("Syria", 760)
    assert (country("PS").name, country("PS").isonum) == ("Palestine", 275)
    assert (country("IQ").name, country("IQ").isonum) == ("Iraq", 368)


def test_index_restricted_to_countries(tmp_path: Path) -> None:
    path = tmp_path / "lb.sqlite"
    meta = build_default(path, frozenset({"LB"}))
    store = Store(path)
    assert store.meta()["countries"] == "LB"
    rows = list(store.conn.execute("SELECT id, country, population FROM places"))
    assert sum(1 for _, c, _ in rows if c == "LB") > 20
    # elsewhere only capitals, cities of a million and cities of half a million with an Arabic name of their
    # own: no Syrian town, no curated Syrian place
    abroad = [(pid, pop) for pid, c, pop in rows if c != "LB"]
    assert abroad and all(pid.startswith("gn:") for pid, _ in abroad)
    assert sum(1 for _, pop in abroad if pop < 500_000) < 250  # the capitals below half a million
    assert sum(1 for _, pop in abroad if pop < 1_000_000) < 650
    assert int(meta["places"]) == len(rows)


def test_default_index_is_built_once_and_reused(geocoder: Geocoder, data_dir: Path) -> None:
    base = data_dir / "gazetteer"
    files = sorted(base.glob("default-*.sqlite"))
    assert len(files) == 1
    mtime = files[0].stat().st_mtime_ns
    again = Geocoder.open(base)
    assert again.gazetteer.layers[-1].path == files[0]
    assert files[0].stat().st_mtime_ns == mtime
    assert len(list(base.glob("matcher-*.pickle"))) == 1  # the automaton is cached beside the index


def test_a_damaged_default_index_is_rebuilt(geocoder: Geocoder, tmp_path: Path) -> None:
    base = tmp_path / "gazetteer"
    base.mkdir()
    source = geocoder.gazetteer.layers[-1].path
    broken = base / source.name
    broken.write_bytes(b"not a database" * 100)
    reopened = Geocoder.open(base)
    assert reopened.lookup("دير الزور")[0].admin1 == "Deir ez-Zor"


def test_a_damaged_user_layer_is_reported(geocoder: Geocoder, tmp_path: Path) -> None:
    base = tmp_path / "gazetteer"
    base.mkdir()
    source = geocoder.gazetteer.layers[-1].path
    (base / source.name).write_bytes(source.read_bytes())
    (base / "user.sqlite").write_bytes(b"garbage" * 100)
    with pytest.raises(GazetteerError) as err:
        Geocoder.open(base)
    assert "user.sqlite" in str(err.value) and "damaged" in str(err.value)


def test_an_unwritable_data_directory_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GazetteerError) as err:
        Geocoder.open(blocker / "gazetteer")
    assert "MARSAD_DATA_DIR" in str(err.value)


def test_version_follows_the_curated_files_contents(tmp_path: Path) -> None:
    from marsad.geo.curated import FILES, load_layer

    def layer_with(body: str, name: str) -> str:
        base = tmp_path / name / "gazetteer"
        base.mkdir(parents=True)
        for f in FILES:
            (base / f).write_text('schema: marsad.gazetteer/1\nversion: "1"\n' + (body if f == "towns.yaml" else ""))
        return default_version(frozenset({"SY"}), load_layer(tmp_path / name))

    one = layer_with("places:\n  - {id: X1, kind: town, en: X, ar: [س], lat: 1, lon: 1}\n", "a")
    two = layer_with("places:\n  - {id: X1, kind: town, en: X, ar: [س], lat: 2, lon: 1}\n", "b")
    assert one != two  # same declared version, different contents: a new index


def test_indexes_and_matchers_of_other_data_versions_are_kept(
    geocoder: Geocoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two checkouts of different data sharing one data directory each keep their index and matcher,
    instead of rebuilding them on every switch; only the oldest beyond three versions go."""
    import os
    import shutil

    from marsad.geo import geocoder as geocoder_module

    source = geocoder.gazetteer.layers[-1].path
    base = tmp_path / "gazetteer"
    base.mkdir()
    for age, name in enumerate(["default-old3.sqlite", "default-old2.sqlite", "default-old1.sqlite"]):
        shutil.copyfile(source, base / name)
        os.utime(base / name, ns=(1_000_000_000 * (age + 1), 1_000_000_000 * (age + 1)))
    monkeypatch.setattr(geocoder_module, "build_default", lambda path: shutil.copyfile(source, path))
    current = Geocoder.open(base)
    kept = sorted(p.name for p in base.glob("default-*.sqlite"))
    assert kept == sorted([current.gazetteer.layers[-1].path.name, "default-old1.sqlite", "default-old2.sqlite"])
    other = Geocoder([Store(base / "default-old1.sqlite")], cache_dir=base)
    assert other.gazetteer.find("دير الزور")
    matchers = {p: p.stat().st_mtime_ns for p in base.glob("matcher-*.pickle")}
    assert len(matchers) == 2  # one per data version, side by side
    Geocoder.open(base)
    assert {p: p.stat().st_mtime_ns for p in base.glob("matcher-*.pickle")} == matchers  # reused, not rebuilt
