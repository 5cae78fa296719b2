"""The one-pass analyzer equals Whoosh's standard chain, plus joining and synonyms."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.support.charset import accent_map

from index.analysis import SmpAnalyzer
from index.documents import ANALYZER, unstemmed_words

STANDARD = (
    RegexTokenizer()
    | LowercaseFilter()
    | CharsetFilter(accent_map)
    | StopFilter(minsize=2)
    | StemFilter()
)
UNSTEMMED = RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)
OURS_ONLY = ("micro", "scalp", "deracination")  # where our steps differ on purpose

WORDS = [
    "The",
    "answered",
    "ALL",
    "my",
    "questions",
    "José",
    "Ærø",
    "İstanbul",
    "a",
    "I",
    "3.14",
    "big-time",
    "under_score",
    "s*",
    "naïve",
    "hairline",
    "Tattoos",
    "it's",
    "x",
    "you",
    "flat",
    "ﬁne",
    "ß",
]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=10).map(",".join),
)


def tokens(analyzer: object, text: str, **kw: object) -> list[tuple]:
    return [
        (t.text, t.pos, t.startchar, t.endchar, t.stopped)
        for t in analyzer(text, positions=True, chars=True, **kw)
    ]  # type: ignore[operator]


@settings(max_examples=400)
@given(text=texts)
def test_equal_to_the_standard_chain(text: str) -> None:
    if any(word in text.lower() for word in OURS_ONLY):
        return
    assert tokens(ANALYZER, text) == tokens(STANDARD, text)
    assert tokens(ANALYZER, text, removestops=False) == tokens(STANDARD, text, removestops=False)
    unstemmed = SmpAnalyzer(stop=False, synonyms=False, stem=False)
    assert tokens(unstemmed, text) == tokens(UNSTEMMED, text)


def test_micro_pigmentation_is_one_word() -> None:
    assert tokens(ANALYZER, "scalp micro pigmentation, micro-pigmentation") == [
        ("scalp", 0, 0, 5, False),
        ("micropigment", 1, 6, 24, False),
        ("smp", 1, 0, 24, False),
        ("micropigment", 2, 26, 44, False),
    ]
    assert [t for t, *_ in tokens(ANALYZER, "micro blading micro")] == ["micro", "blade", "micro"]


def test_synonyms_add_their_canonical_word_at_the_same_position() -> None:
    assert tokens(ANALYZER, "The scalp micropigmentation clinic") == [
        ("scalp", 1, 4, 9, False),
        ("micropigment", 2, 10, 27, False),
        ("smp", 2, 4, 27, False),
        ("clinic", 3, 28, 34, False),
    ]
    assert [t for t, *_ in tokens(ANALYZER, "UNDO, also called deracination")] == [
        "undo",
        "also",
        "call",
        "deracin",
        "undo",
    ]
    assert [t for t, *_ in tokens(ANALYZER, "scalp care")] == ["scalp", "care"]


def test_query_words_keep_their_form() -> None:
    assert [w for w, _, _ in unstemmed_words("The Scalp Micro Pigmentation, José!")] == [
        "scalp",
        "micropigmentation",
        "jose",
    ]


def test_the_analyzer_pickles_with_the_schema() -> None:
    ANALYZER.stem_word("questions")
    copy = pickle.loads(pickle.dumps(ANALYZER))  # noqa: S301  (our own bytes, as in a TOC)
    assert copy == ANALYZER and copy._stems == {}
    assert tokens(copy, "answered questions") == tokens(ANALYZER, "answered questions")
