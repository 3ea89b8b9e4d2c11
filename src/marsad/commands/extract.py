"""``marsad extract``: reports in, ACLED-coded events out (JSONL or ACLED CSV)."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from marsad.errors import FeedError, InputError, JsonlLineError, MarsadError
from marsad.io.feeds import iter_feed
from marsad.io.readers import InputDoc, iter_jsonl, read_report
from marsad.io.records import ACLED_COLUMNS, document_record

#: show progress on stderr when there are at least this many documents
PROGRESS_FROM = 20


def _inputs(
    files: tuple[Path, ...], input_jsonl: Path | None, feeds: tuple[Path, ...] = ()
) -> Iterator[InputDoc | tuple[str | None, InputError]]:
    """Documents to extract, or (document id if known, error) for those that cannot be read."""
    for path in files:
        try:
            yield InputDoc(id=path.stem, text=read_report(path))
        except InputError as exc:
            yield path.stem, exc
    if input_jsonl is not None:
        for item in iter_jsonl(input_jsonl):
            yield (item.doc_id, item) if isinstance(item, JsonlLineError) else item
    for feed in feeds:
        try:
            for entry in iter_feed(feed):
                yield (entry.doc_id, entry) if isinstance(entry, FeedError) else entry
        except FeedError as exc:
            yield feed.stem, exc


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--input",
    "input_jsonl",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help='JSONL file, one report per line: {"id", "text", "published"?, "outlet"?, "url"?}.',
)
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="RSS or Atom file, one report per entry (its link, outlet and publication day kept); repeatable.",
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for FILES and for lines without one.")
@click.option("--outlet", default="", help="Outlet name, recorded as the events' source.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one line per document with its events; csv: ACLED columns, one row per event.",
)
@click.option(
    "--include-historical", is_flag=True, help="Also export background-history events (flagged historical=true)."
)
@click.option("--pack", default="sy", show_default=True, help="Country pack of language data.")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write (default: standard output).",
)
def extract(
    files: tuple[Path, ...],
    input_jsonl: Path | None,
    feeds: tuple[Path, ...],
    published: str | None,
    outlet: str,
    fmt: str,
    include_historical: bool,
    pack: str,
    output: TextIO,
) -> None:
    """Extract ACLED-coded events from Arabic reports (FILES, --input JSONL and/or --feed RSS/Atom).

    Bad documents are reported on stderr and as records with an "error" field; the others are
    processed. Exit status 1 when any document failed.
    """
    if not files and input_jsonl is None and not feeds:
        raise click.UsageError("give report FILES, --input docs.jsonl or --feed feed.xml")
    from marsad.api import extract as run
    from marsad.api import parse_published

    try:
        default_published = parse_published(published)
        from marsad.api import default_pipeline, tune_gc_for_batch

        default_pipeline(pack)
        tune_gc_for_batch()
    except MarsadError as exc:
        raise click.ClickException(exc.message) from exc
    writer = csv.DictWriter(output, fieldnames=ACLED_COLUMNS, extrasaction="ignore") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    failed = done = 0
    started = time.monotonic()
    stamp = int(time.time())
    show_progress = sys.stderr.isatty() or len(files) >= PROGRESS_FROM or input_jsonl is not None or bool(feeds)
    for item in _inputs(files, input_jsonl, feeds):
        if isinstance(item, tuple):
            bad_id, error = item
            failed += 1
            click.echo(f"error: {error.message}", err=True)
            if fmt == "jsonl":
                failure: dict[str, object] = {"id": bad_id, "events": [], "error": error.message}
                output.write(json.dumps(failure, ensure_ascii=False) + "\n")
            continue
        try:
            doc = run(
                item.text,
                published=item.published or default_published,
                outlet=item.outlet or outlet,
                url=item.url,
                doc_id=item.id,
                pack=pack,
            )
        except MarsadError as exc:
            failed += 1
            click.echo(f"error: {item.id}: {exc.message}", err=True)
            if fmt == "jsonl":
                output.write(json.dumps({"id": item.id, "events": [], "error": exc.message}, ensure_ascii=False) + "\n")
            continue
        except Exception as exc:  # a bug must not lose the rest of the batch; say so plainly
            failed += 1
            message = f"internal error ({type(exc).__name__}: {exc}); please report it with this document"
            click.echo(f"error: {item.id}: {message}", err=True)
            if fmt == "jsonl":
                output.write(json.dumps({"id": item.id, "events": [], "error": message}, ensure_ascii=False) + "\n")
            continue
        done += 1
        record = document_record(doc, include_historical=include_historical, timestamp=stamp)
        if doc.skipped_reason:
            click.echo(f"note: {item.id}: no events: {doc.skipped_reason}", err=True)
        if writer is not None:
            for row in record["events"]:
                writer.writerow(row)
        else:
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
        if show_progress and done % 100 == 0:
            rate = done / max(1e-9, time.monotonic() - started)
            click.echo(f"\r{done} documents, {failed} failed, {rate:.0f}/s", err=True, nl=False)
    if show_progress and done >= 100:
        click.echo("", err=True)
    if failed:
        click.echo(f"{done} documents extracted, {failed} failed", err=True)
        sys.exit(1)
