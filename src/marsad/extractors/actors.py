"""Actor mentions: aliases of the pack's actor lexicon found in the normalised view."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.extractors.vocabulary import one_bare_word
from marsad.geo import cues as geo_cues
from marsad.geo.countries import country_code
from marsad.lang.actors import Actor, ActorLexicon, Side, load_actors
from marsad.lang.cues import load_cues
from marsad.lang.packs import DEFAULT_PACK, Pack, load_pack
from marsad.model.document import Document, Token
from marsad.model.mentions import ActorMention
from marsad.model.span import Span
from marsad.text.clitics import is_word
from marsad.text.datelines import bracketed_in_a_dateline
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import NormalizedText, normalize_term
from marsad.text.segment import words_in

#: the word right after a match, past a force's own word for itself ("وحدات من الجيش الوطني الصومالي": the
#: adjective that says whose army it is comes after "الوطني")
_NEXT_WORD = re.compile(r"\w*\s+(?:(?:الوطني|النظامي)\s+(?=ال))?(\w+)")
#: what stands between a force and the group that owns it: "قوات الأمن العام التابعة لهيئة تحرير الشام",
#: "الشرطة العسكرية التابعة للجيش الوطني" (in the normalised view, up to the owner's name)
#: (the force's own adjectives may come first: "العام", "العسكرية"; its quoted name's closing quote: 'من "كتيبة
#: جنين" التابعة لسرايا القدس')
_OWNED_BY = re.compile(r"[\"»”]?\s+(?:ال\w+[\"»”]?\s+){0,2}?(?:ال)?تابع(?:ه|ين|ون|ان|تين)?\s+(?:ل|لل)?ـ?\s*")


#: a verb of leading, after a relative pronoun, or "بقيادة" (normalised): "التي تقودها", "بقياده"
_LEADING = r"(?:(?:التي|الذي|الذين)\s+(?:تقودها|يقودها|يقوده|يقودهم|تتزعمها|يتزعمها)|بقياده)"
#: what joins a camp's word to the group that leads it: "الفصائل وهيئة تحرير الشام", "بقيادة", "بينها"; over an
#: adjective of the camp and a comma: "فصائل المعارضة السورية، بقيادة «هيئة تحرير الشام»"; or, over a few
#: words naming the camp, a verb of leading: "فصائل غرفة عمليات «ردع العدوان»، التي تقودها «هيئة تحرير الشام»"
_LED_BY = re.compile(
    r"\s+(?:ال\w+يه\s*)?،?\s*(?:و|بقياده|بزعامه|وفي مقدمتها|ومنها|منها|بينها|من بينها|ابرزها)?\s*[\"«“]?"
    r"|\s+(?:[^\s،.]+\s*){0,5}?،?\s*" + _LEADING + r"\s*[\"«“]?"
)
#: a verb of leading right before a group's name, after the words it describes: "فصائل غرفة عمليات «ردع
#: العدوان»، التي تقودها «هيئة تحرير الشام»" (the normalised view, up to the name)
_LEADING_BEFORE = re.compile(_LEADING + r"\s*[\"«“]?$")
#: how many words a camp's head word may stand before that verb ("فصائل غرفة عمليات «ردع العدوان»،")
_CAMP_WORDS_BEFORE = 5
#: a word of the normalised view, with any quotes or comma on it
_VIEW_WORD = re.compile(r"\S+")
#: the sides whose camp words give way to a named group of the camp
_REBEL_CAMP = frozenset({Side.OPPOSITION, Side.JIHADIST})
#: the gunmen, definite and alone, as the normalised view writes them
_THE_GUNMEN = frozenset({"المسلحون", "المسلحين"})


@lru_cache(maxsize=4)
def _of_pattern(heads: frozenset[str], suspected: frozenset[str]) -> re.Pattern[str]:
    """Between gunmen and the group they belong to: "مسلحون من تنظيم داعش", "مسلحون من تنظيم «داعش»", "مسلحون من
    تحالف العصابات «فيف أنسانم»", over a group's generic head (``heads``: the cue group `name_lead`), or suspected
    to: "مسلحون يشتبه في انتمائهم إلى تنظيم ...", "مسلحون يعتقد أنهم من ..." (``suspected``: the cue group
    `suspected`; ACLED codes the group a report suspects)."""
    lead = "|".join(sorted(heads, key=lambda w: (-len(w), w)))
    hedge = "|".join(sorted(suspected, key=lambda w: (-len(w), w)))
    belong = r"(?:ينتمون|ينتمي|تنتمي|المنتمين|منتمين)\s+(?:الي\s+|ل|لل)?"
    return re.compile(
        # (or said to belong to it: "مسلحين تابعين لحركة الشباب", "مسلحون ينتمون إلى تنظيم داعش")
        rf"\s+(?:من|(?:ال)?تابع(?:ه|ين|ون)\s+(?:ل|لل)?|{belong}"
        rf"|(?:{hedge})\s+(?:(?:في\s+|ب)?انتما(?:ئ|ؤ|و)(?:هم|ه|ها)\s+(?:الي\s+|ل|لل)?|ان(?:هم|ه|ها)\s+(?:من|{belong})))"
        r"ـ?\s*"
        rf"(?:(?:{lead}|تحالف(?:\s+العصابات)?)\s+)?[\"'«“]?"
    )


#: between soldiers and the state force they belong to: "جنود الجيش التركي", "جنود من الجيش"
_SOLDIERS_OF = re.compile(r"\s+(?:من\s+)?")
#: between a group's generic head in construct and the named group: "ميليشيات حفتر"
_CONSTRUCT = re.compile(r"\s+")
#: ... and the armed force they are said to be of: "خمسة جنود من القوات الجنوبية"
_SOLDIERS_FROM = re.compile(r"\s+من\s+")
#: how many hedge words may stand between a platform and its nationality ("يرجح أنها روسية")
_MAX_HEDGE = 2
#: between a post or patrol and the force it belongs to: "نقطة عسكرية لـ«قسد»", "عربة عسكرية تابعة للحزام"
_POST_OF = re.compile(r"\s+(?:(?:ال)?تابع(?:ه|ين|ون|ان|تين)?\s+)?(?:ل|لل)?ـ?\s*[\"«“]?")


def _bare(word: str) -> str:
    """A word without its article or a clitic before it ("والفصائل" -> "فصائل")."""
    for prefix in ("وال", "بال", "لل", "ال", "و"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


@dataclass(frozen=True, slots=True)
class _Alias:
    actor_id: str
    weak: bool
    umbrella: bool = False
    post: bool = False


@lru_cache(maxsize=8)
def _matcher(pack_id: str) -> PhraseMatcher[_Alias]:
    lex = load_actors(pack_id)
    leads = load_cues().name_lead
    entries: list[tuple[str, _Alias, bool]] = []
    for actor in lex.actors.values():
        umbrella = {normalize_term(u) for u in actor.umbrella}
        exact = {normalize_term(x) for x in actor.exact}
        for terms, weak in ((actor.aliases, False), (actor.references, True)):
            for t in terms:
                key = normalize_term(t)
                entries.append((t, _Alias(actor.id, weak, key in umbrella), key not in exact))
                # "حركة «حسم»", "تنظيم 'داعش'": the name after its generic head in quotes
                head, _, name = key.partition(" ")
                if name and head in leads and not weak:
                    entries.extend(
                        (f"{head} {q}{name}{q}", _Alias(actor.id, weak, key in umbrella), False) for q in ('"', "'")
                    )
        entries.extend((t, _Alias(actor.id, True, post=True), True) for t in actor.posts)
    return PhraseMatcher(entries)


def _token_start(t: Token) -> int:
    return t.start


#: how many words a site's name may take between the site's noun and the adjective of its owner
_SITE_NAME_WORDS = 2


def _site_owners(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """A nationality adjective after a site's name ("موقع المالكية الإسرائيلي", "ثكنة زرعيت الإسرائيلية") names
    whose post it is: a post, what an attack hits, not who acts."""
    if not any(m.anaphoric and not m.post for m in found):
        return found
    sites = load_cues().site_noun
    tokens = doc.tokens
    out: list[ActorMention] = []
    for m in found:
        if not m.anaphoric or m.post:
            out.append(m)
            continue
        first = bisect_right(tokens, m.span.start, key=_token_start) - 1
        if 0 <= first < len(tokens) and tokens[first].norm.startswith("ال"):
            # the site's noun one or two words before (its name between)
            for k in range(first - 2, max(-1, first - _SITE_NAME_WORDS - 2), -1):
                if tokens[k].sentence == m.sentence and tokens[k].stem in sites:
                    m = ActorMention(m.span, m.actor_id, m.sentence, m.anaphoric, post=True, country=m.country)
                    break
        out.append(m)
    return out


def _outside_datelines(
    text: str, found: list[ActorMention], view_spans: list[tuple[int, int]], umbrellas: list[bool]
) -> tuple[list[ActorMention], list[tuple[int, int]], list[bool]]:
    """The mentions that are not a dateline's country: "ديار بكر (تركيا) ـ" says where the report was filed,
    and "تركيا" there is no side of anything (a country's name elsewhere may be its state: "قصفت تركيا")."""
    keep = [
        i
        for i, m in enumerate(found)
        if not bracketed_in_a_dateline(text, m.span.start, m.span.end)
    ]
    if len(keep) == len(found):
        return found, view_spans, umbrellas
    return [found[i] for i in keep], [view_spans[i] for i in keep], [umbrellas[i] for i in keep]


class ActorStage:
    name = "actors"
    requires = frozenset({"norm", "sentences", "tokens"})
    assigns = frozenset({"actors", "actor_countries"})

    def __init__(self, pack_id: str = DEFAULT_PACK) -> None:
        self.pack_id = pack_id
        self.lexicon: ActorLexicon = load_actors(pack_id)
        self.matcher = _matcher(pack_id)
        self.pack: Pack = load_pack(pack_id)
        #: each actor's countries as clues to where the places of a report naming it are (see _home_at_home)
        self._homes = {a.id: self._home_at_home(a) for a in self.lexicon.actors.values()}
        cues = load_cues()
        #: the heads of armed groups' names with the article and any clitic before it ("والحركة"), to the head
        self._definite_heads = {
            form: head
            for form, (prefix, head) in geo_cues.clitic_forms(cues.actor_head).items()
            if prefix.endswith(("ال", "لل"))
        }
        #: the head word of a camp's umbrella words, without the article ("فصائل" of "فصائل المعارضة"), to the
        #: camp's actor
        self._camp_heads = {
            _bare(normalize_term(u).split(" ", 1)[0]): a.id
            for a in self.lexicon.actors.values()
            if a.side in _REBEL_CAMP
            for u in a.umbrella
        }
        #: every written form of a platform word, a vessel word and a word of their kind, to its bare word
        self._platform_forms = _clitic_forms(cues.platform | cues.vessel)
        self._adjectives = inflected_nationalities(self.pack.nationalities)
        self._group_adjectives = cues.group_adjective
        self._parts_of_country = cues.part_of_country
        self._kind_forms = _clitic_forms(cues.platform_kind)
        #: what stands between gunmen and the group they belong to (see :func:`_of_pattern`)
        self._of = _of_pattern(cues.name_lead, cues.suspected)
        #: the pack's own state military, of which other states' are counterparts
        self._own_military = next(
            (
                a.id
                for a in self.lexicon.actors.values()
                if a.side is Side.GOVERNMENT and a.home_country == self.pack.country and a.name.startswith("Military")
            ),
            None,
        )

    def matchers(self) -> list[PhraseMatcher[_Alias]]:
        return [self.matcher]

    def __call__(self, doc: Document) -> None:
        assert doc.norm is not None
        view = doc.norm
        found: list[ActorMention] = []
        view_spans: list[tuple[int, int]] = []  # (nstart, nend) of each mention found
        umbrellas: list[bool] = []  # whether each mention names a whole camp
        posts: list[bool] = []  # whether each mention is a post or patrol without its force's name
        ends = [s.nend for s in doc.sentences]
        for m in self.matcher.find(view.text):
            si = bisect_left(ends, m.nend)
            if si >= len(doc.sentences) or m.nstart < doc.sentences[si].nstart:
                continue  # a match across a sentence boundary
            alias = m.payloads[0]
            actor_id, weak, nend = alias.actor_id, alias.weak, m.nend
            if self._a_region_of_the_country(view.text, m.nstart, m.nend, actor_id):
                continue  # "أطلق حزب الله صواريخ على شمال إسرائيل": a place, not the state
            if weak and self._a_groups_word(actor_id) and self._another_bodys_name(view.text, m.nend):
                continue  # "الهيئة الصحية الإسلامية", "الهيئة الوطنية العليا": another body, not the group
            named_for = ""
            foreign = self._other_nationality(view.text, m.nend, alias)
            if foreign is not None:
                # "الجيش العراقي": that country's force of the same kind, if the pack knows it, else its generic
                # one ("الشرطة الأفغانية": Police Forces of {country}, named for where the event happens); a
                # word of no state force with a foreign adjective names nobody this pack can name
                country, adjective_end = foreign
                counterpart = self.lexicon.counterpart(alias.actor_id, country, generic=True)
                if counterpart is None:
                    continue
                actor_id, weak, nend = counterpart.id, False, adjective_end
                named_for = country if "{country}" in counterpart.name else ""
            elif actor_id == self.pack.civilians and (origin := self._peoples_origin(view.text, m.nend)) is not None:
                # "أعمال عنف استهدفت اللاجئين السوريين" in Kayseri: civilians of the country their adjective names
                named_for, nend = origin
            elif not weak and doc.published and (then := self.lexicon.get(actor_id).named_on(doc.published)):
                # "فصائل «إدارة العمليات العسكرية»" in a report of November 2024: the group its words named then,
                # whose side decides the events' sub-types (an event dated earlier still is, at export); not a
                # reference, which may be another country's ("مديرية الأمن العام" in Amman)
                actor_id = then
            found.append(
                ActorMention(
                    span=view.raw_span(m.nstart, nend),
                    actor_id=actor_id,
                    sentence=si,
                    anaphoric=weak,
                    post=alias.post,
                    country=named_for,
                )
            )
            view_spans.append((m.nstart, nend))
            umbrellas.append(alias.umbrella and actor_id == alias.actor_id)
            posts.append(alias.post and foreign is None)  # "دورية عسكرية تركية" is Turkey's already
        if any(posts):
            found, view_spans, umbrellas = self._owned_posts(view, found, view_spans, umbrellas, posts)
        if "(" in doc.text:
            found, view_spans, umbrellas = _outside_datelines(doc.text, found, view_spans, umbrellas)
        found, view_spans = self._led_camps(view, found, view_spans, umbrellas)
        found, view_spans = self._described_crowds(view.text, found, view_spans)
        found, view_spans = self._armed_adjectives(view.text, found, view_spans)
        found, view_spans = self._peoples_nationality(view.text, found, view_spans)
        found, view_spans = _join_pairs(view, found, view_spans, _SOLDIERS_OF, self._soldiers_of_a_state)
        if any(self._a_construct_head(doc.text, m) for m in found):  # (most reports: none)
            found, view_spans = _join_pairs(
                view, found, view_spans, _CONSTRUCT, lambda m, n: self._militias_of_a_group(doc.text, m, n)
            )
        found, view_spans = _join_pairs(view, found, view_spans, _SOLDIERS_FROM, self._soldiers_of_a_group)
        found, view_spans = _join_pairs(view, found, view_spans, self._of, self._gunmen_of_a_group)
        found, view_spans = _join_pairs(
            view, found, view_spans, _CONSTRUCT, lambda m, n: self._gunmen_by_a_group_adjective(doc.text, m, n)
        )
        found, view_spans = _join_pairs(view, found, view_spans, _OWNED_BY, self._force_owned_by)
        found, view_spans = _join_pairs(view, found, view_spans, _OWNED_BY, self._unit_of_a_group, first=True)
        found = self._the_gunmen(view.text, found, view_spans)
        found = self._platforms(doc, self._head_anaphors(doc, found, view_spans))
        found = _site_owners(doc, found)
        doc.actors = self._the_latter(doc, found) if "اخير" in view.text else found
        homes = self._homes
        doc.actor_countries = [code for m in doc.actors if not m.anaphoric for code in homes[m.actor_id]]

    def _home_at_home(self, actor: Actor) -> tuple[str, ...]:
        """The ISO codes of the armed actor's home country and of the others it fights in as much (``also_in``),
        unless that state sends forces abroad (Israel's army acts in Lebanon, Turkey's in Syria and Iraq: they
        say nothing of where a report's places are) or it is the pack's own country, whose actors the words of
        every country's reports name ("الجيش", "الأمن", "الثوار", "اللجان الشعبية"): the actors of other
        countries are named by their own names."""
        if not actor.side.armed or not actor.home_country or actor.home_country == self.pack.country:
            return ()
        codes = [country_code(c) for c in (actor.home_country, *actor.also_in)]
        return tuple(code for code in codes if code is not None and code not in geo_cues.FORCES_ABROAD)

    def _platforms(self, doc: Document, found: list[ActorMention]) -> list[ActorMention]:
        """ "شنت طائرات حربية أمريكية غارات": a platform of a state's forces (`platform` words: aircraft,
        drones, warships, tanks; `vessel` words, ships and a single plane, only with a word of their kind or as a
        strike's agent) with a nationality adjective right
        after it, or after a word of its kind or a second platform ("طائرات وسفن حربية أمريكية"), is that
        state's military, and a second adjective after "و" is a second state's ("أمريكية وبريطانية"). What
        names its maker ("دبابات روسية الصنع") names nobody; a name already found there stands."""
        cues = load_cues()
        tokens = doc.tokens
        platforms, kinds = self._platform_forms, self._kind_forms
        out = found
        done = 0  # the tokens before this one were read as part of a platform phrase
        assert doc.norm is not None
        for i in words_in(doc.norm.text, platforms):  # (most reports name no platform: found in C)
            if i < done:
                continue
            tok = tokens[i]
            needs_kind = platforms[tok.norm] in cues.vessel
            j = i + 1
            while j < len(tokens) and j - i <= 3 and tokens[j].sentence == tok.sentence:
                word = tokens[j].norm
                if word in kinds:
                    needs_kind = False
                elif word.isascii() and word.isalnum():
                    pass  # a model's designation: "طائرات F-16 العراقية"
                elif not (word.startswith("و") and word in platforms):
                    break
                j += 1
            countries: list[tuple[str, int]] = []
            k = j
            # (over a hedge: "طائرات حربية يُرجَّح أنها روسية")
            while k < len(tokens) and k - j < _MAX_HEDGE and tokens[k].norm in cues.hedge:
                k += 1
            if k > j and not (k < len(tokens) and self._nationality(tokens[k].norm, first=True)):
                k = j
            while k < len(tokens) and tokens[k].sentence == tok.sentence:
                country = self._nationality(tokens[k].norm, first=not countries)
                if country is None or any(c == country for c, _ in countries):
                    break
                countries.append((country, k))
                k += 1
            if needs_kind and not (k < len(tokens) and tokens[k].norm in kinds) and not self._agent_before(tokens, i):
                # ("طائرة أمريكية مسيّرة": the kind may follow the adjective; "غارة شنتها طائرة إسرائيلية": the
                # strike's agent is a warplane)
                countries = []
            if countries and not (k < len(tokens) and tokens[k].norm.removeprefix("ال") in cues.made_in):
                for n, (country, at) in enumerate(countries):
                    # the first state's force spans the platform words, a second its own adjective
                    force = self._military_of(country)
                    span = Span(tok.start if n == 0 else tokens[at].start, tokens[at].end)
                    if force is not None and not any(m.span.overlaps(span) for m in found):
                        out = out if out is not found else list(found)
                        named_for = country if "{country}" in self.lexicon.get(force).name else ""
                        out.append(ActorMention(span, force, tok.sentence, country=named_for))
            done = k
        if out is not found:
            out.sort(key=lambda m: m.span.start)
        return out

    @staticmethod
    def _agent_before(tokens: list[Token], i: int) -> bool:
        """The word before token ``i`` names it as the agent of an attack told before ("شنتها", "أطلقها")."""
        return i > 0 and tokens[i - 1].sentence == tokens[i].sentence and tokens[i - 1].norm in load_cues().agent

    def _nationality(self, word: str, first: bool) -> str | None:
        """The country of a nationality adjective, with or without its article ("أمريكية", "الأمريكية"); after
        the first, only one joined by "و" ("وبريطانية")."""
        if not first:
            if not word.startswith("و"):
                return None
            word = word[1:]
        return self._adjectives.get(word)

    def _military_of(self, country: str) -> str | None:
        """The pack's military of ``country``: its own state military at home, else that state's counterpart
        (its generic one when the pack lists none: "دبابات بريطانية")."""
        own = self._own_military
        if own is None:
            return None
        if country == self.pack.country:
            return own
        other = self.lexicon.counterpart(own, country, generic=True)
        return other.id if other is not None else None

    def _head_anaphors(
        self, doc: Document, found: list[ActorMention], view_spans: list[tuple[int, int]]
    ) -> list[ActorMention]:
        """ "وتبنت الحركة الهجوم": the generic head of an armed group's name, with the article and alone, stands
        for the last non-state armed group named with that head before it ("حركة الشباب", "مليشيا الحوثي"), as an
        anaphoric mention. A nisba adjective after it makes it another name or no group at all ("الحركة
        الإسلامية", "الحركة التجارية"), and a head no such group was named with refers to nobody."""
        heads = load_cues().actor_head
        tokens = doc.tokens
        definite = self._definite_heads
        assert doc.norm is not None
        candidates = words_in(doc.norm.text, definite)
        if not candidates:
            return found
        starts = [t.nstart for t in tokens]
        named: list[tuple[int, str, str]] = []  # (nend, head, actor id) of the groups named with a head
        for m, (nstart, nend) in zip(found, view_spans, strict=True):
            if m.anaphoric or m.post:
                continue
            # (a state's force too, named with a group's head: "حركة طالبان" in power, Afghanistan's forces)
            if not self.lexicon.get(m.actor_id).side.armed:
                continue
            first = bisect_right(starts, nstart) - 1  # the word the name starts in ("الحوثي" of "حوثي")
            for k in (first, first - 1):
                if 0 <= k < len(tokens) and tokens[k].sentence == m.sentence and tokens[k].stem in heads:
                    named.append((nend, tokens[k].stem, m.actor_id))
                    break
        if not named:
            return found
        taken = [(m.span.start, m.span.end) for m in found]
        out = list(found)
        view_end = {id(m): nend for m, (_, nend) in zip(found, view_spans, strict=True)}
        for i in candidates:
            tok = tokens[i]
            after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tok.sentence else None
            if after is not None and after.prefix.endswith("ال") and after.stem.endswith(("يه", "ي")):
                continue
            stem = definite[tok.norm]
            antecedent = next((a for nend, head, a in reversed(named) if nend <= tok.nstart and head == stem), None)
            if antecedent is None:
                continue
            if any(s < tok.end and tok.start < e for s, e in taken):
                overlapping = [m for m in out if m.span.start < tok.end and tok.start < m.span.end]
                # "التنظيم" read as another group's weak word ("Islamic State") after "تنظيم «القاعدة في جزيرة
                # العرب»" was named: the group named with the head
                # (over the gunmen before it too: "هاجم مسلحون من التنظيم نقطة أمنية")
                if not all(
                    m.anaphoric and m.span.end == tok.span.end and m.actor_id != antecedent for m in overlapping
                ):
                    continue
                out = [m for m in out if m not in overlapping]
            gunmen = self._gunmen_before(doc.norm.text, out, view_end, tok)
            if gunmen is not None:
                # "هاجم مسلحون من الجماعة نفسها": the gunmen are the group's, one mention from them to its word
                out.remove(gunmen)
                out.append(ActorMention(Span(gunmen.span.start, tok.end), antecedent, tok.sentence, anaphoric=True))
                continue
            out.append(ActorMention(tok.span, antecedent, tok.sentence, anaphoric=True))
        out.sort(key=lambda m: m.span.start)
        return out

    def _the_latter(self, doc: Document, found: list[ActorMention]) -> list[ActorMention]:
        """ "انتهت بانسحاب الأخيرة": "the latter" after a word without the article stands for the armed actor
        named last before it (in its sentence or the one before), as an anaphoric mention. After a definite
        noun it is an adjective ("الفترة الأخيرة") and names nobody."""
        out = list(found)
        tokens = doc.tokens
        the_latter = load_cues().the_latter
        for i, tok in enumerate(tokens):
            if tok.norm.lstrip("وفب") not in the_latter or i == 0 or tokens[i - 1].sentence != tok.sentence:
                continue
            previous = tokens[i - 1].norm.lstrip("وفبل")
            if previous.startswith("ال") or previous in the_latter:
                continue
            antecedent = next(
                (
                    m
                    for m in reversed(found)
                    if m.span.end <= tok.start
                    and m.sentence >= tok.sentence - 1
                    and not m.anaphoric
                    and self.lexicon.get(m.actor_id).side.armed
                ),
                None,
            )
            if antecedent is not None:
                out.append(ActorMention(tok.span, antecedent.actor_id, tok.sentence, anaphoric=True))
        out.sort(key=lambda m: m.span.start)
        return out

    def _described_crowds(
        self, text: str, found: list[ActorMention], view_spans: list[tuple[int, int]]
    ) -> tuple[list[ActorMention], list[tuple[int, int]]]:
        """People a crowd's word describes right after them ("مئات الشبان المحتجين", "المواطنين المتظاهرين")
        are that crowd: the people's word is dropped, so no civilians stand beside the protesters as another
        side of the event."""
        crowd = (Side.PROTESTERS, Side.RIOTERS)
        drop = {
            i
            for i in range(len(found) - 1)
            if found[i + 1].sentence == found[i].sentence
            and self.lexicon.get(found[i].actor_id).side is Side.CIVILIANS
            and self.lexicon.get(found[i + 1].actor_id).side in crowd
            and text[view_spans[i][1] : view_spans[i + 1][0]].isspace()
        }
        return _without(found, view_spans, drop)

    def _armed_adjectives(
        self, text: str, found: list[ActorMention], view_spans: list[tuple[int, int]]
    ) -> tuple[list[ActorMention], list[tuple[int, int]]]:
        """ "المسلحين" with the article right after another actor's name ("وجود المستوطنين المسلحين") says that
        actor is armed, and "كانوا مسلحين بالسكاكين" what someone was armed with: neither names an unidentified
        armed group of its own."""
        unidentified = self.pack.unidentified_armed_group
        drop = {
            i
            for i in range(1, len(found))
            if found[i].actor_id == unidentified
            and found[i - 1].sentence == found[i].sentence
            and found[i - 1].actor_id != unidentified
            and text.startswith("ال", view_spans[i][0])
            and text[view_spans[i - 1][1] : view_spans[i][0]].isspace()
        }
        # "هجوم شنه شبان مسلحون من قبيلة المورلي": people the armed name after them describes are those armed
        # men, one mention from the people's word on
        for i in range(len(found) - 1):
            if (
                found[i].actor_id == self.pack.civilians
                and found[i + 1].actor_id != self.pack.civilians
                and found[i].sentence == found[i + 1].sentence
                and text.startswith("مسلح", view_spans[i + 1][0])
                and text[view_spans[i][1] : view_spans[i + 1][0]].isspace()
            ):
                drop.add(i)
                found[i + 1] = replace(found[i + 1], span=Span(found[i].span.start, found[i + 1].span.end))
                view_spans[i + 1] = (view_spans[i][0], view_spans[i + 1][1])
        # "في مؤتمر صحفي", "في ندوة صحفية": the press adjective, no journalist
        press = load_cues().press_event
        drop |= {
            i
            for i, m in enumerate(found)
            if m.actor_id == self.pack.civilians
            and text[view_spans[i][0] : view_spans[i][1]].lstrip("و").startswith(("صحفي", "الصحفي"))
            and _word_before(text, view_spans[i][0]) in press
        }
        # "أن المهاجمين كانوا مسلحين بالسكاكين والحجارة": what someone was armed with, no group
        drop |= {
            i
            for i, m in enumerate(found)
            if m.actor_id == unidentified
            and _word_before(text, view_spans[i][0]) in _WAS
            and _word_after(text, view_spans[i][1]).startswith("ب")
        }
        return _without(found, view_spans, drop)

    def _peoples_nationality(
        self, text: str, found: list[ActorMention], view_spans: list[tuple[int, int]]
    ) -> tuple[list[ActorMention], list[tuple[int, int]]]:
        """A country's name read inside its adjective right after people ("قتل رجل إسرائيلي") or a side where
        the dead fell ("أول قتيل على الجانب الإسرائيلي") is where they are from, not that country's forces."""
        sides = load_cues().casualty_side
        drop = {
            i
            for i in range(len(found))
            if found[i].anaphoric
            and text.startswith("ي", view_spans[i][1])
            and (
                (
                    i > 0
                    and found[i - 1].sentence == found[i].sentence
                    and self.lexicon.get(found[i - 1].actor_id).side is Side.CIVILIANS
                    # (right after them, or inside them when their mention took the adjective: "رجل إسرائيلي")
                    and (
                        view_spans[i][0] < view_spans[i - 1][1]
                        or text[view_spans[i - 1][1] : view_spans[i][0]].isspace()
                    )
                )
                or _on_a_side(text, view_spans[i][0], sides)
            )
        }
        return _without(found, view_spans, drop)

    def _the_gunmen(
        self, text: str, found: list[ActorMention], view_spans: list[tuple[int, int]]
    ) -> list[ActorMention]:
        """ "شن مسلحو حركة الشباب هجوماً ... قبل أن يقتحم المسلحون القاعدة": the gunmen with the article, alone,
        are the group whose gunmen the report named last, unless unnamed gunmen were told of since."""
        unidentified = self.pack.unidentified_armed_group
        group = ""  # the group last named by its gunmen ("مسلحو حركة الشباب", "مسلحون من تنظيم داعش")
        out: list[ActorMention] = []
        for m, (nstart, nend) in zip(found, view_spans, strict=True):
            words = text[nstart:nend]
            if m.actor_id == unidentified:
                if group and words in _THE_GUNMEN:
                    m = ActorMention(m.span, group, m.sentence, anaphoric=True)
                elif not words.startswith("ال"):
                    group = ""  # "مسلحون مجهولون": other gunmen
            elif words.startswith("مسلح") and self.lexicon.get(m.actor_id).side.armed:
                group = m.actor_id
            out.append(m)
        return out

    def _gunmen_before(
        self, text: str, mentions: list[ActorMention], view_end: dict[int, int], tok: Token
    ) -> ActorMention | None:
        """Unidentified gunmen said to be of the group a definite head word stands for, right before it
        ("مسلحون من الجماعة نفسها", :func:`_of_pattern` between), or None."""
        before = [m for m in mentions if m.span.end <= tok.start and m.sentence == tok.sentence]
        if not before:
            return None
        m = max(before, key=lambda b: b.span.end)
        end = view_end.get(id(m))
        if m.actor_id != self.pack.unidentified_armed_group or end is None:
            return None
        return m if self._of.fullmatch(text, end, tok.nstart) is not None else None

    def _gunmen_of_a_group(self, m: ActorMention, n: ActorMention) -> bool:
        """ "هاجم عشرات المسلحين من تنظيم «داعش»": gunmen said to be of a named armed group (:func:`_of_pattern`
        between) are that group, one mention from the gunmen to the group's name, not unidentified gunmen beside it
        (who would be read as the attacker, and the group as its target)."""
        unidentified = self.pack.unidentified_armed_group
        return m.actor_id == unidentified and n.actor_id != unidentified and self.lexicon.get(n.actor_id).side.armed

    def _gunmen_by_a_group_adjective(self, text: str, m: ActorMention, n: ActorMention) -> bool:
        """ "اختطف مسلحون حوثيون الناشط": gunmen with the adjective of an armed group that is no state's force
        right after them are that group, one mention, not unidentified gunmen beside their victim (a word with the
        article or of more words is no adjective of theirs: "هاجم مسلحون الحوثيين")."""
        if not self._gunmen_of_a_group(m, n) or self.lexicon.get(n.actor_id).side.state:
            return False
        return one_bare_word(text[n.span.start : n.span.end])

    def _camp_led_by(self, text: str, nstart: int, group: str) -> tuple[str, int]:
        """The camp whose head word ("فصائل") stands a few words before a verb of leading right before the group's
        name, though the words are no mention of the camp, and where that word starts in the view: "بسطت فصائل
        غرفة عمليات «ردع العدوان»، التي تقودها «هيئة تحرير الشام»، سيطرتها" (later "الفصائل" are HTS);
        ("", -1) if none."""
        start = max(0, nstart - 120)
        before = text[start:nstart]
        verb = _LEADING_BEFORE.search(before)
        if verb is None:
            return "", -1
        words = list(_VIEW_WORD.finditer(before, 0, verb.start()))
        for w in reversed(words[-_CAMP_WORDS_BEFORE - 1 :]):
            if w.group().endswith((".", ":")):
                break  # (not over the end of a sentence)
            camp = self._camp_heads.get(_bare(w.group().strip("«»\"“”،")), "")
            if camp and camp != group:
                return camp, start + w.start()
        return "", -1

    def _led_camps(
        self, view: NormalizedText, found: list[ActorMention], view_spans: list[tuple[int, int]], umbrellas: list[bool]
    ) -> tuple[list[ActorMention], list[tuple[int, int]]]:
        """A camp's word joined to a group of that camp named right after it is that group: "اشتباكات مع
        الفصائل وهيئة تحرير الشام", "فصائل المعارضة بقيادة هيئة تحرير الشام" are HTS (ACLED names the group,
        not the coalition), and so is the camp's word later in the report ("وكانت الفصائل قد سيطرت"). So is a
        camp's head word that is no mention, a few words before a verb of leading and the group's name ("فصائل
        غرفة عمليات «ردع العدوان»، التي تقودها «هيئة تحرير الشام»"): one mention from that word to the name."""
        text = view.text
        leaders: dict[str, str] = {}  # camp actor id -> the group that led it
        led_from: dict[str, int] = {}  # camp actor id -> where a group was named as leading it in words only
        head_at: dict[int, int] = {}  # mention index -> where the camp's head word before it starts in the view
        absorbed: set[int] = set()  # the group's own other name between the camp's word and the verb
        # (a verb of leading is asked for only in a report that has one: "تقودها", "يقوده", "بقيادة")
        leading = "قود" in text or "بقياده" in text
        for i, n in enumerate(found):
            if not leading or umbrellas[i] or self.lexicon.get(n.actor_id).side not in _REBEL_CAMP:
                continue
            camp, at = self._camp_led_by(text, view_spans[i][0], n.actor_id)
            if not camp:
                continue
            if i > 0 and view_spans[i - 1][1] > at:
                # (over another mention between, only the group's own name: "فصائل «إدارة العمليات العسكرية»
                # التي تقودها «هيئة تحرير الشام»")
                if found[i - 1].actor_id != n.actor_id or view_spans[i - 1][0] < at:
                    continue
                absorbed.add(i - 1)
            head_at[i] = at
            if camp not in leaders:
                leaders[camp] = n.actor_id
                led_from[camp] = view_spans[i][1]
        drop: set[int] = set()
        for i, m in enumerate(found):
            if not umbrellas[i] or i + 1 >= len(found):
                continue
            n = found[i + 1]
            if (
                n.sentence == m.sentence
                and not umbrellas[i + 1]
                and n.actor_id != m.actor_id
                and _LED_BY.fullmatch(text, view_spans[i][1], view_spans[i + 1][0]) is not None
                and self.lexicon.get(n.actor_id).side in _REBEL_CAMP
                and self.lexicon.get(m.actor_id).side in _REBEL_CAMP
            ):
                leaders.setdefault(m.actor_id, n.actor_id)
                drop.add(i)
        if not leaders:
            return found, view_spans
        out: list[ActorMention] = []
        spans: list[tuple[int, int]] = []
        for i, m in enumerate(found):
            if i in drop or i in absorbed:
                continue
            leader = leaders.get(m.actor_id) if umbrellas[i] else None
            if leader is not None and (
                any(j < i for j in drop if found[j].actor_id == m.actor_id)
                or view_spans[i][0] >= led_from.get(m.actor_id, len(text))
            ):
                m = ActorMention(m.span, leader, m.sentence, m.anaphoric)
            if i - 1 in drop or i in head_at:
                # the camp's words and the group's name are one mention, where the camp stands: "سيطرت فصائل
                # المعارضة بقيادة هيئة تحرير الشام" has its subject right after the verb
                vstart = head_at[i] if i in head_at else view_spans[i - 1][0]
                start = view.raw_span(vstart, vstart + 1).start if i in head_at else found[i - 1].span.start
                out.append(ActorMention(Span(start, m.span.end), m.actor_id, m.sentence, m.anaphoric))
                spans.append((vstart, view_spans[i][1]))
                continue
            out.append(m)
            spans.append(view_spans[i])
        return out, spans

    def _soldiers_of_a_state(self, m: ActorMention, n: ActorMention) -> bool:
        """A generic word for soldiers in construct with a state's force named right after it ("تجمع لجنود الجيش
        الإسرائيلي", "جنود من الجيش التركي", ``_SOLDIERS_OF`` between) is that force: one mention spanning both,
        not the soldiers of where it happens beside it."""
        return (
            m.anaphoric
            and not n.anaphoric
            and self.lexicon.get(m.actor_id).side.state
            and self.lexicon.get(n.actor_id).side.state
        )

    def _militias_of_a_group(self, text: str, m: ActorMention, n: ActorMention) -> bool:
        """A generic word for a group's fighters, no article, in construct with a named armed actor right after it
        ("قذائف أطلقتها ميليشيات حفتر", ``_CONSTRUCT`` between) is that actor: one mention spanning both, not the
        pack's militias beside it (a word with the article is no construct's head: "واتهمت المعارضة طائرات
        النظام")."""
        return (
            self._a_construct_head(text, m)
            and not n.anaphoric
            and m.actor_id != n.actor_id
            and self.lexicon.get(n.actor_id).side.armed
        )

    def _a_construct_head(self, text: str, m: ActorMention) -> bool:
        """The mention is a group's generic word without the article ("ميليشيات"), which may head a construct."""
        return (
            m.anaphoric
            and not text.startswith(("ال", "وال"), m.span.start)
            and not self.lexicon.get(m.actor_id).side.state
        )

    def _soldiers_of_a_group(self, m: ActorMention, n: ActorMention) -> bool:
        """... and with "من" before another armed force's name ("خمسة جنود من القوات الجنوبية", ``_SOLDIERS_FROM``
        between), that force's (not "اتهم الجيش قوات الدعم السريع", two sides side by side)."""
        return (
            m.anaphoric
            and not n.anaphoric
            and self.lexicon.get(m.actor_id).side.state
            and self.lexicon.get(n.actor_id).side.armed
        )

    def _owned_posts(
        self,
        view: NormalizedText,
        found: list[ActorMention],
        view_spans: list[tuple[int, int]],
        umbrellas: list[bool],
        posts: list[bool],
    ) -> tuple[list[ActorMention], list[tuple[int, int]], list[bool]]:
        """A post or patrol named without its force ("نقطة عسكرية") is that of an armed actor named right after
        it ("نقطة عسكرية لـ«قسد»": one mention of the owner, spanning both), or of a state force the sentence
        names ("ثبّت الجيش التركي نقطة ... بعد دخول رتل عسكري": no mention of its own); else the army or police
        of where it happens."""
        keep: list[int] = []
        out: list[ActorMention] = []
        spans: list[tuple[int, int]] = []
        skip = -1
        for i, m in enumerate(found):
            if i == skip:
                continue
            if not posts[i]:
                keep.append(i)
                out.append(m)
                spans.append(view_spans[i])
                continue
            n = found[i + 1] if i + 1 < len(found) else None
            if (
                n is not None
                and n.sentence == m.sentence
                and not posts[i + 1]
                and _POST_OF.fullmatch(view.text, view_spans[i][1], view_spans[i + 1][0]) is not None
                and self.lexicon.get(n.actor_id).side.armed
            ):
                start, end = view_spans[i][0], view_spans[i + 1][1]
                keep.append(i + 1)
                out.append(ActorMention(view.raw_span(start, end), n.actor_id, m.sentence, n.anaphoric, post=True))
                spans.append((start, end))
                skip = i + 1
                continue
            if any(
                o.sentence == m.sentence and not posts[k] and self.lexicon.get(o.actor_id).side.state
                for k, o in enumerate(found)
            ):
                continue
            keep.append(i)
            out.append(m)
            spans.append(view_spans[i])
        return out, spans, [umbrellas[k] for k in keep]

    def _force_owned_by(self, m: ActorMention, owner: ActorMention) -> bool:
        """A state's force word owned by an armed group (``_OWNED_BY`` between) is that group: "قوات الأمن
        العام التابعة لهيئة تحرير الشام" is HTS, not the Syrian police."""
        owner_side = self.lexicon.get(owner.actor_id).side
        return self.lexicon.get(m.actor_id).side.state and not owner_side.state and owner_side.armed

    def _unit_of_a_group(self, m: ActorMention, owner: ActorMention) -> bool:
        """A named armed group owned by another ("قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي") is
        itself, its owner no second side of what it does."""
        a, b = self.lexicon.get(m.actor_id), self.lexicon.get(owner.actor_id)
        # (gunmen are their owner's: "مسلحين تابعين للتنظيم")
        named = not m.anaphoric and a.side.armed and not a.side.state and a.side is not Side.UNIDENTIFIED
        return named and a.id != b.id and b.side.armed and not b.side.state

    def _a_region_of_the_country(self, text: str, start: int, end: int, actor_id: str) -> bool:
        """A state named by its country's one-word name right after a direction ("شمال إسرائيل", "جنوب
        لبنان"): where something is, not who acts."""
        if " " in text[start:end] or not self.lexicon.get(actor_id).side.state:
            return False
        before = _word_before(text, start)
        return bool(before) and (
            geo_cues.strip_clitics(before, geo_cues.DIRECTIONS_PRE) is not None
            or is_word(before, self._parts_of_country, ("و", "ب"))
        )

    def _a_groups_word(self, actor_id: str) -> bool:
        """The actor is an armed group, not a state's force ("الشرطة" stays the police before any adjective)."""
        side = self.lexicon.get(actor_id).side
        return side.armed and not side.state

    def _another_bodys_name(self, text: str, end: int) -> bool:
        """The word right after a generic word is a definite adjective of relation that is no word of what
        the group is ("الإرهابي", see cue group `group_adjective`): the two words name another body."""
        word = _word_after(text, end)
        if not (word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) > 4):
            return False
        return word not in self._group_adjectives and self.pack.nationalities.get(word) is None

    def _peoples_origin(self, text: str, end: int) -> tuple[str, int] | None:
        """(country, end of the adjective) when the next word is a nationality ("اللاجئين السوريين")."""
        m = _NEXT_WORD.match(text, end)
        if m is None or text[end : m.start(1)].strip():
            return None  # (only the very next word: not over "الوطني" as for a force's name)
        country = self._adjectives.get(m.group(1))
        return (country, m.end()) if country is not None else None

    def _other_nationality(self, text: str, end: int, alias: _Alias) -> tuple[str, int] | None:
        """(country, end of the adjective) when the next word is the nationality of a country other than
        the actor's (or, for a generic reference of an actor with no country, other than the pack's)."""
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return None
        word = m.group(1)
        country = self.pack.nationalities.get(word)
        if country is None and self.lexicon.get(alias.actor_id).side.state:
            # a state's force may take the adjective without the article, or in the dual or plural ("جندي
            # بريطاني", "جنديان أمريكيان"); whatever else takes it keeps its own name ("مدنيين فلسطينيين")
            country = self._adjectives.get(word)
        if country is None:
            return None
        if self.pack.nationalities.get(_word_before(text, end)) is not None:
            return None  # "العدوان الأمريكي البريطاني": the name has its country; the next is a second state's
        home = self.lexicon.get(alias.actor_id).home_country
        other = country != home if home else alias.weak and country != self.pack.country
        return (country, m.end()) if other else None


