"""Events told in headline grammar: a feed's or a dataset's title read alone, or over a one-line
summary. The historical present and a participle with no auxiliary report a past incident, a
toll in the title is the incident's, and a verb the tagger takes for a noun still heads the
line; statements, threats, plans and generic lines give nothing, and an article body's
present tense keeps its habitual reading (real model; original headlines written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.extract import RuleExtractor
from sitrep.model import Article, CandidateEvent, EventType, Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType


def _events(extraction: Extraction) -> list[CandidateEvent]:
    return [c for c in extraction.candidates if not c.background]


def _one(extraction: Extraction) -> CandidateEvent:
    events = _events(extraction)
    assert len(events) == 1, (events, extraction.decisions)
    return events[0]


def _placed(event: CandidateEvent, name: str) -> bool:
    return any(name in p.text for p in event.places)


# -- a participle with no auxiliary (reduced passive) ------------------------------------------
@pytest.mark.parametrize(
    ("title", "dead", "place"),
    [
        ("About 5 members of the Syrian army killed in clashes with ISIS near Palmyra", 5,
         "Palmyra"),
        ("Nearly 20 members of Houthi militia killed in clashes with army in Marib", 20,
         "Marib"),
    ],
)  # fmt: skip
def test_a_participle_heading_a_title_counts_the_dead_of_the_clash(
    run: Callable[..., Extraction], title: str, dead: int, place: str
) -> None:
    event = _one(run(title))
    assert event.event_type in {EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS}, event
    assert event.fatalities is not None and event.fatalities.value == dead, event.fatalities
    assert _placed(event, place), event.places


def test_the_dead_of_a_reduced_passive_are_not_its_attackers(
    run: Callable[..., Extraction],
) -> None:
    event = _one(run("About 5 members of the Syrian army killed in clashes with ISIS near Palmyra"))
    actor1 = [a.text for a in event.actors if a.role.value == "actor1"]
    assert not any("members" in a for a in actor1), event.actors


# -- historical present --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "sub", "dead"),
    [
        # "Kabul wedding": a place name as a modifier is not read as the place (left alone)
        ("Suicide bomber kills 20 at Kabul wedding", S.SUICIDE_BOMB, 20),
        ("Suicide bomber kills 14 at Mogadishu restaurant", S.SUICIDE_BOMB, 14),
        ("Gunmen storm village in Zamfara state, abduct dozens",
         S.ABDUCTION_FORCED_DISAPPEARANCE, None),
    ],
)  # fmt: skip
def test_a_title_in_the_present_reports_a_past_incident(
    run: Callable[..., Extraction], title: str, sub: SubEventType, dead: int | None
) -> None:
    event = _one(run(title))
    assert event.sub_event_type == sub, event
    if dead is not None:
        assert event.fatalities is not None and event.fatalities.value == dead, event.fatalities


def test_bare_plural_strikes_in_a_title_are_news_not_a_habit(
    run: Callable[..., Extraction],
) -> None:
    event = _one(run("US drone strikes target al-Shabaab camps near Jilib"))
    assert event.sub_event_type == S.AIR_DRONE_STRIKE, event
    assert _placed(event, "Jilib"), event.places


def test_a_title_with_a_toll_and_no_place_the_tagger_knows_is_still_an_incident(
    run: Callable[..., Extraction],
) -> None:
    # the NER reads "Aleppo" here as no place at all: the headline's news is still one incident
    event = _one(run("Aerial bombardment kills 10 including 7 children in Aleppo"))
    assert event.event_type == EventType.EXPLOSIONS_REMOTE_VIOLENCE, event
    assert event.fatalities is not None and event.fatalities.value == 10, event.fatalities


# -- a verb the tagger calls a noun or an adjective -------------------------------------------
@pytest.mark.parametrize(
    ("title", "event_type", "place"),
    [
        ("Clashes erupt between rival factions in Afrin", EventType.BATTLES, "Afrin"),
        ("Clashes erupt between Houthis and tribesmen in al-Bayda", EventType.BATTLES, "Bayda"),
        ("Fierce clashes rage in southern Idlib", EventType.BATTLES, "Idlib"),
        ("Airstrikes pound rebel positions in Idlib countryside",
         EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Idlib"),
        ("Protesters torch police station in Nasiriyah", EventType.PROTESTS, "Nasiriyah"),
    ],
)  # fmt: skip
def test_a_headline_verb_tagged_as_a_noun_still_heads_the_line(
    run: Callable[..., Extraction], title: str, event_type: EventType, place: str
) -> None:
    event = _one(run(title))
    assert event.event_type in {event_type, EventType.RIOTS}, event
    assert _placed(event, place), event.places


def test_a_noun_phrase_title_headed_by_its_toll_is_an_incident(
    run: Callable[..., Extraction],
) -> None:
    event = _one(
        run("4 casualties in intensive bombing by warplanes on areas in Bosra Sham in the "
            "eastern countryside of Daraa")
    )  # fmt: skip
    assert event.event_type == EventType.EXPLOSIONS_REMOTE_VIOLENCE, event


# -- the title over a summary, and the title the ingest names ---------------------------------
def test_a_title_over_a_summary_keeps_its_own_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "Clashes erupt between rival factions in Afrin\n\n"
        "Residents described a night of heavy gunfire and said shops stayed shut on Friday."
    )
    event = _one(run(text))
    assert event.event_type == EventType.BATTLES, event
    assert _placed(event, "Afrin"), event.places


def test_a_title_given_as_the_articles_title_is_read_as_one(extractor: RuleExtractor) -> None:
    # a title with a closing full stop is a title still when the feed says it is one
    title = "About 12 members of al-Shabaab killed in clashes with AMISOM near Afgooye."
    article = Article(id="t", title=title, text=title, published=date(2021, 6, 3))
    event = _one(extractor.extract(article))
    assert event.fatalities is not None and event.fatalities.value == 12, event.fatalities


# -- not incidents ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Iraq vows to crush ISIS remnants",
        "UN warns of famine in Somalia",
        "Why the Sahel is burning",
        "Taliban threaten fresh attacks on Afghan cities",
        "UN warns airstrikes could kill thousands in Idlib",
        "Why jihadist attacks keep rising in the Sahel",
        "Yemen government plans offensive to retake Hodeidah",
        "Somali army prepares assault on al-Shabaab strongholds",
        "Analysts fear new clashes in Tripoli",
        "Mali junta bans protests ahead of referendum",
    ],
)
def test_a_title_that_reports_no_incident_gives_nothing(
    run: Callable[..., Extraction], title: str
) -> None:
    assert _events(run(title)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Life on the Jalalabad road\n\nMilitants attack convoys on this road every week.",
        "A hard season in Lower Shabelle\n\nFighters mount ambushes on supply trucks at night.",
        "Herders and farmers in central Mali\n\nArmed men raid cattle camps when the rains fail.",
    ],
)
def test_the_present_tense_in_an_articles_body_stays_habitual(
    run: Callable[..., Extraction], text: str
) -> None:
    assert _events(run(text)) == []


def test_a_body_sentence_without_a_verb_is_not_read_as_a_title(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Weekly security digest\n\n"
        "The ministry published its weekly digest on Monday.\n"
        "Clashes erupt between rival factions in Afrin"
    )
    assert _events(run(text)) == []
