"""Document-level clues for the geocoder: spans that are outlet names (never places) and the
countries a text names (which make its places easier to place)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from marsad.geo import cues
from marsad.geo.gazetteer import Gazetteer
from marsad.model.document import Token
from marsad.text.clitics import is_word, with_conjunctions
from marsad.text.normalize import NormalizedText, normalize_term
from marsad.text.segment import words, words_in


def excluded_ranges(view: NormalizedText, gaz: Gazetteer, outlet: str) -> list[tuple[int, int]]:
    """View ranges that are outlet names (never places): known outlets, the document's outlet, a
    "خاص - X" byline, and short quoted names after ل / لـ."""
    text = view.text
    out = gaz.outlet_spans(text)
    own = normalize_term(outlet) if outlet and any("\u0600" <= c <= "\u06ff" for c in outlet) else ""
    if own:
        pos = text.find(own)
        while pos >= 0:
            out.append((pos, pos + len(own)))
            pos = text.find(own, pos + 1)
    first_line = text.split("\n", 1)[0]
    if len(first_line) < 60 and "خاص" in first_line and len(first_line.split()) <= 6:
        out.append((0, len(first_line)))
    # a short quoted name right after a preposition clitic or "بحسب ما علمت به" is a source, not a place
    i = text.find('"')
    while 0 <= i < len(text) - 1:
        j = text.find('"', i + 1)
        if j < 0:
            break
        if j - i <= 30 and len(text[i + 1 : j].split()) <= 3:
            before = text[max(0, i - 6) : i].rstrip()
            if before.endswith(("ل", "لـ", "به", "عن", "موقع", "وكالة", "وكاله", "شبكة", "شبكه", "قناة", "قناه")):
                out.append((i, j + 1))
        i = j + 1
    return out


def _sponsor(tokens: list[Token], i: int) -> bool:
    """Whether the country word at token ``i`` names an actor's sponsor or leader."""
    sponsors, links = cues.SPONSORS, cues.SPONSOR_LINKS
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].sentence == tokens[i].sentence:
        word = tokens[j].norm
        if word in sponsors or (word[:1] in ("و", "ف") and word[1:] in sponsors):
            return True
        if word not in links:
            return False
        j -= 1
    return False


@lru_cache(maxsize=4)
def _before_sponsored(sponsors: frozenset[str], links: frozenset[str]) -> frozenset[str]:
    """The words a country named as a sponsor follows (see :func:`_sponsor`): a sponsor word, alone or
    after و or ف, or a link word. Keyed on the word lists, so a changed list is never served stale."""
    return with_conjunctions(sponsors) | links


def sponsor_ranges(view: NormalizedText, tokens: list[Token]) -> list[tuple[int, int]]:
    """View ranges of words named as an actor's sponsor or leader: "الفصائل المدعومة من أنقرة" names a
    government by its capital, not a place of the event."""
    out: list[tuple[int, int]] = []
    for k in words_in(view.text, _before_sponsored(cues.SPONSORS, cues.SPONSOR_LINKS)):
        if k + 1 < len(tokens) and _sponsor(tokens, k + 1):
            t = tokens[k + 1]
            out.append((t.nstart, t.nend))
    return out


def speaker_ranges(view: NormalizedText, tokens: list[Token]) -> list[tuple[int, int]]:
    """View ranges of place names that speak: a capital right after a statement verb ("وهو ما دانته
    طهران", "وقالت أنقرة") names a government, not where the event happened."""
    verbs = cues.STATEMENT_VERBS
    out: list[tuple[int, int]] = []
    for k in words_in(view.text, with_conjunctions(verbs)):
        if k + 1 < len(tokens) and tokens[k + 1].sentence == tokens[k].sentence:
            gap = view.text[tokens[k].nend : tokens[k + 1].nstart]
            if gap.strip() == "":
                t = tokens[k + 1]
                out.append((t.nstart, t.nend))
    return out


def seat_ranges(view: NormalizedText, tokens: list[Token]) -> list[tuple[int, int]]:
    """View ranges of place names told as an organisation's seat, right after a seat word or after it and
    "في" ("منظمة حقوق الإنسان في إيران، ومقرها أوسلو"): where the body sits, not where the event happened."""
    out: list[tuple[int, int]] = []
    for k in words_in(view.text, with_conjunctions(cues.SEAT_WORDS)):
        j = k + 1
        if j < len(tokens) and tokens[j].norm == "في":
            j += 1
        if j < len(tokens) and tokens[j].sentence == tokens[k].sentence:
            out.append((tokens[j].nstart, tokens[j].nend))
    return out


