"""Tolls that change within one article: a toll brought up to date by a later death, a death
among the wounded told on another day, and partial counts that never replace the total (real
model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of
from spacy.language import Language

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def test_a_raised_toll_replaces_the_first_count(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "Gunmen stormed a police station in the town of Kaura late on Thursday, killing two "
            "officers and wounding six others, local officials said.\n\n"
            "Residents said the attackers fled on motorcycles.\n\n"
            "On Friday afternoon one of the wounded officers died in hospital in Kaduna, "
            "raising the toll to three dead and five wounded, a nurse said.",
            published=None,
        )
    )
    assert len(events) == 1
    assert figures_of(events[0]) == (3, 5)


def test_a_toll_that_climbs_is_no_rival_figure(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run(
            "A roadside bomb struck a minibus near the market of Tal Afar on Sunday, killing "
            "four passengers.\n\n"
            "The death toll from the blast climbed to seven on Monday, a health official said."
        )
    )
    assert len(events) == 1
    assert figures_of(events[0])[0] == 7


def test_a_later_death_among_the_wounded_is_the_same_incident(
    run: Callable[..., Extraction],
) -> None:
    events = events_of(
        run(
            "Militants ambushed an army convoy near the village of Gorom on Saturday, killing "
            "five soldiers and wounding nine.\n\n"
            "On Tuesday one of the injured soldiers died of his wounds at a military hospital "
            "in the capital, the army said.",
            published=None,
        )
    )
    assert len(events) == 1
    assert figures_of(events[0])[0] == 5  # the one who died is no rival count of the dead


def test_a_death_of_one_hurt_in_the_attack_is_no_new_incident(
    run: Callable[..., Extraction],
) -> None:
    events = events_of(
        run(
            "Gunmen fired on a border post near Sinjar on Wednesday night, the police said.\n\n"
            "A guard who was hurt in the assault died at a clinic in Duhok on Thursday, a "
            "relative said.",
            published=None,
        )
    )
    assert len(events) == 1
    assert figures_of(events[0]) == (1, None)


@pytest.mark.parametrize(
    "text",
    [
        "A soldier who was wounded in the ambush near Mopti died in hospital on Monday.",
        "A teenager who was shot in the back on Friday died of his wounds over the weekend.",
        "A man shot outside a tavern in Erie on Friday died on Saturday.",
    ],
)
def test_the_one_hurt_who_died_is_counted_once_among_the_dead(nlp: Language, text: str) -> None:
    doc = nlp(text)
    links = [(lk.kind, lk.value) for lk in doc._.sitrep_casualties]
    assert links == [("killed", 1)]


def test_one_dead_and_another_wounded_are_two_people(nlp: Language) -> None:
    doc = nlp("Two shootings on the west side left one dead and another wounded, police said.")
    kinds = {lk.kind for lk in doc._.sitrep_casualties}
    assert kinds == {"killed", "injured"}


def test_a_death_among_others_hurt_keeps_both_counts(nlp: Language) -> None:
    doc = nlp("Four people were wounded in the blast and two of them later died.")
    kinds = sorted((lk.kind, lk.value) for lk in doc._.sitrep_casualties)
    assert kinds == [("injured", 4), ("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # a forecast is no new toll
        "Officials said the death toll was likely to rise because several of the wounded were "
        "in critical condition.",
        # a source that puts the toll itself gives a rival figure
        "A provincial health official later put the toll at nine, saying that two of the "
        "wounded had died overnight.",
    ],
)
def test_no_toll_update(text: str) -> None:
    from sitrep.extract.coref import TOLL_TO

    assert not TOLL_TO.search(text)


def test_a_wound_to_the_body_names_no_incident_told_before() -> None:
    from sitrep.extract.coref import HURT_THEN_DIED

    assert HURT_THEN_DIED.search("A driver who was wounded in the raid died on Sunday.")
    assert not HURT_THEN_DIED.search("A driver who was shot in the neck died on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people were killed or wounded when rockets hit a bus depot in Sumy on Friday.",
        "At least 40 worshippers were killed or injured in the blast at a mosque in Peshawar on "
        "Friday, officials said.",
    ],
)
def test_killed_or_wounded_is_one_combined_toll(run: Callable[..., Extraction], text: str) -> None:
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (None, None)
    assert events[0].combined_toll is not None


def test_killed_and_wounded_apart_keep_both_counts(run: Callable[..., Extraction]) -> None:
    events = events_of(
        run("Three soldiers were killed and five were wounded when a mine went off near Menaka.")
    )
    assert figures_of(events[0]) == (3, 5)
