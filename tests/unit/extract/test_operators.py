"""Who launched the drone or missile that struck is actor 1, not the aircraft: "a drone loaded
with explosives launched by the Houthi militia struck the house" (blind batch 12, a Yemeni
ministry's press release). A drone no one is said to have launched stays actor 1. Real model;
original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 7, 31)


def _actor1(extraction: Extraction) -> list[str]:
    [event] = extraction.candidates
    return [m.text for m in event.actors if m.role is ActorRole.ACTOR1]


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        (
            "On Saturday afternoon, a drone loaded with explosives launched by the Houthi militia"
            " struck the house of a citizen in the village of al-Shaqab, killing his wife.",
            "Houthi militia",
        ),
        (
            "On Saturday, a missile fired by the rebels hit a market in the town of Mocha,"
            " killing two people.",
            "rebels",
        ),
    ],
)
def test_the_one_who_launched_it_is_actor1(
    run: Callable[..., Extraction], text: str, operator: str
) -> None:
    assert _actor1(run(text, PUBLISHED)) == [operator]


def test_a_drone_no_one_launched_stays_actor1(run: Callable[..., Extraction]) -> None:
    text = "On Saturday, a drone struck a car near the town of Mocha, killing two people."
    assert _actor1(run(text, PUBLISHED)) == ["a drone"]
