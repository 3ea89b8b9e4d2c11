"""``marsad data``: check and describe the language-data files."""

from __future__ import annotations

import sys

import click


@click.group()
def data() -> None:
    """Language data: lint the files, show their versions."""


@data.command()
def lint() -> None:
    """Check every language-data file (schema, NFC, presentation forms, duplicates, references)."""
    from marsad.lang.lint import lint_all

    bad = 0
    for report in lint_all():
        status = "ok" if not report.problems else f"{len(report.problems)} problem(s)"
        click.echo(f"{report.family:<14} {report.entries:>5} entries  {status}  (v{report.version})")
        for p in report.problems:
            click.echo(f"    {p}")
        bad += len(report.problems)
    if bad:
        sys.exit(1)


@data.command()
@click.option("--pack", default="sy", show_default=True)
def info(pack: str) -> None:
    """Print the data version string recorded in every output."""
    from marsad.api import data_version, data_versions

    click.echo(data_version(pack))
    click.echo(data_versions(pack))
