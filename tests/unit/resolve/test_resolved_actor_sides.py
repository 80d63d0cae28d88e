"""Who acted and who was met, read across an article's sentences: whose drone, who claimed
the blast, a group named about something else, the force that met a crowd, epithets and
possessives. Sentences written for these tests; the gazetteer is the small hand-made one."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import (
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    DateMention,
    Event,
    EventType,
    Extraction,
    InterCode,
    PlaceMention,
    Span,
    SubEventType,
)
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.resolve.aircraft import aircraft_owner, is_bare_aircraft, is_bare_drone
from sitrep.resolve.crowds import intervening_force


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer, actors: ActorDictionary) -> Resolver:
    return Resolver(gazetteer=gazetteer, actors=actors)


def _at(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(text=part, start=i, end=i + len(part))


def _resolve(
    resolver: Resolver, text: str, *candidates: CandidateEvent, published: date = date(2023, 5, 4)
) -> list[Event]:
    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="sides-1", text=text, published=published, outlet="Wire"
    )
    return resolver.resolve(art, Extraction(article_id="sides-1", candidates=list(candidates)))


def _candidate(
    text: str,
    trigger: str,
    sentences: list[str],
    actors: list[tuple[str, ActorRole, str | None]],
    *,
    event_type: EventType = EventType.EXPLOSIONS_REMOTE_VIOLENCE,
    sub_type: SubEventType = SubEventType.AIR_DRONE_STRIKE,
    place: str = "Al Hasakah",
) -> CandidateEvent:
    return CandidateEvent(
        article_id="sides-1", event_type=event_type, sub_event_type=sub_type,
        trigger=_at(text, trigger), evidence=[_at(text, s) for s in sentences],
        actors=[ActorMention(text=t, role=r, label=label, span=_at(text, t))
                for t, r, label in actors],
        places=[PlaceMention(text=place, context="near", span=_at(text, place))],
        dates=[DateMention(text="on Tuesday", span=_at(text, "on Tuesday"))],
        confidence=0.8,
    )  # fmt: skip


# -- whose drone -------------------------------------------------------------------------

DRONES = (
    "Turkish drones struck farms and vehicles across the north-east this week. "
    "A drone hit a pickup truck near Al Hasakah on Tuesday, killing two local guards."
)


def test_a_bare_drone_flies_for_the_nationality_the_article_gave_it(resolver: Resolver) -> None:
    second = DRONES.split(". ")[1]
    strike = _candidate(
        DRONES, "hit", [second], [("A drone", ActorRole.ACTOR1, "generic:military")]
    )
    event = _resolve(resolver, DRONES, strike)[0]
    assert event.actor1 == "Military Forces of Turkey"
    assert event.inter1 == InterCode.EXTERNAL_OTHER_FORCES


def test_a_drone_no_one_gave_a_nationality_is_unidentified(resolver: Resolver) -> None:
    # armed groups fly drones too: whose, unsaid, is unknown (not the forces of the
    # country it hit)
    text = "A drone hit a pickup truck near Al Hasakah on Tuesday, killing two local guards."
    strike = _candidate(text, "hit", [text], [("A drone", ActorRole.ACTOR1, "generic:military")])
    assert _resolve(resolver, text, strike)[0].actor1 == "Unidentified Armed Group (Syria)"


def test_a_warplane_no_one_gave_a_nationality_stays_the_local_forces(resolver: Resolver) -> None:
    text = "A warplane hit a pickup truck near Al Hasakah on Tuesday, killing two local guards."
    strike = _candidate(text, "hit", [text], [("A warplane", ActorRole.ACTOR1, "generic:military")])
    assert _resolve(resolver, text, strike)[0].actor1 == "Military Forces of Syria (2000-)"


@pytest.mark.parametrize(
    ("before", "owner"),
    [
        ("Russian warplanes pounded the hills for a week.", "Russia"),
        ("U.S. jets flew over the area at dawn.", "United States"),
        ("Residents said the aircraft came from the south.", None),
    ],
)
def test_the_owner_of_the_aircraft_named_earlier(
    actors: ActorDictionary, before: str, owner: str | None
) -> None:
    assert aircraft_owner(before, actors.demonyms) == owner


def test_only_an_aircraft_without_an_owner_is_bare() -> None:
    assert is_bare_aircraft("a drone")
    assert is_bare_aircraft("the warplanes")
    assert not is_bare_aircraft("an unidentified drone")
    assert not is_bare_aircraft("Israeli drone")
    assert is_bare_drone("an armed drone") and not is_bare_drone("the warplanes")


# -- claims across the article -------------------------------------------------------------

CLAIM = (
    "Islamic State claimed responsibility on Wednesday for a car bomb attack on an army base "
    "near Kirkuk. A car packed with explosives blew up at the gate of the base on Tuesday, "
    "killing four soldiers. The defence minister had blamed ISIS before the claim."
)


def test_the_blamed_group_that_claimed_the_attack_elsewhere_is_its_perpetrator(
    resolver: Resolver,
) -> None:
    s = CLAIM.split(". ")
    lede = _candidate(CLAIM, "car bomb attack", [s[0]],
                      [("Islamic State", ActorRole.CLAIMED_BY, "ORG")], place="Kirkuk",
                      sub_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED)  # fmt: skip
    blast_actors = [("ISIS", ActorRole.BLAMED, "ORG")]
    blast = _candidate(CLAIM, "blew up", [s[1], s[2]], blast_actors, place="Kirkuk",
                       sub_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED)  # fmt: skip
    event = _resolve(resolver, CLAIM, lede, blast)[1]
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.claimed_by == "Islamic State (Iraq)"
    # an incident of another kind is not the one claimed: blame alone names no perpetrator
    clash = blast.model_copy(
        update={"event_type": EventType.BATTLES, "sub_event_type": SubEventType.ARMED_CLASH}
    )
    assert _resolve(resolver, CLAIM, lede, clash)[1].actor1 == "Unidentified Armed Group (Iraq)"


UNCLAIMED = (
    "Unidentified gunmen shot dead a police officer in Kirkuk late on Tuesday. "
    "The province has long seen fighting between Islamic State and the army."
)


def test_a_group_named_about_something_else_is_not_the_unknown_killers(
    resolver: Resolver,
) -> None:
    s = UNCLAIMED.split(". ")
    killing = _candidate(UNCLAIMED, "shot dead", [s[0] + ".", s[1]],
                         [("Islamic State", ActorRole.ACTOR1, "ORG")], place="Kirkuk",
                         event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                         sub_type=SubEventType.ATTACK)  # fmt: skip
    assert _resolve(resolver, UNCLAIMED, killing)[0].actor1 == "Unidentified Armed Group (Iraq)"


def test_a_group_named_in_the_incidents_own_sentence_stays(resolver: Resolver) -> None:
    text = "Islamic State gunmen shot dead a police officer in Kirkuk late on Tuesday."
    killing = _candidate(text, "shot dead", [text],
                         [("Islamic State", ActorRole.ACTOR1, "ORG")], place="Kirkuk",
                         event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                         sub_type=SubEventType.ATTACK)  # fmt: skip
    assert _resolve(resolver, text, killing)[0].actor1 == "Islamic State (Iraq)"


# -- the force that met the crowd -------------------------------------------------------


def test_police_who_charged_protesting_students_are_actor2(resolver: Resolver) -> None:
    text = "Police baton-charged students protesting outside the university in Kirkuk on Tuesday."
    protest = _candidate(text, "baton-charged", [text],
                         [("students", ActorRole.ACTOR1, "generic:civilian")], place="Kirkuk",
                         event_type=EventType.PROTESTS,
                         sub_type=SubEventType.PROTEST_WITH_INTERVENTION)  # fmt: skip
    event = _resolve(resolver, text, protest)[0]
    assert event.actor1 == "Protesters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_police_who_fired_tear_gas_at_a_mob_are_actor2(resolver: Resolver) -> None:
    text = "Riot police fired tear gas at a stone-throwing mob in Kirkuk on Tuesday."
    riot = _candidate(text, "mob", [text], [], place="Kirkuk",
                      event_type=EventType.RIOTS, sub_type=SubEventType.MOB_VIOLENCE)  # fmt: skip
    event = _resolve(resolver, text, riot)[0]
    assert event.actor1 == "Rioters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_police_who_only_report_a_riot_are_not_its_actor2(resolver: Resolver) -> None:
    text = "A mob torched two shops in Kirkuk on Tuesday, a police spokesman said."
    riot = _candidate(text, "torched", [text], [], place="Kirkuk",
                      event_type=EventType.RIOTS, sub_type=SubEventType.MOB_VIOLENCE)  # fmt: skip
    assert _resolve(resolver, text, riot)[0].actor2 is None


def test_the_force_told_in_the_next_sentence_is_actor2(resolver: Resolver) -> None:
    """The march and the tear gas are told in two sentences of one incident's evidence."""
    first = "Hundreds of residents marched through Kirkuk on Tuesday to protest power cuts."
    second = "Security forces used tear gas to disperse them near the governorate building."
    text = f"{first} {second}"
    march = _candidate(text, "marched", [first, second],
                       [("Hundreds of residents", ActorRole.ACTOR1, None)], place="Kirkuk",
                       event_type=EventType.PROTESTS,
                       sub_type=SubEventType.PROTEST_WITH_INTERVENTION)  # fmt: skip
    event = _resolve(resolver, text, march)[0]
    assert event.actor1 == "Protesters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Iraq")


