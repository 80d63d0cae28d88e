"""A name that is a country and a US state ("Georgia") names neither country by itself: in
Tbilisi news it does not make the United States a country the article names, so a square
named like a small American town ("the Republic Square") stays in Tbilisi. Sentences
written for these tests; the gazetteer is a small hand-made one."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_rows import write_rows_index

from sitrep.model import PlaceMention, Span
from sitrep.resolve.context import country_focus, named_countries
from sitrep.resolve.focus import demonym_counts, load_place_lexicon
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

# id, name, kind, cc, admin1, admin2, lat, lon, population, other spellings
_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "Georgia", "country", "GE", None, None, 42.0, 43.5, 3_700_000, []),
    (2, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000, []),
    (10, "Tbilisi", "admin1", "GE", "04", None, 41.7, 44.8, 0, []),
    (11, "Georgia", "admin1", "US", "GA", None, 32.7, -83.4, 0, []),
    (12, "Missouri", "admin1", "US", "MO", None, 38.5, -92.5, 0, []),
    (100, "Tbilisi", "city", "GE", "04", None, 41.69, 44.83, 1_049_498, []),
    (101, "Republic", "city", "US", "MO", None, 37.12, -93.48, 15_000, []),
]  # fmt: skip

_TEXT = (
    "TBILISI, December 3 - Police pushed protesters from Rustaveli Avenue towards the "
    "Republic Square overnight, on the fifth night of rallies across Georgia. Tens of "
    "thousands had gathered in Tbilisi with Georgian and EU flags."
)


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> PlaceResolver:
    out: Path = tmp_path_factory.mktemp("gaz") / "georgia.sqlite"
    write_rows_index(_ROWS, out, capitals={100})
    return PlaceResolver(Gazetteer.load(out))


def _pm(name: str) -> PlaceMention:
    at = _TEXT.index(name)
    return PlaceMention(text=name, label="GPE", span=Span(text=name, start=at, end=at + len(name)))


def test_georgia_alone_does_not_name_the_united_states(places: PlaceResolver) -> None:
    assert "US" not in named_countries(places, [_pm("Georgia")], text=_TEXT)


def test_a_square_named_like_a_small_town_abroad_stays_in_the_articles_town(
    places: PlaceResolver,
) -> None:
    mentions = [_pm("TBILISI"), _pm("Republic Square"), _pm("Georgia"), _pm("Tbilisi")]
    context = places.article_context(mentions, text=_TEXT)
    result = places.resolve([_pm("Republic Square")], context=context)
    assert result.country == "Georgia"
    assert result.location == "Tbilisi - Republic Square"


_RIO_ROWS: list[tuple[int, str, str, str, str | None, str | None, float, float, int, list[str]]] = [
    (1, "Brazil", "country", "BR", None, None, -10.0, -55.0, 212_000_000, []),
    (2, "Mexico", "country", "MX", None, None, 23.0, -102.0, 128_000_000, []),
    (10, "Rio de Janeiro", "admin1", "BR", "21", None, -22.0, -42.5, 0, []),
    (11, "Guanajuato", "admin1", "MX", "11", None, 21.0, -101.0, 0, []),
    (100, "Rio de Janeiro", "city", "BR", "21", None, -22.9, -43.2, 6_747_815, []),
    (101, "Estrada", "city", "MX", "11", None, 20.5, -100.9, 1_715, []),
]  # fmt: skip


def test_a_village_abroad_named_once_does_not_outvote_the_dateline(
    tmp_path: Path,
) -> None:
    """ "Estrada" (a road, in Portuguese) is also a village of 1,715 in Guanajuato: named once,
    it weighs half a town's vote, less than the dateline of a city of millions."""
    out = write_rows_index(_RIO_ROWS, tmp_path / "rio.sqlite")
    places = PlaceResolver(Gazetteer.load(out))
    text = (
        "RIO DE JANEIRO - A residents' leader was shot dead on Monday on Estrada do "
        "Mendanha, in the West Zone, relatives said."
    )
    at = text.index("Estrada")
    mention = PlaceMention(
        text="Estrada", label="GPE", span=Span(text="Estrada", start=at, end=at + 7)
    )
    assert country_focus(places, [mention], text=text)[0] == "BR"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Lac Tchad Matin\n\nTranslated from French", {}),
        ("Sarhad Khabar - Persian service (translated)", {}),
        ("Guanabara Diario | City | translated from Portuguese", {}),
        ("French troops and Iraqi forces", {"FR": 1, "IQ": 1}),
    ],
)
def test_a_language_of_translation_is_no_people(text: str, counted: dict[str, int]) -> None:
    assert dict(demonym_counts(text, load_place_lexicon())) == counted
