"""One event a day: an event dated by days named one by one ("اشتباكات يومي السبت والأحد أسفرت عن مقتل خمسة")
is one event on each day, its dead split evenly with the remainder on the first day (ACLED: events are daily,
a total over several days is split across them)."""

from __future__ import annotations

from dataclasses import replace

from marsad.model.dates import DateValue
from marsad.model.document import Document
from marsad.model.events import Event, EvidenceRole


def split_by_day(doc: Document, events: list[Event]) -> list[Event]:
    """``events`` with each one dated by a mention of listed days (:attr:`DateMention.days`) replaced by one
    event per day."""
    listed = {(d.span.start, d.span.end): d for d in doc.dates if len(d.days) > 1}
    if not listed:
        return events  # (most reports name no such days: one look at the dates)
    out: list[Event] = []
    for e in events:
        dated = [(v.span.start, v.span.end) for v in e.evidence if v.role is EvidenceRole.DATE]
        mention = next((listed[k] for k in dated if k in listed), None)
        # (only days told in the event's own sentence: a date the discourse lent it may be another event's)
        if mention is None or e.date != mention.value or mention.sentence != e.sentence:
            out.append(e)
            continue
        share, rest = divmod(e.fatalities, len(mention.days))
        for k, day in enumerate(mention.days):
            out.append(
                replace(
                    e,
                    date=DateValue.day(day),
                    fatalities=share + (rest if k == 0 else 0),
                    assoc_actor_1=list(e.assoc_actor_1),
                    assoc_actor_2=list(e.assoc_actor_2),
                    evidence=list(e.evidence),
                    inferred=set(e.inferred),
                )
            )
    return out
