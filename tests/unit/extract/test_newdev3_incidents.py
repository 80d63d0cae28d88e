"""Phrasings met in a batch of newly written wire and translated regional texts: entries with
no fight, generic series beside a trigger, a group of civilians, crowd-control munitions,
communique tolls in lists (real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.passes import list_item
from sitrep.model import ActorRole, Extraction, SubEventType

S = SubEventType


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


def _reasons(extraction: Extraction) -> set[str | None]:
    return {d.reason for d in extraction.decisions}


# -- "entered ... without a fight" / "under the agreement": ground changing hands ----------
@pytest.mark.slow
def test_forces_entering_under_an_agreement_transfer_territory(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Government troops entered the town of Kafr Nabl on Thursday under a reconciliation "
        "agreement brokered by Moscow, residents said."
    )
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY in _subs(run(text))


@pytest.mark.slow
def test_fighters_entering_without_a_fight_transfer_territory(
    run: Callable[..., Extraction],
) -> None:
    text = "Rebel fighters entered Menaka without a fight on Saturday after the garrison withdrew."
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY in _subs(run(text))


@pytest.mark.slow
def test_soldiers_entering_a_house_and_shooting_is_no_transfer(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Soldiers entered a house in Kidal on Monday and shot dead two brothers without any "
        "warning, relatives said."
    )
    subs = _subs(run(text))
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in subs
    assert subs


@pytest.mark.slow
def test_plain_entry_with_no_deal_is_no_transfer(run: Callable[..., Extraction]) -> None:
    text = "Army units entered the outskirts of Kidal on Monday, the military said."
    extraction = run(text)
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in _subs(extraction)
    assert "not a transfer of territory (no deal or peaceful entry)" in _reasons(extraction)


@pytest.mark.slow
def test_refugees_entering_without_incident_is_no_transfer(
    run: Callable[..., Extraction],
) -> None:
    text = "Hundreds of refugees entered Chad near Adre without incident on Friday, the UN said."
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in _subs(run(text))


@pytest.mark.slow
def test_an_entry_in_violation_of_a_truce_is_no_transfer(run: Callable[..., Extraction]) -> None:
    text = "Militia fighters entered Tarhuna on Sunday in violation of the ceasefire agreement."
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in _subs(run(text))


# -- cue words beside the trigger: "X and kidnappings almost daily", "incidents of this kind" --
@pytest.mark.slow
def test_second_conjunct_shares_the_habitual_cue(run: Callable[..., Extraction]) -> None:
    text = (
        "The eastern countryside of Homs has lived in lawlessness since the deal of 2017, with "
        "robberies and abductions almost daily, residents say."
    )
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in _subs(run(text))


@pytest.mark.slow
def test_a_dated_abduction_is_still_an_event(run: Callable[..., Extraction]) -> None:
    text = "Gunmen abducted two teachers from the town of Jasim on Monday evening, relatives said."
    assert _subs(run(text)) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


@pytest.mark.slow
def test_modifier_of_incidents_of_this_kind_is_generic(run: Callable[..., Extraction]) -> None:
    text = "Sniper and shelling incidents of this kind are logged in Aleppo almost every week."
    extraction = run(text)
    assert S.SHELLING_ARTILLERY_MISSILE not in _subs(extraction)
    assert "habitual/generic" in _reasons(extraction)


@pytest.mark.slow
def test_shelling_counted_every_week_is_generic(run: Callable[..., Extraction]) -> None:
    text = "Shelling is reported in the villages of Jabal al-Zawiya every week, activists say."
    assert S.SHELLING_ARTILLERY_MISSILE not in _subs(run(text))


@pytest.mark.slow
def test_one_shelling_last_week_is_still_an_event(run: Callable[..., Extraction]) -> None:
    text = "Government forces shelled the village of Kansafra last week, killing a woman."
    assert S.SHELLING_ARTILLERY_MISSILE in _subs(run(text))


# -- "a group of people": the "of" phrase says who the group is ------------------------------
@pytest.mark.slow
def test_gunmen_attacking_a_group_of_farmers_is_an_attack(
    run: Callable[..., Extraction],
) -> None:
    text = "Gunmen attacked a group of farmers near Kaura on Sunday, killing nine of them."
    assert _subs(run(text)) == [S.ATTACK]


@pytest.mark.slow
def test_soldiers_attacking_a_group_of_militants_is_a_clash(
    run: Callable[..., Extraction],
) -> None:
    text = "Soldiers attacked a group of militants near Kaura on Sunday, killing nine of them."
    assert _subs(run(text)) == [S.ARMED_CLASH]


# -- crowd-control munitions: no grenade attack ----------------------------------------------
@pytest.mark.slow
def test_stun_grenades_at_protesters_are_an_intervention(run: Callable[..., Extraction]) -> None:
    text = "Police fired tear gas and stun grenades at protesters in Nairobi on Tuesday."
    subs = _subs(run(text))
    assert S.GRENADE not in subs
    assert S.PROTEST_WITH_INTERVENTION in subs


@pytest.mark.slow
def test_a_hand_grenade_thrown_at_a_bar_is_still_a_grenade(run: Callable[..., Extraction]) -> None:
    text = "An attacker threw a hand grenade into a bar in Mombasa on Tuesday, wounding six people."
    assert S.GRENADE in _subs(run(text))


# -- communique tolls: "seventeen (17) soldiers fallen on the field of honour;" --------------
COMMUNIQUE = (
    "On Tuesday 15 August 2023, an army detachment moving between Boni and Torodi was the "
    "target of a terrorist ambush in the vicinity of Koutougou.\n\n"
    "Our soldiers reacted with vigour and engaged the assailants in fighting that lasted for "
    "more than one hour.\n\n"
    "The provisional toll on the friendly side is as follows:\n"
    "- seventeen (17) soldiers fallen on the field of honour;\n"
    "- twenty (20) wounded, all evacuated to Niamey.\n\n"
    "On the enemy side, heavy losses were inflicted on the terrorists during the fighting."
)


@pytest.mark.slow
def test_listed_communique_toll_counts_the_fallen(run: Callable[..., Extraction]) -> None:
    extraction = run(COMMUNIQUE)
    assert len(extraction.candidates) == 1
    event = extraction.candidates[0]
    assert event.fatalities is not None and event.fatalities.value == 17


@pytest.mark.slow
def test_the_fallen_are_no_attacker(run: Callable[..., Extraction]) -> None:
    event = run(COMMUNIQUE).candidates[0]
    assert not any(
        a.role == ActorRole.ACTOR1 and "seventeen" in a.text.lower() for a in event.actors
    )


def test_a_line_closed_by_a_semicolon_is_a_list_item() -> None:
    assert list_item("- seventeen (17) soldiers fallen on the field of honour;")
    assert list_item("* 12 wounded,")


def test_a_bulleted_link_is_no_list_item() -> None:
    assert not list_item("- Syria earthquake: aid convoys cross into the northwest")
    assert not list_item("Gunmen kill five in Kano")


# -- a death at a protest is excessive force; rubber bullets are crowd control --------------
@pytest.mark.slow
def test_protester_dying_from_a_canister_is_excessive_force(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A young man died in Khartoum on Thursday after he was hit in the head by a tear gas "
        "canister during a march, doctors said."
    )
    assert _subs(run(text)) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


@pytest.mark.slow
def test_rubber_bullets_at_protesters_are_an_intervention(run: Callable[..., Extraction]) -> None:
    text = "Police fired rubber bullets at protesters in Nairobi on Tuesday."
    assert _subs(run(text)) == [S.PROTEST_WITH_INTERVENTION]


@pytest.mark.slow
def test_protesters_shot_dead_are_still_excessive_force(run: Callable[..., Extraction]) -> None:
    text = "Police shot dead two protesters in Nairobi on Tuesday."
    assert _subs(run(text)) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


# -- places ----------------------------------------------------------------------------------
def _places(extraction: Extraction) -> list[str]:
    return [p.text for c in extraction.candidates for p in c.places]


# -- a lede that sums up a series told incident by incident below -----------------------------
SERIES = (
    "Turkish drones struck three separate places in Duhok province between Friday and "
    "Sunday, killing four people, local officials said.\n\n"
    "On Friday evening a drone hit a car near Amadiya, killing two men inside.\n\n"
    "On Saturday a drone struck a farmhouse outside Batifa, killing a farmer and his son."
)


@pytest.mark.slow
def test_series_lede_told_incident_by_incident_is_no_event(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(SERIES)
    assert len(extraction.candidates) == 2
    assert "summary of a series told incident by incident below" in _reasons(extraction)


@pytest.mark.slow
def test_series_lede_with_no_parts_below_stays(run: Callable[..., Extraction]) -> None:
    text = (
        "Turkish drones struck three separate places in Duhok province between Friday and "
        "Sunday, killing four people, local officials said. Ankara did not comment."
    )
    assert len(run(text).candidates) == 1


# -- "a number of others were injured": some, not one -----------------------------------------
@pytest.mark.slow
def test_a_number_of_injured_is_no_count(run: Callable[..., Extraction]) -> None:
    text = (
        "Sixteen shepherds were killed and a number of others were injured on Friday in an "
        "attack near Sukhna, a police source said."
    )
    event = run(text).candidates[0]
    assert event.fatalities is not None and event.fatalities.value == 16
    assert event.injuries is None


@pytest.mark.slow
def test_a_handful_of_wounded_is_no_count(run: Callable[..., Extraction]) -> None:
    text = "Two soldiers were killed and a handful of others were wounded near Tessit on Sunday."
    assert run(text).candidates[0].injuries is None


@pytest.mark.slow
def test_a_wounded_villager_still_counts_one(run: Callable[..., Extraction]) -> None:
    text = "Two soldiers were killed and a villager was wounded near Tessit on Sunday."
    injuries = run(text).candidates[0].injuries
    assert injuries is not None and injuries.value == 1


# -- "carried out a wave of air strikes": strikes carried out, not a trend --------------------
@pytest.mark.slow
def test_a_wave_of_strikes_carried_out_is_an_event(run: Callable[..., Extraction]) -> None:
    text = (
        "On Saturday, Russian warplanes carried out a wave of air strikes on hills north of "
        "Palmyra, a monitor said."
    )
    assert _subs(run(text)) == [S.AIR_DRONE_STRIKE]


@pytest.mark.slow
def test_a_wave_of_kidnappings_hitting_a_state_is_a_trend(run: Callable[..., Extraction]) -> None:
    text = "A wave of kidnappings has hit Zamfara state since January, residents say."
    assert _subs(run(text)) == []


@pytest.mark.slow
def test_a_wave_of_strikes_in_recent_weeks_is_a_trend(run: Callable[..., Extraction]) -> None:
    text = "A wave of air strikes has hit Idlib province in recent weeks, activists say."
    assert _subs(run(text)) == []
