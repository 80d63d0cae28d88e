"""Several incidents per article, coreference, background incidents, arguments and figures
(real model; every text is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import ActorRole, CandidateEvent, Extraction, Span, SubEventType

S = SubEventType
pytestmark = pytest.mark.slow

ROUNDUP = (
    "Militants step up raids in northern Iraq\n\n"
    "On March 3, two soldiers were killed and three wounded when an IED struck their patrol "
    "in northern Kirkuk province, the Defence Ministry said. The group later claimed "
    "responsibility for the blast.\n\n"
    "On the same day, gunmen killed four police officers and wounded two others in an attack "
    "on the Shwan police station in Diyala province.\n\n"
    "Earlier, on February 27, twelve tribal fighters were killed in a three-pronged assault "
    "near Tuz Khurmatu.\n\n"
    "Coalition jets have carried out 15 airstrikes against militant hideouts in the past four "
    "days, "
    "a coalition spokesman said."
)


def _by_type(extraction: Extraction) -> dict[SubEventType, list[CandidateEvent]]:
    out: dict[SubEventType, list[CandidateEvent]] = {}
    for c in extraction.candidates:
        out.setdefault(c.sub_event_type, []).append(c)
    return out


def _check_offsets(text: str, extraction: Extraction) -> None:
    for c in extraction.candidates:
        spans: list[Span] = [c.trigger, *c.evidence]
        spans += [a.span for a in c.actors if a.span is not None]
        spans += [p.span for p in c.places if p.span is not None]
        spans += [d.span for d in c.dates if d.span is not None]
        spans += [q.span for q in (c.fatalities, c.injuries, c.combined_toll) if q and q.span]
        for s in spans:
            assert text[s.start : s.end] == s.text


def test_roundup_gives_one_event_per_incident(run: Callable[..., Extraction]) -> None:
    ex = run(ROUNDUP, date(2021, 3, 5))
    _check_offsets(ROUNDUP, ex)
    kinds = _by_type(ex)
    [ied] = kinds[S.REMOTE_EXPLOSIVE_LANDMINE_IED]
    assert (ied.fatalities and ied.fatalities.value, ied.injuries and ied.injuries.value) == (2, 3)
    assert ied.dates[0].text == "On March 3"
    assert ied.weapon == "IED"
    assert ied.places[0].text == "Kirkuk province" and ied.places[0].context == "in northern"
    assert len(ied.evidence) == 2, "the claim sentence is the same incident"
    assert any(a.role == ActorRole.CLAIMED_BY for a in ied.actors)
    clashes = kinds[S.ARMED_CLASH]
    assert len(clashes) == 2
    station = next(c for c in clashes if any("Shwan" in p.text for p in c.places))
    assert station.fatalities is not None and station.fatalities.value == 4
    assert station.injuries is not None and station.injuries.value == 2
    assert station.dates[0].relation == "same_day"
    assert station.dates[1].text == "On March 3", "the anchor incident's own date follows"
    actors = {(a.role, a.label) for a in station.actors}
    assert (ActorRole.ACTOR1, "generic:armed") in actors
    assert (ActorRole.ACTOR2, "generic:police") in actors or (
        ActorRole.ACTOR2,
        "generic:military",
    ) in actors
    assault = next(c for c in clashes if c is not station)
    assert assault.fatalities is not None and assault.fatalities.value == 12
    [air] = kinds[S.AIR_DRONE_STRIKE]
    assert air.aggregate
    assert air.fatalities is None, "15 airstrikes is not a casualty figure"
    assert "past four days" in air.dates[0].text


def test_mentions_of_one_incident_are_one_event(run: Callable[..., Extraction]) -> None:
    text = (
        "Twin blasts tore through a vegetable market in central Baghdad on Monday morning.\n\n"
        "At least 20 people were killed in the twin blasts, police said.\n\n"
        "By the evening the death toll from Monday's attack had risen to 26, hospital "
        "officials said, "
        "and more than 60 people were wounded.\n\n"
        "The bombers were also killed."
    )
    ex = run(text, date(2022, 3, 1))
    _check_offsets(text, ex)
    assert len(ex.candidates) == 1
    [ev] = ex.candidates
    assert ev.fatalities is not None and (ev.fatalities.value or 0) >= 20
    assert ev.injuries is not None and ev.injuries.value == 60
    assert len(ev.evidence) >= 3
    assert sum(d.reason.startswith("duplicate mention of event 1") for d in ex.decisions) >= 2


def test_background_incident_has_its_own_date(run: Callable[..., Extraction]) -> None:
    text = (
        "A car bomb exploded outside a mosque in Tikrit on Friday, killing six worshippers.\n\n"
        "The last such attack hit the same mosque in January 2018, claiming 35 lives."
    )
    ex = run(text, date(2022, 6, 4))
    assert len(ex.candidates) == 2
    current, past = ex.candidates
    assert not current.background and current.fatalities and current.fatalities.value == 6
    assert past.background
    assert past.dates and "January 2018" in past.dates[0].text
    assert past.fatalities is not None and past.fatalities.value == 35


def test_background_without_a_date_stays_undated(run: Callable[..., Extraction]) -> None:
    ex = run(
        "Gunmen killed three farmers near Hawija on Sunday. Hawija was hit by a previous "
        "bombing that "
        "killed two shepherds.",
        date(2022, 6, 4),
    )
    past = [c for c in ex.candidates if c.background]
    assert all(not c.dates or c.dates[0].relation for c in past)


def test_blame_is_not_a_claim(run: Callable[..., Extraction]) -> None:
    ex = run(
        "An attack attributed to the Islamic State killed five soldiers in Diyala province on "
        "Friday."
    )
    [ev] = ex.candidates
    roles = {(a.role, a.text) for a in ev.actors}
    assert (ActorRole.BLAMED, "the Islamic State") in roles or (
        ActorRole.BLAMED,
        "Islamic State",
    ) in roles
    assert not any(a.role == ActorRole.CLAIMED_BY for a in ev.actors)
    assert any("blamed on" in n for n in ev.notes)


def test_combined_toll_is_not_a_death_toll(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Gunmen opened fire on a wedding in Samarra on Saturday, killing and wounding about "
        "20 guests."
    ).candidates
    assert ev.fatalities is None
    assert ev.combined_toll is not None and ev.combined_toll.value == 20
    assert ev.combined_toll.qualifier == "about"


def test_attackers_deaths_are_counted(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "A suicide bomber killed nine people at a checkpoint in Ramadi on Monday, and the bomber "
        "was also killed."
    ).candidates
    assert ev.fatalities is not None and ev.fatalities.value == 10


def test_counts_of_non_people_are_not_casualties(run: Callable[..., Extraction]) -> None:
    ex = run(
        "The coalition handed over six bases to Iraqi forces on Sunday and police arrested five "
        "suspects in Mosul on Monday."
    )
    for ev in ex.candidates:
        assert ev.fatalities is None and ev.injuries is None


def test_qualifiers_and_vague_numbers(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Dozens of people were wounded and at least 14 killed when a truck bomb exploded in "
        "Sadr City on Wednesday."
    ).candidates
    assert ev.fatalities is not None and (ev.fatalities.value, ev.fatalities.qualifier) == (
        14,
        "at least",
    )
    assert ev.injuries is not None and ev.injuries.value == 12


def test_places_most_specific_first_with_designators(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Militants attacked the Zaghniya police station in Diyala province on Monday, killing "
        "two officers."
    ).candidates
    assert [p.text for p in ev.places][:2] == ["Zaghniya police station", "Diyala province"]


def test_every_place_and_organisation_is_listed(run: Callable[..., Extraction]) -> None:
    ex = run(
        "ISIS claimed an attack in Kirkuk on Monday. Officials in Baghdad and Mosul "
        "discussed security."
    )
    assert {"Kirkuk", "Baghdad"} <= {p.text for p in ex.place_mentions}
    assert any(a.text == "ISIS" for a in ex.actor_mentions)
    [ev] = ex.candidates
    assert [p.text for p in ev.places] == ["Kirkuk"], "only this incident's places"


def test_confidence_is_bounded_and_per_field(run: Callable[..., Extraction]) -> None:
    [ev] = run("A roadside bomb killed two soldiers near Tikrit on Monday.").candidates
    assert 0.0 < ev.confidence <= 1.0
    assert {"event_type", "dates", "places", "fatalities"} <= set(ev.field_confidence)
    assert all(0.0 <= v <= 1.0 for v in ev.field_confidence.values())


def test_clash_sides_and_place_modifiers(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Clashes between the Syrian Democratic Forces and Turkish-backed factions near Manbij "
        "left four fighters dead on Thursday."
    ).candidates
    assert ev.sub_event_type == S.ARMED_CLASH
    roles = {(a.role, a.text) for a in ev.actors}
    assert (ActorRole.ACTOR1, "the Syrian Democratic Forces") in roles
    assert (ActorRole.ACTOR2, "Turkish-backed factions") in roles
    assert ev.fatalities is not None and ev.fatalities.value == 4


def test_a_name_that_modifies_another_noun_is_not_the_place(run: Callable[..., Extraction]) -> None:
    [ev] = run("A rocket landed near the US embassy in Baghdad on Sunday.").candidates
    assert "US" not in [p.text for p in ev.places]
    assert "Baghdad" in [p.text for p in ev.places]


def test_place_named_after_a_designator(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "Gunmen shot dead a shepherd on the outskirts of Jalawla on Tuesday evening."
    ).candidates
    assert ev.places[0].text == "Jalawla"
    assert ev.places[0].context == "on outskirts of"


def test_page_residue_is_not_news(run: Callable[..., Extraction]) -> None:
    text = (
        "Gunmen killed a shop owner in Baqubah on Monday, police said.\n\n"
        "Tags: Baqubah, shooting, attack\n\n"
        "Related news\n"
        "Roadside bomb kills two soldiers in Kirkuk\n"
    )
    ex = run(text)
    assert len(ex.candidates) == 1
    reasons = {d.reason for d in ex.decisions if not d.kept}
    assert "page residue (related links)" in reasons
    assert "no clause (tags or caption)" in reasons


def test_wire_dateline_is_a_place_of_the_lead(run: Callable[..., Extraction]) -> None:
    [ev] = run(
        "TIKRIT, Iraq, May 3 (Wire) - Gunmen killed two farmers in an orchard on Sunday, "
        "police said."
    ).candidates
    dateline = [p for p in ev.places if p.context == "dateline"]
    assert [p.text for p in dateline] == ["TIKRIT"]
