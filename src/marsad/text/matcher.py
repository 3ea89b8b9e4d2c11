"""Multi-pattern matching of normalised lexicon terms over the normalised view (Aho-Corasick).

All terms of a lexicon are matched in one pass. A match must start at a word boundary or after an
accepted clitic prefix (see :mod:`marsad.text.clitics`) and end at a word boundary, or, for terms
flagged as inflecting, before a pronoun/plural suffix. Overlaps are resolved leftmost-longest.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from marsad.text.clitics import PREFIXES, SUFFIX_SET, prefix_allowed
from marsad.text.normalize import normalize_term
from marsad.text.segment import word_spans

T = TypeVar("T")


class Match(NamedTuple, Generic[T]):
    """A term found in the text. A named tuple: hundreds are built per report, and a tuple is the
    cheapest immutable record to build."""

    nstart: int  # start of the term in the view (after any clitic prefix)
    nend: int
    term: str
    payloads: tuple[T, ...]
    prefix: str  # clitic prefix before the term within its token
    suffix: str
    token_start: int  # start of the whole token, prefix included


class _Entry(Generic[T]):
    # a plain class rather than a dataclass: mypyc cannot compile a generic dataclass
    __slots__ = ("after_lam", "inflects", "needs_suffix", "payload", "term")

    def __init__(self, payload: T, inflects: bool, needs_suffix: bool, after_lam: bool, term: str) -> None:
        self.payload = payload
        self.inflects = inflects
        self.needs_suffix = needs_suffix
        self.after_lam = after_lam
        self.term = term  # the normalised term as listed (before spelling variants)

    def __reduce__(self) -> tuple[type[_Entry[T]], tuple[T, bool, bool, bool, str]]:
        # explicit, so that pickling works the same when this module is compiled (see PhraseMatcher)
        return (_Entry, (self.payload, self.inflects, self.needs_suffix, self.after_lam, self.term))

    def accepts(self, prefix: str, suffix: str) -> bool:
        if self.after_lam:
            if prefix not in _LAM_PREFIXES:
                return False
        elif not prefix_allowed(prefix, self.term):
            return False
        if not suffix:
            return not self.needs_suffix
        return self.inflects and suffix in SUFFIX_SET


_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
#: no entry accepts a longer clitic prefix (the lam prefixes are among PREFIXES too)
_MAX_PREFIX = max(map(len, PREFIXES | _LAM_PREFIXES))
#: the letters a clitic prefix may end with: a hit inside a word after any other letter has no prefix
_PREFIX_ENDS = frozenset(p[-1] for p in PREFIXES if p)
#: bound on each matcher's cache of accepted payloads (a long-running process sees new words forever)
_ACCEPTED_MAX = 100_000


@lru_cache(maxsize=8)
def word_edges(text: str) -> tuple[list[int], list[int], dict[int, int]]:
    """The starts and the ends of the words of a text (see :func:`word_spans`), to bisect, and each
    word's end by its start.

    Several matchers (actors, triggers, modifiers, gazetteer names) search the same view, so this is
    computed once per text. Lists of the words, not of every character: a hit is located by one
    bisection, which costs less than filling a list slice per word; a hit at the start of a word (most
    of those kept) is located by one look-up of its start, which costs less than a bisection.
    """
    spans = word_spans(text)
    return [s for s, _ in spans], [e for _, e in spans], dict(spans)


class PhraseMatcher(Generic[T]):
    """Maps normalised terms to payloads and finds them in text."""

    def __init__(self, entries: Iterable[tuple[str, T, bool]]) -> None:
        """``entries`` are (term, payload, inflects) triples; terms are normalised here."""
        table: dict[str, list[_Entry[T]]] = {}
        for term, payload, inflects in entries:
            key = normalize_term(term)
            if not key:
                continue
            variants = [(key, False)]
            if key.startswith("ال") and len(key) > 3:
                # ل + ال is written لل: الحي -> للحي, so "لحي" may follow a lam prefix
                variants.append(("ل" + key[2:], True))
            for k, after_lam in variants:
                table.setdefault(k, []).append(_Entry(payload, inflects, False, after_lam, key))
                if inflects and k.endswith("ه"):
                    # ta marbuta (folded to ه) is written ت before a suffix: سيطرة -> سيطرتها
                    table.setdefault(k[:-1] + "ت", []).append(_Entry(payload, True, True, after_lam, key))
        #: the group whose single pass over a text also finds this matcher's hits (see MatcherGroup)
        self._group: MatcherGroup | None = None
        self._slot = 0
        self._automaton = ahocorasick.Automaton()
        for key, items in table.items():
            # the flag lets find() drop hits followed by more letters without asking every entry;
            # stored the way a MatcherGroup stores its keys (for slot 0), so _hits reads both
            value: _Value[T] = (key, tuple(items), any(e.inflects for e in items))
            self._automaton.add_word(key, (len(key), ((0, value),), _bare(((0, value),))))
        self.size = len(table)
        #: (key, prefix, suffix) -> payloads accepted there; the same words recur in every report
        self._accepted: dict[tuple[str, str, str], tuple[T, ...]] = {}
        if table:
            self._automaton.make_automaton()

    def __reduce__(self) -> tuple[Callable[..., PhraseMatcher[T]], tuple[Any, ...]]:
        # Pickled explicitly (the gazetteer caches its matcher): a class compiled with mypyc cannot
        # be rebuilt by pickle's default protocol, which creates the object without its arguments.
        return (_restore, (self._automaton, self.size, self._accepted))

    def __contains__(self, term: str) -> bool:
        return normalize_term(term) in self._automaton if self.size else False

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        if not self.size:
            return []
        stop = len(text) if end is None else end
        group = self._group
        if group is not None and start == 0 and stop == len(text):
            return _leftmost_longest(group.hits(text, self._slot))
        return _leftmost_longest(_hits(text, self._automaton.iter(text, start, stop), [self._accepted])[0])


#: what a matcher stores for a key: the key, its entries, whether any of them inflects
_Value = tuple[str, tuple[_Entry[T], ...], bool]
#: a matcher's payloads accepted by (key, prefix, suffix); the same words recur in every report
_Accepted = dict[tuple[str, str, str], tuple[T, ...]]
#: (slot, key, payloads) of each matcher that accepts a key written bare, with no clitic prefix or suffix
_Bare = tuple[tuple[int, str, tuple[Any, ...]], ...]


def _bare(values: Sequence[tuple[int, _Value[Any]]]) -> _Bare:
    """What each matcher (slot) of a key's ``values`` accepts for the key written bare, the case of most
    hits kept: stored with the key, so that such a hit needs no look-up in the matchers' caches."""
    out = []
    for slot, (key, items, _) in values:
        payloads = tuple([e.payload for e in items if e.accepts("", "")])
        if payloads:
            out.append((slot, key, payloads))
    return tuple(out)


