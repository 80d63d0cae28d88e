"""Figures as ACLED codes them (pure functions, no model)."""

from __future__ import annotations

import pytest

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.numbers import parse_number_words, words_to_int


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["7"], 7),
        (["1,200"], 1200),
        (["eleven"], 11),
        (["twenty", "-", "six"], 26),
        (["one", "hundred", "and", "five"], 105),
        (["two", "thousand"], 2000),
        (["gunmen"], None),
    ],
)
def test_words_to_int(words: list[str], value: int | None) -> None:
    assert words_to_int(words, load_lexicon()) == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "vague"),
    [
        ("at least 11", 11, None, None, "at least", False),
        ("more than 90", 90, None, None, "more than", False),
        ("over 40", 40, None, None, "more than", False),
        ("about 20", 20, None, None, "about", False),
        ("nearly thirty", 30, None, None, "nearly", False),
        ("between five and seven", 5, 5, 7, "range", False),
        ("5 to 7", 5, 5, 7, "range", False),
        ("a dozen", 12, None, None, None, False),
        ("dozens", 12, None, None, None, True),
        ("tens", 10, None, None, None, True),
        ("hundreds", 100, None, None, None, True),
        ("twenty - six", 26, None, None, None, False),
    ],
)
def test_parse_number_words(
    text: str, value: int, low: int | None, high: int | None, qualifier: str | None, vague: bool
) -> None:
    phrase = parse_number_words(text.split(), load_lexicon())
    assert phrase is not None
    assert (phrase.value, phrase.low, phrase.high, phrase.qualifier, phrase.vague) == (
        value,
        low,
        high,
        qualifier,
        vague,
    )


def test_unparseable_words_give_none() -> None:
    assert parse_number_words(["first"], load_lexicon()) is None
