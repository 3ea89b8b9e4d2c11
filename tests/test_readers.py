"""Bad input gets a specific, readable error; good input passes through untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputTooLargeError,
    JsonlLineError,
)
from marsad.io.html import text_from_html
from marsad.io.readers import InputDoc, decode_report, iter_jsonl, read_report


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\t ", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", BinaryInputError),
        ("قتل".encode("cp1256"), EncodingInputError),
        (b"\xd9", EncodingInputError),
    ],
)
def test_bad_bytes(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        decode_report(data, "x.txt")
    assert "x.txt" in str(info.value)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.seek(50_000_000)
        fh.write(b"x")
    with pytest.raises(InputTooLargeError, match="split it"):
        read_report(path)


def test_bom_is_dropped_and_text_kept() -> None:
    assert decode_report("\ufeffقتل شخص".encode(), "a") == "قتل شخص"


def test_broken_html_gives_visible_text() -> None:
    markup = "<html><head><script>var x=1;</script></head><body><p>قتل شخص<p>في <b>حلب</b></div></body>"
    assert text_from_html(markup) == "قتل شخص\nفي حلب"
    assert decode_report(markup.encode(), "page.html") == "قتل شخص\nفي حلب"


def test_jsonl_bad_lines_do_not_lose_the_others(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "قتل شخص"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["list"]),
        "",
        json.dumps({"id": "c", "text": "نص", "published": "2020-01-02", "outlet": "X"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_jsonl(path))
    good = [i for i in items if isinstance(i, InputDoc)]
    bad = [i for i in items if isinstance(i, JsonlLineError)]
    assert [g.id for g in good] == ["a", "c"]
    assert good[1].published == "2020-01-02" and good[1].outlet == "X"
    assert [b.message.split(":")[1] for b in bad] == ["2", "3", "4"]
    assert [b.doc_id for b in bad] == [None, "b", None]  # a readable id is kept for the failure record
