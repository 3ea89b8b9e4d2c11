"""Reading back: stored reports (events with their documents and clusters), control facts, places."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from marsad.model.dates import DateValue
from marsad.model.events import ControlStatus, Evidence
from marsad.model.places import ResolvedPlace
from marsad.store import schema as t
from marsad.store.merge import Report
from marsad.store.serialize import (
    date_from_row,
    event_from_row,
    evidence_from_row,
    fact_from_row,
    place_from_row,
)
from marsad.store.timeline import FactSource, TimelineFact

CHUNK = 2000
_STATUS = {s.value: s for s in ControlStatus}


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ids_in(conn: Connection, column: sa.ColumnElement[int], ids: Sequence[int]) -> sa.ColumnElement[bool]:
    """``column IN ids``; on PostgreSQL as ``= ANY(array)``, one parameter instead of one per id (for
    thousands of ids, sending and planning the long list costs several times what the lookup does)."""
    if conn.dialect.name == "postgresql":
        return column == sa.any_(sa.bindparam(None, list(ids), type_=postgresql.ARRAY(sa.Integer)))
    return column.in_(ids)


def place_rows(conn: Connection, ids: Iterable[str]) -> dict[str, Any]:
    wanted = sorted(set(ids))
    out: dict[str, Any] = {}
    for part in chunks(wanted):
        for row in conn.execute(sa.select(t.places).where(t.places.c.place_id.in_(part))):
            out[row.place_id] = row._mapping
    return out


def _evidence(conn: Connection, column: sa.Column[Any], ids: Sequence[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for part in chunks(ids):
        query = sa.select(t.evidence).where(ids_in(conn, column, part)).order_by(t.evidence.c.id)
        for row in conn.execute(query):
            m = row._mapping
            out.setdefault(int(m[column.name]), []).append(evidence_from_row(m))
    return out


def _place(rows: dict[str, Any], place_id: str | None, detail: Any) -> ResolvedPlace | None:
    if place_id is None or place_id not in rows:
        return None
    return place_from_row(rows[place_id], detail)


def reports(conn: Connection, conditions: Sequence[sa.ColumnElement[bool]] = (), current: bool = True) -> list[Report]:
    """Stored events (current runs only, unless ``current`` is False) with their source documents."""
    e, d, m = t.events, t.documents, t.cluster_members
    query = (
        sa.select(e, d.c.doc_key, d.c.outlet, d.c.url, d.c.published, d.c.fetched, m.c.cluster_id)
        .select_from(e.join(d, d.c.id == e.c.document_id).outerjoin(m, m.c.event_id == e.c.id))
        .where(*conditions)
        .order_by(e.c.id)
    )
    if current:
        query = query.where(e.c.is_current)
    rows = [r._mapping for r in conn.execute(query)]
    evidence = _evidence(conn, t.evidence.c.event_id, [int(r["id"]) for r in rows])
    places = place_rows(conn, (r["place_id"] for r in rows if r["place_id"] is not None))
    out: list[Report] = []
    for r in rows:
        event = event_from_row(
            r, _place(places, r["place_id"], r["place_detail"]), evidence.get(int(r["id"]), []), r["doc_key"]
        )
        out.append(
            Report(
                event_id=int(r["id"]),
                cluster_id=int(r["cluster_id"]) if r["cluster_id"] is not None else None,
                document_key=r["doc_key"],
                outlet=r["outlet"],
                url=r["url"],
                published=_as_date(r["published"]),
                fetched=r["fetched"],
                event=event,
            )
        )
    return out


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def timeline_facts(
    conn: Connection, place_keys: Sequence[str], with_evidence: bool = True
) -> dict[str, list[TimelineFact]]:
    """Current control facts of the given places, ready for :func:`marsad.store.timeline.derive`.

    Facts without a date stay undated (see ``Derivation.undated``). Rows are read as plain tuples, with one
    date value per distinct date: a map reads every fact stored. SQLite reads each fact's document in a
    join, by rowid; PostgreSQL's planner tends to scan every document for a city's facts, so there they
    are read apart, by id.
    """
    f, d = t.control_facts, t.documents
    joined = conn.dialect.name != "postgresql"
    labels = (d.c.doc_key, d.c.outlet, d.c.url, d.c.published) if joined else ()
    rows: list[Any] = []
    for part in chunks(list(place_keys)):
        query = (
            sa.select(
                f.c.id,
                f.c.document_id,
                f.c.place_key,
                f.c.actor_id,
                f.c.status,
                f.c.kind,
                f.c.date_earliest,
                f.c.date_latest,
                f.c.date_precision,
                f.c.other_actor_id,
                f.c.historical,
                f.c.actor_name,
                f.c.other_actor_name,
                *labels,
            )
            .select_from(f.join(d, d.c.id == f.c.document_id) if joined else f)
            .where(f.c.is_current, f.c.place_key.in_(part))
            .order_by(f.c.id)
        )
        rows.extend(conn.execute(query).all())  # fetchall: much faster than row by row
    evidence: dict[int, tuple[str, ...]] = {}
    if with_evidence:
        found = _evidence(conn, t.evidence.c.fact_id, [int(r[0]) for r in rows])
        evidence = {fact_id: tuple(e.text for e in items) for fact_id, items in found.items()}
    documents = {} if joined else _document_labels(conn, {int(r[1]) for r in rows})
    dates = _DateCache()
    out: dict[str, list[TimelineFact]] = {}
    for row in rows:
        fact_id, document_id, place_key, actor_id, status, kind, earliest, latest, precision, other, hist = row[:11]
        actor_name, other_name = row[11], row[12]
        if joined:
            doc_key, outlet, url, published = row[13], row[14], row[15], _as_date(row[16])
        else:
            doc_key, outlet, url, published = documents[int(document_id)]
        date, iso = dates.get(earliest, latest, precision)
        source = FactSource(
            fact_id=int(fact_id),
            document=doc_key,
            outlet=outlet,
            url=url,
            published=published,
            actor_id=actor_id,
            status=status,
            kind=kind,
            date=iso,
            other_actor_id=other,
            historical=bool(hist),
            evidence=evidence.get(int(fact_id), ()),
            actor_name=actor_name,
            other_actor_name=other_name,
        )
        out.setdefault(place_key, []).append(
            TimelineFact(
                actor_id=actor_id,
                status=_STATUS[status],
                kind=kind,
                date=date,
                other_actor_id=other,
                document_id=int(document_id),
                source=source,
            )
        )
    return out


def _document_labels(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str, str, dt.date | None]]:
    """Document id -> (doc_key, outlet, url, published)."""
    d = t.documents
    out: dict[int, tuple[str, str, str, dt.date | None]] = {}
    for part in chunks(sorted(ids)):
        query = sa.select(d.c.id, d.c.doc_key, d.c.outlet, d.c.url, d.c.published).where(ids_in(conn, d.c.id, part))
        for document_id, doc_key, outlet, url, published in conn.execute(query).all():
            out[int(document_id)] = (doc_key, outlet, url, _as_date(published))
    return out


class _DateCache:
    """One :class:`DateValue` (and its ISO text) per distinct stored date, instead of one per row."""

    def __init__(self) -> None:
        self._seen: dict[tuple[Any, Any, Any], tuple[DateValue | None, str | None]] = {}

    def get(self, earliest: Any, latest: Any, precision: Any) -> tuple[DateValue | None, str | None]:
        key = (earliest, latest, precision)
        hit = self._seen.get(key)
        if hit is None:
            date = date_from_row({"date_earliest": earliest, "date_latest": latest, "date_precision": precision})
            hit = self._seen[key] = (date, date.iso() if date else None)
        return hit


def facts_of_document(conn: Connection, document_id: int) -> list[Any]:
    """Current control facts of one document as model records (used by round-trip tests and the API)."""
    f, d = t.control_facts, t.documents
    rows = [
        r._mapping
        for r in conn.execute(
            sa.select(f, d.c.doc_key)
            .select_from(f.join(d, d.c.id == f.c.document_id))
            .where(f.c.document_id == document_id, f.c.is_current)
            .order_by(f.c.seq)
        )
    ]
    evidence = _evidence(conn, t.evidence.c.fact_id, [int(r["id"]) for r in rows])
    places = place_rows(conn, (r["place_id"] for r in rows if r["place_id"] is not None))
    return [
        fact_from_row(r, _place(places, r["place_id"], r["place_detail"]), evidence.get(int(r["id"]), []), r["doc_key"])
        for r in rows
    ]
