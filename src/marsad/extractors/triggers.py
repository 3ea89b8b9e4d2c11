"""Trigger mentions with the modifiers seen around them (negated, attempted, partial, complete ...)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.lang.triggers import ModifierGroup, Trigger, TriggerLexicon, load_triggers
from marsad.model.document import Document, Token
from marsad.model.mentions import TriggerMention
from marsad.text.matcher import Match, PhraseMatcher


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher[Trigger], PhraseMatcher[ModifierGroup]]:
    lex = load_triggers()
    triggers = PhraseMatcher((t.form, t, t.inflects) for t in lex.triggers)
    modifiers = PhraseMatcher((w, g, False) for g in lex.modifiers.values() for w in g.words)
    return triggers, modifiers


#: modifier groups the event stage reads itself (they depend on the object of the trigger)
_READ_BY_EVENTS = frozenset({"partial", "foothold", "complete", "aircraft"})
#: how far a scope-0 modifier may stand from the trigger, in words, on either side
_NEAR = 5


@dataclass(frozen=True, slots=True)
class _Located:
    first: int  # index of the first token of the match
    last: int


def _locate(tokens: list[Token], starts: list[int], m: Match[Any]) -> _Located:
    first = max(0, bisect_left(starts, m.token_start + 1) - 1)
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].nstart < m.nend:
        last += 1
    return _Located(first, last)


class TriggerStage:
    name = "triggers"
    requires = frozenset({"norm", "sentences", "tokens"})
    assigns = frozenset({"triggers"})

    def __init__(self) -> None:
        self.lexicon: TriggerLexicon = load_triggers()
        self.triggers, self.modifiers = _matchers()

    def __call__(self, doc: Document) -> None:
        assert doc.norm is not None
        view = doc.norm
        tokens = doc.tokens
        starts = [t.nstart for t in tokens]
        mods = self._modifiers_by_sentence(view.text, tokens, starts)
        out: list[TriggerMention] = []
        for m in self.triggers.find(view.text):
            loc = _locate(tokens, starts, m)
            tok = tokens[loc.first]
            trigger = m.payloads[0]
            if trigger.needs and not self._needs_met(tokens, loc.last, trigger):
                continue
            flags = self._flags(tokens, loc, mods.get(tok.sentence, ()))
            out.append(
                TriggerMention(
                    span=view.raw_span(m.nstart, m.nend),
                    sentence=tok.sentence,
                    trigger_id=trigger.id,
                    family=trigger.family.id,
                    event_type=trigger.family.event_type.value,
                    sub_event_type=trigger.family.sub_event_type.label,
                    flags=flags,
                    strength=trigger.strength,
                )
            )
        doc.triggers = out

    def _modifiers_by_sentence(
        self, text: str, tokens: list[Token], starts: list[int]
    ) -> dict[int, list[tuple[Match[ModifierGroup], _Located]]]:
        """The modifiers that can flag a trigger, by sentence: each trigger only looks at its own."""
        out: dict[int, list[tuple[Match[ModifierGroup], _Located]]] = {}
        for m in self.modifiers.find(text):
            if m.payloads[0].name in _READ_BY_EVENTS:
                continue
            loc = _locate(tokens, starts, m)
            out.setdefault(tokens[loc.first].sentence, []).append((m, loc))
        return out

    @staticmethod
    def _needs_met(tokens: list[Token], last: int, trigger: Trigger) -> bool:
        sent = tokens[last].sentence
        for tok in tokens[last + 1 : last + 1 + trigger.window]:
            if tok.sentence != sent:
                break
            if tok.norm in trigger.needs or any(tok.norm == p + n for n in trigger.needs for p in ("و", "ف")):
                return True
        return False

    @staticmethod
    def _flags(tokens: list[Token], loc: _Located, mods: Sequence[tuple[Match[ModifierGroup], _Located]]) -> set[str]:
        """Modifier groups whose words lie within their scope of the trigger, in the same clause.

        ``mods`` are the modifiers of the trigger's sentence (see :meth:`_modifiers_by_sentence`)."""
        first, last = tokens[loc.first], tokens[loc.last]
        flags: set[str] = set()
        for m, mloc in mods:
            group = m.payloads[0]
            mt = tokens[mloc.first]
            if loc.first <= mloc.first <= loc.last:
                continue
            if group.scope == 0:  # either side, a few words away
                if loc.first - _NEAR <= mloc.first <= loc.last + _NEAR:
                    flags.add(group.name)
                continue
            if mt.clause != first.clause:
                continue
            before = group.scope < 0 and loc.first + group.scope <= mloc.first < loc.first
            after = group.scope > 0 and loc.last < mloc.first <= loc.last + group.scope and last.clause == mt.clause
            if before or after:
                flags.add(group.name)
        return flags
