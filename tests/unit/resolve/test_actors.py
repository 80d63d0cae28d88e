from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.model import ActorMention, ActorRole, InterCode
from sitrep.resolve.actors import ActorDictionary

REQUIRED = [
    "Islamic State (Iraq)", "Islamic State (Syria)", "Popular Mobilization Forces", "Peshmerga",
    "Kurdistan Regional Government", "Kataib Hezbollah", "Asaib Ahl al-Haq", "Badr Organization",
    "Saraya al-Salam", "Saraya Awliya al-Dam", "Coalition Forces (International)",
    "Military Forces of the United States", "Military Forces of Turkey",
    "PKK: Kurdistan Workers Party", "SDF: Syrian Democratic Forces", "HTS: Hayat Tahrir al-Sham",
    "Syrian National Army", "Military Forces of Russia", "Al Shabaab",
    "JNIM: Group for Support of Islam and Muslims",
]  # fmt: skip


@pytest.mark.parametrize("name", REQUIRED)
def test_required_names_resolve_to_themselves(actors: ActorDictionary, name: str) -> None:
    country = "Syria" if "Syria" in name or name.startswith(("HTS", "SDF")) else "Iraq"
    assert actors.canonical(name, country=country) == name


@pytest.mark.parametrize(
    ("mention", "country", "expected"),
    [
        ("ISIS", "Iraq", "Islamic State (Iraq)"),
        ("Daesh", "Syria", "Islamic State (Syria)"),
        ("ISIL", "Syria", "Islamic State (Syria)"),
        ("the Islamic State group", "Iraq", "Islamic State (Iraq)"),
        ("Hashd al-Shaabi", "Iraq", "Popular Mobilization Forces"),
        ("PMU", "Iraq", "Popular Mobilization Forces"),
        ("Kata'ib Hezbollah", "Iraq", "Kataib Hezbollah"),
        ("Khazali Network", "Iraq", "Asaib Ahl al-Haq"),
        ("Peace Brigades", "Iraq", "Saraya al-Salam"),
        ("Badr Organisation", "Iraq", "Badr Organization"),
        ("US-led coalition", "Iraq", "Coalition Forces (International)"),
        ("Turkish warplanes", "Iraq", "Military Forces of Turkey"),
    ],
)
def test_aliases(actors: ActorDictionary, mention: str, country: str, expected: str) -> None:
    assert actors.canonical(mention, country=country) == expected


@pytest.mark.parametrize(
    ("on", "period"),
    [
        (date(2016, 5, 1), "2014-2018"),
        (date(2018, 10, 24), "2014-2018"),
        (date(2019, 6, 1), "2018-2020"),
        (date(2021, 3, 1), "2020-2022"),
        (date(2023, 2, 1), "2022-"),
    ],
)
def test_state_forces_by_period(actors: ActorDictionary, on: date, period: str) -> None:
    assert actors.canonical("CTS", country="Iraq", on=on) == f"Military Forces of Iraq ({period})"
    assert (
        actors.canonical("federal police officers", country="Iraq", on=on)
        == f"Police Forces of Iraq ({period})"
    )
    assert actors.canonical("Iraqi government", country="Iraq", on=on) == (
        f"Government of Iraq ({period})"
    )


def test_syria_state_names(actors: ActorDictionary) -> None:
    before, after = date(2023, 6, 1), date(2025, 3, 8)  # Assad's fall: 8 December 2024
    assert (
        actors.canonical("Syrian army", country="Syria", on=before)
        == "Military Forces of Syria (2000-)"
    )
    assert actors.canonical("policemen", country="Syria", on=before) == (
        "Police Forces of Syria (2000-)"
    )
    assert actors.canonical("Syrian government", country="Syria", on=before) == (
        "Government of Syria (2000-)"
    )
    assert actors.canonical("Syrian army", country="Syria", on=date(2024, 12, 8)) == (
        "Military Forces of Syria (2000-)"
    )
    assert actors.canonical("Syrian army", country="Syria", on=after) == (
        "Military Forces of Syria (2024-)"
    )
    assert actors.canonical("policemen", country="Syria", on=after) == (
        "Police Forces of Syria (2024-)"
    )
    # undated, the latest period
    assert actors.canonical("Syrian army", country="Syria") == "Military Forces of Syria (2024-)"


