"""Figures that belong to no incident told in the sentence before, and an earlier incident
that a retelling sentence names for the first time (dev misses of the corpus, 2026-12-06):

- a monitor's count of incidents ("documented 41 assassination attempts ..., which killed
  29 people") gives its toll to none of them;
- "did not say how many of them died" states no figure;
- "These attacks come two months after the massacre of Diallassagou ..., which made 132
  dead" tells the massacre, with its own place and toll, not the attacks told before.

Real model; original text in the voices of a Syrian local network and a translated Malian
weekly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

GRENADE = (
    "Late on Monday, unknown persons threw a hand grenade into the courtyard of a house in the"
    " city of Jasim, in the northern countryside, killing two children, local sources said."
)


@pytest.mark.parametrize(
    "tally",
    [
        "The Horan Free Gathering, a local monitoring group, documented 41 assassination"
        " attempts across the province in October, which killed 29 people and wounded 17.",
        "The documentation office of the network recorded 31 assassination operations and"
        " attempts in Daraa governorate since the beginning of the current month, which"
        " resulted in the killing of 24 persons.",
    ],
)
def test_the_toll_of_counted_incidents_is_not_the_last_incidents(
    run: Callable[..., Extraction], tally: str
) -> None:
    extraction = run(f"{GRENADE}\n\n{tally}", date(2023, 11, 7))
    (grenade,) = extraction.candidates
    assert grenade.fatalities is not None and grenade.fatalities.value == 2
    assert grenade.injuries is None


def test_how_many_died_is_no_figure(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Late on Monday, unknown persons threw a hand grenade into the courtyard of a house in"
        " the city of Jasim, killing and wounding five members of one family, local sources"
        " said. The sources did not say how many of them died.",
        date(2023, 11, 7),
    )
    (grenade,) = extraction.candidates
    assert grenade.fatalities is None
    assert grenade.combined_toll is not None and grenade.combined_toll.value == 5


KIDNAP = (
    "Already last Friday, armed men had kidnapped the chief of the village of Dogofry and two"
    " of his advisers at the exit of the village, according to relatives."
)


def test_the_earlier_incident_a_retelling_comes_after_is_its_own_event(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        f"{KIDNAP}\n\nThese attacks come two months after the massacre of Diallassagou and the"
        " surrounding villages, in the cercle of Bankass, in June, which made 132 dead"
        " according to the government.",
        date(2022, 8, 16),
    )
    by_place = {p.text: c for c in extraction.candidates for p in c.places}
    kidnap, massacre = by_place["Dogofry"], by_place["Diallassagou"]
    assert kidnap is not massacre
    assert kidnap.fatalities is None
    assert massacre.fatalities is not None and massacre.fatalities.value == 132


def test_an_anchor_without_a_place_of_its_own_stays_the_incident_told_before(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        f"{KIDNAP}\n\nOn Sunday, gunmen attacked the weekly market of Dogofry, killing a"
        " trader. These attacks come two days after the abduction of the chief, an elected"
        " official said.",
        date(2022, 8, 16),
    )
    assert len(extraction.candidates) == 2  # the abduction and the market attack
