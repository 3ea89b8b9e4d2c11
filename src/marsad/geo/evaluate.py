"""Scoring the geocoder on hand-annotated sentences (``marsad.geo-eval/1`` YAML files).

    python -m marsad.geo.evaluate tests/fixtures/geo/eval_places.yaml

For each annotated mention: *correct* (resolved to the annotated place), *wrong* (resolved elsewhere),
*declined* (found but not resolved), *missed* (not found). Mentions annotated ``place: null`` must not
resolve. *Accuracy* is correct / resolved, *coverage* resolved / annotated places; *spurious* counts
resolved names nobody annotated.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from marsad.geo.geocoder import Geocoder, default_geocoder
from marsad.lang.files import load_data_file

SCHEMA = "marsad.geo-eval/1"


@dataclass(slots=True)
class EvalReport:
    annotated: int = 0
    correct: int = 0
    wrong: int = 0
    declined: int = 0
    missed: int = 0
    precision_ok: int = 0
    precision_checked: int = 0
    negatives: int = 0
    negatives_ok: int = 0
    spurious: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def resolved(self) -> int:
        return self.correct + self.wrong

    @property
    def accuracy(self) -> float:
        return self.correct / self.resolved if self.resolved else 0.0

    @property
    def coverage(self) -> float:
        return self.resolved / self.annotated if self.annotated else 0.0

    def summary(self) -> str:
        return (
            f"annotated places: {self.annotated}; resolved: {self.resolved} (coverage {self.coverage:.1%}); "
            f"correct: {self.correct} (accuracy {self.accuracy:.1%}); wrong: {self.wrong}; "
            f"declined: {self.declined}; missed: {self.missed}; "
            f"geo_precision right: {self.precision_ok}/{self.precision_checked}; "
            f"must-not-resolve kept unresolved: {self.negatives_ok}/{self.negatives}; "
            f"spurious resolved names: {self.spurious}"
        )


def evaluate(path: Path, geocoder: Geocoder | None = None) -> EvalReport:
    g = geocoder or default_geocoder()
    data = load_data_file(path, SCHEMA)
    report = EvalReport()
    for item in data.body.get("items", []):
        text = str(item["text"])
        doc, mentions = g.geocode_text(text)
        used: set[int] = set()
        for ann in item.get("mentions", []):
            surface = str(ann["text"])
            expected = ann.get("place")
            start = text.find(surface)
            hit = None
            for k, cand in enumerate(mentions):
                if k not in used and start >= 0 and cand.span.start < start + len(surface) and start < cand.span.end:
                    hit = k
                    break
            if hit is not None:
                used.add(hit)
            m = mentions[hit] if hit is not None else None
            got = m.resolved.place_id if m is not None and m.resolved is not None else None
            if expected is None:
                report.negatives += 1
                if got is None:
                    report.negatives_ok += 1
                else:
                    report.errors.append(f"should not resolve: {surface!r} -> {got} in {text}")
                continue
            report.annotated += 1
            if m is None:
                report.missed += 1
                report.errors.append(f"missed: {surface!r} in {text}")
            elif got is None:
                report.declined += 1
                report.errors.append(f"declined: {surface!r} ({m.declined_reason}) in {text}")
            elif got == expected:
                report.correct += 1
                if "precision" in ann and m.resolved is not None:
                    report.precision_checked += 1
                    if m.resolved.geo_precision == ann["precision"]:
                        report.precision_ok += 1
                    else:
                        report.errors.append(
                            f"precision {m.resolved.geo_precision} != {ann['precision']}: {surface!r} in {text}"
                        )
            else:
                report.wrong += 1
                report.errors.append(f"wrong: {surface!r} -> {got}, expected {expected} in {text}")
        for k, extra in enumerate(mentions):
            generic_landmark = bool(extra.cue) and extra.cue.isascii()  # "school", "stadium" ...
            if k in used or extra.resolved is None or extra.antecedent is not None or generic_landmark:
                continue
            report.spurious += 1
            report.errors.append(f"spurious: {doc.raw(extra.span)!r} -> {extra.resolved.place_id} in {text}")
    return report


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m marsad.geo.evaluate EVAL.yaml [--verbose]", file=sys.stderr)
        return 2
    report = evaluate(Path(args[0]))
    print(report.summary())
    if "--verbose" in args:
        for line in report.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
