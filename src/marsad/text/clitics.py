"""Arabic proclitics: which letters may stand before a lexicon word inside the same written token.

Matching is lexicon-driven: a word from the data files is accepted inside a longer token only if what
precedes it in the token is one of these prefixes. This avoids stripping the و of "وسط" or the ب of
"بعد", which a blind stemmer would do.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_ART = ("", "ال")


def _build() -> frozenset[str]:
    out: set[str] = set()
    for c in _CONJ:
        for p in _PREP:
            for a in _ART:
                out.add(c + p + a)
            out.add(c + "لل")  # ل + ال with the alef dropped
        out.add(c + "س")  # future marker on verbs: سيطر... is a lexicon word, so harmless
    return frozenset(out)


#: every accepted prefix in its normalised form, including the empty one
PREFIXES: frozenset[str] = _build()

#: prefixes that end in the definite article (so a lexicon word starting with ال must not follow them)
ARTICLE_PREFIXES: frozenset[str] = frozenset(p for p in PREFIXES if p.endswith("ال") or p.endswith("لل"))

#: pronoun and plural suffixes that may follow a lexicon word flagged ``inflects``
SUFFIXES: tuple[str, ...] = (
    "",
    "ه",
    "ها",
    "هم",
    "هما",
    "هن",
    "ي",
    "نا",
    "كم",
    "ك",
    "ات",
    "ين",
    "ون",
    "ان",
    "تين",
    "تان",
    "ا",
    "وا",
    "ت",
    "تا",
    "تها",
    "تهم",
    "ته",
)
SUFFIX_SET: frozenset[str] = frozenset(SUFFIXES)


@lru_cache(maxsize=65536)
def split_prefix(token: str, min_stem: int = 3) -> tuple[str, str]:
    """Heuristic split of a token into (prefix, stem) keeping a stem of at least ``min_stem`` letters.

    Only used for display and loose cues; lexicon matching checks prefixes itself.
    """
    best = ("", token)
    for i in range(1, min(len(token) - min_stem, 5) + 1):
        head = token[:i]
        if head in PREFIXES and (head.endswith("ال") or head.endswith("لل")):
            best = (head, token[i:])
    return best


def prefix_allowed(prefix: str, term: str) -> bool:
    """Whether ``prefix`` may stand before ``term`` within one token."""
    if prefix not in PREFIXES:
        return False
    return not (prefix and term.startswith("ال") and prefix in ARTICLE_PREFIXES)


#: the conjunctions written on the word they join ("وتعرض", "فهل")
CONJUNCTIONS = ("و", "ف")


def is_word(token: str, words: Collection[str], prefixes: tuple[str, ...] = CONJUNCTIONS) -> bool:
    """Whether the normalised ``token`` is one of ``words``, alone or after one of the one-letter
    ``prefixes`` (by default the conjunction و or ف: "وتعرض", "فهل"): the check for function words that
    the lexicon matcher does not see."""
    return token in words or (token[:1] in prefixes and token[1:] in words)


@lru_cache(maxsize=16)
def with_conjunctions(words: frozenset[str]) -> frozenset[str]:
    """The words alone or after the conjunction و or ف: ``token in with_conjunctions(words)`` is
    ``is_word(token, words)`` in one set look-up, for the words asked of many tokens."""
    return words | {clitic + word for clitic in CONJUNCTIONS for word in words}
