"""Reading language-data files: the parsed-data cache that saves start-up time, and its fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad.errors import LanguageDataError
from marsad.lang import files

BODY = 'schema: marsad.test/1\nversion: "1"\nwords: [قصف, غارة]\n'


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_a_file_parsed_once_is_read_from_the_cache(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "words.yaml"
    path.write_text(BODY, encoding="utf-8")
    first = files.load_data_file(path, "marsad.test/1")
    assert list((data_dir / "data" / "lang-cache").glob("words.yaml.*.pickle"))

    def no_yaml(*args: object, **kwargs: object) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "load", no_yaml)
    assert files.load_data_file(path, "marsad.test/1").body == first.body


def test_an_edited_file_is_parsed_again(data_dir: Path) -> None:
    path = data_dir / "words.yaml"
    path.write_text(BODY, encoding="utf-8")
    files.load_data_file(path, "marsad.test/1")
    path.write_text(BODY.replace('"1"', '"2"'), encoding="utf-8")
    assert files.load_data_file(path, "marsad.test/1").version == "2"


def test_a_broken_cache_file_is_replaced(data_dir: Path) -> None:
    path = data_dir / "words.yaml"
    path.write_text(BODY, encoding="utf-8")
    files.load_data_file(path, "marsad.test/1")
    (cached,) = (data_dir / "data" / "lang-cache").glob("words.yaml.*.pickle")
    cached.write_bytes(b"not a pickle")
    assert files.load_data_file(path, "marsad.test/1").body["words"] == ["قصف", "غارة"]


def test_without_a_writable_cache_the_file_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_DIR", str(blocker))  # a file where the directory should be
    path = tmp_path / "words.yaml"
    path.write_text(BODY, encoding="utf-8")
    assert files.load_data_file(path, "marsad.test/1").version == "1"


def test_a_file_not_in_utf8_is_named(data_dir: Path) -> None:
    path = data_dir / "words.yaml"
    path.write_bytes(BODY.encode("cp1256"))
    with pytest.raises(LanguageDataError, match="not UTF-8"):
        files.load_data_file(path, "marsad.test/1")


def test_a_key_written_twice_is_refused_not_silently_dropped(data_dir: Path) -> None:
    """YAML keeps the last of two equal keys: a second group of one name would drop the first one's words."""
    path = data_dir / "groups.yaml"
    path.write_text(
        'schema: marsad.test/1\nversion: "1"\ngroups:\n  mourned:\n    words: [نعي]\n  mourned:\n    words: [تأبين]\n',
        encoding="utf-8",
    )
    with pytest.raises(LanguageDataError, match="'mourned' is written twice"):
        files.load_data_file(path, "marsad.test/1")
    # keys of different mappings may be the same
    path.write_text(
        'schema: marsad.test/1\nversion: "1"\na:\n  words: [نعي]\nb:\n  words: [تأبين]\n', encoding="utf-8"
    )
    assert files.load_data_file(path, "marsad.test/1").body["b"] == {"words": ["تأبين"]}
