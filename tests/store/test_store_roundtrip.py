"""Property tests: arbitrary Arabic text, events and control facts come back from both databases as
they went in."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import (
    ActorRef,
    ControlFact,
    ControlStatus,
    DateValue,
    Document,
    Event,
    Evidence,
    EvidenceRole,
    Precision,
    SubEventType,
)
from marsad.model.places import PlaceCandidate, PlaceKind
from marsad.store import Store

from .factories import ARFI, DEZ, HAMIDIYAH, UMMAL, hood

# Arabic letters, tashkeel, Arabic-Indic digits, punctuation, tatweel, bidi marks, spaces and newlines
ARABIC = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x0750, max_codepoint=0x077F),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF, exclude_categories=("Cn", "Cs")),
        st.sampled_from(list(" \n\t،؛؟“”«»()-.0123456789\u200f\u200e\u200c") + list(string.ascii_letters)),
    ),
    min_size=1,
    max_size=400,
).filter(lambda s: s.strip() != "")

DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def date_values(draw: st.DrawFn) -> DateValue | None:
    kind = draw(st.sampled_from(["none", "day", "week", "month", "year"]))
    d = draw(DAYS)
    if kind == "none":
        return None
    if kind == "day":
        return DateValue.day(d)
    if kind == "month":
        return DateValue.month(d.year, d.month)
    if kind == "year":
        return DateValue.year(d.year)
    return DateValue(d, d + dt.timedelta(days=draw(st.integers(0, 9))), Precision.WEEK)


NAMES = st.text(
    st.characters(codec="utf-8", exclude_characters="\x00"), min_size=0, max_size=40
)  # PostgreSQL has no NUL
ACTORS = st.builds(
    ActorRef,
    st.sampled_from(["SYR_STATE", "ISIS", "FSA", "RUS_STATE", "أ_محلي"]),
    NAMES,
    st.integers(0, 8),
    st.booleans(),
)


@st.composite
def places(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    base = draw(st.sampled_from([None, DEZ, HAMIDIYAH, UMMAL, ARFI, "new"]))
    if base != "new":
        return base
    name = draw(st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=12))
    p = hood(f"SY-DEZ-x{abs(hash(name)) % 10**8}", f"al-{len(name)}", name)
    alternatives = (PlaceCandidate("SY-HMS-1", "Homs village", PlaceKind.VILLAGE, 0.25),)
    from dataclasses import replace

    return replace(p, score=draw(st.floats(0, 1)), rule="containment", alternatives=alternatives)


@st.composite
def evidence(draw: st.DrawFn, text: str) -> Evidence:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Evidence(
        draw(st.sampled_from(list(EvidenceRole))),
        __import__("marsad.model").model.Span(start, end),
        text[start:end],
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(ARABIC)
    events = [
        Event(
            sub_event_type=draw(st.sampled_from(list(SubEventType))),
            date=draw(date_values()),
            place=draw(places()),
            actor1=draw(st.none() | ACTORS),
            assoc_actor_1=draw(st.lists(ACTORS, max_size=2)),
            actor2=draw(st.none() | ACTORS),
            assoc_actor_2=draw(st.lists(ACTORS, max_size=2)),
            fatalities=draw(st.integers(0, 5000)),
            fatalities_known=draw(st.booleans()),
            civilian_targeting=draw(st.booleans()),
            historical=draw(st.booleans()),
            confidence=draw(st.floats(0, 1)),
            evidence=draw(st.lists(evidence(text), max_size=3)),
            notes=draw(NAMES),
            sentence=draw(st.integers(0, 50)),
            inferred=draw(st.sets(st.sampled_from(["actor2", "date", "place"]))),
            extent=draw(st.sampled_from(["", "complete", "partial", "entry"])),
            source=draw(NAMES),
            event_id=draw(st.text(string.ascii_letters + string.digits, max_size=10)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    control = [
        ControlFact(
            place=draw(places()),
            place_text=draw(NAMES),
            actor_id=draw(st.sampled_from(["SYR_STATE", "ISIS", "FSA"])),
            status=draw(st.sampled_from(list(ControlStatus))),
            date=draw(date_values()),
            evidence=draw(st.lists(evidence(text), max_size=2)),
            other_actor_id=draw(st.sampled_from(["", "ISIS", "FSA"])),
            kind=draw(st.sampled_from(["capture", "entry", "loss", "state"])),
            historical=draw(st.booleans()),
            sentence=draw(st.integers(0, 50)),
            source=draw(NAMES),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return Document(
        text=text,
        id=draw(st.text(string.ascii_letters + string.digits + "-", min_size=1, max_size=20)),
        published=draw(st.none() | DAYS),
        outlet=draw(NAMES),
        url=draw(st.sampled_from(["", "https://example.org/x?a=1&b=ب"])),
        events=events,
        control=control,
        pipeline_version=draw(st.sampled_from(["p1", "٢٠٢٦"])),
        data_version="d1",
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def roundtrip_store(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Store]:
    url = sqlite_url if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    with Store.open(url, geocoder=lambda name: []) as store:
        yield store


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=documents())
def test_documents_round_trip(roundtrip_store: Store, doc: Document) -> None:
    doc.url = ""  # a url shared between examples would make later examples updates of earlier ones
    result = roundtrip_store.ingest_document(doc)
    if result.status == "duplicate":  # hypothesis may draw the same text twice
        return
    assert result.status == "new", result
    assert result.document_id is not None
    back = roundtrip_store.document(result.document_id)
    assert back.text == doc.text
    assert (back.id, back.published, back.outlet) == (doc.id, doc.published, doc.outlet)
    assert (back.pipeline_version, back.data_version) == (doc.pipeline_version, doc.data_version)
    for e in doc.events:
        e.document_id = doc.id
    for f in doc.control:
        f.document_id = doc.id
    assert sorted(back.events, key=repr) == sorted(doc.events, key=repr)
    assert back.control == doc.control


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARABIC)
def test_same_text_is_a_duplicate_whatever_its_line_endings(roundtrip_store: Store, text: str) -> None:
    doc = Document(text=text, id="x")
    first = roundtrip_store.ingest_document(doc)
    crlf = roundtrip_store.ingest_document(Document(text=text.replace("\n", "\r\n"), id="y"))
    assert first.status in {"new", "duplicate"}
    assert crlf.status == "duplicate"


def test_text_with_nul_is_rejected_clearly(roundtrip_store: Store) -> None:
    result = roundtrip_store.ingest_document(Document(text="نص\x00نص", id="nul"))
    assert result.status == "failed" and "NUL" in result.message


def test_text_that_is_not_unicode_is_rejected_clearly(roundtrip_store: Store) -> None:
    result = roundtrip_store.ingest_document(Document(text="نص\udb42", id="surrogate"))
    assert result.status == "failed" and "UTF-8" in result.message
