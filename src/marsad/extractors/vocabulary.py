"""Word lists split once into single words to look up and phrases to search for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: the normalised beginnings of the words for the dead's bodies ("جثة", "جثتين", "جثث", "جثامين", "رفات"):
#: who found them is no side of their killing, and whose they were counts the same dead
BODY_STEMS = ("جث", "رفات")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Normalised words and phrases, split once: single words are looked up, phrases searched for."""

    single: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Vocabulary:
        listed = list(words)
        return cls(frozenset(w for w in listed if " " not in w), tuple(sorted(w for w in listed if " " in w)))

    def said_in(self, words: list[str]) -> bool:
        """Whether ``words`` (token words, so without spaces) hold one of the words or phrases."""
        if not self.single.isdisjoint(words):
            return True
        text = " ".join(words)
        for p in self.phrases:  # noqa: SIM110 - a loop: any() over a generator costs more here
            if p in text:
                return True
        return False


#: "باسم" after a spokesman's word: the side spoken for ("المتحدث العسكري باسم جماعة الحوثيين")
IN_THE_NAME_OF = "باسم"
#: the words that open a sentence on its place ("وفي الناصرية، ...", "وفي حي الملعب ...", "وفي أبين، ...")
PLACE_OPENERS = frozenset({"في", "وفي"})
#: the words of an aside on someone's age: "في العشرينيات من عمره"
AGE_ASIDE = 4
#: "من عمره": how an age aside ends
_HIS_AGE = frozenset({"عمره", "عمرها"})


def age_aside(words: Sequence[str], decades: frozenset[str]) -> bool:
    """The (normalised) words open an aside on someone's age, "في العشرينيات من عمره" (``decades``: the cue
    group `age_decade`): no distance between a person and the verb of their death."""
    return (
        len(words) >= AGE_ASIDE
        and words[0] == "في"
        and words[1] in decades
        and words[2] == "من"
        and words[3] in _HIS_AGE
    )


def one_bare_word(text: str) -> bool:
    """The raw ``text`` is one word with no article nor conjunction on it: an adjective after its noun, not a name
    ("مسلحون حوثيون", "هجوم حوثي"; not "الحوثيين" nor "قوات الحوثي")."""
    return " " not in text and not text.startswith(("ال", "و"))
