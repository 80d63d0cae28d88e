"""Reading figures as ACLED codes them: "twenty-six", "at least 11", "between five and seven",
"dozens" (12), "tens" (10), "hundreds" (100). Pure functions over lower-cased words."""

from __future__ import annotations

import re

from sitrep.extract.frames import NumberPhrase
from sitrep.extract.lexicon import Lexicon

__all__ = ["number_regex", "parse_number_words", "words_to_int"]

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_RANGE_WORDS = ("between", "and", "to", "or", "-")


def number_regex(lex: Lexicon) -> str:
    """A regex matching one token of a written number (digits or a number word)."""
    words = sorted(
        w
        for w in (*lex.number_units, *lex.number_multipliers)
        if w not in {"a", "an", "no", "twin", "both", "single"}
    )
    return r"^(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(re.escape(w) for w in words) + r")$"


MAX_DIGITS = 19
"""A figure with more digits is no count of people or things (an id, a phone number, a typo)."""


def words_to_int(words: list[str], lex: Lexicon) -> int | None:
    """``["twenty", "six"]`` -> 26, ``["1,200"]`` -> 1200; None when the words are not a number."""
    words = [w for w in words if w not in {"-", "and"}]
    if not words or any(len(w.replace(",", "")) > MAX_DIGITS and _DIGITS.match(w) for w in words):
        return None
    if len(words) == 1 and _DIGITS.match(words[0]):
        return int(words[0].replace(",", ""))
    total, current, seen = 0, 0, False
    for word in words:
        if _DIGITS.match(word):
            current += int(word.replace(",", ""))
        elif word in lex.number_units:
            current += lex.number_units[word]
        elif word in lex.number_multipliers:
            mult = lex.number_multipliers[word]
            current = max(current, 1) * mult
            if mult >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _split_range(words: list[str], lex: Lexicon) -> tuple[int, int] | None:
    if words and words[0] == "between":
        words = words[1:]
    for sep in ("and", "to", "or", "-"):
        if sep not in words:
            continue
        i = words.index(sep)
        left, right = words[:i], words[i + 1 :]
        lo, hi = words_to_int(left, lex), words_to_int(right, lex)
        if lo is None or hi is None:
            continue
        if sep in {"-", "and"} and lo >= 20 and lo % 10 == 0 and hi < 10 and lo < 100:
            return None  # "twenty-six" is one number, not a range
        if lo < hi:
            return lo, hi
    return None


def parse_number_words(
    words: list[str], lex: Lexicon, start: int = 0, end: int = 0
) -> NumberPhrase | None:
    """Parse a matched number phrase (lower-cased words) into a NumberPhrase."""
    qualifier = None
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if len(words) > size and head in lex.qualifiers:
            qualifier, words = lex.qualifiers[head], words[size:]
            break
    text = " ".join(words)
    if text in lex.number_phrases:
        return NumberPhrase(
            start, end, lex.number_phrases[text], qualifier=qualifier, vague=text == "a few"
        )
    if text.removesuffix(" of") in lex.number_phrases:
        return NumberPhrase(
            start, end, lex.number_phrases[text.removesuffix(" of")], qualifier=qualifier
        )
    if len(words) == 1 and words[0] in lex.vague_numbers:
        return NumberPhrase(
            start, end, lex.vague_numbers[words[0]], qualifier=qualifier, vague=True
        )
    if any(w in _RANGE_WORDS for w in words):
        bounds = _split_range(words, lex)
        if bounds is not None:
            lo, hi = bounds
            return NumberPhrase(start, end, lo, low=lo, high=hi, qualifier=qualifier or "range")
    value = words_to_int(words, lex)
    if value is None:
        return None
    return NumberPhrase(start, end, value, qualifier=qualifier)