#: (token index, clitic prefix, ISO code) of each one-word country name or adjective of a text
CountryWords = list[tuple[int, str, str]]


def country_hints(
    view: NormalizedText, tokens: list[Token], gaz: Gazetteer, named: CountryWords | None = None
) -> Counter[str]:
    """Countries the text names ("لبنان", "العراقية"): clues to where its places are. A country named
    as an actor's sponsor or leader ("بقيادة السعودية") is no clue to where the report is. ``named`` are
    the text's :func:`country_words`, when already found."""
    # (counted in the order the text names them: of countries named as often, the first named comes first)
    found: list[tuple[int, str]] = []
    for i, _, cc in country_words(view, gaz) if named is None else named:
        if not _sponsor(tokens, i) and not _a_border(tokens, i):
            found.append((tokens[i].nstart, cc))
    for phrase, cc in gaz.country_phrases:
        at = view.text.find(phrase)
        if at >= 0:
            found.append((at, cc))
    found.sort()
    return Counter(cc for _, cc in found)


def _a_border(tokens: list[Token], i: int) -> bool:
    """The country word at token ``i`` is the adjective of a border ("قرب الحدود التشادية"): a neighbour of
    where things are, not where they are."""
    return is_word(_word_before(tokens, i), cues.BORDER_WORDS, ("و", "ب", "ل"))


def located_countries(
    view: NormalizedText, tokens: list[Token], gaz: Gazetteer, named: CountryWords | None = None
) -> Counter[str]:
    """Countries named as where something is, by their ISO code: after "في" or "ب" or a direction ("في
    أفغانستان", "بكينيا", "غربي كينيا"). Unlike :func:`country_hints`, not a country that acts or speaks
    ("قالت فرنسا", "القوات الباكستانية"). ``named`` as for :func:`country_hints`."""
    out: Counter[str] = Counter()
    for i, prefix, cc in country_words(view, gaz) if named is None else named:
        if _told_as_where(tokens, i, prefix):
            out[cc] += 1
    # names of two words ("شمال غربي جمهورية أفريقيا الوسطى", "في جنوب السودان"), where the text has them
    for phrase, cc in gaz.country_phrases:
        at = view.text.find(phrase)
        while at >= 0 and tokens:
            i = max(0, bisect_right(tokens, at, key=_nstart) - 1)
            if _told_as_where(tokens, i, view.text[tokens[i].nstart : at]):
                out[cc] += 1
            at = view.text.find(phrase, at + len(phrase))
    return out


def _nstart(token: Token) -> int:
    return token.nstart


#: "في" before a country's name, alone or after a conjunction
_IN: frozenset[str] = frozenset({"في"})


def _told_as_where(tokens: list[Token], i: int, prefix: str) -> bool:
    """The country name at token ``i`` (behind clitic ``prefix``) follows "في", "ب", a direction or a word for
    its middle ("وسط")."""
    before = _word_before(tokens, i)
    if not prefix and before in cues.STATE_TITLES:
        # "شمال غربي جمهورية أفريقيا الوسطى", "في دولة مالي": the words before the state's title
        prefix = before[:1] if before[:1] == "ب" else ""
        before = _word_before(tokens, i - 1)
    # (the word itself or after a conjunction: "في" and "وسط" are no "ي" and "سط" after "ف" and "و")
    return (
        prefix.endswith("ب")
        or before in cues.MIDDLE_WORDS
        or is_word(before, _IN)
        or is_word(before, cues.DIRECTIONS_PRE)
    )


def _word_before(tokens: list[Token], i: int) -> str:
    """The normalised word before token ``i`` in its sentence, or ""."""
    return tokens[i - 1].norm if i > 0 and tokens[i - 1].sentence == tokens[i].sentence else ""


def country_words(view: NormalizedText, gaz: Gazetteer) -> CountryWords:
    """(token index, clitic prefix, ISO code) of each one-word country name or adjective in the text: one
    look-up of every word, shared by :func:`country_hints` and :func:`located_countries`."""
    forms = gaz.country_forms
    norms = words(view.text)  # the tokens' words
    out: CountryWords = []
    for i in words_in(view.text, forms):
        hit = forms[norms[i]]
        if hit:
            out.append((i, hit[0], gaz.country_words[hit[1]]))
    return out
