"""Writing one extracted document inside one transaction: document, run, places, actors, events,
evidence, control facts and cluster membership. The caller owns the transaction (see ``api.Store``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from marsad.model.dates import DateValue
from marsad.model.document import Document
from marsad.model.events import ActorRef, EventType, SubEventType
from marsad.model.places import ResolvedPlace
from marsad.store import schema as t
from marsad.store.merge import EventKey, cluster_score, window
from marsad.store.places import city_key
from marsad.store.reader import chunks, ids_in
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
#: tables whose ids are drawn before their rows are written (see :func:`allocate_ids`)
ID_TABLES = (t.documents, t.runs, t.events, t.control_facts, t.clusters)
_ALLOCATE: dict[str, sa.TextClause] = {}


def _allocation_query(dialect: str) -> sa.TextClause:
    """One statement for the ids of every table in :data:`ID_TABLES` (``:n0``, ``:n1`` ... rows each)."""
    if dialect not in _ALLOCATE:
        if dialect == "postgresql":
            parts = [
                f"SELECT {k} AS k, nextval(pg_get_serial_sequence('{table.name}', 'id')) AS id "
                f"FROM generate_series(1, :n{k})"
                for k, table in enumerate(ID_TABLES)
            ]
            _ALLOCATE[dialect] = sa.text(" UNION ALL ".join(parts))
        else:
            maxima = ", ".join(f"(SELECT max(id) FROM {table.name})" for table in ID_TABLES)
            _ALLOCATE[dialect] = sa.text(f"SELECT {maxima}")
    return _ALLOCATE[dialect]


def allocate_ids(conn: Connection, counts: Mapping[sa.Table, int]) -> dict[sa.Table, list[int]]:
    """New ids for ``counts[table]`` rows of tables in :data:`ID_TABLES`, ascending, in one query, so that
    rows can be written without RETURNING (and, on PostgreSQL, all in one round trip: see :func:`pipelined`).

    PostgreSQL draws them from the tables' sequences (safe with concurrent writers). SQLite continues after
    the largest id, as it does itself: a writer holds SQLite's write lock from its BEGIN (IMMEDIATE) on."""
    out: dict[sa.Table, list[int]] = {table: [] for table in ID_TABLES}
    if not any(counts.values()):
        return out
    query = _allocation_query(conn.dialect.name)
    if conn.dialect.name == "postgresql":
        params = {f"n{k}": counts.get(table, 0) for k, table in enumerate(ID_TABLES)}
        for k, new_id in conn.execute(query, params):
            out[ID_TABLES[int(k)]].append(int(new_id))
        for ids in out.values():
            ids.sort()
        return out
    maxima = conn.execute(query).one()
    for table, top in zip(ID_TABLES, maxima, strict=True):
        first = int(top or 0) + 1
        out[table] = list(range(first, first + counts.get(table, 0)))
    return out


