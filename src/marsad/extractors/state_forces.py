"""State forces a report names without an actor's name (an adjective, an air force) and its country."""

from __future__ import annotations

from marsad.extractors.frames import Frame
from marsad.extractors.off_stage import a_dateline_abroad
from marsad.extractors.positions import DocIndex
from marsad.extractors.roles import RoleFinder
from marsad.geo import cues as geo_cues
from marsad.geo.countries import country_code
from marsad.lang.actors import Actor, ActorLexicon, Side
from marsad.lang.packs import Pack
from marsad.model.document import Document
from marsad.model.mentions import ActorMention
from marsad.text.normalize import normalize_term

#: how many words after the event word such an adjective may stand ("غارة جوية روسية")
_ADJECTIVE_REACH = 2
#: how many hedging words (cues `hedge`: "يُرجّح أنها روسية") may stand before such an adjective
_MAX_HEDGE = 3


class StateForces:
    """Nationality adjectives and air words read as the state forces they name."""

    def __init__(
        self, pack: Pack, actors: ActorLexicon, armed: frozenset[str], hedge: frozenset[str], air_words: frozenset[str]
    ) -> None:
        self.pack = pack
        self.actors = actors
        self.armed = armed
        self.hedge = hedge
        self.air_words = air_words
        #: nationality adjective without the article -> country; country -> its military forces
        self.adjective_country = {adj.removeprefix("ال"): c for adj, c in self.pack.nationalities.items()}
        # (the first listed of a country's: its regular army, not a force that was another actor earlier,
        # such as the Military Operations Command, HTS's coalition before December 2024)
        self.forces: dict[str, Actor] = {}
        for a in self.actors.actors.values():
            if a.side.state and a.home_country and a.name.startswith("Military Forces") and a.earlier is None:
                self.forces.setdefault(a.home_country, a)

    def national_force(self, index: DocIndex, frame: Frame) -> ActorMention | None:
        """The state forces named by a nationality adjective right after the frame's head ("غارة جوية روسية");
        aircraft named with their adjective before it ("شنت طائرات حربية تركية غارات") are an actor mention
        already (see ``ActorStage._platforms``)."""
        pos = index.position(frame.head.span)
        reach = _ADJECTIVE_REACH
        for tok in index.tokens[pos.last + 1 : pos.last + 1 + _ADJECTIVE_REACH + _MAX_HEDGE]:
            if tok.sentence != frame.sentence or reach == 0:
                break
            if tok.norm in self.hedge:
                continue  # "غارة جوية يرجح أنها روسية": a hedge before the adjective
            reach -= 1
            force = self._forces_of(tok.norm)
            if force is not None:
                return ActorMention(tok.span, force.id, frame.sentence)
        return None

    def _forces_of(self, adjective: str) -> Actor | None:
        """The military forces of the country a nationality adjective names ("الروسية", "تركي")."""
        country = self.adjective_country.get(adjective.removeprefix("ال"))
        return self.forces.get(country) if country else None

    def air_forces(self, doc: Document, roles: RoleFinder) -> list[ActorMention]:
        """The air forces the document names ("طيران الروس والنظام", "الطيران الروسي"): the first such
        actor and those joined to it by و. Empty when the report names none or several apart."""
        found: list[list[ActorMention]] = []
        mentions = sorted(doc.actors, key=lambda m: m.span.start)
        for m in mentions:
            if any(m is x for group in found for x in group) or m.actor_id not in self.armed:
                continue
            words = normalize_term(doc.raw(m.span)).split()
            before = roles.index.words_before(m.span, 1)
            if not self.air_words.isdisjoint(words) or (before and before[-1] in self.air_words):
                found.append([m, *roles.conjoined(m, mentions)])
        distinct = {tuple(sorted({x.actor_id for x in group})) for group in found}
        return found[0] if len(distinct) == 1 else []

    def document_country(self, doc: Document) -> str:
        """The country most of the document's resolved places are in (an event with no place of its own
        in a report from Darfur is not in Syria; not a dateline's town abroad), else the country the text says
        something is in ("غربي كينيا"), else the country of the local armed groups it names ("قوات الدعم
        السريع": Sudan), else the country it names at all ("العاصمة التونسية"), else the pack's."""
        counts: dict[str, int] = {}
        for p in doc.places:
            if p.resolved is not None and p.resolved.country and not a_dateline_abroad(doc, p):
                counts[p.resolved.country] = counts.get(p.resolved.country, 0) + 1
        if not counts and doc.countries:
            return doc.countries[0]  # "في مدينة كيسومو غربي كينيا": a town unknown, its country named
        if not counts:
            # a state's forces named by its adjective, of a state that sends none abroad ("مقتل 54 جندياً ...
            # أعنف هجوم تتعرض له القوات البنينية"): their country, not the home of a group fighting in several
            for m in doc.actors:
                actor = self.actors.get(m.actor_id)
                # (by its adjective, "Military Forces of {country}", or by its own name, "الجيش المالي"; not a bare
                # "الجيش", the pack's by default)
                country = m.country or ("" if m.anaphoric else actor.home_country)
                if country and actor.side.state and _stays_home(country):
                    counts[country] = counts.get(country, 0) + 1
        if not counts:
            for m in doc.actors:
                actor = self.actors.get(m.actor_id)
                if actor.home_country and not actor.side.state and actor.side is not Side.COALITION:
                    counts[actor.home_country] = counts.get(actor.home_country, 0) + 1
        if not counts and doc.countries_mentioned:
            return doc.countries_mentioned[0]  # "حي التضامن غربي العاصمة التونسية": the country of the words
        return max(counts, key=lambda c: counts[c]) if counts else self.pack.country


def _stays_home(country: str) -> bool:
    """The state (by its ACLED name) is not one whose forces act abroad (see ``forces_abroad`` in the place
    words): "القوات الأمريكية" says nothing of where a report is."""
    code = country_code(country)
    return code is not None and code not in geo_cues.FORCES_ABROAD
