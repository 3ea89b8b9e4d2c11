"""English names of actor ids, from the language data's actor lexicon when it is installed."""

from __future__ import annotations

import importlib
from functools import lru_cache


@lru_cache(maxsize=1)
def lexicon_names() -> dict[str, tuple[str, int]]:
    """actor id -> (English name, inter code) from ``marsad.lang.actors.load_actors()``; empty if absent."""
    try:
        module = importlib.import_module("marsad.lang.actors")
        lexicon = module.load_actors()
    except Exception:  # the lexicon is optional here: any failure to load it means "no names"
        return {}
    out: dict[str, tuple[str, int]] = {}
    for actor_id, actor in getattr(lexicon, "actors", {}).items():
        name = str(getattr(actor, "name", ""))
        home = str(getattr(actor, "home_country", "")) or "Syria"
        try:
            name = str(actor.export_name(home))
        except Exception:  # older lexicons have no export_name: use the raw name
            name = name.replace("{country}", home)
        out[str(actor_id)] = (name, int(getattr(actor, "inter", 0) or 0))
    return out
