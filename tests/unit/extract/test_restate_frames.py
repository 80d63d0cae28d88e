"""Restatements judged on hand-built frames (no model): a source's retelling of the incident,
the day a statement was made, a place named as the region around a town, and two explicit
dates that differ."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.extract.frames import Frame
from sitrep.extract.passes import _restates, _specific_places
from sitrep.extract.retellings import retell_dates, retells, retold, statement_date
from sitrep.model import DateMention, PlaceMention, Span, SubEventType

S = SubEventType


def _frame(
    text: str,
    trigger: str,
    *,
    places: Sequence[tuple[str, str | None]] = (),
    dates: Sequence[str] = (),
    offset: int = 0,
    sub: SubEventType = S.ATTACK,
) -> Frame:
    """A frame read from one sentence that starts at ``offset`` in the article."""
    at = text.index(trigger)

    def span(word: str) -> Span:
        i = text.index(word)
        return Span(text=word, start=offset + i, end=offset + i + len(word))

    return Frame(
        index=0,
        sub_event_type=sub,
        plover_type=None,
        plover_mode=None,
        trigger=Span(text=trigger, start=offset + at, end=offset + at + len(trigger)),
        trigger_kind="attack",
        evidence=[Span(text=text, start=offset, end=offset + len(text))],
        sentence_starts=[offset],
        places=[PlaceMention(text=p, span=span(p), context=c) for p, c in places],
        dates=[DateMention(text=d, span=span(d)) for d in dates],
    )


LEDE = (
    "The Security Command announced, today, Tuesday, the martyrdom of two soldiers in a "
    "terrorist attack on an army post in the Tarmiyah district, north of Baghdad."
)
QUOTE = (
    'The Command said in a statement that "terrorist remnants attacked, at dawn yesterday, '
    'Monday, a post of the army in the Tarmiyah district, and our forces repelled them".'
)


def _lede() -> Frame:
    return _frame(LEDE, "attack", places=[("Tarmiyah district", "in")], dates=["today, Tuesday"])


def _quote(text: str = QUOTE, date: str = "yesterday, Monday") -> Frame:
    return _frame(
        text,
        "attacked",
        places=[("Tarmiyah district", "in")],
        dates=[date],
        offset=len(LEDE) + 1,
    )


def test_a_clause_reported_by_a_verb_of_saying_is_a_retelling() -> None:
    assert retold(_quote())


def test_a_quotation_is_a_retelling() -> None:
    text = (
        '"They rode in from the dunes and attacked anyone who moved," a herder told a radio '
        "station."
    )
    assert retold(_frame(text, "attacked"))


def test_the_reporters_own_sentence_is_no_retelling() -> None:
    text = "Gunmen attacked a group of herders near Tessit on Tuesday, officials said."
    assert not retold(_frame(text, "attacked"))


def test_a_scare_quote_is_no_retelling() -> None:
    text = 'Rebels attacked the town in what they called a "liberation" push on Monday.'
    assert not retold(_frame(text, "attacked"))


def test_the_day_a_statement_was_made_dates_the_statement() -> None:
    lede = _lede()
    assert statement_date(lede, lede.dates[0])


def test_a_day_in_the_incident_clause_dates_the_incident() -> None:
    text = "Gunmen attacked an army post in the Tarmiyah district on Monday, police said."
    f = _frame(text, "attacked", dates=["on Monday"])
    assert not statement_date(f, f.dates[0])


def test_a_retelling_of_the_incident_folds_into_it_and_gives_its_day() -> None:
    lede, quote = _lede(), _quote()
    assert retells(lede, quote)
    retell_dates(lede, quote)
    assert lede.dates[0].text == "yesterday, Monday"


def test_a_witness_recalling_an_attack_in_another_month_tells_another_incident() -> None:
    text = (
        'A farmer told the agency that "terrorists attacked, in March, a post of the army in '
        'the Tarmiyah district and burned two houses".'
    )
    assert not retells(_lede(), _quote(text, "in March"))


def test_a_retelling_at_another_place_is_another_incident() -> None:
    text = (
        'The Command added that "terrorist remnants attacked, yesterday, Monday, a post of '
        'the army in the Mutaibijah area".'
    )
    quote = _frame(
        text,
        "attacked",
        places=[("Mutaibijah area", "in")],
        dates=["yesterday, Monday"],
        offset=len(LEDE) + 1,
    )
    assert not retells(_lede(), quote)


def test_a_town_named_as_its_countryside_is_no_specific_place() -> None:
    text = (
        "Unknown gunmen shot dead the head of the council of the town of Tafas in the western "
        "countryside of Daraa on Sunday evening."
    )
    f = _frame(
        text,
        "shot dead",
        places=[("Tafas", "of town of"), ("Daraa", "in western countryside of")],
        dates=["on Sunday evening"],
    )
    assert _specific_places(f) == ["Tafas"]


def test_a_killing_in_the_countryside_of_a_city_is_no_restatement_of_its_shelling() -> None:
    shelling = _frame(
        "Government forces shelled the quarters of Daraa al-Balad on 3 August, killing five.",
        "shelled",
        places=[("Daraa al-Balad", None)],
        dates=["on 3 August"],
        sub=S.SHELLING_ARTILLERY_MISSILE,
    )
    text = (
        "Unknown gunmen shot dead the head of the council of the town of Tafas in the western "
        "countryside of Daraa on Sunday evening."
    )
    killing = _frame(
        text,
        "shot dead",
        places=[("Tafas", "of town of"), ("Daraa", "in western countryside of")],
        dates=["on Sunday evening"],
        offset=200,
    )
    killing.trigger_kind = "kill"
    assert not _restates(shelling, killing)
