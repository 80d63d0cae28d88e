"""Two pure readings the coreference rules rest on: names of other parts of one unit ("Lamu
East", "Lamu West") share no place, though they share a word; and the items of a list under a
summary heading ("KEY POINTS") preview the report, as a "Summary:" line does."""

from __future__ import annotations

import pytest

from sitrep.extract.coref import overlap
from sitrep.ingest.clean import summary_item, summary_line


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        (["Lamu East"], ["Lamu West"], False),
        (["northern Diyala"], ["southern Diyala"], False),
        (["Lamu East"], ["Lamu"], True),
        (["Diyala province"], ["Diyala"], True),
        (["Upper Nile"], ["Upper Nile state"], True),
        (["Kirkuk"], ["Lamu West", "Kirkuk city"], True),
    ],
)
def test_other_quarters_of_one_unit_share_no_place(
    a: list[str], b: list[str], shared: bool
) -> None:
    assert overlap(a, b) is shared


REPORT = (
    "WEEKLY NOTE | 22-28 July 2019\n\n"
    "KEY POINTS\n"
    "- Deadliest air raid on southern Idlib since April.\n"
    "- Bombing at a checkpoint outside Jarablus.\n\n"
    "1. IDLIB\n\n"
    "- Kafr Ruma village: shells hit a house, killing a woman.\n"
    "Summary: twelve civilians were killed across the north-west.\n"
)


@pytest.mark.parametrize(
    ("phrase", "is_item"),
    [
        ("Deadliest air raid", True),
        ("Bombing at a checkpoint", True),
        ("shells hit a house", False),  # an item of the report's own list, under "1. IDLIB"
        ("twelve civilians", False),  # a summary line, not an item
    ],
)
def test_items_under_a_summary_heading_are_previews(phrase: str, is_item: bool) -> None:
    assert summary_item(REPORT, REPORT.index(phrase)) is is_item


def test_a_summary_label_opens_a_summary_line() -> None:
    assert summary_line("Summary: twelve civilians were killed across the north-west.")
    assert not summary_line("The summary execution of two men was condemned.")
