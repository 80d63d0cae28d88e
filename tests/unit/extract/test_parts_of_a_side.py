"""Attackers told by a part of their side ("the aviation of the army", "the air defences of the
National Army", "a military jet of the junta", "the air component of Operation Hadin Kai"),
the force that reports militants killed in its operation, bombs dropped from the air, a
dateline with no date ("KALAY, Sagaing Region -"), a wire-service age ("Castillo, 41,") that
is no date, and tolls summed over different actions (real model; every sentence is
original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of, role_of

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow


def _attackers(extraction: Extraction) -> list[str]:
    return [a.text for a in role_of(extraction, ActorRole.ACTOR1)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("On Thursday evening the aviation of the army bombed gatherings of the militia near "
         "the al-Jaili refinery, north of Khartoum Bahri.", "army"),
        ("The air defences of the National Army shot down a drone over the Kirsh front, north "
         "of Lahij, on Wednesday.", "National Army"),
        ("The air wing of the Kenya Defence Forces struck an al-Shabaab camp near Kolbio on "
         "Tuesday, killing 12 militants.", "Kenya Defence Forces"),
        # the named side the men of no name come from
        ("Gunmen from the Mahdi Army militia opened fire on a checkpoint in Kufa on Monday "
         "evening, killing two policemen.", "the Mahdi Army militia"),
        # a coalition's joint command, known to the resolver by name
        ("The Fateh al-Mubin operations room said that its fighters had attacked army "
         "positions near Kabani on Friday, killing three soldiers.", "operations room"),
        # settlers are a side, and so is the Somali government's word for al-Shabaab
        ("Settlers set fire to two houses in the village of Burqa on Tuesday night.",
         "Settlers"),
        ("The Khawaarij killed four soldiers in an attack on a base near Bal'ad on Sunday.",
         "Khawaarij"),
    ],
)  # fmt: skip
def test_a_part_or_a_band_of_a_side_is_that_side(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    assert any(attacker in a for a in _attackers(run(text)))


def test_a_military_operation_is_its_forces_and_no_place(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "On Friday, the air component of Operation Hadin Kai said its jets struck a convoy of "
        "insurgents near Gwoza in Borno state, killing several of the fighters."
    )
    assert _attackers(extraction) == ["Operation Hadin Kai"]
    assert not any("Operation" in p.text for p in events_of(extraction)[0].places)


def test_a_part_that_is_a_place_names_no_side(run: Callable[..., Extraction]) -> None:
    found = _attackers(
        run("The outskirts of the camp came under mortar fire from the militants on Monday.")
    )
    assert not any("camp" in a for a in found)


def test_bombs_dropped_by_a_jet_of_the_junta_are_an_air_strike(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "KALAY, Sagaing Region — A military jet of the junta dropped two bombs on Chaung Gyi "
        "village on Saturday morning, and nine villagers died, residents said.",
        published=date(2024, 3, 4),
    )
    assert [e.sub_event_type for e in events_of(extraction)] == [SubEventType.AIR_DRONE_STRIKE]
    assert _attackers(extraction) == ["junta"]  # not the dateline the parser took for subject


def test_a_drone_dropping_explosives_is_an_air_strike(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "A drone dropped explosives on a police checkpoint in Kabkabiya on Sunday, wounding "
        "three policemen."
    )
    assert [e.sub_event_type for e in events_of(extraction)] == [SubEventType.AIR_DRONE_STRIKE]


def test_an_age_set_off_by_commas_is_no_date(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "A taxi driver was shot dead on Monday in the Rivera Hernandez sector. According to "
        "the police, the driver, identified as Elmer Castillo, 41, had just dropped off a "
        "passenger when two men on a motorcycle fired at him.",
        published=date(2024, 8, 21),
    )
    texts = [d.text for e in extraction.candidates for d in e.dates]
    assert "41" not in texts
    # the shooting the next sentence tells is the same incident, of the same Monday
    assert len(events_of(extraction)) == 1


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The ISPR said that in an intelligence-based operation in the Tirah valley on Tuesday "
         "night nine terrorists were killed and their hideout was destroyed.", "ISPR"),
        ("Police said three robbers were killed in an encounter near the Hapur bypass on "
         "Sunday night.", "Police"),
    ],
)  # fmt: skip
def test_militants_killed_in_the_operation_of_the_force_reporting_it(
    run: Callable[..., Extraction], text: str, attacker: str
) -> None:
    assert _attackers(run(text)) == [attacker]


def test_a_monitor_reporting_deaths_in_clashes_names_no_attacker(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Eleven fighters were killed in clashes near Kafr Nabudah on Monday, the Syrian "
        "Observatory for Human Rights said."
    )
    assert not any("Observatory" in a.text for e in extraction.candidates for a in e.actors)


def test_shelling_by_the_forces_of_a_government(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Shelling by Government of Syria forces hit the western edge of Sarmin on 3 October, "
        "killing two civilians, health partners said."
    )
    assert any("forces" in a for a in _attackers(extraction))


def test_a_toll_summed_over_different_actions_is_no_incident_s_toll(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Security forces killed six militants in an operation near Mir Ali on Monday night, "
        "the ISPR said. In this way a total of 19 terrorists were sent to hell in different "
        "actions within 24 hours, the ISPR said."
    )
    figures = [e.fatalities.value for e in events_of(extraction) if e.fatalities]
    assert 19 not in figures and 25 not in figures
    assert 6 in figures


def test_the_victims_of_martyrdom_embraced_are_no_attackers(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "Two police jawans embraced martyrdom when terrorists attacked a check post near "
        "Domel on Sunday night, police said."
    )
    assert _attackers(extraction) == ["terrorists"]


def test_whom_fire_was_exchanged_with_is_the_other_side(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "Police exchanged fire with members of the Asa'ib Ahl al-Haq militia near the Kufa "
        "bridge on Monday night, killing two of them."
    )
    others = role_of(extraction, ActorRole.ACTOR2)
    assert any("Asa'ib Ahl al-Haq" in a.text for a in others)


def test_a_force_from_the_police_is_the_police(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "On Monday morning a force from the intelligence of the Basra police arrested three "
        "suspects in the Hayyaniya district."
    )
    assert [a.label for a in role_of(extraction, ActorRole.ACTOR1)] == ["generic:police"]


def test_a_coalition_of_armed_groups_is_the_groups(run: Callable[..., Extraction]) -> None:
    extraction = run(
        "A detachment of the army was the target on Tuesday of an attack by a coalition of "
        "armed terrorist groups near the village of Bankilare, killing 12 soldiers."
    )
    attackers = _attackers(extraction)
    assert attackers and not any("coalition" in a for a in attackers)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Troops engaged the hideout near Mir Ali on Friday and, after a heavy exchange of "
         "fire, four terrorists were sent to hell.", "Troops"),
        ("Security forces carried out an operation in the Shewa area of North Waziristan on "
         "the night of March 3, during which five khwarij were killed after a gun battle.",
         "Security forces"),
    ],
)  # fmt: skip
def test_militants_killed_after_a_forces_own_action_were_killed_by_it(
    run: Callable[..., Extraction], text: str, force: str
) -> None:
    assert force in _attackers(run(text))


def test_the_dead_of_a_band_that_attacked_are_not_killed_by_it(
    run: Callable[..., Extraction],
) -> None:
    # the band attacked and policemen died: the band is the attacker, not a force
    extraction = run(
        "Terrorists stormed a check post near Tank on Sunday and, after a gunfight, two "
        "policemen were killed."
    )
    assert _attackers(extraction) == ["Terrorists"]
