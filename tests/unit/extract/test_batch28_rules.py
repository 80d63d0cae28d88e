"""Rules read in the session of blind batch 28: a killing told by its deed ("assassinated a
young man", "murdered a signatory of the peace deal", "massacred") counts its dead; a column of
soldiers "marching" towards a river is no protest march; a bomb "killing one
civilian and wounding eight" gives both figures even where the parser hangs "killing" on the
bomb's noun (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

ON = date(2025, 2, 24)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen assassinated a young man in the village of Nahta on Sunday evening.",
        "On Saturday, fighters of the guerrilla murdered a signatory of the peace agreement "
        "in the rural zone of Hacari.",
        "A local council member was assassinated on Sunday night in front of his house in "
        "the town of al-Karak.",
        "Gunmen on motorcycles massacred a farmer in the village of Tin-Akof on Sunday.",
    ],
)
def test_a_killing_told_by_its_deed_counts_one_dead(
    run: Callable[..., Extraction], text: str
) -> None:
    events = events_of(run(text, ON))
    assert len(events) == 1
    assert figures_of(events[0]) == (1, None)


@pytest.mark.parametrize(
    "text",
    [
        # attempts and plans name the deed but tell no death
        "Police said the cell had planned to assassinate the district governor in Nahta.",
        "The governor survived an assassination attempt on Sunday when gunmen opened fire on "
        "his convoy near Nahta, police said.",
    ],
)
def test_an_attempt_to_kill_counts_no_dead(run: Callable[..., Extraction], text: str) -> None:
    assert all(figures_of(e)[0] is None for e in events_of(run(text, ON)))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "On 18 January, an explosive device attached to a motorcycle detonated near the "
            "vegetable market in Manbij city, killing one civilian and wounding eight.",
            (1, 8),
        ),
        (
            "On Tuesday, an explosive device planted in a parked car detonated near the "
            "clock roundabout in al-Bab, killing three civilians and wounding eleven.",
            (3, 11),
        ),
    ],
)
def test_killing_and_wounding_each_with_its_figure(
    run: Callable[..., Extraction], text: str, figures: tuple[int, int]
) -> None:
    events = events_of(run(text, ON))
    assert len(events) == 1
    assert figures_of(events[0]) == figures


def test_a_column_on_the_march_is_no_protest(run: Callable[..., Extraction]) -> None:
    text = (
        "The attack began at about 8 a.m. on Wednesday when the column of about 80 soldiers "
        "was marching from Ywathit village towards the river bank. Two mines were detonated "
        "against the column."
    )
    subs = {e.sub_event_type for e in events_of(run(text, ON))}
    assert SubEventType.PEACEFUL_PROTEST not in subs
    assert SubEventType.ARMED_CLASH in subs or SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED in subs


def test_people_marching_still_protest(run: Callable[..., Extraction]) -> None:
    text = (
        "Around 2,000 members of indigenous and peasant organisations marched through the "
        "centre of Popayan on Sunday to demand protection for social leaders."
    )
    subs = {e.sub_event_type for e in events_of(run(text, ON))}
    assert subs == {SubEventType.PEACEFUL_PROTEST}
