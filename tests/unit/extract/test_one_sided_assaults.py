"""An assault on the unarmed is a one-sided attack (ACLED: Violence against civilians /
Attack), not a battle, when the people it hit are civilians and nothing it hit is armed; a
village or a school the NER calls an organisation is a place, not a side. A police station
or an army post hit stays a battle (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    "text",
    [
        "In a separate attack on Thursday night, bandits stormed Kadisau village in Faskari "
        "Local Government Area and killed nine villagers, including a ward head, residents "
        "said.",
        "On 2 March, ADF rebels attacked Kisiki Secondary School near Bwera, killing 14 people, "
        "most of them students, according to police.",
    ],
)
def test_an_assault_on_civilians_alone_is_an_attack(
    run: Callable[..., Extraction], text: str
) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.sub_event_type == SubEventType.ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Kimara police station on Monday night, killing two officers and "
        "a civilian, police said.",
        "Militants stormed the army post at Kadisau on Thursday and killed three soldiers and "
        "a villager, residents said.",
    ],
)
def test_an_assault_on_a_force_stays_a_battle(run: Callable[..., Extraction], text: str) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.sub_event_type == SubEventType.ARMED_CLASH
