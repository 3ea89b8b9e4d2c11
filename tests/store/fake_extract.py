"""A stand-in for ``marsad.extract`` used by the store's CLI tests (``--extractor fake_extract:extract``).

Each line of a report is an instruction, so tests control exactly what gets stored:

    EVENT <place_id> <YYYY-MM-DD> <sub-event label with _ for spaces> <fatalities> [<actor2 id>]
    FACT <place_id> <actor id> <held|lost|contested|partial> <YYYY-MM | YYYY-MM-DD | YYYY> <kind> [<other>]
    FAIL            -> raise InputError (a bad document)
    SLEEP <seconds> -> take that long (to be killed midway)

Other lines are ignored, so any text can follow. The pipeline version is $MARSAD_FAKE_VERSION or "p1".
"""

from __future__ import annotations

import datetime as dt
import os
import time

from marsad.errors import InputError
from marsad.model import ControlStatus, DateValue, Document, SubEventType

try:
    from . import factories as f
except ImportError:  # run as a top-level module in a subprocess (PYTHONPATH=tests/store)
    import factories as f  # type: ignore[no-redef]

PLACES = {p.place_id: p for p in (f.DEZ, f.HAMIDIYAH, f.SHEIKH_YASSIN, f.UMMAL, f.ARFI, f.SINAA, f.RAQQA)}
ACTORS = {a.actor_id: a for a in (f.SYR, f.ISIS, f.FSA, f.RUS, f.MILITIA)}


def _date(text: str) -> DateValue:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return DateValue.year(parts[0])
    if len(parts) == 2:
        return DateValue.month(parts[0], parts[1])
    return DateValue.day(dt.date(*parts))


def extract(
    text: str, published: dt.date | str | None = None, outlet: str = "", url: str = "", doc_id: str = ""
) -> Document:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = f.document(
        text,
        published=published,
        outlet=outlet,
        url=url,
        doc_id=doc_id,
        versions=(os.environ.get("MARSAD_FAKE_VERSION", "p1"), "d1"),
    )
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] == "FAIL":
            raise InputError("this report is marked FAIL")
        if words[0] == "SLEEP":
            time.sleep(float(words[1]))
        elif words[0] == "EVENT":
            place, date, sub, deaths = PLACES[words[1]], _date(words[2]), words[3], int(words[4])
            actor2 = ACTORS[words[5]] if len(words) > 5 else f.ISIS
            doc.events.append(
                f.battle(
                    place,
                    date,
                    SubEventType.from_label(sub.replace("_", " ")),
                    actor2=actor2,
                    fatalities=deaths,
                    evidence=line,
                )
            )
        elif words[0] == "FACT":
            place = PLACES[words[1]]
            other = words[6] if len(words) > 6 else ""
            doc.control.append(
                f.fact(
                    place,
                    words[2],
                    ControlStatus(words[3]),
                    _date(words[4]),
                    kind=words[5],
                    other=other,
                    evidence=line,
                )
            )
    return doc
