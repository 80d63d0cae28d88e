"""Blind batch 14 (an Iraqi daily, a translated Diyala outlet): protests that "erupt in
Basra almost every summer" are a habit, and "since the start of the year, fourteen
members of the security forces have been killed" is a running total, not an incident.
Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Protests erupt in Basra almost every summer when the grid collapses.",
        "Fighters of the group attack the checkpoints on the Kirkuk road each week, residents say.",
        "Since the start of the year, fourteen members of the security forces and the Hashd"
        " have been killed in the province, according to a count by the paper.",
        "Since the beginning of this month, six shepherds have been killed by landmines in"
        " the desert west of Rutba, officials say.",
    ],
)
def test_no_incident(run: Callable[..., Extraction], text: str) -> None:
    assert run(text, date(2023, 9, 12)).candidates == []


def test_one_summer_protest_stays(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Hundreds of people protested in Basra on Tuesday against the power cuts of this"
        " summer, witnesses said.",
        date(2023, 7, 19),
    )
    assert len(extraction.candidates) == 1