def test_a_later_sentence_without_force_used_names_no_actor2(resolver: Resolver) -> None:
    first = "Hundreds of residents marched through Kirkuk on Tuesday to protest power cuts."
    second = "Police said the march ended peacefully near the governorate building."
    text = f"{first} {second}"
    march = _candidate(text, "marched", [first, second],
                       [("Hundreds of residents", ActorRole.ACTOR1, None)], place="Kirkuk",
                       event_type=EventType.PROTESTS,
                       sub_type=SubEventType.PEACEFUL_PROTEST)  # fmt: skip
    assert _resolve(resolver, text, march)[0].actor2 is None


def test_the_crowd_is_not_the_second_side_of_its_own_protest(resolver: Resolver) -> None:
    """ "police fired tear gas at demonstrators": the demonstrators are actor1, the police 2."""
    text = "Police fired tear gas at demonstrators in Kirkuk on Tuesday."
    protest = _candidate(text, "tear gas", [text],
                         [("demonstrators", ActorRole.ACTOR2, "generic:protester")],
                         place="Kirkuk", event_type=EventType.PROTESTS,
                         sub_type=SubEventType.PROTEST_WITH_INTERVENTION)  # fmt: skip
    event = _resolve(resolver, text, protest)[0]
    assert event.actor1 == "Protesters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_the_force_the_extractor_made_actor1_of_a_protest_is_actor2(resolver: Resolver) -> None:
    """ "Police dispersed with tear gas a sit-in of relatives": the police are the subject of
    the sentence, yet ACLED codes a protest's protesters as its actor1."""
    text = "Police dispersed with tear gas a sit-in of relatives in Kirkuk on Tuesday."
    protest = _candidate(text, "dispersed", [text],
                         [("Police", ActorRole.ACTOR1, "generic:police"),
                          ("relatives", ActorRole.ACTOR2, "generic:civilian")],
                         place="Kirkuk", event_type=EventType.PROTESTS,
                         sub_type=SubEventType.PROTEST_WITH_INTERVENTION)  # fmt: skip
    event = _resolve(resolver, text, protest)[0]
    assert event.actor1 == "Protesters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_the_force_the_extractor_made_actor1_of_a_riot_is_actor2(resolver: Resolver) -> None:
    text = "Police fired tear gas at youths who torched tyres in Kirkuk on Tuesday."
    riot = _candidate(text, "torched", [text],
                      [("Police", ActorRole.ACTOR1, "generic:police"),
                       ("youths", ActorRole.ACTOR2, "generic:civilian")],
                      place="Kirkuk", event_type=EventType.RIOTS,
                      sub_type=SubEventType.VIOLENT_DEMONSTRATION)  # fmt: skip
    event = _resolve(resolver, text, riot)[0]
    assert event.actor1 == "Rioters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_a_peaceful_march_has_no_force_as_actor2(resolver: Resolver) -> None:
    text = "Teachers marched to the governorate building in Kirkuk on Tuesday as police watched."
    march = _candidate(text, "marched", [text],
                       [("Teachers", ActorRole.ACTOR1, "generic:civilian")], place="Kirkuk",
                       event_type=EventType.PROTESTS,
                       sub_type=SubEventType.PEACEFUL_PROTEST)  # fmt: skip
    assert _resolve(resolver, text, march)[0].actor2 is None


