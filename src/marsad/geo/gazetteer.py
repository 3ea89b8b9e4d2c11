"""The in-memory side of the gazetteer: every Arabic key in one Aho-Corasick automaton, candidates per
key, places fetched from the SQLite layers on demand (user layer first, then the default)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import ahocorasick

from marsad import cache as caches
from marsad.geo import cues
from marsad.geo.countries import ARAB_STATES, capital_names
from marsad.geo.curated import CuratedLayer
from marsad.geo.names import name_key
from marsad.geo.records import SETTLEMENTS, Place
from marsad.geo.store import Store
from marsad.geo.translit import SkeletonIndex
from marsad.text import matcher as matcher_module
from marsad.text.matcher import Match, PhraseMatcher
from marsad.text.normalize import normalize_term

#: bump when the matcher's construction changes, so pickled matchers are rebuilt (7: the keys are
#: pickled with it; 8: so are the payloads of each key written bare)
MATCHER_VERSION = "8"
#: the pickled matchers of a data directory, one per signature (see :meth:`Gazetteer._signature`)
MATCHER_FILES = "matcher-*.pickle"
#: shorter keys are not matched in text (two-letter names are nearly always words)
MIN_KEY = 3


def forget_matchers(directory: Path) -> None:
    """Delete the pickled matchers of ``directory`` (after its layers changed), and the single file of
    earlier versions."""
    for old in [*directory.glob(MATCHER_FILES), directory / "matcher.pickle"]:
        old.unlink(missing_ok=True)


def common_keys(words: Iterable[str]) -> frozenset[str]:
    """Keys of common words with and without the article ("خبر" also blocks "الخبر")."""
    out: set[str] = set()
    for w in words:
        key = normalize_term(w)
        bare = key.removeprefix("ال")
        out.update({key, bare, "ال" + bare})
    return frozenset(out)


def bare_key(key: str, population: int, source: str, country: str) -> bool:
    """Whether one name of a place marked ``bare`` may count without a cue: curated and local names
    always; GeoNames names when long enough, three-letter ones only for big Arab cities."""
    if "GeoNames" not in source or "curated" in source.lower():
        return len(key) >= MIN_KEY
    if len(key.replace(" ", "")) >= 4:
        return True
    return len(key) == 3 and population >= 100_000 and country in ARAB_STATES


def _article_only(keys: dict[str, list[tuple[str, bool]]], names: frozenset[str]) -> set[str]:
    """Mark the keys of the curated ``article_only`` names, which then match only where the text has the
    article (see :attr:`CuratedLayer.article_only`), and return them."""
    changed: set[str] = set()
    for name in names:
        key = name_key(name).removeprefix("ال")
        entries = keys.get(key)
        if entries:
            keys[key] = [(pid, True) for pid, _ in entries]
            changed.add(key)
    return changed


class Gazetteer:
    """Candidates for names and the matcher over them. ``layers`` are searched in order."""

    def __init__(self, layers: Iterable[Store], curated: CuratedLayer, cache_dir: Path | None = None) -> None:
        self.layers = tuple(layers)
        self.curated = curated
        self.common: frozenset[str] = common_keys(curated.common_words)
        self.outlet_keys: tuple[str, ...] = tuple(k for k in (normalize_term(o) for o in curated.outlets) if k)
        #: the outlet keys, found in a text by one pass (see :meth:`outlet_spans`)
        self._outlets = ahocorasick.Automaton()
        for k in self.outlet_keys:
            self._outlets.add_word(k, len(k))
        if self.outlet_keys:
            self._outlets.make_automaton()
        words = {normalize_term(w): k for w, k in curated.landmark_kinds.items()}
        #: landmark words without the article ("ملعب" for "الملعب"), to their English kind
        self.landmark_words: dict[str, str] = {w.removeprefix("ال"): k for w, k in words.items()}
        #: every word that can start an anaphor, a landmark phrase or a cue'd name (a quick pre-check)
        self.token_vocab: frozenset[str] = (
            frozenset(self.landmark_words) | frozenset(cues.ANAPHORS) | frozenset(cues.CUES)
        )
        #: their forms with clitics (see cues.clitic_forms): the finder looks every token up
        self.token_forms = cues.clitic_forms(self.token_vocab)
        #: normalised country names and adjectives -> ISO alpha-2
        self.country_words: dict[str, str] = {normalize_term(w): c for w, c in curated.country_names.items()}
        self.country_forms = cues.clitic_forms(self.country_words)
        #: the word for a capital with its clitics ("بالعاصمه"), and the capitals found for countries so far
        self.capital_forms = cues.clitic_forms(cues.CAPITAL_WORDS)
        self._capitals: dict[str, Place | None] = {}
        #: the names of more than one word ("قطاع غزه"), looked for as phrases in the text
        self.country_phrases: tuple[tuple[str, str], ...] = tuple(
            (phrase, cc) for phrase, cc in self.country_words.items() if " " in phrase
        )
        self.latin: dict[str, list[str]] = {}
        self.keys: dict[str, list[tuple[str, bool]]]
        self.bare_keys: frozenset[str]
        self.matcher: PhraseMatcher[str]
        self.keys, self.bare_keys, self.matcher = self._index(cache_dir)
        self._skeletons: SkeletonIndex | None = None

    @property
    def skeletons(self) -> SkeletonIndex:
        """The settlements by the consonants of their Latin names, indexed on first use (most reports never
        need it: see marsad.geo.translit)."""
        if self._skeletons is None:
            names: dict[str, str] = {}
            for layer in self.layers:  # the user's layer first
                for pid, name in layer.english_names(SETTLEMENTS):
                    names.setdefault(pid, name)
            self._skeletons = SkeletonIndex(names.items())
        return self._skeletons

    def _index(
        self, cache_dir: Path | None
    ) -> tuple[dict[str, list[tuple[str, bool]]], frozenset[str], PhraseMatcher[str]]:
        """The keys, the bare keys and the matcher, from the cache when the layers and the code are those
        they were built from: reading the keys from the layers costs more than unpickling all three."""
        sig = self._signature()
        digest = hashlib.sha1(sig.encode()).hexdigest()[:16]
        cache = cache_dir / MATCHER_FILES.replace("*", digest) if cache_dir else None
        if cache is not None:
            stored = caches.load(cache)
            if isinstance(stored, tuple) and len(stored) == 4 and stored[0] == sig:
                _, keys, bare, stored_matcher = stored
                if isinstance(keys, dict) and isinstance(bare, frozenset) and isinstance(stored_matcher, PhraseMatcher):
                    return keys, bare, stored_matcher
        keys, bare = self._read_keys()
        matcher: PhraseMatcher[str] = PhraseMatcher((k, k, False) for k in keys if len(k) >= MIN_KEY)
        if cache is not None:
            caches.save(cache, (sig, keys, bare, matcher))
            caches.prune(cache.parent, MATCHER_FILES)
        return keys, bare, matcher

    def _read_keys(self) -> tuple[dict[str, list[tuple[str, bool]]], frozenset[str]]:
        """Every Arabic key with its (place id, needs the article) entries, and the keys that count
        without a cue (see :func:`bare_key`), read from the layers."""
        keys: dict[str, list[tuple[str, bool]]] = {}
        bare: set[str] = set()
        for layer in self.layers:
            for key, pid, article in layer.keys(arabic_only=True):
                if "#rif" in pid:
                    continue  # "ريف X": found as the cue ريف before X, see the finder
                keys.setdefault(key, []).append((pid, article))
            rows = layer.conn.execute(
                "SELECT n.key, p.population, p.source, p.country FROM names n JOIN places p ON p.id = n.place_id"
                " WHERE p.bare = 1 AND n.arabic = 1 AND n.needs_article = 0"
            )
            bare.update(str(k) for k, pop, src, cc in rows if bare_key(str(k), int(pop), str(src), str(cc)))
        article_only = _article_only(keys, self.curated.article_only)
        return keys, frozenset(bare - self.common - article_only)

    def _signature(self) -> str:
        parts = [MATCHER_VERSION]
        for module in (matcher_module.__file__, __file__):  # the matcher's code and the keys' rules
            code = Path(module or "").stat()
            parts.append(f"{code.st_size}:{code.st_mtime_ns}")
        for layer in self.layers:
            meta = layer.meta()
            parts.append(f"{layer.path.name}:{meta.get('version', '')}:{meta.get('generation', '')}")
        return "|".join(parts)

    def outlet_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of a known outlet's name in the normalised ``text``, overlapping
        ones too: one pass over the text, where a search per name makes as many."""
        if not self.outlet_keys:
            return []
        # (whole words only, after a clitic at most: "نبأ" is an outlet, not the middle of "الأنبار")
        return [
            (start, last + 1)
            for last, size in self._outlets.iter(text)
            if _word_starts(text, start := last + 1 - size) and not _letter_at(text, last + 1)
        ]

    def find(self, text: str) -> list[Match[str]]:
        return self.matcher.find(text)

    def place(self, pid: str) -> Place | None:
        for layer in self.layers:
            found = layer.place(pid)
            if found is not None:
                return found
        return None

    def candidates(self, key: str, article_present: bool = True) -> list[Place]:
        """Places named ``key`` (a normalised key); article-less keys only if the text had the article."""
        seen: set[str] = set()
        out: list[Place] = []
        for pid, needs_article in self.keys.get(key, ()):
            if needs_article and not article_present:
                continue
            if pid in seen:
                continue
            seen.add(pid)
            place = self.place(pid)
            if place is not None:
                out.append(place)
        return out

    def candidates_any(self, name: str) -> list[Place]:
        """Places for a name in any script (Latin names are looked up in the index, not the automaton)."""
        key = name_key(name)
        found = self.candidates(key) if key in self.keys else []
        if found:
            return found
        seen: set[str] = set()
        out: list[Place] = []
        for layer in self.layers:
            for pid, _ in layer.ids_for(key):
                if pid not in seen and (p := self.place(pid)) is not None:
                    seen.add(pid)
                    out.append(p)
        return out

    def capital(self, cc: str) -> Place | None:
        """The capital of the country ``cc`` (ISO alpha-2) as GeoNames names it: its most populous
        settlement of that name in the index, or None."""
        if cc not in self._capitals:
            name = capital_names().get(cc, "")
            found = [p for p in self.candidates_any(name) if p.country == cc and p.kind in SETTLEMENTS] if name else []
            self._capitals[cc] = max(found, key=lambda p: p.population) if found else None
        return self._capitals[cc]

    def children(self, pid: str) -> list[Place]:
        seen: set[str] = set()
        out: list[Place] = []
        for layer in self.layers:
            for p in layer.children(pid):
                if p.id not in seen:
                    seen.add(p.id)
                    out.append(p)
        return out

    def ancestors(self, place: Place) -> list[str]:
        """Ids of the parent chain, nearest first."""
        out: list[str] = []
        pid = place.parent
        while pid and pid not in out and len(out) < 12:
            out.append(pid)
            parent = self.place(pid)
            pid = parent.parent if parent else ""
        return out


#: one-letter clitics an outlet's name may carry ("لنبأ", "وسانا", "بحسب رويترز" is a word of its own)
_OUTLET_CLITICS = frozenset("وفبل")


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def _word_starts(text: str, i: int) -> bool:
    """A word starts at ``i``, or a one-letter clitic stands right before it at a word's start."""
    if not _letter_at(text, i - 1):
        return True
    return text[i - 1] in _OUTLET_CLITICS and not _letter_at(text, i - 2)
