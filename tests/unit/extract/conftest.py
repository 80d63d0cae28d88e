"""Extract-stage fixtures: ONE real spaCy pipeline per session (slow tests), a blank pipeline
with sitrep's lexicon components (fast tests), and a helper that builds parsed Docs by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.model import Article, Extraction, content_hash


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real model with sitrep's components (loaded once; tests using it are slow)."""
    return load_nlp("en_core_web_sm")


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> RuleExtractor:
    return RuleExtractor(nlp=nlp)


@pytest.fixture(scope="session")
def run(extractor: RuleExtractor) -> Callable[..., Extraction]:
    def _run(text: str, published: date | None = date(2022, 1, 24)) -> Extraction:
        return extractor.extract(
            Article(id="t", text=text, published=published, content_hash=content_hash(text))
        )

    return _run


@pytest.fixture(scope="session")
def blank() -> Language:
    """spacy.blank("en") with the lexicon, quantity and casualty components (no model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sitrep_lexicon")
    nlp.add_pipe("sitrep_quantities")
    nlp.add_pipe("sitrep_casualties")
    return nlp


@pytest.fixture(scope="session")
def parsed(blank: Language) -> Callable[..., Doc]:
    """Build a parsed Doc by hand: words, heads (absolute indices), deps, optional tags/ents,
    then run sitrep's lexicon, quantity and casualty components over it."""

    def _parsed(
        words: list[str],
        heads: list[int],
        deps: list[str],
        *,
        pos: list[str] | None = None,
        tags: list[str] | None = None,
        lemmas: list[str] | None = None,
        ents: list[str] | None = None,
    ) -> Doc:
        doc = Doc(
            blank.vocab,
            words=words,
            heads=heads,
            deps=deps,
            pos=pos,
            tags=tags,
            lemmas=lemmas,
            ents=ents,
        )
        for name in ("sitrep_lexicon", "sitrep_quantities", "sitrep_casualties"):
            doc = blank.get_pipe(name)(doc)
        return doc

    return _parsed
