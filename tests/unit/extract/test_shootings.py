"""Local crime-news phrasing of shootings: who was shot, who died, and what is not a threat or
a mere statement (real model, original sentences in wire-service style)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of
from spacy.tokens import Doc

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a single victim, passive "was shot": one wounded
        (
            "A 17-year-old boy was shot in the leg Tuesday evening on Harmon Street in "
            "Dayton, Ohio, police said.",
            None,
            1,
        ),
        # a counted group, passive "were shot"
        (
            "Five people were shot outside a bowling alley in Tacoma, Washington, early "
            "Saturday, police said.",
            None,
            5,
        ),
        # "shot and killed": one death, not a combined toll
        (
            "A 52-year-old woman was shot and killed Sunday night in her driveway in "
            "Lafayette, Louisiana, deputies said.",
            1,
            None,
        ),
        # the death is told by a second verb sharing the victim
        (
            "A man was shot outside a convenience store in Macon, Georgia, on Friday and "
            "later died at the hospital, police said.",
            1,
            None,
        ),
        # "fatally shot" is a death
        (
            "A 30-year-old man was fatally shot Thursday afternoon near a park in Stockton, "
            "California, police said.",
            1,
            None,
        ),
        # "shot to death"
        (
            "Two brothers were shot to death inside their apartment in Gary, Indiana, on "
            "Monday, police said.",
            2,
            None,
        ),
        # "suffered ... wounds": the sufferers are the wounded
        (
            "Three men suffered gunshot wounds in a shooting outside a nightclub in Mobile, "
            "Alabama, early Sunday, police said.",
            None,
            3,
        ),
    ],
)
def test_shooting_victims_are_counted(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)


def test_life_threatening_wounds_are_not_a_threat(run: Callable[..., Extraction]) -> None:
    text = (
        "Two teenagers suffered non-life-threatening gunshot wounds late Wednesday in "
        "Beaumont, Texas, police said."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (None, 2)
    assert not any(d.reason == "threat" for d in run(text).decisions)


def test_police_investigating_a_shooting_reports_it(run: Callable[..., Extraction]) -> None:
    text = "Police in Salem, Oregon, are investigating a shooting that happened Monday night."
    events = events_of(run(text))
    assert len(events) == 1
    assert events[0].trigger.text == "shooting"


def test_an_inquiry_into_attacks_in_general_stays_a_statement(
    run: Callable[..., Extraction],
) -> None:
    text = "The commission investigated attacks on journalists across the country."
    assert events_of(run(text)) == []


def test_a_shot_as_a_noun_wounds_no_one(parsed: Callable[..., Doc]) -> None:
    # "A shot rang out"
    doc = parsed(
        ["A", "shot", "rang", "out"],
        heads=[1, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "prt"],
        pos=["DET", "NOUN", "VERB", "ADP"],
        tags=["DT", "NN", "VBD", "RP"],
    )
    assert doc._.sitrep_casualties == []


def test_shot_and_killed_shares_the_victim(parsed: Callable[..., Doc]) -> None:
    # "A man was shot and killed": the victim is the subject of "shot" only
    doc = parsed(
        ["A", "man", "was", "shot", "and", "killed"],
        heads=[1, 3, 3, 3, 3, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "cc", "conj"],
        pos=["DET", "NOUN", "AUX", "VERB", "CCONJ", "VERB"],
        tags=["DT", "NN", "VBD", "VBN", "CC", "VBN"],
    )
    links = [(lk.kind, doc[lk.start : lk.end].text, lk.value) for lk in doc._.sitrep_casualties]
    assert links == [("killed", "A man", 1)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a reflexive object: the one hurt is the subject
        (
            "A 15-year-old boy accidentally shot himself in the hand Saturday at a home in "
            "Florence, Alabama, police said.",
            None,
            1,
        ),
        # "found shot to death": the victim is the subject of "found"
        (
            "A 19-year-old man was found shot to death Wednesday morning in an alley in "
            "Joliet, Illinois, police said.",
            1,
            None,
        ),
        # "a 6-year-old" used as a noun is one person, and its age is no count
        (
            "A 6-year-old was wounded by a stray bullet Sunday night in Toledo, Ohio, police said.",
            None,
            1,
        ),
        (
            "A gunman opened fire on a minivan in Tulsa, Oklahoma, on Monday, killing a "
            "9-year-old.",
            1,
            None,
        ),
        # deputies, troopers and toddlers are people
        (
            "A sheriff's deputy was wounded in an exchange of gunfire Friday near Bemidji, "
            "Minnesota.",
            None,
            1,
        ),
    ],
)
def test_who_was_hurt(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)


def test_a_relative_clause_victim_is_the_noun_it_hangs_on(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "The clerk, who was shot in the shoulder during a robbery Monday in Akron, Ohio, "
        "is expected to recover, police said."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (None, 1)


def test_the_shooter_is_not_a_victim(run: Callable[..., Extraction]) -> None:
    text = "A man shot at a passing car Tuesday night in Flint, Michigan, police said."
    for ev in events_of(run(text)):
        assert ev.injuries is None


def test_a_later_toll_sentence_continues_the_report(run: Callable[..., Extraction]) -> None:
    # the second sentence names no place or date of its own: it is about the shooting above
    text = (
        "A 24-year-old man was shot outside a gas station in Pueblo, Colorado, on Saturday "
        "night, police said.\n\nHe was pronounced dead at the hospital a few hours later."
    )
    events = events_of(run(text))
    assert len(events) == 1
    # the one shot is the one who died: no wounded
    assert figures_of(events[0]) == (1, None)


def test_a_toll_with_no_report_before_it_is_still_dropped(
    run: Callable[..., Extraction],
) -> None:
    text = "He was pronounced dead at the hospital."
    assert events_of(run(text)) == []


def test_an_age_is_not_a_count_of_people(parsed: Callable[..., Doc]) -> None:
    # "killed an 8-year-old" and "a 3 month old": ages; "killed 8 people": a count
    age = parsed(
        ["killed", "an", "8", "-", "year", "-", "old"],
        heads=[0, 6, 4, 4, 6, 6, 0],
        deps=["ROOT", "det", "nummod", "punct", "npadvmod", "punct", "dobj"],
    )
    months = parsed(
        ["a", "3", "month", "old"],
        heads=[3, 2, 3, 3],
        deps=["det", "nummod", "npadvmod", "ROOT"],
    )
    count = parsed(
        ["killed", "8", "people"],
        heads=[0, 2, 0],
        deps=["ROOT", "nummod", "dobj"],
    )
    assert age._.sitrep_quantities == []
    assert months._.sitrep_quantities == []
    assert [q.value for q in count._.sitrep_quantities] == [8]


@pytest.mark.parametrize(
    "text",
    [
        "A 30-year-old man pleaded guilty Friday to fatally shooting a pharmacist in Modesto, "
        "California, in March.",
        "A Lubbock man was sentenced Tuesday to 35 years in prison for a shooting that wounded "
        "two women outside a bar on 19th Street in Lubbock, Texas.",
        "A jury in Augusta, Georgia, convicted a 41-year-old man on Wednesday of killing his "
        "landlord during an argument over rent.",
    ],
)
def test_court_reports_retell_an_older_crime(run: Callable[..., Extraction], text: str) -> None:
    # the hearing is the news; the crime it is about is not a new incident
    assert events_of(run(text)) == []


def test_an_arrest_report_still_reports_the_recent_shooting(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Police arrested a 22-year-old man on Thursday in the shooting that wounded a "
        "cashier at a gas station in Wichita, Kansas, on Tuesday."
    )
    assert any(e.injuries is not None for e in events_of(run(text)))


def test_those_shot_include_the_dead(run: Callable[..., Extraction]) -> None:
    text = (
        "Six people were shot at a birthday party in Rockford, Illinois, late Saturday, "
        "police said. A 31-year-old woman died at the scene."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (1, 5)


def test_a_count_of_wounded_is_not_reduced_by_the_dead(run: Callable[..., Extraction]) -> None:
    text = (
        "One man was killed and four others were wounded in a shooting outside a bar in "
        "Lansing, Michigan, on Sunday, police said."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (1, 4)


def test_lives_as_a_verb_is_no_death(run: Callable[..., Extraction]) -> None:
    text = (
        "A 9-year-old girl was shot in the arm Sunday in Lodi, California. Tom Reyes, who "
        "lives across the street, said he heard two shots."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (None, 1)


def test_a_yearly_statistic_is_no_incident(run: Callable[..., Extraction]) -> None:
    text = "State health data show that about 40 children in Ohio die annually in gun accidents."
    assert events_of(run(text)) == []


def test_the_toll_of_an_investigated_shooting_is_kept(run: Callable[..., Extraction]) -> None:
    text = (
        "Police in Vallejo, California, are investigating a shooting that killed three men "
        "and injured two others on Saturday night."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (3, 2)


def test_a_rising_toll_is_the_total(run: Callable[..., Extraction]) -> None:
    text = (
        "A man wounded in a drive-by shooting in Metairie, Louisiana, on Sunday has died, "
        "bringing the death toll in the shooting to four."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0])[0] == 4


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "four others": besides the dead, so nothing is taken off
        (
            "A 33-year-old man is dead and four others were shot after an argument outside a "
            "barbershop in Flint, Michigan, on Saturday, police said.",
            1,
            4,
        ),
        # a list of victims the parser may read as an apposition
        (
            "A man, a woman and a 10-year-old girl were shot outside a corner store in "
            "Trenton, New Jersey, on Sunday evening.",
            None,
            3,
        ),
        # "suffered from ... wounds"
        (
            "Two men suffered from gunshot wounds after a fight at a bar in Pensacola, Florida, "
            "early Friday.",
            None,
            2,
        ),
        # "a double shooting" counts two hit, the dead among them
        (
            "One man is dead after a double shooting early Sunday in Aurora, Colorado, police "
            "said.",
            1,
            1,
        ),
    ],
)
def test_counting_victims(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)


def test_a_guard_is_a_person_not_a_cue_to_guard(run: Callable[..., Extraction]) -> None:
    # "guard" is a plan/prevention cue as a verb; as the victim's noun it is no cue
    text = (
        "A security guard who was shot during a robbery at a bank in Tulsa, Oklahoma, on "
        "Friday is in stable condition, police said."
    )
    events = events_of(run(text))
    assert len(events) == 1
    assert figures_of(events[0]) == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        # the bearer of the wound, not the body part or the hospital
        "A 14-year-old boy suffered a gunshot wound to his lower extremities at a home on "
        "Elm Street in Abilene, Texas, on Tuesday.",
        "A 10-year-old girl is recovering from a gunshot wound at a hospital in Lexington, "
        "Kentucky, police said on Sunday.",
        # a passive with its subject on the governing verb
        "A toddler is recovering from being accidentally shot at a home in Santa Rosa, "
        "California, on Saturday night, police said.",
    ],
)
def test_one_wounded_person(run: Callable[..., Extraction], text: str) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (None, 1)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the deaths have a subject of their own: both counts stand, the dead taken off
        (
            "Five people were shot and two of them died outside a lounge in Memphis, "
            "Tennessee, on Sunday, police said.",
            2,
            3,
        ),
        # a shared object: one victim, killed
        (
            "Officers shot and killed a man who fired at them outside a motel in Tulsa, "
            "Oklahoma, on Friday.",
            1,
            None,
        ),
    ],
)
def test_shot_beside_a_death(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)
