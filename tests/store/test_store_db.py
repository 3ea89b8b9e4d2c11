"""The store on SQLite and PostgreSQL: ingest, idempotency, versions, merging, timelines, queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import sqlalchemy as sa

from marsad.model import ControlStatus, SubEventType
from marsad.store import InputDocument, Store
from marsad.store import schema as t
from marsad.store.errors import PlaceNotFoundError

from .factories import (
    ARFI,
    DEZ,
    HAMIDIYAH,
    RUS,
    UMMAL,
    battle,
    city,
    day,
    document,
    fact,
    seed_document,
)


def periods(store: Store, place: str, at: dt.date | None = None) -> list[tuple]:  # type: ignore[type-arg]
    data = store.control(place, at=at).to_dict()
    return [(p["controller"], p["status"], p["start"], p["end"], p["contested_by"]) for p in data["periods"]]


def test_seed_timelines_as_the_gold_gives_them(store: Store) -> None:
    assert store.ingest_document(seed_document()).status == "new"
    assert periods(store, "حي الحميدية") == [
        ("SYR_STATE", "held", None, "2012-06", None),
        ("FSA", "held", "2012-06", "2014", None),
        ("ISIS", "held", "2014", "2017-10-29", None),
        ("SYR_STATE", "contested", "2017-10-29", None, "ISIS"),
    ]
    assert periods(store, "حي العمال") == [
        ("ISIS", "held", None, "2017-10-28", None),
        ("SYR_STATE", "held", "2017-10-28", None, None),
    ]
    assert periods(store, "al-Arfi") == [("SYR_STATE", "held", "2017-10-28", None, None)]
    assert periods(store, "حي الصناعة") == [("SYR_STATE", "partial", "2017-10-25", None, "ISIS")]
    assert periods(store, "الشيخ ياسين") == [("SYR_STATE", "held", None, "2012-06", None)]
    assert periods(store, "حي الحميدية", at=dt.date(2015, 1, 1)) == [("ISIS", "held", "2014", "2017-10-29", None)]
    data = store.control("SY-DEZ-hamidiyah").to_dict()
    assert data["place"]["name_en"] == "al-Hamidiyah"
    assert data["periods"][0]["controller_name"] == "Military Forces of Syria (2000-)"
    assert data["periods"][0]["sources"][0]["outlet"] == "Euphrates Post"
    assert "سيطرة النظام" in data["periods"][0]["sources"][0]["evidence"][0]


def test_city_rolls_up_from_its_neighbourhoods(store: Store) -> None:
    store.ingest_document(seed_document())
    data = store.control("Deir ez-Zor").to_dict()
    assert data["derived_from_neighbourhoods"] is True
    last = data["periods"][-1]
    assert (last["controller"], last["status"], last["contested_by"]) == ("SYR_STATE", "contested", "ISIS")
    assert data["periods"][0]["controller"] == "SYR_STATE" and data["periods"][0]["end"] == "2012-06"


def test_same_document_twice_is_stored_once(store: Store) -> None:
    first = store.ingest_document(seed_document())
    before = store.counts()
    again = store.ingest_document(seed_document())
    renamed = store.ingest_document(seed_document(), doc_key="another-name")
    assert (first.status, again.status, renamed.status) == ("new", "duplicate", "duplicate")
    assert store.counts() == before


def test_same_url_with_new_text_replaces_the_old_results(store: Store) -> None:
    url = "https://example.org/a"
    old = document("نسخة أولى", [battle(UMMAL, day(2017, 10, 28))], url=url)
    new = document("نسخة مصححة", [battle(ARFI, day(2017, 10, 28))], url=url)
    assert store.ingest_document(old).status == "new"
    assert store.ingest_document(new).status == "updated"
    places = [m.best.place.place_id for m in store.events() if m.best.place]
    assert places == [ARFI.place_id]
    assert store.counts()["documents"] == 2  # the old text is kept


def test_reextraction_is_versioned_and_old_results_kept(store: Store) -> None:
    text = "EVENT SY-DEZ-ummal 2017-10-28 Government_regains_territory 12\n"
    store.ingest(InputDocument(text, "d1", dt.date(2017, 10, 29), "Euphrates Post"))
    unchanged = store.reextract()
    assert [r.status for r in unchanged.results] == ["unchanged"]

    def v2(text: str, **kw: object):  # type: ignore[no-untyped-def]
        from .fake_extract import extract

        doc = extract(text.replace("ummal", "arfi"), **kw)  # type: ignore[arg-type]
        doc.pipeline_version = "p2"
        return doc

    store._extractor = v2
    summary = store.reextract()
    assert [r.status for r in summary.results] == ["reextracted"]
    assert [m.best.place.place_id for m in store.events() if m.best.place] == [ARFI.place_id]
    with store.engine.connect() as conn:
        runs = conn.execute(sa.select(t.runs.c.pipeline_version, t.runs.c.is_current).order_by(t.runs.c.id)).all()
        old_events = conn.execute(sa.select(sa.func.count()).select_from(t.events)).scalar_one()
    assert [(r[0], bool(r[1])) for r in runs] == [("p1", False), ("p2", True)]
    assert old_events == 2  # the first run's event is kept, not current


def test_two_reports_of_one_event_merge_and_two_events_do_not(store: Store) -> None:
    a = document(
        "تقرير أ",
        [battle(UMMAL, day(2017, 10, 28), fatalities=12), battle(ARFI, day(2017, 10, 28))],
        outlet="Euphrates Post",
    )
    b = document(
        "تقرير ب",
        [battle(UMMAL, day(2017, 10, 27), SubEventType.ARMED_CLASH, fatalities=30)],
        outlet="Deir ez-Zor 24",
        published=dt.date(2017, 10, 28),
    )
    c = document(
        "تقرير ج",
        [battle(DEZ, day(2017, 10, 28), SubEventType.AIR_DRONE_STRIKE, actor1=RUS, actor2=None)],
        outlet="SOHR",
    )
    for doc in (a, b, c):
        assert store.ingest_document(doc).status == "new"
    merged = store.events()
    by_place = {(m.best.place.place_id if m.best.place else None, m.sub_event_type): m for m in merged}
    assert len(merged) == 3
    ummal = by_place[(UMMAL.place_id, SubEventType.GOVERNMENT_REGAINS)]
    assert ummal.outlets == ["Deir ez-Zor 24", "Euphrates Post"]
    assert ummal.fatalities == 12
    assert {d["value"] for d in ummal.disagreements["date"]} == {"2017-10-28", "2017-10-27"}
    assert len(by_place[(ARFI.place_id, SubEventType.GOVERNMENT_REGAINS)].reports) == 1
    assert len(by_place[(DEZ.place_id, SubEventType.AIR_DRONE_STRIKE)].reports) == 1


def test_a_bad_document_mid_batch_loses_nothing(store: Store) -> None:
    items = [
        InputDocument("EVENT SY-DEZ-ummal 2017-10-28 Government_regains_territory 1", "one"),
        InputDocument("FAIL", "bad"),
        InputDocument("EVENT SY-DEZ-arfi 2017-10-28 Government_regains_territory 1", "three"),
    ]
    summary = store.ingest_many(items)
    assert [r.status for r in summary.results] == ["new", "failed", "new"]
    assert summary.line() == "new 2, duplicate 0, failed 1"
    assert store.counts()["documents"] == 2
    again = store.ingest_many(items)
    assert [r.status for r in again.results] == ["duplicate", "failed", "duplicate"]


def test_a_failing_write_rolls_back_the_whole_document(store: Store) -> None:
    doc = document("نص", [battle(UMMAL, day(2017, 10, 28))])
    doc.events.append(battle(ARFI, day(2017, 10, 28)))
    doc.events[1].evidence.append("not evidence")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.ingest_document(doc)
    assert store.counts() == {
        "documents": 0,
        "runs": 0,
        "events": 0,
        "control_facts": 0,
        "clusters": 0,
        "places": 0,
    }


def test_event_filters(store: Store) -> None:
    store.ingest_document(seed_document())
    assert len(store.events()) == 5  # history included by default in the API
    assert len(store.events(include_historical=False)) == 4
    assert [m.best.place.place_id for m in store.events(since=dt.date(2017, 10, 29)) if m.best.place] == [
        HAMIDIYAH.place_id
    ]
    assert len(store.events(until=dt.date(2017, 10, 26), include_historical=False)) == 1
    assert len(store.events(place="Deir ez-Zor", include_historical=False)) == 4
    assert len(store.events(place="حي العمال")) == 1
    assert len(store.events(actor="FSA")) == 1
    assert len(store.events(actor="islamic state")) == 4
    assert len(store.events(event_type="armed clash")) == 1
    assert len(store.events(event_type="Battles")) == 5
    with pytest.raises(PlaceNotFoundError):
        store.events(place="Aleppo")


def test_map_on_a_day(store: Store) -> None:
    store.ingest_document(seed_document())
    entries = {m.place.label: m for m in store.map(dt.date(2017, 10, 30))}
    assert entries["Deir ez-Zor - al-Ummal"].period.controller == "SYR_STATE"
    assert entries["Deir ez-Zor - al-Hamidiyah"].period.status == "contested"
    assert entries["Deir ez-Zor"].derived_from_neighbourhoods
    assert "Deir ez-Zor - al-Sheikh Yassin" not in entries  # only known until 2012-06
    early = {m.place.label: m.period.controller for m in store.map(dt.date(2011, 1, 1))}
    assert early["Deir ez-Zor - al-Hamidiyah"] == "SYR_STATE"


def test_contradicting_sources_are_flagged(store: Store) -> None:
    held = ControlStatus.HELD
    store.ingest_document(document("أ", control=[fact(UMMAL, "SYR_STATE", held, day(2017, 10, 28))], outlet="A"))
    store.ingest_document(
        document("ب", control=[fact(UMMAL, "ISIS", held, day(2017, 10, 28), kind="state")], outlet="B")
    )
    data = store.control("al-Ummal").to_dict()
    assert len(data["contradictions"]) == 1
    assert {c["outlet"] for c in data["contradictions"][0]["claims"]} == {"A", "B"}
    assert any(p["disputed"] for p in data["periods"])


def test_unresolved_place_text_still_gets_a_timeline(store: Store) -> None:
    f = fact(None, "ISIS", ControlStatus.HELD, day(2017, 10, 20), place_text="حي الجبيلة")
    store.ingest_document(document("الجبيلة", control=[f]))
    assert periods(store, "الجبيلة") == [("ISIS", "held", "2017-10-20", None, None)]


def test_unknown_place_is_a_clear_error(store: Store) -> None:
    with pytest.raises(PlaceNotFoundError, match="E054"):
        store.control("حي لا وجود له")


def test_one_batch_with_copies_and_a_corrected_text(store: Store) -> None:
    url = "https://example.org/b"
    a = document("أ", [battle(UMMAL, day(2017, 10, 28))], doc_id="a")
    copy = document("أ", [battle(UMMAL, day(2017, 10, 28))], doc_id="a-copy")
    first = document("نسخة أولى", [battle(ARFI, day(2017, 10, 28))], url=url, doc_id="b1")
    fixed = document("نسخة مصححة", [battle(ARFI, day(2017, 10, 27))], url=url, doc_id="b2")
    empty = document("  ", doc_id="empty")
    results = store.ingest_documents([a, copy, first, fixed, empty])
    assert [r.status for r in results] == ["new", "duplicate", "new", "updated", "failed"]
    assert results[1].document_id == results[0].document_id
    dates = sorted(m.date.iso() for m in store.events() if m.date)
    assert dates == ["2017-10-27", "2017-10-28"]  # the corrected text replaced the first
    assert store.counts()["documents"] == 3


def test_reports_of_one_event_in_one_batch_merge(store: Store) -> None:
    docs = [
        document("تقرير أ", [battle(UMMAL, day(2017, 10, 28), fatalities=12)], outlet="A"),
        document("تقرير ب", [battle(UMMAL, day(2017, 10, 28), fatalities=20)], outlet="B"),
        document("تقرير ج", [battle(ARFI, day(2017, 10, 28))], outlet="C"),
    ]
    assert [r.status for r in store.ingest_documents(docs)] == ["new", "new", "new"]
    merged = {m.best.place.place_id: m for m in store.events() if m.best.place}
    assert merged[UMMAL.place_id].outlets == ["A", "B"] and merged[UMMAL.place_id].fatalities == 12
    assert merged[ARFI.place_id].outlets == ["C"]
    with store.engine.connect() as conn:
        sizes = dict(conn.execute(sa.select(t.clusters.c.id, t.clusters.c.size)).all())
    assert sorted(sizes.values()) == [1, 2]


def test_a_large_batch_keeps_every_row_with_its_own(store: Store) -> None:
    """Big batches take the bulk path (ids drawn ahead on PostgreSQL): evidence, facts and clusters must
    still belong to the right rows."""
    docs = []
    for i in range(30):
        events = [
            battle(UMMAL if j == 0 else ARFI, day(2017, 1 + i % 12, 1 + j), fatalities=i, evidence=f"doc{i}-ev{j}")
            for j in range(2)
        ]
        facts = [fact(UMMAL, "SYR_STATE", ControlStatus.HELD, day(2017, 1 + i % 12, 1), evidence=f"doc{i}-f")]
        docs.append(document(f"تقرير رقم {i}", events, facts, outlet=f"O{i}", doc_id=f"d{i}"))
    results = store.ingest_documents(docs)
    assert [r.status for r in results] == ["new"] * 30
    for i, r in enumerate(results):
        assert r.document_id is not None
        back = store.document(r.document_id)
        assert back.id == f"d{i}"
        assert [e.evidence[0].text for e in back.events] == [f"doc{i}-ev0", f"doc{i}-ev1"]
        assert [e.fatalities for e in back.events] == [i, i]
        assert [f.evidence[0].text for f in back.control] == [f"doc{i}-f"]
    merged = store.events()
    # reports 12 months apart share a month: docs i and i+12 (and i+24) describe the same day and place
    assert sum(len(m.reports) for m in merged) == 60
    assert max(len(m.reports) for m in merged) == 3


def test_a_value_the_database_refuses_fails_only_its_document(store: Store) -> None:
    bad = document("تقرير فيه رقم لا يتسع له الحقل", [battle(UMMAL, day(2017, 10, 28), fatalities=2**70)], doc_id="bad")
    good = [document(f"تقرير سليم {i}", [battle(ARFI, day(2017, 10, 20 + i))], doc_id=f"ok{i}") for i in range(2)]
    results = store.ingest_documents([good[0], bad, good[1]])
    assert [r.status for r in results] == ["new", "failed", "new"]
    assert "E056" in results[1].message
    assert store.counts()["documents"] == 2 and store.counts()["events"] == 2


def test_a_wide_cluster_is_still_found(store: Store) -> None:
    """A cluster spanning a year (a report dated only "2012") is searched apart from narrow ones."""
    from marsad.model import DateValue

    def hist(date: DateValue, outlet: str, text: str) -> None:
        event = battle(HAMIDIYAH, date, SubEventType.NON_STATE_OVERTAKES, historical=True)
        assert store.ingest_document(document(text, [event], outlet=outlet)).status == "new"

    hist(DateValue.month(2012, 6), "A", "أ")
    hist(DateValue.year(2012), "B", "ب")  # the cluster now spans 2012
    hist(day(2012, 12, 20), "C", "ج")  # fits the year but not June: a cluster of its own
    hist(DateValue.month(2012, 6), "D", "د")  # must find the wide cluster
    sizes = sorted(len(m.reports) for m in store.events())
    assert sizes == [1, 3]
    with store.engine.connect() as conn:
        wide = conn.execute(sa.select(t.clusters.c.size).where(t.clusters.c.wide)).scalars().all()
    assert wide == [3]


def test_a_timeline_names_each_side_as_its_fact_does(store: Store) -> None:
    """One generic force id in two countries: each place's timeline gives the name its facts carry."""
    generic = "STATE_MILITARY"
    places = {
        "Maiduguri": (city("NG-MAI", "Maiduguri", "مايدوغوري"), "Military Forces of Nigeria (2015-2023)"),
        "Kunduz": (city("AF-KDZ", "Kunduz", "قندوز"), "Military Forces of Afghanistan (2004-2021)"),
    }
    for name, (place, army) in places.items():
        held = replace(
            fact(place, generic, ControlStatus.HELD, day(2019, 5, 1), other="REBELS"),
            actor_name=army,
            other_actor_name="Rebels of " + name,
        )
        store.ingest_document(document("نص " + name, control=[held], doc_id=name))
    for name, (_, army) in places.items():
        (period,) = store.control(name).to_dict()["periods"][-1:]
        assert (period["controller"], period["controller_name"]) == (generic, army)
        source = period["sources"][0]["fact"]
        assert (source["actor_name"], source["other_actor_name"]) == (army, "Rebels of " + name)
