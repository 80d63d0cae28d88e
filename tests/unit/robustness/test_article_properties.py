"""Property tests over whole-article extraction and resolution with the real model.

Arbitrary unicode, very long sentences, odd punctuation and numbers glued to words go
through ``RuleExtractor.extract`` and ``Resolver.resolve``. Nothing raises, every span
(candidates, mentions, decisions, the sources' sentences and evidence) satisfies
``article.text[s.start:s.end] == s.text``, no coded toll is above the plausibility
ceiling and no event date is after publication. The building blocks are original.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.model import Article, Evidence, Extraction, Span
from sitrep.resolve import ActorDictionary, Gazetteer, PlausibilityLimits, Resolver

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CEILING = PlausibilityLimits().max_fatalities


@dataclass(frozen=True)
class Engine:
    extractor: RuleExtractor
    resolver: Resolver


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(
        extractor=RuleExtractor(nlp=load_nlp("en_core_web_sm")),
        resolver=Resolver(gazetteer=Gazetteer.load(), actors=ActorDictionary.load()),
    )


SENTENCES = st.sampled_from(
    [
        "A roadside bomb hit a minibus carrying farm workers near Tuz Khurmatu on Sunday, "
        "killing four of them and wounding six, a district official said.",
        "Gunmen on motorbikes shot dead a shopkeeper in the old quarter of Baqubah late on "
        "Wednesday.",
        "Hundreds of students marched through central Sulaymaniyah demanding unpaid grants.",
        "Police arrested 14 suspected smugglers at a checkpoint west of Ramadi, the ministry said.",
        "An air strike on a hideout in the Hamrin mountains killed 10,000,000 militants, a "
        "statement said.",
        "Two mortar rounds landed near the airport yesterday; nobody was hurt.",
        "The governor said last month's attack, which killed dozens, would not be forgotten.",
    ]
)
ODD = st.sampled_from(
    [
        "killed40people",
        "3car bombs",
        "wounded\u00a012",
        "at least\u200b7",
        "(((",
        "»«",
        "…",
        "\u202ereversed\u202c",
        "—",
        "!!!???",
        "\t",
        "\n\n",
        "\r\n",
        "\u2028",
        "@#$%^&*",
        "Mosul,Kirkuk,Erbil",
        "12/05",
        "1st",
        "½",
        "١٢",
        "🙂",
        "e\u0301",
        "ﬁve",
        "-",
        "'",
        '"',
    ]
)
CLAUSE = "and the gunmen killed three guards at the gate of the depot near Kirkuk "
LONG = st.integers(min_value=20, max_value=100).map(lambda n: "Witnesses said " + CLAUSE * n)
PIECES = st.one_of(SENTENCES, ODD, st.text(max_size=30), LONG)
TEXTS = st.lists(PIECES, min_size=1, max_size=12).map(" ".join).filter(lambda t: bool(t))
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)))


def spans_of(extraction: Extraction) -> Iterator[Span]:
    for c in extraction.candidates:
        yield c.trigger
        yield from c.evidence
        yield from (a.span for a in c.actors if a.span is not None)
        yield from (p.span for p in c.places if p.span is not None)
        yield from (d.span for d in c.dates if d.span is not None)
        quantities = (c.fatalities, c.injuries, c.combined_toll)
        yield from (q.span for q in quantities if q is not None and q.span is not None)
        if c.weapon_span is not None:
            yield c.weapon_span
    yield from (p.span for p in extraction.place_mentions if p.span is not None)
    yield from (a.span for a in extraction.actor_mentions if a.span is not None)
    yield from (d.trigger for d in extraction.decisions)


def check(text: str, published: date | None, engine: Engine) -> None:
    article = Article(id="prop", text=text, published=published)  # type: ignore[call-arg]
    extraction = engine.extractor.extract(article)
    for s in spans_of(extraction):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
    events = engine.resolver.resolve(article, extraction)
    assert len(events) == len(extraction.candidates)
    for event in events:
        assert 0.0 <= event.confidence <= 1.0
        assert event.fatalities is None or event.fatalities <= CEILING
        if event.event_date is not None and published is not None:
            assert event.event_date <= published
        for source in event.sources:
            marks: list[Span | Evidence] = [*source.sentences, *source.evidence]
            for mark in marks:
                assert text[mark.start : mark.end] == mark.text


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
@example(
    text="An air strike on a hideout in the Hamrin mountains killed 10,000,000 militants, a "
    "statement said.",
    published=date(2022, 4, 2),
)
@example(text="killed40people 3car bombs " * 30, published=None)
@example(text="Witnesses said " + CLAUSE * 100, published=date(2021, 11, 3))
@example(text="\u2028\u2029\x0b\x0c", published=date(2022, 4, 2))
def test_any_text_extracts_and_resolves_cleanly(
    engine: Engine, text: str, published: date | None
) -> None:
    check(text, published, engine)


def test_one_very_long_sentence(engine: Engine) -> None:
    """About 3,500 tokens without a full stop: spaCy's parser and the rules cope. (The
    rules' time grows with the square of a sentence's length: 15 s at 11,000 tokens.)"""
    text = "Witnesses said " + CLAUSE * 250 + "before dawn on Monday."
    check(text, date(2021, 11, 3), engine)
