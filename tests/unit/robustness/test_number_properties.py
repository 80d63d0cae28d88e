"""Property tests over the extract stage's number parsing (no model).

``parse_number_words`` / ``words_to_int`` (``sitrep.extract.numbers``) and the
``sitrep_quantities`` component on a blank pipeline: whatever the words, they return a
figure or ``None`` and never raise; a figure is never negative, a range is ordered, and
digits written with thousands separators read back as the integer they spell.
"""

from __future__ import annotations

import sys

import pytest
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.extract.lexicon import Lexicon, load_lexicon
from sitrep.extract.numbers import parse_number_words, words_to_int

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LEX: Lexicon = load_lexicon()

_VOCAB = sorted(
    {
        *LEX.number_units,
        *LEX.number_multipliers,
        *LEX.vague_numbers,
        *(w for p in LEX.number_phrases for w in p.split()),
        *(w for q in LEX.qualifiers for w in q.split()),
        "between",
        "and",
        "to",
        "or",
        "-",
        "of",
        "people",
        "killed",
        "0",
        "00",
        "1,000",
        "12,5",
        ",",
        "",
        " ",
    }
)
WORDS = st.lists(
    st.one_of(
        st.sampled_from(_VOCAB),
        st.integers(min_value=0, max_value=10**15).map(str),
        st.text(max_size=8),
    ),
    max_size=8,
)


@SETTINGS
@given(words=WORDS)
@example(words=["between", "and"])
@example(words=["at", "least"])
@example(words=["between", "seven", "and", "five"])
@example(words=["hundred", "thousand", "million"])
def test_parse_number_words_returns_a_figure_or_none(words: list[str]) -> None:
    phrase = parse_number_words(words, LEX, 0, len(words))
    if phrase is None:
        return
    assert phrase.value is None or phrase.value >= 0
    if phrase.low is not None and phrase.high is not None:
        assert 0 <= phrase.low < phrase.high
        assert phrase.value == phrase.low
    value = words_to_int(words, LEX)
    assert value is None or value >= 0


@SETTINGS
@given(n=st.integers(min_value=0, max_value=10**18))
def test_digits_with_separators_read_back(n: int) -> None:
    assert words_to_int([f"{n:,}"], LEX) == n
    assert words_to_int([str(n)], LEX) == n
    phrase = parse_number_words(["at", "least", f"{n:,}"], LEX)
    assert phrase is not None and (phrase.value, phrase.qualifier) == (n, "at least")


@SETTINGS
@given(n=st.integers(min_value=0, max_value=10**6), m=st.integers(min_value=1, max_value=10**6))
def test_a_digit_range_is_ordered(n: int, m: int) -> None:
    phrase = parse_number_words(["between", str(n), "and", str(n + m)], LEX)
    assert phrase is not None
    assert (phrase.low, phrase.high, phrase.value) == (n, n + m, n)


def test_a_digit_run_beyond_the_int_limit_is_not_a_figure() -> None:
    # longer than Python's int-string limit: must not raise
    assert words_to_int(["9" * (sys.get_int_max_str_digits() + 700)], LEX) is None
    assert words_to_int(["1" * 20], LEX) is None
    assert words_to_int(["1,200"], LEX) == 1200


# --- the component on a blank pipeline --------------------------------------------------


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sitrep_lexicon")
    nlp.add_pipe("sitrep_quantities")
    nlp.add_pipe("sitrep_casualties")
    return nlp


_PIECES = st.sampled_from(
    [
        "killing ",
        "at least ",
        "between ",
        " and ",
        "dozens ",
        "twenty-six ",
        "1,200",
        "10,000,000",
        "3to5 ",
        "5-7 ",
        "people ",
        "were killed",
        "wounded ",
        ". ",
        "\n\n",
        "—",
        "(",
        ")",
        "$",
        "%",
        "12pm ",
        "killed40 ",
        "٣",
        "½",
    ]
)
TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
@example(text="killed 10,000,000 people, wounding 2")
@example(text="between 9 and 3 killed")
def test_quantity_component_never_raises(blank: Language, text: str) -> None:
    doc = blank(text)
    for phrase in doc._.sitrep_quantities or []:
        assert 0 <= phrase.start < phrase.end <= len(doc)
        assert phrase.value is not None and phrase.value >= 0
    for link in doc._.sitrep_casualties or []:
        assert link.kind in {"killed", "injured", "combined"}
        assert 0 <= link.start <= link.end <= len(doc)
