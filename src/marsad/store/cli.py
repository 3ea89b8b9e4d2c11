"""The store's commands: ``marsad ingest``, ``events``, ``control``, ``map`` and ``export``.

Each is a thin layer over :class:`marsad.store.api.Store`; ``--db URL`` (or ``$MARSAD_DB``) picks the
database, by default a SQLite file in ``$MARSAD_DATA_DIR`` (else ``~/.local/share/marsad``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from marsad.errors import MarsadError
from marsad.store.api import Store, load_extractor
from marsad.store.records import IngestResult, InputDocument

F = TypeVar("F", bound=Callable[..., Any])
#: after storing this many new reports, ``ingest`` refreshes the database's statistics
ANALYZE_AFTER = 500


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        envvar="MARSAD_DB",
        default=None,
        metavar="URL",
        help="Database URL (sqlite:///FILE, postgresql://USER@HOST/DB) or a SQLite file path. "
        "Default: marsad.sqlite in $MARSAD_DATA_DIR, else ~/.local/share/marsad. Env: MARSAD_DB.",
    )(func)


def _to_date(ctx: click.Context, param: click.Parameter, value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


DATE = click.DateTime(formats=["%Y-%m-%d"])


def _open(db: str | None, extractor: str | None = None) -> Store:
    try:
        return Store.open(db, extractor=load_extractor(extractor) if extractor else None)
    except MarsadError as exc:
        raise click.ClickException(exc.args[0]) from exc


def _emit(text: str) -> None:
    click.echo(text, nl=False)


class _Progress:
    """Progress on stderr: a live line on a terminal, a line every ``every`` documents otherwise."""

    def __init__(self, total: int | None, every: int = 100) -> None:
        self.total = total
        self.every = every
        self.counts = {"new": 0, "duplicate": 0, "failed": 0}
        self.tty = sys.stderr.isatty()

    def __call__(self, n: int, result: IngestResult) -> None:
        key = {"updated": "new", "unchanged": "duplicate", "reextracted": "new"}.get(result.status, result.status)
        self.counts[key] = self.counts.get(key, 0) + 1
        if result.status == "failed":
            click.echo(f"failed: {result.doc_id}: {result.message}", err=True)
        of = f"/{self.total}" if self.total else ""
        line = f"ingest {n}{of}: new {self.counts['new']}, duplicate {self.counts['duplicate']}, " + (
            f"failed {self.counts['failed']}"
        )
        if self.tty:
            click.echo("\r" + line, nl=False, err=True)
        elif n % self.every == 0:
            click.echo(line, err=True)

    def done(self) -> None:
        if self.tty:
            click.echo("", err=True)


def _items(
    files: tuple[Path, ...], input_path: str | None, published: dt.date | None, outlet: str, url: str
) -> Iterator[InputDocument | IngestResult]:
    from marsad.store.inputs import read_files, read_jsonl

    yield from read_files(list(files), published, outlet, url)
    if input_path == "-":
        yield from read_jsonl(sys.stdin, "<stdin>", published, outlet)
    elif input_path:
        with open(input_path, encoding="utf-8") as stream:
            yield from read_jsonl(stream, input_path, published, outlet)


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--input",
    "input_path",
    metavar="DOCS.jsonl",
    type=click.Path(allow_dash=True),
    help='JSONL file (or - for stdin), one {"id", "text", "published"?, "outlet"?, "url"?} per line.',
)
@click.option(
    "--published",
    type=DATE,
    callback=_to_date,
    help="Publication date of the FILES (and of JSONL lines without one).",
)
@click.option("--outlet", default="", help="Outlet of the FILES (and of JSONL lines without one).")
@click.option("--url", default="", help="URL of the FILES (the same URL with new text replaces the old text).")
@click.option(
    "--reextract",
    is_flag=True,
    help="Instead of reading new reports, extract every stored report again and store a new run "
    "where the pipeline or language-data version changed (old results stay until replaced).",
)
@click.option("--force", is_flag=True, help="With --reextract: store a new run even when versions are the same.")
@click.option(
    "--extractor",
    metavar="MODULE:FUNCTION",
    help="Extraction function to use instead of marsad.extract (same signature).",
)
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Reports written per transaction (fewer when extraction is slow: at least one commit a second). "
    "An interrupted run loses at most this batch, which the next run stores.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option
def ingest(
    files: tuple[Path, ...],
    input_path: str | None,
    published: dt.date | None,
    outlet: str,
    url: str,
    reextract: bool,
    force: bool,
    extractor: str | None,
    batch: int,
    as_json: bool,
    db: str | None,
) -> None:
    """Extract reports and store them, each exactly once.

    A report already stored (same content, whatever its name) counts as a duplicate and is not extracted
    again; reports are written in small transactions (--batch), so an interrupted run loses nothing
    already stored and can simply be run again. Prints "new N, duplicate N, failed N"; progress goes to
    stderr. Exit code 1 when any report failed.
    """
    if not files and not input_path and not reextract:
        raise click.UsageError("give report FILES, --input DOCS.jsonl or --reextract")
    if url and len(files) > 1:
        raise click.UsageError("--url names one report: give one FILE with it (a url's new text replaces the old)")
    from marsad.api import tune_gc_for_batch

    tune_gc_for_batch()
    store = _open(db, extractor)
    with store:
        progress = _Progress(len(files) if files and not input_path else None)
        try:
            if reextract:
                summary = store.reextract(progress=progress, force=force)
            else:
                summary = store.ingest_many(
                    _items(files, input_path, published, outlet, url), progress=progress, batch_size=batch
                )
        except MarsadError as exc:
            progress.done()
            raise click.ClickException(exc.args[0]) from exc
        progress.done()
        if summary.new >= ANALYZE_AFTER:
            store.analyze()
    click.echo(json.dumps(summary.to_dict(), ensure_ascii=False) if as_json else summary.line())
    if summary.failed:
        sys.exit(1)


@click.command()
@click.option("--since", type=DATE, callback=_to_date, metavar="YYYY-MM-DD", help="Only events on or after this day.")
@click.option("--until", type=DATE, callback=_to_date, metavar="YYYY-MM-DD", help="Only events on or before this day.")
@click.option("--place", help="Place id or name (Arabic or English); a city includes its neighbourhoods.")
@click.option("--actor", help="Actor id (SYR_STATE) or part of an English actor name.")
@click.option("--type", "event_type", help="Event type or sub-type, e.g. Battles or 'Armed clash'.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "geojson"]),
    help="jsonl: one merged event per line with its reports; csv: ACLED columns; geojson: points.",
    default="jsonl",
    show_default=True,
)
@click.option("--historical", is_flag=True, help="Include background history (e.g. 2012 events in a 2017 report).")
@click.option("--unmerged", is_flag=True, help="One record per report instead of one per merged event (jsonl).")
@db_option
def events(
    since: dt.date | None,
    until: dt.date | None,
    place: str | None,
    actor: str | None,
    event_type: str | None,
    fmt: str,
    historical: bool,
    unmerged: bool,
    db: str | None,
) -> None:
    """List stored events, merged across sources, with the filters given.

    Each merged event lists every report behind it and what the reports disagree on.
    """
    from marsad.store import export as out

    with _open(db) as store:
        try:
            if unmerged:
                reports = store.reports(since, until, place, actor, event_type, include_historical=historical)
                _emit(out.jsonl(out.report_dict(r) for r in reports))
                return
            found = store.events(since, until, place, actor, event_type, include_historical=historical)
        except MarsadError as exc:
            raise click.ClickException(exc.args[0]) from exc
    if fmt == "csv":
        _emit(out.events_csv(found))
    elif fmt == "geojson":
        click.echo(json.dumps(out.events_geojson(found), ensure_ascii=False))
    else:
        _emit(out.jsonl(out.merged_dict(m) for m in found))


@click.command()
@click.argument("place")
@click.option("--at", type=DATE, callback=_to_date, metavar="YYYY-MM-DD", help="Only the period(s) covering this day.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    help="json: the full timeline with sources; table: a summary for reading.",
    default="json",
    show_default=True,
)
@db_option
def control(place: str, at: dt.date | None, fmt: str, db: str | None) -> None:
    """Who controlled PLACE, period by period, and on whose word.

    PLACE is a place id or a name in Arabic or English ("حي الحميدية", al-Hamidiyah). A city without
    facts of its own is described from its neighbourhoods (contested while they are split).
    Contradicting sources are listed under "contradictions" and their periods marked "disputed".
    """
    with _open(db) as store:
        try:
            timeline = store.control(place, at=at)
        except MarsadError as exc:
            raise click.ClickException(exc.args[0]) from exc
    data = timeline.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(_table(data, timeline.actor_names))


def _table(data: dict[str, Any], names: dict[str, str]) -> str:
    place = data["place"]
    title = place.get("location") or place.get("name_en") or place.get("name_ar") or place.get("key")
    if place.get("name_ar") and place["name_ar"] != title:
        title += f" ({place['name_ar']})"
    lines = [title]
    if data.get("derived_from_neighbourhoods"):
        lines.append("(no facts of its own: from its neighbourhoods)")
    lines.extend(_period_rows(data["periods"], names))
    if data.get("from_neighbourhoods"):
        lines.append("from its neighbourhoods:")
        lines.extend(_period_rows(data["from_neighbourhoods"], names))
    for c in data.get("contradictions", []):
        outlets = ", ".join(sorted({x["outlet"] or x["document"] for x in c["claims"]}))
        lines.append(f"contradiction {c['date']}: {c['reason']} ({outlets})")
    if data.get("undated_facts"):
        lines.append(f"{len(data['undated_facts'])} undated fact(s) not placed on the timeline")
    return "\n".join(lines)


def _period_rows(periods: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    header = ("controller", "status", "from", "until", "contested by", "sources")
    rows = [header]
    for p in periods:
        who = p["controller_name"] or p["controller"]
        sources = sorted({s["outlet"] or s["document"] for s in p["sources"]})
        status = p["status"] + (" (disputed)" if p["disputed"] else "")
        other = p.get("contested_by_name") or names.get(p["contested_by"] or "", p["contested_by"] or "")
        rows.append((who, status, p["start"] or "?", p["end"] or "", other, ", ".join(sources)))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]


@click.command("map")
@click.option("--at", type=DATE, callback=_to_date, metavar="YYYY-MM-DD", required=True, help="The day to show.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["geojson", "jsonl"]),
    help="geojson: a FeatureCollection of places; jsonl: one place per line.",
    default="geojson",
    show_default=True,
)
@db_option
def map_command(at: dt.date, fmt: str, db: str | None) -> None:
    """Every known place's controller on one day (GeoJSON points; cities from their neighbourhoods)."""
    from marsad.store import export as out

    with _open(db) as store:
        entries = store.map(at)
        names = store.actor_names()
    collection = out.map_geojson(entries, names, at.isoformat())
    if fmt == "jsonl":
        _emit(out.jsonl(f["properties"] for f in collection["features"]))
    else:
        click.echo(json.dumps(collection, ensure_ascii=False))


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "geojson", "jsonl"]),
    help="acled-csv: ACLED's columns in order; geojson: points; jsonl: merged events with their reports.",
    default="acled-csv",
    show_default=True,
)
@click.option("--historical", is_flag=True, help="Include background history (left out by default, as ACLED does).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to a file, not stdout.")
@db_option
def export(fmt: str, historical: bool, output: str | None, db: str | None) -> None:
    """Export merged events with ACLED's rules: one row per event, lowest fatality figure, most precise
    place and date, every outlet in "source". Events known only to the year are left out."""
    with _open(db) as store:
        text = store.export(fmt, include_historical=historical)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        _emit(text)
