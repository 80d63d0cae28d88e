"""A clock time's number is no day of the month: "at around 11 p.m." does not conflict with
"on 12 March", and "on 11 March" still does."""

from __future__ import annotations

import pytest

from sitrep.extract.coref import day_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("at around 11 p.m.", set()),
        ("shortly after 10 pm", set()),
        ("at 23:40 GMT on Sunday", {"sunday"}),
        ("at 9.30am on 4 May 2021", {"4", "may", "2021"}),
        ("at 6 o'clock on Friday", {"friday"}),
        ("on 11 March", {"11", "march"}),
        ("on Friday, 12 June", {"friday", "12", "june"}),
        ("in 2021 at 5 am", {"2021"}),
        ("at 5 amid heavy fire on 3 May", {"5", "3", "may"}),
    ],
)
def test_day_words_leave_clock_times_out(text: str, words: set[str]) -> None:
    assert day_words([text]) == words
