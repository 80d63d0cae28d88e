"""Relative clauses that hang on a place, and claims worded as taking credit (real model,
original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import ActorRole, Extraction

pytestmark = pytest.mark.slow


def _roles(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for c in extraction.candidates for a in c.actors if a.role is role]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at the power station in Huancayo, which killed two guards.",
        "Gunmen attacked a checkpoint near Tarmiyah on Sunday, which killed three policemen.",
    ],
)
def test_a_place_before_which_is_not_the_attacker(
    run: Callable[..., Extraction], text: str
) -> None:
    actors = _roles(run(text), ActorRole.ACTOR1)
    assert "Huancayo" not in actors and "Tarmiyah" not in actors


def test_a_country_named_as_the_subject_still_acts(run: Callable[..., Extraction]) -> None:
    text = "Turkey, which shelled Kurdish positions near Zakho on Monday, said two militants died."
    assert "Turkey" in _roles(run(text), ActorRole.ACTOR1)


def test_claiming_credit_is_a_claim(run: Callable[..., Extraction]) -> None:
    text = (
        "Rebels of the Shining Front claimed credit for Tuesday's bombing of the power "
        "station in Huancayo, which killed two guards."
    )
    claimed = _roles(run(text), ActorRole.CLAIMED_BY)
    assert any("Shining Front" in c for c in claimed)
