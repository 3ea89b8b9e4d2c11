"""Importers with small fixture files in GeoNames and admin-CSV formats, and their bad inputs."""

from __future__ import annotations

import gzip
import hashlib
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from marsad.geo.errors import GazetteerImportError
from marsad.geo.geocoder import Geocoder
from marsad.geo.importers import import_admin, import_geonames
from marsad.geo.store import Store
from marsad.geo.userdb import user_path
from marsad.model.places import PlaceKind

from .conftest import FIXTURES, resolved


def _default(geocoder: Geocoder) -> Store:
    return geocoder.gazetteer.layers[-1]


def _with_user(geocoder: Geocoder, directory: Path) -> Geocoder:
    return Geocoder([Store(user_path(directory)), _default(geocoder)])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def test_geonames_main_table_and_alternate_names(geocoder: Geocoder, tmp_path: Path) -> None:
    files = [FIXTURES / "alternateNames_sy.txt", FIXTURES / "geonames_sy.txt"]  # order does not matter
    reports = import_geonames(files, tmp_path, _default(geocoder))
    main, alts = reports
    assert (main.format, alts.format) == ("main", "alternates")
    assert main.places == 6  # only the stream (class H) is skipped; the Iraqi village is kept
    assert main.skipped == 1
    assert alts.names == 3 and alts.skipped == 2  # an English name, a place we do not have
    g = _with_user(geocoder, tmp_path)
    m = resolved(g, "قصفت الطائرات قرية تل الذهب", "تل الذهب")  # Arabic name only in alternateNames
    assert m.resolved is not None and m.resolved.place_id == "gn:9900002"
    assert m.resolved.admin1 == "Hama"
    m = resolved(g, "اشتباكات في قرية خربة المرج", "خربة المرج")
    assert m.resolved is not None and m.resolved.admin1 == "Aleppo"
    m = resolved(g, "قصف على قرية النخيل", "قرية النخيل")  # GeoNames writes the cue into the name
    assert m.resolved is not None and m.resolved.country == "Iraq" and m.resolved.admin1 == "Ninewa"
    airport = g.gazetteer.place("gn:9900006")
    assert airport is not None and airport.kind is PlaceKind.LANDMARK


def test_import_keeps_the_curated_fields_of_a_known_place(geocoder: Geocoder, tmp_path: Path) -> None:
    import_geonames([FIXTURES / "geonames_sy.txt", FIXTURES / "alternateNames_sy.txt"], tmp_path, _default(geocoder))
    g = _with_user(geocoder, tmp_path)
    dez = g.gazetteer.place("gn:170794")
    assert dez is not None
    assert dez.bare and dez.admin2 == "Deir ez-Zor"  # curated chain kept
    assert "دير الزور المحافظة" in dez.names  # new Arabic name added
    m = resolved(g, "قصف على حي الحميدية وسط مدينة دير الزور", "الحميدية")
    assert m.resolved is not None and m.resolved.location == "Deir ez-Zor - al-Hamidiyah"


def test_country_filter(geocoder: Geocoder, tmp_path: Path) -> None:
    (report,) = import_geonames([FIXTURES / "geonames_sy.txt"], tmp_path, _default(geocoder), frozenset({"IQ"}))
    assert report.places == 1


@pytest.mark.parametrize(
    ("fixture", "line", "words"),
    [
        ("geonames_bad_columns.txt", 2, "17 tab-separated columns"),
        ("geonames_duplicate_ids.txt", 3, "duplicate id gn:9900021 (first defined on line 1)"),
        ("alternateNames_bad_script.txt", 2, "not in Arabic script"),
        ("geonames_bad_number.txt", 1, "'latitude' is 'north'"),
    ],
)
def test_bad_geonames_input_names_the_line_and_changes_nothing(
    geocoder: Geocoder, tmp_path: Path, fixture: str, line: int, words: str
) -> None:
    import_geonames([FIXTURES / "geonames_sy.txt"], tmp_path, _default(geocoder))
    before = _digest(user_path(tmp_path))
    files = [FIXTURES / fixture]
    if fixture.startswith("alternate"):
        files.append(FIXTURES / "geonames_sy.txt")
    with pytest.raises(GazetteerImportError) as err:
        import_geonames(files, tmp_path, _default(geocoder))
    assert err.value.line == line
    assert words in str(err.value)
    assert fixture in str(err.value)
    assert err.value.code == "E041"
    assert _digest(user_path(tmp_path)) == before  # the failed import left the layer as it was


