"""Turning bytes from disk into report text, refusing what is not a report with a clear reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputTooLargeError,
    JsonlLineError,
)
from marsad.io.html import looks_like_html, text_from_html

#: a news report is a few KB; anything over this is not one report
MAX_REPORT_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class InputDoc:
    id: str
    text: str
    published: str | None = None
    outlet: str = ""
    url: str = ""


def decode_report(data: bytes, name: str, max_bytes: int = MAX_REPORT_BYTES) -> str:
    """Bytes -> text, or a specific :class:`~marsad.errors.InputError` that says what to do."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{name}: {len(data) / 1e6:.1f} MB is larger than one report ({max_bytes / 1e6:.1f} MB at most); "
            "split it into one file per report, or one JSON line per report with --input"
        )
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{name}: binary data (NUL bytes), not a text report; give a UTF-8 text or HTML file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingInputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); convert it first, e.g. "
            "`iconv -f WINDOWS-1256 -t UTF-8` for Windows Arabic files"
        ) from exc
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * max(1, min(len(text), 8192)):
        raise BinaryInputError(f"{name}: mostly control characters, not a text report")
    if looks_like_html(text):
        text = text_from_html(text)
    if not text.strip():
        raise EmptyInputError(f"{name}: the report is empty; nothing to extract")
    return text


def read_report(path: Path, max_bytes: int = MAX_REPORT_BYTES) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EmptyInputError(f"{path}: cannot read ({exc.strerror}); check the path") from exc
    if size > max_bytes:
        raise InputTooLargeError(
            f"{path}: {size / 1e6:.1f} MB is larger than one report ({max_bytes / 1e6:.1f} MB at most); "
            "split it into one file per report, or one JSON line per report with --input"
        )
    return decode_report(path.read_bytes(), str(path), max_bytes)


def iter_jsonl(path: Path, max_bytes: int = MAX_REPORT_BYTES) -> Iterator[InputDoc | JsonlLineError]:
    """Yield one :class:`InputDoc` per good line and a :class:`JsonlLineError` per bad one.

    Lines are read one at a time, so a bad line never loses the others and memory stays bounded.
    """
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
                obj = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield JsonlLineError(f"{where}: not a JSON object ({exc}); fix or remove this line")
                continue
            if not isinstance(obj, dict):
                yield JsonlLineError(f"{where}: expected a JSON object with 'id' and 'text'")
                continue
            doc_id = str(obj["id"]) if obj.get("id") is not None else None
            text = obj.get("text")
            if not isinstance(text, str):
                yield JsonlLineError(f"{where}: missing 'text' (a string)", doc_id)
                continue
            if len(text.encode("utf-8")) > max_bytes:
                yield JsonlLineError(f"{where}: text larger than one report ({max_bytes / 1e6:.1f} MB at most)", doc_id)
                continue
            if looks_like_html(text):
                text = text_from_html(text)
            published = obj.get("published")
            yield InputDoc(
                id=str(obj.get("id") or f"{path.name}:{n}"),
                text=text,
                published=str(published) if published else None,
                outlet=str(obj.get("outlet") or ""),
                url=str(obj.get("url") or ""),
            )
