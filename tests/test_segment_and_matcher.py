from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.clitics import prefix_allowed, split_prefix
from marsad.text.matcher import MatcherGroup, PhraseMatcher, word_edges
from marsad.text.normalize import normalize
from marsad.text.ranges import Ranges
from marsad.text.segment import split_sentences, tokenize


def test_sentences_and_clauses() -> None:
    raw = "قصفت الطائرات البلدة، وقتل شخصان. وفي المساء هدأت الاشتباكات!\nسطر جديد"
    v = normalize(raw)
    sents = split_sentences(v)
    assert [s.span.slice(raw) for s in sents] == [
        "قصفت الطائرات البلدة، وقتل شخصان.",
        "وفي المساء هدأت الاشتباكات!",
        "سطر جديد",
    ]
    assert len(sents[0].clauses) == 2


def test_decimal_point_does_not_split() -> None:
    v = normalize("ارتفع العدد 3.5 بالمئة اليوم.")
    assert len(split_sentences(v)) == 1


def test_tokens_carry_raw_spans_and_clauses() -> None:
    raw = "دخلت القوات، ثم انسحبت."
    v = normalize(raw)
    toks = tokenize(v, split_sentences(v))
    assert [t.span.slice(raw) for t in toks] == ["دخلت", "القوات", "ثم", "انسحبت"]
    assert [t.clause for t in toks] == [0, 0, 1, 1]


@pytest.mark.parametrize(
    ("token", "prefix", "stem"),
    [("والمدينة", "وال", "مدينة"), ("للجيش", "لل", "جيش"), ("وسط", "", "وسط"), ("بعد", "", "بعد")],
)
def test_split_prefix_keeps_real_words(token: str, prefix: str, stem: str) -> None:
    assert split_prefix(token) == (prefix, stem)


def test_prefix_rules() -> None:
    assert prefix_allowed("وب", "مدينه")
    assert not prefix_allowed("وال", "الحي")  # the article cannot be doubled
    assert not prefix_allowed("ت", "قتل")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("سيطرت القوات على المدينة", ["سيطرت"]),
        ("بعد سيطرتها على الحي", ["سيطرة"]),  # ta marbuta written as ta before a suffix
        ("والسيطرة على", ["سيطرة"]),
        ("للجيش السوري", ["الجيش السوري"]),  # lam + article
        ("الجيش السوريين", []),  # a suffix the term does not inflect with
        ("وسطرت", []),  # no match inside a different word
    ],
)
def test_matcher_clitics(text: str, found: list[str]) -> None:
    m = PhraseMatcher([("سيطرة", "n", True), ("سيطرت", "v", True), ("الجيش السوري", "a", False)])
    v = normalize(text)
    terms = [normalize(text).text[x.nstart : x.nend] for x in m.find(v.text)]
    assert len(terms) == len(found)


def test_matcher_prefers_longest() -> None:
    m = PhraseMatcher([("عبوة", "a", False), ("عبوة ناسفة", "b", False)])
    v = normalize("انفجرت عبوة ناسفة")
    hits = m.find(v.text)
    assert [h.payloads for h in hits] == [("b",)]