@pytest.mark.parametrize(
    ("sentence", "force"),
    [
        ("Kenyan police fired tear gas at the crowd.", "Kenyan police"),
        ("Troops dispersed the sit-in with batons.", "Troops"),
        ("The crowd stoned the police station, police said.", None),
        # the force that acts, not one the crowd asked for
        ("Youths marched to demand more means for the army; the police dispersed them.", "police"),
    ],
)
def test_the_force_in_the_incidents_sentence(sentence: str, force: str | None) -> None:
    candidate = CandidateEvent(
        article_id="c", event_type=EventType.RIOTS, sub_event_type=SubEventType.MOB_VIOLENCE,
        trigger=Span(text=sentence[:5], start=0, end=5),
        evidence=[Span(text=sentence, start=0, end=len(sentence))], confidence=0.5,
    )  # fmt: skip
    assert intervening_force(candidate) == force


# -- epithets and possessives ----------------------------------------------------------


def test_the_militarys_epithet_names_no_group(actors: ActorDictionary) -> None:
    found = actors.match("six khwarij", country="Pakistan")
    assert found is not None and found.name == "Unidentified Armed Group (Pakistan)"
    assert found.inter == InterCode.POLITICAL_MILITIAS
    named = actors.match("Fitna al-Khawarij", country="Pakistan")
    assert named is not None and named.name == "TTP: Tehreek-i-Taliban Pakistan"


