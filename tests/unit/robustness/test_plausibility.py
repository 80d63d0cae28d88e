"""Absurd casualty figures are flagged in the resolve stage, never coded as reported.

The sentences are original, written for these tests. Candidates are built by hand (no
model); the resolver uses the shipped gazetteer and actor dictionary.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import (
    Article,
    CandidateEvent,
    DateMention,
    Event,
    EventType,
    Extraction,
    PlaceMention,
    Quantity,
    Span,
    SubEventType,
)
from sitrep.resolve import (
    ActorDictionary,
    Gazetteer,
    PlausibilityLimits,
    Resolver,
    check_figures,
)

TYPO = (
    "A car bomb tore through the vegetable market in Tikrit on Tuesday, killing 10,000,000 "
    "shoppers and wounding 23, a police officer said."
)
SANE = (
    "A car bomb tore through the vegetable market in Tikrit on Tuesday, killing 12 "
    "shoppers and wounding 23, a police officer said."
)
LOPSIDED = (
    "Militants shelled a camp for displaced families outside Tikrit on Friday, killing 900 "
    "people and wounding two, according to a statement read on local radio."
)
PUBLISHED = date(2023, 9, 14)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(text=part, start=start, end=start + len(part))


def quantity(text: str, raw: str) -> Quantity:
    digits = "".join(ch for ch in raw.split()[0] if ch.isdigit())
    value = int(digits) if digits else {"two": 2}[raw.split()[0]]
    return Quantity(value=value, raw=raw, span=span(text, raw))


def candidate(text: str, trigger: str, killed: str, wounded: str | None) -> CandidateEvent:
    return CandidateEvent(
        article_id="plaus-1",
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        trigger=span(text, trigger),
        evidence=[Span(text=text, start=0, end=len(text))],
        places=[PlaceMention(text="Tikrit", context="in", span=span(text, "Tikrit"))],
        dates=[
            DateMention(text=day, span=span(text, day))
            for day in ("Tuesday", "Friday")
            if day in text
        ],
        fatalities=quantity(text, killed),
        injuries=quantity(text, wounded) if wounded else None,
        confidence=0.9,
        field_confidence={"fatalities": 0.9, "injuries": 0.9},
    )


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer=Gazetteer.load(), actors=ActorDictionary.load())


def resolve(resolver: Resolver, text: str, cand: CandidateEvent) -> Event:
    article = Article(id="plaus-1", text=text, published=PUBLISHED, outlet="Test Wire")  # type: ignore[call-arg]
    (event,) = resolver.resolve(article, Extraction(article_id="plaus-1", candidates=[cand]))
    return event


# --- through the resolver -------------------------------------------------------------


def test_ten_million_killed_is_flagged_not_coded(resolver: Resolver) -> None:
    event = resolve(resolver, TYPO, candidate(TYPO, "car bomb", "10,000,000 shoppers", "23"))
    sane = resolve(resolver, SANE, candidate(SANE, "car bomb", "12 shoppers", "23"))
    (source,) = event.sources
    assert event.fatalities is None and source.fatalities is None
    assert source.raw_fatalities == "10,000,000 shoppers"
    assert event.notes is not None
    assert "implausible fatalities figure 10,000,000 flagged for review" in event.notes
    assert "single-incident ceiling of 1,000" in event.notes
    assert source.field_confidence["fatalities"] == pytest.approx(0.1)
    assert event.confidence < sane.confidence / 1.9
    assert source.confidence == event.confidence
    # the injuries stay coded, the evidence still points at the figure as written
    assert event.injuries == 23 and source.injuries == 23
    evidence = [e for e in source.evidence if e.role == "fatalities"]
    assert [TYPO[e.start : e.end] for e in evidence] == ["10,000,000 shoppers"]
    # the ordinary figure is untouched
    assert sane.fatalities == 12 and sane.sources[0].field_confidence["fatalities"] == 0.9
    assert "implausible" not in (sane.notes or "")


def test_deaths_hundreds_of_times_the_injured_are_flagged(resolver: Resolver) -> None:
    event = resolve(resolver, LOPSIDED, candidate(LOPSIDED, "shelled", "900 people", "two"))
    assert event.fatalities is None
    assert event.injuries == 2
    assert event.sources[0].raw_fatalities == "900 people"
    assert event.notes is not None
    assert "implausible fatalities figure 900 flagged for review" in event.notes
    assert "more than 100 times the 2 reported injured" in event.notes


def test_the_ceiling_is_configurable(resolver: Resolver) -> None:
    strict = Resolver(
        gazetteer=resolver.gazetteer,
        actors=resolver.actors,
        limits=PlausibilityLimits(max_fatalities=10),
    )
    event = resolve(strict, SANE, candidate(SANE, "car bomb", "12 shoppers", "23"))
    assert event.fatalities is None
    assert "above the single-incident ceiling of 10" in (event.notes or "")
    lenient = Resolver(
        gazetteer=resolver.gazetteer,
        actors=resolver.actors,
        limits=PlausibilityLimits(max_fatalities=100_000_000),
    )
    event = resolve(lenient, TYPO, candidate(TYPO, "car bomb", "10,000,000 shoppers", "23"))
    assert event.fatalities is None  # still more than Tikrit's population
    assert "more than the population of Tikrit" in (event.notes or "")


# --- the check itself -----------------------------------------------------------------


def q(value: int, raw: str | None = None) -> Quantity:
    return Quantity(value=value, raw=raw or str(value))


@pytest.mark.parametrize(
    ("killed", "wounded", "population", "coded"),
    [
        (3, 5, 0, 3),  # an ordinary roadside bomb
        (1_000, None, 0, 1_000),  # at the ceiling: kept
        (1_001, None, 0, None),  # above it: flagged
        (500, None, 0, 500),  # a truck bomb with no injured reported: kept
        (150, 2, 0, 150),  # 75 times the injured: kept
        (250, 2, 0, None),  # more than 100 times the injured
        (99, 0, 0, 99),  # below min_for_relative: no ratio rule
        (120, None, 80, None),  # more than the town's population
        (60, None, 40, 60),  # small figure: the population rule needs 100 or more
        (300, None, 42_477, 300),  # a plausible toll in a real town
    ],
)
def test_rules(killed: int, wounded: int | None, population: int, coded: int | None) -> None:
    check = check_figures(
        q(killed), q(wounded) if wounded is not None else None, town="Hamlet", population=population
    )
    assert check.fatalities == coded
    assert check.flagged == (coded is None)
    assert check.confidence_factor == (1.0 if coded is not None else 0.5)


def test_injuries_are_checked_too() -> None:
    check = check_figures(q(4), q(75_000, "75,000"))
    assert (check.fatalities, check.injuries) == (4, None)
    assert check.notes == (
        "implausible injuries figure 75,000 flagged for review (above the single-incident "
        "ceiling of 5,000); not coded, raw figure kept in the source",
    )
    assert dict(check.field_confidence) == {"injuries": 0.1}


def test_nothing_reported_is_nothing_flagged() -> None:
    check = check_figures(None, None, population=10)
    assert (check.fatalities, check.injuries, check.flagged) == (None, None, False)
    assert check.field_confidence == ()


@pytest.mark.parametrize(
    "kwargs",
    [{"max_fatalities": 0}, {"confidence_factor": 1.5}, {"flagged_field_confidence": -0.1}],
)
def test_bad_limits_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        PlausibilityLimits(**kwargs)  # type: ignore[arg-type]