@contextmanager
def pipelined(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, the statements of the block go to the server together (psycopg's pipeline mode): one
    round trip instead of one each. The block must not read results. A database error, which psycopg raises
    only when the block ends, comes out as SQLAlchemy's exception (IntegrityError ...), as it would without."""
    pipeline = _pipeline(conn)
    if pipeline is None:
        yield
        return
    error: type[Exception] = conn.dialect.loaded_dbapi.Error
    try:
        with pipeline():
            yield
    except error as exc:
        raise sa.exc.DBAPIError.instance(None, None, exc, error) from exc


def _pipeline(conn: Connection) -> Callable[[], AbstractContextManager[Any]] | None:
    """The driver connection's ``pipeline`` when it is psycopg's and libpq supports it."""
    if conn.dialect.name != "postgresql" or not _psycopg_pipelines():
        return None
    import psycopg

    driver = conn.connection.driver_connection
    return driver.pipeline if isinstance(driver, psycopg.Connection) else None


@cache
def _psycopg_pipelines() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    return bool(psycopg.Pipeline.is_supported())


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
        for actor_id, name in ((f.actor_id, f.actor_name), (f.other_actor_id, f.other_actor_name)):
            if actor_id and actor_id not in out:
                known, inter = names.get(actor_id, ("", 0))
                out[actor_id] = (known or name, inter)
    return out


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


#: from this many stretches of days on, the search for clusters is kept from parallel workers on PostgreSQL
SERIAL_FROM = 16
#: stretches of days asked for in one query (two terms each: SQLite allows 500 in a compound select)
STRETCHES_PER_QUERY = 200


def _candidate_members(
    conn: Connection, keys: Sequence[EventKey], event_types: Sequence[str]
) -> dict[int, list[EventKey]]:
    """Members of every stored cluster that may take one of ``keys`` (same city, type and history flag,
    dates near), by cluster id then event id: the clusters' ids, then their members (two queries; asked
    at once, with ``IN (subquery)``, PostgreSQL without fresh statistics may scan every member)."""
    one = dt.timedelta(days=1)
    groups: dict[tuple[str, str, bool], list[tuple[dt.date, dt.date]]] = {}
    for key, event_type in zip(keys, event_types, strict=True):
        if key.date is None or not key.city_key:
            continue
        lo, hi = window(key.date)
        groups.setdefault((key.city_key, event_type, key.historical), []).append((lo - one, hi + one))
    reach = dt.timedelta(days=NARROW_DAYS)
    stretches = [
        {"city": city, "type": event_type, "historical": historical, "reach": lo - reach, "lo": lo, "hi": hi}
        for (city, event_type, historical), windows in groups.items()
        for lo, hi in _union(windows)
    ]
    if conn.dialect.name == "postgresql" and len(stretches) > SERIAL_FROM:
        # a batch's union of index probes looks costly enough to PostgreSQL's planner for parallel workers,
        # which take longer to start than the probes take (tens of ms on a busy server); until commit
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
    candidates: set[int] = set()
    for part in range(0, len(stretches), STRETCHES_PER_QUERY):
        chunk = stretches[part : part + STRETCHES_PER_QUERY]
        # padded with its last stretch to a power of two: few shapes of query to build, compile and prepare
        size = min(STRETCHES_PER_QUERY, 1 << (len(chunk) - 1).bit_length())
        chunk += [chunk[-1]] * (size - len(chunk))
        params = {f"{name}{n}": value for n, stretch in enumerate(chunk) for name, value in stretch.items()}
        candidates.update(int(r[0]) for r in conn.execute(_clusters_query(size), params))
    if not candidates:
        return {}
    m = t.cluster_members
    query = (
        sa.select(m.c.cluster_id, *_KEY_COLUMNS)
        .select_from(
            m.join(t.events, t.events.c.id == m.c.event_id).outerjoin(
                t.places, t.places.c.place_id == t.events.c.place_id
            )
        )
        .order_by(m.c.cluster_id, m.c.event_id)
    )
    out: dict[int, list[EventKey]] = {}
    for part_ids in chunks(sorted(candidates)):
        for row in conn.execute(query.where(ids_in(conn, m.c.cluster_id, part_ids))):
            out.setdefault(int(row[0]), []).append(_key_from_row(row))
    return out


@lru_cache(maxsize=16)
def _clusters_query(stretches: int) -> sa.CompoundSelect[Any] | sa.Select[Any]:
    """Ids of the clusters near any of ``stretches`` stretches of days, each given as parameters
    ``city<n>``, ``type<n>``, ``historical<n>``, ``reach<n>`` (``lo<n>`` less NARROW_DAYS), ``lo<n>``, ``hi<n>``.
    Built once per count, as building it is most of the cost of a small batch."""
    c = t.clusters
    selects = []
    for n in range(stretches):
        city, event_type, historical, reach, lo, hi = (
            sa.bindparam(f"{name}{n}", type_=column.type)
            for name, column in (
                ("city", c.c.city_key), ("type", c.c.event_type), ("historical", c.c.historical),
                ("reach", c.c.date_earliest), ("lo", c.c.date_earliest), ("hi", c.c.date_earliest),
            )
        )  # fmt: skip
        same = (c.c.city_key == city, c.c.event_type == event_type, c.c.historical == historical)
        # a narrow cluster overlapping [lo, hi] starts at most NARROW_DAYS before lo
        selects.append(sa.select(c.c.id).where(
            *same, sa.not_(c.c.wide), c.c.date_earliest >= reach, c.c.date_earliest <= hi, c.c.date_latest >= lo,
        ))  # fmt: skip
        selects.append(sa.select(c.c.id).where(*same, c.c.wide, c.c.date_earliest <= hi, c.c.date_latest >= lo))
    # one indexed range query per stretch of days, as a UNION ALL (a big OR makes planners scan)
    return sa.union_all(*selects)


def _union(windows: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping windows merged, so a batch asks for each stretch of days once."""
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


@dataclass(slots=True)
class ClusterPlan:
    """Where a batch's new events go. ``choice[i]``: (cluster id, score) of event ``i``, a negative id
    standing for the new cluster ``fresh[-id - 1]`` (a row without its id); ``grown``: the new size and
    dates of stored clusters that take events."""

    choice: list[tuple[int, float]]
    fresh: list[dict[str, Any]]
    grown: list[dict[str, Any]]


def plan_clusters(conn: Connection, keys: Sequence[EventKey], types: Sequence[EventType]) -> ClusterPlan:
    """Put each new event in the best fitting cluster, stored or made earlier in the same batch, or in a
    new one of its own (one query, for the candidate clusters; nothing is written)."""
    clusters = _candidate_members(conn, keys, [e.value for e in types]) if keys else {}
    kinds = {cid: members[0].sub_event_type.event_type for cid, members in clusters.items()}
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
        buckets.setdefault((members[0].city_key, kinds[cid], members[0].historical), []).append(cid)
        for m in members:
            note(cid, m)
    joined: dict[int, list[EventKey]] = {}
    choice: list[tuple[int, float]] = []
    next_temp = -1
    for key, event_type in zip(keys, types, strict=True):
        best: tuple[float, int] | None = None
        bucket = (key.city_key, event_type, key.historical)
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
            kinds[next_temp] = event_type
            buckets.setdefault(bucket, []).append(next_temp)
            next_temp -= 1
        clusters[best[1]].append(key)  # later events (of this document or batch) are matched against it
        note(best[1], key)
        joined.setdefault(best[1], []).append(key)
        choice.append((best[1], best[0]))
    fresh = [_cluster_columns(joined[cid], kinds[cid]) for cid in sorted(joined.keys() - stored, reverse=True)]
    grown = [_grown(cid, clusters[cid]) for cid in joined if cid in stored]  # sizes and dates of every member
    return ClusterPlan(choice, fresh, grown)


def _cluster_columns(members: Sequence[EventKey], event_type: EventType) -> dict[str, Any]:
    days = _days([k.date for k in members if k.date is not None])
    first = members[0]
    return {
        "city_key": first.city_key or "",
        "event_type": event_type.value,
        "historical": first.historical,
        "date_earliest": days[0],
        "date_latest": days[1],
        "size": len(members),
        "wide": _is_wide(*days),
    }


def _grown(cluster_id: int, members: Sequence[EventKey]) -> dict[str, Any]:
    days = _days([k.date for k in members if k.date is not None])
    return {"cid": cluster_id, "n": len(members), "lo": days[0], "hi": days[1], "w": _is_wide(*days)}


_GROW = (
    sa.update(t.clusters)
    .where(t.clusters.c.id == sa.bindparam("cid", type_=sa.Integer))
    .values(
        size=sa.bindparam("n", type_=sa.Integer),
        date_earliest=sa.bindparam("lo", type_=sa.Date),
        date_latest=sa.bindparam("hi", type_=sa.Date),
        wide=sa.bindparam("w", type_=sa.Boolean),
    )
)


def store_documents(
    conn: Connection, new: Sequence[Pending], reruns: Sequence[tuple[int, Document]], fetched: dt.datetime
) -> list[int]:
    """Store ``new`` documents, and new current runs of stored ones (``reruns``, whose old runs must be
    retired first), with their events, control facts, evidence and cluster membership; returns the new
    documents' ids.

    A few queries and one write: candidate clusters and their members, ids for every row (see
    :func:`allocate_ids`), then all rows, without RETURNING, in one round trip on PostgreSQL."""
    docs = [p.doc for p in new] + [doc for _, doc in reruns]
    # clustering only compares document ids with each other: new documents take stand-ins until theirs are drawn
    key_ids = [-k - 1 for k in range(len(new))] + [document_id for document_id, _ in reruns]
    events = [(key_id, e) for key_id, doc in zip(key_ids, docs, strict=True) for e in doc.events]
    keys = [EventKey.of(e, key_id, city_key(e.place) if e.place else None) for key_id, e in events]
    plan = plan_clusters(conn, keys, [e.event_type for _, e in events])
    ids = allocate_ids(conn, {
        t.documents: len(new), t.runs: len(docs), t.events: len(events),
        t.control_facts: sum(len(doc.control) for doc in docs), t.clusters: len(plan.fresh),
    })  # fmt: skip
    document_ids = ids[t.documents] + [document_id for document_id, _ in reruns]
    rows = _document_rows(new, ids[t.documents], fetched)
    rows.update(_result_rows(docs, document_ids, ids, fetched))
    cluster_ids = ids[t.clusters]
    rows[t.clusters] = [{**row, "id": cid} for row, cid in zip(plan.fresh, cluster_ids, strict=True)]
    rows[t.cluster_members] = [
        {"cluster_id": cluster_ids[-cid - 1] if cid < 0 else cid, "event_id": event_id, "score": score}
        for (cid, score), event_id in zip(plan.choice, ids[t.events], strict=True)
    ]
    with pipelined(conn):
        for table in (t.documents, t.runs, t.events, t.control_facts, t.evidence, t.clusters, t.cluster_members):
            if rows.get(table):  # inline: no RETURNING of evidence ids, even for a single row
                conn.execute(sa.insert(table).inline(), rows[table])
        if plan.grown:
            conn.execute(_GROW, plan.grown)
    return ids[t.documents]


def _document_rows(
    new: Sequence[Pending], ids: Sequence[int], fetched: dt.datetime
) -> dict[sa.Table, list[dict[str, Any]]]:
    rows = [
        {
            "id": document_id,
            "doc_key": p.doc_key,
            "content_hash": p.digest,
            "url": p.doc.url,
            "outlet": p.doc.outlet,
            "published": p.doc.published,
            "fetched": fetched,
            "language": p.doc.language,
            "text": p.doc.text,
        }
        for p, document_id in zip(new, ids, strict=True)
    ]
    return {t.documents: rows}


def _result_rows(
    docs: Sequence[Document], document_ids: Sequence[int], ids: Mapping[sa.Table, list[int]], created: dt.datetime
) -> dict[sa.Table, list[dict[str, Any]]]:
    """Rows of the runs, events, control facts and evidence of ``docs``, with the ids drawn for them."""
    runs: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []  # of every event first, then of every fact
    fact_evidence: list[dict[str, Any]] = []
    event_ids, fact_ids = iter(ids[t.events]), iter(ids[t.control_facts])
    for doc, document_id, run_id in zip(docs, document_ids, ids[t.runs], strict=True):
        runs.append({
            "id": run_id, "document_id": document_id, "pipeline_version": doc.pipeline_version,
            "data_version": doc.data_version, "created": created, "is_current": True,
            "events_count": len(doc.events), "facts_count": len(doc.control), "warnings": list(doc.warnings) or None,
        })  # fmt: skip
        owner = {"run_id": run_id, "document_id": document_id, "is_current": True}
        for seq, e in enumerate(doc.events):
            event_id = next(event_ids)
            events.append({**event_row(e, seq), "id": event_id, **owner})
            evidence.extend(evidence_rows(e.evidence, event_id=event_id))
        for seq, f in enumerate(doc.control):
            fact_id = next(fact_ids)
            facts.append({**fact_row(f, seq), "id": fact_id, **owner})
            fact_evidence.extend(evidence_rows(f.evidence, fact_id=fact_id))
    return {t.runs: runs, t.events: events, t.control_facts: facts, t.evidence: evidence + fact_evidence}
