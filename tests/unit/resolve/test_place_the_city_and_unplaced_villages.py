"""Where an incident is when its own sentences do not say: "across the city" in a story
datelined from one ("BASRA, Iraq, Sept 9 (Wire) -", the date written after the country),
and a village the gazetteer lacks in a story that names places in several provinces (the
province it names most). Sentences written for these tests; the gazetteer is a small
hand-made one."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import GeoPrecision, PlaceMention, Span
from sitrep.resolve.focus import dateline_parts
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "Iraq", "country", "IQ", None, None, 33.0, 44.0, 38_000_000, []),
    (10, "Basra", "admin1", "IQ", "02", None, 30.5, 47.5, 0, ["Basrah"]),
    (11, "Kirkuk", "admin1", "IQ", "13", None, 35.4, 44.2, 0, ["Kirkuk Province"]),
    (12, "Salah ad Din", "admin1", "IQ", "18", None, 34.5, 43.5, 0, ["Salahaddin"]),
    (13, "Diyala", "admin1", "IQ", "10", None, 33.9, 45.0, 0, []),
    (100, "Basrah", "city", "IQ", "02", None, 30.51, 47.78, 1_326_564, ["Basra"]),
    (101, "Kirkuk", "city", "IQ", "13", None, 35.47, 44.39, 1_031_000, []),
    (102, "Hawija", "city", "IQ", "13", None, 35.33, 43.77, 30_000, []),
    (103, "Tuz Khurmatu", "city", "IQ", "18", None, 34.88, 44.63, 58_000, []),
    (104, "Baqubah", "city", "IQ", "10", None, 33.75, 44.64, 152_550, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "city.sqlite"
    write_rows_index(_ROWS, out)
    return PlaceResolver(Gazetteer.load(out))


def mentions_in(text: str, *names: str) -> list[PlaceMention]:
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            span = Span(text=name, start=at, end=at + len(name))
            found.append(PlaceMention(text=name, label="GPE", span=span))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda m: m.span.start if m.span else 0)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("BASRA, Iraq, Sept 9 (Mideast Wire) - An uneasy calm", ("BASRA", "Iraq")),
        ("MOSUL, Iraq, March 3, 2021 (Wire) - Two soldiers", ("MOSUL", "Iraq")),
        ("KIRKUK, Iraq, Sept. 5 (Xinhua) - At least", ("KIRKUK", "Iraq")),
        ("BAGHDAD, Dec 4 (Reuters) - Rockets", ("BAGHDAD", "Dec")),  # as before
    ],
)
def test_a_dateline_with_its_date_after_the_country(
    text: str, parts: tuple[str, str | None]
) -> None:
    assert dateline_parts(text) == parts


_BASRA = (
    "BASRA, Iraq, Sept 9 (Wire) - Calm returned to Iraq's southern port city on Sunday. "
    "On Thursday, thousands of demonstrators set fire to party offices across the city."
)


def test_across_the_city_is_the_articles_town(places: PlaceResolver) -> None:
    context = places.article_context(mentions_in(_BASRA, "Iraq"), text=_BASRA)
    assert context.town is not None and context.town.location == "Basrah"
    country = places.resolve(mentions_in(_BASRA, "Iraq")[:1], context=context)
    assert country.kind == "country"
    evidence = ["Thousands of demonstrators set fire to party offices across the city."]
    found = places.the_town(country, evidence, context)
    assert (found.location, found.admin1) == ("Basrah", "Basra")
    assert any("the city" in note for note in found.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Demonstrators set fire to party offices across the country.",
        "Gunmen attacked a checkpoint outside the town of Hit.",  # names another town
    ],
)
def test_other_words_leave_the_country(places: PlaceResolver, sentence: str) -> None:
    context = places.article_context(mentions_in(_BASRA, "Iraq"), text=_BASRA)
    country = places.resolve(mentions_in(_BASRA, "Iraq")[:1], context=context)
    assert places.the_town(country, [sentence], context) == country


def test_an_unknown_village_is_in_the_province_the_article_names_most(
    places: PlaceResolver,
) -> None:
    text = (
        "Gunmen attacked a police checkpoint in the Rashad sub-district on Sunday night. "
        "Forces later arrested suspects in Hawija, south-west of Kirkuk; the army also "
        "raided hideouts near Tuz Khurmatu and in the orchards of Baqubah."
    )
    mentions = mentions_in(text, "Rashad sub-district", "Hawija", "Kirkuk", "Tuz Khurmatu",
                           "Baqubah")  # fmt: skip
    context = places.article_context(mentions, text=text)
    assert context.region is None  # Kirkuk holds two places of four: no majority
    result = places.resolve(mentions[:1], context=context)
    assert (result.location, result.admin1) == ("Rashad", "Kirkuk")
    assert result.geo_precision == GeoPrecision.REGION
