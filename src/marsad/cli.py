"""The ``marsad`` command line. Sub-commands load lazily so ``marsad --help`` starts fast."""

from __future__ import annotations

import importlib
from typing import Any

import click

#: command name -> "module:attribute" of a click command, imported only when used
COMMANDS: dict[str, str] = {
    "extract": "marsad.commands.extract:extract",
    "evaluate": "marsad.commands.evaluate:evaluate",
    "data": "marsad.commands.data:data",
    "geocode": "marsad.geo.cli:geocode",
    "gazetteer": "marsad.geo.cli:gazetteer",
    "ingest": "marsad.store.cli:ingest",
    "events": "marsad.store.cli:events",
    "control": "marsad.store.cli:control",
    "map": "marsad.store.cli:map_command",
    "export": "marsad.store.cli:export",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: Any = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="marsad")
def main() -> None:
    """Marsad: Arabic conflict reports to ACLED-coded, geocoded, source-traceable events."""