def test_the_sdfs_internal_security_forces_are_the_asayish(actors: ActorDictionary) -> None:
    found = actors.match("three members of the SDF's internal security forces", country="Syria")
    assert found is not None and found.name == "Asayish (Syria)"


STATE_MEDIA = (
    "Three soldiers were martyred in a cowardly terrorist attack on an army point near "
    "Kirkuk on Tuesday. The Security Media Cell said the terrorist gangs of Daesh had "
    "attacked the point before fleeing into the valley."
)


def test_the_terrorist_of_a_state_media_report_is_the_articles_group(
    resolver: Resolver,
) -> None:
    s = STATE_MEDIA.split(". ")
    attack = _candidate(STATE_MEDIA, "attack", [s[0], s[1]],
                        [("terrorist", ActorRole.ACTOR1, "generic:armed"),
                         ("Three soldiers", ActorRole.ACTOR2, "generic:military")],
                        place="Kirkuk", event_type=EventType.BATTLES,
                        sub_type=SubEventType.ARMED_CLASH)  # fmt: skip
    gangs = ActorMention(
        text="the terrorist gangs of Daesh", role=ActorRole.ACTOR1, label="ORG",
        span=_at(STATE_MEDIA, "the terrorist gangs of Daesh"),
    )  # fmt: skip
    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="sides-1", text=STATE_MEDIA, published=date(2023, 5, 4), outlet="Wire"
    )
    found = Extraction(article_id="sides-1", candidates=[attack], actor_mentions=[gangs])
    assert resolver.resolve(art, found)[0].actor1 == "Islamic State (Iraq)"


def test_violence_against_civilians_targets_civilians_when_no_victim_was_kept(
    resolver: Resolver,
) -> None:
    text = "Suspected insurgents beheaded a fisherman near Kirkuk on Tuesday, his family said."
    killing = _candidate(text, "beheaded", [text], [], place="Kirkuk",
                         event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                         sub_type=SubEventType.ATTACK)  # fmt: skip
    event = _resolve(resolver, text, killing)[0]
    assert event.actor2 == "Civilians (Iraq)"
    assert event.inter2 == InterCode.CIVILIANS
    # a battle's other side is not presumed
    clash = killing.model_copy(
        update={"event_type": EventType.BATTLES, "sub_event_type": SubEventType.ARMED_CLASH}
    )
    assert _resolve(resolver, text, clash)[0].actor2 is None


def test_fighters_led_by_a_named_group_are_that_group(resolver: Resolver) -> None:
    text = (
        "Fighters led by Hayat Tahrir al-Sham (HTS) seized the village of Kafr Halab near "
        "Al Hasakah on Tuesday after a day of shelling."
    )
    seizure = _candidate(text, "seized", [text], [("Fighters", ActorRole.ACTOR1, "generic:armed")],
                         event_type=EventType.BATTLES,
                         sub_type=SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)  # fmt: skip
    assert _resolve(resolver, text, seizure)[0].actor1 == "HTS: Hayat Tahrir al-Sham"


def test_fighters_loyal_to_no_named_group_stay_unidentified(resolver: Resolver) -> None:
    text = "Fighters loyal to the local council seized a checkpoint near Al Hasakah on Tuesday."
    seizure = _candidate(text, "seized", [text], [("Fighters", ActorRole.ACTOR1, "generic:armed")],
                         event_type=EventType.BATTLES,
                         sub_type=SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)  # fmt: skip
    assert _resolve(resolver, text, seizure)[0].actor1 == "Unidentified Armed Group (Syria)"


