"""The article's subject group and the generic fighters that stand for it; state forces
named only by their institution (original mentions written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import ActorMention, ActorRole
from sitrep.resolve.actors import ActorDictionary


def _mentions(*texts: str) -> list[ActorMention]:
    return [ActorMention(text=t, role=ActorRole.ACTOR1) for t in texts]


def test_a_state_force_named_often_is_never_the_subject(actors: ActorDictionary) -> None:
    mentions = _mentions("Peshmerga", "the Peshmerga", "Peshmerga forces", "Daesh")
    subject = actors.subject(mentions, country="Iraq", on=None)
    assert subject is not None and subject.name == "Islamic State (Iraq)"


@pytest.mark.parametrize("mention", ["the militants", "six terrorists", "the terrorist remnants"])
def test_generic_fighters_stand_for_the_subject_group(
    actors: ActorDictionary, mention: str
) -> None:
    subject = actors.subject(_mentions("ISIS", "Daesh"), country="Iraq", on=None)
    assert subject is not None
    assert actors.is_subject_reference(mention)
    assert actors.subject_fits(mention, subject)


def test_generic_fighters_do_not_fit_another_subject(actors: ActorDictionary) -> None:
    subject = actors.subject(_mentions("PKK", "the PKK"), country="Turkey", on=None)
    assert subject is not None and not actors.subject_fits("the militants", subject)


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("Turkish artillery", "Syria", "Military Forces of Turkey"),
        ("the Afghan National Defence and Security Forces", "Afghanistan",
         "Military Forces of Afghanistan"),
        ("ANDSF", "Afghanistan", "Military Forces of Afghanistan"),
        ("the Raqqa Civil Council", "Syria", "Autonomous Administration of North and East Syria"),
        ("dozens of schoolgirls", "Nigeria", "Civilians (Nigeria)"),
    ],
)  # fmt: skip
def test_state_forces_by_their_arms_and_names(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    found = actors.match(mention, country=country, on=date(2020, 10, 12))
    assert found is not None and found.name == expected
