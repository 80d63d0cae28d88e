"""Which mentions belong to which incident when a sentence or an article tells more than one:
weak clause boundaries, definite targets, a takeover told twice, an incident a statement
tells as fact (real model; every text is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import CandidateEvent, Extraction, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow


def _events(extraction: Extraction) -> list[CandidateEvent]:
    return [c for c in extraction.candidates if not c.background]


def test_a_clause_after_while_goes_on_about_the_same_incident(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "Militants ambushed an army convoy near the village of Mutaibijah in Salahuddin "
            "province on Tuesday evening, killing four soldiers. The source said the militants "
            "attacked the convoy near the village of Mutaibijah while it was returning to its "
            "base, and opened fire on it with machine guns. Seven other soldiers were wounded."
        )
    )
    assert len(events) == 1
    assert events[0].injuries is not None and events[0].injuries.value == 7


def test_a_definite_target_already_named_is_the_same_incident(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "Eleven soldiers were killed in an ambush that targeted a military truck on the "
            "Palmyra road on Sunday night, medical sources said. The sources said gunmen "
            "ambushed the truck near the village of Arak and the al-Sukhnah area."
        )
    )
    assert len(events) == 1


def test_columns_entering_a_town_are_part_of_its_takeover(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "The armed faction took control of the town of Jindires in the countryside of "
            "Aleppo on Friday, 14 October, after rival fighters withdrew.\n\n"
            "A correspondent in Jindires said that columns of the faction entered the town in "
            "the early morning of Friday, while the shops stayed closed."
        )
    )
    territory = {
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        S.GOVERNMENT_REGAINS_TERRITORY,
    }
    assert len([e for e in events if e.sub_event_type in territory]) == 1


def test_a_meeting_about_an_attack_told_as_fact_keeps_the_attack(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "The security council met today, Friday, to discuss the artillery aggression that "
            "targeted, yesterday, Thursday, the village of Kani Masi in the Amadiya district "
            "of Duhok province."
        )
    )
    assert len(events) == 1
    # the incident's own day comes first, not the day of the meeting
    assert events[0].dates and "Friday" not in events[0].dates[0].text


def test_a_statement_about_attacks_in_general_is_still_no_event(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "The council met on Friday to discuss the attacks that militants launch on "
            "villages in the province."
        )
    )
    assert events == []


def test_an_hour_of_the_day_does_not_start_another_incident(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "A 20-year-old man accidentally shot his 10-year-old cousin in the arm with a "
            "pellet gun, state police said. The boy was struck outside a house on Maple Street "
            "in Dover around 4:15 p.m., according to troopers."
        )
    )
    assert len(events) == 1
    assert any("Dover" in p.text for p in events[0].places)


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire erupted outside a nightclub on Virginia Street in Reno early Sunday, police said.",
        "Shots rang out near a gas station on Pio Nono Avenue in Macon on Saturday night.",
    ],
)
def test_gunfire_that_broke_out_is_an_incident(run: Callable[..., Extraction], text: str) -> None:
    assert len(_events(run(text))) == 1


def test_the_incident_recalled_after_since_is_a_background_event(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "A car bomb killed 14 people at a livestock market in Tal Afar on Sunday, police "
        "said. It was the deadliest attack in the town since March, when a suicide bomber "
        "killed nine people at a wedding hall in western Tal Afar."
    )
    current = _events(extraction)
    background = [c for c in extraction.candidates if c.background]
    assert len(current) == 1 and current[0].fatalities is not None
    assert current[0].fatalities.value == 14
    assert [b.sub_event_type for b in background] == [S.SUICIDE_BOMB]


def test_driving_a_group_from_its_stronghold_is_taking_territory(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Militant cells have hidden in the desert since government forces drove the group "
        "from its last stronghold at Raqqa, in northern Syria, in October 2017.",
        published=date(2021, 5, 3),
    )
    subs = {c.sub_event_type for c in extraction.candidates}
    assert subs & {S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY}


def test_a_raid_that_only_made_arrests_is_one_arrests_event(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "On Thursday, police backed by army helicopters raided several farms near the "
            "town of Hawija and arrested five men suspected of belonging to militant cells."
        )
    )
    assert [e.sub_event_type for e in events] == [S.ARRESTS]
    assert events[0].fatalities is None


def test_recapturing_escapees_is_part_of_the_prison_break(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "Militants stormed the central prison in Kirkuk on Monday night, killing four "
            "guards and freeing dozens of inmates, police said.\n\n"
            "Security forces imposed a curfew on the city on Tuesday, and police said they had "
            "recaptured 30 of the escaped inmates in nearby villages."
        )
    )
    assert len(events) == 1


def test_an_assault_retold_with_a_later_day_is_the_same_battle(
    run: Callable[..., Extraction],
) -> None:
    events = _events(
        run(
            "Militants attacked an army base near the town of Tuz Khurmatu late on Sunday, "
            "detonating a car bomb at its gate, security sources said.\n\n"
            "The assault on the base set off street battles that were still going on around "
            "the town on Monday morning, residents said."
        ),
    )
    assert len(events) == 1
    assert events[0].sub_event_type == S.ARMED_CLASH


def test_no_shots_fired_is_no_incident(run: Callable[..., Extraction]) -> None:
    assert (
        _events(run("No shots were fired during the standoff in Dayton on Monday, police said."))
        == []
    )
