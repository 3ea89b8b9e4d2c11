"""The Python API of the store; every ``marsad`` store command is a thin layer over :class:`Store`.

>>> with Store.open("sqlite:///tmp/marsad.sqlite") as store:          # doctest: +SKIP
...     store.ingest_text(text, published=date(2017, 10, 29), outlet="Euphrates Post")
...     store.control("حي الحميدية").to_dict()
"""

from __future__ import annotations

import datetime as dt
import importlib
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
from marsad.store.timeline import Period, covering, derive, rollup

Extractor = Callable[..., Document]
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
        digest = writer.content_hash(item.text)
        doc_key = item.doc_id or digest[:16]
        with self.engine.connect() as conn:
            existing = writer.find_existing(conn, digest, item.url)
        if existing is not None and existing.same_content:
            return IngestResult("duplicate", doc_key, existing.document_id)
        extract = self.extractor
        try:
            doc = extract(item.text, published=item.published, outlet=item.outlet, url=item.url, doc_id=doc_key)
        except MarsadError as exc:
            return IngestResult("failed", doc_key, message=exc.message)
        except Exception as exc:  # an extractor bug on one report must not stop the batch
            return IngestResult("failed", doc_key, message=f"extraction failed: {type(exc).__name__}: {exc}")
        return self.ingest_document(doc, doc_key=doc_key)

    def ingest_document(self, doc: Document, doc_key: str = "", fetched: dt.datetime | None = None) -> IngestResult:
        """Store an already extracted document, all of it or nothing (one transaction)."""
        problem = ""
        if not doc.text.strip():
            problem = "empty text"
        elif "\x00" in doc.text:
            problem = "the text contains NUL characters (binary data?); clean it first"
        else:
            try:
                doc.text.encode("utf-8")
            except UnicodeEncodeError as exc:
                problem = f"the text is not valid UTF-8 ({exc.reason} at character {exc.start})"
        if problem:
            return IngestResult("failed", doc_key or doc.id, message=DocumentRejectedError(problem).message)
        digest = writer.content_hash(doc.text)
        doc_key = doc_key or doc.id or digest[:16]
        now = fetched or dt.datetime.now(dt.UTC)
        for attempt in range(3):
            try:
                return self._write_document(doc, digest, doc_key, now)
            except sa.exc.IntegrityError:
                # another process stored the same content, or a place or actor of it, meanwhile
                with self.engine.connect() as conn:
                    again = writer.find_existing(conn, digest, "")
                if again is not None:
                    return IngestResult("duplicate", doc_key, again.document_id)
                self._known = writer.KnownKeys()
                if attempt == 2:
                    raise
            except sa.exc.DataError as exc:
                return IngestResult("failed", doc_key, message=DocumentRejectedError(_first_line(exc)).message)
            except sa.exc.OperationalError as exc:
                raise DatabaseUnavailableError(f"the database failed while storing {doc_key!r}: {exc.orig}") from exc
            except sa.exc.DBAPIError:
                raise
            except (sa.exc.StatementError, ValueError) as exc:  # a value the database cannot take
                return IngestResult("failed", doc_key, message=DocumentRejectedError(_first_line(exc)).message)
        raise AssertionError("unreachable")  # pragma: no cover

    def _write_document(self, doc: Document, digest: str, doc_key: str, now: dt.datetime) -> IngestResult:
        with self.engine.execution_options(**WRITE).begin() as conn:
            existing = writer.find_existing(conn, digest, doc.url)
            if existing is not None and existing.same_content:
                return IngestResult("duplicate", doc_key, existing.document_id)
            document_id = writer.insert_document(conn, doc, digest, doc_key, now)
            new_places, new_actors = self._store_results(conn, document_id, doc, now, fresh=True)
            status = "new"
            if existing is not None:  # same url, new content: the new text replaces the old
                writer.retire(conn, existing.document_id, keep_run=None)
                conn.execute(
                    sa.update(t.documents)
                    .where(t.documents.c.id == existing.document_id)
                    .values(superseded_by=document_id)
                )
                status = "updated"
        self._known.places |= new_places
        self._known.actors |= new_actors
        return IngestResult(status, doc_key, document_id)

    def _store_results(
        self, conn: Connection, document_id: int, doc: Document, now: dt.datetime, fresh: bool = False
    ) -> tuple[set[str], set[str]]:
        """Write a run of ``doc`` and make it current; ``fresh``: the document has no earlier runs."""
        places = [e.place for e in doc.events if e.place] + [f.place for f in doc.control if f.place]
        new_places = writer.ensure_places(conn, places, self._known.places)
        new_actors = writer.ensure_actors(conn, writer.actors_of(doc, lexicon_names()), self._known.actors)
        run_id = writer.insert_run(conn, document_id, doc, now)
        evidence: list[dict[str, Any]] = []
        event_ids = writer.insert_events(conn, run_id, document_id, doc.events, evidence)
        writer.insert_facts(conn, run_id, document_id, doc, evidence)
        writer.insert_evidence(conn, evidence)
        if not fresh:
            writer.retire(conn, document_id, keep_run=run_id)
        writer.assign_clusters(conn, event_ids, doc.events, document_id)
        return new_places, new_actors

    def ingest_many(self, items: Iterable[InputDocument], progress: Progress | None = None) -> IngestSummary:
        """Ingest each item in its own transaction: a failure loses nothing stored before or after it."""
        summary = IngestSummary()
        for n, item in enumerate(items, 1):
            result = self.ingest(item)
            summary.results.append(result)
            if progress is not None:
                progress(n, result)
        return summary

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
                result = IngestResult("failed", row.doc_key, int(row.id), exc.message)
            else:
                same = (doc.pipeline_version, doc.data_version) == (row.pipeline_version, row.data_version)
                if same and not force:
                    result = IngestResult("unchanged", row.doc_key, int(row.id))
                else:
                    with self.engine.execution_options(**WRITE).begin() as conn:
                        new_places, new_actors = self._store_results(conn, int(row.id), doc, dt.datetime.now(dt.UTC))
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
                members.extend(reader.reports(conn, [t.cluster_members.c.cluster_id.in_(part)]))
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
            facts = reader.timeline_facts(conn, [chosen.key, *(c.key for c in parts)])
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
            facts = reader.timeline_facts(conn, keys)
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
            hit = covering(rollup(parts), at)
            if hit:
                out.append(MapEntry(city, hit[-1], hit[-1].uncertain_at(at), derived_from_neighbourhoods=True))
        return sorted(out, key=lambda m: m.place.label)

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
    date = m.date.earliest if m.date else dt.date.max
    return (date, m.best.place.location if m.best.place else "", m.cluster_id)
