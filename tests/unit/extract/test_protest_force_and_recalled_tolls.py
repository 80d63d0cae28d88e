"""A protest's sub-type from the force its sentence tells on the crowd, not from any word of
force in it: a crowd that dispersed by itself, detainees "arrested" in a demand, "live" in a
slogan and "the dead" named on a peaceful march's placards are no force; a toll over a span
of years running up to now is no incident's; a bare toll right after a recalled incident is
that incident's, not the current story's (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of, figures_of

from sitrep.model import CandidateEvent, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _protests(extraction: Extraction) -> list[CandidateEvent]:
    return [
        c
        for c in events_of(extraction)
        if c.sub_event_type
        in {
            S.PEACEFUL_PROTEST,
            S.PROTEST_WITH_INTERVENTION,
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
            S.VIOLENT_DEMONSTRATION,
        }
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the crowd dispersed by itself: no object, no passive
        "On Wednesday morning, about 300 farmers marched to the district office in Hawija "
        "demanding compensation for burnt wheat fields. The farmers dispersed after the "
        "district commissioner received a delegation of them.",
        # "arrested" describes the detainees of the demand, not the sit-in
        "On Friday, dozens of residents of Jasim held a sit-in in front of the town's great "
        "mosque demanding the release of young men arrested by the security services last "
        "month.",
        # "live" in a slogan is no live fire
        "On Sunday, hundreds of residents of Ocana marched in silence through the main square, "
        'dressed in white and carrying banners reading "Our children want to live".',
        # the dead named on the placards of a march told as peaceful
        "On Thursday, relatives of the victims marched peacefully through Maiduguri to the "
        "governor's office, carrying placards with the names of the dead.",
    ],
)
def test_no_force_on_the_crowd_leaves_a_peaceful_protest(
    run: Callable[..., Extraction], text: str
) -> None:
    protests = _protests(run(text))
    assert [p.sub_event_type for p in protests] == [S.PEACEFUL_PROTEST]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a force that dispersed the crowd, told with its object
        (
            "On Monday, hundreds of graduates rallied outside the oil company's offices in "
            "Basra; riot police later dispersed them with water cannon.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        # passive: the crowd was dispersed
        (
            "A sit-in by teachers in front of the education directorate in Nasiriyah was "
            "dispersed by police on Tuesday.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        # live rounds are force, whatever else the sentence says
        (
            "Soldiers fired live ammunition at protesters in Omdurman on Thursday, killing "
            "two young men.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        # a march told as peaceful until a verb tells the force
        (
            "The peaceful march through Kasserine on Saturday ended when police shot dead a "
            "young demonstrator near the governorate building.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
    ],
)
def test_force_told_on_the_crowd_types_the_protest(
    run: Callable[..., Extraction], text: str, sub: SubEventType
) -> None:
    assert [p.sub_event_type for p in _protests(run(text))] == [sub]


def test_a_toll_over_recent_years_is_no_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "On Sunday afternoon, dozens of residents protested in front of the governorate "
        "building in Amarah, demanding that the clans be disarmed. The protest ended without "
        "incident. Tribal feuds have killed dozens of people in the southern provinces in "
        "recent years, according to a local rights group."
    )
    events = events_of(run(text))
    assert [e.sub_event_type for e in events] == [S.PEACEFUL_PROTEST]
    assert figures_of(events[0]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Flooding over the past two decades has killed hundreds in the valley.",
        "Militants have killed more than 40 soldiers in the district over the past years.",
    ],
)
def test_tolls_over_periods_up_to_now_are_trends(run: Callable[..., Extraction], text: str) -> None:
    assert events_of(run(text)) == []


def test_one_incidents_toll_in_recent_days_stays(run: Callable[..., Extraction]) -> None:
    # a day of its own: one incident, whatever the period the paragraph covers
    text = "A roadside bomb killed three soldiers near Tarmiyah on Tuesday."
    events = events_of(run(text))
    assert [figures_of(e) for e in events] == [(3, None)]


def test_a_bare_toll_after_a_recalled_incident_is_that_incidents(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "At least five people were shot dead when gunmen attacked a village in Bundibugyo "
        "district on Monday night, police said. Community leaders put the death toll at "
        "seven.\n\n"
        "On Wednesday morning, more than 300 residents marched to the district headquarters "
        "demanding more soldiers along the border. The march was peaceful.\n\n"
        "On 9 May 2021, rebels attacked a trading centre in Kanyamwirima, a few kilometres "
        "away, killing 19 people, according to the army. Some local leaders and elders at the "
        "time put the toll at 23."
    )
    extraction = run(text, published=date(2025, 3, 6))
    current = events_of(extraction)
    recalled = [c for c in extraction.candidates if c.background]
    assert [c.sub_event_type for c in current] == [S.ATTACK, S.PEACEFUL_PROTEST]
    assert [figures_of(c) for c in current] == [(5, None), (None, None)]
    assert [figures_of(c) for c in recalled] == [(19, None)]  # the lowest figure
    assert any("toll at 23" in e.text for e in recalled[0].evidence)


def test_a_claim_dated_after_the_attack_names_that_attack(
    run: Callable[..., Extraction],
) -> None:
    # "hours after the attack" dates the claim; its figure is the claimant's, for the same
    # attack (the lowest figure is kept)
    text = (
        "ZAHEDAN - Four police officers of the Saravan county police command were killed at "
        'dawn today, Sunday, when members of the terrorist group "Jaish al-Zolm" attacked '
        "the central police station of the city with rocket-propelled grenades, the deputy "
        "governor announced.\n\n"
        "Jaish al-Adl, which the Islamic Republic calls Jaish al-Zolm, in a message published "
        "on its Telegram channel hours after the attack took responsibility for it, and "
        'claimed that nine "forces of the regime" were killed.'
    )
    events = events_of(run(text, published=date(2025, 1, 19)))
    assert len(events) == 1
    assert figures_of(events[0])[0] == 4


def test_a_vehicle_is_no_second_place(run: Callable[..., Extraction]) -> None:
    # "under the second Humvee" names no place: the restatement joins its incident
    text = (
        "An explosive device went off on Sunday evening on a patrol of the army's 8th "
        "Division near the village of al-Abbasi in the Hawija district, killing two soldiers "
        "and wounding three others, a security source said.\n\n"
        "The source said the patrol was returning from a search operation in the orchards "
        "when the charge exploded under the second Humvee. Earlier reports on social media "
        "spoke of three martyrs, but the source confirmed the number of two."
    )
    events = events_of(run(text, published=date(2023, 8, 15)))
    assert len(events) == 1
    assert figures_of(events[0]) == (2, 3)
    assert not any(p.text == "Humvee" for p in events[0].places)


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday morning, the security forces arrested one suspect in connection with the "
        "attack in the Police District Seven of Kabul, a source said.",
        "On Tuesday, a force of the Counter-Terrorism Service arrested three men in Kabul "
        "suspected of providing logistical support to the cell that carried out the attack.",
    ],
)
def test_the_attack_an_arrest_is_for_is_the_one_told(
    run: Callable[..., Extraction], second: str
) -> None:
    text = (
        "A suicide bomber blew himself up near the Ministry of Interior in Kabul on Monday, "
        "killing six people.\n\n" + second
    )
    events = events_of(run(text, published=date(2024, 9, 3)))
    assert [e.sub_event_type for e in events] == [S.SUICIDE_BOMB, S.ARRESTS]


def test_an_arrest_for_an_attack_not_told_keeps_both(run: Callable[..., Extraction]) -> None:
    # no incident told before: the attack named beside the arrest is news of its own
    text = (
        "Police arrested two men on Tuesday after the attack on a checkpoint in Jalalabad that "
        "killed three officers on Monday night."
    )
    types = {e.sub_event_type for e in events_of(run(text, published=date(2024, 9, 3)))}
    assert S.ARRESTS in types
    assert types - {S.ARRESTS}


def test_the_protest_told_in_other_words_before(run: Callable[..., Extraction]) -> None:
    text = (
        "On Monday afternoon, angry youths from Maigora and nearby villages blocked the "
        "highway in Yankara with burning tyres, saying the government had abandoned "
        "them. The protest turned violent when some of them set fire to a police patrol van; "
        "policemen fired tear gas to disperse the crowd."
    )
    events = events_of(run(text, published=date(2024, 8, 14)))
    assert len(events) == 1
    assert "Yankara" in " ".join(p.text for p in events[0].places)
    assert [d.text for d in events[0].dates][:1] == ["On Monday afternoon"]


def test_destruction_that_killed_is_an_attack(run: Callable[..., Extraction]) -> None:
    # the toll after the arson makes it an attack on people; a rival toll "at 43" is a
    # count, not a time of day, and does not set a second incident apart
    text = (
        "In the early hours of Sunday 27 July, ADF fighters armed with guns and machetes struck "
        "the Catholic parish compound in Komanda, where worshippers had gathered for a night "
        "vigil, and set fire to houses and shops nearby. MONUSCO counted at least 38 dead; "
        "civil society leaders in Komanda put the toll at 43."
    )
    events = events_of(run(text, published=date(2025, 8, 4)))
    assert [e.sub_event_type for e in events] == [S.ATTACK]
    assert figures_of(events[0])[0] == 38
