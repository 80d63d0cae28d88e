from __future__ import annotations

from datetime import date
from functools import partial

import pytest

import sitrep.resolve
from sitrep.model import (
    HOME_LABEL,
    SITE_LABEL,
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    DateMention,
    Event,
    EventType,
    Extraction,
    GeoPrecision,
    InterCode,
    PlaceMention,
    Quantity,
    Span,
    SubEventType,
    TimePrecision,
    stable_id,
)
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.resolve.resolver import article_days, event_date

TEXT = (
    "Gunmen attacked an army checkpoint near Tarmiyah, north of Baghdad, on Monday night, "
    "killing at least three soldiers, a security source said. No group claimed the attack, "
    "which officials blamed on ISIS. A Pentagon spokesman in Washington said the coalition "
    "was monitoring. In January 2018, a twin suicide bombing in Tayaran Square killed 38 "
    "people; Daesh claimed it."
)


def span(text: str, start: int = 0) -> Span:
    i = TEXT.index(text, start)
    return Span(text=text, start=i, end=i + len(text))


def sentence(n: int) -> Span:
    parts = TEXT.split(". ")
    start = TEXT.index(parts[n])
    return Span(text=parts[n], start=start, end=start + len(parts[n]))


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer, actors: ActorDictionary) -> Resolver:
    return Resolver(gazetteer=gazetteer, actors=actors)


def article(published: date | None = date(2021, 3, 10)) -> Article:
    return Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="t-1", text=TEXT, published=published, outlet="Wire", url="https://x.test/1",
                   title="Checkpoint attack")  # fmt: skip


def attack() -> CandidateEvent:
    return CandidateEvent(
        article_id="t-1",
        event_type=EventType.BATTLES,
        sub_event_type=SubEventType.ARMED_CLASH,
        trigger=span("attacked"),
        evidence=[sentence(0)],
        actors=[
            ActorMention(text="Gunmen", role=ActorRole.ACTOR1, span=span("Gunmen")),
            ActorMention(text="three soldiers", role=ActorRole.ACTOR2, span=span("three soldiers")),
            ActorMention(text="ISIS", role=ActorRole.BLAMED, span=span("ISIS")),
        ],
        places=[
            PlaceMention(text="army checkpoint", context="an", span=span("army checkpoint")),
            PlaceMention(text="Tarmiyah", context="near", span=span("Tarmiyah")),
            PlaceMention(text="Baghdad", context="north of", span=span("Baghdad")),
        ],
        dates=[DateMention(text="on Monday night", span=span("on Monday night"))],
        fatalities=Quantity(
            value=3, qualifier="at least", raw="at least three", span=span("at least three")
        ),
        confidence=0.8,
    )


def background() -> CandidateEvent:
    return CandidateEvent(
        article_id="t-1",
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.SUICIDE_BOMB,
        trigger=span("suicide bombing"),
        evidence=[sentence(3)],
        actors=[
            ActorMention(text="Daesh", role=ActorRole.CLAIMED_BY, span=span("Daesh")),
            ActorMention(text="people", role=ActorRole.ACTOR2, span=span("38 people")),
        ],
        places=[PlaceMention(text="Tayaran Square", context="in", span=span("Tayaran Square"))],
        dates=[DateMention(text="In January 2018", span=span("In January 2018"))],
        fatalities=Quantity(value=38, raw="38", span=span("38")),
        background=True,
        confidence=0.7,
    )


def extraction(*candidates: CandidateEvent) -> Extraction:
    return Extraction(
        article_id="t-1",
        candidates=list(candidates),
        place_mentions=[
            PlaceMention(text="Tarmiyah"), PlaceMention(text="Baghdad"),
            PlaceMention(text="Washington"), PlaceMention(text="Tayaran Square"),
        ],
        actor_mentions=[ActorMention(text="ISIS", role=ActorRole.BLAMED)],
    )  # fmt: skip


