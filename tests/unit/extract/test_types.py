"""Detection and typing: one original sentence per ACLED sub-event type (real model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import EventType, Extraction, PloverType, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow

CASES: list[tuple[str, SubEventType, str]] = [
    (
        "clash",
        S.ARMED_CLASH,
        "Army troops clashed with Islamic State militants near the village of Tel Rimah "
        "on Tuesday.",
    ),
    (
        "ambush",
        S.ARMED_CLASH,
        "Gunmen ambushed an army patrol outside Tuz Khurmatu on Friday, killing three soldiers.",
    ),
    (
        "checkpoint",
        S.ARMED_CLASH,
        "Militants attacked a police checkpoint in Tarmiyah on Sunday night, killing two "
        "policemen.",
    ),
    (
        "regain",
        S.GOVERNMENT_REGAINS_TERRITORY,
        "Iraqi forces recaptured the town of Rashad from the militants on Wednesday.",
    ),
    (
        "overtake",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        "Rebel fighters seized control of the village of Kafr Nabl on Monday after government "
        "troops withdrew.",
    ),
    (
        "chemical",
        S.CHEMICAL_WEAPON,
        "A chemical attack on the town of Douma on Saturday left dozens of residents "
        "struggling to breathe.",
    ),
    (
        "air",
        S.AIR_DRONE_STRIKE,
        "A Turkish drone strike hit a car near Sinjar on Monday afternoon, killing two men.",
    ),
    (
        "suicide",
        S.SUICIDE_BOMB,
        "A suicide bomber blew himself up at a crowded market in Baghdad on Thursday, killing "
        "14 people.",
    ),
    (
        "shelling",
        S.SHELLING_ARTILLERY_MISSILE,
        "Three rockets struck Erbil airport on Monday night, wounding four contractors.",
    ),
    (
        "ied",
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        "A roadside bomb exploded next to a minibus in Kirkuk on Saturday, killing a driver.",
    ),
    (
        "grenade",
        S.GRENADE,
        "An assailant threw a hand grenade at a liquor shop in Basra on Friday, wounding "
        "the owner.",
    ),
    (
        "sexual",
        S.SEXUAL_VIOLENCE,
        "Militiamen raped two women at a checkpoint near Tal Abyad on Sunday, a rights group said.",
    ),
    (
        "attack",
        S.ATTACK,
        "Gunmen shot dead a shepherd and his son in their field near Khanaqin on Tuesday.",
    ),
    (
        "abduction",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
        "Armed men kidnapped a pharmacist from his home in Mosul on Wednesday night.",
    ),
    (
        "peaceful",
        S.PEACEFUL_PROTEST,
        "Hundreds of teachers protested outside the governorate building in Nasiriyah on "
        "Sunday over unpaid salaries.",
    ),
    (
        "intervention",
        S.PROTEST_WITH_INTERVENTION,
        "Police fired tear gas to disperse students protesting in Sulaimani on Monday.",
    ),
    (
        "excessive",
        S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        "Security forces opened fire on protesters in Nasiriyah on Friday, killing five "
        "demonstrators.",
    ),
    (
        "violent",
        S.VIOLENT_DEMONSTRATION,
        "Protesters stormed the provincial council building in Basra on Tuesday and set fire "
        "to its gate.",
    ),
    (
        "mob",
        S.MOB_VIOLENCE,
        "A mob lynched a man accused of theft in the market of Zubair on Thursday.",
    ),
    (
        "agreement",
        S.AGREEMENT,
        "The two tribes signed a truce in Basra on Saturday after weeks of feuding.",
    ),
    (
        "arrests",
        S.ARRESTS,
        "Police arrested five suspects in the Hawija district of Kirkuk on Sunday.",
    ),
    (
        "group",
        S.CHANGE_TO_GROUP_ACTIVITY,
        "A new armed faction announced its formation in Baghdad on Monday in a video statement.",
    ),
    (
        "disrupted",
        S.DISRUPTED_WEAPONS_USE,
        "Bomb squads defused two explosive devices planted near a school in Fallujah on Wednesday.",
    ),
    (
        "base",
        S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        "Russian forces established a new base near the town of Tal Tamr on Tuesday.",
    ),
    (
        "looting",
        S.LOOTING_PROPERTY_DESTRUCTION,
        "Militants torched crops in three villages near Daquq on Friday.",
    ),
    (
        "transfer",
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        "The coalition handed over the K1 base in Kirkuk to Iraqi forces on Sunday.",
    ),
    (
        "other",
        S.OTHER,
        "The prime minister dismissed the commander of the Diyala operations on Sunday.",
    ),
]


@pytest.mark.parametrize(("case", "sub", "text"), CASES, ids=[c[0] for c in CASES])
def test_sub_event_type(
    run: Callable[..., Extraction], case: str, sub: SubEventType, text: str
) -> None:
    extraction = run(text)
    assert [c.sub_event_type for c in extraction.candidates] == [sub], case


def test_all_25_sub_event_types_have_a_case() -> None:
    assert {sub for _, sub, _ in CASES} == set(SubEventType)


def test_event_type_and_plover_defaults(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Police arrested five suspects in the Hawija district of Kirkuk on Sunday."
    ).candidates
    assert ev.event_type == EventType.STRATEGIC_DEVELOPMENTS
    assert (ev.plover_type, ev.plover_mode) == (PloverType.COERCE, "arrest")
    [ev] = run(
        "A suicide bomber blew himself up at a market in Baghdad on Thursday, killing 14 people."
    ).candidates
    assert ev.event_type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
    assert (ev.plover_type, ev.plover_mode) == (PloverType.ASSAULT, "suicide-attack")
