"""Benchmark of the event store: ingest throughput and query latency with many stored events.

    .venv/bin/python benchmarks/bench_store.py                  # SQLite and PostgreSQL, 100,000 events
    .venv/bin/python benchmarks/bench_store.py --events 20000 --db sqlite
    .venv/bin/python benchmarks/bench_store.py --pg postgresql://postgres@127.0.0.1:5432/test

Reports are synthesised as already extracted documents (5 events and 2 control facts each, over 60
cities of 10 neighbourhoods), so the figures are the store's own: ``reports/s`` counts documents
written (each in its own transaction, with clustering). When ``marsad.extract`` works, the ingest of raw
Arabic text (extraction included) is measured too. The PostgreSQL run uses a database of its own, dropped
at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from marsad.model import (
    ActorRef,
    ControlFact,
    ControlStatus,
    DateValue,
    Document,
    Event,
    Evidence,
    EvidenceRole,
    PlaceKind,
    ResolvedPlace,
    Span,
    SubEventType,
)
from marsad.store import Store

ACTORS = [
    ActorRef("SYR_STATE", "Military Forces of Syria (2000-)", 1),
    ActorRef("ISIS", "Islamic State (Syria)", 2),
    ActorRef("FSA", "Free Syrian Army", 2),
    ActorRef("SDF", "Syrian Democratic Forces", 2),
    ActorRef("RUS_STATE", "Military Forces of Russia (2000-)", 8),
]
SUBTYPES = [SubEventType.ARMED_CLASH, SubEventType.GOVERNMENT_REGAINS, SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING, SubEventType.REMOTE_EXPLOSIVE, SubEventType.ATTACK]  # fmt: skip
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
START = dt.date(2012, 1, 1)
BATCH = 50
DAYS = 365 * 6


def _arabic(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def make_places(rng: random.Random, cities: int = 60, hoods: int = 10) -> list[ResolvedPlace]:
    out = []
    for c in range(cities):
        name_en, lat, lon = f"City {c}", 32 + rng.random() * 5, 36 + rng.random() * 6
        common = dict(country="Syria", iso=760, admin1=f"Gov {c % 14}", admin2="", admin3="", geo_precision=1)
        out.append(
            ResolvedPlace(
                f"B-{c}",
                name_en,
                "مدينة " + _arabic(rng, 6),
                PlaceKind.CITY,
                latitude=lat,
                longitude=lon,
                location=name_en,
                **common,
            )
        )  # type: ignore[arg-type]
        for h in range(hoods):
            out.append(ResolvedPlace(
                f"B-{c}-{h}", f"al-N{c}x{h}", "ال" + _arabic(rng, 7), PlaceKind.NEIGHBOURHOOD,
                latitude=lat + rng.random() / 50, longitude=lon + rng.random() / 50,
                location=f"{name_en} - al-N{c}x{h}", city=name_en, **common,  # type: ignore[arg-type]
            ))  # fmt: skip
    return out


def make_document(rng: random.Random, places: list[ResolvedPlace], i: int) -> Document:
    text = f"تقرير رقم {i}: " + " ".join(_arabic(rng, rng.randint(3, 8)) for _ in range(120))
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    events = []
    for _ in range(5):
        a1, a2 = rng.sample(ACTORS, 2)
        day = published - dt.timedelta(days=rng.randrange(3))
        events.append(Event(
            sub_event_type=rng.choice(SUBTYPES), date=DateValue.day(day), place=rng.choice(places),
            actor1=a1, actor2=a2, fatalities=rng.randrange(20), confidence=rng.random(),
            evidence=[Evidence(EvidenceRole.TRIGGER, Span(0, 5), text[:5])], notes="Synthetic event.",
        ))  # fmt: skip
    control = []
    for _ in range(2):
        actor, other = rng.sample(ACTORS[:4], 2)
        status = rng.choice([ControlStatus.HELD, ControlStatus.HELD, ControlStatus.CONTESTED, ControlStatus.LOST])
        place = rng.choice([p for p in places if p.kind is PlaceKind.NEIGHBOURHOOD][:300])
        control.append(ControlFact(
            place=place, place_text=place.name_ar, actor_id=actor.actor_id, status=status,
            date=DateValue.day(published - dt.timedelta(days=rng.randrange(5))), other_actor_id=other.actor_id,
            kind="capture" if status is ControlStatus.HELD else "entry" if status is ControlStatus.CONTESTED
            else "loss", evidence=[Evidence(EvidenceRole.TRIGGER, Span(0, 5), text[:5])],
        ))  # fmt: skip
    return Document(text=text, id=f"bench-{i}", published=published, outlet=f"Outlet {i % 7}",
                    url=f"https://example.org/{i}", events=events, control=control,
                    pipeline_version="bench", data_version="bench")  # fmt: skip


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms"


@contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"marsad_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench(label: str, url: str, n_events: int, seed: int) -> None:
    rng = random.Random(seed)
    places = make_places(rng)
    docs_needed = n_events // 5
    print(f"\n== {label}: {docs_needed} reports, {n_events} events ==", flush=True)
    with Store.open(url, geocoder=lambda name: []) as store:
        t0 = time.perf_counter()
        first = min(1000, docs_needed)
        for i in range(first):
            store.ingest_document(make_document(rng, places, i))
        rate = first / (time.perf_counter() - t0)
        print(f"ingest (store only, one report per transaction, {first} reports): {rate:.0f} reports/s", flush=True)
        analyze_at = {1000 * 4**k for k in range(8)}
        t0 = time.perf_counter()
        for start in range(first, docs_needed, BATCH):
            docs = [make_document(rng, places, i) for i in range(start, min(start + BATCH, docs_needed))]
            store.ingest_documents(docs)
            if start + BATCH in analyze_at:  # as Store.ingest_many does for `marsad ingest`
                store.analyze()
        rest = docs_needed - first
        if rest:
            rate = rest / (time.perf_counter() - t0)
            print(f"ingest (store only, {BATCH} reports per transaction as `marsad ingest` does, next {rest} "
                  f"reports, up to {n_events} events): {rate:.0f} reports/s", flush=True)  # fmt: skip
        t0 = time.perf_counter()
        store.analyze()  # as `marsad ingest` does after a large ingest
        print(f"analyze: {time.perf_counter() - t0:.1f} s", flush=True)
        t0 = time.perf_counter()
        dup = min(500, docs_needed)
        rng_dup = random.Random(seed)
        make_places(rng_dup)
        for i in range(dup):
            store.ingest_document(make_document(rng_dup, places, i))
        print(f"re-ingest of stored reports (duplicates): {dup / (time.perf_counter() - t0):.0f} reports/s")
        counts = store.counts()
        print(f"stored: {counts}")
        hoods = [p for p in places if p.kind is PlaceKind.NEIGHBOURHOOD][:300]
        by_id = timed(lambda: store.control(rng.choice(hoods).place_id), 50)
        print(f"control PLACE_ID: {ms(by_id)}")
        by_name = timed(lambda: store.control(rng.choice(hoods).name_ar), 50)
        print(f"control ARABIC_NAME (name matching, no gazetteer): {ms(by_name)}")
        at = timed(lambda: store.control(rng.choice(hoods).place_id, at=dt.date(2015, 6, 1)), 50)
        print(f"control PLACE_ID --at: {ms(at)}")
        city = timed(lambda: store.control(f"B-{rng.randrange(30)}"), 20)
        print(f"control CITY (roll-up of 10 neighbourhoods): {ms(city)}")
        maps = timed(lambda: store.map(dt.date(2015, 6, 1)), 5)
        print(f"map --at (all {len(hoods)} places with facts + cities): {ms(maps)}")
        events = timed(lambda: store.events(place="B-3", since=dt.date(2015, 1, 1), until=dt.date(2015, 3, 31)), 10)
        print(f"events --place CITY --since --until (one quarter): {ms(events)}")
        extract_rate(store)


def extract_rate(store: Store) -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"
    if not seed.is_file():
        return
    try:
        extract = store.extractor
        extract("نص", published=dt.date(2017, 10, 29))
    except Exception as exc:  # extraction is optional for this benchmark
        print(f"ingest with extraction: skipped ({type(exc).__name__}: {exc})")
        return
    text = seed.read_text(encoding="utf-8")
    n = 40
    t0 = time.perf_counter()
    for i in range(n):
        store.ingest_text(text + f"\n({i})", published=dt.date(2017, 10, 29), outlet="Euphrates Post")
    print(f"ingest with extraction (seed-sized reports): {n / (time.perf_counter() - t0):.1f} reports/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", choices=["sqlite", "pg", "both"], default="both")
    parser.add_argument(
        "--pg", default=os.environ.get("MARSAD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            bench("SQLite", f"sqlite:///{tmp}/bench.sqlite", args.events, args.seed)
    if args.db in ("pg", "both"):
        try:
            with pg_database(args.pg) as url:
                bench("PostgreSQL", url, args.events, args.seed)
        except sa.exc.OperationalError as exc:
            print(f"PostgreSQL not reachable at {args.pg}: {exc.orig}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
