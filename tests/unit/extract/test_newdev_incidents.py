"""Not-events, typing, places and dates on phrasings met in newly added wire and translated
regional texts (real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


def _places(extraction: Extraction) -> list[str]:
    return [p.text for c in extraction.candidates for p in c.places]


# -- "marched" with an object: captives driven on foot, not a protest march ------------------
def test_captives_marched_into_the_bush_are_no_protest(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen stormed a boarding school in Zaria on Thursday and marched the pupils into the "
        "forest, residents said."
    )
    extraction = run(text)
    assert S.PEACEFUL_PROTEST not in _subs(extraction)
    assert "not a protest (people marched off)" in {d.reason for d in extraction.decisions}


def test_captives_were_marched_away_is_no_protest(run: Callable[..., Extraction]) -> None:
    text = "The hostages were marched to a camp near Gwoza on Friday, witnesses said."
    assert S.PEACEFUL_PROTEST not in _subs(run(text))


def test_teachers_marching_through_a_city_still_protest(run: Callable[..., Extraction]) -> None:
    text = (
        "Hundreds of teachers marched through the centre of Kano on Monday to demand unpaid wages."
    )
    assert _subs(run(text)) == [S.PEACEFUL_PROTEST]


# -- "recaptured the eastern half of X": ground, not people ----------------------------------
def test_recaptured_half_of_a_city_is_territory(run: Callable[..., Extraction]) -> None:
    text = "Government troops recaptured the southern half of Raqqa from the militants on Sunday."
    subs = _subs(run(text))
    assert S.GOVERNMENT_REGAINS_TERRITORY in subs
    assert S.ARRESTS not in subs


def test_side_of_a_city_is_a_place(run: Callable[..., Extraction]) -> None:
    text = "Government troops recaptured the southern half of Raqqa from the militants on Sunday."
    assert "Raqqa" in _places(run(text))


def test_rim_of_a_city_is_a_place(run: Callable[..., Extraction]) -> None:
    text = "Rebels shelled the northern edge of Aleppo on Sunday, killing two soldiers."
    assert "Aleppo" in _places(run(text))


# -- "the town of Tell al-Hawa": a name that runs past its particle ---------------------------
def test_designated_name_runs_past_its_particle(run: Callable[..., Extraction]) -> None:
    text = (
        "Opposition fighters seized control of the town of Tell al-Hawa on Tuesday after army "
        "units withdrew, a monitor said."
    )
    extraction = run(text)
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY in _subs(extraction)
    assert "Tell al-Hawa" in _places(extraction)


# -- "handed over to the authorities": people into custody, not ground ------------------------
def test_suspects_handed_to_authorities_are_no_transfer(run: Callable[..., Extraction]) -> None:
    text = (
        "Police said on Tuesday that the two suspects were handed over to the competent "
        "authorities in Baiji to face trial."
    )
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in _subs(run(text))


def test_positions_handed_to_the_army_are_a_transfer(run: Callable[..., Extraction]) -> None:
    text = (
        "The Kurdish-led forces withdrew from three positions near Ain Issa on Sunday and "
        "handed them over to the army."
    )
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY in _subs(run(text))


# -- where attackers fled is not where they struck --------------------------------------------
def test_place_the_attackers_fled_to_is_not_the_incident_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Militants attacked a police post in the Tuz district on Saturday night, killing two "
        "policemen, before slipping away towards the Zarga valley."
    )
    places = _places(run(text))
    assert "Tuz district" in places
    assert not any("Zarga" in p for p in places)


# -- "the Baiji sector": a security sector is a place -----------------------------------------
def test_sector_designates_a_place(run: Callable[..., Extraction]) -> None:
    text = "Gunmen attacked an army point in the Baiji sector on Sunday evening, killing a soldier."
    assert "Baiji sector" in _places(run(text))


# -- where the dead were carried, or who fled where ------------------------------------------
def test_place_the_bodies_were_carried_to_is_not_the_incident_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Insurgents ambushed an army patrol near Mueda on Tuesday, killing three soldiers, and "
        "the bodies were transported to Pemba, a health source said."
    )
    places = _places(run(text))
    assert "Mueda" in places
    assert "Pemba" not in places


def test_place_residents_fled_to_is_kept(run: Callable[..., Extraction]) -> None:
    text = (
        "Shells hit a market in Ariha on Friday, killing four people, and hundreds of "
        "residents fled to Idlib."
    )
    assert "Idlib" in _places(run(text))


# -- translated copy: "confronted with the forces", "decapitated", "lost the life" ------------
def test_confronted_with_the_forces_is_a_clash(run: Callable[..., Extraction]) -> None:
    text = (
        "Armed men entered the town of Mocimboa on Friday morning, where they confronted with "
        "the defence forces for several hours, residents said."
    )
    assert _subs(run(text)) == [S.ARMED_CLASH]


def test_confronted_with_evidence_is_no_clash(run: Callable[..., Extraction]) -> None:
    text = "The minister was confronted with the evidence in Maputo on Friday, his office said."
    assert run(text).candidates == []


def test_decapitated_is_a_killing(run: Callable[..., Extraction]) -> None:
    text = (
        "A herder was decapitated by suspected insurgents near the village of Nangade on "
        "Thursday, relatives said."
    )
    extraction = run(text)
    assert _subs(extraction) == [S.ATTACK]
    assert extraction.candidates[0].fatalities is not None


def test_lost_the_life_is_a_death(run: Callable[..., Extraction]) -> None:
    text = (
        "Three soldiers lost the life in the fighting near Mueda on Tuesday, a health source said."
    )
    extraction = run(text)
    assert any(d.trigger.text == "lost the life" and d.kept for d in extraction.decisions)


def test_beach_of_a_village_is_a_place(run: Callable[..., Extraction]) -> None:
    text = (
        "On Thursday a fisherman was beheaded by suspected insurgents near the beach of "
        "Quiterajo, his family said."
    )
    assert "Quiterajo" in _places(run(text))


# -- a labelled summary previews the report below ---------------------------------------------
def test_summary_line_folds_into_the_report_below(run: Callable[..., Extraction]) -> None:
    text = (
        "In brief: Gunmen killed two farmers in Hawija on Monday, and drones struck targets in "
        "the north.\n\n"
        "Gunmen opened fire on farmers working their fields near Hawija on Monday, killing two "
        "of them, police said."
    )
    extraction = run(text)
    assert len(extraction.candidates) == 1
    assert extraction.candidates[0].weapon is None or "drone" not in extraction.candidates[0].weapon


def test_summary_line_told_nowhere_below_is_dropped(run: Callable[..., Extraction]) -> None:
    text = (
        "Summary: Three soldiers were killed in Tikrit on Sunday.\n\n"
        "A roadside bomb struck an army vehicle in Samarra on Tuesday, wounding two soldiers."
    )
    assert _subs(run(text)) == [S.REMOTE_EXPLOSIVE_LANDMINE_IED]


# -- military press releases: home districts, ages, "the operation" told again ----------------
RELEASE = (
    "On the night of 3 March 2024, security forces conducted an intelligence based operation in "
    "the general area of Mir Ali, North Waziristan District.\n\n"
    "During the conduct of the operation, troops engaged the militants and, after an intense "
    "exchange of fire, four militants were sent to hell, while a soldier, Sepoy Tariq Khan (age "
    "22 years, resident of District Kohat), was injured."
)


def test_home_district_of_a_soldier_is_not_the_incident_place(
    run: Callable[..., Extraction],
) -> None:
    places = _places(run(RELEASE))
    assert "Mir Ali" in places
    assert not any("Kohat" in p for p in places)


def test_age_in_years_is_no_date(run: Callable[..., Extraction]) -> None:
    dates = [d.text for c in run(RELEASE).candidates for d in c.dates]
    assert not any("22 years" in d for d in dates)


def test_operation_named_again_takes_its_place_and_day(run: Callable[..., Extraction]) -> None:
    extraction = run(RELEASE)
    assert _subs(extraction) == [S.ARMED_CLASH]
    assert any("March 2024" in d.text for d in extraction.candidates[0].dates)


def test_sent_to_hell_is_a_killing(run: Callable[..., Extraction]) -> None:
    extraction = run(RELEASE)
    assert extraction.candidates[0].fatalities is not None
    assert extraction.candidates[0].fatalities.value == 4
