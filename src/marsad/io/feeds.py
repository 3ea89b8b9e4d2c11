"""RSS and Atom feeds as reports: one document per entry, with its link, outlet and publication date.

The publication date is the publisher's own calendar day, read from the entry's date string with its
time zone ("Sun, 29 Oct 2017 23:40:00 +0300" is the 29th, though it is the 29th at 20:40 UTC and "أمس"
in it means the 28th); an entry whose date cannot be read gets none, and its relative dates stay
unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXException

from marsad.errors import FeedError
from marsad.io.html import looks_like_html, text_from_html
from marsad.io.readers import InputDoc

#: a feed file holds many reports; past this it is no feed a newsroom serves
MAX_FEED_BYTES = 50_000_000


def iter_feed(path: Path, max_bytes: int = MAX_FEED_BYTES) -> Iterator[InputDoc | FeedError]:
    """One :class:`InputDoc` per entry with text, a :class:`FeedError` per entry without and one first for a
    broken feed whose entries were read up to the break; raises :class:`FeedError` when the file is no feed at
    all."""
    import feedparser  # imported on use: the reader is needed only for feeds

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FeedError(f"{path}: cannot read ({exc.strerror}); check the path") from exc
    if size > max_bytes:
        raise FeedError(f"{path}: {size / 1e6:.1f} MB is larger than a feed ({max_bytes / 1e6:.0f} MB at most)")
    parsed = feedparser.parse(path.read_bytes())
    entries = list(parsed.get("entries", []))
    texts = [_entry_text(e) for e in entries]
    if not any(texts):
        # (a truncated file parses as one empty entry: as good as none)
        problem = parsed.get("bozo_exception")
        why = f" ({problem})" if problem is not None else ""
        raise FeedError(
            f"{path}: no entries read as RSS or Atom{why}; give a feed file, or the reports as files or --input JSONL"
        )
    problem = parsed.get("bozo_exception")
    if isinstance(problem, SAXException):
        # a feed cut short or broken reads up to the break, and the entry it cut may have lost its text:
        # said, not passed over (the entries read are still extracted)
        yield FeedError(
            f"{path}: the feed is broken ({problem}); the entries before the break are extracted, the last one"
            " may be incomplete: fetch the feed again"
        )
    outlet = str(parsed.get("feed", {}).get("title", "")).strip()
    for n, (entry, text) in enumerate(zip(entries, texts, strict=True), start=1):
        doc_id = str(entry.get("id") or entry.get("link") or f"{path.stem}-{n}")
        if not text:
            yield FeedError(f"{path}: entry {n} ({doc_id}) has no title or text to extract", doc_id)
            continue
        published = _publisher_day(entry)
        yield InputDoc(
            id=doc_id,
            text=text,
            published=published.isoformat() if published is not None else None,
            outlet=outlet,
            url=str(entry.get("link", "")),
        )


def _entry_text(entry: Any) -> str:
    """The entry's title and its fullest text (content, else summary), HTML reduced to its text."""
    body = ""
    content = entry.get("content") or []
    if content:
        body = str(content[0].get("value", ""))
    if not body:
        body = str(entry.get("summary", ""))
    if looks_like_html(body) or ("<" in body and ">" in body):
        body = text_from_html(body)  # feeds carry HTML fragments ("<p>...</p>") more often than pages
    title = str(entry.get("title", "")).strip()
    parts = [p for p in (title, body.strip()) if p]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]  # a summary that repeats the title
    return "\n".join(parts)


def _publisher_day(entry: Any) -> dt.date | None:
    """The calendar day of publication in the publisher's own time zone, or None when no date reads."""
    for key in ("published", "updated"):
        raw = str(entry.get(key, "")).strip()
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()  # RSS: "Sun, 29 Oct 2017 23:40:00 +0300"
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom: ISO 8601
        except ValueError:
            pass
    return None