def test_one_event_per_candidate_with_one_source(resolver: Resolver) -> None:
    events = resolver.resolve(article(), extraction(attack(), background()))
    assert len(events) == 2
    first = events[0]
    assert first.event_id == stable_id("ev", "t-1", attack().trigger.start)
    assert len(first.sources) == 1
    source = first.sources[0]
    assert (source.article_id, source.outlet, source.url, source.title) == (
        "t-1", "Wire", "https://x.test/1", "Checkpoint attack",
    )  # fmt: skip
    assert source.sentences == [sentence(0)]
    assert source.published == date(2021, 3, 10)


def test_an_article_without_candidates_reads_no_context(
    gazetteer: Gazetteer, actors: ActorDictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most articles of a wire stream tell no incident: their place mentions are not read."""
    fresh = Resolver(gazetteer=gazetteer, actors=actors)

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("the article context was read for no candidate")

    monkeypatch.setattr(fresh.places, "article_context", unread)
    assert fresh.resolve(article(), extraction()) == []
    with pytest.raises(AssertionError, match="no candidate"):
        fresh.resolve(article(), extraction(attack()))


def test_fields_of_the_attack(resolver: Resolver) -> None:
    event = resolver.resolve(article(), extraction(attack()))[0]
    assert (event.event_date, event.time_precision) == (date(2021, 3, 8), TimePrecision.DAY)
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.inter1 == InterCode.POLITICAL_MILITIAS
    assert event.actor2 == "Military Forces of Iraq (2020-2022)"
    assert event.inter2 == InterCode.STATE_FORCES
    assert (event.country, event.admin1) == ("Iraq", "Baghdad")
    assert event.location == "Tarmiyah - army checkpoint"
    assert event.geo_precision == GeoPrecision.NEAR_TOWN
    assert event.fatalities == 3
    assert event.claimed_by is None
    assert event.notes is not None
    assert "blamed on Islamic State (Iraq); no claim" in event.notes
    assert "fatalities: at least 3" in event.notes
    assert event.notes.count("blamed on") == 1
    assert "Washington" not in (event.location or "")


def test_evidence_spans_point_into_the_text(resolver: Resolver) -> None:
    event = resolver.resolve(article(), extraction(attack()))[0]
    evidence = event.sources[0].evidence
    roles = {e.role for e in evidence}
    assert {"trigger", "actor1", "actor2", "place", "date", "fatalities"} <= roles
    for item in evidence:
        assert TEXT[item.start : item.end] == item.text


def test_background_incident(resolver: Resolver) -> None:
    event = resolver.resolve(article(), extraction(background()))[0]
    assert event.event_date == date(2018, 1, 1)
    assert event.time_precision == TimePrecision.MONTH
    assert event.location == "Baghdad - Tayaran Square"
    assert event.claimed_by == "Islamic State (Iraq)"
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.sources[0].background is True
    assert event.notes is not None
    assert event.notes.startswith("Background: recalled in an article of 2021-03-10")


def test_background_without_a_date_stays_undated(resolver: Resolver) -> None:
    undated = background().model_copy(update={"dates": []})
    event = resolver.resolve(article(), extraction(undated))[0]
    assert event.event_date is None
    assert event.time_precision is None


def test_confidence_combines_candidate_and_resolution(resolver: Resolver) -> None:
    event = resolver.resolve(article(), extraction(attack()))[0]
    assert 0 < event.confidence <= attack().confidence
    assert event.sources[0].field_confidence["event_date"] > 0


def test_combined_toll_goes_to_notes(resolver: Resolver) -> None:
    candidate = attack().model_copy(
        update={"fatalities": None, "combined_toll": Quantity(value=20, raw="about 20")}
    )
    event = resolver.resolve(article(), extraction(candidate))[0]
    assert event.fatalities is None
    assert event.notes is not None and "combined toll" in event.notes


def test_input_is_not_mutated(resolver: Resolver) -> None:
    ex = extraction(attack())
    before = ex.model_dump()
    resolver.resolve(article(), ex)
    assert ex.model_dump() == before


def test_public_api_is_complete() -> None:
    public = {n for n in dir(sitrep.resolve) if not n.startswith("_")}
    exported = set(sitrep.resolve.__all__)
    assert {"Resolver", "Gazetteer", "ActorDictionary", "fold_place_name"} <= exported
    classes_and_functions = {
        n
        for n in public
        if callable(obj := getattr(sitrep.resolve, n))
        and getattr(obj, "__module__", "").startswith("sitrep.resolve")
    }
    assert classes_and_functions <= exported


def test_a_claim_names_the_attacker(resolver: Resolver) -> None:
    candidate = attack().model_copy(
        update={
            "actors": [
                ActorMention(text="Gunmen", role=ActorRole.ACTOR1, span=span("Gunmen")),
                ActorMention(text="ISIS", role=ActorRole.CLAIMED_BY, span=span("ISIS")),
            ]
        }
    )
    event = resolver.resolve(article(), extraction(candidate))[0]
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.claimed_by == "Islamic State (Iraq)"
    assert event.notes is not None and "no claim" not in event.notes


def test_named_actor_wins_over_a_generic_one_in_the_same_role(resolver: Resolver) -> None:
    candidate = attack().model_copy(
        update={
            "actors": [
                ActorMention(text="Gunmen", role=ActorRole.ACTOR1, span=span("Gunmen")),
                ActorMention(text="ISIS", role=ActorRole.ACTOR1, span=span("ISIS")),
            ]
        }
    )
    event = resolver.resolve(article(), extraction(candidate))[0]
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.inter1 == InterCode.REBEL_GROUPS


def test_a_home_stands_for_the_civilians_who_own_it(resolver: Resolver) -> None:
    home = ActorMention(
        text="checkpoint", role=ActorRole.ACTOR2, span=span("checkpoint"), label=HOME_LABEL
    )
    candidate = attack().model_copy(update={"actors": [home]})
    assert resolver.resolve(article(), extraction(candidate))[0].actor2 == "Civilians (Iraq)"


@pytest.mark.parametrize("label", [HOME_LABEL, SITE_LABEL])
def test_a_home_or_a_site_yields_to_the_people_the_event_names(
    resolver: Resolver, label: str
) -> None:
    # "struck a house used as a base by gang members": the gang, not the house's owners;
    # "set fire to a bus ... threw stones at police": the police, not the bus's passengers
    home = ActorMention(
        text="checkpoint", role=ActorRole.ACTOR2, span=span("checkpoint"), label=label
    )
    soldiers = ActorMention(text="soldiers", role=ActorRole.ACTOR2, span=span("soldiers"))
    candidate = attack().model_copy(update={"actors": [home, soldiers]})
    event = resolver.resolve(article(), extraction(candidate))[0]
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Iraq")


# -- event dates from the article's text (issue #4) ------------------------------------


def _local(text: str, published: date) -> Article:
    return Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="t-2", text=text, published=published, outlet="Local", title="Shooting"
    )


def _at(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(text=part, start=i, end=i + len(part))


def _shooting(
    text: str, trigger: str, sentences: list[str], dates: list[str], *, background: bool = False
) -> CandidateEvent:
    return CandidateEvent(
        article_id="t-2",
        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        sub_event_type=SubEventType.ATTACK,
        trigger=_at(text, trigger),
        evidence=[_at(text, s) for s in sentences],
        dates=[DateMention(text=d, span=_at(text, d)) for d in dates],
        background=background,
        confidence=0.8,
    )


def test_a_day_in_the_event_sentence_that_was_not_attached() -> None:
    text = (
        "A teenager was shot in the arm late Saturday outside a laundromat. "
        "Officers said the shooting happened at about 11:40 p.m."
    )
    one, two = text.split(". ")
    candidate = _shooting(text, "shot", [one, two], ["at about 11:40 p.m."])
    when = event_date(_local(text, date(2017, 3, 21)), candidate)
    assert (when.date, when.precision) == (date(2017, 3, 18), TimePrecision.DAY)
    assert any("named in the event's sentence" in n for n in when.notes)


def test_the_date_of_a_statement_is_not_the_incident_date() -> None:
    text = (
        "Two men were wounded in a shooting outside a bar, police said Sunday. "
        "Detectives are still looking for the driver in the Saturday night shooting."
    )
    one, two = text.split(". ")
    alone = _shooting(text, "shooting", [one], ["Sunday"])
    upper = event_date(_local(text, date(2016, 4, 18)), alone)
    assert (upper.date, upper.precision) == (date(2016, 4, 17), TimePrecision.WEEK)
    both = _shooting(text, "shooting", [one, two], ["Sunday"])
    when = event_date(_local(text, date(2016, 4, 18)), both)
    assert (when.date, when.precision) == (date(2016, 4, 16), TimePrecision.DAY)


def test_a_page_stamp_is_not_the_incident_date() -> None:
    text = (
        "Posted: Friday, March 6, 2020 7:15 AM. "
        "A woman was killed in her driveway on Thursday, deputies said."
    )
    candidate = _shooting(text, "killed", [text], ["Friday, March 6, 2020 7:15 AM", "on Thursday"])
    when = event_date(_local(text, date(2020, 3, 6)), candidate)
    assert when.date == date(2020, 3, 5)
    assert any("time stamp" in n for n in when.notes)


def test_a_later_step_of_the_case_does_not_date_the_incident() -> None:
    text = (
        "Deputies arrested a man early Saturday in a shooting that wounded a girl "
        "earlier this month."
    )
    candidate = _shooting(text, "shooting", [text], ["early Saturday", "earlier this month"])
    when = event_date(_local(text, date(2016, 6, 20)), candidate)
    assert (when.date, when.precision) == (date(2016, 6, 1), TimePrecision.MONTH)


def test_a_sentence_without_a_date_takes_the_day_in_force() -> None:
    text = (
        "Gunmen ambushed a delivery van on the coast road on Wednesday evening. "
        "The attackers opened fire on it from both sides of the road."
    )
    one, two = text.split(". ")
    first = _shooting(text, "ambushed", [one], ["on Wednesday evening"])
    second = _shooting(text, "opened fire", [two], [])
    article_ = _local(text, date(2021, 1, 1))
    days = article_days(article_)
    assert event_date(article_, first, days).date == date(2020, 12, 30)
    when = event_date(article_, second, days)
    assert (when.date, when.precision) == (date(2020, 12, 30), TimePrecision.DAY)
    assert any("day in force" in n for n in when.notes)
    recalled = second.model_copy(update={"background": True})
    assert event_date(article_, recalled, days).date is None


def test_an_old_date_in_passing_is_not_the_day_in_force() -> None:
    text = (
        "A man was shot dead at a car wash. The suspect had been convicted on June 20, 2001, "
        "of an armed robbery."
    )
    candidate = _shooting(text, "shot", ["A man was shot dead at a car wash"], [])
    article_ = _local(text, date(2013, 4, 19))
    when = event_date(article_, candidate, article_days(article_))
    assert (when.date, when.precision) == (date(2013, 4, 19), TimePrecision.WEEK)


def test_last_july_dates_a_recalled_incident() -> None:
    text = "Consider the shelling of a mountain resort near the border last July."
    candidate = _shooting(text, "shelling", [text], ["last July"], background=True)
    when = event_date(_local(text, date(2023, 2, 15)), candidate)
    assert (when.date, when.precision) == (date(2022, 7, 1), TimePrecision.MONTH)


def test_a_target_that_is_a_site_stays_the_place(resolver: Resolver) -> None:
    # The extractor read the square as the bombers' target (actor2): it is still where
    # the bombing happened, unlike an armed group whose name looks like nothing known.
    target = background().model_copy(
        update={
            "actors": [
                ActorMention(text="Daesh", role=ActorRole.CLAIMED_BY, span=span("Daesh")),
                ActorMention(
                    text="Tayaran Square", role=ActorRole.ACTOR2, span=span("Tayaran Square")
                ),
            ]
        }
    )
    event = resolver.resolve(article(), extraction(target))[0]
    assert event.location == "Baghdad - Tayaran Square"


RIOT = (
    "Hundreds of demonstrators angry at bread prices set fire to the town hall in Kirkuk on "
    "Sunday and pelted riot police with stones, officials said."
)


def _riot(event_type: EventType, sub_type: SubEventType) -> tuple[Article, Extraction]:
    at = partial(_at, RIOT)

    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="riot-1", text=RIOT, published=date(2022, 3, 8), outlet="Wire"
    )
    candidate = CandidateEvent(
        article_id="riot-1", event_type=event_type, sub_event_type=sub_type,
        trigger=at("set fire"), evidence=[at(RIOT)],
        actors=[
            ActorMention(text="demonstrators", role=ActorRole.ACTOR1, span=at("demonstrators")),
            ActorMention(text="riot police", role=ActorRole.ACTOR2, span=at("riot police")),
        ],
        places=[PlaceMention(text="Kirkuk", context="in", span=at("Kirkuk"))],
        dates=[DateMention(text="on Sunday", span=at("on Sunday"))],
        confidence=0.8,
    )  # fmt: skip
    return art, Extraction(article_id="riot-1", candidates=[candidate])


def test_demonstrators_in_a_riot_are_rioters(resolver: Resolver) -> None:
    art, found = _riot(EventType.RIOTS, SubEventType.VIOLENT_DEMONSTRATION)
    event = resolver.resolve(art, found)[0]
    assert event.actor1 == "Rioters (Iraq)"
    assert event.inter1 == InterCode.RIOTERS
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")
    art, found = _riot(EventType.PROTESTS, SubEventType.PROTEST_WITH_INTERVENTION)
    assert resolver.resolve(art, found)[0].actor1 == "Protesters (Iraq)"


CROWD = (
    "Security forces opened fire on residents marching to the governor's office in "
    "Kirkuk on Friday, killing two people, medics said."
)


def test_people_fired_on_at_a_demonstration_are_protesters(resolver: Resolver) -> None:
    at = partial(_at, CROWD)

    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="crowd-1", text=CROWD, published=date(2021, 2, 28), outlet="Wire"
    )

    def resolved(sub_type: SubEventType, event_type: EventType) -> Event:
        candidate = CandidateEvent(
            article_id="crowd-1", event_type=event_type, sub_event_type=sub_type,
            trigger=at("opened fire"), evidence=[at(CROWD)],
            actors=[
                ActorMention(text="Security forces", role=ActorRole.ACTOR1,
                             span=at("Security forces")),
                ActorMention(text="residents", role=ActorRole.ACTOR2, span=at("residents"),
                             label="generic:civilian"),
            ],
            places=[PlaceMention(text="Kirkuk", context="in", span=at("Kirkuk"))],
            dates=[DateMention(text="on Friday", span=at("on Friday"))],
            confidence=0.8,
        )  # fmt: skip
        found = Extraction(article_id="crowd-1", candidates=[candidate])
        return resolver.resolve(art, found)[0]

    fired_on = resolved(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, EventType.PROTESTS)
    assert fired_on.actor2 == "Protesters (Iraq)"
    assert fired_on.inter2 == InterCode.PROTESTERS
    # the same people shot at outside a demonstration stay civilians
    attacked = resolved(SubEventType.ATTACK, EventType.VIOLENCE_AGAINST_CIVILIANS)
    assert attacked.actor2 == "Civilians (Iraq)"


GANGS = (
    "The terrorist gangs of Daesh attacked a village near Kirkuk on Thursday, killing two "
    "farmers. Aircraft later struck six terrorists hiding in a valley near Kirkuk on Friday."
)


def test_the_group_an_incident_names_is_the_articles_subject(resolver: Resolver) -> None:
    # the tagger found no named group (no actor_mentions): the incidents still carry one
    at = partial(_at, GANGS)

    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="gangs-1", text=GANGS, published=date(2021, 12, 4), outlet="Wire"
    )
    raid = CandidateEvent(
        article_id="gangs-1", event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        sub_event_type=SubEventType.ATTACK, trigger=at("attacked"), evidence=[at(GANGS)],
        actors=[
            ActorMention(text="The terrorist gangs of Daesh", role=ActorRole.ACTOR1,
                         span=at("The terrorist gangs of Daesh")),
            ActorMention(text="farmers", role=ActorRole.ACTOR2, span=at("farmers"),
                         label="generic:civilian"),
        ],
        places=[PlaceMention(text="Kirkuk", context="near", span=at("Kirkuk"))],
        dates=[DateMention(text="on Thursday", span=at("on Thursday"))],
        confidence=0.8,
    )  # fmt: skip
    strike = CandidateEvent(
        article_id="gangs-1", event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.AIR_DRONE_STRIKE, trigger=at("struck"),
        evidence=[at(GANGS)],
        actors=[
            ActorMention(text="six terrorists", role=ActorRole.ACTOR2,
                         span=at("six terrorists")),
        ],
        places=[PlaceMention(text="Kirkuk", context="near", span=at("Kirkuk"))],
        dates=[DateMention(text="on Friday", span=at("on Friday"))],
        confidence=0.8,
    )  # fmt: skip
    found = Extraction(article_id="gangs-1", candidates=[raid, strike])
    events = resolver.resolve(art, found)
    assert events[1].actor2 is not None and events[1].actor2.startswith("Islamic State")


MARCH = (
    "Protesters marching on the governor's office in Kirkuk on Thursday were met by "
    "security forces firing live rounds, and three of them were killed, medics said."
)


def test_the_force_that_fired_on_a_protest_is_actor1(resolver: Resolver) -> None:
    at = partial(_at, MARCH)
    art = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="march-1", text=MARCH, published=date(2021, 3, 5), outlet="Wire"
    )

    def resolved(actors: list[ActorMention]) -> Event:
        candidate = CandidateEvent(
            article_id="march-1", event_type=EventType.PROTESTS,
            sub_event_type=SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
            trigger=at("firing"), evidence=[at(MARCH)], actors=actors,
            places=[PlaceMention(text="Kirkuk", context="in", span=at("Kirkuk"))],
            dates=[DateMention(text="on Thursday", span=at("on Thursday"))],
            confidence=0.8,
        )  # fmt: skip
        return resolver.resolve(art, Extraction(article_id="march-1", candidates=[candidate]))[0]

    crowd = ActorMention(text="Protesters", role=ActorRole.ACTOR1, span=at("Protesters"),
                         label="generic:protesters")  # fmt: skip
    force = ActorMention(text="security forces", role=ActorRole.ACTOR2,
                         span=at("security forces"))  # fmt: skip
    for actors in ([crowd, force], [crowd]):  # told the other way round, or with no force
        event = resolved(actors)
        assert event.actor1 is not None and "Iraq" in event.actor1, event
        assert event.inter1 == InterCode.STATE_FORCES
        assert event.actor2 == "Protesters (Iraq)"
        assert event.inter2 == InterCode.PROTESTERS


def test_a_summary_line_and_a_release_stamp_name_no_day_in_force() -> None:
    text = (
        "Field Monitor daily report | Thursday, 14 March 2024\n"
        "Released: Friday, 15 March 2024\n\n"
        "Summary: the team counted four civilians killed on Thursday, besides a driver shot "
        "late on Wednesday.\n\n"
        "- Maarat Hurma village: In the early afternoon mortar rounds fell on a bakery, "
        "killing three people.\n"
    )
    candidate = _shooting(text, "fell", ["In the early afternoon mortar rounds fell"], [])
    article_ = _local(text, date(2024, 3, 15))
    days = article_days(article_)
    assert [d.text for d in days] == ["Thursday"]  # the report's own day, from its header
    assert event_date(article_, candidate, days).date == date(2024, 3, 14)
