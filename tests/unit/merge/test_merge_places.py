"""Place rules: a site inside its town, a province-level report that names the place."""

from __future__ import annotations

from datetime import date

import pytest
from merge_factories import mention

from sitrep.merge import merge_mentions
from sitrep.merge.scoring import names_place, score_pair
from sitrep.model import Event, GeoPrecision, SubEventType, TimePrecision

S = SubEventType
JULY = date(2021, 7, 1)


def members(events: list[Event]) -> list[list[str]]:
    return sorted(m.members for m in merge_mentions(events))


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("Mortars fell on Ain al-Asad air base at noon.", "Ain al-Asad air base", True),
        ("Mortars fell on Ain al Asad Air Base at noon.", "Ain al-Asad air base", True),
        ("A drone hit a car near Qāmishlī.", "Qamishli", True),
        ("The raid targeted a house in Rashad.", "al-Rashad", True),
        ("A blast at Tayaran Square killed four.", "Baghdad - Tayaran Square", True),
        ("A blast at Tayaran Square killed four.", "Tayran Square", True),
        ("Gunmen opened fire in Dora.", "Doha", False),
        ("Rockets hit a base in western Anbar.", "Hit", False),
        ("Rockets struck the Habbaniyah base.", "Ain al-Asad air base", False),
        ("Rockets struck the base.", None, False),
    ],
)
def test_names_place(text: str, place: str | None, expected: bool) -> None:
    assert names_place(text, place) is expected


def _base_report(article: str, text: str) -> Event:
    return mention(
        article,
        sub=S.SHELLING_ARTILLERY_MISSILE,
        admin1="Anbar",
        location="Ain al-Asad air base",
        lat=33.80,
        lon=42.44,
        geo=GeoPrecision.NEAR_TOWN,
        text=text,
        day=JULY,
        precision=TimePrecision.MONTH,
        background=True,
    )


def _province_report(article: str, text: str) -> Event:
    return mention(
        article,
        sub=S.SHELLING_ARTILLERY_MISSILE,
        admin1="Anbar",
        location="Anbar",
        lat=33.79,
        lon=42.36,
        geo=GeoPrecision.REGION,
        text=text,
        day=JULY,
        precision=TimePrecision.MONTH,
        background=True,
    )


def test_a_province_level_recollection_naming_the_base_joins_the_base_report() -> None:
    base = _base_report(
        "a", "Earlier in July a salvo of rockets landed inside Ain al-Asad air base."
    )
    province = _province_report(
        "b", "Last July a dozen rockets hit Ain al-Asad Air Base in Anbar, wounding a guard."
    )
    assert members([base, province]) == [["a:e1", "b:e1"]]
    assert score_pair(base, province).features["place"] >= 0.6


def test_a_province_level_recollection_naming_another_base_stays_apart() -> None:
    base = _base_report(
        "a", "Earlier in July a salvo of rockets landed inside Ain al-Asad air base."
    )
    province = _province_report(
        "b", "Last July a dozen rockets hit Habbaniyah base in Anbar, wounding a guard."
    )
    assert members([base, province]) == [["a:e1"], ["b:e1"]]


def test_a_town_sharing_the_province_name_is_not_evidence() -> None:
    town = mention(
        "a",
        admin1=None,
        location="Baghdad",
        lat=33.34,
        lon=44.40,
        day=date(2020, 3, 1),
        precision=TimePrecision.MONTH,
        background=True,
        text="A car bomb went off in Baghdad in March.",
    )
    province = mention(
        "b",
        location=None,
        lat=33.30,
        lon=44.30,
        geo=GeoPrecision.REGION,
        day=date(2020, 3, 10),
        text="A car bomb exploded somewhere in Baghdad province.",
    )
    assert score_pair(province, town).veto == "imprecise or background mention needs the same place"
    assert members([town, province]) == [["a:e1"], ["b:e1"]]


def test_a_site_joins_the_town_it_lies_in_without_coordinates() -> None:
    site = mention(
        "a",
        sub=S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        admin1="Nineveh",
        location="Mosul - Old City of Mosul",
        text="A buried bomb killed two children in the Old City of Mosul.",
    )
    town = mention(
        "b",
        sub=S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        admin1="Nineveh",
        location="Mosul",
        text="Two children died when an explosive device went off in western Mosul.",
    )
    assert score_pair(site, town).features["place"] == pytest.approx(0.7)
    assert members([site, town]) == [["a:e1", "b:e1"]]


def test_a_site_in_one_town_stays_apart_from_another_town() -> None:
    site = mention(
        "a",
        admin1="Anbar",
        location="Fallujah - Jolan market",
        text="A suicide bomber struck Jolan market in Fallujah.",
    )
    town = mention(
        "b", admin1="Anbar", location="Ramadi", text="A suicide bomber struck a market in Ramadi."
    )
    assert members([site, town]) == [["a:e1"], ["b:e1"]]


