"""Writing one extracted document inside one transaction: document, run, places, actors, events,
evidence, control facts and cluster membership. The caller owns the transaction (see ``api.Store``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from marsad.model.dates import DateValue
from marsad.model.document import Document
from marsad.model.events import ActorRef, ControlFact, Event, EventType, SubEventType
from marsad.model.places import ResolvedPlace
from marsad.store import schema as t
from marsad.store.merge import EventKey, cluster_score, window
from marsad.store.places import city_key
from marsad.store.serialize import date_from_row, event_row, evidence_rows, fact_row, place_row


def content_hash(text: str) -> str:
    """Hash of a report's content: NFC, line endings unified, outer whitespace ignored."""
    canonical = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Existing:
    """A stored document that an incoming one duplicates (same content) or updates (same url)."""

    document_id: int
    same_content: bool


def find_existing(conn: Connection, digest: str, url: str) -> Existing | None:
    """The stored document with this content, else the current one at this url (one query)."""
    d = t.documents
    same = d.c.content_hash == digest
    condition = sa.or_(same, sa.and_(d.c.url == url, d.c.superseded_by.is_(None))) if url else same
    row = conn.execute(
        sa.select(d.c.id, d.c.content_hash)
        .where(condition)
        .order_by(sa.case((same, 0), else_=1), d.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return Existing(int(row[0]), row[1] == digest)


@dataclass(frozen=True, slots=True)
class Pending:
    """A document about to be written, with its content hash and the key it is stored under."""

    doc: Document
    digest: str
    doc_key: str


#: clusters spanning more days than this are "wide" (see ``schema.clusters.wide``)
NARROW_DAYS = 40
#: from this many rows on, PostgreSQL inserts take their ids from the sequence first
BULK_ROWS = 20


def insert_returning_ids(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their new ids, in order.

    For many rows on PostgreSQL the ids are drawn from the table's sequence first and the rows sent as one
    pipelined executemany (much faster than a multi-row INSERT ... RETURNING, whose long text psycopg parses
    anew for every batch); otherwise INSERT ... RETURNING is used.
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql" and len(rows) >= BULK_ROWS:
        ids = [
            int(r[0])
            for r in conn.execute(
                sa.text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": table.name, "n": len(rows)},
            )
        ]
        conn.execute(sa.insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    result = conn.execute(sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [int(r[0]) for r in result]


@dataclass(slots=True)
class ExistingMany:
    by_hash: dict[str, int]
    by_url: dict[str, int]


def find_existing_many(conn: Connection, digests: Sequence[str], urls: Sequence[str]) -> ExistingMany:
    """Stored documents with any of these contents, and current ones at any of these urls (one query)."""
    d = t.documents
    wanted_urls = sorted({u for u in urls if u})
    condition: sa.ColumnElement[bool] = d.c.content_hash.in_(sorted(set(digests)))
    if wanted_urls:
        condition = sa.or_(condition, sa.and_(d.c.url.in_(wanted_urls), d.c.superseded_by.is_(None)))
    out = ExistingMany({}, {})
    wanted = set(digests)
    for row in conn.execute(sa.select(d.c.id, d.c.content_hash, d.c.url).where(condition).order_by(d.c.id)):
        if row.content_hash in wanted:
            out.by_hash[row.content_hash] = int(row.id)
        if row.url:
            out.by_url[row.url] = int(row.id)
    return out


def insert_documents(conn: Connection, items: Sequence[Pending], fetched: dt.datetime) -> list[int]:
    rows = [
        {
            "doc_key": p.doc_key,
            "content_hash": p.digest,
            "url": p.doc.url,
            "outlet": p.doc.outlet,
            "published": p.doc.published,
            "fetched": fetched,
            "language": p.doc.language,
            "text": p.doc.text,
        }
        for p in items
    ]
    return insert_returning_ids(conn, t.documents, rows)


class KnownKeys:
    """Place and actor ids already in the database, so a batch does not ask again (filled on commit)."""

    def __init__(self) -> None:
        self.places: set[str] = set()
        self.actors: set[str] = set()


def ensure_places(conn: Connection, places: Iterable[ResolvedPlace], known: set[str]) -> set[str]:
    """Insert the places not stored yet; returns the ids now known to be stored."""
    wanted = {p.place_id: p for p in places if p.place_id not in known}
    if not wanted:
        return set()
    stored = {r[0] for r in conn.execute(sa.select(t.places.c.place_id).where(t.places.c.place_id.in_(list(wanted))))}
    missing = [place_row(p) for pid, p in wanted.items() if pid not in stored]
    if missing:
        conn.execute(sa.insert(t.places), missing)
    return set(wanted)


def ensure_actors(conn: Connection, actors: dict[str, tuple[str, int]], known: set[str]) -> set[str]:
    wanted = {k: v for k, v in actors.items() if k and k not in known}
    if not wanted:
        return set()
    stored = {r[0] for r in conn.execute(sa.select(t.actors.c.actor_id).where(t.actors.c.actor_id.in_(list(wanted))))}
    missing = [{"actor_id": k, "name": n, "inter": i} for k, (n, i) in wanted.items() if k not in stored]
    if missing:
        conn.execute(sa.insert(t.actors), missing)
    return set(wanted)


def actors_of(doc: Document, names: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """Every actor a document's events and facts mention: id -> (English name, inter code)."""
    out: dict[str, tuple[str, int]] = {}

    def add(ref: ActorRef | None) -> None:
        if ref is not None:
            out.setdefault(ref.actor_id, (ref.name, ref.inter))

    for e in doc.events:
        for ref in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2):
            add(ref)
    for f in doc.control:
        for actor_id in (f.actor_id, f.other_actor_id):
            if actor_id and actor_id not in out:
                out[actor_id] = names.get(actor_id, ("", 0))
    return out


def insert_runs(conn: Connection, items: Sequence[tuple[int, Document]], created: dt.datetime) -> list[int]:
    rows = [
        {
            "document_id": document_id,
            "pipeline_version": doc.pipeline_version,
            "data_version": doc.data_version,
            "created": created,
            "is_current": True,
            "events_count": len(doc.events),
            "facts_count": len(doc.control),
            "warnings": list(doc.warnings) or None,
        }
        for document_id, doc in items
    ]
    return insert_returning_ids(conn, t.runs, rows)


def insert_events(
    conn: Connection, items: Sequence[tuple[int, int, Sequence[Event]]], pending: list[dict[str, Any]]
) -> list[int]:
    """Insert the events of ``(run_id, document_id, events)`` items; returns their ids in order. Their
    evidence rows are appended to ``pending`` (see :func:`insert_evidence`)."""
    rows = [
        {**event_row(e, seq), "run_id": run_id, "document_id": document_id, "is_current": True}
        for run_id, document_id, events in items
        for seq, e in enumerate(events)
    ]
    if not rows:
        return []
    ids = insert_returning_ids(conn, t.events, rows)
    flat = [e for _, _, events in items for e in events]
    pending.extend(
        row for event_id, e in zip(ids, flat, strict=True) for row in evidence_rows(e.evidence, event_id=event_id)
    )
    return ids


def insert_facts(
    conn: Connection, items: Sequence[tuple[int, int, Sequence[ControlFact]]], pending: list[dict[str, Any]]
) -> list[int]:
    """Insert the control facts of ``(run_id, document_id, facts)`` items; evidence rows go to ``pending``."""
    rows = [
        {**fact_row(f, seq), "run_id": run_id, "document_id": document_id, "is_current": True}
        for run_id, document_id, facts in items
        for seq, f in enumerate(facts)
    ]
    if not rows:
        return []
    ids = insert_returning_ids(conn, t.control_facts, rows)
    flat = [f for _, _, facts in items for f in facts]
    pending.extend(
        row for fact_id, f in zip(ids, flat, strict=True) for row in evidence_rows(f.evidence, fact_id=fact_id)
    )
    return ids


def insert_evidence(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(sa.insert(t.evidence), rows)


def retire(conn: Connection, document_id: int, keep_run: int | None) -> None:
    """Make every run of a document but ``keep_run`` not current, and take its events out of clusters."""
    old_runs = sa.select(t.runs.c.id).where(t.runs.c.document_id == document_id)
    if keep_run is not None:
        old_runs = old_runs.where(t.runs.c.id != keep_run)
    old_events = sa.select(t.events.c.id).where(t.events.c.run_id.in_(old_runs), t.events.c.is_current)
    affected = [
        int(r[0])
        for r in conn.execute(
            sa.select(t.cluster_members.c.cluster_id).where(t.cluster_members.c.event_id.in_(old_events)).distinct()
        )
    ]
    conn.execute(sa.delete(t.cluster_members).where(t.cluster_members.c.event_id.in_(old_events)))
    conn.execute(sa.update(t.runs).where(t.runs.c.id.in_(old_runs)).values(is_current=False))
    conn.execute(sa.update(t.events).where(t.events.c.run_id.in_(old_runs)).values(is_current=False))
    conn.execute(sa.update(t.control_facts).where(t.control_facts.c.run_id.in_(old_runs)).values(is_current=False))
    for cluster_id in affected:
        refresh_cluster(conn, cluster_id)


def refresh_cluster(conn: Connection, cluster_id: int) -> None:
    """Recompute a cluster's size and date window from its members; drop it when it has none."""
    m = t.cluster_members
    e = t.events
    row = conn.execute(
        sa.select(sa.func.count(), sa.func.min(e.c.date_earliest), sa.func.max(e.c.date_latest))
        .select_from(m.join(e, e.c.id == m.c.event_id))
        .where(m.c.cluster_id == cluster_id)
    ).one()
    if int(row[0]) == 0:
        conn.execute(sa.delete(t.clusters).where(t.clusters.c.id == cluster_id))
        return
    lo, hi = _as_day(row[1]), _as_day(row[2])
    conn.execute(
        sa.update(t.clusters)
        .where(t.clusters.c.id == cluster_id)
        .values(size=int(row[0]), date_earliest=lo, date_latest=hi, wide=_is_wide(lo, hi))
    )


def _as_day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # SQLite's min()/max() of dates come back as text


def _days(dates: Sequence[DateValue]) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the windows of ``dates`` (None, None when there are none)."""
    if not dates:
        return None, None
    return min(d.earliest for d in dates), max(d.latest for d in dates)


def _is_wide(lo: dt.date | None, hi: dt.date | None) -> bool:
    return lo is not None and hi is not None and (hi - lo).days > NARROW_DAYS


_KEY_COLUMNS = (
    t.events.c.id,
    t.events.c.document_id,
    t.events.c.sub_event_type,
    t.events.c.date_earliest,
    t.events.c.date_latest,
    t.events.c.date_precision,
    t.events.c.place_id,
    t.events.c.city_key,
    t.events.c.actor1_id,
    t.events.c.actor1_inferred,
    t.events.c.actor2_id,
    t.events.c.actor2_inferred,
    t.events.c.historical,
    t.places.c.kind,
)


def _key_from_row(row: Any) -> EventKey:
    m = row._mapping
    return EventKey(
        document_id=int(m["document_id"]),
        sub_event_type=SubEventType.from_label(m["sub_event_type"]),
        date=date_from_row(m),
        place_id=m["place_id"],
        place_kind=m["kind"] or "",
        city_key=m["city_key"],
        actor1=m["actor1_id"],
        actor1_inferred=bool(m["actor1_inferred"]),
        actor2=m["actor2_id"],
        actor2_inferred=bool(m["actor2_inferred"]),
        historical=bool(m["historical"]),
    )


def _candidate_members(
    conn: Connection, keys: Sequence[EventKey], event_types: Sequence[str]
) -> dict[int, list[EventKey]]:
    """Members of every stored cluster that may take one of ``keys`` (same city, type and history flag,
    dates near), in one query."""
    one = dt.timedelta(days=1)
    groups: dict[tuple[str, str, bool], list[tuple[dt.date, dt.date]]] = {}
    for key, event_type in zip(keys, event_types, strict=True):
        if key.date is None or not key.city_key:
            continue
        lo, hi = window(key.date)
        groups.setdefault((key.city_key, event_type, key.historical), []).append((lo - one, hi + one))
    if not groups:
        return {}
    c = t.clusters
    reach = dt.timedelta(days=NARROW_DAYS)
    selects = []
    for (city, event_type, historical), windows in groups.items():
        for lo, hi in _union(windows):
            same = (c.c.city_key == city, c.c.event_type == event_type, c.c.historical == historical)
            # a narrow cluster overlapping [lo, hi] starts at most NARROW_DAYS before lo
            selects.append(sa.select(c.c.id).where(
                *same, sa.not_(c.c.wide), c.c.date_earliest >= lo - reach, c.c.date_earliest <= hi,
                c.c.date_latest >= lo,
            ))  # fmt: skip
            selects.append(sa.select(c.c.id).where(*same, c.c.wide, c.c.date_earliest <= hi, c.c.date_latest >= lo))
    # one indexed range query per stretch of days, as a UNION ALL (a big OR makes planners scan)
    candidates: list[int] = []
    for part in range(0, len(selects), 400):  # SQLite allows 500 terms in a compound select
        chunk = selects[part : part + 400]
        statement = sa.union_all(*chunk) if len(chunk) > 1 else chunk[0]
        candidates.extend(int(r[0]) for r in conn.execute(statement))
    candidates = sorted(set(candidates))
    if not candidates:
        return {}
    m = t.cluster_members
    query = sa.select(m.c.cluster_id, *_KEY_COLUMNS).select_from(
        m.join(t.events, t.events.c.id == m.c.event_id).outerjoin(t.places, t.places.c.place_id == t.events.c.place_id)
    )
    out: dict[int, list[EventKey]] = {}
    for part in range(0, len(candidates), 2000):
        for row in conn.execute(query.where(m.c.cluster_id.in_(candidates[part : part + 2000]))):
            out.setdefault(int(row[0]), []).append(_key_from_row(row))
    return out


def _union(windows: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping windows merged, so a batch asks for each stretch of days once."""
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def assign_clusters(conn: Connection, items: Sequence[tuple[int, Event, int]]) -> None:
    """Put each new event (``event_id, event, document_id``) in the best fitting cluster, stored or made
    earlier in the same batch, or in a new one of its own. A handful of statements for the whole batch."""
    if not items:
        return
    events = [e for _, e, _ in items]
    keys = [EventKey.of(e, doc_id, city_key(e.place) if e.place else None) for _, e, doc_id in items]
    clusters = _candidate_members(conn, keys, [e.event_type.value for e in events])
    types = {cid: members[0].sub_event_type.event_type for cid, members in clusters.items()}
    stored = set(clusters)
    # clusters by city, type and history flag, each with the days its members span (widened by a day)
    buckets: dict[tuple[str | None, EventType, bool], list[int]] = {}
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    one = dt.timedelta(days=1)

    def note(cid: int, key: EventKey) -> None:
        if key.date is None:
            return
        lo, hi = window(key.date)
        old = spans.get(cid)
        spans[cid] = (min(lo - one, old[0]), max(hi + one, old[1])) if old else (lo - one, hi + one)

    for cid, members in clusters.items():
        buckets.setdefault((members[0].city_key, types[cid], members[0].historical), []).append(cid)
        for m in members:
            note(cid, m)
    joined: dict[int, list[tuple[int, float, EventKey]]] = {}
    next_temp = -1
    for (event_id, event, _), key in zip(items, keys, strict=True):
        best: tuple[float, int] | None = None
        bucket = (key.city_key, event.event_type, key.historical)
        if key.date is not None and key.city_key:
            lo, hi = window(key.date)
            for cluster_id in buckets.get(bucket, ()):
                span = spans.get(cluster_id)
                if span is None or span[0] > hi or span[1] < lo:
                    continue
                score = cluster_score(key, clusters[cluster_id])
                if score is not None and (best is None or score > best[0]):
                    best = (score, cluster_id)
        if best is None:
            best = (1.0, next_temp)
            clusters[next_temp] = []
            types[next_temp] = event.event_type
            buckets.setdefault(bucket, []).append(next_temp)
            next_temp -= 1
        clusters[best[1]].append(key)  # later events (of this document or batch) are matched against it
        note(best[1], key)
        joined.setdefault(best[1], []).append((event_id, best[0], key))
    fresh = sorted((cid for cid in joined if cid not in stored), reverse=True)
    real: dict[int, int] = {}
    if fresh:
        rows = []
        for cid in fresh:
            dated = [k.date for _, _, k in joined[cid] if k.date is not None]
            first = joined[cid][0][2]
            days = _days(dated)
            rows.append({
                "city_key": first.city_key or "",
                "event_type": types[cid].value,
                "historical": first.historical,
                "date_earliest": days[0],
                "date_latest": days[1],
                "size": len(joined[cid]),
                "wide": _is_wide(*days),
            })  # fmt: skip
        real = dict(zip(fresh, insert_returning_ids(conn, t.clusters, rows), strict=True))
    conn.execute(
        sa.insert(t.cluster_members),
        [
            {"cluster_id": real.get(cid, cid), "event_id": event_id, "score": score}
            for cid, added in joined.items()
            for event_id, score, _ in added
        ],
    )
    grown = [cid for cid in joined if cid in stored]
    if grown:
        c = t.clusters
        params = []
        for cid in grown:
            dated = [k.date for k in clusters[cid] if k.date is not None]  # every member, old and new
            days = _days(dated)
            params.append({"cid": cid, "n": len(clusters[cid]), "lo": days[0], "hi": days[1], "w": _is_wide(*days)})
        conn.execute(
            sa.update(c)
            .where(c.c.id == sa.bindparam("cid", type_=sa.Integer))
            .values(
                size=sa.bindparam("n", type_=sa.Integer),
                date_earliest=sa.bindparam("lo", type_=sa.Date),
                date_latest=sa.bindparam("hi", type_=sa.Date),
                wide=sa.bindparam("w", type_=sa.Boolean),
            ),
            params,
        )