def _hits(
    text: str, found: Iterable[tuple[int, tuple[int, Any, _Bare]]], accepted: Sequence[_Accepted[Any]]
) -> list[list[_Hit[Any]]]:
    """The automaton hits (end offset - 1, (key length, ((slot, value), ...), bare)) that are matches, by slot
    (one slot per cache of ``accepted``), in the order found.

    Most hits lie inside longer words: they are rejected on the offsets alone, before the entries are
    asked (see _Entry.accepts for the full rule). What is left starts at a word or after a clitic
    prefix and ends at a word's end or before a suffix, and is kept with the payloads of the entries
    that take that prefix and suffix.
    """
    out: list[list[_Hit[Any]]] = [[] for _ in accepted]
    starts, ends, end_of = word_edges(text)
    prefix_ends, suffixes = _PREFIX_ENDS, SUFFIX_SET  # read once per hit: locals, not globals
    for last, (size, values, bare) in found:
        ns = last - size + 1
        ne = last + 1
        we = end_of.get(ns)  # the end of the word the hit starts, when it starts one
        # no slice for an empty prefix or suffix, as most hits have (a slice makes a string to hash)
        if we is not None:
            if we == ne:  # a whole word, the key written bare (most hits kept): its payloads are stored with it
                for slot, key, stored in bare:
                    out[slot].append((ns, ns - ne, ns, ne, key, stored, "", ""))
                continue
            ts, prefix = ns, ""
            if last >= we:  # the term runs on past its first word
                we = _word_end(starts, ends, last, ne)
        elif ns and text[ns - 1] not in prefix_ends and text[ns - 1 : ns + 1].isalnum():
            continue  # inside a word (two word characters) after a letter that ends no prefix
        else:
            located = _inside(text, starts, ends, ns, last, ne)
            if located is None:
                continue
            ts, prefix, we = located
        if we == ne:
            if not prefix:  # the key written bare: its payloads are stored with it
                # (a name of its own: mypyc types a variable once, and "payloads" below may be None)
                for slot, key, stored in bare:
                    out[slot].append((ts, ns - ne, ns, ne, key, stored, "", ""))
                continue
            suffix = ""
        else:
            suffix = text[ne:we]
            if suffix not in suffixes:
                continue
        for slot, (key, items, inflects) in values:
            if suffix and not inflects:
                continue  # followed by more letters, which no entry takes (see _Entry.accepts)
            cache = accepted[slot]
            payloads = cache.get((key, prefix, suffix))
            if payloads is None:
                payloads = tuple([e.payload for e in items if e.accepts(prefix, suffix)])
                if len(cache) < _ACCEPTED_MAX:
                    cache[key, prefix, suffix] = payloads
            if payloads:
                out[slot].append((ts, ns - ne, ns, ne, key, payloads, prefix, suffix))
    return out


