"""Where the gazetteer index lives: ``$MARSAD_DATA_DIR`` or the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The directory for built indexes: ``$MARSAD_DATA_DIR``, else ``$XDG_DATA_HOME/marsad``."""
    explicit = os.environ.get("MARSAD_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "marsad"


def gazetteer_dir() -> Path:
    path = data_dir() / "gazetteer"
    path.mkdir(parents=True, exist_ok=True)
    return path
