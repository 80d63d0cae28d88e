"""General rules, pinned on new original sentences in wire and translated-state-media voices:
title lines fold into the body's report, one article restating an incident gives one event,
quoted claims and opinions give none, background and generic mentions, "neutralised" and
other euphemisms, physical targets and counts of things that are not casualties.

Each case: an id, the text, how many events, and the key fields asserted (sub-event types in
order, fatalities of the first event, places that must or must not appear). Real model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pytest

from sitrep.model import Extraction, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    events: int
    subs: tuple[SubEventType, ...] = ()
    fatalities: int | str | None = "any"  # of the first event; "any" leaves it unchecked
    places: tuple[str, ...] = ()  # each must be among the first event's places
    not_places: tuple[str, ...] = ()  # none may be among any event's places
    background: tuple[bool, ...] = ()
    published: date = field(default=date(2022, 5, 10))


CASES: list[Case] = [
    # -- title lines are summaries of the body, never events of their own ---------------
    Case(
        "title-ied",
        "Roadside bomb kills three soldiers near Samarra\n\n"
        "Three soldiers were killed on Tuesday when a roadside bomb struck their vehicle near "
        "Samarra, a security source said.",
        1,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
        3,
        ("Samarra",),
    ),
    Case(
        "title-state-media",
        "Terrorist attack on army post in Hama countryside\n\n"
        "Two army soldiers were martyred on Friday when terrorist groups attacked a military "
        "post in the northern countryside of Hama, a military source told SANA.",
        1,
        fatalities=2,
    ),
    Case(
        "title-other-words",
        "Gunmen storm village, five dead\n\n"
        "Five villagers were killed on Sunday when gunmen attacked the village of Albu Bali in "
        "Anbar province, police said.",
        1,
        fatalities=5,
    ),
    Case(
        "title-of-another-story",
        "Gunmen killed a shop owner in Baqubah on Monday, police said.\n\n"
        "Drone strike kills two militants in Hasakah\n",
        1,
        fatalities=1,
        not_places=("Hasakah",),
    ),
    Case(
        "title-with-two-incidents",
        "Bomb kills two in Tikrit, police arrest four in Mosul\n\n"
        "A bomb exploded in a market in Tikrit on Monday, killing two people.\n\n"
        "In a separate operation on Monday, police arrested four suspects in Mosul.",
        2,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.ARRESTS),
        2,
    ),
    Case(
        "title-then-dateline",
        "Mali: gunmen kill 12 at village market\n\n"
        "BAMAKO, March 2 (Wire) - Gunmen killed 12 people at a weekly market in the village of "
        "Dinangourou in central Mali on Tuesday, local officials said.",
        1,
        fatalities=12,
    ),
    # -- one incident restated in other words is one event --------------------------------
    Case(
        "restated-assault",
        "Gunmen attacked a checkpoint in Tarmiyah on Monday, killing two soldiers. The assault "
        "on the checkpoint in Tarmiyah also left three soldiers wounded, the source added.",
        1,
        fatalities=2,
    ),
    Case(
        "restated-in-quote",
        "Police arrested six suspects in Kirkuk on Sunday, the ministry said. The ministry said "
        'in its statement that "the detained were referred to the judiciary in Iraq".',
        1,
        (S.ARRESTS,),
        places=("Kirkuk",),
    ),
    Case(
        "toll-then-bomb-in-one-sentence",
        "Twenty people were killed on Sunday when a car bomb exploded at a crowded market in "
        "Mosul, police said.",
        1,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
        20,
    ),
    Case(
        "state-media-cell-statement",
        "The Security Media Cell announced, today, Monday, the martyrdom of a soldier in an "
        'explosion in Tuz Khurmatu. The Cell said in a statement that "an explosive device '
        'exploded this morning against an army patrol".',
        1,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
    ),
    Case(
        "attackers-sentence",
        "Islamic State militants attacked a police station in Rutba on Tuesday. Police said "
        "the attackers killed four officers before fleeing.",
        1,
        fatalities=4,
    ),
    Case(
        "wire-follow-up",
        "KIRKUK, Iraq, May 3 (Wire) - Gunmen killed two farmers in an orchard on Sunday, police "
        "said. The farmers were shot dead as they irrigated their land, police added.",
        1,
        fatalities=2,
    ),
    Case(
        "definite-subject-restates",
        "A suicide bomber blew himself up in a market in Sadr City on Monday evening, killing "
        "30 people. The blast tore through the Shuhada market, where vendors sell clothes, "
        "shortly before the holiday.",
        1,
        (S.SUICIDE_BOMB,),
        30,
    ),
    Case(
        "toll-debate-is-not-an-incident",
        "Artillery shells hit a resort near Zakho on Wednesday, killing nine tourists. Kurdish "
        "outlets first reported eight dead; the federal health ministry settled on nine a week "
        "later.",
        1,
        (S.SHELLING_ARTILLERY_MISSILE,),
        9,
    ),
    Case(
        "monitor-toll-restates",
        "Gunmen attacked a bus in Deir ez-Zor province on Wednesday, killing 25 people. The "
        "Observatory put the death toll at 37, saying a few of the dead were civilians.",
        1,
        fatalities=25,
    ),
    # -- distinct incidents stay apart ----------------------------------------------------
    Case(
        "toll-on-another-day",
        "A roadside bomb hit a patrol near Tikrit on Sunday. Two soldiers were killed on Monday "
        "in clashes near Baiji.",
        2,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.ARMED_CLASH),
    ),
    Case(
        "separate-marker",
        "A roadside bomb killed two soldiers near Tikrit on Monday. In a separate attack, "
        "gunmen killed a shepherd near Hawija on Monday.",
        2,
        fatalities=2,
    ),
    Case(
        "different-days",
        "On March 4, a roadside bomb killed two soldiers near Baiji. On March 9, another "
        "roadside bomb wounded three soldiers near Baiji.",
        2,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.REMOTE_EXPLOSIVE_LANDMINE_IED),
    ),
    Case(
        "tally-is-not-a-restatement",
        "Gunmen killed three soldiers near Makhmour on Monday. The coalition said it had "
        "conducted 12 airstrikes in the area over the past week.",
        2,
        fatalities=3,
    ),
    Case(
        "different-specific-types",
        "Artillery shells hit a resort near Zakho last July, killing nine tourists. After the "
        "suicide bombing of a market in Sadr City in July 2021, officials counted 30 dead.",
        2,
        (S.SHELLING_ARTILLERY_MISSILE, S.SUICIDE_BOMB),
        9,
        ("Zakho",),
        published=date(2023, 2, 15),
    ),
    Case(
        "follow-on-hours-after",
        "A drone struck a motorcycle near Hajin on Tuesday, killing two militants. Hours after "
        "the strike, gunmen attacked a checkpoint at the entrance of the town, wounding a "
        "fighter.",
        2,
        (S.AIR_DRONE_STRIKE,),
        2,
    ),
    Case(
        "dismissal-after-attack",
        "The prime minister dismissed the commander of the army's 20th brigade on Monday after "
        "an attack killed five soldiers in Diyala on Saturday.",
        2,
    ),
    # -- statements, opinions and claims in quotes are not events -------------------------
    Case(
        "quoted-opinion",
        'The minister said that "terrorist attacks will not break the will of our people".',
        0,
    ),
    Case("warning", "The spokesman warned that militants could attack oil installations.", 0),
    Case("denial", "The army denied reports that its aircraft had bombed a hospital.", 0),
    Case(
        "analysis",
        "Analysts said the group is trying to rebuild its capacity to carry out attacks.",
        0,
    ),
    Case(
        "condemnation",
        "The party condemned the attacks on civilians and called for an investigation.",
        0,
    ),
    Case(
        "threat-state-media",
        "The terrorist organisation threatened, in a statement, to target the pilgrims during "
        "the coming religious occasion.",
        0,
    ),
    Case(
        "dismissed-a-report",
        'The ministry dismissed the report as "baseless" and said no attack took place near '
        "Sinjar.",
        0,
    ),
    Case(
        "campaign-tally",
        "The campaign, which began in March, has killed more than 150 militants, the army said.",
        0,
    ),
    Case(
        "officials-dismissed",
        "Late on Thursday, Prime Minister Mustafa al-Kadhimi dismissed a number of security and "
        "intelligence officials in Baghdad.",
        1,
        (S.OTHER,),
        None,
        ("Baghdad",),
    ),
    # -- background and generic mentions --------------------------------------------------
    Case(
        "habitual-past",
        "Bombings there were a near daily occurrence in those years.",
        0,
    ),
    Case(
        "background-without-place",
        "The court sentenced three men to death for their role in the 2016 bombing.",
        0,
    ),
    Case("rare-since", "Such attacks have become rare in the capital since 2019.", 0),
    Case(
        "background-with-date",
        "A car bomb killed four people in Tuz Khurmatu on Saturday. The town was last hit by a "
        "bombing in May 2019, which killed 12 people.",
        2,
        fatalities=4,
        background=(False, True),
    ),
    Case(
        "period-of-years",
        "Bombings there were a near daily occurrence during the sectarian fighting of 2006-2007.",
        0,
    ),
    Case(
        "same-site-background",
        "A car bomb killed ten people in a market in Baiji on Friday. The last attack of this "
        "size struck the same market in January 2018, killing 35.",
        2,
        fatalities=10,
        background=(False, True),
    ),
    Case(
        "accused-of-past-bombing",
        "Police arrested five suspects in Kirkuk on Sunday. The statement said the suspects are "
        "accused of taking part in the bombing of a market in the Hawija district in March "
        "2019.",
        2,
        (S.ARRESTS, S.REMOTE_EXPLOSIVE_LANDMINE_IED),
        background=(False, True),
        published=date(2021, 3, 14),
    ),
    # -- lethal verbs and state-media nouns count the dead --------------------------------
    Case(
        "martyrdom",
        "The Security Media Cell announced, today, Monday, the martyrdom of two members of the "
        "army in an explosion in Tarmiyah.",
        1,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
        2,
        ("Tarmiyah",),
    ),
    Case(
        "shot-dead-two",
        "In a separate incident on Tuesday, gunmen shot dead a farmer and his son in their "
        "orchard on the outskirts of Khanaqin.",
        1,
        fatalities=2,
        places=("Khanaqin",),
    ),
    Case("gunned-down", "Gunmen gunned down a tribal sheikh in Hawija on Monday.", 1, fatalities=1),
    # -- short articles: title, dateline, quote and follow-up are one incident ---------------
    Case(
        "wire-article-quote-and-follow-up",
        "Two soldiers killed in Anbar ambush\n\n"
        "RAMADI, Iraq, April 2 (Wire) - Militants ambushed an army patrol near Rutba on "
        "Saturday, killing two soldiers, military sources said.\n\n"
        '"The terrorists attacked our patrol with machine guns," an officer told reporters. '
        "The ambush was the deadliest in the province this year.\n\n"
        "The army said it later launched an operation to pursue the attackers.",
        1,
        (S.ARMED_CLASH,),
        2,
        ("Rutba",),
    ),
    Case(
        "state-media-source-restates",
        "Damascus, SANA - A civilian was martyred and three others were injured on Monday in a "
        "terrorist attack with a rocket shell on the town of Mhardeh in Hama countryside.\n\n"
        "A source at the Hama police command told SANA that terrorists targeted the town with "
        "a rocket shell, causing the martyrdom of a civilian and injuring three others.",
        1,
        (S.SHELLING_ARTILLERY_MISSILE,),
        1,
        ("Mhardeh",),
    ),
    Case(
        "state-media-quoted-strike",
        "Baghdad (INA) - The Security Media Cell announced on Sunday that an Iraqi army "
        "aircraft carried out an airstrike on a terrorist hideout in the Hamrin mountains.\n\n"
        'The cell said in a statement that "the strike destroyed the hideout and killed the '
        'terrorists inside it".',
        1,
        (S.AIR_DRONE_STRIKE,),
    ),
    Case(
        "no-casualties-and-defused",
        "Police said a roadside bomb exploded near a patrol in Tarmiyah on Monday. No "
        "casualties were reported. A second bomb was defused nearby.",
        1,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
        0,
    ),
    Case(
        "kidnapping-restated",
        "Gunmen kidnapped a shepherd near Rutba on Friday. Police said the kidnappers demanded "
        "a ransom. The abduction is the third in the area this month.",
        1,
        (S.ABDUCTION_FORCED_DISAPPEARANCE,),
        None,
    ),
    Case(
        "title-case-headline",
        "Car Bomb Kills Six In Tikrit\n\n"
        "A car bomb exploded outside a mosque in Tikrit on Friday, killing six worshippers, "
        "police said.",
        1,
        fatalities=6,
    ),
    Case(
        "wire-update-headline",
        "UPDATE 2-Suicide bomber hits Somali army base, 9 dead\n\n"
        "MOGADISHU, Aug 3 (Wire) - A suicide bomber drove an explosives-laden car into a "
        "military base in Mogadishu on Wednesday, killing nine soldiers, officials said.",
        1,
        (S.SUICIDE_BOMB,),
        9,
    ),
    Case(
        "army-claims-and-wounded",
        "The army said it killed 12 militants in clashes near Daraa on Monday. Among the dead, "
        "the army said, were two commanders. Eight soldiers were wounded in the fighting.",
        1,
        (S.ARMED_CLASH,),
        12,
        ("Daraa",),
    ),
    Case(
        "separately",
        "A roadside bomb hit a police patrol in Kirkuk on Sunday, wounding two officers. "
        "Separately, gunmen killed a teacher in Hawija.",
        2,
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED,),
        None,
    ),
    Case(
        "place-tagged-as-person",
        "A car bomb killed four people in Tuz Khurmatu on Saturday.",
        1,
        fatalities=4,
        places=("Tuz Khurmatu",),
    ),
    # -- euphemisms and targets -----------------------------------------------------------
    Case(
        "neutralised",
        "Turkish security forces neutralized four PKK terrorists in the Hakurk region of "
        "northern Iraq on Saturday, the ministry said.",
        1,
        fatalities=None,
    ),
    Case(
        "neutralised-by-drones-follow-on",
        "Turkish forces neutralized two PKK terrorists in northern Iraq on Sunday. The "
        "terrorists were targeted in a cave in the Gara region. The operation was carried out "
        "by armed drones, the ministry said.",
        1,
        (S.AIR_DRONE_STRIKE,),
        None,
        ("Gara",),
    ),
    Case(
        "lost-their-lives",
        "Two soldiers lost their lives when militants attacked their post near Tuz Khurmatu on "
        "Monday.",
        1,
        fatalities=2,
    ),
    Case(
        "victims-coordinated",
        "Militants attacked a checkpoint in Tarmiyah on Monday, killing two civilians and a "
        "policeman.",
        1,
        fatalities=3,
    ),
    Case(
        "dead-on-both-sides",
        "Clashes between the army and ISIS near Rutba on Monday left 9 militants and 3 soldiers "
        "dead.",
        1,
        (S.ARMED_CLASH,),
        12,
    ),
    Case(
        "place-tagged-as-product",
        "Turkish warplanes bombed positions in Qandil on Monday, killing five PKK fighters, the "
        "ministry said.",
        1,
        (S.AIR_DRONE_STRIKE,),
        5,
        ("Qandil",),
    ),
    Case(
        "physical-target",
        "A drone struck a fuel truck on the road to Qaim on Thursday, the army said.",
        1,
        (S.AIR_DRONE_STRIKE,),
        None,
    ),
    Case(
        "rockets-no-casualties",
        "Three rockets hit the perimeter of Baghdad airport on Sunday, causing no casualties.",
        1,
        (S.SHELLING_ARTILLERY_MISSILE,),
    ),
    # -- counts of things that are not people ---------------------------------------------
    Case(
        "seized-rifles",
        "Police arrested 14 suspects and seized 30 rifles in Basra on Wednesday.",
        1,
        (S.ARRESTS,),
        None,
    ),
    Case(
        "seized-belts",
        "Police seized 40 mortar rounds and 12 explosive belts in a raid on a farm near Hit on "
        "Friday.",
        1,
        (S.DISRUPTED_WEAPONS_USE,),
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_general_rule(case: Case, run: Callable[..., Extraction]) -> None:
    ex = run(case.text, case.published)
    cands = ex.candidates
    assert len(cands) == case.events, [(c.sub_event_type, c.evidence[0].text) for c in cands]
    if case.subs:
        assert [c.sub_event_type for c in cands][: len(case.subs)] == list(case.subs)
    if case.fatalities != "any":
        first = cands[0].fatalities
        assert (first.value if first else None) == case.fatalities
    if case.places:
        names = [p.text for p in cands[0].places]
        assert all(any(want in n for n in names) for want in case.places), names
    for c in cands:
        assert not any(bad in p.text for p in c.places for bad in case.not_places)
    if case.background:
        assert tuple(c.background for c in cands) == case.background


def test_a_title_line_is_never_the_only_evidence(run: Callable[..., Extraction]) -> None:
    text = (
        "Car bomb kills six in Tikrit\n\n"
        "A car bomb exploded outside a mosque in Tikrit on Friday, killing six worshippers."
    )
    [ev] = run(text).candidates
    assert len(ev.evidence) == 2
    assert any("mosque" in e.text for e in ev.evidence)


def test_borrowed_place_is_noted(run: Callable[..., Extraction]) -> None:
    ex = run(
        "A drone struck a car near Hajin on Tuesday, killing two militants. Hours after the "
        "strike, gunmen attacked a checkpoint, wounding a fighter."
    )
    assert len(ex.candidates) == 2
    later = ex.candidates[1]
    assert later.places, "a follow-on incident happened where the first did"
    assert any("borrowed" in n for n in later.notes)