def test_truncated_zip_is_reported(geocoder: Geocoder, tmp_path: Path) -> None:
    good = tmp_path / "SY.zip"
    with zipfile.ZipFile(good, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(FIXTURES / "geonames_sy.txt", "SY.txt")
    (report,) = import_geonames([good], tmp_path / "ok", _default(geocoder))
    assert report.places == 6
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(GazetteerImportError) as err:
        import_geonames([broken], tmp_path / "bad", _default(geocoder))
    assert "corrupt or truncated" in str(err.value)


def test_truncated_gzip_stream_is_reported(geocoder: Geocoder, tmp_path: Path) -> None:
    data = gzip.compress((FIXTURES / "geonames_sy.txt").read_bytes() * 3)
    path = tmp_path / "SY.txt.gz"
    path.write_bytes(data[: len(data) - 20])
    with pytest.raises(GazetteerImportError) as err:
        import_geonames([path], tmp_path / "layer", _default(geocoder))
    assert "truncated" in str(err.value) or "duplicate" in str(err.value)


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"9900001\tA\tA\t\t1\t1\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t0\tAsia/Damascus\t2024-01-01\n\xff\xfe\n", "UTF-8"),
        (b"\x00\x01\x02binary", "NUL bytes"),
        (b"", "empty"),
    ],
)
def test_unreadable_files(geocoder: Geocoder, tmp_path: Path, payload: bytes, words: str) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(payload)
    with pytest.raises(GazetteerImportError) as err:
        import_geonames([path], tmp_path / "layer", _default(geocoder))
    assert words in str(err.value)


def test_import_memory_does_not_grow_with_the_file(geocoder: Geocoder, tmp_path: Path) -> None:
    row = (
        "\t".join(
            [
                "{gid}",
                "Tall {gid}",
                "Tall {gid}",
                "تل {gid}",
                "35.1",
                "38.2",
                "P",
                "PPL",
                "SY",
                "",
                "09",
                "",
                "",
                "",
                "100",
                "",
                "300",
                "Asia/Damascus",
                "2024-01-10",
            ]
        )
        + "\n"
    )

    def peak(n: int, name: str) -> int:
        path = tmp_path / f"{name}.txt"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(row.format(gid=9_000_000 + i))
        tracemalloc.start()
        import_geonames([path], tmp_path / name, _default(geocoder))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(3_000, "small"), peak(24_000, "large")  # both past one write batch
    assert large < small * 1.5  # eight times the rows, not eight times the memory


def test_admin_table_ocha_wide_form(geocoder: Geocoder, tmp_path: Path) -> None:
    report = import_admin(FIXTURES / "admin_ocha.csv", tmp_path, _default(geocoder))
    assert report.places == 7  # 1 governorate, 1 district, 2 sub-districts, 3 communities
    g = _with_user(geocoder, tmp_path)
    village = g.gazetteer.place("XS09020106")
    assert village is not None
    assert (village.admin1, village.admin2, village.admin3) == ("Deir-ez-Zor", "Al Mayadin", "Thiban")
    m = resolved(g, "اشتباكات في قرية الطيانة", "الطيانة")
    assert m.resolved is not None and m.resolved.place_id == "XS09020106"


def test_admin_table_simple_form(geocoder: Geocoder, tmp_path: Path) -> None:
    import_admin(FIXTURES / "admin_simple.csv", tmp_path, _default(geocoder))
    g = _with_user(geocoder, tmp_path)
    m = resolved(g, "قصف على قرية تل مروان الكبير", "تل مروان الكبير")
    assert m.resolved is not None and m.resolved.place_id == "LOC-0001"


@pytest.mark.parametrize(
    ("fixture", "line", "words"),
    [
        ("admin_bad_script.csv", 3, "is not in Arabic script"),
        ("admin_bad_header.csv", 1, "has neither OCHA"),
        ("admin_conflict.csv", 3, "has two different names"),
    ],
)
def test_bad_admin_tables(geocoder: Geocoder, tmp_path: Path, fixture: str, line: int, words: str) -> None:
    import_admin(FIXTURES / "admin_simple.csv", tmp_path, _default(geocoder))
    before = _digest(user_path(tmp_path))
    with pytest.raises(GazetteerImportError) as err:
        import_admin(FIXTURES / fixture, tmp_path, _default(geocoder))
    assert err.value.line == line and words in str(err.value)
    assert _digest(user_path(tmp_path)) == before