def _word_end(starts: list[int], ends: list[int], last: int, ne: int) -> int:
    """The end of the word that holds offset ``last``, or ``ne`` (= last + 1) when none does."""
    j = bisect_right(starts, last) - 1
    return ends[j] if j >= 0 and last < ends[j] else ne


def _inside(text: str, starts: list[int], ends: list[int], ns: int, last: int, ne: int) -> tuple[int, str, int] | None:
    """(token start, clitic prefix, word end) of a hit ``[ns, ne)`` that does not start a word, or None
    when what stands before it in its word is no clitic prefix."""
    k = bisect_right(starts, ns) - 1  # the word that holds ns, if any
    if k < 0 or ns >= ends[k]:
        return ns, "", _word_end(starts, ends, last, ne)  # a non-word character is a word of its own
    ts = starts[k]
    if ns - ts > _MAX_PREFIX:
        return None
    prefix = text[ts:ns]
    if prefix not in PREFIXES:
        return None
    return ts, prefix, ends[k] if last < ends[k] else _word_end(starts, ends, last, ne)


class MatcherGroup:
    """One Aho-Corasick pass over a text for several matchers that all search it in full.

    The pipeline's lexicons (actors, triggers, modifiers, number words, time words, gazetteer names)
    each search the whole normalised view. Walking six automata over the same characters costs six
    passes, each on an automaton that other work has pushed out of the CPU caches; a merged automaton
    walks the text once. Its hits are split by matcher, in the order each matcher's own automaton
    reports them (by end offset, then longest first), so :meth:`PhraseMatcher.find` gives the same
    matches either way. The hits are located and accepted once for all (see :func:`_hits`); the
    last text's are kept until another text is scanned.
    """

    def __init__(self, matchers: Sequence[PhraseMatcher[Any]]) -> None:
        table: dict[str, list[tuple[int, _Value[Any]]]] = {}
        for slot, matcher in enumerate(matchers):
            if matcher.size:
                for key, (_, ((_, value),), _) in matcher._automaton.items():
                    table.setdefault(key, []).append((slot, value))
        self._automaton = ahocorasick.Automaton()
        for key, values in table.items():
            self._automaton.add_word(key, (len(key), tuple(values), _bare(values)))
        if table:
            self._automaton.make_automaton()
        self._matchers = tuple(matchers)
        #: (text, hits by slot) of the last text scanned; replaced whole, so threads never see a mix
        self._last: tuple[str, list[list[_Hit[Any]]]] | None = None
        for slot, matcher in enumerate(matchers):
            matcher._group, matcher._slot = self, slot

    def hits(self, text: str, slot: int) -> list[_Hit[Any]]:
        """The matches of matcher ``slot`` in ``text``, in the order found (see :func:`_hits`); shared,
        not to be modified."""
        last = self._last
        if last is None or last[0] is not text:
            found = self._automaton.iter(text) if len(self._automaton) else iter(())
            last = self._last = (text, _hits(text, found, [m._accepted for m in self._matchers]))
        return last[1][slot]


def _restore(automaton: Any, size: int, accepted: dict[tuple[str, str, str], tuple[T, ...]]) -> PhraseMatcher[T]:
    matcher: PhraseMatcher[T] = PhraseMatcher(())
    matcher._automaton = automaton
    matcher.size = size
    matcher._accepted = accepted
    return matcher


#: a hit that passed: (token start, minus length, start, end, key, payloads, prefix, suffix), so the
#: leftmost-longest order is its first three fields; a Match is built only for hits that are kept
_Hit = tuple[int, int, int, int, str, tuple[T, ...], str, str]


def _leftmost_longest(hits: list[_Hit[T]]) -> list[Match[T]]:
    """The hits kept by leftmost-longest: by token start, longest first, and for the same token start and
    length in text order.

    The hits are sorted as they are, with no key function (which would make a key tuple per hit): two of a
    matcher's hits with the same token start and length differ in their start (the same span would be the
    same key, found once), so the comparison ends by the third field, and the start is the text order."""
    out: list[Match[T]] = []
    new = tuple.__new__  # a Match without the Python frame of the named tuple's generated __new__
    last_end = -1
    for ts, _, ns, ne, key, payloads, prefix, suffix in sorted(hits):
        if ns >= last_end:
            out.append(new(Match, (ns, ne, key, payloads, prefix, suffix, ts)))
            last_end = ne
    return out