def test_a_recollection_of_the_town_joins_its_airport_site() -> None:
    airport = mention(
        "a",
        sub=S.SHELLING_ARTILLERY_MISSILE,
        day=date(2020, 1, 8),
        location="Baghdad - Baghdad International Airport",
        lat=33.26,
        lon=44.23,
        geo=GeoPrecision.NEAR_TOWN,
        text="Three Katyusha rockets landed near the cargo terminal of Baghdad airport.",
    )
    recalled = mention(
        "b",
        sub=S.SHELLING_ARTILLERY_MISSILE,
        day=date(2020, 1, 1),
        precision=TimePrecision.MONTH,
        background=True,
        location="Baghdad",
        lat=33.34,
        lon=44.40,
        text="In January 2020 Katyusha rockets hit Baghdad's airport.",
    )
    elsewhere = mention(
        "c",
        sub=S.SHELLING_ARTILLERY_MISSILE,
        day=date(2020, 1, 1),
        precision=TimePrecision.MONTH,
        background=True,
        location="Taji",
        lat=33.52,
        lon=44.27,
        geo=GeoPrecision.NEAR_TOWN,
        text="In January 2020 Katyusha rockets hit the Taji camp north of the capital.",
    )
    assert members([airport, recalled, elsewhere]) == [["a:e1", "b:e1"], ["c:e1"]]


def test_a_province_level_recollection_does_not_join_a_site_in_its_capital() -> None:
    site = mention(
        "a",
        location="Baghdad - Tayaran Square",
        lat=33.34,
        lon=44.40,
        text="Two bombers blew themselves up in the clothes market of Tayaran Square.",
    )
    province = mention(
        "b",
        location="Baghdad",
        lat=33.34,
        lon=44.40,
        geo=GeoPrecision.REGION,
        day=date(2018, 1, 1),
        precision=TimePrecision.MONTH,
        background=True,
        text="In January 2018 a suicide bombing struck somewhere in Baghdad province.",
    )
    assert members([site, province]) == [["a:e1"], ["b:e1"]]


def test_a_site_placed_only_by_its_province_is_not_inside_the_capital() -> None:
    highway = mention(
        "a",
        sub=S.ATTACK,
        country="Syria",
        admin1="Deir ez-Zor",
        location="Deir ez-Zor - desert highway",
        geo=GeoPrecision.REGION,
        day=date(2020, 12, 30),
        text="Gunmen ambushed a bus on the desert highway in the south of the province.",
    )
    city = mention(
        "b",
        sub=S.ATTACK,
        country="Syria",
        admin1="Deir ez-Zor",
        location="Deir ez-Zor",
        geo=GeoPrecision.TOWN,
        day=date(2020, 12, 1),
        precision=TimePrecision.MONTH,
        background=True,
        text="Last December gunmen attacked a minibus inside the city of Deir ez-Zor.",
    )
    assert members([highway, city]) == [["a:e1"], ["b:e1"]]


def _ambush(
    article: str,
    location: str,
    geo: GeoPrecision,
    text: str,
    *,
    lat: float | None = None,
    lon: float | None = None,
    admin2: str = "Tal Afar District",
) -> Event:
    return mention(
        article,
        sub=S.ARMED_CLASH,
        admin1="Nineveh",
        admin2=admin2,
        location=location,
        lat=lat,
        lon=lon,
        geo=geo,
        day=date(2021, 3, 4),
        text=text,
    )


def test_a_village_coded_to_its_town_joins_the_report_of_that_town() -> None:
    village = _ambush(
        "a",
        "Kharab Sultan",
        GeoPrecision.NEAR_TOWN,
        "Militants ambushed a patrol heading to the village of Kharab Sultan on Thursday.",
    )
    town = _ambush(
        "b",
        "Tal Afar",
        GeoPrecision.TOWN,
        "A patrol came under fire in the Tal Afar district on Thursday evening.",
    )
    assert score_pair(village, town).features["place"] == pytest.approx(0.9)
    assert members([village, town]) == [["a:e1", "b:e1"]]


def test_a_village_and_its_town_at_one_point_score_as_one_place() -> None:
    village = _ambush(
        "a", "Kharab Sultan", GeoPrecision.NEAR_TOWN, "Gunmen attacked Kharab Sultan.",
        lat=36.37, lon=42.45,
    )  # fmt: skip
    town = _ambush(
        "b", "Tal Afar", GeoPrecision.TOWN, "Gunmen attacked a patrol near Tal Afar.",
        lat=36.375, lon=42.449,
    )  # fmt: skip
    assert score_pair(village, town).features["place"] == pytest.approx(0.9)


