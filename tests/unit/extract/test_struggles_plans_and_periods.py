"""Words of violence that tell no incident: a politician "fighting to keep his job", a rally
"announced" for next week, "a week of violent protests" summed up, protesters "killed since
the demonstrations turned violent" counted over days; and a country name standing for its
state ("against Tehran's influence") is no place (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 11, 4)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister, who is fighting to keep his post after weeks of street anger,"
        " met the speaker of parliament in Baghdad on Sunday.",
        "Tribal leaders have announced a rally in Nasiriyah on Thursday to demand jobs.",
        "An uneasy calm returned to Karbala on Sunday after a week of violent protests over"
        " corruption.",
        "At least 18 protesters have been killed in Karbala since the demonstrations turned"
        " violent last month, a rights group said.",
    ],
)
def test_no_incident_is_told(run: Callable[..., Extraction], text: str) -> None:
    assert not run(text, PUBLISHED).candidates


def test_a_rally_held_is_still_a_protest(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Thousands of students held a rally in Nasiriyah on Sunday to demand jobs.", PUBLISHED
    ).candidates
    assert event.sub_event_type is not None and "protest" in event.sub_event_type.value.lower()


def test_a_city_standing_for_its_state_is_no_place(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "BASRA, Nov 4 (Wire) - Hundreds of protesters stormed the Iranian consulate in Karbala"
        " on Sunday night, chanting against Tehran's influence, and set the building ablaze.",
        PUBLISHED,
    ).candidates
    names = [p.text for p in event.places]
    assert "Karbala" in names and "Tehran" not in names
