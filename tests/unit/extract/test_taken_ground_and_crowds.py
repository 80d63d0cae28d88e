"""Ground taken from someone, force met by a crowd, seizures that are no arrests, and names
after "through" (sentences written for these tests, in the manner of translated wire copy;
real model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _role(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for c in extraction.candidates for a in c.actors if a.role == role]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Government forces on Saturday retook the town of al-Mayadin from the Islamic "
            "State after three days of fighting, state media said.",
            "Islamic State",
        ),
        (
            "On Sunday (21), the Defence and Security Forces, with the support of the Rwandan "
            "forces, recovered the control of the locality of Quiterajo, in the coastal zone "
            "of Macomia, from the hands of the insurgents.",
            "insurgents",
        ),
    ],
)
def test_who_held_the_ground_taken_back_is_actor2(
    run: Callable[..., Extraction], text: str, holder: str
) -> None:
    found = run(text, date(2024, 7, 22))
    assert [c.sub_event_type for c in found.candidates] == [S.GOVERNMENT_REGAINS_TERRITORY]
    assert holder in _role(found, ActorRole.ACTOR2)


def test_ground_retaken_from_a_direction_names_no_holder(run: Callable[..., Extraction]) -> None:
    text = "Troops on Saturday retook the village of Tal Ward from the north after heavy fighting."
    found = run(text, date(2024, 7, 22))
    assert [c.sub_event_type for c in found.candidates] == [S.GOVERNMENT_REGAINS_TERRITORY]
    assert "north" not in _role(found, ActorRole.ACTOR2)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # "riot police" police a crowd; they are no sign that it rioted
        ("On Monday, riot police fired tear gas at demonstrators in Najaf.",
         S.PROTEST_WITH_INTERVENTION),
        ("On Monday, rioters torched two shops in Najaf before riot police dispersed them.",
         S.VIOLENT_DEMONSTRATION),
    ],
)  # fmt: skip
def test_riot_police_do_not_make_a_riot(
    run: Callable[..., Extraction], text: str, sub: SubEventType
) -> None:
    assert [c.sub_event_type for c in run(text, date(2024, 5, 1)).candidates] == [sub]


def test_weapons_apprehended_are_no_arrest(run: Callable[..., Extraction]) -> None:
    text = (
        "In a press note, the ministry said that seven insurgents were neutralised in the "
        "operation near Quiterajo on Sunday and that a quantity of weapons and food was "
        "apprehended."
    )
    subs = [c.sub_event_type for c in run(text, date(2024, 7, 22)).candidates]
    assert S.ARRESTS not in subs


def test_men_apprehended_are_an_arrest(run: Callable[..., Extraction]) -> None:
    text = "Police apprehended four men near Quiterajo on Sunday, the ministry said."
    assert [c.sub_event_type for c in run(text, date(2024, 7, 22)).candidates] == [S.ARRESTS]


def test_a_town_marched_through_is_the_place(run: Callable[..., Extraction]) -> None:
    """The tagger takes "Kut" for a person; no one marches through a person."""
    text = "On Sunday, hundreds of residents marched through Kut to protest power cuts."
    found = run(text, date(2024, 5, 1)).candidates
    assert [p.text for p in found[0].places] == ["Kut"]


def test_a_channel_claimed_through_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "Militants attacked a mission in Chipene on Tuesday, killing a nun. The Islamic State "
        "claimed the attack the following day through its agency Amaq."
    )
    places = [p.text for c in run(text, date(2022, 9, 10)).candidates for p in c.places]
    assert "Amaq" not in places
