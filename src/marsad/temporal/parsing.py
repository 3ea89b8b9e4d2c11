"""What every grammar rule shares: the per-sentence context, the parse record and item look-ups."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeTerm
from marsad.model.dates import DateValue
from marsad.temporal.scan import ADJACENT, Item
from marsad.text.clitics import is_word
from marsad.text.normalize import NormalizedText

NO_PUBLICATION = "no publication date to resolve a relative date against"
VAGUE = "too vague to place in time"
DURATION = "a duration, not a point in time"
#: the one-letter clitics a name head may carry ("لسوق", "وساحة", "بميدان", "فحي")
_NAME_HEAD_CLITICS = ("و", "ب", "ل", "ف")


@dataclass(slots=True)
class Parsed:
    """A rule's reading of items ``[start, end)``; ``nend`` overrides the view end (closing bracket)."""

    end: int
    rule: str
    value: DateValue | None
    relative: bool = False
    durative: bool = False
    reason: str = ""
    nend: int | None = None
    #: the clitic of the first word is part of the meaning ("لنحو 5 سنوات" = for about 5 years)
    with_clitic: bool = False
    #: False for words that look like a date but are a name ("قوى 14 آذار"): consumed, not reported
    emit: bool = True
    #: a range of day numbers: True when it names its two days one by one ("يومي 5 و6"), False for a span
    #: ("بين 5 و7"), None for any other reading
    listed: bool | None = None


@dataclass(frozen=True, slots=True)
class Context:
    items: list[Item]
    view: NormalizedText
    published: dt.date | None
    name_heads: frozenset[str] = frozenset()
    #: the hours after midnight (time.yaml's after_midnight, normalised) and where the sentence ends
    after_midnight: re.Pattern[str] | None = None
    sentence_end: int = 0

    @property
    def text(self) -> str:
        return self.view.text

    def item(self, j: int, first: int, gaps: tuple[str, ...] = (ADJACENT,), bare: bool = True) -> Item | None:
        """Item ``j`` if it may continue an expression that started at item ``first``.

        The first item may carry any clitic and follow anything; a later one must follow the previous
        item with one of ``gaps`` between them and, when ``bare``, carry no clitic.
        """
        if j >= len(self.items):
            return None
        it = self.items[j]
        if j == first:
            return it
        if it.gap not in gaps or (bare and it.prefix):
            return None
        return it

    def term(
        self,
        j: int,
        first: int,
        kind: TermKind,
        keys: tuple[str, ...] = (),
        gaps: tuple[str, ...] = (ADJACENT,),
        bare: bool = True,
    ) -> TimeTerm | None:
        # :meth:`item` written out: asked for at every item the grammar tries a rule on
        if j >= len(self.items):
            return None
        it = self.items[j]
        if j != first and (it.gap not in gaps or (bare and it.prefix)):
            return None
        return it.term(kind, keys)

    def modifier(self, j: int, first: int, keys: tuple[str, ...]) -> tuple[str | None, int]:
        """The modifier at item ``j`` and the index after it; "قبل الماضي" reads as ``before-last``."""
        mod = self.term(j, first, TermKind.MODIFIER, keys)
        if mod is not None:
            return mod.key, j + 1
        if (
            "past" in keys
            and self.term(j, first, TermKind.CUE, ("ago",)) is not None
            and self.term(j + 1, first, TermKind.MODIFIER, ("past",)) is not None
        ):
            return "before-last", j + 2
        return None, j

    def after_midnight_from(self, nstart: int) -> bool:
        """An hour after midnight ("فجراً", "بعد منتصف الليل") is told from view offset ``nstart`` to the
        sentence's end."""
        pattern = self.after_midnight
        return pattern is not None and pattern.search(self.text, nstart, self.sentence_end) is not None

    def anaphoric_after(self, it: Item) -> bool:
        """ "الشهر نفسه", "العام ذاته": the same month as some other date, not the current one."""
        return _same().match(self.text, it.nend) is not None

    def word_before(self, nstart: int) -> str:
        m = _last_word().search(self.text, max(0, nstart - 24), nstart)
        return m.group(1) if m else ""

    def after_name_head(self, start: int) -> bool:
        """The word before ``start`` is a name head, alone or after a one-letter clitic ("لسوق", "وساحة")."""
        return is_word(self.word_before(start), self.name_heads, _NAME_HEAD_CLITICS)

    def relative(
        self,
        end: int,
        rule: str,
        compute: Callable[[dt.date], DateValue | None],
        durative: bool = False,
        if_none: str = VAGUE,
        nend: int | None = None,
    ) -> Parsed:
        """A parse whose value depends on the publication date (unresolved without one)."""
        if self.published is None:
            return Parsed(end, rule, None, True, durative, NO_PUBLICATION, nend)
        value = compute(self.published)
        return Parsed(end, rule, value, True, durative, "" if value is not None else if_none, nend)


@lru_cache(maxsize=1)
def _same() -> re.Pattern[str]:
    return re.compile(r"\s+(?:نفسه|ذاته|نفسها|ذاتها|التالي|التاليه)(?!\w)")


@lru_cache(maxsize=1)
def _last_word() -> re.Pattern[str]:
    return re.compile(r"(\w+)\W*$")


#: A grammar rule: reads the items of a sentence from index ``i``; None when it does not apply.
Rule = Callable[[Context, int], Parsed | None]
