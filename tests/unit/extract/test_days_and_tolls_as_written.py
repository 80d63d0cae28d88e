"""Days and tolls read as the words are written (real model; original text): a weekday that
names a weekly custom is no date, a holiday is a date, a possessive date owns its incident,
an area around a town holds more than one incident, "157 dead and 65 wounded" gives each
figure its own fate, a town captured from a group is ground, and the force that meets a protest
in the next sentence codes that protest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 3, 26)  # a Tuesday


def test_friday_prayers_is_no_date(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "In March last year, a suicide bomber killed more than 60 people at a mosque in the old"
        " city of Peshawar during Friday prayers.",
        PUBLISHED,
    ).candidates
    assert [d.text for d in event.dates] == ["In March last year"]


def test_a_holiday_is_a_date(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "On New Year's Day this year, armed men killed 37 civilians in the village of Koulogon.",
        PUBLISHED,
    ).candidates
    assert [d.text for d in event.dates] == ["On New Year's Day this year"]


def test_a_possessive_date_owns_the_incident(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Mali's government on Monday revised the death toll from Saturday's massacre in the"
        " village of Ogossagou down to 157.",
        PUBLISHED,
    ).candidates
    assert event.dates[0].text == "Saturday"


def test_an_area_shared_by_two_villages_does_not_join_their_attacks(
    run: Callable[..., Extraction],
) -> None:
    found = run(
        "Gunmen killed 157 villagers in Ogossagou, near Bankass, on Saturday.\n\n"
        "On New Year's Day this year, armed men killed 37 civilians in the village of Koulogon,"
        " also in the Bankass area.",
        PUBLISHED,
    ).candidates
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        (
            "The final toll of the attack on Ogossagou on Saturday is 157 dead and 65 wounded.",
            157,
            65,
        ),
        ("The bombing in Mopti on Saturday left at least 12 people dead and 30 wounded.", 12, 30),
        ("The bombing in Mopti on Saturday left 12 people dead and 30 others wounded.", 12, 30),
    ],
)
def test_dead_and_wounded_each_keep_their_figure(
    run: Callable[..., Extraction], text: str, dead: int, hurt: int
) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.fatalities is not None and event.fatalities.value == dead
    assert event.injuries is not None and event.injuries.value == hurt


def test_a_town_captured_from_a_group_is_ground(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Government forces and allied militias captured Albu Kamal from the Islamic State on"
        " Saturday after a week of fighting.",
        PUBLISHED,
    ).candidates
    assert event.sub_event_type.value == "Government regains territory"


def test_a_man_captured_in_his_hideout_is_arrested(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "Security forces captured Abu Omar from his hideout in Hajin on Monday.", PUBLISHED
    ).candidates
    assert event.sub_event_type.value == "Arrests"


def test_force_met_by_the_protest_just_told_codes_it(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "On Wednesday several hundred people marched in Goma to denounce the attacks. When"
        " some of them tried to reach the border crossing with Rwanda, police fired tear gas"
        " and pushed them back.",
        PUBLISHED,
    ).candidates
    assert event.sub_event_type.value == "Protest with intervention"
