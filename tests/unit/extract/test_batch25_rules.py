"""Rules read on translated Arabic copy and monitors' daily lists (session of blind batch 25):
a source's retelling that gives the lead's very tolls is the lead's incident though it names
the village on the road rather than the district; a title's second story finds the report
whose sentence names its place; a denied report, a plan dated "during the coming week" and
a tally "without specifying the places or the dates" are no incidents; a tally over "the past
days" in two countries is no retelling of a shelling; each item of a monitor's list is filed
under its own village; a title's "as" between two placed clauses strings two stories; a bare
toll of soldiers goes to the incident that hit soldiers; a civil council's member is a
civilian and "claimed the killing" names the killer; a "KEY POINTS" list previews; "the
device ... went off" is the bomb already told; an incident told only in a denied claim is
none; a commander "ordered relieved" is dismissed (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2023, 11, 8)


def test_a_quoted_retelling_with_the_leads_tolls_is_the_same_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A security source in Kirkuk governorate announced, at dawn today, Wednesday, the "
        "martyrdom of two soldiers of the army and the wounding of four others, in the "
        "explosion of an explosive device that targeted their vehicle on the outskirts of "
        "Daquq district.\n\n"
        'The source said that "an explosive device planted by the remnants of Daesh exploded '
        "at about ten o'clock last night on an army vehicle on the road linking the village of "
        "Tal al-Dhahab to the Zarga valley, which led to the martyrdom of two soldiers and the "
        'wounding of four others".'
    )
    (event,) = events_of(run(text, published=ON))
    assert event.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert (
        event.fatalities and event.fatalities.value,
        event.injuries and event.injuries.value,
    ) == (
        2,
        4,
    )
    assert any("last night" in d.text for d in event.dates)


def test_a_title_story_finds_the_report_that_names_its_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two soldiers martyred in Daquq bombing .. and a tribal quarrel in Al-Alam leaves one "
        "dead\n\n"
        "An explosive device exploded last night on an army vehicle on the outskirts of Daquq "
        "district, killing two soldiers, a security source said.\n\n"
        "In another context, a source in the Al-Alam police said that an armed quarrel broke "
        "out yesterday afternoon between two tribes in the Albu Ajeel area over a plot of "
        "farmland, in which medium weapons were used, wounding three men."
    )
    events = events_of(run(text, published=ON))
    blast = next(e for e in events if e.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED)
    assert "Al-Alam" not in [p.text for p in blast.places]
    quarrel = next(e for e in events if e is not blast)
    assert "Al-Alam" in [p.text for p in quarrel.places]
    assert quarrel.fatalities is not None and quarrel.fatalities.value == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a denied report
        "Meanwhile, a security source denied reports about the explosion of a second device on "
        "a civilian vehicle near Tuz Khurmatu, saying the situation was stable.",
        # a tally told with no place and no day
        'The Turkish Ministry of Defence claimed that its forces "neutralised 9 terrorists in '
        'northern Iraq" during the past days, without specifying the places or the dates.',
    ],
)
def test_a_denied_report_or_a_tally_without_place_or_day_is_no_incident(
    run: Callable[..., Extraction], sentence: str
) -> None:
    assert events_of(run(sentence, published=ON)) == []


def test_a_promise_for_the_coming_week_is_no_second_protest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Dozens of contract teachers demonstrated yesterday in front of the Education "
        "Directorate in Tikrit, demanding permanent posts.\n\n"
        "The governor promised a delegation of the demonstrators to carry their demands to "
        "the Ministry of Education in Baghdad during the coming week."
    )
    (protest,) = events_of(run(text, published=ON))
    assert [p.text for p in protest.places] == ["Tikrit"]


def test_a_tally_over_the_past_days_is_no_retelling_of_a_shelling(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Turkish artillery shelled the western outskirts of the town of Tal Tamr yesterday "
        "evening, wounding a shepherd.\n\n"
        'The Turkish Ministry of Defence said that its forces "neutralised 14 terrorists in '
        'northern Iraq and Syria" during the past days.'
    )
    events = events_of(run(text, published=ON))
    shelling = next(e for e in events if e.sub_event_type == S.SHELLING_ARTILLERY_MISSILE)
    assert "Syria" not in [p.text for p in shelling.places]


def test_each_item_of_a_monitors_list_is_filed_under_its_village(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Daily report on violations\n\n"
        "IDLIB\n\n"
        "- Kafr Ruma village (Jabal al-Zawiya): Rockets fired from government positions hit "
        "a house in the morning, killing a woman.\n\n"
        "- Deir Sunbul village (Jabal al-Zawiya): In the afternoon the same forces shelled the "
        "village, wounding two farmers.\n\n"
        "DARAA\n\n"
        "- Tafas city: Late on Monday evening, unknown gunmen shot dead a teacher in front of "
        "his house."
    )
    events = events_of(run(text, published=ON))
    assert [[p.text for p in e.places if p.context == "list item"] for e in events] == [
        ["Kafr Ruma village"],
        ["Deir Sunbul village"],
        ["Tafas city"],
    ]


def test_a_title_as_clause_with_a_place_of_its_own_is_a_second_story(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Garissa: soldier killed in Kolbio IED blast as militants raid Hosingo, residents "
        "block road\n\n"
        "GARISSA - Tension is high in Garissa County after a soldier was killed and others "
        "wounded in an improvised explosive device attack in Garissa East, a day before "
        "suspected al-Shabaab militants raided a village in Hulugho, killing two men.\n\n"
        "On Monday night, a gang of about a dozen armed men stormed Hosingo village in Hulugho "
        "ward, Garissa West, shot dead two men and set four huts on fire."
    )
    events = events_of(run(text, published=date(2023, 3, 7)))
    blast = next(e for e in events if e.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED)
    # the raid's title clause ("as militants raid Hosingo") lends the bomb no attacker
    assert "militants" not in [a.text for a in blast.actors if a.role.value == "actor1"]
    assert all(
        e.fatalities is not None and e.fatalities.value == 2 for e in events if e is not blast
    )


def test_a_bare_toll_of_soldiers_goes_to_the_incident_that_hit_soldiers(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A soldier was killed in a roadside bomb attack in Kolbio on Sunday, a day before "
        "gunmen raided a village near Hulugho, killing two herders.\n\n"
        "A police report said two soldiers died on the spot while three others were seriously "
        "injured."
    )
    events = events_of(run(text, published=date(2023, 3, 7)))
    blast = next(e for e in events if e.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED)
    assert blast.injuries is not None and blast.injuries.value == 3
    others = [e for e in events if e is not blast]
    assert all(e.injuries is None for e in others)


def test_a_member_of_a_civil_council_shot_dead_is_a_civilian_and_the_claim_names_the_killer(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Friday, gunmen shot dead a member of the local civil council in al-Busayrah, in "
        "the eastern Deir ez-Zor countryside, as he left a mosque. Islamic State claimed the "
        "killing through its Amaq outlet the next day."
    )
    (event,) = events_of(run(text, published=date(2024, 8, 5)))
    assert event.sub_event_type == S.ATTACK
    assert [a.text for a in event.actors if a.role.value == "claimed_by"] == ["Islamic State"]


def test_the_items_of_a_key_points_list_preview_the_report(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "WEEKLY SECURITY NOTE | 29 July - 4 August 2024\n\n"
        "KEY POINTS\n"
        "- Islamic State claims killing of a council official in rural Deir ez-Zor.\n"
        "- Drone strike on a car near Qamishli.\n\n"
        "1. NORTH-EAST\n\n"
        "On Friday, gunmen shot dead a member of the local civil council in al-Busayrah, in "
        "the eastern Deir ez-Zor countryside, as he left a mosque."
    )
    (event,) = events_of(run(text, published=date(2024, 8, 5)))
    # the summary's claim is the killing's; the region it names is no place of it
    assert [a.text for a in event.actors if a.role.value == "claimed_by"] == ["Islamic State"]
    assert event.places[0].text == "al-Busayrah"
    assert not any(p.text.startswith("Deir") and "countryside" not in p.text for p in event.places)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police dismissed as false claims on social media that a school in Garsen had been "
        "attacked on Monday.",
        "The police commander denied that a school in Garsen had been attacked on Monday.",
    ],
)
def test_an_incident_told_only_in_a_denied_claim_is_none(
    run: Callable[..., Extraction], sentence: str
) -> None:
    assert events_of(run(sentence, published=date(2023, 3, 7))) == []


def test_the_device_that_went_off_is_the_bomb_already_reported(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A roadside bomb tore through a pickup truck carrying shepherds in the desert of "
        "western Anbar province on Sunday, killing three of them and wounding two, police "
        "said.\n\n"
        "The device had been buried in a dirt track near Akashat and went off under the lead "
        "vehicle at around 8 a.m."
    )
    (event,) = events_of(run(text, published=date(2023, 3, 7)))
    assert "Akashat" in [p.text for p in event.places]


def test_a_commander_ordered_relieved_is_dismissed(run: Callable[..., Extraction]) -> None:
    text = (
        "The prime minister's office said on Monday that the commander-in-chief had ordered "
        "the commander of the battalion responsible for the route relieved of his duties "
        "pending an investigation."
    )
    assert [e.sub_event_type for e in events_of(run(text, published=date(2025, 4, 7)))] == [S.OTHER]


def test_where_a_convoy_set_out_from_and_a_similar_device_recalled(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A roadside bomb tore through an army Humvee on a desert track north of the town of "
        "Akashat on Sunday, killing three soldiers, officials said.\n\n"
        "The vehicle was escorting a fuel tanker from the Ain al-Asad air base to a forward "
        "post when the device went off at about 2 p.m.\n\n"
        "In January, a similar device killed two soldiers of the same division a few "
        "kilometres west of Akashat."
    )
    extraction = run(text, published=date(2025, 4, 7))
    (event,) = events_of(extraction)
    assert "Ain al-Asad air base" not in [p.text for p in event.places]
    assert event.fatalities is not None and event.fatalities.value == 3
    recalled = [c for c in extraction.candidates if c.background]
    assert len(recalled) == 1 and recalled[0].fatalities is not None
    assert recalled[0].fatalities.value == 2


def test_a_toll_communicated_in_the_evening_counts_the_ambush_not_the_hospital_town(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A supply convoy escorted by the army fell into an ambush yesterday, Tuesday 19 "
        "October 2021, near Gassan, in the province of the Nayala.\n\n"
        "The provisional toll communicated in the evening by the General Staff makes state of "
        "five soldiers fallen on the field of honour and of six wounded, evacuated towards "
        "Toma then Dedougou for care."
    )
    (event,) = events_of(run(text, published=date(2021, 10, 20)))
    assert event.sub_event_type == S.ARMED_CLASH
    assert (
        event.fatalities and event.fatalities.value,
        event.injuries and event.injuries.value,
    ) == (
        5,
        6,
    )
    assert not {"Toma", "Dedougou"} & {p.text for p in event.places}


def test_a_first_toll_gives_way_to_the_figure_told_as_final(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Benin: 17 soldiers killed in the attack on the Koudou position, according to the army\n\n"
        "COTONOU, 10 January (Wire) - Seventeen Beninese soldiers were killed on Wednesday in "
        "an attack against a military position near Koudou, the army announced yesterday. A "
        'first toll communicated on Wednesday evening by a security source spoke of "about '
        'six" dead.'
    )
    (event,) = events_of(run(text, published=date(2025, 1, 10)))
    assert event.fatalities is not None and event.fatalities.value == 17


def test_an_evening_road_block_with_burning_tyres_is_a_second_violent_protest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Dozens of the city's residents organized yesterday, Tuesday, a protest stand in front "
        "of the headquarters of the Gharyan municipality, demanding the removal of the armed "
        "formations. In the evening, angry young men closed the main road at the southern gate "
        "of the city with burning tyres, in protest against the repeated clashes."
    )
    events = events_of(run(text, published=date(2023, 6, 14)))
    assert [e.sub_event_type for e in events] == [S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION]
    assert events[1].places  # the day and place of the protest told before


def test_the_reaching_of_an_agreement_for_a_ceasefire_is_an_agreement(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Clashes between two armed groups in the al-Harsha area of Zawiya on Monday left three "
        "dead.\n\n"
        "In the late hours of yesterday, Tuesday, the Council of Elders of Zawiya announced "
        "the reaching of an agreement for a ceasefire between the two parties to the clashes."
    )
    events = events_of(run(text, published=date(2023, 6, 14)))
    assert sorted(e.sub_event_type.value for e in events) == ["Agreement", "Armed clash"]


def test_what_villagers_denounce_with_its_day_happened(run: Callable[..., Extraction]) -> None:
    text = (
        "Meanwhile, inhabitants of communities of the sierra of Tlacotepec denounced that on "
        "Sunday armed men attacked with drones loaded with explosives several houses, which "
        "left a woman injured."
    )
    (event,) = events_of(run(text, published=date(2025, 3, 12)))
    assert event.injuries is not None and event.injuries.value == 1


def test_a_tally_denounced_is_no_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "The leaders of the transport sector denounced that so far in 2024 more than 20 "
        "drivers and fare collectors have been murdered in the city."
    )
    assert events_of(run(text, published=date(2024, 8, 21))) == []


def test_bomb_experts_who_disrupted_an_ied_disrupted_weapons_use(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "On Sunday, bomb experts of the provincial police safely disrupted an IED made from an "
        "81mm mortar round that was left near a public market in Tacurong."
    )
    assert [e.sub_event_type for e in events_of(run(text, published=date(2020, 2, 11)))] == [
        S.DISRUPTED_WEAPONS_USE
    ]


def test_the_demonstrators_pushed_away_are_the_protest_just_told(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "In another context, dozens of the holders of higher degrees demonstrated yesterday, "
        "Monday, in front of the building of Diyala governorate in Baqubah, demanding jobs. "
        "Witnesses said that the riot police pushed the demonstrators away from the gate using "
        "batons and detained three of them, before releasing them hours later."
    )
    (event,) = events_of(run(text, published=date(2024, 7, 9)))
    assert event.sub_event_type == S.PROTEST_WITH_INTERVENTION


def test_suspects_arrested_in_a_raid_for_planting_bombs_are_an_arrest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "At dawn today, a force of the Counter-Terrorism Service arrested four suspects in a "
        "raid on villages south of the Hawija district, among them two who are believed to be "
        "involved in planting explosive devices on the roads of the governorate."
    )
    assert [e.sub_event_type for e in events_of(run(text, published=date(2024, 7, 9)))] == [
        S.ARRESTS
    ]


def test_a_suspect_of_shooting_up_one_bus_names_the_shooting(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Police issued an arrest warrant for a 32-year-old man who is suspected of shooting up "
        "a New Year's Eve party bus in Albany on Sunday."
    )
    assert any(
        e.sub_event_type != S.ARRESTS for e in events_of(run(text, published=date(2016, 1, 4)))
    )


def test_gunmen_of_a_named_group_are_that_groups(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen of Daesh ambushed a federal police unit near the village of al-Safra, in the "
        "Riyadh area, on 18 December 2022, killing three policemen."
    )
    (event,) = run(text, published=date(2023, 8, 15)).candidates
    assert [a.text for a in event.actors if a.role.value == "actor1"] == ["Gunmen of Daesh"]


def test_the_incident_another_is_set_after_is_the_one_told_before(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Gunmen kidnapped the principal of the government school in Bamessing on Sunday "
        "morning.\n\n"
        "The abduction came hours after the same group, according to residents, set ablaze "
        "the Balikumbat council hall on Saturday night. The abductors accused the principal of "
        "sabotaging the school boycott."
    )
    events = events_of(run(text, published=date(2019, 9, 17)))
    assert sorted(e.sub_event_type.value for e in events) == [
        "Abduction/forced disappearance",
        "Looting/property destruction",
    ]
    arson = next(e for e in events if e.sub_event_type == S.LOOTING_PROPERTY_DESTRUCTION)
    assert any("Saturday" in d.text for d in arson.dates)
