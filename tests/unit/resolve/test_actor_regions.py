"""The dictionary beyond Iraq and Syria, the outlets' own names for the same actors, the
generic classes and the labels the extractor puts on places and property."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import InterCode
from sitrep.resolve.actors import ActorDictionary

ON = date(1990, 3, 1)


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("the fmln", "El Salvador", "FMLN: Farabundo Marti National Liberation Front"),
        ("Farabundo Marti National Liberation Front", "El Salvador",
         "FMLN: Farabundo Marti National Liberation Front"),
        ("members of the farabundo marti national liberation front", "El Salvador",
         "FMLN: Farabundo Marti National Liberation Front"),
        ("Sendero Luminoso", "Peru", "PCP-SL: Communist Party of Peru - Shining Path"),
        ("a shining path column", "Peru", "PCP-SL: Communist Party of Peru - Shining Path"),
        ("Tupac Amaru Revolutionary Movement", "Peru", "MRTA: Tupac Amaru Revolutionary Movement"),
        ("the eln", "Colombia", "ELN: National Liberation Army"),
        ("National Liberation Army", "Colombia", "ELN: National Liberation Army"),
        ("FARC rebels", "Colombia", "FARC: Revolutionary Armed Forces of Colombia"),
        ("the M-19", "Colombia", "M-19: 19th of April Movement"),
        ("the extraditables", "Colombia", "Medellin Cartel"),
        ("URNG", "Guatemala", "URNG: Guatemalan National Revolutionary Unity"),
        ("the Atlacatl Battalion", "El Salvador", "Military Forces of El Salvador"),
        ("salvadoran soldiers", "El Salvador", "Military Forces of El Salvador"),
        ("Colombian police", "Colombia", "Police Forces of Colombia"),
        ("the Peruvian army", "Peru", "Military Forces of Peru"),
    ],
)  # fmt: skip
def test_latin_american_actors(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    assert actors.canonical(mention, country=country, on=ON) == expected


def test_rebel_groups_have_rebel_inter_codes(actors: ActorDictionary) -> None:
    found = actors.match("the fmln", country="El Salvador", on=ON)
    assert found is not None and found.inter == InterCode.REBEL_GROUPS
    cartel = actors.match("Medellin cartel", country="Colombia", on=ON)
    assert cartel is not None and cartel.inter == InterCode.POLITICAL_MILITIAS


def test_presidents_map_to_their_government_in_office(actors: ActorDictionary) -> None:
    assert actors.canonical("President Cristiani", country="El Salvador", on=ON) == (
        "Government of El Salvador"
    )
    assert actors.canonical("Cristiani", country="El Salvador", on=date(1995, 1, 1)) is None


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("heavily armed men", "Colombia", "Unidentified Armed Group (Colombia)"),
        # "atacados por civiles armados": who attack with guns are an armed group
        ("armed civilians", "Mexico", "Unidentified Armed Group (Mexico)"),
        ("civilians", "Mexico", "Civilians (Mexico)"),
        ("urban guerrillas", "El Salvador", "Unidentified Armed Group (El Salvador)"),
        ("a death squad", "Guatemala", "Unidentified Armed Group (Guatemala)"),
        ("subversives", "Peru", "Unidentified Armed Group (Peru)"),
        ("six peasants", "Peru", "Civilians (Peru)"),
        ("two Jesuit priests", "El Salvador", "Civilians (El Salvador)"),
        ("Salvadoran troops", "Iraq", "Military Forces of El Salvador"),
    ],
)
def test_generic_classes_for_any_country(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    assert actors.canonical(mention, country=country, on=ON) == expected


def test_security_officials_are_the_security_forces(actors: ActorDictionary) -> None:
    on = date(2021, 1, 22)
    assert actors.canonical(
        "a number of security and intelligence officials", country="Iraq", on=on
    ) == ("Military Forces of Iraq (2020-2022)")
    assert actors.canonical("local officials", country="Iraq", on=on) == (
        "Government of Iraq (2020-2022)"
    )
    assert actors.canonical("the Iraqi PM", country="Iraq", on=on) == (
        "Government of Iraq (2020-2022)"
    )


def test_the_pkk_of_turkish_outlets_is_the_sdf_in_syria(actors: ActorDictionary) -> None:
    assert actors.canonical("three PKK/YPG terrorists", country="Syria") == (
        "SDF: Syrian Democratic Forces"
    )
    assert actors.canonical("PKK militants", country="Syria") == "SDF: Syrian Democratic Forces"
    assert actors.canonical("PKK militants", country="Iraq") == "PKK: Kurdistan Workers Party"
    assert actors.canonical("PKK", country="Turkey") == "PKK: Kurdistan Workers Party"


def test_syrian_state_media_names(actors: ActorDictionary) -> None:
    assert actors.canonical("the Turkish occupation army", country="Syria") == (
        "Military Forces of Turkey"
    )
    assert actors.canonical("the Third Legion", country="Syria") == "Syrian National Army"


def test_a_public_place_resolves_to_the_civilians_there(actors: ActorDictionary) -> None:
    assert actors.canonical("a crowded market", country="Iraq") is None
    found = actors.match("a crowded market", country="Iraq", label="site:public")
    assert found is not None and found.name == "Civilians (Iraq)"


def test_attacked_property_names_no_actor(actors: ActorDictionary) -> None:
    assert actors.match("two power pylons", country="Peru", label="target:property") is None


def test_a_bare_demonym_that_acts_is_the_countrys_military(actors: ActorDictionary) -> None:
    found = actors.match("Turkish", country="Iraq", label="NORP")
    assert found is not None and found.name == "Military Forces of Turkey"
    assert actors.match("Turkish", country="Iraq") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cali cartel", "Medellin cartel"),
        ("Popular Liberation Army", "National Liberation Army"),
        ("Sinjar Resistance Units", "Shingal Resistance Units"),
    ],
)
def test_regional_look_alikes_stay_apart_or_merge_by_name(
    actors: ActorDictionary, a: str, b: str
) -> None:
    first = actors.canonical(a, country="Colombia" if "Army" in a or "cartel" in a else "Iraq")
    second = actors.canonical(b, country="Colombia" if "Army" in b or "cartel" in b else "Iraq")
    assert first is not None and second is not None
    if "Resistance" in a:
        assert first == second  # one group, two transliterations
    else:
        assert first != second


def test_fuzzy_spelling_of_a_long_name_merges(actors: ActorDictionary) -> None:
    assert actors.canonical("Farabundo Marti National Liberation Frnt", country="El Salvador") == (
        "FMLN: Farabundo Marti National Liberation Front"
    )
    assert actors.canonical("Tupac Katari Guerrilla Movement", country="Peru") != (
        "MRTA: Tupac Amaru Revolutionary Movement"
    )


def test_repeated_questions_get_the_same_answer(actors: ActorDictionary) -> None:
    first = actors.match("two ISIS members", country="Iraq", on=date(2021, 5, 1))
    again = actors.match("two ISIS members", country="Iraq", on=date(2021, 5, 1))
    assert first is not None and first == again
    assert actors.match("two ISIS members", country="Syria", on=date(2021, 5, 1)) != first


def test_regime_soldiers_are_the_army_not_the_government(actors: ActorDictionary) -> None:
    assert actors.canonical(
        "the number of regime soldiers", country="Syria", on=date(2023, 6, 1)
    ) == ("Military Forces of Syria (2000-)")
