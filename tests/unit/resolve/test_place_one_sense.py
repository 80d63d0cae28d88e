"""A name read one way wherever the article names it, the word "state" after a name,
and a large city abroad in a country the article names. Sentences written for these
tests; the gazetteer is a small hand-made one so that each homonym is deliberate. Each
case failed before the rule it tests (bench/geoparse.py's dev half found them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import Row, write_rows_index

from sitrep.model import PlaceMention, Span
from sitrep.resolve.discourse import same_sense, unit_word_spans
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult

_ROWS: list[Row] = [
    (1, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, ["U.S."]),
    (2, "Italy", "country", "IT", None, None, 42.8, 12.8, 60_000_000, []),
    (10, "California", "admin1", "US", "CA", None, 37.0, -120.0, 0, []),
    (11, "Pennsylvania", "admin1", "US", "PA", None, 41.0, -77.5, 0, []),
    (12, "Oklahoma", "admin1", "US", "OK", None, 35.5, -97.5, 0, []),
    (13, "Washington", "admin1", "US", "WA", None, 47.5, -120.5, 0, []),
    (14, "Iowa", "admin1", "US", "IA", None, 42.0, -93.5, 0, []),
    (15, "Illinois", "admin1", "US", "IL", None, 40.0, -89.0, 0, []),
    (16, "Lazio", "admin1", "IT", "07", None, 41.9, 12.8, 0, []),
    (100, "California", "city", "US", "PA", None, 40.43, -80.02, 6_600, []),
    (101, "Pittsburgh", "city", "US", "PA", None, 40.44, -80.0, 300_000, []),
    (102, "Washington", "city", "US", "IA", None, 41.30, -91.69, 7_300, []),
    (103, "Ames", "city", "US", "IA", None, 42.03, -93.62, 66_000, []),
    (104, "Rome", "city", "IT", "07", None, 41.89, 12.51, 2_300_000, ["Roma"]),
    (105, "Rome", "city", "US", "GA", None, 34.26, -85.16, 1_700, []),
    (108, "Rome", "city", "US", "NY", None, 43.21, -75.46, 120_000, []),
    (106, "Peoria", "city", "US", "IL", None, 40.69, -89.59, 110_000, []),
    (107, "Chicago", "city", "US", "IL", None, 41.85, -87.65, 2_700_000, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "one_sense.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def _mentions(text: str, names: list[str]) -> list[PlaceMention]:
    """Each of ``names`` at its next occurrence in ``text``, as the extractor gives it."""
    mentions, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        before = " ".join(text[max(0, start - 30) : start].lower().split()[-2:])
        span = Span(text=name, start=start, end=at)
        mentions.append(PlaceMention(text=name, span=span, context=before, label="GPE"))
    return mentions


def _all(places: PlaceResolver, text: str, names: list[str]) -> list[PlaceResult]:
    mentions = _mentions(text, names)
    context = places.article_context(mentions, text=text)
    return [places.resolve([m], context=context) for m in mentions]


def test_a_name_read_as_a_state_in_a_list_is_the_state_when_named_bare_again(
    places: PlaceResolver,
) -> None:
    text = (
        "Beekeepers near Pittsburgh lost hives, as did farms in Oklahoma, Pennsylvania "
        "and California. The loss hurts almond growing in California most."
    )
    names = ["Pittsburgh", "Oklahoma", "Pennsylvania", "California", "California"]
    found = _all(places, text, names)
    assert (found[3].kind, found[3].admin1) == ("admin1", "California")
    assert (found[4].kind, found[4].admin1) == ("admin1", "California")


def test_same_sense_needs_the_written_mentions_to_agree(places: PlaceResolver) -> None:
    text = "Oklahoma and California. California, Pennsylvania. California."
    mentions = _mentions(text, ["California", "California", "California"])
    state, town = places.gazetteer.exact("California")[:2]
    pairs = zip(mentions[:2], (state, town), strict=True)
    units = {(m.span.start, m.span.end): e for m, e in pairs if m.span is not None}
    assert same_sense(places.gazetteer, mentions, units) == {}


def test_a_name_followed_by_state_is_the_state(places: PlaceResolver) -> None:
    text = "Scientists in Ames, Iowa tested a cow from a Washington state farm."
    found = _all(places, text, ["Ames", "Iowa", "Washington"])
    assert (found[2].kind, found[2].admin1) == ("admin1", "Washington")
    assert unit_word_spans(places.gazetteer, _mentions("Washington, D.C.", ["Washington"]),
                           "Washington, D.C.") == {}  # fmt: skip


def test_a_large_city_abroad_in_a_named_country_beats_a_small_namesake(
    places: PlaceResolver,
) -> None:
    text = (
        "Lawmakers in Chicago and Peoria, Illinois, protested. Italy objected, and it "
        "was explained to Rome how much the vote mattered."
    )
    found = _all(places, text, ["Chicago", "Peoria", "Illinois", "Italy", "Rome"])
    assert (found[4].location, found[4].cc) == ("Rome", "IT")


def test_without_its_country_named_a_large_city_abroad_yields_to_the_local_namesake(
    places: PlaceResolver,
) -> None:
    text = "Lawmakers in Chicago and Peoria, Illinois, protested, and so did Rome."
    found = _all(places, text, ["Chicago", "Peoria", "Illinois", "Rome"])
    assert (found[3].location, found[3].cc) == ("Rome", "US")
