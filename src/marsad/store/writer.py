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

from marsad.model.document import Document
from marsad.model.events import ActorRef, Event, SubEventType
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


def insert_document(conn: Connection, doc: Document, digest: str, doc_key: str, fetched: dt.datetime) -> int:
    result = conn.execute(
        sa.insert(t.documents).returning(t.documents.c.id),
        {
            "doc_key": doc_key,
            "content_hash": digest,
            "url": doc.url,
            "outlet": doc.outlet,
            "published": doc.published,
            "fetched": fetched,
            "language": doc.language,
            "text": doc.text,
        },
    )
    return int(result.scalar_one())


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


def insert_run(conn: Connection, document_id: int, doc: Document, created: dt.datetime) -> int:
    result = conn.execute(
        sa.insert(t.runs).returning(t.runs.c.id),
        {
            "document_id": document_id,
            "pipeline_version": doc.pipeline_version,
            "data_version": doc.data_version,
            "created": created,
            "is_current": True,
            "events_count": len(doc.events),
            "facts_count": len(doc.control),
            "warnings": list(doc.warnings) or None,
        },
    )
    return int(result.scalar_one())


def insert_events(
    conn: Connection, run_id: int, document_id: int, events: Sequence[Event], pending: list[dict[str, Any]]
) -> list[int]:
    """Insert events; their evidence rows are appended to ``pending`` (see :func:`insert_evidence`)."""
    if not events:
        return []
    rows = [
        {**event_row(e, seq), "run_id": run_id, "document_id": document_id, "is_current": True}
        for seq, e in enumerate(events)
    ]
    result = conn.execute(sa.insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True), rows)
    ids = [int(r[0]) for r in result]
    pending.extend(
        row for event_id, e in zip(ids, events, strict=True) for row in evidence_rows(e.evidence, event_id=event_id)
    )
    return ids


def insert_facts(
    conn: Connection, run_id: int, document_id: int, doc: Document, pending: list[dict[str, Any]]
) -> list[int]:
    """Insert control facts; their evidence rows are appended to ``pending``."""
    if not doc.control:
        return []
    rows = [
        {**fact_row(f, seq), "run_id": run_id, "document_id": document_id, "is_current": True}
        for seq, f in enumerate(doc.control)
    ]
    result = conn.execute(
        sa.insert(t.control_facts).returning(t.control_facts.c.id, sort_by_parameter_order=True), rows
    )
    ids = [int(r[0]) for r in result]
    pending.extend(
        row for fact_id, f in zip(ids, doc.control, strict=True) for row in evidence_rows(f.evidence, fact_id=fact_id)
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
    conn.execute(
        sa.update(t.clusters)
        .where(t.clusters.c.id == cluster_id)
        .values(size=int(row[0]), date_earliest=row[1], date_latest=row[2])
    )


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
    """Members of every cluster that may take one of ``keys`` (same city, type and history flag, dates
    near), in one query."""
    wanted = [(k, et) for k, et in zip(keys, event_types, strict=True) if k.date is not None and k.city_key]
    if not wanted:
        return {}
    c = t.clusters
    one = dt.timedelta(days=1)
    conditions = []
    for key, event_type in wanted:
        assert key.date is not None
        lo, hi = window(key.date)
        conditions.append(
            sa.and_(
                c.c.city_key == key.city_key,
                c.c.event_type == event_type,
                c.c.historical == key.historical,
                c.c.date_earliest <= hi + one,
                c.c.date_latest >= lo - one,
            )
        )
    candidates = sa.select(c.c.id).where(sa.or_(*conditions)).scalar_subquery()
    m = t.cluster_members
    query = (
        sa.select(m.c.cluster_id, *_KEY_COLUMNS)
        .select_from(
            m.join(t.events, t.events.c.id == m.c.event_id).outerjoin(
                t.places, t.places.c.place_id == t.events.c.place_id
            )
        )
        .where(m.c.cluster_id.in_(candidates))
    )
    out: dict[int, list[EventKey]] = {}
    for row in conn.execute(query):
        out.setdefault(int(row[0]), []).append(_key_from_row(row))
    return out


def assign_clusters(conn: Connection, event_ids: Sequence[int], events: Sequence[Event], document_id: int) -> None:
    """Put each new event in the best fitting cluster, or in a new one of its own (a handful of statements
    per document, whatever its number of events)."""
    keys = [EventKey.of(e, document_id, city_key(e.place) if e.place else None) for e in events]
    clusters = _candidate_members(conn, keys, [e.event_type.value for e in events])
    joined: dict[int, list[tuple[int, float]]] = {}
    fresh: list[tuple[int, Event, str | None]] = []
    for event_id, event, key in zip(event_ids, events, keys, strict=True):
        best: tuple[float, int] | None = None
        for cluster_id, members in clusters.items():
            if members[0].sub_event_type.event_type is not event.event_type:
                continue
            score = cluster_score(key, members)
            if score is not None and (best is None or score > best[0]):
                best = (score, cluster_id)
        if best is None:
            fresh.append((event_id, event, key.city_key))
        else:
            joined.setdefault(best[1], []).append((event_id, best[0]))
            clusters[best[1]].append(key)  # a second event of this document cannot join it too
    member_rows = [
        {"cluster_id": cid, "event_id": eid, "score": score} for cid, items in joined.items() for eid, score in items
    ]
    if fresh:
        result = conn.execute(
            sa.insert(t.clusters).returning(t.clusters.c.id, sort_by_parameter_order=True),
            [
                {
                    "city_key": ck or "",
                    "event_type": event.event_type.value,
                    "historical": event.historical,
                    "date_earliest": event.date.earliest if event.date else None,
                    "date_latest": event.date.latest if event.date else None,
                    "size": 1,
                }
                for _, event, ck in fresh
            ],
        )
        for (event_id, _, _), row in zip(fresh, result, strict=True):
            member_rows.append({"cluster_id": int(row[0]), "event_id": event_id, "score": 1.0})
    if member_rows:
        conn.execute(sa.insert(t.cluster_members), member_rows)
    if joined:
        c = t.clusters
        lo, hi = sa.bindparam("lo", type_=sa.Date), sa.bindparam("hi", type_=sa.Date)
        conn.execute(
            sa.update(c)
            .where(c.c.id == sa.bindparam("cid", type_=sa.Integer))
            .values(
                size=c.c.size + sa.bindparam("added", type_=sa.Integer),
                date_earliest=sa.case(
                    (sa.or_(c.c.date_earliest.is_(None), c.c.date_earliest > lo), lo), else_=c.c.date_earliest
                ),
                date_latest=sa.case(
                    (sa.or_(c.c.date_latest.is_(None), c.c.date_latest < hi), hi), else_=c.c.date_latest
                ),
            ),
            [_window_params(cid, clusters[cid][-len(items) :]) for cid, items in joined.items()],
        )


def _window_params(cluster_id: int, added: Sequence[EventKey]) -> dict[str, Any]:
    dated = [k.date for k in added if k.date is not None]
    return {
        "cid": cluster_id,
        "added": len(added),
        "lo": min(d.earliest for d in dated) if dated else None,
        "hi": max(d.latest for d in dated) if dated else None,
    }
