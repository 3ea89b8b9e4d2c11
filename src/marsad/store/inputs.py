"""Reading reports to ingest: text files, or JSONL lines ``{"id", "text", "published"?, "outlet"?, "url"?}``.

A line or file that cannot be read becomes a failed result; the others are still ingested.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from marsad.errors import JsonlLineError
from marsad.store.records import IngestResult, InputDocument

Item = InputDocument | IngestResult


def parse_date(value: object, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise JsonlLineError(f"{where}: 'published' must be YYYY-MM-DD, got {value!r}")


def read_files(paths: Sequence[Path], published: dt.date | None, outlet: str, url: str) -> Iterator[Item]:
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield IngestResult("failed", str(path), message=f"cannot read {path}: {exc}")
            continue
        yield InputDocument(text=text, doc_id=path.stem, published=published, outlet=outlet, url=url)


def read_jsonl(stream: IO[str], name: str, published: dt.date | None, outlet: str) -> Iterator[Item]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise JsonlLineError(f"{where}: expected a JSON object")
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise JsonlLineError(f"{where}: missing or empty 'text'")
            yield InputDocument(
                text=text,
                doc_id=str(record.get("id") or ""),
                published=parse_date(record.get("published"), where) or published,
                outlet=str(record.get("outlet") or outlet),
                url=str(record.get("url") or ""),
            )
        except json.JSONDecodeError as exc:
            yield IngestResult("failed", where, message=f"{where}: not valid JSON ({exc.msg})")
        except JsonlLineError as exc:
            yield IngestResult("failed", where, message=str(exc))
