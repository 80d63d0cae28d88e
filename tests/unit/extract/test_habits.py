"""What a group does as a habit is no incident: "its remnants regularly plant bombs along
desert tracks and kidnap herders for ransom" (a verb in the present or bare form with
"regularly", "often", "routinely"...). A past verb with such an adverb tells one
incident. A clause whose subject is the incident is not negated by the next clause across
a semicolon. Real model; original text in the voice of a wire service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State was declared defeated in Iraq in late 2017, but its remnants regularly "
        "plant bombs along desert tracks used by army patrols and kidnap herders for ransom.",
        "The insurgents often ambush supply convoys on the coastal road, residents say.",
        "Smugglers routinely fire on border guards who try to stop them, officials said.",
    ],
)
def test_a_habit_is_no_incident(run: Callable[..., Extraction], text: str) -> None:
    assert run(text, PUBLISHED).candidates == []


def test_a_past_act_done_repeatedly_is_an_incident(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Militants repeatedly shelled the town of Tuz Khurmatu on Sunday, killing two civilians.",
        PUBLISHED,
    )
    assert len(extraction.candidates) == 1


def test_a_negation_across_a_semicolon_is_the_next_clause_s(
    run: Callable[..., Extraction],
) -> None:
    # the parser hangs "left ... dead" on "published" across the semicolon
    extraction = run(
        "Earlier this month, an attack on the army detachment at Tawori, near the border "
        "with Niger, left an unknown number of soldiers dead; the army has still not "
        "published a toll.",
        PUBLISHED,
    )
    assert len(extraction.candidates) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a habit told with "habitually", a tally since the start of a year
        "The rebels habitually attack at night and withdraw into the bush, residents say.",
        "Since the beginning of 2024, monitors have documented 57 attacks on health facilities "
        "in the two provinces, including nine on ambulances.",
        # bare kinds of violence over a period, or fled, or never stopped
        "Aid groups say revenge attacks and child abductions have displaced thousands of "
        "families in Pibor over the past two years.",
        "The governor has failed to stop the killings, community leaders said on Monday.",
        "The camp shelters families who fled fighting in the hills around Damboa.",
        # "all" protests: every one there may be, none held
        "The ministry recalls that all demonstrations on the public road remain subject to "
        "prior authorisation.",
        # a present the tagger reads as an adjective, with "every summer"
        "Protests against power cuts erupt in Nasiriyah almost every summer, when the heat "
        "passes 50 degrees.",
        # deaths tallied over a period
        "The monitor said it has documented the death of 64 members of the militia in Hasakah "
        "since the beginning of the year.",
    ],
)
def test_a_kind_of_violence_is_no_incident(run: Callable[..., Extraction], text: str) -> None:
    assert run(text, PUBLISHED).candidates == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers stopped an attack on the checkpoint at Damboa on Monday, killing two gunmen.",
        "Three families fled the fighting in Damboa on Sunday after gunmen killed a farmer there.",
        "All three attacks on Sunday were claimed by the group, which killed nine soldiers near "
        "Mandouri.",
        "Police said on Monday they had documented the death of a man shot in Hasakah on Sunday.",
    ],
)
def test_a_stopped_or_fled_incident_is_still_one(run: Callable[..., Extraction], text: str) -> None:
    assert len(run(text, PUBLISHED).candidates) >= 1
