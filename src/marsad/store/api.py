"""The Python API of the store; every ``marsad`` store command is a thin layer over :class:`Store`.

>>> with Store.open("sqlite:///tmp/marsad.sqlite") as store:          # doctest: +SKIP
...     store.ingest_text(text, published=date(2017, 10, 29), outlet="Euphrates Post")
...     store.control("حي الحميدية").to_dict()
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from marsad.errors import MarsadError
from marsad.model.document import Document
from marsad.store import reader, writer
from marsad.store import schema as t
from marsad.store.actors import lexicon_names
from marsad.store.engine import WRITE, open_engine
from marsad.store.errors import (
    DatabaseUnavailableError,
    DocumentRejectedError,
    ExtractorUnavailableError,
    FormatError,
    PlaceNotFoundError,
)
from marsad.store.lookup import (
    CITY_KEY_PREFIX,
    Geocoder,
    children,
    default_geocoder,
    find_places,
    info_from_row,
    info_from_text_key,
)
from marsad.store.merge import MergedEvent, Report, merge
from marsad.store.records import IngestResult, IngestSummary, InputDocument, MapEntry, PlaceInfo, Timeline
from marsad.store.timeline import Period, covering, derive, rollup, rollup_at

Extractor = Callable[..., Document]
#: ``ingest_many`` refreshes table statistics after this many new reports, then 4, 16 ... times as many
ANALYZE_FIRST = 1000
Progress = Callable[[int, IngestResult], None]


def default_extractor() -> Extractor:
    """``marsad.extract`` (the extraction pipeline); raises when it is not installed."""
    extract: object = None
    # ``marsad.extract`` is the function, unless the ``marsad.extract`` sub-package has been imported
    # since and shadows it as an attribute; ``marsad.api.extract`` is the same function
    for module_name in ("marsad", "marsad.api"):
        try:
            extract = getattr(importlib.import_module(module_name), "extract", None)
        except ImportError:
            continue
        if callable(extract):
            break
    if not callable(extract):
        raise ExtractorUnavailableError(
            "marsad.extract is not available in this installation; ingest pre-extracted documents with "
            "Store.ingest_document or pass --extractor MODULE:FUNCTION"
        )
    return cast(Extractor, extract)


def load_extractor(spec: str) -> Extractor:
    """``module:function`` -> the function (for ``--extractor``)."""
    module_name, _, attr = spec.partition(":")
    try:
        func = getattr(importlib.import_module(module_name), attr or "extract")
    except (ImportError, AttributeError) as exc:
        raise ExtractorUnavailableError(f"cannot load extractor {spec!r}: {exc}") from exc
    if not callable(func):
        raise ExtractorUnavailableError(f"{spec!r} is not callable")
    return func  # type: ignore[no-any-return]


class Store:
    """An event store in SQLite or PostgreSQL. Open with :meth:`open`; use as a context manager."""

    def __init__(self, engine: Engine, extractor: Extractor | None = None, geocoder: Geocoder | None = None) -> None:
        self.engine = engine
        self._extractor = extractor
        self._geocoder = geocoder
        self._known = writer.KnownKeys()

    @classmethod
    def open(
        cls, url: str | None = None, extractor: Extractor | None = None, geocoder: Geocoder | None = None
    ) -> Store:
        """Open (creating and migrating as needed) the database at ``url``; default: the user's data dir."""
        return cls(open_engine(url), extractor=extractor, geocoder=geocoder)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = default_extractor()
        return self._extractor

    @property
    def geocoder(self) -> Geocoder | None:
        if self._geocoder is None:
            self._geocoder = default_geocoder()
        return self._geocoder

    # ------------------------------------------------------------------ ingest

    def ingest_text(
        self, text: str, published: dt.date | None = None, outlet: str = "", url: str = "", doc_id: str = ""
    ) -> IngestResult:
        """Extract and store one report; a report already stored (same content) is not extracted again."""
        return self.ingest(InputDocument(text, doc_id, published, outlet, url))

    def ingest(self, item: InputDocument) -> IngestResult:
        """Extract and store one report (see :meth:`ingest_many` for many)."""
        return self.ingest_many([item], batch_size=1).results[0]

    def _extract(self, item: InputDocument, extract: Extractor) -> tuple[Document | None, IngestResult | None]:
        """The document extracted from ``item``, or the result saying why there is none."""
        digest = writer.content_hash(item.text)
        doc_key = item.doc_id or digest[:16]
        try:
            doc = extract(item.text, published=item.published, outlet=item.outlet, url=item.url, doc_id=doc_key)
        except MarsadError as exc:
            return None, IngestResult("failed", doc_key, message=str(exc))
        except Exception as exc:  # an extractor bug on one report must not stop the batch
            return None, IngestResult("failed", doc_key, message=f"extraction failed: {type(exc).__name__}: {exc}")
        doc.id = item.doc_id or doc.id or doc_key  # the name the user gave wins
        return doc, None

    def ingest_many(
        self,
        items: Iterable[InputDocument | IngestResult],
        progress: Progress | None = None,
        batch_size: int = 50,
        max_wait: float = 1.0,
    ) -> IngestSummary:
        """Extract and store reports, ``batch_size`` per transaction (or fewer, when extracting them takes
        more than ``max_wait`` seconds). A report already stored is not extracted again. A report that
        fails is reported and skipped; the others are stored. An interrupted run loses at most the batch
        in progress, which a new run stores: every report ends up stored exactly once.

        ``items`` may contain results already decided (e.g. unreadable input lines), passed through."""
        summary = IngestSummary()
        extract: Extractor | None = None
        batch: list[tuple[int, Document | IngestResult]] = []
        batch_digests: set[str] = set()
        started = time.monotonic()

        next_analyze = [ANALYZE_FIRST]

        def flush() -> None:
            docs = [(n, d) for n, d in batch if isinstance(d, Document)]
            stored = iter(self.ingest_documents([d for _, d in docs]))
            for n, entry in batch:
                result = next(stored) if isinstance(entry, Document) else entry
                summary.results.append(result)
                if progress is not None:
                    progress(n, result)
            batch.clear()
            batch_digests.clear()
            if summary.new >= next_analyze[0]:  # keep the planner's statistics up with a growing store
                self.analyze()
                next_analyze[0] *= 4

        for count, item in enumerate(items, 1):
            if isinstance(item, IngestResult):
                batch.append((count, item))
            else:
                digest = writer.content_hash(item.text)
                pending_same = digest in batch_digests
                known = None if pending_same else self._stored_id(digest)
                if known is not None or pending_same:
                    batch.append((count, IngestResult("duplicate", item.doc_id or digest[:16], known)))
                else:
                    extract = extract or self.extractor
                    doc, failed = self._extract(item, extract)
                    batch_digests.add(digest)
                    batch.append((count, doc if doc is not None else failed))  # type: ignore[arg-type]
            if len(batch) >= batch_size or time.monotonic() - started >= max_wait:
                flush()
                started = time.monotonic()
        if batch:
            flush()
        return summary

    def _stored_id(self, digest: str) -> int | None:
        with self.engine.connect() as conn:
            existing = writer.find_existing(conn, digest, "")
        return existing.document_id if existing is not None else None

    def ingest_document(self, doc: Document, doc_key: str = "", fetched: dt.datetime | None = None) -> IngestResult:
        """Store an already extracted document, all of it or nothing (one transaction)."""
        return self.ingest_documents([doc], [doc_key], fetched)[0]

    def ingest_documents(
        self, docs: Sequence[Document], doc_keys: Sequence[str] | None = None, fetched: dt.datetime | None = None
    ) -> list[IngestResult]:
        """Store already extracted documents in one transaction (a few statements for the whole batch).

        Results come in the order of ``docs``: "new", "updated" (same url, new text: the old text's
        results stop being current), "duplicate" (same content, whatever its name) or "failed". When the
        batch cannot be written as a whole, each document is written on its own, so one bad document
        costs only itself."""
        keys = list(doc_keys) if doc_keys is not None else [""] * len(docs)
        results: list[IngestResult | None] = [None] * len(docs)
        pending: list[tuple[int, writer.Pending]] = []
        for i, (doc, key) in enumerate(zip(docs, keys, strict=True)):
            problem = _problem(doc.text)
            key = key or doc.id
            if problem:
                results[i] = IngestResult("failed", key, message=str(DocumentRejectedError(problem)))
                continue
            digest = writer.content_hash(doc.text)
            pending.append((i, writer.Pending(doc, digest, key or digest[:16])))
        now = fetched or dt.datetime.now(dt.UTC)
        if len(pending) > 1:
            try:
                for (i, _), result in zip(pending, self._write_batch([p for _, p in pending], now), strict=True):
                    results[i] = result
                pending = []
            except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.StatementError, ValueError, OverflowError):
                self._known = writer.KnownKeys()  # write them one by one below
        for i, p in pending:
            results[i] = self._write_one(p, now)
        return [r for r in results if r is not None]

    def _write_one(self, p: writer.Pending, now: dt.datetime) -> IngestResult:
        for attempt in range(3):
            try:
                return self._write_batch([p], now)[0]
            except sa.exc.IntegrityError:
                # another process stored the same content, or a place or actor of it, meanwhile
                again = self._stored_id(p.digest)
                if again is not None:
                    return IngestResult("duplicate", p.doc_key, again)
                self._known = writer.KnownKeys()
                if attempt == 2:
                    raise
            except sa.exc.DataError as exc:
                return IngestResult("failed", p.doc_key, message=str(DocumentRejectedError(_first_line(exc))))
            except sa.exc.OperationalError as exc:
                raise DatabaseUnavailableError(f"the database failed while storing {p.doc_key!r}: {exc.orig}") from exc
            except sa.exc.DBAPIError:
                raise
            except (sa.exc.StatementError, ValueError, OverflowError) as exc:  # a value the database cannot take
                return IngestResult("failed", p.doc_key, message=str(DocumentRejectedError(_first_line(exc))))
        raise AssertionError("unreachable")  # pragma: no cover

    def _write_batch(self, items: Sequence[writer.Pending], now: dt.datetime) -> list[IngestResult]:
        results: dict[int, IngestResult] = {}
        with self.engine.execution_options(**WRITE).begin() as conn:
            existing = writer.find_existing_many(conn, [p.digest for p in items], [p.doc.url for p in items])
            fresh: list[tuple[int, writer.Pending]] = []
            later: list[tuple[int, writer.Pending]] = []
            seen: dict[str, int] = {}
            urls = [p.doc.url for p in items if p.doc.url]
            for i, p in enumerate(items):
                if p.digest in existing.by_hash:
                    results[i] = IngestResult("duplicate", p.doc_key, existing.by_hash[p.digest])
                elif p.digest in seen:
                    later.append((i, p))  # a duplicate within the batch: stored with its first copy
                elif p.doc.url and (p.doc.url in existing.by_url or urls.count(p.doc.url) > 1):
                    later.append((i, p))  # replaces a stored text, or shares its url with another in the batch
                    seen[p.digest] = i
                else:
                    fresh.append((i, p))
                    seen[p.digest] = i
            ids, new_places, new_actors = self._store(conn, [p for _, p in fresh], [], now)
            for (i, p), document_id in zip(fresh, ids, strict=True):
                results[i] = IngestResult("new", p.doc_key, document_id)
            for i, p in later:  # one by one, each seeing what the ones before stored
                results[i], places, actors = self._write_sequential(conn, p, now)
                new_places |= places
                new_actors |= actors
        self._known.places |= new_places
        self._known.actors |= new_actors
        return [results[i] for i in range(len(items))]

    def _write_sequential(
        self, conn: Connection, p: writer.Pending, now: dt.datetime
    ) -> tuple[IngestResult, set[str], set[str]]:
        existing = writer.find_existing(conn, p.digest, p.doc.url)
        if existing is not None and existing.same_content:
            return IngestResult("duplicate", p.doc_key, existing.document_id), set(), set()
        ids, places, actors = self._store(conn, [p], [], now)
        document_id = ids[0]
        if existing is None:
            return IngestResult("new", p.doc_key, document_id), places, actors
        # same url, new content: the new text replaces the old
        writer.retire(conn, existing.document_id, keep_run=None)
        conn.execute(
            sa.update(t.documents).where(t.documents.c.id == existing.document_id).values(superseded_by=document_id)
        )
        return IngestResult("updated", p.doc_key, document_id), places, actors

    def _store(
        self, conn: Connection, new: Sequence[writer.Pending], reruns: Sequence[tuple[int, Document]], now: dt.datetime
    ) -> tuple[list[int], set[str], set[str]]:
        """Write ``new`` documents and new current runs of stored ones (see :func:`writer.store_documents`).
        Returns the new documents' ids and the place and actor ids written (remembered once committed)."""
        docs = [p.doc for p in new] + [d for _, d in reruns]
        if not docs:
            return [], set(), set()
        places = [e.place for d in docs for e in d.events if e.place]
        places += [f.place for d in docs for f in d.control if f.place]
        new_places = writer.ensure_places(conn, places, self._known.places)
        actors: dict[str, tuple[str, int]] = {}
        for d in docs:
            for k, v in writer.actors_of(d, lexicon_names()).items():
                actors.setdefault(k, v)
        new_actors = writer.ensure_actors(conn, actors, self._known.actors)
        for document_id, _ in reruns:
            writer.retire(conn, document_id, keep_run=None)  # before the new run is there to keep
        ids = writer.store_documents(conn, new, reruns, now)
        return ids, new_places, new_actors

    def reextract(self, progress: Progress | None = None, force: bool = False) -> IngestSummary:
        """Run the extractor again over every current document; store a new run where the pipeline or
        language-data version changed (or always with ``force``). The old run stays current until the new
        one is committed, and stays stored (not current) afterwards."""
        summary = IngestSummary()
        d, r = t.documents, t.runs
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    d.c.id,
                    d.c.doc_key,
                    d.c.text,
                    d.c.published,
                    d.c.outlet,
                    d.c.url,
                    r.c.pipeline_version,
                    r.c.data_version,
                )
                .select_from(d.outerjoin(r, sa.and_(r.c.document_id == d.c.id, r.c.is_current)))
                .where(d.c.superseded_by.is_(None))
                .order_by(d.c.id)
            ).all()
        for n, row in enumerate(rows, 1):
            published = reader._as_date(row.published)
            try:
                doc = self.extractor(row.text, published=published, outlet=row.outlet, url=row.url, doc_id=row.doc_key)
            except MarsadError as exc:
                result = IngestResult("failed", row.doc_key, int(row.id), str(exc))
            else:
                same = (doc.pipeline_version, doc.data_version) == (row.pipeline_version, row.data_version)
                if same and not force:
                    result = IngestResult("unchanged", row.doc_key, int(row.id))
                else:
                    with self.engine.execution_options(**WRITE).begin() as conn:
                        _, new_places, new_actors = self._store(conn, [], [(int(row.id), doc)], dt.datetime.now(dt.UTC))
                    self._known.places |= new_places
                    self._known.actors |= new_actors
                    result = IngestResult("reextracted", row.doc_key, int(row.id))
            summary.results.append(result)
            if progress is not None:
                progress(n, result)
        return summary

    # ------------------------------------------------------------------ events

    def reports(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        include_historical: bool = True,
    ) -> list[Report]:
        """Stored events one per report (not merged), filtered like :meth:`events`."""
        with self.engine.connect() as conn:
            conditions = self._event_conditions(conn, since, until, place, event_type, include_historical)
            found = reader.reports(conn, conditions)
        return [r for r in found if _has_actor(r, actor)]

    def events(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        include_historical: bool = True,
    ) -> list[MergedEvent]:
        """Merged events (one per cluster of reports) with at least one report matching the filters.

        ``since``/``until`` keep events whose date window overlaps them; ``place`` is a place id or name
        (a city includes its neighbourhoods); ``actor`` an actor id or part of an English name; ``event_type``
        an event type or sub-type (case-insensitive).
        """
        with self.engine.connect() as conn:
            conditions = self._event_conditions(conn, since, until, place, event_type, include_historical)
            matched = [r for r in reader.reports(conn, conditions) if _has_actor(r, actor)]
            cluster_ids = sorted({r.cluster_id for r in matched if r.cluster_id is not None})
            members: list[Report] = []
            for part in reader.chunks(cluster_ids):
                in_clusters = sa.select(t.cluster_members.c.event_id).where(t.cluster_members.c.cluster_id.in_(part))
                members.extend(reader.reports(conn, [t.events.c.id.in_(in_clusters)]))
        by_cluster: dict[int, list[Report]] = {}
        for r in members:
            assert r.cluster_id is not None
            by_cluster.setdefault(r.cluster_id, []).append(r)
        merged = [merge(cid, reps) for cid, reps in by_cluster.items()]
        for r in matched:
            if r.cluster_id is None:  # pragma: no cover - every stored event gets a cluster
                merged.append(merge(-r.event_id, [r]))
        return sorted(merged, key=_merged_sort_key)

    def _event_conditions(
        self,
        conn: Connection,
        since: dt.date | None,
        until: dt.date | None,
        place: str | None,
        event_type: str | None,
        include_historical: bool,
    ) -> list[sa.ColumnElement[bool]]:
        e = t.events
        conditions: list[sa.ColumnElement[bool]] = []
        if since is not None:
            conditions.append(e.c.date_latest >= since)
        if until is not None:
            conditions.append(e.c.date_earliest <= until)
        if not include_historical:
            conditions.append(sa.not_(e.c.historical))
        if event_type:
            wanted = event_type.strip().lower()
            conditions.append(
                sa.or_(sa.func.lower(e.c.event_type) == wanted, sa.func.lower(e.c.sub_event_type) == wanted)
            )
        if place:
            matches = find_places(conn, place, self.geocoder)
            if not matches:
                raise PlaceNotFoundError(f"no stored place matches {place!r}; try its Arabic or English name")
            ids = [m.place_id for m in matches if m.place_id]
            city_keys = [m.city_key for m in matches if m.city_key and m.kind not in {"neighbourhood", "landmark"}]
            conditions.append(sa.or_(e.c.place_id.in_(ids), e.c.city_key.in_(city_keys)))
        return conditions

    # ------------------------------------------------------------------ control

    def control(self, place: str, at: dt.date | None = None) -> Timeline:
        """Who held ``place`` (a place id, or a name in Arabic or English), period by period, and on
        whose word. With ``at``, only the periods covering that day."""
        with self.engine.connect() as conn:
            matches = find_places(conn, place, self.geocoder)
            if not matches:
                raise PlaceNotFoundError(
                    f"no stored place matches {place!r}; ingest reports about it first, or check the spelling"
                )
            chosen, others = matches[0], matches[1:]
            parts = children(conn, chosen)
            facts = reader.timeline_facts(conn, [chosen.key])
            # the neighbourhoods' evidence is not shown in a city's roll-up (ask for a neighbourhood for it)
            facts.update(
                reader.timeline_facts(conn, [c.key for c in parts if c.key != chosen.key], with_evidence=False)
            )
            names = self._actor_names(conn)
        own = derive(facts.get(chosen.key, []))
        part_periods = {c.label: derive(facts.get(c.key, [])).periods for c in parts}
        rolled = rollup({k: v for k, v in part_periods.items() if v}) if parts else []
        periods = own.periods
        rollup_periods = rolled
        if at is not None:
            periods = covering(periods, at)
            rollup_periods = covering(rolled, at)
        return Timeline(
            place=chosen,
            periods=periods,
            contradictions=own.contradictions,
            undated=own.undated,
            rollup=rollup_periods,
            alternatives=others,
            actor_names=names,
            at=at,
        )

    def map(self, at: dt.date) -> list[MapEntry]:
        """Every known place's controller on ``at`` (cities without facts of their own from their
        neighbourhoods)."""
        with self.engine.connect() as conn:
            keys = [
                r[0]
                for r in conn.execute(
                    sa.select(t.control_facts.c.place_key).where(t.control_facts.c.is_current).distinct()
                )
            ]
            facts = reader.timeline_facts(conn, keys, with_evidence=False)
            rows = reader.place_rows(conn, [k for k in keys if not k.startswith("text:")])
            infos = {k: info_from_row(rows[k]) if k in rows else info_from_text_key(k) for k in keys}
            city_rows = self._cities_of(conn, [i for i in infos.values() if i.kind in {"neighbourhood", "landmark"}])
        out: list[MapEntry] = []
        by_city: dict[str, dict[str, list[Period]]] = {}
        for key, info in infos.items():
            periods = derive(facts.get(key, [])).periods
            if info.kind in {"neighbourhood", "landmark"} and info.city_key:
                by_city.setdefault(info.city_key, {})[info.label] = periods
            hit = covering(periods, at)
            if hit:
                out.append(MapEntry(info, hit[-1], any(p.uncertain_at(at) for p in hit) or len(hit) > 1))
        for city_key, parts in by_city.items():
            city = city_rows.get(city_key) or _city_from_parts([i for i in infos.values() if i.city_key == city_key])
            if city.key in infos:
                continue
            state = rollup_at(parts, at)
            if state is not None:
                out.append(MapEntry(city, state, False, derived_from_neighbourhoods=True))
        return sorted(out, key=lambda m: m.place.label)

    def export(self, fmt: str = "acled-csv", include_historical: bool = False) -> str:
        """All merged events in ``acled-csv``, ``geojson`` or ``jsonl``, with ACLED's rules (what
        ``marsad export`` prints): background history only with ``include_historical``; events known
        only to the year are left out."""
        from marsad.store import export as out

        merged = [m for m in self.events(include_historical=include_historical)
                  if out.acled_exportable(m, include_historical)]  # fmt: skip
        if fmt == "acled-csv":
            return out.acled_csv(merged)
        if fmt == "geojson":
            return json.dumps(out.events_geojson(merged), ensure_ascii=False) + "\n"
        if fmt == "jsonl":
            return out.jsonl(out.merged_dict(m) for m in merged)
        raise FormatError(f"unknown export format {fmt!r}; use acled-csv, geojson or jsonl")

    def _cities_of(self, conn: Connection, parts: Sequence[PlaceInfo]) -> dict[str, PlaceInfo]:
        keys = sorted({p.city_key for p in parts if p.city_key})
        if not keys:
            return {}
        p = t.places
        rows = conn.execute(sa.select(p).where(p.c.city_key.in_(keys), p.c.kind.notin_(["neighbourhood", "landmark"])))
        return {r.city_key: info_from_row(r._mapping) for r in rows}

    def _actor_names(self, conn: Connection) -> dict[str, str]:
        names = {k: v[0] for k, v in lexicon_names().items()}
        for actor_id, name in conn.execute(sa.select(t.actors.c.actor_id, t.actors.c.name)):
            if name:
                names[actor_id] = name
        return names

    def actor_names(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return self._actor_names(conn)

    # ------------------------------------------------------------------ bookkeeping

    def analyze(self) -> None:
        """Refresh the database's table statistics (ANALYZE), so that queries stay fast after a large
        ingest; ``marsad ingest`` does it after storing many reports."""
        with self.engine.execution_options(**WRITE).begin() as conn:
            conn.exec_driver_sql("ANALYZE")

    def counts(self) -> dict[str, int]:
        """Rows per table (current events and facts only)."""
        with self.engine.connect() as conn:

            def n(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
                return int(conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one())

            return {
                "documents": n(t.documents),
                "runs": n(t.runs),
                "events": n(t.events, t.events.c.is_current),
                "control_facts": n(t.control_facts, t.control_facts.c.is_current),
                "clusters": n(t.clusters),
                "places": n(t.places),
            }

    def document(self, document_id: int) -> Document:
        """A stored document with its current events and control facts, as model records."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.documents).where(t.documents.c.id == document_id)).first()
            if row is None:
                raise KeyError(document_id)
            run = conn.execute(
                sa.select(t.runs).where(t.runs.c.document_id == document_id, t.runs.c.is_current)
            ).first()
            events = [r.event for r in reader.reports(conn, [t.events.c.document_id == document_id])]
            facts = reader.facts_of_document(conn, document_id)
        m = row._mapping
        return Document(
            text=m["text"],
            id=m["doc_key"],
            published=reader._as_date(m["published"]),
            outlet=m["outlet"],
            url=m["url"],
            language=m["language"],
            events=sorted(events, key=lambda e: e.sentence),
            control=facts,
            data_version=run.data_version if run is not None else "",
            pipeline_version=run.pipeline_version if run is not None else "",
        )

    def iter_documents(self) -> Iterator[tuple[int, str]]:
        with self.engine.connect() as conn:
            for row in conn.execute(sa.select(t.documents.c.id, t.documents.c.doc_key).order_by(t.documents.c.id)):
                yield int(row[0]), str(row[1])


def _problem(text: str) -> str:
    """Why a text cannot be stored ('' when it can)."""
    if not text.strip():
        return "empty text"
    if "\x00" in text:
        return "the text contains NUL characters (binary data?); clean it first"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"the text is not valid UTF-8 ({exc.reason} at character {exc.start})"
    return ""


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _city_from_parts(parts: Sequence[PlaceInfo]) -> PlaceInfo:
    """A city not stored as a place, described from its stored neighbourhoods (centre of their points)."""
    first = parts[0]
    points = [(p.latitude, p.longitude) for p in parts if p.latitude is not None and p.longitude is not None]
    lat = sum(p[0] for p in points) / len(points) if points else None
    lon = sum(p[1] for p in points) / len(points) if points else None
    return PlaceInfo(
        key=CITY_KEY_PREFIX + first.city_key,
        place_id=None,
        name_en=first.city,
        kind="city",
        country=first.country,
        admin1=first.admin1,
        admin2=first.admin2,
        location=first.city,
        city=first.city,
        city_key=first.city_key,
        latitude=lat,
        longitude=lon,
    )


def _has_actor(report: Report, actor: str | None) -> bool:
    if not actor:
        return True
    wanted = actor.strip().casefold()
    e = report.event
    for ref in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2):
        if ref is not None and (ref.actor_id.casefold() == wanted or wanted in ref.name.casefold()):
            return True
    return False


def _merged_sort_key(m: MergedEvent) -> tuple[Any, ...]:
    date = m.date.representative if m.date else dt.date.max
    return (date, m.best.place.location if m.best.place else "", m.cluster_id)
