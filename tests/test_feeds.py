"""RSS and Atom feeds as input: one report per entry, written for these tests (tests/fixtures/feeds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import FeedError
from marsad.io.feeds import iter_feed
from marsad.io.readers import InputDoc

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def test_each_entry_is_a_report_with_its_link_outlet_and_publishers_day() -> None:
    items = list(iter_feed(FEEDS / "sample-rss.xml"))
    docs = [i for i in items if isinstance(i, InputDoc)]
    assert [d.id for d in docs] == ["https://example.org/news/1", "https://example.org/news/2"]
    assert {d.outlet for d in docs} == {"شبكة المرصد التجريبية"}
    assert docs[0].url == "https://example.org/news/1"
    # 01:30 in the publisher's zone (+03:00) is the 30th there, though the 29th in UTC
    assert docs[0].published == "2017-10-30"
    # the HTML of a summary is reduced to its text
    assert "<b>" not in docs[1].text and "مئات" in docs[1].text


def test_an_entry_without_text_is_reported_and_the_others_kept() -> None:
    errors = [i for i in iter_feed(FEEDS / "sample-rss.xml") if isinstance(i, FeedError)]
    assert [e.doc_id for e in errors] == ["https://example.org/news/3"]
    assert "no title or text" in errors[0].message


def test_an_atom_entry_keeps_its_own_day() -> None:
    (doc,) = list(iter_feed(FEEDS / "sample-atom.xml"))
    assert isinstance(doc, InputDoc) and doc.published == "2017-10-29" and doc.outlet == "مرصد أتوم التجريبي"


@pytest.mark.parametrize(
    "content",
    ["قتل ثلاثة مدنيين أمس في قصف على بلدة معرة النعمان.", '<?xml version="1.0"?><rss><channel><item><title>'],
)
def test_a_file_that_is_no_feed_is_refused_with_a_reason(tmp_path: Path, content: str) -> None:
    f = tmp_path / "not-a-feed.xml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(FeedError, match="no entries read as RSS or Atom"):
        list(iter_feed(f))


def test_a_feed_cut_short_is_said_to_be_broken_and_its_entries_kept(tmp_path: Path) -> None:
    whole = (FEEDS / "sample-rss.xml").read_text(encoding="utf-8")
    cut = whole[: whole.index("<item>", whole.index("news/2")) + 40]  # into the third entry's text
    f = tmp_path / "cut.xml"
    f.write_text(cut, encoding="utf-8")
    items = list(iter_feed(f))
    errors = [i for i in items if isinstance(i, FeedError)]
    assert errors and "the feed is broken" in errors[0].message
    assert [i.id for i in items if isinstance(i, InputDoc)][:2] == [
        "https://example.org/news/1",
        "https://example.org/news/2",
    ]
    # a whole feed is not broken
    assert not any("broken" in i.message for i in iter_feed(FEEDS / "sample-rss.xml") if isinstance(i, FeedError))


def test_extract_reads_feeds_and_dates_each_entry_by_its_own_day() -> None:
    result = CliRunner().invoke(
        main, ["extract", "--feed", str(FEEDS / "sample-rss.xml"), "--feed", str(FEEDS / "sample-atom.xml")]
    )
    assert result.exit_code == 1  # the entry with no text failed; the others were extracted
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_id = {r["id"]: r for r in records}
    # "أمس الأحد" in an entry published on Monday the 30th
    shelling = by_id["https://example.org/news/1"]["events"]
    assert [e["event_date"] for e in shelling] == ["2017-10-29"]
    assert by_id["https://example.org/news/1"]["url"] == "https://example.org/news/1"
    assert by_id["https://example.org/news/3"]["error"]
    assert [e["event_date"] for e in by_id["urn:example:entry:1"]["events"]] == ["2017-10-28"]
