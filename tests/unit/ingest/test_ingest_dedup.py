"""Near-duplicate articles: a syndicated copy is caught, a different report is not."""

from __future__ import annotations

import pytest

from sitrep.errors import ConfigError
from sitrep.ingest.dedup import NearDuplicateIndex
from sitrep.model import Article

WIRE = """KIRKUK, Iraq (Gulf Wire) - A car bomb tore through a crowded vegetable market in southern
Kirkuk on Tuesday morning, killing at least nine people and wounding 23 others, police and
hospital officials said.

The explosion struck shortly after 8 a.m. as traders were unloading produce from trucks along
Baghdad Road, a police captain said, speaking on condition of anonymity because he was not
authorised to brief reporters. Several stalls and three cars were set ablaze.

Ambulances ferried the wounded to Azadi teaching hospital, where a doctor said four of them were
in critical condition and that the death toll could rise. Two children were among the dead,
according to a health directorate statement.

No group immediately claimed responsibility for the bombing, but Islamic State militants have
staged similar attacks in the province in recent months, targeting markets, checkpoints and
funerals in districts south and west of the city.

Security forces sealed off the area, closed the road to traffic for several hours and arrested
two men seen near the market before the blast, the provincial police command said in a
statement. The governor declared three days of mourning and ordered compensation for the
families of the victims.

Kirkuk, an oil-rich city claimed by both the federal government in Baghdad and the Kurdistan
Region, has seen a rise in attacks since federal forces took control of it in 2017."""

SYNDICATED = (
    "Northern Dispatch | World | Tuesday edition\n"
    "Republished with permission from Gulf Wire.\n\n"
    + WIRE.replace("at least nine people", "at least 10 people")
    .replace("four of them", "five of them")
    .replace("several hours", "most of the day")
    + "\n\nCopyright Gulf Wire, distributed by Northern Dispatch syndication services.\n"
    "Follow our live coverage of Iraq and subscribe to the morning briefing."
)

SAME_BOMBING_OTHER_REPORT = """Nine dead as bomb rips through Kirkuk market

A booby-trapped vehicle parked beside fruit stalls detonated in the Domiz area of Kirkuk early
on Tuesday, a source in the Kirkuk police told our correspondent. The source put the toll at nine
killed and more than twenty injured, most of them vendors and shoppers. Witnesses described
scenes of panic as people fled the flames, and civil defence teams worked for an hour to put out
fires in neighbouring shops. The provincial council condemned what it called a cowardly terrorist
act aimed at destabilising the city, and called on the federal government to send reinforcements.
Lawmakers from Kirkuk demanded an investigation into how the car passed through checkpoints on
the approach to the market. Kirkuk has been the scene of repeated attacks blamed on remnants of
the Islamic State group, which still operates in the Hamrin mountains and the Wadi al-Shay valley
to the south-west of the city."""

OTHER_STORY = """Turkish drones struck a vehicle near the town of Sinjar on Thursday evening,
killing two members of a local armed group, according to a statement by the group. The strike
was the third in the district this month. Iraq's foreign ministry summoned the Turkish charge
d'affaires to protest what it called a violation of Iraqi sovereignty, and local officials said
residents of nearby villages were afraid to leave their homes after dark."""


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text)  # type: ignore[call-arg]


def test_syndicated_copy_is_caught_and_other_report_is_not() -> None:
    index = NearDuplicateIndex()
    assert index.check_and_add(_article("gulf-wire", WIRE)) is None
    assert index.check_and_add(_article("dispatch", SYNDICATED)) == "gulf-wire"
    assert index.check_and_add(_article("local-paper", SAME_BOMBING_OTHER_REPORT)) is None
    assert index.check_and_add(_article("sinjar", OTHER_STORY)) is None
    assert len(index) == 3  # the copy itself is not indexed
    assert "dispatch" not in index


def test_later_copies_point_at_the_original() -> None:
    index = NearDuplicateIndex()
    index.check_and_add(_article("gulf-wire", WIRE))
    index.check_and_add(_article("dispatch", SYNDICATED))
    second_copy = "Breaking news from our partners.\n\n" + WIRE + "\n\nShare your views below."
    assert index.check_and_add(_article("third-site", second_copy)) == "gulf-wire"


def test_caller_marks_the_copy_without_mutating_it() -> None:
    index = NearDuplicateIndex()
    index.check_and_add(_article("gulf-wire", WIRE))
    copy = _article("dispatch", SYNDICATED)
    found = index.check_and_add(copy)
    marked = copy.model_copy(update={"duplicate_of": found})
    assert (copy.duplicate_of, marked.duplicate_of) == (None, "gulf-wire")


def test_seeding_from_the_store_with_add() -> None:
    index = NearDuplicateIndex()
    index.add("stored-1", WIRE)
    index.add("stored-1", WIRE)  # idempotent
    assert len(index) == 1
    assert index.find(SYNDICATED) == "stored-1"
    assert index.check_and_add(_article("stored-1", WIRE)) is None  # never its own duplicate


def test_deterministic_across_fresh_indexes() -> None:
    results = []
    for _ in range(3):
        index = NearDuplicateIndex()
        for name, text in [("a", WIRE), ("b", OTHER_STORY), ("c", SAME_BOMBING_OTHER_REPORT)]:
            index.add(name, text)
        results.append((index.find(SYNDICATED), index.find(OTHER_STORY + " Updated.")))
    assert results == [("a", "b")] * 3


def test_short_and_empty_texts() -> None:
    index = NearDuplicateIndex(shingle=5)
    index.add("short", "Mortar hits Tuz.")
    assert index.find("mortar hits tuz") == "short"
    assert index.find("Rocket hits Erbil.") is None
    assert index.shingles("") == set()


@pytest.mark.parametrize("kwargs", [{"threshold": 0.0}, {"threshold": 1.5}, {"shingle": 0}])
def test_invalid_parameters(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        NearDuplicateIndex(**kwargs)  # type: ignore[arg-type]
