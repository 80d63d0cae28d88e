"""What a long run holds stays bounded: parse batches are capped in characters, and
the strings that new words add to spaCy's vocabulary are freed after each batch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import RuleExtractor
from sitrep.extract.engine import LEMMA_CACHE_LIMIT, parse_batches
from sitrep.model import Article, content_hash


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, content_hash=content_hash(text))


def _sized(n: int, chars: int) -> list[Article]:
    return [_article(f"a{i}", "x" * chars) for i in range(n)]


def test_parse_batches_end_at_batch_size() -> None:
    sizes = [len(b) for b in parse_batches(_sized(7, 10), batch_size=3, max_chars=1_000)]
    assert sizes == [3, 3, 1]


def test_parse_batches_end_at_the_character_budget() -> None:
    sizes = [len(b) for b in parse_batches(_sized(7, 400), batch_size=32, max_chars=1_000)]
    assert sizes == [3, 3, 1]


def test_a_long_article_ends_the_batch_it_joins() -> None:
    texts = {"first": "x" * 10, "long": "y" * 5_000, "next": "z" * 10, "last": "z" * 10}
    articles = [_article(article_id, text) for article_id, text in texts.items()]
    batches = [[a.id for a in b] for b in parse_batches(articles, batch_size=32, max_chars=1_000)]
    assert batches == [["first", "long"], ["next", "last"]]


def test_parse_batches_read_no_further_than_the_batch() -> None:
    pulled: list[str] = []

    def stream() -> Iterator[Article]:
        for article in _sized(10, 10):
            pulled.append(article.id)
            yield article

    first = next(parse_batches(stream(), batch_size=4, max_chars=1_000))
    assert [a.id for a in first] == pulled == ["a0", "a1", "a2", "a3"]


@pytest.fixture(scope="module")
def sentencized() -> Language:
    """A blank English pipeline (no model) that can split sentences, with sitrep's pipes."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_pipe_frees_the_strings_new_words_add(sentencized: Language) -> None:
    extractor = RuleExtractor(nlp=sentencized)
    texts = [
        "Gunmen from the Vostrakian Brotherhood stormed Oblenkaya market on Sunday, "
        f"killing {n + 3} traders and wounding {n + 9} others, the Ministry of Prudovia said."
        for n in range(12)
    ]
    articles = [_article(f"z{i}", text) for i, text in enumerate(texts)]
    before = len(sentencized.vocab.strings)
    piped = [extraction for _, extraction in extractor.pipe(iter(articles), batch_size=5)]
    assert len(sentencized.vocab.strings) == before
    # the same extraction as one article parsed on its own, outside any memory zone
    assert piped == [extractor.extract(a) for a in articles]
    assert len(sentencized.vocab.strings) > before


class _MemoLemmatizer:
    """Stands in for spaCy's rule lemmatizer: a memo that only grows."""

    def __init__(self) -> None:
        self.cache: dict[Any, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("test_memo_lemmatizer")
def _make_memo_lemmatizer(nlp: Language, name: str) -> _MemoLemmatizer:
    return _MemoLemmatizer()


def test_the_lemmatizer_memo_starts_afresh_past_its_limit() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    memo = nlp.add_pipe("test_memo_lemmatizer", name="lemmatizer")
    extractor = RuleExtractor(nlp=nlp)
    article = _article("m1", "Gunmen shot dead a shopkeeper in Velmora on Friday.")
    memo.cache.update({k: "x" for k in range(10)})
    list(extractor.pipe([article]))
    assert len(memo.cache) == 10  # a small memo is kept
    memo.cache.update({k: "x" for k in range(LEMMA_CACHE_LIMIT + 1)})
    list(extractor.pipe([article]))
    assert memo.cache == {}
