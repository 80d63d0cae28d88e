"""Rules read on blind batch 24b's translated Arabic and French copy: a faction handing over
its checkpoints or headquarters hands over ground; people who gathered in front of a
mosque, demanding an end to the chaos, protest however long the way to their demand; men
who "dismantle and steal" a barracks loot it; a "since" that dates another thing than the
incident ("the state of siege, in force since May 2021") does not date a sit-in held "this
Monday morning"; a town's bus terminal places what happens there; "At that time," dates by
the sentence before; a communique that "deplores" its soldiers fallen and wounded counts
them; engineers who "neutralised on Friday an improvised explosive device" disrupted it
a title whose comma opens a second story ("..., the PNH and the MSS launch a
counter-offensive") tells two, each folded into its own report; a counter-offensive is a
clash; gangs that "try to take control" of a town have not taken it; the body that kept a
toll ("a provisional toll of the Civil Protection") is no target; "the massacre of Tchoma
Bangou" names where it happened; a force that "proceeded to the arrest" (translated French)
made it (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2025, 2, 24)


def _types(run: Callable[..., Extraction], text: str) -> list[SubEventType]:
    return [e.sub_event_type for e in events_of(run(text, published=ON))]


def test_a_faction_handing_over_its_checkpoints_hands_over_ground(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Saturday, a local faction in the town of Inkhil handed over the checkpoints it was "
        "manning on the Inkhil-Jasim road to units of the Ministry of Defence."
    )
    assert _types(run, text) == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_a_gathering_in_front_of_a_mosque_demanding_is_a_protest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "In Daraa al-Balad, dozens of the city's people gathered yesterday after the noon "
        "prayer in front of the Omari Mosque, demanding an end to the security chaos."
    )
    assert _types(run, text) == [S.PEACEFUL_PROTEST]


def test_men_who_dismantle_and_steal_a_barracks_loot_it(run: Callable[..., Extraction]) -> None:
    text = (
        "On Monday, armed men began to dismantle and steal the iron, cables and doors of the "
        "abandoned barracks of the Ninth Division in al-Sanamayn, residents said."
    )
    assert _types(run, text) == [S.LOOTING_PROPERTY_DESTRUCTION]


def test_a_since_of_another_thing_does_not_date_the_sit_in(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "The situation remains tense in Bunia, where this Monday morning activists of the "
        "citizen movement LUCHA organised a sit-in in front of the provincial governorate to "
        "demand the lifting of the state of siege, in force in Ituri since May 2021."
    )
    (event,) = events_of(run(text, published=date(2024, 10, 21)))
    assert [d.text for d in event.dates if d.text.startswith("since")] == []


def test_a_towns_bus_terminal_places_the_arrests(run: Callable[..., Extraction]) -> None:
    text = (
        "On 11 April, junta troops and police detained about 30 young men at the Monywa bus "
        "terminal and took them away in military trucks, relatives said."
    )
    (event,) = events_of(run(text, published=date(2024, 4, 12)))
    assert "Monywa bus terminal" in [p.text for p in event.places]


def test_at_that_time_dates_by_the_sentence_before(run: Callable[..., Extraction]) -> None:
    text = (
        "The conflict escalated in August of last year, months after the government decided to "
        "dismantle the regional special forces. At that time, Fano fighters entered the "
        "historic town of Lalibela and took control of it for several days."
    )
    found = run(text, published=date(2024, 9, 18)).candidates
    taken = [c for c in found if c.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]
    assert len(taken) == 1
    assert "in August of last year" in [d.text for d in taken[0].dates]


def test_a_communique_deploring_its_losses_counts_them(run: Callable[..., Extraction]) -> None:
    text = (
        "A unit of the army on reconnaissance mission was the target on Tuesday of an attack by "
        "about a hundred terrorists near Tondikiwindi, the ministry said in a communique, which "
        "deplores on the friendly side four soldiers fallen on the field of honour and seven "
        "wounded."
    )
    (event,) = events_of(run(text, published=date(2025, 2, 16)))
    assert event.fatalities is not None and event.fatalities.value == 4
    assert event.injuries is not None and event.injuries.value == 7


def test_engineers_neutralising_a_roadside_device_disrupt_it(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A team of engineering of the army neutralised on Friday an improvised explosive device "
        "buried on the national road Tillaberi-Ayorou, before the passage of a convoy."
    )
    assert _types(run, text) == [S.DISRUPTED_WEAPONS_USE]


LAKAY = (
    "Kenscoff: the gangs of Viv Ansanm sow mourning at Furcy, the PNH and the MSS launch a "
    "counter-offensive\n\n"
    "Port-au-Prince, 6 February 2025 (Lakay Info) - At least six people were killed Tuesday at "
    "Furcy, in the commune of Kenscoff, during an attack led by armed bandits of the coalition "
    "Viv Ansanm, according to a provisional toll of the Civil Protection.\n\n"
    "The National Police of Haiti (PNH), supported by the Kenyan contingent of the Multinational "
    "Security Support Mission (MSS), launched on Wednesday a counter-offensive in the heights of "
    "Kenscoff. Several bandits were neutralised and one police officer was wounded.\n\n"
    "Since the end of January, the gangs try to take control of Kenscoff, strategic passage "
    "towards the south-east of the country.\n"
)


def test_a_comma_title_of_two_stories_and_a_counter_offensive(
    run: Callable[..., Extraction],
) -> None:
    # the title's second story (a clause with its own subject and present-tense verb after
    # the comma) goes to the counter-offensive, not to the attack at Furcy; the Civil
    # Protection that kept the toll is no target; the gangs only try to take Kenscoff
    events = events_of(run(LAKAY, published=date(2025, 2, 6)))
    assert [e.sub_event_type for e in events] == [S.ATTACK, S.ARMED_CLASH]
    attack, clash = events
    assert not any("Civil Protection" in a.text for a in attack.actors)
    assert any(s.text.startswith("Kenscoff: the gangs") for s in clash.evidence)


def test_two_killed_five_wounded_is_one_story(run: Callable[..., Extraction]) -> None:
    text = (
        "Two killed, five wounded in Kirkuk blast\n\n"
        "A roadside bomb killed two civilians and wounded five in southern Kirkuk on Sunday, "
        "police said.\n"
    )
    events = events_of(run(text, published=date(2024, 3, 4)))
    assert len(events) == 1
    assert events[0].sub_event_type is S.REMOTE_EXPLOSIVE_LANDMINE_IED


def test_the_massacre_of_a_village_names_the_village(run: Callable[..., Extraction]) -> None:
    text = (
        "The populations of the department of Ouallam still keep in memory the massacre of "
        "Tchoma Bangou, on 2 January 2021, where some seventy villagers were killed by "
        "assailants who arrived on motorcycles."
    )
    found = run(text, published=date(2025, 2, 16)).candidates
    assert len(found) == 1
    assert "Tchoma Bangou" in [p.text for p in found[0].places]


def test_a_force_that_proceeded_to_the_arrest_made_it(run: Callable[..., Extraction]) -> None:
    text = (
        "In Makalondi, the police proceeded on Wednesday to the arrest of nine individuals "
        "suspected to be suppliers of fuel to the terrorist groups."
    )
    (event,) = events_of(run(text, published=date(2025, 2, 16)))
    assert event.sub_event_type is S.ARRESTS
    assert [a.text for a in event.actors if a.role is ActorRole.ACTOR1] == ["police"]
