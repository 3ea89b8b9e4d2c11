"""Marsad: Arabic conflict reports in, ACLED-coded, geocoded, source-traceable events out.

>>> import marsad
>>> doc = marsad.extract(text, published=datetime.date(2017, 10, 29), outlet="Euphrates Post")
>>> [e.sub_event_type.label for e in doc.events]

Heavy modules load on first use, so importing :mod:`marsad` is cheap.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.model.document import Document


def extract(
    text: str,
    published: dt.date | str | None = None,
    outlet: str = "",
    url: str = "",
    doc_id: str = "",
    pack: str = "sy",
) -> Document:
    """Run the extraction pipeline on one report and return the enriched document.

    ``published`` may be a date or ``YYYY-MM-DD``; without it relative dates stay unresolved.
    """
    from marsad.api import extract as _extract

    return _extract(text, published=published, outlet=outlet, url=url, doc_id=doc_id, pack=pack)


__all__ = ["__version__", "extract"]
