"""The seed report's acceptance, as its gold file gives it (skipped without ../shared).

Every required event with the fields of the gold, the fatality rule (12 over the Saturday events), and
none of the machine-checkable "must not" cases (history in the default export, al-Hamidiyah outside Deir
ez-Zor, the outlet's name as a place).
"""

from __future__ import annotations

from pathlib import Path

import marsad
from marsad.evaluate.events import load_gold, score_events


def test_the_seed_report_gives_the_gold_events(seed: tuple[str, Path]) -> None:
    text, gold_path = seed
    gold = load_gold(gold_path)
    meta = gold["document"]
    doc = marsad.extract(text, published=meta["published"], outlet=meta["outlet"])
    score = score_events(doc, gold)
    missing = [(m.gold_id, m.differences) for m in score.matches if m.required and not m.matched]
    assert score.required_found == score.required_total, missing
    assert score.fatality_checks and all(c.startswith("ok") for c in score.fatality_checks), score.fatality_checks
    assert score.violations == []
    # a careful coder's extras are few: the report tells one more battle, "since about two weeks"
    assert len(score.extras) <= 2