@pytest.mark.parametrize("spelling", ["Kadhimi", "Kazemi", "al-Kadhimi", "Mustafa al-Kadhimi"])
def test_people_map_to_their_institution_in_office(actors: ActorDictionary, spelling: str) -> None:
    assert (
        actors.canonical(spelling, country="Iraq", on=date(2021, 4, 2))
        == "Government of Iraq (2020-2022)"
    )


def test_people_outside_office_do_not_map(actors: ActorDictionary) -> None:
    assert actors.canonical("Kadhimi", country="Iraq", on=date(2024, 1, 1)) is None
    for spelling in ("Inad", "Enad", "Juma Inad"):
        assert actors.canonical(spelling, on=date(2021, 1, 1)) == "Government of Iraq (2020-2022)"


@pytest.mark.parametrize(
    ("mention", "expected", "inter"),
    [
        ("gunmen", "Unidentified Armed Group (Iraq)", InterCode.POLITICAL_MILITIAS),
        ("unknown assailants", "Unidentified Armed Group (Iraq)", InterCode.POLITICAL_MILITIAS),
        ("militants", "Unidentified Armed Group (Iraq)", InterCode.POLITICAL_MILITIAS),
        ("shoppers", "Civilians (Iraq)", InterCode.CIVILIANS),
        ("three worshippers", "Civilians (Iraq)", InterCode.CIVILIANS),
        ("two soldiers", "Military Forces of Iraq (2020-2022)", InterCode.STATE_FORCES),
        ("a lieutenant", "Military Forces of Iraq (2020-2022)", InterCode.STATE_FORCES),
        ("protesters", "Protesters (Iraq)", InterCode.PROTESTERS),
        ("rioters", "Rioters (Iraq)", InterCode.RIOTERS),
    ],
)
def test_generic_mentions(
    actors: ActorDictionary, mention: str, expected: str, inter: InterCode
) -> None:
    found = actors.match(mention, country="Iraq", on=date(2021, 1, 1))
    assert found is not None
    assert (found.name, found.inter) == (expected, inter)


def test_generic_for_any_country_and_demonyms(actors: ActorDictionary) -> None:
    assert actors.canonical("soldiers", country="Kenya") == "Military Forces of Kenya"
    assert actors.canonical("civilians", country="Mali") == "Civilians (Mali)"
    assert actors.canonical("Turkish soldiers", country="Iraq") == "Military Forces of Turkey"
    assert actors.canonical("gunmen") is None  # no country, no generic actor


def test_lexicon_label_decides_a_generic_mention(actors: ActorDictionary) -> None:
    found = actors.match("the attackers' vehicle", country="Iraq", label="generic:armed")
    assert found is not None and found.name == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kataib Hezbollah", "Kataib Sayyid al-Shuhada"),
        ("Saraya al-Salam", "Saraya Awliya al-Dam"),
        ("Asaib Ahl al-Haq", "Ashab al-Kahf"),
        ("Islamic State (Iraq)", "Islamic State (Syria)"),
    ],
)
def test_look_alikes_do_not_merge(actors: ActorDictionary, a: str, b: str) -> None:
    assert actors.canonical(a, country="Iraq") != actors.canonical(b, country="Iraq") or (
        a.startswith("Islamic")
    )


