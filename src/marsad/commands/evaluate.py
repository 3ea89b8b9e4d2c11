"""``marsad evaluate``: sentence-level and event-level scores against gold files and review sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from marsad.errors import MarsadError


@click.command()
@click.option(
    "--sentences",
    "sentence_files",
    multiple=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Labelled sentences (JSONL: id, event_type ASSAULT|PROTEST, label, text); repeatable.",
)
@click.option(
    "--gold",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="A gold.json in the seed's format; its document path is read relative to it.",
)
@click.option(
    "--review",
    "review_files",
    multiple=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="A review set (JSONL: id, text, published, expect: [events]) scored event by event; repeatable.",
)
@click.option(
    "--show-errors",
    type=int,
    default=0,
    help="Print up to N misclassified sentences per type; with --review, up to N errors per set "
    "(misses, false events, wrong fields).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(
    sentence_files: tuple[Path, ...], gold: Path | None, review_files: tuple[Path, ...], show_errors: int, as_json: bool
) -> None:
    """Score extraction: sentence detection (precision/recall/F1), gold events and/or review sets."""
    if not sentence_files and gold is None and not review_files:
        raise click.UsageError("give --sentences FILE, --gold gold.json and/or --review FILE")
    import marsad
    from marsad.evaluate.events import load_gold, score_events
    from marsad.evaluate.reviews import ReviewItem, read_reviews, review_table, score_reviews
    from marsad.evaluate.sentences import read_labelled, score_sentences
    from marsad.io.records import document_record

    def exported(item: ReviewItem) -> list[dict[str, Any]]:
        """The item's events as the default export gives them (background history left out)."""
        events: list[dict[str, Any]] = document_record(marsad.extract(item.text, published=item.published))["events"]
        return events

    result: dict[str, object] = {}
    try:
        for path in sentence_files:
            scores = score_sentences(read_labelled(path), lambda text: marsad.extract(text))
            for etype, s in scores.items():
                result[f"{path.name}:{etype}"] = {
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "tn": s.tn,
                }
                if not as_json:
                    click.echo(
                        f"{path.name} {etype}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
                        f"(tp={s.tp} fp={s.fp} fn={s.fn} tn={s.tn})"
                    )
                    for kind, sid, text in s.errors[:show_errors]:
                        click.echo(f"  {kind} {sid}: {text}")
        if gold is not None:
            g = load_gold(gold)
            d = g["document"]
            text = (gold.parent / d["path"]).read_text(encoding="utf-8")
            doc = marsad.extract(text, published=d.get("published"), outlet=d.get("outlet", ""))
            es = score_events(doc, g)
            result["gold"] = {
                "required_found": es.required_found,
                "required_total": es.required_total,
                "matches": [{"id": m.gold_id, "matched": m.matched, "differences": m.differences} for m in es.matches],
                "extras": len(es.extras),
                "violations": es.violations,
                "fatalities": es.fatality_checks,
            }
            if not as_json:
                click.echo(
                    f"{gold}: required events found {es.required_found}/{es.required_total}, "
                    f"extra events {len(es.extras)}"
                )
                for m in es.matches:
                    state = "ok  " if m.matched else "MISS"
                    click.echo(
                        f"  {state} {m.gold_id}{'' if m.required else ' (optional)'}"
                        f"{': ' + '; '.join(m.differences) if m.differences else ''}"
                    )
                for line in es.fatality_checks:
                    click.echo(f"  {line}")
                for v in es.violations:
                    click.echo(f"  VIOLATION {v}")
        reviews = [(path, score_reviews(read_reviews(path), exported)) for path in review_files]
        for path, rs in reviews:
            result[f"{path.name}:review"] = rs.as_dict(show_errors)
        if reviews and not as_json:
            click.echo(review_table([(path.name, rs) for path, rs in reviews]))
            for path, rs in reviews:
                if show_errors > 0 and rs.errors:
                    click.echo(f"{path.name} errors:")
                    for err in rs.errors[:show_errors]:
                        click.echo(f"  {err.describe()}")
    except MarsadError as exc:
        raise click.ClickException(exc.message) from exc
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
