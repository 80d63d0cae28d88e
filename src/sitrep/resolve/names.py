"""Name folding that survives transliteration.

Two keys are derived from a place or actor name:

``ascii_name``
    diacritics removed, apostrophes and ayn/hamza marks dropped, casefolded and
    whitespace-normalised: ``"Tall ‘Afar" -> "tall afar"``. Used to compare two
    spellings with rapidfuzz and as the exact-match key.

``fold_place_name``
    a consonant skeleton of ``ascii_name`` that maps the common transliteration
    families of Arabic, Kurdish and Turkish names onto one key:

    1. Arabic article tokens (al, el, ad, as, ash, az, ...) are dropped when the
       name has other words;
    2. the words are joined (hyphens and spaces do not count);
    3. digraphs are folded (kh->k, gh->g, dh->d, th->t, ph->f, q->k, c->k, ou->u);
    4. vowels, ``y``, ``w`` and a non-initial ``h`` are dropped (a leading vowel
       too: Erbil = Arbil = Irbil);
    5. doubled letters are collapsed.

    ``Deir ez-Zor``, ``Dayr az Zawr`` and ``Deir al-Zour`` all give ``drzr``;
    ``Muqdadiyah`` and ``Miqdadiyah`` give ``mkd``; ``Qaim`` and ``Qa'im`` give
    ``km``. The key of "Town - Site" is the keys of both parts, each folded on its own
    (a site's leading ``h`` is kept as it is in the site's own key). The key is
    deliberately lossy: callers rank its candidates by the similarity of their
    ``ascii_name`` forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARABIC_ARTICLES",
    "NAME_CACHE_SIZE",
    "ascii_name",
    "comparable_spelling",
    "fold_place_name",
    "strip_articles",
]

NAME_CACHE_SIZE = 16_384
"""Names each of `ascii_name` and `fold_place_name` remembers (least recently used go
first). An entry weighs about 200 bytes, so each stays under 4 MB on a run of any size;
a news stream meets about 1,000 new names per 1,000 articles and folding one costs a
few microseconds, so a larger memo buys nothing (issue 7, ``bench/scale.py``)."""

ARABIC_ARTICLES: frozenset[str] = frozenset(
    {
        "al", "el", "il", "ul",
        "ad", "ed", "ud",
        "adh", "ath",
        "an", "en", "un",
        "ar", "er", "ur",
        "as", "es", "us",
        "ash", "esh", "ush",
        "at", "et", "ut",
        "az", "ez", "uz",
    }
)  # fmt: skip
"""Transliterations of the Arabic definite article, including sun-letter forms."""

_MARKS = str.maketrans(
    {
        "'": None, "`": None, "’": None, "‘": None, "ʿ": None, "ʾ": None,
        "´": None, "ʼ": None, "ʻ": None, "′": None,
        "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ß": "ss", "æ": "ae", "œ": "oe", "ə": "e", "ħ": "h",
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = (
    ("sch", "s"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("ou", "u"),
)
_DROPPED = frozenset("aeiouyw")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def ascii_name(name: str) -> str:
    """Lower-case ASCII words of ``name``: ``"Şalāḩ ad Dīn" -> "salah ad din"``."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_MARKS)).translate(_MARKS)
        text = text.encode("ascii", "ignore").decode("ascii")
    else:
        text = text.translate(_MARKS)
    return " ".join(w for w in _NON_WORD.split(text) if w)


def strip_articles(words: list[str]) -> list[str]:
    """Drop Arabic article words, unless nothing else would be left."""
    kept = [w for w in words if w not in ARABIC_ARTICLES]
    return kept or words


_LONG_VOWELS = (("oo", "u"), ("ou", "u"), ("ee", "i"))
"""English spellings of the long vowels of Arabic and Persian names: "Daqooq" and "Daquq",
"Kirkouk" and "Kirkuk", "Sheerwan" and "Shirwan" are one name."""


def comparable_spelling(text: str) -> str:
    """An ASCII spelling as the gazetteer scores it against another: its words without
    Arabic articles, the long vowels written one way ("al Mawsil" -> "mawsil" as given,
    "Kirkouk" -> "kirkuk"). The index stores it for every spelling, so a lookup scores
    the rows its key holds without computing it again for each."""
    text = " ".join(strip_articles(text.split()))
    for old, new in _LONG_VOWELS:
        text = text.replace(old, new)
    return text


@lru_cache(maxsize=NAME_CACHE_SIZE)
def fold_place_name(name: str) -> str:
    """The transliteration-robust key of a place name (see the module docstring)."""
    if " - " in name:  # "Town - Site": each part on its own, so each key is a substring
        return "".join(fold_place_name(part) for part in name.split(" - "))
    words = strip_articles(ascii_name(name).split())
    text = "".join(words)
    if not text:
        return ""
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in _DROPPED:
            continue
        if ch == "h" and i > 0:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out) or text
