"""Rules read on translated Arabic copy and monitors' daily lists (session of blind batch 25):
a source's retelling that gives the lead's very tolls is the lead's incident though it names
the village on the road rather than the district; a title's second story finds the report
whose sentence names its place; a denied report, a plan dated "during the coming week" and
a tally "without specifying the places or the dates" are no incidents; a tally over "the past
days" in two countries is no retelling of a shelling; each item of a monitor's list is filed
under its own village (real model; every sentence is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of

from sitrep.model import Extraction, SubEventType

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2023, 11, 8)


def test_a_quoted_retelling_with_the_leads_tolls_is_the_same_incident(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "A security source in Kirkuk governorate announced, at dawn today, Wednesday, the "
        "martyrdom of two soldiers of the army and the wounding of four others, in the "
        "explosion of an explosive device that targeted their vehicle on the outskirts of "
        "Daquq district.\n\n"
        'The source said that "an explosive device planted by the remnants of Daesh exploded '
        "at about ten o'clock last night on an army vehicle on the road linking the village of "
        "Tal al-Dhahab to the Zarga valley, which led to the martyrdom of two soldiers and the "
        'wounding of four others".'
    )
    (event,) = events_of(run(text, published=ON))
    assert event.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert (
        event.fatalities and event.fatalities.value,
        event.injuries and event.injuries.value,
    ) == (
        2,
        4,
    )
    assert any("last night" in d.text for d in event.dates)


def test_a_title_story_finds_the_report_that_names_its_place(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Two soldiers martyred in Daquq bombing .. and a tribal quarrel in Al-Alam leaves one "
        "dead\n\n"
        "An explosive device exploded last night on an army vehicle on the outskirts of Daquq "
        "district, killing two soldiers, a security source said.\n\n"
        "In another context, a source in the Al-Alam police said that an armed quarrel broke "
        "out yesterday afternoon between two tribes in the Albu Ajeel area over a plot of "
        "farmland, in which medium weapons were used, wounding three men."
    )
    events = events_of(run(text, published=ON))
    blast = next(e for e in events if e.sub_event_type == S.REMOTE_EXPLOSIVE_LANDMINE_IED)
    assert "Al-Alam" not in [p.text for p in blast.places]
    quarrel = next(e for e in events if e is not blast)
    assert "Al-Alam" in [p.text for p in quarrel.places]
    assert quarrel.fatalities is not None and quarrel.fatalities.value == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a denied report
        "Meanwhile, a security source denied reports about the explosion of a second device on "
        "a civilian vehicle near Tuz Khurmatu, saying the situation was stable.",
        # a tally told with no place and no day
        'The Turkish Ministry of Defence claimed that its forces "neutralised 9 terrorists in '
        'northern Iraq" during the past days, without specifying the places or the dates.',
    ],
)
def test_a_denied_report_or_a_tally_without_place_or_day_is_no_incident(
    run: Callable[..., Extraction], sentence: str
) -> None:
    assert events_of(run(sentence, published=ON)) == []


def test_a_promise_for_the_coming_week_is_no_second_protest(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Dozens of contract teachers demonstrated yesterday in front of the Education "
        "Directorate in Tikrit, demanding permanent posts.\n\n"
        "The governor promised a delegation of the demonstrators to carry their demands to "
        "the Ministry of Education in Baghdad during the coming week."
    )
    (protest,) = events_of(run(text, published=ON))
    assert [p.text for p in protest.places] == ["Tikrit"]


def test_a_tally_over_the_past_days_is_no_retelling_of_a_shelling(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Turkish artillery shelled the western outskirts of the town of Tal Tamr yesterday "
        "evening, wounding a shepherd.\n\n"
        'The Turkish Ministry of Defence said that its forces "neutralised 14 terrorists in '
        'northern Iraq and Syria" during the past days.'
    )
    events = events_of(run(text, published=ON))
    shelling = next(e for e in events if e.sub_event_type == S.SHELLING_ARTILLERY_MISSILE)
    assert "Syria" not in [p.text for p in shelling.places]


def test_each_item_of_a_monitors_list_is_filed_under_its_village(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Daily report on violations\n\n"
        "IDLIB\n\n"
        "- Kafr Ruma village (Jabal al-Zawiya): Rockets fired from government positions hit "
        "a house in the morning, killing a woman.\n\n"
        "- Deir Sunbul village (Jabal al-Zawiya): In the afternoon the same forces shelled the "
        "village, wounding two farmers.\n\n"
        "DARAA\n\n"
        "- Tafas city: Late on Monday evening, unknown gunmen shot dead a teacher in front of "
        "his house."
    )
    events = events_of(run(text, published=ON))
    assert [[p.text for p in e.places if p.context == "list item"] for e in events] == [
        ["Kafr Ruma village"],
        ["Deir Sunbul village"],
        ["Tafas city"],
    ]
