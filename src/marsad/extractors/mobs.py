"""Mob violence (ACLED Riots / Mob violence): a crowd of residents, not demonstrators, setting on people or on
their homes: "هاجم عشرات من أهالي القرية منزل شاب متهم بقتل طفل وأضرموا فيه النار", "أقدم حشد من الأهالي
على ضرب شاب متهم بالسرقة حتى الموت", "أحرق حشد غاضب كنائس ومنازل لمسيحيين".

A crowd that demonstrates, even violently, stays a violent demonstration ("أحرق محتجون مقر الحزب احتجاجاً
على ..."), and so does one that sets on a police post or an office: the mob's violence is against people or
the places they live and trade in."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extractors.built import Built
from marsad.extractors.positions import DocIndex
from marsad.extractors.roles import RoleFinder
from marsad.extractors.triggers import names_protest
from marsad.geo.cues import clitic_forms
from marsad.lang.actors import Side
from marsad.lang.cues import CueWords
from marsad.model.document import Token
from marsad.model.mentions import ActorMention, TriggerMention

#: sides that make the crowd demonstrators or rioters by name (their riot is a violent demonstration)
_NAMED_CROWDS = frozenset({Side.PROTESTERS, Side.RIOTERS})
#: how many words may stand between a crowd's count and the civilians it counts ("عشرات من أهالي")
_COUNT_REACH = 2
#: the words before people counted among the dead or hurt ("بينهم مئات الأطفال"), normalised
_AMONG = frozenset({"بينهم", "منهم", "بينهن", "منهن"})
#: how far before a crowd its doer cue, or after it the frame's word, may stand
_DOER_REACH = 3
#: frame words of violence on a person (a beating, a killing) rather than on a place
_ON_PEOPLE = frozenset({"beating", "killing"})


@dataclass(frozen=True, slots=True)
class Mob:
    """The crowd (civilians named as a crowd, or None for "حشد غاضب") and the person it set on, if named."""

    crowd: ActorMention | None
    victim: ActorMention | None


class Mobs:
    """Tells a frame's crowd violence to be a mob's (see the module's docstring)."""

    def __init__(self, cues: CueWords) -> None:
        self._counts = cues.mob_count
        self._angry = cues.angry
        self._crowd_nouns = cues.crowd_noun
        #: a doer's crowd may be a count alone too ("انهال عليه عدد من سكان الحي")
        self._doer_nouns = cues.crowd_noun | cues.mob_count
        self._property = frozenset(clitic_forms(cues.home_property))
        self._purpose = cues.grievance | cues.demand
        self._doer_cues = cues.mob_doer

    def of_frame(self, roles: RoleFinder, b: Built, doer: bool = False) -> Mob | None:
        """The mob of the frame's sentence, or None when its crowd demonstrates, is named as protesters, is no
        crowd of civilians, or sets on no person and no home.

        ``doer``: the frame tells an attack with nobody named doing it ("أقدم حشد من الأهالي على ضرب شاب"), so
        the crowd must stand where its doer does (after "أقدم", "انهال عليه", "على يد", or right before the
        frame's verb), and only the clauses of the frame's words are asked for protest (not "قطع محتجون الطرقات"
        told in the sentence's other clause)."""
        sentence = b.frame.sentence
        told = (b.frame.head, *b.frame.members)
        index = roles.index
        tokens = index.sentence_tokens(sentence)
        words = index.sentence_words(sentence)
        clauses = {tokens[i].clause for t in told if (i := index.count_before(sentence, t.span.start)) < len(tokens)}
        asked = [w for w, tok in zip(words, tokens, strict=True) if tok.clause in clauses] if doer else words
        if self._demonstrating(asked):
            return None
        mentions = roles.by_sentence.get(sentence, [])
        for m in mentions:
            if roles.actor(m).side in _NAMED_CROWDS and (not doer or index.position(m.span).clause in clauses):
                return None
        civilians = [m for m in mentions if roles.actor(m).side is Side.CIVILIANS]
        crowd = next((m for m in civilians if self._counted_or_angry(roles, m)), None)
        if crowd is not None:
            first = index.count_before(sentence, crowd.span.start)
            last = index.count_before(sentence, crowd.span.end) - 1
            # (the crowd's count before its name: "تجمهر مئات من أهالي القرية")
            while (
                first > last - _COUNT_REACH - 2
                and first > 0
                and (words[first - 1] in self._counts or words[first - 1] == "من")
            ):
                first -= 1
            if first > 0 and words[first - 1] in _AMONG:
                return None  # "راح ضحيتها أكثر من 1400 شخص، بينهم مئات الأطفال": the dead counted, no crowd
        else:
            found = self._crowd_noun_at(words, self._doer_nouns if doer else self._crowd_nouns)
            if found < 0:
                return None
            first = last = found
        if doer and not self._doing(index, sentence, told, words, first, last) and not _opens_clause(tokens, first):
            return None
        victim = next((m for m in civilians if m is not crowd and not self._of_the_crowd(roles, crowd, m)), None)
        if victim is None and self._property.isdisjoint(words) and not any(t.family in _ON_PEOPLE for t in told):
            return None
        return Mob(crowd, victim)

    def _doing(
        self, index: DocIndex, sentence: int, told: tuple[TriggerMention, ...], words: list[str], first: int, last: int
    ) -> bool:
        """The crowd (its words ``first``..``last`` in the sentence) stands where the doer of the frame does:
        after "أقدم", "انهال عليه", "على يد" ("أقدم عدد من الأهالي على ضرب شاب"), or right before a word of the
        frame ("مواطنين غاضبين انهالوا بالضرب"). (Or it is the subject of its clause's opening verb, see
        :func:`_opens_clause`.)"""
        if not self._doer_cues.isdisjoint(words[max(0, first - _DOER_REACH) : first]):
            return True
        return any(last < index.count_before(sentence, t.span.start) <= last + _DOER_REACH for t in told)

    def _demonstrating(self, words: list[str]) -> bool:
        """A word of protest ("احتجاجاً", "المتظاهرين", "اعتصام") or of a crowd's purpose ("تنديداً",
        "مطالبين") is in the sentence."""
        if not self._purpose.isdisjoint(words):
            return True
        return any(names_protest(w) for w in words)

    def _counted_or_angry(self, roles: RoleFinder, m: ActorMention) -> bool:
        """Civilians named as a crowd: counted ("حشد من الأهالي", "عشرات الشبان", "عدد من السكان") or angry
        ("مواطنون غاضبون")."""
        before = roles.index.words_before(m.span, _COUNT_REACH)
        if not self._counts.isdisjoint(before):
            return True
        after = roles.index.words_after(m.span, 1)
        return bool(after) and after[0] in self._angry

    def _crowd_noun_at(self, words: list[str], nouns: frozenset[str]) -> int:
        """Where a crowd noun followed by its anger or its make-up stands ("حشد غاضب", "حشود من"; not "حشد
        الجيش قواته"), or -1."""
        for i, w in enumerate(words[:-1]):
            if w in nouns and (words[i + 1] in self._angry or words[i + 1] == "من"):
                return i
        return -1

    @staticmethod
    def _of_the_crowd(roles: RoleFinder, crowd: ActorMention | None, m: ActorMention) -> bool:
        """``m`` tells whom the crowd is made of: "عشرات الشبان الغاضبين من أهالي البلدة"."""
        if crowd is None or m.span.start < crowd.span.end:
            return False
        between = roles.index.words_between(crowd.span, m.span)
        return len(between) <= _COUNT_REACH and "من" in between


def _opens_clause(tokens: list[Token], first: int) -> bool:
    """The crowd starting at token ``first`` of the sentence is the subject right after its clause's opening verb:
    "وعقب التفجير، ألقى مواطنون غاضبون القبض على شاب ... وانهالوا عليه ضرباً"."""
    if first < 1 or first >= len(tokens) or tokens[first - 1].clause != tokens[first].clause:
        return False
    return first == 1 or tokens[first - 2].clause != tokens[first].clause
