"""A translated Pakistani report of a cantonment attack (blind batch 13): a vehicle bomb
rammed into a wall is a suicide bombing; the cantonment the tagger calls an organisation is
a place; the day a statement was issued, or the first reports came in, is not the attack's;
and "among them suicide bombers" says who the dead attackers were, it tells no second
bombing. Real model; original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

LEAD = (
    "At the time of iftar on Tuesday, militants rammed two explosive-laden vehicles into the"
    " boundary wall of Bannu Cantonment, after which several attackers tried to enter the"
    " cantonment area."
)


@pytest.mark.parametrize(
    "lead",
    [
        LEAD,
        "On Tuesday evening a bomber drove an explosives-laden truck into the gate of the"
        " district police headquarters in Dera Ismail Khan, officials said.",
    ],
)
def test_a_vehicle_bomb_driven_into_a_target_is_a_suicide_bombing(
    run: Callable[..., Extraction], lead: str
) -> None:
    (bombing,) = run(lead, date(2025, 3, 6)).candidates
    assert bombing.sub_event_type == SubEventType.SUICIDE_BOMB


def test_a_cantonment_the_tagger_calls_an_organisation_is_a_place(
    run: Callable[..., Extraction],
) -> None:
    (bombing,) = run(LEAD, date(2025, 3, 6)).candidates
    assert "Bannu Cantonment" in [p.text for p in bombing.places]


def test_the_days_of_reports_and_statements_are_not_the_attacks(
    run: Callable[..., Extraction],
) -> None:
    text = (
        f"{LEAD} In the first reports on Tuesday night, officials of the district hospital had"
        " said that at least 12 persons were martyred and more than 30 were injured.\n\n"
        "According to the statement of ISPR, the media wing of the army, issued on Wednesday,"
        " five soldiers of the army and 13 civilians embraced martyrdom in the attack, while"
        " all 16 khawarij, among them suicide bombers, were sent to hell in the response of"
        " the security forces."
    )
    (bombing,) = run(text, date(2025, 3, 6)).candidates
    assert [d.text for d in bombing.dates][:1] == ["on Tuesday"]
    assert bombing.fatalities is not None and bombing.fatalities.value == 12