#: "كان" and its forms (normalised) before a predicate: "كانوا مسلحين بالسكاكين"
_WAS = frozenset({"كانوا", "وكانوا", "كان", "كانت"})
#: how far back or on a neighbouring word is looked for (longer than any word)
_WORD_REACH = 40


def _without(
    found: list[ActorMention], view_spans: list[tuple[int, int]], drop: set[int]
) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """The mentions and their view spans but those at the indexes ``drop`` (the same lists when it is empty)."""
    if not drop:
        return found, view_spans
    keep = [i for i in range(len(found)) if i not in drop]
    return [found[i] for i in keep], [view_spans[i] for i in keep]


def _on_a_side(text: str, start: int, sides: frozenset[str]) -> bool:
    """The words before the word at ``start`` are "على"/"في" and a word of a side ("على الجانب")."""
    words = text[max(0, start - 2 * _WORD_REACH) : start].split()
    if words and start > 0 and not text[start - 1].isspace():
        words.pop()  # the article or a clitic of the word itself ("الإسرائيلي")
    return len(words) >= 2 and words[-1] in sides and words[-2] in ("علي", "في")


def _word_before(text: str, start: int) -> str:
    """The whole word right before offset ``start`` of the normalised text ("" at its start)."""
    words = text[max(0, start - _WORD_REACH) : start].split()
    return words[-1] if words else ""


