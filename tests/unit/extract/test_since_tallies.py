""" "Since YEAR" is where a count starts, not an incident's date: a toll that has mounted since
a year is a running total, and "the deadliest attack since 2019" is today's attack, not a
recalled one (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 2, 22)


@pytest.mark.parametrize(
    "text",
    [
        "More than 10,000 people have been killed in Burkina Faso since 2015, and about two"
        " million have fled their homes.",
        "Jihadist violence has killed thousands of civilians in central Mali since 2012.",
    ],
)
def test_a_toll_mounted_since_a_year_is_no_incident(
    run: Callable[..., Extraction], text: str
) -> None:
    assert not run(text, PUBLISHED).candidates


def test_a_toll_since_a_weekday_still_counts(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Gunmen have killed three farmers in Diyala since Monday, police said.", PUBLISHED
    ).candidates
    assert event.fatalities is not None and event.fatalities.value == 3


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 14 people at a wedding hall in western Kabul on Tuesday"
        " evening, in the deadliest attack on the capital since 2019, police said.",
        "Militants killed nine soldiers at a checkpoint near Djibo on Tuesday, the army's worst"
        " single loss in the province since March 2021.",
        "A rocket struck the Ain al-Asad air base on Tuesday, the first attack on the base since"
        " 2020, a coalition spokesman said.",
    ],
)
def test_the_period_of_a_superlative_is_not_the_incidents_date(
    run: Callable[..., Extraction], text: str
) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert not event.background
    assert not any(d.text.lower().startswith("since") for d in event.dates)


def test_a_year_the_incident_happened_in_still_marks_it_past(
    run: Callable[..., Extraction],
) -> None:
    [event] = run(
        "A suicide bomber killed 14 people at a wedding hall in western Kabul in 2019.", PUBLISHED
    ).candidates
    assert event.background


@pytest.mark.parametrize(
    "text",
    [
        "According to a local monitoring group, the military has carried out more than 600 air"
        " strikes since the coup, killing hundreds of civilians.",
        "Its weekly newsletter al-Naba listed 22 attacks in Iraq in January, a fraction of the"
        " numbers it claimed in 2019.",
        "The army has killed more than 3,000 civilians since the coup, the group says.",
    ],
)
def test_a_count_since_a_coup_or_over_a_month_is_no_incident(
    run: Callable[..., Extraction], text: str
) -> None:
    assert not run(text, PUBLISHED).candidates


def test_a_toll_across_the_whole_country_is_no_incident(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Police fired tear gas at protesters in Nasiriyah on Friday, killing two. The human"
        " rights commission said at least 40 people were killed and more than 2,000 wounded"
        " across the country on Friday.",
        PUBLISHED,
    ).candidates
    assert event.fatalities is not None and event.fatalities.value == 2
