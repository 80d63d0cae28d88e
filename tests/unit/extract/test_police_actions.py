"""Arrests, police firing and crowd-control force told the way wire services and translated
regional outlets tell them, and the look-alike phrasings that are no arrest or are only a
demand (real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import ActorRole, CandidateEvent, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


def _actor1(ev: CandidateEvent) -> list[str]:
    return [a.text.lower() for a in ev.actors if a.role is ActorRole.ACTOR1]


@pytest.mark.parametrize(
    "text",
    [
        "Thirty-two people were held in Kano on Saturday, police said.",
        "Soldiers picked up 14 suspects in a dawn raid on Gwoza on Friday.",
        "Security forces nabbed two men carrying explosives at a checkpoint in Baqubah on Monday.",
    ],
)
def test_held_picked_up_and_nabbed_are_arrests(run: Callable[..., Extraction], text: str) -> None:
    assert _subs(run(text)) == [S.ARRESTS]


@pytest.mark.parametrize(
    "text",
    [
        "The conference of tribal elders was held in Ramadi on Sunday.",
        "Trading picked up in Lagos on Tuesday as the curfew eased.",
        "The four aid workers were held hostage in Sirte on Monday.",
        "The driver was held at gunpoint near Kirkuk on Sunday.",
        "On Monday, seven detainees held on theft charges were moved to a prison in Mosul.",
    ],
)
def test_held_without_an_arrest_is_no_arrest(run: Callable[..., Extraction], text: str) -> None:
    assert S.ARRESTS not in _subs(run(text))


def test_counted_arrest_without_place_or_day_is_kept(run: Callable[..., Extraction]) -> None:
    text = "About 40 opposition supporters were arrested after the march, a police spokesman said."
    [ev] = run(text).candidates
    assert ev.sub_event_type is S.ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "The opposition mayor was detained at his home, his lawyer said.",
        "He was later arrested by the gendarmerie, a relative told reporters.",
    ],
)
def test_one_person_arrested_without_place_or_day_is_kept(
    run: Callable[..., Extraction], text: str
) -> None:
    assert _subs(run(text)) == [S.ARRESTS]


def test_picked_up_by_police_is_an_arrest_of_an_unknown_name(
    run: Callable[..., Extraction],
) -> None:
    # lower-cased text: the parser knows no name, but the police did the taking
    text = "musa was picked up by police from his home in kano on monday, relatives said."
    [ev] = run(text).candidates
    assert ev.sub_event_type is S.ARRESTS
    assert "police" in _actor1(ev)


def test_counted_group_described_at_length_is_kept(run: Callable[..., Extraction]) -> None:
    text = (
        "About 30 students who had blocked the main road to the university campus were "
        "arrested, police said."
    )
    assert _subs(run(text)) == [S.ARRESTS]


def test_parcel_picked_up_by_a_courier_is_no_arrest(run: Callable[..., Extraction]) -> None:
    text = "The parcel was picked up by a courier in Kano on Monday."
    assert S.ARRESTS not in _subs(run(text))


def test_nobody_arrested_is_no_arrest(run: Callable[..., Extraction]) -> None:
    text = "Nobody was arrested after the rally, a police spokesman said."
    assert run(text).candidates == []


def test_uncounted_arrests_without_place_or_day_stay_generic(
    run: Callable[..., Extraction],
) -> None:
    text = "Opposition supporters were arrested after the march, a police spokesman said."
    assert run(text).candidates == []


def test_demanded_arrest_is_no_arrest(run: Callable[..., Extraction]) -> None:
    text = "Opposition leaders in Abuja on Monday demanded the arrest of the governor's aides."
    extraction = run(text)
    assert extraction.candidates == []
    assert "threat" in {d.reason for d in extraction.decisions}


@pytest.mark.parametrize(
    "text",
    [
        "Police fired at the crowd in Jos on Friday, wounding four people.",
        "Troops fired 20 rounds into the air to break up the crowd in Basra on Sunday.",
        "Two youths were killed in police firing in Kaduna on Tuesday, witnesses said.",
        "One man died when police fired to disperse a crowd in Eldoret on Monday night.",
    ],
)
def test_police_firing_is_an_incident_by_the_police(
    run: Callable[..., Extraction], text: str
) -> None:
    firers = [a for ev in run(text).candidates for a in _actor1(ev)]
    assert "police" in firers or "troops" in firers


def test_fired_at_an_hour_names_no_target(run: Callable[..., Extraction]) -> None:
    text = "Three rockets were fired at around 10 pm from an orchard near Tuz Khurmatu on Monday."
    extraction = run(text)
    assert extraction.candidates == []
    assert "not an attack (a time, not a target)" in {d.reason for d in extraction.decisions}


def test_counted_volley_without_place_or_day_is_kept(run: Callable[..., Extraction]) -> None:
    text = "Police fired 12 rounds to scatter the stone-throwing crowd, a witness said."
    [ev] = run(text).candidates
    assert "police" in _actor1(ev)


def test_killed_in_police_firing_has_the_police_as_actor1(
    run: Callable[..., Extraction],
) -> None:
    text = "Two youths were killed in police firing in Kaduna on Tuesday, witnesses said."
    [ev] = run(text).candidates
    assert "police" in _actor1(ev)
    assert ev.fatalities is not None and ev.fatalities.value == 2


def test_lathi_charge_is_a_protest_with_intervention(run: Callable[..., Extraction]) -> None:
    text = (
        "Police lathi-charged students marching on the assembly in Patna on Wednesday, "
        "witnesses said."
    )
    assert _subs(run(text)) == [S.PROTEST_WITH_INTERVENTION]


def test_tear_gas_shells_are_no_shelling(run: Callable[..., Extraction]) -> None:
    text = "Riot police lobbed tear gas shells at stone-throwing youths in Srinagar on Friday."
    subs = _subs(run(text))
    assert subs and S.SHELLING_ARTILLERY_MISSILE not in subs


def test_tear_gas_on_a_looting_mob_is_the_riot_not_a_protest(
    run: Callable[..., Extraction],
) -> None:
    text = "Police fired tear gas at a mob looting shops in Jos on Friday."
    assert _subs(run(text)) == [S.MOB_VIOLENCE]


def test_fire_on_a_mob_has_the_police_as_actor1(run: Callable[..., Extraction]) -> None:
    text = "Police opened fire on a mob looting shops in Maiduguri on Sunday, killing two men."
    [ev] = run(text).candidates
    assert "police" in _actor1(ev)


def test_force_used_in_the_past_without_place_or_day_is_kept(
    run: Callable[..., Extraction],
) -> None:
    text = "In the evening, riot police opened fire on youths looting a warehouse, a witness said."
    [ev] = run(text).candidates
    assert "riot police" in _actor1(ev) or "police" in _actor1(ev)


def test_force_as_a_habit_stays_generic(run: Callable[..., Extraction]) -> None:
    text = "Police open fire on protesters whenever they march, the opposition says."
    assert run(text).candidates == []


@pytest.mark.parametrize(
    ("text", "arrester"),
    [
        # the force that reports people arrested, by no one said, arrested them
        ("Police said six suspected collaborators of the bandits were arrested in Dansadau "
         "on Wednesday.", "police"),
        ("The Interior Ministry said on Sunday evening that 31 people were detained after the "
         "rally in Kutaisi.", "the interior ministry"),
        # who announces an arrest made it
        ("In Latakia, the General Security Directorate announced on Monday the arrest of a "
         "cell of four persons in the town of Jableh.", "the general security directorate"),
        ("In Dori, the gendarmerie arrested on Friday six persons suspected of supplying fuel "
         "to the armed groups.", "gendarmerie"),
    ],
)  # fmt: skip
def test_who_made_an_arrest_told_by_its_announcement(
    run: Callable[..., Extraction], text: str, arrester: str
) -> None:
    [event] = run(text).candidates
    assert event.sub_event_type is S.ARRESTS
    assert arrester in _actor1(event)


def test_a_relative_reporting_an_arrest_made_none(run: Callable[..., Extraction]) -> None:
    text = "His brother said he was arrested at a checkpoint near Tikrit on Sunday."
    [event] = run(text).candidates
    assert _actor1(event) == []
