"""How local and wire reports word their tolls, and incidents told against another one: counts
before an age, counts the parser hangs on a date, lists of victims, toll revisions, statistics,
and follow-up incidents (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of
from spacy.language import Language

from sitrep.model import Extraction, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a count standing before an age: two people, not a 17-year figure
        (
            "Two 16-year-olds were shot outside a skating rink in Canton, Ohio, on Friday night.",
            None,
            2,
        ),
        # the parser hangs "three" on the time after it
        (
            "A shooting in Gary killed a 34-year-old man and wounded three Sunday night, "
            "police said.",
            1,
            3,
        ),
        # a list of victims with the participle on its last member
        (
            "A shooting outside a Mobile nightclub left two women and one man injured early "
            "Saturday, police said.",
            None,
            3,
        ),
        # "a total of" counts the people after it
        (
            "Investigators said a total of six people were shot when a fight broke out at a "
            "block party in Peoria on Sunday.",
            None,
            6,
        ),
        # a participle the parser hangs on the date after it
        (
            "A man was charged on Tuesday in the Eastside shootout that killed two men and left "
            "three wounded March 4 in Flint.",
            2,
            3,
        ),
        # a bullet graze is a wound
        (
            "A 40-year-old woman was grazed by a bullet while sitting on her porch in Joliet on "
            "Wednesday, police said.",
            None,
            1,
        ),
        # a list in apposition names the ones already counted
        (
            "Three people, a man, a woman and a 15-year-old boy, were wounded in a shooting "
            "outside a diner in Racine on Monday night.",
            None,
            3,
        ),
        # "two other militants" are counted besides the official, once
        (
            "Coalition forces raided a house near Hajin on Tuesday, killing a senior militant "
            "commander and two other fighters, the coalition and residents said.",
            3,
            None,
        ),
        # "two others" are counted besides the first two
        (
            "Four people were shot outside a bar in Erie on Sunday. Two of them suffered "
            "critical injuries and two others escaped with minor injuries, police said.",
            None,
            4,
        ),
    ],
)
def test_toll_phrasing(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (killed, injured)


def test_a_revised_death_toll_updates_the_incident(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "A gunman opened fire at a birthday party in Tulsa on Saturday, killing one man. "
            "The death toll rose to three on Monday after two of the wounded died in hospital."
        )
    )
    assert len(events) == 1
    assert figures_of(events[0])[0] == 3


def test_statistics_from_a_study_are_no_incident(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Figures compiled by the advocacy group show that at least 190 teenagers shot "
        "themselves or a friend by accident in Ohio last year."
    )
    assert not [e for e in extraction.candidates if e.injuries is not None]


def test_arrests_after_the_attack_happen_where_it_did(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "Gunmen attacked a police checkpoint at the entrance of the town of Hawija in "
            "Kirkuk province on Sunday, killing two policemen. Security forces detained four "
            "men from the town after the attack, a local official said."
        )
    )
    subs = sorted(e.sub_event_type.value for e in events)
    assert subs == sorted([S.ARMED_CLASH.value, S.ARRESTS.value])
    arrests = next(e for e in events if e.sub_event_type == S.ARRESTS)
    assert any("Hawija" in p.text for p in arrests.places)
    assert arrests.fatalities is None


def test_a_sentence_opening_on_earlier_is_another_incident(
    run: Callable[..., Extraction],
) -> None:
    events = events_of(
        run(
            "A soldier was killed on Friday evening when gunmen attacked an army post near "
            "the village of Mutaibijah in Salahuddin province. Earlier on Friday, a drone "
            "said to belong to the coalition struck a car on the outskirts of Mutaibijah, "
            "killing its three passengers."
        )
    )
    assert len(events) == 2
    assert S.AIR_DRONE_STRIKE in {e.sub_event_type for e in events}


def test_a_strategic_development_told_again_in_detail_is_one_event(
    run: Callable[..., Extraction],
) -> None:
    events = events_of(
        run(
            "Army units deployed on Sunday in a number of new positions in the countryside of "
            "Ain Issa in Raqqa province, the agency said.\n\n"
            "Its correspondent said that the units entered three positions near the villages "
            "of Saida and Mualak after the armed groups withdrew from them."
        )
    )
    transfers = [e for e in events if e.sub_event_type == S.NON_VIOLENT_TRANSFER_OF_TERRITORY]
    assert len(transfers) == 1


def test_an_age_is_no_count_but_a_count_before_it_is(blank: Language) -> None:
    doc = blank("Two 17 - year - olds and a 9 - year - old")
    assert [(doc[q.start : q.end].text, q.value) for q in doc._.sitrep_quantities] == [("Two", 2)]


def test_one_named_victim_does_not_lower_the_count(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "Gunmen in a pickup truck opened fire on a crowd outside a bar in Gary on Friday "
            "night, wounding four people, police said. A woman was shot in the arm and taken "
            "to Methodist Hospital."
        )
    )
    assert len(events) == 1
    assert figures_of(events[0]) == (None, 4)


def test_a_soldier_killed_and_a_policeman_wounded_are_two_people(
    run: Callable[..., Extraction],
) -> None:
    events = events_of(
        run(
            "Gunmen attacked a checkpoint near Tarmiyah on Monday, killing a soldier and "
            "wounding a policeman, a security source said."
        )
    )
    assert len(events) == 1
    assert figures_of(events[0]) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire outside a bar in Dayton on Saturday night and sent three people "
        "to the hospital, police said.",
        "The blast at the bus station in Kaduna sent three passengers to hospital on Monday.",
    ],
)
def test_people_sent_to_the_hospital_are_injured(run: Callable[..., Extraction], text: str) -> None:
    [ev] = events_of(run(text))
    assert figures_of(ev) == (None, 3)
