"""Final tallies in local crime news: a charge of killing tells that the one shot died, a later
death counted in order ("a second victim has died") gives the toll so far, "no other injuries"
leaves the count told before alone, a bullet that "struck" or "hit" a person wounds them, a
hospital grade tells of one injured person, and the count of victims told with their state
("two were hit in the leg") is a part of those already counted (real model; every sentence is
original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of
from spacy.language import Language

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def _links(nlp: Language, text: str) -> list[tuple[str, int | None, str]]:
    doc = nlp(text)
    return [(lk.kind, lk.value, doc[lk.start : lk.end].text) for lk in doc._.sitrep_casualties]


def _tally(run: Callable[..., Extraction], text: str) -> tuple[int, int]:
    """(killed, injured) of the article as the GVA bench reads it: the largest over events."""
    events = events_of(run(text))
    killed = max((figures_of(e)[0] or 0 for e in events), default=0)
    injured = max((figures_of(e)[1] or 0 for e in events), default=0)
    return killed, injured


@pytest.mark.parametrize(
    "text",
    [
        "A Shreveport man was charged with second-degree murder Thursday in the shooting of "
        "his roommate at their apartment.",
        "A Rapides Parish man faces a count of negligent homicide after the accidental "
        "shooting of his nephew at a hunting camp.",
    ],
)
def test_a_charge_of_killing_tells_the_one_shot_died(nlp: Language, text: str) -> None:
    kinds = [(kind, value) for kind, value, _ in _links(nlp, text)]
    assert kinds == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # an attempt: the one shot lived
        "The teenager was charged with attempted murder in the shooting of a store clerk.",
        # the murder charge is for the one slain; the one shot and wounded lived
        "Two brothers were indicted on murder charges in the slaying of Dale Ortiz and the "
        "shooting and wounding of Kevin Marsh in Akron.",
    ],
)
def test_a_charge_for_another_death_leaves_the_wounded(nlp: Language, text: str) -> None:
    links = _links(nlp, text)
    assert ("injured", 1) in [(kind, value) for kind, value, _ in links]
    assert not any(kind == "killed" and "shooting" in raw for kind, _, raw in links)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A second victim of the weekend shooting has died, Flint police said Tuesday.", 2),
        ("A third man died at Sinai Grace Hospital on Monday, a police spokesman said.", 3),
    ],
)
def test_a_later_death_told_in_order_gives_the_toll(nlp: Language, text: str, value: int) -> None:
    assert [(k, v) for k, v, _ in _links(nlp, text)] == [("killed", value)]


def test_a_third_beside_a_count_is_one_more(nlp: Language) -> None:
    links = _links(nlp, "Two people were killed outright and a third died later in a hospital.")
    assert ("killed", 1, "a third") in links
    assert all(value != 3 for _, value, _ in links)


@pytest.mark.parametrize(
    "text",
    [
        "No other injuries were reported.",
        "The gunman fled on foot and nobody else was hurt, a witness said.",
    ],
)
def test_no_one_else_counts_nothing(nlp: Language, text: str) -> None:
    assert _links(nlp, text) == []


def test_no_one_hurt_is_still_a_zero(nlp: Language) -> None:
    assert [(k, v) for k, v, _ in _links(nlp, "No one was injured in the crash.")] == [
        ("injured", 0)
    ]


def test_no_other_injuries_keeps_the_one_shot(run: Callable[..., Extraction]) -> None:
    text = (
        "A Tacoma police officer accidentally shot himself in the foot at a firing range on "
        "Monday morning, a department spokeswoman said. No other injuries were reported."
    )
    assert _tally(run, text) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A 9-year-old girl was struck in the shoulder by a stray bullet while playing outside "
        "her home in Camden on Sunday evening, police said.",
        "A 6-year-old boy was hit in his ankle during a shooting on the city's west side on "
        "Saturday night, police said.",
        "A woman sitting on her porch in Camden was struck by a stray bullet on Sunday evening, "
        "police said.",
    ],
)
def test_a_bullet_that_struck_a_person_wounds(run: Callable[..., Extraction], text: str) -> None:
    assert _tally(run, text) == (0, 1)


def test_a_car_that_struck_a_person_is_no_gunshot(nlp: Language) -> None:
    assert _links(nlp, "A cyclist was struck by a car on Route 9 early Friday.") == []


def test_a_hospital_grade_of_a_named_victim(nlp: Language) -> None:
    text = (
        "Marcus Bell, 31, was taken to Grady Memorial Hospital, where he was listed in stable "
        "condition."
    )
    assert [(k, v) for k, v, _ in _links(nlp, text)] == [("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "All three were taken in serious condition to Mount Sinai Hospital.",
        "Two were hit in the leg.",
        "One victim remains in critical condition, police said.",
    ],
)
def test_a_count_told_with_a_state_is_no_new_total(nlp: Language, text: str) -> None:
    assert _links(nlp, text) == []


def test_a_part_told_by_its_wounds_keeps_the_count(run: Callable[..., Extraction]) -> None:
    text = (
        "Four men were shot outside a bar in Gary, Indiana, on Thursday night, police said. "
        "Two were hit in the leg and one remains in critical condition."
    )
    assert _tally(run, text) == (0, 4)


@pytest.mark.parametrize(
    "text",
    [
        "AUSTIN - A 15-year-old was shot near a residence in east Travis County Sunday night, "
        "the sheriff's office confirms.",
        "MACON - A 12-year-old was shot outside a convenience store on Pio Nono Avenue late "
        "Friday, deputies said.",
    ],
)
def test_a_dateline_read_as_the_subject_is_no_victim(nlp: Language, text: str) -> None:
    links = _links(nlp, text)
    assert [(k, v) for k, v, _ in links] == [("injured", 1)]
    assert all("year" in raw for _, _, raw in links)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed and at least 20 others were wounded in shootings across "
        "Baltimore over the holiday weekend, police said.",
        "Two shootings on the north side left three men dead on Saturday night.",
        "Four men were wounded in separate incidents on the East Side on Tuesday.",
        "Gunfire erupted in three separate shootings that killed two people across Milwaukee "
        "on Sunday.",
        "Three separate shootings left two people dead and five others injured across "
        "Milwaukee on Sunday.",
    ],
)
def test_a_toll_summed_over_incidents_is_no_incident_toll(nlp: Language, text: str) -> None:
    assert _links(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "the shootings" of one rampage, told shot by shot, are one incident
        ("Nine people were killed in the shootings at the church on Wednesday night.", 9),
        ("Two people were killed in a shooting at a bar on Front Street.", 2),
    ],
)
def test_one_incident_keeps_its_toll(nlp: Language, text: str, killed: int) -> None:
    assert [(k, v) for k, v, _ in _links(nlp, text)] == [("killed", killed)]


def test_each_incident_of_a_roundup_keeps_its_own_toll(run: Callable[..., Extraction]) -> None:
    text = (
        "Three people were killed and at least 12 others were wounded in shootings across "
        "Chicago since Friday evening, police said.\n\n"
        "About 11 p.m. Saturday, four people were shot, one of them fatally, outside a "
        "lounge in the 7900 block of South Halsted Street in Chatham, police said."
    )
    assert _tally(run, text) == (1, 3)


def test_one_victim_of_several_incidents_still_counts(nlp: Language) -> None:
    text = "Two separate shootings in Dayton on Monday left a 19-year-old man dead, police said."
    assert [(k, v) for k, v, _ in _links(nlp, text)] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 people have been shot in the city this year, according to police data.",
        "At least 40 people have been killed so far this month in Baltimore.",
    ],
)
def test_a_count_over_a_period_is_a_statistic(nlp: Language, text: str) -> None:
    assert _links(nlp, text) == []


def test_a_statistic_does_not_replace_the_incident_toll(run: Callable[..., Extraction]) -> None:
    text = (
        "Two teenagers were wounded in a shooting outside a corner store in Englewood on "
        "Monday night, police said. More than 500 people have been shot in the city this "
        "year, according to police data."
    )
    assert _tally(run, text) == (0, 2)
