"""A private person's property hit by an attack stands for its owners (label
`sitrep.model.HOME_LABEL`, resolved to the country's civilians), while a pylon or an office
names no one; what "set fire to" names was burned (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import role_of

from sitrep.extract.targets import PROPERTY_LABEL, SITE_LABEL
from sitrep.model import HOME_LABEL, ActorRole, Extraction

pytestmark = pytest.mark.slow


def _target_labels(extraction: Extraction) -> dict[str, str | None]:
    return {a.text: a.label for a in role_of(extraction, ActorRole.ACTOR2)}


@pytest.mark.parametrize(
    "text",
    [
        "In Basra, a hand grenade was thrown at the house of a teacher in the Jubaila area in "
        "the early hours of Friday, damaging the front gate and a parked car, police said.",
        "Gunmen set fire to six shops in the central market of Gao on Sunday night, the mayor "
        "said.",
        "On Tuesday, militiamen torched more than 30 houses in the village of Nyamilima, "
        "according to a local chief.",
    ],
)
def test_homes_and_shops_stand_for_their_owners(run: Callable[..., Extraction], text: str) -> None:
    # a shop is also a public place (SITE_LABEL): both resolve to the country's civilians
    assert {HOME_LABEL, SITE_LABEL} & set(_target_labels(run(text)).values())


def test_a_pylon_stands_for_no_one(run: Callable[..., Extraction]) -> None:
    labels = _target_labels(
        run("Rebels dynamited two power pylons near Puerto Berrio on Monday, the army said.")
    )
    assert PROPERTY_LABEL in labels.values()
    assert HOME_LABEL not in labels.values()
