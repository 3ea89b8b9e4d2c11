"""The geocoder: opens the gazetteer layers, finds and resolves the place mentions of a document,
and looks names up for the command line and the event store."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from pathlib import Path

from marsad import cache as caches
from marsad.errors import GazetteerError
from marsad.geo import cues, paths
from marsad.geo.build import build_default, default_version
from marsad.geo.clues import CountryWords, country_hints, located_countries
from marsad.geo.countries import country
from marsad.geo.curated import default_layer
from marsad.geo.finder import find_mentions
from marsad.geo.gazetteer import Gazetteer, forget_matchers
from marsad.geo.resolver import resolve
from marsad.geo.store import Store
from marsad.geo.userdb import user_path
from marsad.model.document import Document
from marsad.model.mentions import PlaceMention
from marsad.model.places import ResolvedPlace
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences, tokenize


def default_index_path(directory: Path | None = None) -> Path:
    base = directory or paths.gazetteer_dir()
    return base / f"default-{default_version()}.sqlite"


def ensure_default(directory: Path | None = None) -> Path:
    """The default index, built on first use (and again whenever its version changes)."""
    path = default_index_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        build_default(path)
        caches.prune(path.parent, "default-*.sqlite")  # older versions stay for checkouts that use them
        forget_matchers(path.parent)
    return path


class Geocoder:
    """Resolves place mentions. ``layers``: user layer (if any) first, then the default index."""

    def __init__(self, layers: list[Store], cache_dir: Path | None = None) -> None:
        self.gazetteer = Gazetteer(layers, default_layer(), cache_dir)

    @classmethod
    def open(cls, directory: Path | None = None) -> Geocoder:
        """Open the user layer (if any) and the default index, building or repairing the latter."""
        try:
            base = directory or paths.gazetteer_dir()
            layers = []
            user = user_path(base)
            if user.exists():
                layers.append(_checked(Store(user), "your gazetteer layer (imports and additions)"))
            default = ensure_default(base)
            try:
                layers.append(_checked(Store(default), "the default index"))
            except GazetteerError:
                default.unlink(missing_ok=True)  # a damaged default index is rebuilt, never patched
                layers.append(Store(ensure_default(base)))
            return cls(layers, cache_dir=base)
        except OSError as exc:
            raise GazetteerError(
                f"cannot create or read the gazetteer index ({exc}); set MARSAD_DATA_DIR to a writable directory"
            ) from exc

    def geocode(
        self, doc: Document, named: CountryWords | None = None, hints: Counter[str] | None = None
    ) -> list[PlaceMention]:
        """Place mentions of ``doc`` (which must have its normalised view and tokens); ``named`` are its
        :func:`~marsad.geo.clues.country_words` and ``hints`` its :meth:`country_hints`, when already found."""
        if doc.norm is None:
            return []
        found = find_mentions(doc.norm, doc.tokens, self.gazetteer, doc.outlet)
        if not found:
            return []
        if hints is None:
            hints = self.country_hints(doc, named)
        return resolve(found, self.gazetteer, doc.norm, hints)

    def country_hints(self, doc: Document, named: CountryWords | None = None) -> Counter[str]:
        """The ISO codes of the countries ``doc`` names, not as a sponsor (see :func:`country_hints`): clues
        to where its places are, and the countries it is about; ``named`` as for :meth:`geocode`."""
        if doc.norm is None:
            return Counter()
        return country_hints(doc.norm, doc.tokens, self.gazetteer, named)

    def countries_named(self, doc: Document, named: CountryWords | None = None) -> list[str]:
        """ACLED names of the countries ``doc`` says something is in, most named first (see
        :func:`located_countries`); ``named`` as for :meth:`geocode`."""
        if doc.norm is None:
            return []
        found = located_countries(doc.norm, doc.tokens, self.gazetteer, named)
        return [country(cc).name for cc, _ in found.most_common()]

    def countries_mentioned(
        self, doc: Document, named: CountryWords | None = None, hints: Counter[str] | None = None
    ) -> list[str]:
        """ACLED names of the countries ``doc`` names at all (its :meth:`country_hints`: not a sponsor), most
        named first, less those that send forces abroad (``forces_abroad`` in the place words: "الطائرات
        الروسية" in a report on Syria says nothing of where it happens); ``named`` and ``hints`` as for
        :meth:`geocode`."""
        if hints is None:
            hints = self.country_hints(doc, named)
        return [country(cc).name for cc, _ in hints.most_common() if cc not in cues.FORCES_ABROAD]

    def geocode_text(self, text: str, outlet: str = "") -> tuple[Document, list[PlaceMention]]:
        doc = Document(text=text, outlet=outlet)
        doc.norm = normalize(text)
        doc.sentences = split_sentences(doc.norm)
        doc.tokens = tokenize(doc.norm, doc.sentences)
        return doc, self.geocode(doc)

    def lookup(self, name: str, near: str | None = None) -> list[ResolvedPlace]:
        """Places a name may refer to, best first. ``near`` (a place name) is used as the container."""
        from marsad.geo.lookup import lookup

        return lookup(self, name, near)


def _checked(store: Store, what: str) -> Store:
    try:
        store.meta()
        store.conn.execute("SELECT 1 FROM names LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        store.close()
        raise GazetteerError(f"{store.path} ({what}) is damaged ({exc}); move it away and re-run the imports") from exc
    return store


_lock = threading.Lock()
_default: dict[str, Geocoder] = {}


def default_geocoder() -> Geocoder:
    """The geocoder over the user's data directory, opened once per process and directory."""
    key = str(paths.data_dir())
    with _lock:
        found = _default.get(key)
        if found is None:
            found = Geocoder.open()
            _default[key] = found
        return found


def reset_default() -> None:
    """Forget the cached geocoder (after an import, or when tests change the data directory)."""
    with _lock:
        _default.clear()
