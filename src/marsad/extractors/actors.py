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
            if alias.weak and self._foreign(view.text, m.nend):
                continue  # "الجيش السوداني": a generic reference qualified by another nationality
            found.append(
                ActorMention(
                    span=view.raw_span(m.nstart, m.nend), actor_id=alias.actor_id, sentence=si, anaphoric=alias.weak
                )
            )
        doc.actors = found

    def _foreign(self, text: str, end: int) -> bool:
        """The next word is another country's nationality: "الجيش السوداني" is not this pack's army."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1) in self.pack.foreign_qualifiers