def test_a_civilian_who_attacks_is_coded_as_an_armed_group(resolver: Resolver) -> None:
    text = "A woman threw a hand grenade at a patrol near Al Hasakah on Tuesday, wounding two."
    attack = _candidate(
        text, "threw", [text], [("A woman", ActorRole.ACTOR1, "generic:civilian")],
        sub_type=SubEventType.GRENADE,
    )  # fmt: skip
    assert _resolve(resolver, text, attack)[0].actor1 == "Unidentified Armed Group (Syria)"


def test_the_gunmen_not_the_residents_who_buried_the_dead(resolver: Resolver) -> None:
    text = (
        "Residents buried their dead after gunmen invaded a village near Al Hasakah on "
        "Tuesday, killing seven."
    )
    attack = _candidate(
        text, "invaded", [text],
        [("Residents", ActorRole.ACTOR1, "generic:civilian"),
         ("gunmen", ActorRole.ACTOR1, "generic:armed")],
        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS, sub_type=SubEventType.ATTACK,
    )  # fmt: skip
    assert _resolve(resolver, text, attack)[0].actor1 == "Unidentified Armed Group (Syria)"


def test_civilians_may_still_riot(resolver: Resolver) -> None:
    text = "Residents stormed the district office near Al Hasakah on Tuesday and burned it."
    riot = _candidate(
        text, "stormed", [text], [("Residents", ActorRole.ACTOR1, "generic:civilian")],
        event_type=EventType.RIOTS, sub_type=SubEventType.VIOLENT_DEMONSTRATION,
    )  # fmt: skip
    assert _resolve(resolver, text, riot)[0].actor1 == "Rioters (Syria)"


# -- feuding clans -------------------------------------------------------------------------

FEUD = (
    "Two men were killed when a dispute between two clans near Kirkuk turned into an "
    "exchange of fire on Tuesday."
)


def _feud(actors: list[tuple[str, ActorRole, str | None]]) -> CandidateEvent:
    return _candidate(
        FEUD,
        "exchange of fire",
        [FEUD],
        actors,
        event_type=EventType.BATTLES,
        sub_type=SubEventType.ARMED_CLASH,
        place="Kirkuk",
    )


def test_the_dead_of_a_clan_fight_are_the_clans_own(resolver: Resolver) -> None:
    clash = _feud(
        [
            ("Two men", ActorRole.ACTOR2, "generic:civilian"),
            ("two clans", ActorRole.ACTOR1, "generic:communal"),
            ("two clans", ActorRole.ACTOR2, "generic:communal"),
        ]
    )
    event = _resolve(resolver, FEUD, clash)[0]
    assert event.actor1 == event.actor2 == "Unidentified Communal Militia (Iraq)"
    assert event.inter1 == event.inter2 == InterCode.IDENTITY_MILITIAS


def test_a_named_enemy_of_a_clan_militia_stays_the_second_side(resolver: Resolver) -> None:
    text = (
        "Tribal fighters clashed with Islamic State near Kirkuk on Tuesday, and two of the "
        "tribal fighters were wounded."
    )
    clash = _candidate(
        text,
        "clashed",
        [text],
        [
            ("Tribal fighters", ActorRole.ACTOR1, "generic:communal"),
            ("Islamic State", ActorRole.ACTOR2, "ORG"),
            ("two of the tribal fighters", ActorRole.ACTOR2, "generic:communal"),
        ],
        event_type=EventType.BATTLES,
        sub_type=SubEventType.ARMED_CLASH,
        place="Kirkuk",
    )
    event = _resolve(resolver, text, clash)[0]
    assert event.actor1 == "Unidentified Communal Militia (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Islamic State")


# -- a strike told with no aircraft ------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "sub_type", "attacker"),
    [
        ("Turkish drones struck farms across the north-east this week.",
         SubEventType.AIR_DRONE_STRIKE, "Military Forces of Turkey"),
        ("Farmers across the north-east counted their losses this week.",
         SubEventType.AIR_DRONE_STRIKE, "Unidentified Armed Group (Syria)"),
        # a roadside bomb is no aircraft's, whatever flew over before
        ("Turkish drones struck farms across the north-east this week.",
         SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "Unidentified Armed Group (Syria)"),
    ],
)  # fmt: skip
def test_a_strike_told_with_no_aircraft_is_the_aircraft_told_of_before(
    resolver: Resolver, before: str, sub_type: SubEventType, attacker: str
) -> None:
    text = f"{before} The blast set a grain store on fire near Al Hasakah on Tuesday."
    second = text[len(before) + 1 :]
    blast = _candidate(text, "set a grain store on fire", [second], [], sub_type=sub_type)
    assert _resolve(resolver, text, blast)[0].actor1 == attacker
