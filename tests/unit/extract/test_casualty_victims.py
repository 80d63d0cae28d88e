"""Whom a local shooting report counts: the victim a shooting or a death is "of", one more
person told as "another", lists whose members the parser hangs apart, and the ones who said
it standing beside the list (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import Extraction

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the victim a shooting is "of" was hit
        (
            "Detectives made a second arrest on Thursday in the shooting of a 9-year-old boy "
            "outside a laundromat in Akron.",
            None,
            1,
        ),
        # "fatal" makes the shooting of the victim a death
        (
            "A 23-year-old man was arrested Monday in the fatal shooting of a 2-year-old girl "
            "at an apartment in Lubbock.",
            1,
            None,
        ),
        # a gerund acting on its victim
        (
            "A Pueblo man was jailed on Saturday for accidentally shooting his roommate while "
            "cleaning a rifle.",
            None,
            1,
        ),
        # "shooting to death" the people it names
        (
            "Police in Abilene arrested a man on Monday suspected of shooting to death four "
            "people at a ranch.",
            4,
            None,
        ),
        # a singular common noun after "the death of" is a person
        (
            "A grand jury indicted a Topeka man on Tuesday in the death of a night watchman who "
            "was shot at a lumber yard.",
            1,
            None,
        ),
        # "left his accomplice dead": the one left dead
        (
            "A burglar remained at large on Friday after a gunfight that left his accomplice "
            "dead inside a pawn shop in Tulsa.",
            1,
            None,
        ),
        # "another" is one more person
        (
            "Two men were shot to death and another was wounded outside a pool hall in Waco "
            "on Saturday night.",
            2,
            1,
        ),
        # two members of one list, both hung on the verb
        (
            "During the brawl, two men from Reno (ages 19 and 24) and a 31-year-old woman from "
            "Sparks were shot, police said.",
            None,
            3,
        ),
        # a list of named victims, the middle one read as an apposition
        (
            "Prosecutors charged a man on Wednesday with murder in the deaths of 44-year-old "
            "Marla Quint, 19-year-old Dario Quint and 8-year-old Leo Banning.",
            3,
            None,
        ),
        # a name ending in -s that the tagger reads as a plural is still one person
        (
            "A 30-year-old man was arrested on Friday for shooting 16-year-old Tavion Givens "
            "outside a corner store in Flint.",
            None,
            1,
        ),
        # "found ... dead" hangs the state on the last member of the list
        (
            "Police found three men and one woman dead inside a farmhouse near Ardmore on Tuesday.",
            4,
            None,
        ),
        # "found ... shot to death": the parser makes the ones found its subject
        (
            "Officers found a man and his daughter shot to death in a parked car in Gulfport "
            "on Monday.",
            2,
            None,
        ),
        # the killer listed among the dead
        (
            "Police said a man killed his girlfriend and himself inside an apartment in Laredo "
            "on Sunday.",
            2,
            None,
        ),
        # a self-inflicted wound, the subject misread by the parser
        (
            "A 12-year-old playing with a pistol accidentally shot himself in the hand at a "
            "home in Midland on Sunday, deputies said.",
            None,
            1,
        ),
        # the ones taken to a hospital "with gunshot wounds"
        (
            "After the shooting in Plantation on Saturday, two men were taken to a hospital "
            "with gunshot wounds, police said.",
            None,
            2,
        ),
        # the one found "with a gunshot wound"
        (
            "Officers found a 17-year-old boy with a gunshot wound in a stairwell in Albany on "
            "Sunday.",
            None,
            1,
        ),
        # "shot and pronounced dead": one death, the state on the second verb
        (
            "A 19-year-old man was shot and pronounced dead at a hospital in Gary on Sunday.",
            1,
            None,
        ),
        # a death told of one of those shot keeps the rest as wounded
        (
            "Two men were shot in a parking lot in Gary on Sunday and one was pronounced dead "
            "at a hospital.",
            1,
            1,
        ),
        # "pronounced the man dead": the one pronounced, not a number in the speaker's title
        (
            "Precinct 2 Justice of the Peace Rosa Galvan pronounced the man dead at about 4:10 "
            "a.m. at a home on Elm Street in Harlingen.",
            1,
            None,
        ),
        # shootings are no victims, however many
        (
            "Two separate shootings in Flint on Tuesday left a teenager dead, police said.",
            1,
            None,
        ),
        # a person noun that starts like an incident word is still a person
        (
            "A police officer and a protester were killed in Sweida on Sunday when security "
            "forces opened fire on a crowd, activists said.",
            2,
            None,
        ),
        # a singular noun listed with "a" beside counted victims is one more person
        (
            "Two young girls and an adult were shot outside a laundromat in east Baltimore on "
            "Saturday night.",
            None,
            3,
        ),
        # an age noun the parser hangs on "dead"
        (
            "The shooting outside a skating rink in Canton on Sunday left a 17-year-old dead, "
            "police said.",
            1,
            None,
        ),
        # "found the victim ... dead", the state read as a clause of its own
        (
            "Officers found the victim, a 34-year-old man, dead in the street in Dayton on Sunday.",
            1,
            None,
        ),
        # "a third" is one more person
        (
            "Two people were killed and a third was wounded in a shooting outside a diner in "
            "Canton on Sunday.",
            2,
            1,
        ),
        # two people named apart on two verbs
        (
            "Kevin Marsh was killed at the scene on Sunday, and Tyler Grant died later at a "
            "hospital in Warren.",
            2,
            None,
        ),
        # "both 22" is the victims' age
        (
            "Marcus Hale and Devin Price, both 22 and from Inglewood, died after a shooting "
            "outside a liquor store on Friday night.",
            2,
            None,
        ),
        # counts after a comma that add up to the count before them
        (
            "Four people, three women and one man, were taken to a hospital with gunshot "
            "wounds after a shooting in Plantation on Saturday, police said.",
            None,
            4,
        ),
    ],
)
def test_victims_a_report_names(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = [e for e in events_of(run(text)) if figures_of(e) != (None, None)]
    assert len(events) == 1, [e.trigger.text for e in events_of(run(text))]
    assert figures_of(events[0]) == (killed, injured)


def test_a_shooting_that_names_no_victim_counts_no_one(run: Callable[..., Extraction]) -> None:
    text = "Police said a man started shooting at a crowd outside a bar in Dayton on Sunday."
    assert all(figures_of(e) == (None, None) for e in events_of(run(text)))


def test_the_toll_of_a_bombing_is_no_victim(run: Callable[..., Extraction]) -> None:
    text = (
        "Officials said the death toll of the bombing at the bus station in Quetta rose to "
        "nine on Monday."
    )
    tolls = [figures_of(e)[0] for e in events_of(run(text))]
    assert tolls == [9]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the same noun told again with "a": the child who died, not a second victim
        (
            "A 4-year-old boy died on Sunday after a shooting at an apartment in Macon. "
            "Officers said a boy suffered a gunshot wound to the chest while playing in a "
            "bedroom.",
            1,
            None,
        ),
        # a list as long as the dead, told again as wounded
        (
            "Police found a father and daughter dead inside a home in Racine on Monday. "
            "Investigators said a 31-year-old man and his 4-year-old daughter suffered gunshot "
            "wounds.",
            2,
            None,
        ),
        # "He died": the one told before
        (
            "Deputies found a 16-year-old boy with a gunshot wound in his chest at a home in "
            "Albany on Sunday. He died at a hospital.",
            1,
            None,
        ),
        # a different person brought in with "a" is a casualty of their own
        (
            "A soldier died on Sunday after a shooting at a checkpoint in Macon. Officers said "
            "a woman suffered a gunshot wound to the leg.",
            1,
            1,
        ),
    ],
)
def test_the_dead_told_again_as_wounded(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "one of them fatally": the dead among those shot, the rest wounded
        (
            "Five people were shot, one of them fatally, at a block party in Youngstown on Sunday.",
            1,
            4,
        ),
        # "both fatally": all of those hit died
        (
            "Two brothers were stabbed, both fatally, outside a bowling alley in Toledo on Sunday.",
            2,
            None,
        ),
        # "shot his stepson to death and then killed himself": the killer's death adds one
        (
            "Deputies said a 40-year-old man shot his stepson to death at a farmhouse near "
            "Ville Platte on Sunday and then killed himself.",
            2,
            None,
        ),
        # a child who killed himself by accident
        (
            "The toddler accidentally shot and killed himself while playing with a pistol at "
            "his grandmother's house in Macon on Sunday.",
            1,
            None,
        ),
        # "succumbed to his injuries" is a death
        (
            "A man was shot outside a gas station in Dayton on Sunday. The victim later "
            "succumbed to his injuries.",
            1,
            None,
        ),
    ],
)
def test_the_dead_among_those_hit(
    run: Callable[..., Extraction], text: str, killed: int | None, injured: int | None
) -> None:
    events = events_of(run(text))
    assert len(events) == 1, [e.trigger.text for e in events]
    assert figures_of(events[0]) == (killed, injured)
