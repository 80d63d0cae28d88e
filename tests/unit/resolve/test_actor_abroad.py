"""Aliases met outside the country the dictionary binds them to, nationality inside a longer
mention, and people named after their title or trade."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import ActorMention, ActorRole, Span
from sitrep.resolve.actors import ActorDictionary

ON = date(1990, 3, 1)


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        # an institution named without its nationality is the event country's
        ("the National Police", "Colombia", "Police Forces of Colombia"),
        ("border guards", "Syria", "Military Forces of Syria (2000-)"),
        ("the Civil Guard", "Spain", "Police Forces of Spain"),
        ("government forces", "Yemen", "Military Forces of Yemen"),
        ("government forces", "Iraq", "Military Forces of Iraq (2014-2018)"),
        # one that says whose it is stays whose it is
        ("Salvadoran army", "Honduras", "Military Forces of El Salvador"),
        ("Iraqi army", "Syria", "Military Forces of Iraq (2014-2018)"),
        ("CTS", "Syria", "Military Forces of Iraq (2014-2018)"),
        # a group with a branch per country has one here too; a single group is itself
        ("ISIS", "Libya", "Islamic State (Libya)"),
        ("Daesh", "Lebanon", "Islamic State (Lebanon)"),
        ("the FMLN", "Honduras", "FMLN: Farabundo Marti National Liberation Front"),
    ],
)
def test_aliases_met_abroad(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    assert actors.canonical(mention, country=country, on=date(2016, 6, 1)) == expected


def test_the_branch_name_is_not_invented_for_unrelated_groups(actors: ActorDictionary) -> None:
    # Asayish is both a Peshmerga alias and a Syrian group: no "Asayish (Turkey)"
    found = actors.canonical("Asayish", country="Turkey")
    assert found is not None and "(Turkey)" not in found


def test_a_demonym_keeps_a_contained_state_force_apart(actors: ActorDictionary) -> None:
    assert actors.canonical("Turkish border guards", country="Syria") == "Military Forces of Turkey"
    assert actors.canonical("Iraqi border guards", country="Iraq", on=date(2021, 1, 1)) == (
        "Military Forces of Iraq (2020-2022)"
    )


@pytest.mark.parametrize(
    ("mention", "label", "expected"),
    [
        ("presidential candidate Rafael Ortiz Mena", "PERSON", "Civilians (Colombia)"),
        ("businessman Julio Cesar Arango", "PERSON", "Civilians (Colombia)"),
        ("political leader tomas aguirre lopez", "generic:official", "Civilians (Colombia)"),
        ("Attorney General Hernan Lozada", "PERSON", "Government of Colombia"),
    ],
)
def test_a_title_before_a_name_says_what_the_person_is(
    actors: ActorDictionary, mention: str, label: str, expected: str
) -> None:
    found = actors.match(mention, country="Colombia", on=ON, label=label)
    assert found is not None and found.name == expected


def test_a_bare_name_stays_unresolved(actors: ActorDictionary) -> None:
    assert actors.match("Rafael Ortiz Mena", country="Colombia", on=ON, label="PERSON") is None


def test_drug_traffickers_are_an_armed_group(actors: ActorDictionary) -> None:
    assert actors.canonical("drug traffickers", country="Colombia") == (
        "Unidentified Armed Group (Colombia)"
    )


def test_a_name_the_tagger_cut_in_two_still_makes_the_subject(actors: ActorDictionary) -> None:
    # "... blamed Islamic State militants": NORP "Islamic" + ORG "State", one space apart
    text = "officials blamed Islamic State for the ambush"
    first, second = text.index("Islamic"), text.index("State")
    mentions = [
        ActorMention(text="Islamic", role=ActorRole.ACTOR1,
                     span=Span(text="Islamic", start=first, end=first + 7), label="NORP"),
        ActorMention(text="State", role=ActorRole.ACTOR1,
                     span=Span(text="State", start=second, end=second + 5), label="ORG"),
        ActorMention(text="Syrian Democratic Forces", role=ActorRole.ACTOR1),
    ]  # fmt: skip
    subject = actors.subject(mentions, country="Syria", on=None)
    assert subject is not None and subject.name == "Islamic State (Syria)"


@pytest.mark.parametrize("base", ["Ain al-Asad air base", "the Harir air base", "al-Tanf base"])
def test_a_base_hosting_the_coalition_stands_for_it(actors: ActorDictionary, base: str) -> None:
    found = actors.match(base, country="Iraq", label="target:property")
    assert found is not None and found.name == "Coalition Forces (International)"


def test_an_unknown_base_resolves_to_nobody(actors: ActorDictionary) -> None:
    assert actors.match("the Qayyarah air base", country="Iraq", label="target:property") is None


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("the army of national liberation", "Colombia", "ELN: National Liberation Army"),
        ("Secret Anticommunist Army", "Guatemala", "ESA: Secret Anticommunist Army"),
        ("the Morazanist Patriotic Front", "Honduras", "FPM: Morazanist Patriotic Front"),
        ("UMOPAR", "Bolivia", "Police Forces of Bolivia"),
        ("the Bolivian army", "Bolivia", "Military Forces of Bolivia"),
    ],
)
def test_more_latin_american_names(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    assert actors.canonical(mention, country=country, on=ON) == expected


@pytest.mark.parametrize(
    "mention",
    ["YBS", "two members of the Shingal Resistance Units (YBS)", "Sinjar Resistance Units"],
)
def test_the_sinjar_units_are_coded_as_the_pkk(actors: ActorDictionary, mention: str) -> None:
    assert actors.canonical(mention, country="Iraq") == "PKK: Kurdistan Workers Party"


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("Fatemiyoun fighters", "Syria", "Liwa Fatemiyoun"),
        ("Jaysh al-Islam", "Syria", "Jaish al-Islam"),
        ("the Turkistan Islamic Party", "Syria", "Turkistan Islamic Party"),
        ("Kata'ib Imam Ali", "Iraq", "Kataib Imam Ali"),
        ("PJAK", "Iraq", "PJAK: Free Life Party of Kurdistan"),
    ],
)
def test_more_iraq_and_syria_groups(
    actors: ActorDictionary, mention: str, country: str, expected: str
) -> None:
    assert actors.canonical(mention, country=country) == expected


def test_a_party_is_not_its_namesake_abroad(actors: ActorDictionary) -> None:
    assert actors.canonical("Kurdistan Democratic Party", country="Iraq") is None
