"""Lives lost are counted by those who lost them: "35 inhabitants lost the life" (translated
French, "ont perdu la vie") is 35 dead, not one; "four civilians lost life" is four; and who
"lost their life" suffered the attack, never did it (real model; every sentence is
original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import figures_of

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The circle of Bankass has not forgotten the attack on Ogossagou in March 2019, where "
         "157 inhabitants of the Fulani village lost the life in a few hours.", 157),
        ("Four civilians lost life when a shell hit their house in Kafr Nabl on Monday, the "
         "civil defence said.", 4),
        ("On Sunday, twelve soldiers lost their lives in an ambush near Boni, the army said.", 12),
    ],
)  # fmt: skip
def test_the_bearers_of_lost_lives_are_the_dead(
    run: Callable[..., Extraction], text: str, dead: int
) -> None:
    candidates = run(text, date(2024, 5, 20)).candidates
    assert len(candidates) == 1
    assert figures_of(candidates[0])[0] == dead


def test_who_lost_their_life_suffered_the_attack(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Three agents of the State Police lost their life and one more was injured on Sunday "
        "after being attacked by armed civilians in the community of El Limon, municipality "
        "of Coalcoman, the state security ministry reported.",
        date(2023, 7, 12),
    ).candidates
    assert figures_of(event) == (3, 1)
    victims = [a.text for a in event.actors if a.role == ActorRole.ACTOR2]
    attackers = [a.text for a in event.actors if a.role == ActorRole.ACTOR1]
    assert any("State Police" in v for v in victims)
    assert not any("State Police" in a for a in attackers)
