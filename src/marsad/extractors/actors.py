"""Actor mentions: aliases of the pack's actor lexicon found in the normalised view."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.actors import ActorLexicon, load_actors
from marsad.lang.packs import DEFAULT_PACK, Pack, load_pack
from marsad.model.document import Document
from marsad.model.mentions import ActorMention
from marsad.text.matcher import PhraseMatcher

#: the word right after a match
_NEXT_WORD = re.compile(r"\s+(\w+)")


@dataclass(frozen=True, slots=True)
class _Alias:
    actor_id: str
    weak: bool


@lru_cache(maxsize=8)
def _matcher(pack_id: str) -> PhraseMatcher[_Alias]:
    lex = load_actors(pack_id)
    entries: list[tuple[str, _Alias, bool]] = []
    for actor in lex.actors.values():
        entries.extend((a, _Alias(actor.id, False), True) for a in actor.aliases)
        entries.extend((r, _Alias(actor.id, True), True) for r in actor.references)
    return PhraseMatcher(entries)


class ActorStage:
    name = "actors"
    requires = frozenset({"norm", "sentences"})
    assigns = frozenset({"actors"})

    def __init__(self, pack_id: str = DEFAULT_PACK) -> None:
        self.pack_id = pack_id
        self.lexicon: ActorLexicon = load_actors(pack_id)
        self.matcher = _matcher(pack_id)
        self.pack: Pack = load_pack(pack_id)

    def matchers(self) -> list[PhraseMatcher[_Alias]]:
        return [self.matcher]

    def __call__(self, doc: Document) -> None:
        assert doc.norm is not None
        view = doc.norm
        found: list[ActorMention] = []
        ends = [s.nend for s in doc.sentences]
        for m in self.matcher.find(view.text):
            si = bisect_left(ends, m.nend)
            if si >= len(doc.sentences) or m.nstart < doc.sentences[si].nstart:
                continue  # a match across a sentence boundary
            alias = m.payloads[0]
            if self._other_nationality(view.text, m.nend, alias):
                continue  # "الجيش السوداني", "جيش الاحتلال التركي": another country's force
            found.append(
                ActorMention(
                    span=view.raw_span(m.nstart, m.nend), actor_id=alias.actor_id, sentence=si, anaphoric=alias.weak
                )
            )
        doc.actors = found

    def _other_nationality(self, text: str, end: int, alias: _Alias) -> bool:
        """The next word is the nationality of a country other than the actor's (or, for a generic
        reference of an actor with no country, other than the pack's)."""
        m = _NEXT_WORD.match(text, end)
        country = self.pack.nationalities.get(m.group(1)) if m else None
        if country is None:
            return False
        home = self.lexicon.get(alias.actor_id).home_country
        if home:
            return country != home
        return alias.weak and country != self.pack.country
