"""Place resolution that respects the article: its country focus, the organisations it
names, villages the gazetteer lacks, sites inside towns. Sentences written for these
tests; each test names the class of error it guards against."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import (
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    EventType,
    Extraction,
    GeoPrecision,
    PlaceMention,
    Span,
    SubEventType,
)
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver, parse_date_expression
from sitrep.resolve.context import (
    _written_alone,
    admin_context,
    article_region,
    country_focus,
    main_town,
    named_countries,
)
from sitrep.resolve.focus import (
    dateline,
    demonym_stems,
    is_non_place,
    load_place_lexicon,
    qualifier_pairs,
)
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def pm(text: str, context: str | None = None, label: str | None = "GPE") -> PlaceMention:
    return PlaceMention(text=text, context=context, label=label)


def article_places(
    places: PlaceResolver, mentions: list[PlaceMention], text: str
) -> dict[str, Any]:
    """The article-level context, as the resolver computes it."""
    focus = country_focus(places, mentions, text=text)
    named = named_countries(places, mentions, text=text)
    seen = admin_context(places, mentions, focus=focus, named=named)
    town = main_town(places, mentions, focus=focus, seen_admin1=seen, named=named, text=text)
    region = article_region(places, mentions, focus=focus, named=named)
    return {
        "focus": focus,
        "named": named,
        "seen_admin1": seen,
        "article_town": town,
        "article_region": region,
    }


# -- country focus -----------------------------------------------------------------


def test_a_country_named_as_an_actor_does_not_outvote_the_towns(places: PlaceResolver) -> None:
    # "US warplanes struck near the prison in Hasakah city on Friday as US-backed fighters
    #  fought on; a US official said US forces and US advisers were on the ground."
    mentions = [pm("US"), pm("Hasakah city"), pm("US"), pm("US"), pm("US"), pm("Al Hasakah")]
    assert country_focus(places, mentions)[0] == "SY"


def test_a_wire_bureau_dateline_is_not_the_articles_country(places: PlaceResolver) -> None:
    text = (
        "AMMAN (Wire) - Gunmen ambushed a bus on the Deir Ezzor-Palmyra road in eastern "
        "Syria on Wednesday, Syrian state media said."
    )
    mentions = [pm("AMMAN"), pm("Deir Ezzor"), pm("Syria")]
    assert dateline(text) == "AMMAN"
    assert country_focus(places, mentions, text=text)[0] == "SY"


def test_datelines_of_several_wire_styles() -> None:
    assert dateline("Headline here\n\nBAGHDAD (Wire) - Two rockets fell.") == "BAGHDAD"
    assert dateline("Deir Ezzor, Agency- Five people were hurt.") == "Deir Ezzor"
    assert dateline("Ahmed Ali |05.07.2021\n\nBAGHDAD\n\nTwo civilians were killed.") == ("BAGHDAD")
    assert dateline("The Britain-based monitor said ten died.") is None


def test_demonyms_vote_for_their_country_and_stand_for_it(places: PlaceResolver) -> None:
    text = "Syrian troops and Syrian police entered the town, a Syrian official said."
    assert country_focus(places, [pm("Sinjar")], text=text)[0] == "SY"
    syrian = places.resolve_one(pm("Syrian"), focus=["SY"])
    assert syrian is not None
    assert (syrian.country, syrian.location, syrian.geo_precision) == (
        "Syria",
        None,
        GeoPrecision.REGION,
    )


def test_peoples_names_lead_to_their_places() -> None:
    assert "Latvia" in demonym_stems("Latvians")
    assert "Ohio" in demonym_stems("Ohioans")
    assert "London" in demonym_stems("Londoner")
    assert demonym_stems("Iraq") == []


def test_a_place_pairs_with_the_unit_written_after_it() -> None:
    text = "Fighting spread from Hama, Syria, to Idlib and Aleppo."
    mentions = [
        PlaceMention(text=name, span=Span(text=name, start=text.index(name),
                                          end=text.index(name) + len(name)))
        for name in ("Hama", "Syria", "Idlib", "Aleppo")
    ]  # fmt: skip
    pairs = qualifier_pairs(mentions)
    assert [(a.text, b.text) for a, b in pairs] == [("Hama", "Syria")]
    assert qualifier_pairs([PlaceMention(text="Hama"), PlaceMention(text="Syria")]) == []


# -- look-alikes abroad --------------------------------------------------------------


def test_weak_lookalike_abroad_never_wins(places: PlaceResolver) -> None:
    # "Militants ambushed the bus near al-Shoula, south of Deir Ezzor." (not Seoul)
    result = places.resolve([pm("al-Shoula", "near")], focus=["SY"], named={"SY"})
    assert result.country != "South Korea"
    # "Gunmen shot a shop owner in the Mufraq area of the city." (not Mafraq, Jordan)
    assert places.resolve_one(pm("Mufraq area"), focus=["IQ"], named={"IQ"}) is None


def test_exact_homonym_abroad_needs_its_country_named(places: PlaceResolver) -> None:
    # "Hundreds gathered in al-Karama square in the centre of the city." in a Syria story
    assert places.resolve_one(pm("al-Karama"), focus=["SY"], named={"SY"}) is None
    # the same name in a story that names the Emirates is fine
    found = places.resolve_one(pm("Al Karama"), focus=["SY"], named={"SY", "AE"})
    assert found is not None and found.cc == "AE"


def test_a_capital_abroad_is_accepted(places: PlaceResolver) -> None:
    # "Officials in Seoul condemned the attack on the Syrian border post."
    found = places.resolve_one(pm("Seoul"), focus=["SY"], named={"SY"})
    assert found is not None and found.country == "South Korea"


def test_a_site_abroad_takes_the_articles_town(places: PlaceResolver) -> None:
    # "A hand grenade was thrown at a checkpoint at the entrance of al-Joura neighborhood."
    mentions = [pm("city of Deir Ezzor"), pm("Deir ez-Zor")]
    context = article_places(places, mentions, "")
    result = places.resolve([pm("Joura neighborhood", label="LOC")], **context)
    assert result.country == "Syria"
    assert result.location == "Deir ez-Zor - Joura neighborhood"
    assert (result.latitude, result.longitude) == pytest.approx((35.336, 40.141))


# -- organisations are not places ------------------------------------------------------


def test_commands_and_forces_are_not_places(places: PlaceResolver) -> None:
    lexicon = load_place_lexicon()
    for text in ("USCENTCOM", "the Pentagon", "the Kurdish forces", "Nineveh Operations Command",
                 "Humvee", "the Humvees", "Toyota Hilux"):  # fmt: skip
        assert is_non_place(text, lexicon), text
        assert places.resolve_one(pm(text), focus=["IQ"]) is None
    assert not is_non_place("Baqubah", lexicon)
    # "The Pentagon said USCENTCOM forces struck in Deir ez-Zor."
    focus = country_focus(places, [pm("Pentagon"), pm("USCENTCOM"), pm("Deir ez-Zor")])
    assert focus == ["SY"]


def test_initials_are_not_places(places: PlaceResolver) -> None:
    # "SDF fighters repelled the attack." -- no look-alike place from "SDF"
    assert places.resolve_one(pm("SDF"), focus=["SY"]) is None
    assert places.resolve_one(pm("US"), focus=["SY"]) is not None


# -- falling back up the hierarchy -------------------------------------------------------


def test_unknown_village_keeps_its_name_and_takes_the_town(places: PlaceResolver) -> None:
    # "Militants attacked the village of al-Hawasha, north-east of Muqdadiyah, on Tuesday."
    result = places.resolve(
        [pm("al-Hawasha", "village of"), pm("Muqdadiyah", "north east of")], focus=["IQ"]
    )
    assert (result.location, result.admin1) == ("al-Hawasha", "Diyala")
    assert result.geo_precision == GeoPrecision.NEAR_TOWN
    assert result.latitude == pytest.approx(33.98)


def test_unknown_village_takes_the_articles_province(places: PlaceResolver) -> None:
    # "The bus was ambushed between the village of Kabajeb and the desert road."
    mentions = [pm("Deir ez-Zor"), pm("province of Deir Ezzor"), pm("Kabajeb")]
    context = article_places(places, mentions, "")
    result = places.resolve([pm("Kabajeb", "between village of")], **context)
    assert (result.country, result.admin1, result.location) == ("Syria", "Deir ez-Zor", "Kabajeb")
    assert result.geo_precision == GeoPrecision.REGION


def test_unknown_village_in_an_article_of_several_provinces(places: PlaceResolver) -> None:
    # "Troops took four positions near Um Kaif." in a story on Hasakah and Idlib
    mentions = [pm("Hasakah province"), pm("Idlib province")]
    context = article_places(places, mentions, "")
    assert context["focus"] == ["SY"]
    assert context["article_region"] is None
    result = places.resolve([pm("Um Kaif")], **context)
    assert result.location is None
    assert any("several provinces" in n for n in result.notes)


def test_a_village_outranks_foreign_countries_named_with_it(places: PlaceResolver) -> None:
    # "Fighters clashed near the village of Fleifel, days after talks between Russia and
    #  Turkey."
    context = article_places(places, [pm("Idlib"), pm("Idlib province")], "")
    result = places.resolve(
        [pm("Fleifel", "of village of"), pm("Russia"), pm("Turkey", "between")], **context
    )
    assert (result.country, result.admin1, result.location) == ("Syria", "Idlib", "Fleifel")


def test_a_city_yields_to_the_smaller_place_of_its_province(places: PlaceResolver) -> None:
    # "A roadside bomb hit an army patrol in Tarmiya district, north of Baghdad."
    result = places.resolve([pm("Baghdad"), pm("Tarmiya district", "in")], focus=["IQ"])
    assert (result.location, result.geo_precision) == ("Tarmiyah", GeoPrecision.NEAR_TOWN)
    # "An SDF member was killed at a checkpoint in Deir ez-Zor's Dhiban."
    result = places.resolve([pm("Deir ez-Zor's"), pm("Thiban", "town of")], focus=["SY"])
    assert result.location == "Dhiban"


def test_the_province_named_holds_the_incident(places: PlaceResolver) -> None:
    # "Baghdad: gunmen killed two soldiers in the Azim area, north of Baqubah, in Diyala
    #  province."
    result = places.resolve(
        [pm("Baqubah", "north of"), pm("Baghdad"), pm("Azim area"), pm("Diyala province")],
        focus=["IQ"],
    )
    assert (result.admin1, result.location) == ("Diyala", "Baqubah - Azim area")


# -- sites inside towns -------------------------------------------------------------------


def test_a_site_takes_the_most_specific_town_named_with_it(places: PlaceResolver) -> None:
    # "A suicide bomber struck the Wahailat market in Baghdad's Sadr City district."
    result = places.resolve(
        [pm("Wahailat market", label="FAC"), pm("Baghdad"), pm("Sadr City district")],
        focus=["IQ"],
    )
    assert result.location == "Sadr City - Wahailat market"
    assert (result.latitude, result.longitude) == pytest.approx((33.389, 44.458))


# -- through the resolver ------------------------------------------------------------------

_TEXT = (
    "Kurdish officials accused Turkey of the drone strike near Sinjar in Nineveh province, "
    "but residents of Sinjar said they saw no aircraft, a local police officer said."
)


def _span(text: str) -> Span:
    start = _TEXT.index(text)
    return Span(text=text, start=start, end=start + len(text))


def test_a_country_blamed_is_not_the_place(gazetteer: Gazetteer, actors: ActorDictionary) -> None:
    resolver = Resolver(gazetteer=gazetteer, actors=actors)
    article = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="t-blame", text=_TEXT, published=date(2022, 6, 8)
    )
    candidate = CandidateEvent(
        article_id="t-blame",
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.AIR_DRONE_STRIKE,
        trigger=_span("drone strike"),
        evidence=[Span(text=_TEXT, start=0, end=len(_TEXT))],
        actors=[ActorMention(text="Turkey", role=ActorRole.BLAMED, span=_span("Turkey"))],
        places=[PlaceMention(text="Turkey", span=_span("Turkey"))],
        confidence=0.7,
    )
    mentions = [pm("Turkey"), pm("Sinjar", "near"), pm("Nineveh province"), pm("Sinjar")]
    extraction = Extraction(article_id="t-blame", candidates=[candidate], place_mentions=mentions)
    event = resolver.resolve(article, extraction)[0]
    assert event.country == "Iraq"


# -- dates -----------------------------------------------------------------------------------


def test_a_bare_figure_is_not_a_year() -> None:
    # "The monitor put the death toll at 37." -- never 1937
    published = date(2020, 12, 30)
    assert parse_date_expression("at 37", published=published) is None
    assert parse_date_expression("25", published=published) is None
    assert parse_date_expression("in 2019", published=published) == (date(2019, 1, 1), 3)
    assert parse_date_expression("12/30/2020", published=published) == (date(2020, 12, 30), 1)


def test_a_tie_goes_to_the_town_the_text_writes_most() -> None:
    # one tagged mention each: the tagger missed "El Fasher's" and "reached El Fasher";
    # the town written four times is the story's, not the bigger capital named once
    text = (
        "El Fasher's hospitals run out of fuel. Shelling hit a market south of El Fasher on "
        "Monday. Officials in Khartoum said no convoy had reached El Fasher since May, and "
        "residents of El Fasher ration water."
    )
    places = PlaceResolver(Gazetteer.load())  # the shipped gazetteer: both towns in it
    at, cap = text.index("El Fasher on"), text.index("Khartoum")
    mentions = [
        PlaceMention(
            text="El Fasher", context="south of", span=Span(text="El Fasher", start=at, end=at + 9)
        ),
        PlaceMention(
            text="Khartoum", context="in", span=Span(text="Khartoum", start=cap, end=cap + 8)
        ),
    ]
    town = main_town(places, mentions, focus=["SD"], text=text)
    assert town is not None and town.location == "El Fasher"


def test_a_town_written_on_its_own_not_inside_a_longer_name() -> None:
    text = (
        "Kadugli's market reopened. Shelling hit south of Kadugli on Monday. Kadugli "
        "Teaching Hospital closed, the Kadugli Times said. On Monday. Kadugli is quiet."
    )
    assert _written_alone("Kadugli", text) == 3
