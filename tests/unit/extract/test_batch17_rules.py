"""Phrasings of blind batch 17 (translated Burmese, Iraqi and Syrian bulletins): incidents in
two townships are two incidents, the place of an earlier incident locates a new one, and a
device dismantled "before it exploded" did not explode (real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


def test_strikes_in_two_townships_are_two_incidents(run: Callable[..., Extraction]) -> None:
    """ "Pale Township" and "the Budalin Township" share the word of the unit, not a place."""
    text = (
        "A fighter jet of the military council bombed a monastery near Pale town, Pale "
        "Township, on Sunday, killing five villagers. The jet dropped two bombs on the "
        "building.\n\n"
        "On Monday, the Myaung Township PDF ambushed a column of troops near Myaung, killing "
        "seven soldiers.\n\n"
        "On the night of the same day, the Budalin Township PDF used five drones to drop 12 "
        "bombs on the police station in Budalin town, killing two police officers, the group "
        "said."
    )
    found = run(text, date(2023, 9, 26)).candidates
    assert [c.sub_event_type for c in found] == [
        S.AIR_DRONE_STRIKE,
        S.ARMED_CLASH,
        S.AIR_DRONE_STRIKE,
    ]
    assert [c.fatalities.value for c in found if c.fatalities] == [5, 7, 2]


def test_the_place_of_an_earlier_incident_locates_a_new_one(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Monday, rebels ambushed an army column near Myaung, killing seven soldiers.\n\n"
        "This morning, troops entered a village close to the place of the ambush and arrested "
        "about 10 villagers, residents said."
    )
    assert _subs(run(text, date(2023, 9, 26))) == [S.ARMED_CLASH, S.ARRESTS]


def test_a_device_dismantled_before_it_exploded_did_not_explode(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Army engineers in the Anbar sector dismantled four explosive devices planted on the "
        "main road between Rutba and the Tarbil crossing on Tuesday, before they exploded."
    )
    assert _subs(run(text, date(2025, 3, 12))) == [S.DISRUPTED_WEAPONS_USE]


def test_a_blast_before_troops_arrived_is_a_blast(run: Callable[..., Extraction]) -> None:
    """Only an act that stops the device makes "before it exploded" an explosion prevented."""
    text = (
        "A roadside bomb exploded under a police vehicle near Tikrit on Tuesday before "
        "reinforcements arrived, wounding two policemen."
    )
    assert _subs(run(text, date(2025, 3, 12))) == [S.REMOTE_EXPLOSIVE_LANDMINE_IED]


def test_an_attack_repelled_is_a_clash_on_the_defender(run: Callable[..., Extraction]) -> None:
    """Translated Yemeni copy: who repels is attacked (actor2); the attempt's "by" attacks."""
    text = (
        "On the western front, the army forces repelled at dawn on Sunday an attempt by the "
        "Houthi militia to infiltrate positions in the Hajdah area of Maqbanah district."
    )
    (event,) = run(text, date(2024, 8, 27)).candidates
    assert event.sub_event_type == S.ARMED_CLASH
    roles = {(a.role.value, a.text) for a in event.actors}
    assert ("actor1", "Houthi militia") in roles
    assert ("actor2", "army forces") in roles


def test_ready_to_repel_any_attack_is_no_clash(run: Callable[..., Extraction]) -> None:
    text = (
        "The army units reinforced their positions with heavy weapons on Tuesday to be ready "
        "for repelling any attack by the Turkish occupier."
    )
    assert S.ARMED_CLASH not in _subs(run(text, date(2022, 11, 29)))


def test_a_kidnapping_does_not_restate_a_shooting(run: Callable[..., Extraction]) -> None:
    """Translated Daraa roundup: the same province and a day word in common (the release on
    "Sunday night") do not make a kidnapping the shooting of Sunday evening."""
    text = (
        "Unknown gunmen shot dead on Sunday evening a young man in the town of Tafas in the "
        "western countryside of Daraa, local sources said.\n\n"
        "On Saturday, gunmen kidnapped a young man from the city of al-Sanamayn on the "
        "Damascus-Daraa highway, and released him on Sunday night after his family paid a "
        "ransom.\n\n"
        "The Daraa Martyrs Office said it documented 41 killings in the governorate during "
        "July, most of them by gunmen who were not identified."
    )
    found = run(text, date(2024, 8, 27)).candidates
    assert [c.sub_event_type for c in found] == [S.ATTACK, S.ABDUCTION_FORCED_DISAPPEARANCE]
    assert [c.fatalities.value if c.fatalities else None for c in found] == [1, None]


def test_where_the_wounded_died_is_not_the_incident_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Monday morning, an explosive device exploded at a car of the Military Security "
        "branch on the road between the towns of Da'el and Ibta', killing two of its members. "
        "Later in the day, a third member died of his wounds in the National Hospital in "
        "Daraa city, raising the toll of the Da'el road bombing to three dead."
    )
    (event,) = run(text, date(2024, 8, 27)).candidates
    assert "Daraa city" not in [p.text for p in event.places]
