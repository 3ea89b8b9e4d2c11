"""The event store: documents, extraction runs, merged events and control timelines in SQLite or
PostgreSQL (one code path, SQLAlchemy Core; Alembic migrations applied when a store is opened)."""

from marsad.store.api import Store
from marsad.store.merge import MergedEvent, Report
from marsad.store.records import IngestResult, IngestSummary, InputDocument, MapEntry, PlaceInfo, Timeline

__all__ = [
    "IngestResult",
    "IngestSummary",
    "InputDocument",
    "MapEntry",
    "MergedEvent",
    "PlaceInfo",
    "Report",
    "Store",
    "Timeline",
]
