"""Sentence-level detection scores on files of labelled sentences (the GSR format).

Each line: ``{"id", "event_type": "ASSAULT"|"PROTEST", "label": "yes"|"easy no"|"difficult no"|"ambiguous",
"text"}``. A sentence is detected for ASSAULT when any extracted event is Battles, Explosions/Remote
violence or Violence against civilians; for PROTEST when any is Protests or Riots. ``yes`` is positive,
both kinds of ``no`` negative, ``ambiguous`` left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import EvaluationError
from marsad.evaluate.counts import PrecisionRecall
from marsad.evaluate.jsonl import numbered_objects
from marsad.model.document import Document

DETECTS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": frozenset({"Protests", "Riots"}),
}


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    id: str
    event_type: str
    positive: bool
    text: str
    label: str


@dataclass(slots=True)
class Score(PrecisionRecall):
    event_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, text)


def read_labelled(path: Path) -> list[LabelledSentence]:
    out: list[LabelledSentence] = []
    for n, obj in numbered_objects(path, "a labelled sentence"):
        try:
            label = obj["label"]
            if label == "ambiguous":
                continue
            if label not in ("yes", "easy no", "difficult no"):
                raise EvaluationError(f"{path}:{n}: unknown label {label!r}")
            out.append(LabelledSentence(str(obj["id"]), str(obj["event_type"]), label == "yes", obj["text"], label))
        except (KeyError, TypeError) as exc:
            raise EvaluationError(f"{path}:{n}: not a labelled sentence ({exc})") from exc
    return out


def score_sentences(sentences: Iterable[LabelledSentence], extract: Callable[[str], Document]) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for s in sentences:
        if s.event_type not in DETECTS:
            raise EvaluationError(f"{s.id}: unknown event_type {s.event_type!r}; expected one of {sorted(DETECTS)}")
        score = scores.setdefault(s.event_type, Score(s.event_type))
        doc = extract(s.text)
        # background history is not part of the default export, so it does not count as detected
        detected = any(e.event_type.value in DETECTS[s.event_type] and not e.historical for e in doc.events)
        if detected and s.positive:
            score.tp += 1
        elif detected:
            score.fp += 1
            score.errors.append(("fp", s.id, s.text))
        elif s.positive:
            score.fn += 1
            score.errors.append(("fn", s.id, s.text))
        else:
            score.tn += 1
    return scores
