"""Phrasings of blind batch 18 (translated French, Arabic and English copy from Haiti, Benin,
the Central African Republic, Niger, South Sudan and Iraq), in sentences written for these
tests: tolls brought up to date and tallies over months, unit words of francophone countries,
days written before a month, who suffered an attack, titles that string two stories, the
roads a place is only the end of, ambushes of people who cannot fire back (real model)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _places(extraction: Extraction) -> list[list[str]]:
    return [[p.text for p in c.places] for c in extraction.candidates]


def test_a_toll_brought_up_to_date_beats_the_first_provisional_one(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "PORT-AU-PRINCE, 7 October (Wire) - The toll of the attack carried out by the gang "
        "against the commune of Pont-Sonde, in the Artibonite department, has risen to at "
        "least 70 dead, among them ten women and three babies, the UN indicated. A first "
        "provisional toll communicated on Thursday by the local authorities spoke of some "
        "twenty dead."
    )
    found = run(text, date(2024, 10, 7)).candidates
    assert len(found) == 1
    assert found[0].fatalities is not None and found[0].fatalities.value == 70
    assert {"Pont-Sonde", "Artibonite department"} <= {p.text for p in found[0].places}


def test_the_dead_counted_over_months_are_a_tally(run: Callable[..., Extraction]) -> None:
    text = (
        "According to the United Nations, more than 3,600 people were killed in Haiti in the "
        "first six months of the year."
    )
    assert run(text, date(2024, 10, 7)).candidates == []


def test_a_day_before_a_month_and_year_is_part_of_the_date(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "It is the deadliest attack ever suffered by the Beninese army, whose first losses in "
        "the north go back to 2 December 2021, when two soldiers were killed in an attack on "
        "their post near Porga, in the Atacora department."
    )
    found = run(text, date(2025, 1, 10)).candidates
    assert len(found) == 1
    assert "2 December 2021" in [d.text for d in found[0].dates]
    # the army that suffered the attack is its target, not its author
    assert "Beninese army" in [a.text for a in found[0].actors if a.role == ActorRole.ACTOR2]
    assert "Beninese army" not in [a.text for a in found[0].actors if a.role == ActorRole.ACTOR1]


def test_where_a_bridge_leads_is_not_where_the_protest_was(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Thursday, in Malanville, a few hundred young people demonstrated to denounce the "
        "insecurity; the police dispersed the gathering with tear gas when the demonstrators "
        "tried to block the bridge over the Niger river leading to Gaya."
    )
    found = run(text, date(2025, 1, 10)).candidates
    assert [c.sub_event_type for c in found] == [S.PROTEST_WITH_INTERVENTION]
    assert "Gaya" not in _places(run(text, date(2025, 1, 10)))[0]


def test_a_name_and_its_acronym_after_and_are_one_name(run: Callable[..., Extraction]) -> None:
    text = (
        "Twenty-eight soldiers were killed on Wednesday in an attack against a military "
        "position in the W park. The attack was claimed on Thursday by the Group for Support "
        "of Islam and Muslims (JNIM), linked to al-Qaeda."
    )
    claims = [
        a.text
        for c in run(text, date(2025, 1, 10)).candidates
        for a in c.actors
        if a.role == ActorRole.CLAIMED_BY
    ]
    assert "the Group for Support of Islam and Muslims (JNIM)" in claims


def test_a_battle_that_ends_with_the_ground_taken_is_coded_by_the_taking(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Thursday at dawn, rebels of the armed group 3R attacked the army position in Bang "
        "with heavy weapons. After several hours of fighting, the soldiers withdrew towards "
        "Ngaoundaye and the rebels took control of the locality."
    )
    subs = [c.sub_event_type for c in run(text, date(2024, 5, 20)).candidates]
    assert subs == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


def test_a_headquarters_taken_in_a_clash_leaves_it_a_clash(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Wednesday the town of Ariqa witnessed clashes between local gunmen and a group "
        "linked to the Military Intelligence branch. The clashes left two dead, and the gunmen "
        "took control of the headquarters of the group at the edge of the town and burned it."
    )
    subs = [c.sub_event_type for c in run(text, date(2024, 6, 8)).candidates]
    assert subs == [S.ARMED_CLASH]


def test_an_incident_word_inside_a_bodys_name_is_no_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Gunmen ambushed a General Security patrol near Beit Ana on Thursday, killing 13. A "
        "previously unknown Military Council for the Liberation of Syria announced its "
        "formation the same evening."
    )
    subs = [c.sub_event_type for c in run(text, date(2025, 3, 10)).candidates]
    assert S.GOVERNMENT_REGAINS_TERRITORY not in subs


def test_a_title_of_two_stories_lends_a_report_only_its_own_clause_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two dead as clan feud erupts into gunfight north of Basra; jobless graduates force "
        "governorate gate in Samawah\n\n"
        "BASRA - Two men were killed and five others wounded when a dispute between two clans "
        "in the al-Dayr district, north of Basra, turned into an exchange of fire late on "
        "Sunday, police said."
    )
    places = _places(run(text, date(2025, 2, 4)))
    assert places and "Samawah" not in places[0]


def test_stones_thrown_at_guards_are_a_riot(run: Callable[..., Extraction]) -> None:
    text = (
        "In Samawah, dozens of unemployed graduates forced open the outer gate of the "
        "governorate building on Monday and threw stones at the guards."
    )
    assert [c.sub_event_type for c in run(text, date(2025, 2, 4)).candidates] == [
        S.VIOLENT_DEMONSTRATION
    ]


def test_a_grenade_beside_a_parked_car_is_a_grenade(run: Callable[..., Extraction]) -> None:
    text = (
        "In Baghdad, a hand grenade was thrown at the house of a lawyer in the al-Baladiyat "
        "area in the early hours of Saturday, damaging the front gate and a parked car."
    )
    assert [c.sub_event_type for c in run(text, date(2025, 2, 4)).candidates] == [S.GRENADE]


def test_the_same_day_is_the_day_of_the_incident_told_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Six soldiers were killed in an ambush on Monday on the Tera-Dargol axis, the ministry "
        "announced on Tuesday evening.\n\n"
        "The same day, at the end of the afternoon, armed individuals invaded the village of "
        "Petelkole and killed four civilians."
    )
    found = run(text, date(2024, 9, 18)).candidates
    assert len(found) == 2
    assert any(d.relation == "same_day" for d in found[1].dates)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Gunmen ambushed a passenger bus on the Juba-Nimule road near Kit on Saturday "
         "afternoon, killing two passengers and wounding the driver.", S.ATTACK),
        ("Gunmen ambushed an army patrol on the Juba-Nimule road near Kit on Saturday "
         "afternoon, killing two soldiers.", S.ARMED_CLASH),
    ],
)  # fmt: skip
def test_an_ambush_of_people_who_cannot_fire_back_is_an_attack(
    run: Callable[..., Extraction], text: str, sub: SubEventType
) -> None:
    assert [c.sub_event_type for c in run(text, date(2024, 2, 12)).candidates] == [sub]


def test_unrest_that_spread_to_a_town_happened_there(run: Callable[..., Extraction]) -> None:
    text = (
        "The anger spread on Tuesday to Abu al-Khasib, south-east of the city, where young men "
        "threw stones at the building of the electricity distribution branch."
    )
    assert _places(run(text, date(2023, 7, 19))) == [["Abu al-Khasib"]]


def test_a_dismissal_in_the_wake_of_a_bombing_is_its_own_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two soldiers were killed on Sunday evening when an explosive device went off on their "
        "patrol in Wadi al-Shay.\n\n"
        "The Joint Operations Command decided today to relieve the commander of the regiment "
        "responsible for the Wadi al-Shay sector from his post, in the wake of the Sunday "
        "bombing, a source in the command said."
    )
    subs = [c.sub_event_type for c in run(text, date(2024, 3, 18)).candidates]
    assert subs == [S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.OTHER]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Almost at the same hour, another group of assailants burst into Hitawa and took away "
         "three women who were coming back from the well.", S.ABDUCTION_FORCED_DISAPPEARANCE),
        # goats taken away are looted, not abducted
        ("The assailants took away about a dozen goats from Hitawa before withdrawing.", None),
        # people killed as others are taken: ACLED codes the killing
        ("Gunmen killed four villagers in Hitawa on Saturday and took away three women.",
         S.ATTACK),
    ],
)  # fmt: skip
def test_people_taken_away_are_abducted(
    run: Callable[..., Extraction], text: str, sub: SubEventType | None
) -> None:
    subs = [c.sub_event_type for c in run(text, date(2023, 6, 12)).candidates]
    assert subs == ([sub] if sub is not None else [])


def test_soldiers_who_entered_into_contact_with_fighters_clashed(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Sunday afternoon, soldiers of the Rapid Intervention Battalion on patrol entered "
        "into contact with Boko Haram fighters in the surroundings of Amchide."
    )
    found = run(text, date(2023, 6, 12)).candidates
    assert [c.sub_event_type for c in found] == [S.ARMED_CLASH]
    assert "Amchide" in _places(run(text, date(2023, 6, 12)))[0]


def test_a_patrol_that_came_under_fire_suffered_a_clash(run: Callable[..., Extraction]) -> None:
    text = (
        "The campaign turned deadly on Monday when a security patrol came under fire near the "
        "village of al-Zara, north of Talkalakh. Two members of General Security were killed "
        "in the exchange of fire, the directorate said."
    )
    found = run(text, date(2025, 2, 11)).candidates
    assert [c.sub_event_type for c in found] == [S.ARMED_CLASH]
    targets = [a.text for a in found[0].actors if a.role == ActorRole.ACTOR2]
    assert "a security patrol" in targets


def test_a_title_joined_by_and_lends_its_second_story_nothing(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Four civilians killed in Kouyape, and three women taken away in Hitawa\n\n"
        "MORA (Wire) - Almost at midnight on Saturday, another group of assailants burst into "
        "Hitawa and took away three women who were coming back from the well."
    )
    found = run(text, date(2023, 6, 12)).candidates
    assert [c.sub_event_type for c in found] == [S.ABDUCTION_FORCED_DISAPPEARANCE]
    assert found[0].fatalities is None


def test_residents_who_gathered_chanting_protested(run: Callable[..., Extraction]) -> None:
    text = (
        "On Wednesday afternoon, several hundred residents of Souq al-Jumaa gathered in front "
        "of the municipality building, chanting against the war. The gathering ended without "
        "incident."
    )
    assert [c.sub_event_type for c in run(text, date(2025, 5, 15)).candidates] == [
        S.PEACEFUL_PROTEST
    ]
