"""Stand-ins for the pipeline tests: an extractor that reads one candidate per article
without a model, so a test drives the runner, the store and merge in milliseconds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from sitrep.model import (
    Article,
    CandidateEvent,
    EventType,
    Extraction,
    PlaceMention,
    Span,
    SubEventType,
)

__all__ = ["StandInExtractor"]


class StandInExtractor:
    """One armed-clash candidate per article: the trigger is the first "fired", the
    evidence the sentence that starts at "Gunmen", the place the first of ``towns`` (in
    their order) that the text names. Records the ids it was given (``seen``) and raises
    on an article that contains ``poison`` (as a bug in the rules would)."""

    name = "stand-in"

    def __init__(self, *, towns: Sequence[str] = (), poison: str | None = None) -> None:
        self.towns = tuple(towns)
        self.poison = poison
        self.seen: list[str] = []

    def extract_doc(self, article: Article, doc: Doc) -> Extraction:
        raise NotImplementedError

    def extract(self, article: Article) -> Extraction:
        text = article.text
        if self.poison is not None and self.poison in text:
            raise RuntimeError("rule blew up")
        self.seen.append(article.id)
        trigger = text.index("fired")
        start = text.index("Gunmen")
        end = text.index(".", start) + 1
        places = []
        if self.towns:
            town = next(t for t in self.towns if t in text)
            at = text.index(town)
            span = Span(text=town, start=at, end=at + len(town))
            places.append(PlaceMention(text=town, span=span, label="GPE"))
        return Extraction(
            article_id=article.id,
            candidates=[
                CandidateEvent(
                    article_id=article.id,
                    event_type=EventType.BATTLES,
                    sub_event_type=SubEventType.ARMED_CLASH,
                    trigger=Span(text="fired", start=trigger, end=trigger + 5),
                    evidence=[Span(text=text[start:end], start=start, end=end)],
                    places=places,
                    confidence=0.8,
                )
            ],
        )

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction]]:
        for article in articles:
            yield article, self.extract(article)
