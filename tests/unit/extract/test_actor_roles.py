"""Who attacked whom: the roles read off the parse for the usual ways news copy says it
(real model, original sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.arguments import PROPERTY_LABEL, SITE_LABEL
from sitrep.model import ActorMention, ActorRole, Extraction

pytestmark = pytest.mark.slow


def _actors(extraction: Extraction) -> list[ActorMention]:
    return [a for ev in extraction.candidates for a in ev.actors]


def _texts(extraction: Extraction, role: ActorRole) -> list[str]:
    return [a.text for a in _actors(extraction) if a.role == role]


def test_the_wire_dateline_is_never_the_attacker(run: Callable[..., Extraction]) -> None:
    text = (
        "BASRA, Iraq, March 3 (Wire) - Gunmen on motorcycles shot dead a tribal sheikh "
        "outside his home in the city on Tuesday, police said."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert not any("BASRA" in t for t in actor1), actor1
    assert any("Gunmen" in t for t in actor1), actor1


def test_the_victims_after_a_dateline_are_attacked(run: Callable[..., Extraction]) -> None:
    text = (
        "KIRKUK, Iraq, May 2 (Wire) - Four farmers were killed on Sunday when a roadside "
        "bomb exploded near their tractor south of the city, a local official said."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("farmers" in t for t in actor2), actor2


def test_a_public_place_stands_for_its_civilians(run: Callable[..., Extraction]) -> None:
    text = "A bomb at a busy bus station in Kirkuk killed six people on Tuesday morning."
    sites = [a for a in _actors(run(text)) if a.label == SITE_LABEL]
    assert sites and all(a.role == ActorRole.ACTOR2 for a in sites), _actors(run(text))


def test_the_bombing_of_a_market_targets_civilians(run: Callable[..., Extraction]) -> None:
    text = (
        "Police said the bombing of a crowded vegetable market in Tuz Khurmatu on Friday "
        "killed nine people."
    )
    sites = [a.text for a in _actors(run(text)) if a.label == SITE_LABEL]
    assert any("market" in t for t in sites), _actors(run(text))


def test_an_arrest_at_a_market_has_no_civilian_victims(run: Callable[..., Extraction]) -> None:
    text = "Police arrested two suspects at a market in Tikrit on Monday."
    assert not [a for a in _actors(run(text)) if a.label == SITE_LABEL]


def test_a_post_of_a_force_makes_the_force_attacked(run: Callable[..., Extraction]) -> None:
    text = (
        "Militants attacked a checkpoint of the Peshmerga near Makhmour on Sunday night, "
        "killing two of its guards."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("Peshmerga" in t for t in actor2), actor2


def test_hideouts_of_a_group_make_the_group_attacked(run: Callable[..., Extraction]) -> None:
    text = (
        "Iraqi warplanes carried out airstrikes on ISIS hideouts in the Hamrin mountains on "
        "Friday, the Security Media Cell said."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert "ISIS" in actor2, actor2


def test_the_speaker_stands_for_it(run: Callable[..., Extraction]) -> None:
    text = (
        "The coalition said it had conducted eleven airstrikes against militant positions "
        "in the Makhmour mountains on Friday."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any("coalition" in t for t in actor1), actor1
    assert "it" not in actor1


def test_who_carried_out_the_operation_did_the_killing(run: Callable[..., Extraction]) -> None:
    text = (
        "The coalition forces carried out an airborne landing near Hajin on February 9, "
        "which killed two militants."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any("coalition forces" in t for t in actor1), actor1


def test_whose_drone_it_was_acts(run: Callable[..., Extraction]) -> None:
    text = (
        "On Thursday, a drone believed to belong to the international coalition struck a "
        "car on the road to Dhiban, killing its driver."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any("coalition" in t for t in actor1), actor1


def test_affiliation_stays_with_the_person(run: Callable[..., Extraction]) -> None:
    text = "Security forces arrested four suspects belonging to ISIS cells in Mosul on Monday."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("suspects belonging to ISIS cells" in t for t in actor2), actor2


def test_a_passive_claim_is_a_claim(run: Callable[..., Extraction]) -> None:
    text = (
        "The car bomb that killed eleven people in a Baghdad market in May, later claimed by "
        "the Islamic State, was the deadliest of the year."
    )
    claimed = _texts(run(text), ActorRole.CLAIMED_BY)
    assert any("Islamic State" in t for t in claimed), _actors(run(text))


def test_a_headline_claim_names_the_claimant(run: Callable[..., Extraction]) -> None:
    text = (
        "Mali: JNIM claims attack on army convoy near Boni\n\nFive soldiers were killed on "
        "Monday when militants attacked an army convoy near Boni, the army said."
    )
    claimed = _texts(run(text), ActorRole.CLAIMED_BY)
    assert any("JNIM" in t for t in claimed), _actors(run(text))


def test_who_is_blamed_was_not_attacked(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen killed three shepherds near Khanaqin on Friday. Local officials blamed the "
        "attack on Islamic State militants."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert not any("Islamic State" in t for t in actor2), actor2


def test_fighting_between_two_sides_as_a_verb(run: Callable[..., Extraction]) -> None:
    text = "Fighting between the Syrian army and HTS fighters continued on Monday near Saraqib."
    extraction = run(text)
    assert any("Syrian army" in t for t in _texts(extraction, ActorRole.ACTOR1))
    assert any("HTS" in t for t in _texts(extraction, ActorRole.ACTOR2))


def test_clashed_with_names_the_other_side(run: Callable[..., Extraction]) -> None:
    text = "HTS fighters clashed with the Hamza Division near Afrin on Monday."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("Hamza Division" in t for t in actor2), actor2


def test_a_helicopter_raid_names_the_raiders_not_the_helicopter(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "U.S. special forces carried out a helicopter raid on a house in Deir ez-Zor before "
        "dawn on Wednesday, killing two militants."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert "helicopter" not in actor1
    assert any("special forces" in t for t in actor1), actor1


def test_a_country_owns_its_drone(run: Callable[..., Extraction]) -> None:
    text = "Two militia commanders were killed in a US drone strike near Baghdad airport."
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert any(t.startswith("US") for t in actor1), actor1


def test_the_attacks_of_a_group_are_a_pattern_not_a_target(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A roadside bomb killed two soldiers in Tarmiya on Saturday. The district has seen "
        "frequent attacks of ISIS remnants hiding in its orchards."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert not any("remnants" in t for t in actor2), actor2


def test_the_arrest_of_people_makes_them_the_arrested(run: Callable[..., Extraction]) -> None:
    text = "Police announced the arrest of five suspects in Basra on Thursday."
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("suspects" in t for t in actor2), actor2


def test_attacked_property_is_kept_as_the_target(run: Callable[..., Extraction]) -> None:
    text = "Guerrillas dynamited two power pylons and attacked a bank in Usulutan on Tuesday."
    targets = [a for a in _actors(run(text)) if a.label == PROPERTY_LABEL]
    assert targets and all(a.role == ActorRole.ACTOR2 for a in targets), _actors(run(text))


def test_a_lower_case_group_name_is_an_organisation(run: Callable[..., Extraction]) -> None:
    text = (
        "members of the fmln attacked an electric power substation in san salvador last "
        "night, wounding a soldier who guarded it."
    )
    actor1 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR1]
    assert any("fmln" in a.text and a.label == "ORG" for a in actor1), actor1


def test_a_count_of_officials_is_the_officials(run: Callable[..., Extraction]) -> None:
    text = (
        "Prime Minister Mustafa al-Kadhimi dismissed a number of security officials over "
        "the breach on Thursday."
    )
    actor2 = _texts(run(text), ActorRole.ACTOR2)
    assert any("a number of security officials" in t for t in actor2), actor2


def test_who_takes_over_ground_is_actor_one(run: Callable[..., Extraction]) -> None:
    text = "Coalition forces handed over control of the K1 base to the Iraqi army on Sunday."
    extraction = run(text)
    assert any("Iraqi army" in t for t in _texts(extraction, ActorRole.ACTOR1))
    assert any("Coalition forces" in t for t in _texts(extraction, ActorRole.ACTOR2))


def test_a_misread_light_verb_still_names_the_attacker(run: Callable[..., Extraction]) -> None:
    text = (
        "Police said that on Monday night terrorists staged three bomb attacks against "
        "foreign banks in Santiago, causing heavy damage but no victims."
    )
    actor1 = _texts(run(text), ActorRole.ACTOR1)
    assert "terrorists" in actor1, actor1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police commandos stormed a hideout of the gang in Cali on Sunday, killing two.",
         "generic:police"),
        ("On Sunday, army commandos raided a rebel camp near Ayacucho, killing four.",
         "generic:military"),
        ("Urban commandos attacked a bank in San Salvador on Sunday, wounding a guard.",
         "generic:armed"),
    ],
)  # fmt: skip
def test_commandos_take_the_side_their_name_says(
    run: Callable[..., Extraction], text: str, label: str
) -> None:
    actor1 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR1]
    assert any("ommandos" in a.text and a.label == label for a in actor1), actor1


def test_units_take_the_side_of_their_modifier(run: Callable[..., Extraction]) -> None:
    text = (
        "On Friday night, urban commando units attacked the electricity company offices in "
        "Santa Tecla, wounding two guards."
    )
    actor1 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR1]
    assert any("commando units" in a.text and a.label == "generic:armed" for a in actor1), actor1


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("on monday the shining path bombed a bus carrying 40 workers in the town of huancayo.",
         "shining path", "ORG"),
        ("on monday a death squad killed two peasants in the village of san jose.",
         "death squad", "generic:armed"),
    ],
)  # fmt: skip
def test_two_word_names_in_lower_case_text(
    run: Callable[..., Extraction], text: str, name: str, label: str
) -> None:
    actor1 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR1]
    assert any(name in a.text and a.label == label for a in actor1), actor1


def test_a_titled_name_in_lower_case_text_is_a_person(run: Callable[..., Extraction]) -> None:
    text = "on monday gunmen attacked presidential candidate bernardo ossa at the airport."
    actor2 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR2]
    assert any("bernardo ossa" in a.text and a.label == "generic:official" for a in actor2)
    assert not any(a.label == PROPERTY_LABEL for a in actor2), actor2


def test_armed_men_are_an_armed_group_not_civilians(run: Callable[..., Extraction]) -> None:
    text = "On Sunday, three heavily armed men attacked a bus near Tecoluca, killing a driver."
    actor1 = [a for a in _actors(run(text)) if a.role == ActorRole.ACTOR1]
    assert any("armed men" in a.text and a.label == "generic:armed" for a in actor1), actor1


def test_a_participle_after_a_passive_keeps_its_roles(run: Callable[..., Extraction]) -> None:
    text = (
        "Two engineers were taken from their car by masked gunmen near Kirkuk on Monday and "
        "later killed."
    )
    extraction = run(text)
    assert "Two engineers" in _texts(extraction, ActorRole.ACTOR2), extraction.candidates
    assert "masked gunmen" in _texts(extraction, ActorRole.ACTOR1), extraction.candidates


def test_whose_assassination_names_the_victim(run: Callable[..., Extraction]) -> None:
    text = "The judge's assassination in Medellin on Friday shocked the country."
    extraction = run(text)
    assert "judge" in _texts(extraction, ActorRole.ACTOR2), extraction.candidates
    assert not _texts(extraction, ActorRole.ACTOR1), extraction.candidates


def test_whose_attack_names_the_attacker(run: Callable[..., Extraction]) -> None:
    text = "ISIS's attack on the village in Diyala on Monday killed three farmers."
    assert "ISIS" in _texts(run(text), ActorRole.ACTOR1)


def test_who_shot_the_victims_does_not_own_them(run: Callable[..., Extraction]) -> None:
    text = "Police reported the death of two reporters who were shot by soldiers in Lima on Monday."
    extraction = run(text)
    assert "soldiers" not in _texts(extraction, ActorRole.ACTOR2), extraction.candidates


@pytest.mark.parametrize(
    "denial",
    [
        "No group has claimed responsibility for the bombing.",
        "No one has claimed the bombing so far.",
        "Nobody claimed the bombing.",
    ],
)
def test_a_denied_claimant_is_nobody(run: Callable[..., Extraction], denial: str) -> None:
    text = (
        "A car bomb exploded near the provincial council building in Kismayo on Sunday, killing "
        f"six people, police said. {denial}"
    )
    extraction = run(text)
    assert extraction.candidates, "the bombing itself is an event"
    roles = [(m.role, m.text.lower()) for c in extraction.candidates for m in c.actors]
    assert not any("no" in t.split() or t in {"nobody", "no one"} for _, t in roles), roles
    assert _texts(extraction, ActorRole.CLAIMED_BY) == []
