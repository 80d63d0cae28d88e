"""Incident detection, typing and not-events on phrasings met in new wire and regional texts
(real model, original sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.extract.cues import more_victims
from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


def test_escape_from_detention_is_an_event(run: Callable[..., Extraction]) -> None:
    text = (
        "On 4 May, three inmates held on terrorism charges escaped from a police-run "
        "detention centre in Tikrit after overpowering a guard, officials said."
    )
    assert _subs(run(text)) == [S.OTHER]


def test_agreement_reached_is_not_an_arrest(run: Callable[..., Extraction]) -> None:
    text = (
        "Late on Friday, the town council and clan elders in Deir Hafer reached an agreement "
        "under which the detained youths are released and the recruitment drive is suspended."
    )
    assert _subs(run(text)) == [S.AGREEMENT]


def test_talks_to_reach_an_agreement_are_no_event(run: Callable[..., Extraction]) -> None:
    text = (
        "Officials from both sides were meeting in Erbil on Sunday to reach an agreement on "
        "the disputed districts, sources said."
    )
    assert run(text).candidates == []


def test_town_taken_from_a_group(run: Callable[..., Extraction]) -> None:
    text = (
        "Rebels took the town of Kafr Nabl from government forces on Tuesday after weeks of "
        "fighting, a monitor said."
    )
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY in _subs(run(text))


def test_army_drove_militants_out_of_a_city(run: Callable[..., Extraction]) -> None:
    text = "Iraqi troops drove the militants out of Fallujah in June 2016, the ministry said."
    assert S.GOVERNMENT_REGAINS_TERRITORY in _subs(run(text))


def test_driven_out_as_a_state_of_control_is_no_event(run: Callable[..., Extraction]) -> None:
    text = (
        "The group has been driven out of Kismayo by government troops but still holds much "
        "of the countryside."
    )
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY not in _subs(run(text))
    assert S.GOVERNMENT_REGAINS_TERRITORY not in _subs(run(text))


def test_count_of_attacks_since_start_of_year_is_no_event(
    run: Callable[..., Extraction],
) -> None:
    extraction = run(
        "The militants have claimed 52 attacks in Kirkuk province since the start of the year, "
        "according to our tally."
    )
    assert extraction.candidates == []
    assert "habitual/generic" in {d.reason for d in extraction.decisions}


def test_two_attacks_on_a_day_are_still_events(run: Callable[..., Extraction]) -> None:
    text = "Gunmen carried out two attacks on police posts in Baiji on Monday, killing a policeman."
    assert run(text).candidates


def test_hospital_town_is_not_a_second_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen killed nine herders in the village of Dumba, near Baga, on Friday, residents "
        "said. Four others were wounded and are being treated at the general hospital in "
        "Maiduguri."
    )
    [ev] = run(text).candidates
    assert ev.injuries is not None and ev.injuries.value == 4


@pytest.mark.parametrize(
    "care",
    [
        "was shifted to the DHQ hospital in Turbat",
        "was transferred to Turbat hospital",
        "was rushed to the Turbat Teaching Hospital",
    ],
)
def test_a_hospital_named_for_its_town_is_not_a_second_incident(
    run: Callable[..., Extraction], care: str
) -> None:
    text = (
        "Gunmen opened fire on a van carrying labourers near Buleda on Sunday night, killing "
        f"six of them, police said. A seventh man was wounded and {care}."
    )
    found = run(text).candidates
    assert len(found) == 1
    assert all("Turbat" not in p.text for p in found[0].places)


def test_grief_is_not_an_injury(run: Callable[..., Extraction]) -> None:
    text = (
        "In Lagos, the governor condemned the killing of the traders and said the whole state "
        'was "hurt by these senseless killings".'
    )
    assert run(text).candidates == []


def test_victims_rounded_up_then_killed_are_not_arrested(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Twenty villagers were killed near Gwoza on Saturday. The villagers, most of them "
        "herders from the north, were rounded up at dawn while tending their cattle, bound "
        "and slaughtered, witnesses said."
    )
    extraction = run(text)
    assert S.ARRESTS not in _subs(extraction)
    assert "how the victims of a killing were taken" in {d.reason for d in extraction.decisions}


def _conj_doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_more_victims_in_a_conjoined_passive_are_not_a_cut() -> None:
    # "Two guards were martyred and three others wounded": more victims of one incident
    doc = _conj_doc(
        ["Two", "guards", "were", "martyred", "and", "three", "others", "wounded"],
        [1, 3, 3, 3, 3, 6, 7, 3],
        ["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "nummod", "nsubj", "conj"],
        ["CD", "NNS", "VBD", "VBN", "CC", "CD", "NNS", "VBN"],
    )
    assert more_victims(doc[7], {3, 7})


def test_a_conjoined_clause_with_its_own_object_can_be_a_cut() -> None:
    # "Gunmen killed two and a bomb wounded three": an agent and an object of its own
    doc = _conj_doc(
        ["Gunmen", "killed", "two", "and", "a", "bomb", "wounded", "three"],
        [1, 1, 1, 1, 5, 6, 1, 6],
        ["nsubj", "ROOT", "dobj", "cc", "det", "nsubj", "conj", "dobj"],
        ["NNS", "VBD", "CD", "CC", "DT", "NN", "VBD", "CD"],
    )
    assert not more_victims(doc[6], {1, 6})


def test_part_of_the_victims_does_not_replace_the_toll(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen opened fire on a wedding party in the village of Tal Abyad on Monday, killing "
        "seven guests, police said. "
        "Two of the wounded died later in hospital."
    )
    [ev] = run(text).candidates
    assert ev.fatalities is not None and ev.fatalities.value == 7


@pytest.mark.parametrize(
    "wound",
    [
        "was hospitalised with burns",
        "was fighting for his life in hospital",
    ],
)
def test_wounds_told_by_care_or_severity(run: Callable[..., Extraction], wound: str) -> None:
    text = (
        f"A bomb exploded at a bus stop in Kirkuk on Sunday, and the driver {wound}, police said."
    )
    [ev] = run(text).candidates
    assert ev.injuries is not None and ev.injuries.value == 1


def test_sent_to_hospital_counts_the_wounded(run: Callable[..., Extraction]) -> None:
    text = (
        "A mortar round landed on a market in Tuz Khurmatu on Sunday, and medics sent seven "
        "people to hospital, police said."
    )
    [ev] = run(text).candidates
    assert ev.injuries is not None and ev.injuries.value == 7