def test_fuzzy_spellings_merge_only_above_threshold(actors: ActorDictionary) -> None:
    assert actors.canonical("Kataib Hezbolla", country="Iraq") == "Kataib Hezbollah"
    assert actors.canonical("Kataib Hizbollah", country="Iraq") == "Kataib Hezbollah"
    assert actors.canonical("Saraya Awliya al-Salam", country="Iraq") is None
    assert actors.canonical("Kataib Sayyid al-Hezbollah", country="Iraq") is None


def test_foreign_state_forces_are_external(actors: ActorDictionary) -> None:
    found = actors.match("Turkish troops", country="Iraq")
    assert found is not None
    assert actors.inter(found, event_country="Iraq") == InterCode.EXTERNAL_OTHER_FORCES
    assert actors.inter(found, event_country="Turkey") == InterCode.STATE_FORCES


def test_subject_of_the_article(actors: ActorDictionary) -> None:
    mentions = [
        ActorMention(text="ISIS", role=ActorRole.ACTOR1),
        ActorMention(text="Daesh", role=ActorRole.ACTOR1),
        ActorMention(text="Peshmerga", role=ActorRole.ACTOR2),
    ]
    subject = actors.subject(mentions, country="Iraq", on=None)
    assert subject is not None and subject.name == "Islamic State (Iraq)"
    assert actors.is_subject_reference("the terror group")
    assert actors.subject_fits("the organization", subject)


def test_user_file_extends_the_dictionary(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - name: Tribal Mobilization Forces\n    inter: 4\n    country: Iraq\n"
        "    aliases: [Hashd al-Asha'iri, tribal fighters]\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load(extra)
    assert actors.canonical("Hashd al-Ashairi", country="Iraq") == "Tribal Mobilization Forces"
    assert actors.canonical("ISIS", country="Iraq") == "Islamic State (Iraq)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors:\n  - name: Bad Group\n    inter: 12\n", "Bad Group"),
        ("actors:\n  - name: No Code\n", "No Code"),
        ("actors:\n  - name: X\n    inter: 2\n    colour: red\n", "colour"),
        ("people:\n  - {name: P, country: Iraq, institution: army, from: 2020-01-01}\n", "P"),
        ("actors: [unclosed\n", "invalid YAML"),
    ],
)
def test_user_file_is_validated(tmp_path: Path, text: str, message: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        ActorDictionary.load(extra)
    assert info.value.path == str(extra)
    assert message in str(info.value)


def test_members_of_the_subject_stand_for_it(actors: ActorDictionary) -> None:
    mentions = [
        ActorMention(text="Islamic State", role=ActorRole.CLAIMED_BY),
        ActorMention(text="ISIS", role=ActorRole.ACTOR1),
    ]
    subject = actors.subject(mentions, country="Iraq", on=None)
    assert subject is not None
    mention = "three members of the organization carrying rifles"
    assert actors.is_subject_reference(mention)
    assert actors.subject_fits(mention, subject)
    # members of something that is no subject reference stay what they are
    assert not actors.is_subject_reference("two members of the city council")
    assert not actors.is_subject_reference("members of parliament")


def test_a_name_inside_a_longer_mention_makes_the_subject(actors: ActorDictionary) -> None:
    # "The Islamic State organization claimed ...": only a contained match, still the subject
    mentions = [ActorMention(text="Islamic State organization", role=ActorRole.CLAIMED_BY)]
    subject = actors.subject(mentions, country="Iraq", on=None)
    assert subject is not None and subject.name == "Islamic State (Iraq)"


def test_members_of_an_unknown_group_are_an_armed_group(actors: ActorDictionary) -> None:
    # no subject to stand for: "members" must not make them soldiers
    found = actors.match("two members of the group carrying rifles", country="Iraq")
    assert found is not None and found.name == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize("mention", ["three suspects", "the detainees", "two wanted men"])
def test_people_held_with_no_side_stated_are_civilians(
    actors: ActorDictionary, mention: str
) -> None:
    found = actors.match(mention, country="Iraq", on=None, label="generic:suspect")
    assert found is not None and found.name == "Civilians (Iraq)", found
