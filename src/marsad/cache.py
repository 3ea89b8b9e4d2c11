"""Pickled caches in the data directory (the gazetteer's matcher, parsed language data).

A cache only saves time: one that cannot be read is ignored and rebuilt, one that cannot be written is
skipped, and a file is replaced whole (written beside it, then renamed) so a reader never sees half of it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

#: how many versions of a cache (or of the default index) a directory keeps: two checkouts of different
#: data sharing one data directory each keep theirs instead of rebuilding on every switch
KEEP_VERSIONS = 3

#: what reading a stale or broken cache file may raise (TypeError: an object pickled by an older
#: Marsad, which a mypyc build cannot rebuild)
_UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError)
#: returned by :func:`load` when there is no usable cache
MISSING = object()


def load(path: Path) -> object:
    """The object pickled at ``path``, or :data:`MISSING` when the file is absent or unreadable."""
    if not path.exists():
        return MISSING
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except _UNREADABLE:
        return MISSING


def save(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path``, replacing it whole; nothing happens when it cannot be written."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)


def prune(directory: Path, pattern: str, keep: int = KEEP_VERSIONS) -> None:
    """Delete the files of ``directory`` matching ``pattern`` except the ``keep`` most recently written."""
    try:
        found = sorted(directory.glob(pattern), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in found[keep:]:
        old.unlink(missing_ok=True)
