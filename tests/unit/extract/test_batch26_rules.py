"""Rules read in the session of blind batch 26: a capital that "regards" or "vows" stands for
its government, not a place; people "gathered ... to denounce" an attack protest, and what
they denounce is no force on them; claims of responsibility as translated copy words them
("accepted the responsibility of the attack", "assumed the authorship of the attack", Arabic
tabanna: "Daesh adopted the attack") (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

ON = date(2023, 11, 8)


def _claimants(extraction: Extraction) -> list[str]:
    return [
        a.text
        for event in events_of(extraction)
        for a in event.actors
        if a.role.value == "claimed_by"
    ]


@pytest.mark.parametrize(
    ("claim", "claimant"),
    [
        (
            "The outlawed Baloch Republican Army accepted the responsibility of the attack in a "
            "message to reporters.",
            "Baloch Republican Army",
        ),
        (
            "The terrorist Daesh organisation adopted the attack in a statement carried by its "
            "Amaq agency on Tuesday night.",
            "Daesh",
        ),
        (
            "The self-styled Islamic State assumed the authorship of the attack in a message on "
            "its channels.",
            "Islamic State",
        ),
        (
            "Hours later the Jaish al-Adl group took the responsibility of the attack in a "
            "statement on its website.",
            "Jaish al-Adl",
        ),
    ],
)
def test_translated_claims_of_responsibility(
    run: Callable[..., Extraction], claim: str, claimant: str
) -> None:
    text = (
        "Gunmen attacked a police post in the Turbat area of Kech district on Monday night, "
        "killing two policemen and wounding three others, officials said.\n\n" + claim
    )
    assert any(claimant in name for name in _claimants(run(text, published=ON)))


def test_adopting_a_plan_after_an_attack_is_no_claim(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen attacked a police post in the Turbat area of Kech district on Monday night, "
        "killing two policemen, officials said.\n\n"
        "The provincial cabinet adopted the security plan for the district on Tuesday, a week "
        "after a similar raid."
    )
    assert _claimants(run(text, published=ON)) == []


def test_a_capital_that_regards_or_vows_is_its_government_not_a_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A Turkish drone struck a car near the village of Khanasor on Sunday, killing members "
        "of the Sinjar Resistance Units, the Ezidi armed group that Ankara regards as an "
        "offshoot of the PKK."
    )
    (event,) = events_of(run(text, published=ON))
    names = [p.text for p in event.places]
    assert "Ankara" not in names
    assert any("Khanasor" in n for n in names)


def test_people_gathered_to_denounce_an_attack_protest(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen killed a teacher in the market of Tal Afar on Saturday, police said.\n\n"
        "On Sunday, several hundred residents gathered in front of the district building in "
        "Tal Afar to denounce the killing, and the gathering dispersed after two hours."
    )
    kinds = [e.sub_event_type for e in events_of(run(text, published=ON))]
    assert SubEventType.PEACEFUL_PROTEST in kinds


def test_a_numbered_items_label_dates_and_places_its_report(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "NORTHERN CORRIDOR MONITOR - Weekly list (12-18 March 2024)\n\n"
        "We recorded three incidents this week, listed below by date.\n\n"
        "1. Tuesday 12 March - Koro (Dinangourou). Armed men on motorbikes shot dead two "
        "herders at a watering point. Relatives buried them the same evening.\n\n"
        "2. Thursday 14 March - Bandiagara. A convoy of traders struck an explosive device on "
        "the road to Sevare, wounding four people.\n\n"
        "3. Saturday 16 March - Bankass (Dimbal). Soldiers arrested eleven men in a raid on "
        "the weekly market.\n"
    )
    events = sorted(
        events_of(run(text, published=date(2024, 3, 19))), key=lambda e: e.trigger.start
    )
    assert [e.sub_event_type for e in events] == [
        SubEventType.ATTACK,
        SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        SubEventType.ARRESTS,
    ]
    assert [e.dates[0].text for e in events] == [
        "Tuesday 12 March",
        "Thursday 14 March",
        "Saturday 16 March",
    ]
    # the bracketed village first: it is the more precise name
    assert [p.text for p in events[0].places][:2] == ["Dinangourou", "Koro"]
    assert any(p.text == "Dimbal" for p in events[2].places)


def test_a_numbered_item_that_tells_its_report_is_read_as_any_sentence(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Incidents this week:\n\n"
        "1. Gunmen killed two herders near Koro on Tuesday.\n\n"
        "2. Soldiers arrested eleven men in Bankass on Saturday.\n"
    )
    events = events_of(run(text, published=date(2024, 3, 19)))
    assert sorted(d.text for e in events for d in e.dates) == ["on Saturday", "on Tuesday"]


def test_the_hospital_a_source_speaks_from_is_no_second_scene(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A girl was killed and two others were injured on Tuesday evening when a drone struck "
        "a gathering of families in the al-Masbah neighbourhood, north of Taiz city.\n\n"
        "A medical source at al-Safwa hospital told the agency that the hospital received the "
        "body of the girl and two wounded with shrapnel injuries."
    )
    (event,) = events_of(run(text, published=date(2022, 9, 14)))
    assert not any("hospital" in p.text for p in event.places)


def test_a_war_that_broke_out_and_has_killed_thousands_is_a_tally(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "NYALA, Dec 4 (Wire) - Shells hit a market south of Nyala on Tuesday, killing seven "
        "people, witnesses said.\n\n"
        "Sudan's war broke out in April 2023 between the army and the paramilitaries and has "
        "killed tens of thousands of people, according to U.N. figures."
    )
    (event,) = run(text, published=date(2024, 12, 4)).candidates  # no background event either
    assert event.sub_event_type == SubEventType.SHELLING_ARTILLERY_MISSILE


def test_an_incident_told_in_another_month_is_no_restatement(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Shells hit the Abu Shouk camp north of El Fasher on Tuesday, killing eleven people, a "
        "doctors' group said.\n\n"
        "In June, RSF fighters stormed the Saudi Hospital in El Fasher, opened fire and looted "
        "the pharmacy, according to the charity that supported it."
    )
    events = events_of(run(text, published=date(2024, 12, 4)))
    assert sorted(e.sub_event_type for e in events) == sorted(
        [SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ATTACK]
    )


def test_villagers_rounded_up_and_burned_alive_were_killed_not_arrested(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On 2 March 2022, soldiers rounded up and burned alive nine farmers, including two "
        "boys, in Mwe Tone village in Sagaing Region's Yinmabin Township."
    )
    (event,) = run(text, published=date(2023, 7, 12)).candidates
    assert event.sub_event_type == SubEventType.ATTACK
    assert event.fatalities is not None and event.fatalities.value == 9


def test_a_capture_with_its_own_captives_stays_an_arrest(run: Callable[..., Extraction]) -> None:
    text = (
        "Soldiers killed three militants and captured two of their commanders near Gao on Sunday."
    )
    kinds = {e.sub_event_type for e in run(text, published=date(2023, 7, 12)).candidates}
    assert SubEventType.ARRESTS in kinds


@pytest.mark.parametrize("mine", ["an anti-personnel mine", "an antitank mine", "a mine"])
def test_a_soldier_who_stepped_on_a_mine(run: Callable[..., Extraction], mine: str) -> None:
    text = (
        f"A soldier was wounded on Wednesday when he stepped on {mine} while patrolling near the "
        "hamlet of El Mango, in Argelia municipality."
    )
    (event,) = events_of(run(text, published=date(2023, 6, 13)))
    assert event.sub_event_type == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED


@pytest.mark.parametrize(
    "recalled",
    [
        "On 18 May, a car bomb exploded near the municipal building in the town, killing six "
        "people.",
        "In April, gunmen stormed the Kalma camp south of Nyala, killing more than 40 people.",
        "In July 2020, a sniper killed a Peshmerga officer on a hilltop near the village.",
    ],
)
def test_an_incident_told_weeks_or_years_back_is_not_the_current_one(
    run: Callable[..., Extraction], recalled: str
) -> None:
    text = (
        "Gunmen opened fire on a checkpoint in the town of Hajin on Sunday evening, killing "
        "two guards, local sources said.\n\n" + recalled
    )
    candidates = run(text, published=date(2025, 9, 23)).candidates
    assert len(candidates) == 2
    assert sorted(len(c.evidence) for c in candidates) == [1, 1]


def test_a_month_named_in_passing_does_not_part_a_tally_from_its_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Gunmen opened fire on a checkpoint in the town of Hajin on Sunday evening, killing "
        "two guards, local sources said, in the bloodiest attack the town has seen this year."
    )
    (event,) = run(text, published=date(2025, 9, 23)).candidates
    assert [d.text for d in event.dates] == ["on Sunday evening"]


def test_each_numbered_item_is_its_own_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "INCIDENTS BY LGA\n\n"
        "1. Konduga LGA - Late on 5 July, fighters in gun trucks attacked an army base in "
        "Auno on the Maiduguri-Damaturu highway. Troops repelled the attack after a gun "
        "battle; military sources said two soldiers were killed.\n\n"
        "2. Mafa LGA - On 7 July, troops of Operation Hadin Kai conducted a clearance operation "
        "at Ngwom village, reportedly an enclave of the group. A military spokesperson said 12 "
        '"terrorists" were "neutralised" and a cache of arms recovered.\n'
    )
    events = run(text, published=date(2023, 7, 10)).candidates
    assert len(events) == 2
    second = max(events, key=lambda e: e.trigger.start)
    assert [d.text for d in second.dates] == ["On 7 July"]


def test_where_a_bus_was_going_is_no_scene(run: Callable[..., Extraction]) -> None:
    text = (
        "On Monday, a bus travelling from Wajir town to Nairobi struck an improvised explosive "
        "device near Kotulo, killing two passengers, police said."
    )
    (event,) = events_of(run(text, published=date(2020, 2, 12)))
    names = [p.text for p in event.places]
    assert "Nairobi" not in names and "Kotulo" in names


def test_a_city_dateline_a_police_chief_and_a_bus_bound_elsewhere(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "KORONADAL CITY - An improvised explosive device went off near a parked bus at the "
        "public terminal here Sunday night, killing a vendor, police said.\n\n"
        "Police Lieutenant Colonel Arnel Bagtas, the city police chief, said the bomb exploded "
        "at around 8 p.m. near the bays used by buses bound for General Santos City."
    )
    (event,) = events_of(run(text, published=date(2022, 10, 4)))
    names = [p.text for p in event.places]
    assert "KORONADAL CITY" in names
    assert not any("Bagtas" in n or "General Santos" in n for n in names)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("on an army convoy travelling between Dhobley and Tabta", SubEventType.ARMED_CLASH),
        (
            "on shoppers at the cattle market of Dhobley",
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
    ],
)
def test_a_bomb_then_gunfire_on_troops_is_an_ambush(
    run: Callable[..., Extraction], target: str, expected: SubEventType
) -> None:
    text = (
        "Militants detonated a roadside bomb and then opened fire "
        f"{target} on Tuesday morning, officials said."
    )
    (event,) = events_of(run(text, published=date(2020, 2, 12)))
    assert event.sub_event_type == expected


def test_the_criminal_group_of_a_name_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "Drones loaded with explosives struck the community of El Limon, in the municipality "
        "of Tepalcatepec, early on Monday, wounding two residents. Residents attributed the "
        "aggression to a cartel that disputes the zone with the local criminal group of Los Reyes."
    )
    names = [p.text for e in events_of(run(text, published=date(2022, 6, 15))) for p in e.places]
    assert not any("Reyes" in n for n in names)


def test_shortly_before_midnight_is_a_time_not_another_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Militants attacked a position of the Popular Mobilization Forces in northern "
        "Khalis late on Sunday, killing several fighters.\n\n"
        "The gunmen, using sniper rifles, opened fire on a PMF post on the edge of the village "
        "of Hadid, about 10 kilometres north of Khalis, shortly before midnight, a PMF official "
        "said. He said two fighters were killed before the attackers withdrew."
    )
    (event,) = events_of(run(text, published=date(2020, 11, 17)))
    assert event.sub_event_type == SubEventType.ARMED_CLASH


def test_a_later_death_among_the_wounded_does_not_date_the_attack(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two fighters of the Popular Mobilisation were martyred and three others were wounded "
        "in an attack by Daesh remnants on a position south of the al-Qaim district, a "
        "security source said on Tuesday.\n\n"
        "The source said that Daesh elements attacked the position in the Akashat area, about "
        "30 kilometres south of al-Qaim, on Sunday night.\n\n"
        "One of the wounded passed away from his wounds at dawn on Monday in al-Qaim hospital, "
        "so the toll rose to two martyrs and three wounded."
    )
    (event,) = events_of(run(text, published=date(2024, 10, 8)))
    assert any("Sunday" in d.text for d in event.dates)


def test_a_leaders_militia_is_no_place(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen from Sadr's Saraya al-Salam militia exchanged fire with security forces in "
        "Basra from Monday evening into Tuesday morning, killing four people, medics said."
    )
    names = [p.text for e in events_of(run(text, published=date(2022, 8, 30))) for p in e.places]
    assert "Sadr" not in names and "Basra" in names
