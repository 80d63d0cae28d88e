"""Found by blind batch 12 (a translated Somali report): "a mine planted on the side of the
road targeted a vehicle" is a mine blast; forces that "entered" a town "after the militants
fled from it" took it without a fight; "took control of the district, also without fighting"
is no armed clash, and the act joined to "continued the advance" is told, not a habit. Real
model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 1, 18)


def _types(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates if not c.background]


def test_a_mine_planted_by_the_road_is_a_mine_blast(run: Callable[..., Extraction]) -> None:
    text = (
        "On Tuesday evening, a mine planted on the side of the road targeted an army vehicle"
        " near Afgooye, wounding three soldiers, the police said."
    )
    assert _types(run(text, PUBLISHED)) == [SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED]


def test_a_gold_mine_is_no_weapon(run: Callable[..., Extraction]) -> None:
    text = "Workers at the gold mine near Afgooye went on strike on Tuesday over unpaid wages."
    assert SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED not in _types(run(text, PUBLISHED))


def test_entering_a_town_after_the_militants_fled_is_no_fight(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Government forces entered on Monday the port town of Harardhere in the Mudug region,"
        " after the militants fled from the town in the last hours of the night, the minister"
        " said."
    )
    assert _types(run(text, PUBLISHED)) == [SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_taking_a_district_without_fighting_is_no_clash(run: Callable[..., Extraction]) -> None:
    text = (
        "On Tuesday, the forces continued the advance and took control of the district of"
        " El Dher in the Galgaduud region, also without fighting, a commander said."
    )
    types = _types(run(text, PUBLISHED))
    assert SubEventType.ARMED_CLASH not in types
    assert len(types) == 1
