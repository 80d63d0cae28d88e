""" "Without any loss of life" is a toll of nought, and an Afghan place name joined by the
Persian ezafe ("Mazar-i-Sharif") is one place (real model; original text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb struck a police vehicle in Kunduz on Monday without any loss of life,"
        " officials said.",
        "A rocket hit a market in Kunduz on Tuesday, causing no loss of life but damaging shops.",
        "The shelling of Kunduz on Tuesday caused no loss of lives, the governor said.",
    ],
)
def test_no_loss_of_life_is_no_one_killed(run: Callable[..., Extraction], text: str) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.fatalities is not None and event.fatalities.value == 0


def test_a_heavy_loss_of_life_is_no_figure(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "A car bomb exploded at a market in Kunduz on Tuesday, causing heavy loss of life.",
        PUBLISHED,
    ).candidates
    assert event.fatalities is None


def test_a_name_joined_by_the_ezafe_is_one_place(run: Callable[..., Extraction]) -> None:
    [event] = run(
        "A roadside bomb struck a police vehicle in Mazar-i-Sharif on Monday, killing two"
        " officers.",
        PUBLISHED,
    ).candidates
    assert "Mazar-i-Sharif" in [p.text for p in event.places]


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets landed inside the perimeter of the airport in Kunduz on Saturday without"
        " causing casualties, police said.",
        "Artillery shelled three villages near Kunduz on Thursday, damaging houses, without"
        " casualties.",
        "A rocket hit a market in Kunduz on Tuesday. No casualties were reported.",
    ],
)
def test_no_casualties_is_no_one_killed_or_hurt(run: Callable[..., Extraction], text: str) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.fatalities is not None and event.fatalities.value == 0
    assert event.injuries is not None and event.injuries.value == 0


def test_no_casualties_beside_a_count_of_wounded_keeps_the_count(
    run: Callable[..., Extraction],
) -> None:
    [event] = run(
        "A rocket hit a market in Kunduz on Tuesday; there were no casualties among the"
        " traders, but two guards were wounded.",
        PUBLISHED,
    ).candidates
    assert event.injuries is not None and event.injuries.value == 2


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in Monday's bombing in Kunduz has risen to 12, the"
        " governor said.",
        "The number of those killed in Monday's bombing in Kunduz stood at 12 on Tuesday.",
    ],
)
def test_the_number_of_people_killed_is_the_toll(run: Callable[..., Extraction], text: str) -> None:
    [event] = run(text, PUBLISHED).candidates
    assert event.fatalities is not None and event.fatalities.value == 12


def test_a_count_put_at_a_figure_is_the_lower_toll(run: Callable[..., Extraction]) -> None:
    text = (
        "KANO, Nigeria, June 14 (Wire) - Gunmen killed villagers in an attack on Dumbi on"
        " Friday. Police put the number of confirmed deaths at 12, while residents said 20"
        " people died."
    )
    [event] = run(text, date(2025, 6, 14)).candidates
    assert event.fatalities is not None and event.fatalities.value == 12
