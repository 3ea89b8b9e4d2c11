"""Arabic town names the gazetteer lists only in Latin script ("ترهونة" is GeoNames' "Tarhuna", which has
no Arabic name there), matched by their consonants.

Both scripts are reduced to a skeleton of consonant classes: vowels, alef, waw and ya, ʿayn and hamza are
dropped (their Latin spellings vary most), letters that transliterations confuse share a class (ق/ك/q/k,
ج/غ/j/g, س/ص/ش/s/sh, ت/ط/ث/t/th, د/ض/ذ/d/dh, ز/ظ/z, ح/ه/خ/h/kh), the article and doubled letters go. The
skeleton says little on its own, so the resolver uses it only for a name after a settlement cue that the
gazetteer does not know, only among places of the country the text is about (and of the governorate it
names, when it names one), and only when one place is left (see :meth:`Resolver.fuzzy`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

#: normalised Arabic letters (see marsad.text.normalize) to consonant classes; the others are dropped
_ARABIC: dict[str, str] = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ط": "t",
    "ث": "t",
    "ج": "j",
    "چ": "j",
    "غ": "j",
    "گ": "j",
    "ح": "h",
    "خ": "h",
    "ه": "h",
    "د": "d",
    "ض": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "ظ": "z",
    "س": "s",
    "ص": "s",
    "ش": "s",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
#: Latin digraphs first, then single letters; vowels, w and y are dropped
_LATIN: tuple[tuple[str, str], ...] = (
    ("kh", "h"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "j"),
    ("ch", "j"),
    ("ph", "f"),
    ("q", "k"),
    ("c", "k"),
    ("g", "j"),
    ("v", "f"),
    ("p", "b"),
    ("x", "ks"),
)
_LATIN_DROPPED = frozenset("aeiouyw")
#: the Latin spellings of the article, written as a word of their own ("Ar Rudayyif", "Al Ḩamrā’")
_LATIN_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "et", "ez", "en"}
)
#: ʿayn and hamza marks are dropped; a hyphen parts words ("Ad-Dindar")
_MARKS = re.compile(r"[‘’'`ʿʾ]")
#: a skeleton must have this many consonants to be matched on its own; a shorter one needs the governorate
MIN_ALONE = 4
MIN_WITH_GOVERNORATE = 3


@dataclass(frozen=True, slots=True)
class Skeleton:
    consonants: str
    words: int


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s).rstrip("h")  # (a final ه is mostly a ta marbuta, a final h its spelling)


def arabic_skeleton(key: str) -> Skeleton:
    """The skeleton of a normalised Arabic name (clitics already stripped). A ta marbuta (normalised to ه)
    ending a word before another is read t, as in "معرة النعمان", Ma‘arrat an Nu‘mān."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split()]
    out = []
    for k, w in enumerate(words):
        consonants = "".join(_ARABIC.get(ch, "") for ch in w)
        if k < len(words) - 1 and w.endswith("ه"):
            consonants = consonants[:-1] + "t"
        out.append(consonants)
    return Skeleton(_squeeze("".join(out)), len(words))


def latin_skeleton(name: str) -> Skeleton:
    """The skeleton of a Latin name (accents, ʿayn marks and a detached article dropped)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = [w for w in _MARKS.sub("", folded).replace("-", " ").split() if w not in _LATIN_ARTICLES]
    out = []
    for w in words:
        for a, b in _LATIN:
            w = w.replace(a, b)
        out.append("".join(ch for ch in w if "a" <= ch <= "z" and ch not in _LATIN_DROPPED))
    return Skeleton(_squeeze("".join(out)), len(words))


class SkeletonIndex:
    """Places by the skeleton of their English name. (Not of their Latin aliases: GeoNames gives some towns
    the names of their neighbours, "Marshemarin" among the aliases of Ma‘arratmişrīn.)"""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """``names``: (place id, English name) pairs."""
        self._ids: dict[Skeleton, list[str]] = {}
        for pid, name in names:
            sk = latin_skeleton(name)
            if len(sk.consonants) >= MIN_WITH_GOVERNORATE:
                self._ids.setdefault(sk, []).append(pid)

    def ids(self, skeleton: Skeleton) -> list[str]:
        """Ids of the places whose Latin names have ``skeleton`` (an Arabic name's :func:`arabic_skeleton`), in
        index order (the number of words counts too: "كفرناها" is one word, "Kafr ‘Ayn" two)."""
        return list(self._ids.get(skeleton, ()))
