"""The Python API behind :func:`marsad.extract`: building the default pipeline once and running it."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from functools import lru_cache

from marsad.errors import DateArgumentError
from marsad.model.document import Document
from marsad.pipeline import Pipeline, Stage

PIPELINE_VERSION = "0.1.0"


def parse_published(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise DateArgumentError(
            f"publication date {value!r} is not YYYY-MM-DD; pass e.g. --published 2017-10-29 or leave it out"
        ) from exc


def default_stages(pack: str = "sy") -> list[Stage]:
    from marsad.extractors.actors import ActorStage
    from marsad.extractors.events import EventStage
    from marsad.extractors.quantities import QuantityStage
    from marsad.extractors.text_stage import TextStage
    from marsad.extractors.triggers import TriggerStage
    from marsad.geo.stage import PlaceStage
    from marsad.temporal.stage import DateStage

    return [
        TextStage(),
        ActorStage(pack),
        DateStage(),
        TriggerStage(),
        QuantityStage(),
        PlaceStage(),
        EventStage(pack),
    ]


@lru_cache(maxsize=4)
def default_pipeline(pack: str = "sy") -> Pipeline:
    # Loading makes some hundred thousand objects that all live on: the collections their count would
    # set off find nothing to free (a tenth of a fresh process's start-up), so the collector waits until
    # they are made, as it was before.
    enabled = gc.isenabled()
    gc.disable()
    try:
        pipeline = Pipeline(default_stages(pack))
        pipeline.share_scans()  # loads the gazetteer too, so it is frozen below with the rest
    finally:
        if enabled:
            gc.enable()
    # The language data, automata and gazetteer live as long as the process: keep them out of the
    # cyclic garbage collector's scans, which otherwise dominate the cost of each report.
    gc.collect()
    gc.freeze()
    return pipeline


#: the cyclic collector's first threshold in a process that extracts report after report (Python's is 700)
BATCH_GC_THRESHOLD = 10_000


def tune_gc_for_batch() -> None:
    """For a command that extracts many reports (``marsad extract``, ``marsad ingest``), not for a library
    user's process: the collector's young generation is scanned after 10,000 new objects instead of 700.
    A report's objects (tokens, mentions, frames) are then mostly freed before any scan sees them, where
    they were scanned about once a report (3 % of its cost); memory grows by a few thousand objects."""
    gc.set_threshold(BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


@lru_cache(maxsize=4)
def data_version(pack: str = "sy") -> str:
    """A short id of the language data in use (``sy:<hash>``), recorded in every output and stored row.

    :func:`data_versions` lists what it stands for; ``marsad data info`` prints both.
    """
    return f"{pack}:{hashlib.sha1(data_versions(pack).encode()).hexdigest()[:12]}"


@lru_cache(maxsize=4)
def data_versions(pack: str = "sy") -> str:
    """Every language-data family's version, so results can be traced to the data that made them."""
    from marsad.geo.curated import default_layer
    from marsad.geo.place_words import load_place_words
    from marsad.lang.actors import load_actors
    from marsad.lang.cues import load_cues
    from marsad.lang.numbers import load_numbers
    from marsad.lang.packs import load_pack
    from marsad.lang.timewords import load_time_words
    from marsad.lang.triggers import load_triggers

    return ";".join(
        [
            f"pack:{pack}@{load_pack(pack).version}",
            f"actors@{load_actors(pack).version}",
            f"triggers@{load_triggers().version}",
            f"cues@{load_cues().version}",
            f"places@{load_place_words().version}",
            f"numbers@{load_numbers().version}",
            f"time@{load_time_words().version}",
            f"gazetteer@{default_layer().digest[:12]}",
        ]
    )


def document_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def extract(
    text: str,
    published: dt.date | str | None = None,
    outlet: str = "",
    url: str = "",
    doc_id: str = "",
    pack: str = "sy",
) -> Document:
    doc = Document(
        text=text,
        id=doc_id or document_id(text),
        published=parse_published(published),
        outlet=outlet,
        url=url,
    )
    doc.pipeline_version = PIPELINE_VERSION
    doc.data_version = data_version(pack)
    return default_pipeline(pack)(doc)