def _word_after(text: str, end: int) -> str:
    """The whole word right after offset ``end`` of the normalised text ("" at its end)."""
    words = text[end : end + _WORD_REACH].split()
    return words[0] if words else ""


def inflected_nationalities(nationalities: dict[str, str]) -> dict[str, str]:
    """Every form of the pack's nationality adjectives, with and without the article, to the country: the
    masculine's accusative, dual and sound plural ("البريطاني": "بريطانيا" in "موقعا عسكريا بريطانيا",
    "بريطانيان", "بريطانيين", "بريطانيون") and the feminine's ("البريطانيه": "بريطانيتان", "بريطانيات"); other
    words ("الأتراك") as they are."""
    out: dict[str, str] = {}
    for word, country in nationalities.items():
        bare = word.removeprefix("ال")
        forms = [bare]
        if bare.endswith("ي"):
            forms += [bare + "ا", bare + "ان", bare + "ين", bare + "ون"]
        elif bare.endswith("يه"):
            forms += [bare[:-1] + "تان", bare[:-1] + "تين", bare[:-1] + "ات"]
        for form in forms:
            out.setdefault(form, country)
            out.setdefault("ال" + form, country)
    return out


def _clitic_forms(words: frozenset[str]) -> dict[str, str]:
    """Each word behind the clitic prefixes a word may take (و ف ب ل, the article, both), to the word."""
    return {form: word for form, (_, word) in geo_cues.clitic_forms(words).items()}


def _join_pairs(
    view: NormalizedText,
    found: list[ActorMention],
    view_spans: list[tuple[int, int]],
    between: re.Pattern[str],
    joins: Callable[[ActorMention, ActorMention], bool],
    first: bool = False,
) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """Two mentions of one sentence with ``between`` in the view between them, of which ``joins`` says they
    name one side, become one mention of the second's actor (``first``: of the first's) spanning both names."""
    out: list[ActorMention] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        m = found[i]
        if i + 1 < len(found):
            n = found[i + 1]
            if (
                n.sentence == m.sentence
                and between.fullmatch(view.text, view_spans[i][1], view_spans[i + 1][0]) is not None
                and joins(m, n)
            ):
                start, end = view_spans[i][0], view_spans[i + 1][1]
                kept = m if first else n
                out.append(
                    ActorMention(
                        view.raw_span(start, end), kept.actor_id, m.sentence, kept.anaphoric, kept.post, kept.country
                    )
                )
                spans.append((start, end))
                i += 2
                continue
        out.append(m)
        spans.append(view_spans[i])
        i += 1
    return out, spans