def test_matcher_survives_pickling() -> None:
    # the gazetteer caches its matcher as a pickle; it must load the same in a mypyc build
    m = PhraseMatcher([("سيطرة", "n", True), ("الجيش السوري", "a", False)])
    text = normalize("سيطرتها وللجيش السوري").text
    again = pickle.loads(pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.find(text) == m.find(text) != []
    assert "الجيش السوري" in again


@given(st.lists(st.sampled_from(["قتل", "سيطرت", "و", "في", "الحي", "ب", "دير الزور"]), max_size=12))
def test_matches_slice_back_to_their_term(words: list[str]) -> None:
    raw = " ".join(words)
    v = normalize(raw)
    m = PhraseMatcher([("قتل", 1, True), ("دير الزور", 2, False), ("الحي", 3, False)])
    for hit in m.find(v.text):
        span = v.raw_span(hit.nstart, hit.nend)
        assert normalize(span.slice(raw)).text == hit.term or normalize(span.slice(raw)).text.endswith(hit.term[1:])


_PIECES = ["قتل", "3.5", "،", ".", "؟", "\n", "\n\n", " ", "(", ")", "-", "_", "x_y", "«", "»", "ـ", "a.b"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_tokens_are_the_words_the_matchers_bound(parts: list[str]) -> None:
    """The trigger and quantity stages read the tokens' view offsets from :func:`word_edges`: every
    ``\\w+`` word of the view is a token, in order (sentences and clauses split at non-word characters)."""
    v = normalize(" ".join(parts))
    tokens = tokenize(v, split_sentences(v))
    starts, ends, end_of = word_edges(v.text)
    assert [t.nstart for t in tokens] == starts
    assert [t.nend for t in tokens] == ends
    assert end_of == dict(zip(starts, ends, strict=True))


def _lexicons() -> list[PhraseMatcher[int]]:
    return [
        PhraseMatcher([("قتل", 1, True), ("دير الزور", 2, False), ("الحي", 3, False)]),
        PhraseMatcher([("قتل", 4, False), ("الزور", 5, False), ("حي", 6, True)]),
        PhraseMatcher([]),
        PhraseMatcher([("دير", 7, False), ("سيطرة", 8, True)]),
    ]


@given(st.lists(st.sampled_from(["قتل", "سيطرتها", "و", "في", "الحي", "ب", "دير الزور", "الزور", "حيه"]), max_size=12))
def test_grouped_matchers_find_what_each_finds_alone(words: list[str]) -> None:
    text = normalize(" ".join(words)).text
    alone = [m.find(text) for m in _lexicons()]
    grouped = _lexicons()
    MatcherGroup(grouped)
    assert [m.find(text) for m in grouped] == alone
    assert [m.find(text + " ") for m in grouped] == [m.find(text + " ") for m in _lexicons()]  # another text
    assert [m.find(text, 1) for m in grouped] == [m.find(text, 1) for m in _lexicons()]  # a part: own pass


def test_is_word_reads_the_prefixes_it_is_given() -> None:
    from marsad.text.clitics import is_word, with_conjunctions

    words = frozenset({"توصلت"})
    assert is_word("وتوصلت", words) and is_word("فتوصلت", words)
    assert is_word("وتوصلت", words, ("و",)) and not is_word("فتوصلت", words, ("و",))
    assert is_word("لتنظيم", {"تنظيم"}, ("ل", "و", "ب")) and not is_word("كتنظيم", {"تنظيم"}, ("ل", "و", "ب"))
    assert {w for w in ("توصلت", "وتوصلت", "فتوصلت", "كتوصلت") if w in with_conjunctions(words)} == {
        w for w in ("توصلت", "وتوصلت", "فتوصلت", "كتوصلت") if is_word(w, words)
    }


_RANGE = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_RANGE, max_size=12), _RANGE)
def test_ranges_answer_as_a_scan_of_every_range(ranges: list[tuple[int, int]], span: tuple[int, int]) -> None:
    found = Ranges(ranges)
    start, end = span
    assert found.holds(start, end) == any(a <= start and end <= b for a, b in ranges)
    assert found.meets(start, end) == any(a < end and start < b for a, b in ranges)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the dot of an initial ends no sentence
        ("اختطف مسلحون الناشط (ع. م.) مساء الاثنين في بغداد. وقتل آخر.", 2),
        ("استشهد الشاب سامح ع. (37 عاماً) برصاص مستوطنين.", 1),
        # a word of two letters and more ends one
        ("قتل رجل في حمص. وقتل آخر في حماة.", 2),
    ],
)
def test_the_dot_of_an_initial_ends_no_sentence(text: str, count: int) -> None:
    assert len(split_sentences(normalize(text))) == count


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a name's Latin abbreviation in brackets is no aside: the clause goes on over it
        ("قتل مسلحون من القوات الديمقراطية المتحالفة (ADF) ما لا يقل عن 18 مدنياً", 1),
        ("سيطر متمردو حركة (M23) على بلدة روبايا", 1),
        # an Arabic aside still is one
        ("قتل مسلحون (بحسب مصادر محلية) ما لا يقل عن 18 مدنياً", 3),
    ],
)
def test_a_latin_gloss_in_brackets_does_not_split_the_clause(text: str, clauses: int) -> None:
    (sentence,) = split_sentences(normalize(text))
    assert len(sentence.clauses) == clauses
