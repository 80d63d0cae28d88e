"""One incident told without a place the NER tags or a day: a place named in lower case, a
distance from the dateline, a state force firing, one person harmed, an incident under a
demand for an inquiry, an arrest for a crime, words the lexicon lacked. And the look-alikes
that stay non-events: running totals, threats, habits, hypotheticals and denials (real model,
original sentences in the voice of translated regional outlets and wire services)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.specifics import cumulative, located_in_words, one_harmed, state_fired
from sitrep.model import ActorRole, Extraction, SubEventType

S = SubEventType


@pytest.mark.parametrize(
    "text",
    [
        "in the weavers colony of rampura",
        "near the octroi naka",
        "in bapunagar area",
        "at the old bus stand",
        "in the riot-hit tribal town of kawant",
        "about 40 km from here",
        "at the 1500 block of elm street",
    ],
)
def test_a_place_named_in_lower_case_locates_the_sentence(text: str) -> None:
    assert located_in_words(f"the mob stoned two buses {text}.")


@pytest.mark.parametrize(
    "text",
    [
        "in the area",
        "at different places",
        "in the surrounding area",
        "in several villages",
        "in sensitive areas",
        "in the same locality",
    ],
)
def test_many_places_or_a_bare_area_locate_nothing(text: str) -> None:
    assert not located_in_words(f"the mob stoned two buses {text}.")


@pytest.mark.parametrize(
    "text",
    [
        "police have so far fired 2,300 rounds",
        "37 people were killed in police firing since friday night",
        "a total of 412 people were detained",
        "the toll over the past week",
    ],
)
def test_running_totals_are_cumulative(text: str) -> None:
    assert cumulative(text)


def test_a_state_force_firing_is_one_act() -> None:
    def fired(sentence: str, trigger: str) -> bool:
        at = sentence.index(trigger)
        return state_fired(sentence, at, at + len(trigger))

    assert fired("the reserve police fired nine rounds to scatter the crowd", "fired nine rounds")
    assert fired("police had to open fire when the crowd charged", "open fire")
    assert not fired("the crowd fired at the police post", "fired at")
    assert not fired("police opened fire on youths looting a shop", "looting")


def test_one_person_harmed_by_a_passive_verb() -> None:
    assert one_harmed("the head constable was ", "stabbed")
    assert one_harmed("he was badly ", "beaten")
    assert not one_harmed("no one was ", "stabbed")
    assert not one_harmed("two porters were ", "stabbed")
    assert not one_harmed("the head constable was ", "transferred")


def _subs(extraction: Extraction) -> list[SubEventType]:
    return [c.sub_event_type for c in extraction.candidates]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Two traders were stabbed about 40 km from here, officials said.",
        "Searches were then carried out in a shrine which angered the crowd and police "
        "opened fire.",
        "A mob beat up a bus conductor at the bus stand, witnesses said.",
        "The head constable was stabbed near the octroi naka, officials said.",
        "Thirty-three activists, led by a former minister and two local councillors, were "
        "arrested on the lucknow-barabanki border, officials said.",
        "A shopkeeper was shot by two men on a motorcycle, his brother told reporters.",
        "Heavy stone pelting began and the police had to fire six rounds to scatter the crowd.",
    ],
)
def test_one_incident_without_a_tagged_place_or_day_is_kept(
    run: Callable[..., Extraction], text: str
) -> None:
    assert run(text, published=None).candidates


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Security forces have fired 2,300 rounds in the old city area since the unrest began, "
        "officials said.",
        "As many as 99 people have been killed in police firing so far, the minister said.",
        "Police will open fire in the bazaar area if the crowds return, the commissioner warned.",
        "Police often fire on crowds in the mill area, residents complain.",
        "Stone pelting is common after Friday prayers and police often have to fire in the air.",
        "Police did not open fire in the bazaar area, the commissioner said.",
        "The opposition demanded an inquiry into attacks on journalists.",
    ],
)
def test_totals_threats_habits_and_denials_stay_non_events(
    run: Callable[..., Extraction], text: str
) -> None:
    assert not run(text, published=None).candidates


@pytest.mark.slow
def test_counted_arrest_with_an_aside_between_count_and_verb(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Over 30 traders, including two councillors, were detained for forcing shops to close, "
        "a police officer said."
    )
    assert S.ARRESTS in _subs(run(text, published=None))


@pytest.mark.slow
def test_a_demanded_inquiry_into_one_incident_presupposes_it(
    run: Callable[..., Extraction],
) -> None:
    text = "Opposition leaders demanded a judicial probe into the police firing at Kanpur."
    [ev] = run(text, published=None).candidates
    assert any(a.role is ActorRole.ACTOR1 and a.text.lower() == "police" for a in ev.actors)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Three youths beat up a bus conductor in Vadodara on Friday.", None),
        ("Youths pelted stones at the police in Srinagar on Friday.", S.VIOLENT_DEMONSTRATION),
        (
            "Two buses were set ablaze in Vadodara on Thursday night.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("A shopkeeper was hacked to death in Surat on Monday.", S.ATTACK),
    ],
)
def test_beating_stoning_burning_and_hacking_are_incidents(
    run: Callable[..., Extraction], text: str, sub: SubEventType | None
) -> None:
    subs = _subs(run(text))
    assert len(subs) == 1
    assert sub is None or subs == [sub]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "India beat Australia by six wickets in Mumbai on Sunday.",
        "The ruling party was beaten in the Surat municipal vote on Monday.",
        "The council set a deadline for the Vadodara bridge works on Thursday.",
    ],
)
def test_games_votes_and_deadlines_are_no_incidents(
    run: Callable[..., Extraction], text: str
) -> None:
    assert not run(text).candidates


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "At least eight men have been arrested in connection with two cases of rioting in "
        "Amraiwadi, police said on Monday.",
        "Police in Jos detained 14 youths on Sunday for rioting near the central market.",
    ],
)
def test_an_arrest_for_a_crime_is_an_arrest(run: Callable[..., Extraction], text: str) -> None:
    assert S.ARRESTS in _subs(run(text))


@pytest.mark.slow
def test_a_riot_that_led_to_arrests_is_still_a_riot(run: Callable[..., Extraction]) -> None:
    text = "Rioters torched 20 shops in Jos on Sunday and police later detained 14 youths."
    assert S.VIOLENT_DEMONSTRATION in _subs(run(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Two men were stabbed to death in Baroda on Sunday and the police fired several rounds "
        "in the air to scatter rioters throwing stones.",
        "Police fired a few rounds at a mob looting shops in Anand on Monday.",
    ],
)
def test_police_firing_a_few_rounds_is_the_police_using_force(
    run: Callable[..., Extraction], text: str
) -> None:
    [ev] = run(text).candidates
    assert any(a.role is ActorRole.ACTOR1 and a.text.lower() == "police" for a in ev.actors)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the man suspected in the party bus shooting, a spokesman said.",
        "Deputies detained a local councillor after the march, his lawyer said.",
    ],
)
def test_one_named_arrest_without_place_or_day_is_kept(
    run: Callable[..., Extraction], text: str
) -> None:
    assert S.ARRESTS in _subs(run(text, published=None))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The court issued an order to arrest the mayor.",
        "Police have so far arrested the leaders of both groups, the minister said.",
        "Police never arrest the owners in such cases, residents complain.",
    ],
)
def test_orders_totals_and_habits_of_arrest_stay_non_events(
    run: Callable[..., Extraction], text: str
) -> None:
    assert S.ARRESTS not in _subs(run(text, published=None))


@pytest.mark.slow
def test_apprehending_a_threat_is_no_arrest(run: Callable[..., Extraction]) -> None:
    text = "The villagers said they apprehended a threat to the life of the headman."
    assert S.ARRESTS not in _subs(run(text, published=None))
