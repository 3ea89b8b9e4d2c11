"""Names of groups the actors do not know, quoted after a group's head word ("جماعة «العودة والاستصلاح والتأهيل»
(3R)"): their words are a name, not words of counts or of the events told around them."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.cues import load_cues
from marsad.text.clitics import is_word
from marsad.text.normalize import normalize_term
from marsad.text.segment import LATIN_GLOSS

#: a quoted name of a few words, no digits, with the Latin gloss of its initials after it if any
_QUOTED_NAME = re.compile(r'[«"“]([^»"”\d]{2,60})[»"”](?:\s*' + LATIN_GLOSS + ")?")


@lru_cache(maxsize=8)
def quoted_names(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each quoted name right after a group's head word ("جماعة", "لتنظيم", ...); kept for
    the few texts last asked about, as the count and the trigger stages both ask."""
    heads = load_cues().name_lead
    out: list[tuple[int, int]] = []
    for m in _QUOTED_NAME.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and is_word(normalize_term(before[-1]), heads, ("ل", "و", "ب")):
            out.append(m.span())
    return tuple(out)