def test_a_village_is_not_the_town_of_another_district() -> None:
    village = _ambush(
        "a", "Kharab Sultan", GeoPrecision.NEAR_TOWN, "Gunmen attacked Kharab Sultan.",
    )  # fmt: skip
    other = _ambush(
        "b", "Sinjar", GeoPrecision.TOWN, "Gunmen attacked a patrol in Sinjar.",
        admin2="Sinjar District",
    )  # fmt: skip
    assert score_pair(village, other).veto == "different admin2"


def _checkpoint_attack(article: str, location: str, geo: GeoPrecision, text: str) -> Event:
    town = geo == GeoPrecision.TOWN
    return mention(
        article,
        sub=S.ARMED_CLASH,
        country="Syria",
        admin1="Deir ez-Zor",
        location=location,
        lat=35.156 if town else 35.0,
        lon=40.427 if town else 40.3,
        geo=geo,
        day=date(2023, 9, 3),
        fatalities=2,
        actor1="Unidentified Armed Group (Syria)",
        actor2="SDF: Syrian Democratic Forces",
        text=text,
    )


_AT_BUSAYRAH = (
    "Gunmen opened fire on an SDF checkpoint at the entrance of al-Busayrah, killing two."
)
_AT_SHUHAYL = (
    "Tribal fighters attacked an SDF checkpoint at the entrance of the town of al-Shuhayl;"
    " two SDF members were killed."
)


def _busayrah(text: str = _AT_BUSAYRAH) -> Event:
    return _checkpoint_attack("a", "Al Busayrah", GeoPrecision.TOWN, text)


def _shuhayl() -> Event:
    """A town the gazetteer lacks, coded to its province."""
    return _checkpoint_attack("b", "al-Shuhayl", GeoPrecision.REGION, _AT_SHUHAYL)


def test_a_town_the_gazetteer_lacks_is_not_another_town() -> None:
    """Two checkpoint attacks on one evening, two dead each, in two towns of the
    province: one report's town is in the gazetteer, the other's is not and is coded
    to the province. Everything else agrees; the names keep them apart."""
    busayrah, shuhayl = _busayrah(), _shuhayl()
    assert score_pair(busayrah, shuhayl).veto == "a town the gazetteer lacks and another town"
    assert members([busayrah, shuhayl]) == [["a:e1"], ["b:e1"]]


def test_a_town_the_gazetteer_lacks_joins_the_report_naming_it() -> None:
    busayrah = _busayrah(
        "Gunmen opened fire on an SDF checkpoint near al-Shuhayl, east of al-Busayrah, killing two."
    )
    shuhayl = _shuhayl()
    assert score_pair(busayrah, shuhayl).veto is None
    assert members([busayrah, shuhayl]) == [["a:e1", "b:e1"]]


def test_a_province_level_report_is_no_unplaced_town() -> None:
    province = _checkpoint_attack(
        "b", "Deir ez-Zor", GeoPrecision.REGION,
        "Two SDF members were killed in an attack on a checkpoint in the Deir ez-Zor"
        " countryside.",
    )  # fmt: skip
    assert score_pair(_busayrah(), province).veto is None


def _rashad_sub_district() -> Event:
    """The report of the day: "the Rashad sub-district", which the gazetteer lacks, coded to
    its province."""
    return mention(
        "a", sub=S.ARMED_CLASH, day=date(2021, 9, 5), admin1="Kirkuk", location="Rashad",
        geo=GeoPrecision.REGION, lat=35.3, lon=44.1, fatalities=13,
        text="Thirteen federal policemen were killed when Daesh attacked their posts in the "
        "Rashad sub-district, south of Kirkuk.",
    )  # fmt: skip


def _recalled_at(site: str, text: str) -> Event:
    """A background mention two years on, coded to a site of the article's town."""
    return mention(
        "b", sub=S.ARMED_CLASH, day=date(2021, 9, 1), precision=TimePrecision.MONTH,
        admin1="Kirkuk", location=f"Kirkuk - {site}", geo=GeoPrecision.NEAR_TOWN,
        lat=35.47, lon=44.39, background=True, published=date(2023, 12, 11), text=text,
    )  # fmt: skip


def test_a_place_the_gazetteer_lacks_joins_the_site_of_the_same_name() -> None:
    sub_district = _rashad_sub_district()
    recalled = _recalled_at(
        "Rashad area",
        "In September 2021 the group killed 13 policemen in a night attack on their "
        "checkpoints in the Rashad area.",
    )
    assert score_pair(sub_district, recalled).veto is None
    assert members([sub_district, recalled]) == [["a:e1", "b:e1"]]


def test_a_place_the_gazetteer_lacks_stays_apart_from_another_site() -> None:
    elsewhere = _recalled_at(
        "Wadi al-Shay valley",
        "In September 2021 the group killed 13 policemen in the Wadi al-Shay valley.",
    )
    assert score_pair(_rashad_sub_district(), elsewhere).veto is not None
