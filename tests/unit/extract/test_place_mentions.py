"""Place mentions reach the resolver with the right span: names with lower-case Arabic
particles ("al-", "ez-"), names a descriptive word parts from their designator ("tourist
resort"), names the tagger took for an organisation ("Police in <town> said"), and bare
names after a locative preposition in lower-cased text, never a common noun there.

Original sentences in wire, translated-regional and US local-news voices. Real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract import places_dates
from sitrep.extract.places_dates import dates_in, places_in, weapons_in
from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def _places(run: Callable[..., Extraction], text: str) -> list[str]:
    return [p.text for c in run(text).candidates for p in c.places]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A rocket landed inside al-Haqlaniya air base on Thursday, wounding two contractors.",
            "al-Haqlaniya air base",
        ),
        (
            "Jets struck militant hideouts in the Wadi al-Tharthar valley on Saturday, killing "
            "six fighters, the ministry said.",
            "Wadi al-Tharthar valley",
        ),
        (
            "Artillery shells hit the Sarsang summer resort on Sunday afternoon, killing four "
            "visitors.",
            "Sarsang summer resort",
        ),
        (
            "Gunmen ambushed a fuel convoy on the Deir ez-Zor-Raqqa road on Monday, killing "
            "three drivers.",
            "Deir ez-Zor-Raqqa road",
        ),
        (
            "A roadside bomb struck a patrol near the Ras al-Ain crossing on Friday, killing "
            "two soldiers.",
            "Ras al-Ain crossing",
        ),
    ],
)
def test_whole_site_name_is_the_mention(
    run: Callable[..., Extraction], text: str, want: str
) -> None:
    places = [p.removeprefix("the ") for p in _places(run, text)]
    assert want in places, places


def test_a_road_keeps_both_towns_it_joins(run: Callable[..., Extraction]) -> None:
    places = _places(
        run, "Gunmen ambushed a fuel convoy on the Deir ez-Zor-Raqqa road, killing three drivers."
    )
    assert not any(p.startswith(("Zor", "Raqqa road")) for p in places), places


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police in Vallejo said a 23-year-old man was shot and killed late Saturday.", "Vallejo"),
        (
            "Overnight, ISIS cells struck a police station in Saadiya in eastern Diyala, "
            "wounding four officers.",
            "Saadiya",
        ),
    ],
)
def test_the_town_of_police_or_a_site(run: Callable[..., Extraction], text: str, want: str) -> None:
    places = _places(run, text)
    assert want in places, places


def test_a_country_base_is_no_site_name(run: Callable[..., Extraction]) -> None:
    places = _places(run, "A drone attacked the US base on Tuesday, wounding two soldiers.")
    assert "US base" not in places, places


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("a bomb exploded in chalatenango on tuesday, killing two soldiers.", "chalatenango"),
        (
            "guerrillas attacked the garrison on the outskirts of el paraiso, killing a policeman.",
            "el paraiso",
        ),
    ],
)
def test_lower_cased_names_after_locative_prepositions(
    run: Callable[..., Extraction], text: str, want: str
) -> None:
    places = _places(run, text)
    assert any(want in p for p in places), places


@pytest.mark.parametrize(
    "text",
    [
        "a car bomb exploded in the morning near the market, killing four people.",
        "at least five people were killed in front of the embassy on monday.",
        "soldiers opened fire in response on monday, killing two demonstrators.",
    ],
)
def test_lower_cased_common_nouns_are_no_places(run: Callable[..., Extraction], text: str) -> None:
    places = [p.lower() for p in _places(run, text)]
    for word in ("morning", "market", "front", "least", "response", "embassy"):
        assert not any(p == word or p.endswith(" " + word) for p in places), places


def test_capitalised_text_takes_no_lower_case_fallback(run: Callable[..., Extraction]) -> None:
    places = _places(run, "A bomb exploded in downtown on Tuesday, killing two soldiers in Hit.")
    assert "downtown" not in places, places


def test_moved_names_are_re_exported_from_arguments() -> None:
    assert places_in is places_dates.places_in
    assert dates_in is places_dates.dates_in
    assert weapons_in is places_dates.weapons_in


def test_places_dates_exports_are_complete() -> None:
    public = {
        name
        for name, obj in vars(places_dates).items()
        if not name.startswith("_") and callable(obj) and obj.__module__ == places_dates.__name__
    }
    assert public <= set(places_dates.__all__)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("MAPLETON – A 6-year-old boy was shot in the arm Friday night, police said.", "MAPLETON"),
        ("GLENDALE - Two men were wounded in a shooting outside a bar early Sunday.", "GLENDALE"),
    ],
)
def test_local_news_dateline_closed_by_a_dash(
    run: Callable[..., Extraction], text: str, want: str
) -> None:
    places = [p for c in run(text).candidates for p in c.places]
    assert any(p.text == want and p.context == "dateline" for p in places), places


@pytest.mark.parametrize(
    "text",
    [
        "US-led jets struck a convoy near Hajin on Monday, killing four fighters.",
        "SULAIMANI (Regional Wire) - The governor on Monday dismissed the police chief of "
        "Kalar after gunmen killed two officers at a checkpoint near the town.",
        "FEDERAL COURTHOUSE – A man was charged Tuesday in a shooting that wounded two "
        "clerks in Dayton.",
    ],
)
def test_no_dateline_from_a_hyphen_or_a_bureau(run: Callable[..., Extraction], text: str) -> None:
    ex = run(text)
    assert not any(p.context == "dateline" for c in ex.candidates for p in c.places)


def test_within_finds_the_spans_inside_a_range_as_a_full_scan_does() -> None:
    import spacy
    from spacy.tokens import Span as SpacySpan

    doc = spacy.blank("en")("one two three four five six seven eight nine ten eleven twelve")
    spans = sorted(
        SpacySpan(doc, a, b) for a, b in [(0, 2), (1, 3), (2, 3), (4, 9), (5, 6), (9, 12)]
    )
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            scan = [(s.start, s.end) for s in spans if start <= s.start and s.end <= end]
            assert [(s.start, s.end) for s in places_dates.within(spans, start, end)] == scan
    assert list(places_dates.within([], 0, 5)) == []
