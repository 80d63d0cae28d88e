"""An analyst's note (blind batch 14): an ambush "there" is at the place the sentence
before named; "US aircraft struck positions ... in and around
al-Qaim" names al-Qaim, though the tagger takes it for a person and the parser hangs it on
the second of two joined prepositions; and "A government spokesman in Baghdad said 16
people had been killed" speaks from the capital, which is not where the strikes were. A
local official "in Makhmour" speaks from where the incident was and keeps his town. Real
model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_strikes_in_and_around_a_town_not_at_the_spokesmans_seat(
    run: Callable[..., Extraction],
) -> None:
    (strike,) = run(
        "Late on Friday (2 February) US aircraft struck positions used by Kataib Hezbollah and"
        " other PMF formations in and around al-Qaim, on the Syrian border. A government"
        " spokesman in Baghdad said 16 people, civilians among them, had been killed and 25"
        " wounded.",
        date(2024, 2, 5),
    ).candidates
    named = [p.text for p in strike.places]
    assert "al-Qaim" in named
    assert "Baghdad" not in named


def test_a_local_official_speaks_from_the_incidents_town(
    run: Callable[..., Extraction],
) -> None:
    (attack,) = run(
        "Gunmen opened fire on houses at the edge of the village late on Thursday, killing"
        " three villagers, a local official in Makhmour told reporters.",
        date(2021, 12, 3),
    ).candidates
    assert "Makhmour" in [p.text for p in attack.places]


def test_an_ambush_there_is_at_the_place_named_before(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "ISIS remnants remain active in the Wadi al-Shay valley south-west of Daquq. On"
        " Wednesday an army patrol was ambushed there: an officer and a soldier were killed.",
        date(2024, 2, 5),
    )
    (ambush,) = extraction.candidates
    assert "Daquq" in [p.text for p in ambush.places]
