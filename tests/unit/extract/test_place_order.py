"""ordered_places: the incident's own sentence names its place before other sentences do."""

from __future__ import annotations

from sitrep.extract.frames import Frame
from sitrep.extract.passes import incident_sentence, ordered_places
from sitrep.model import PlaceMention, Span, SubEventType

TEXT = (
    "A roadside bomb wrecked a bus near the village of Tel Halaf in Hasakah province. "
    "Last year a car bomb in Damascus killed nine people, and officials in Turkey "
    "condemned it."
)


def _mention(name: str, label: str = "GPE", nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(name, start + 1)
    return PlaceMention(
        text=name, span=Span(text=name, start=start, end=start + len(name)), label=label
    )


def _own_sentence() -> Span:
    end = TEXT.index(". ") + 1
    return Span(text=TEXT[:end], start=0, end=end)


def _names(places: list[PlaceMention]) -> list[str]:
    return [p.text for p in places]


def test_own_sentence_places_come_before_borrowed_ones() -> None:
    places = [
        _mention("Damascus"),
        _mention("Tel Halaf"),
        _mention("Turkey"),
        _mention("Hasakah province"),
    ]
    ordered = ordered_places(places, _own_sentence())
    assert _names(ordered) == ["Tel Halaf", "Hasakah province", "Damascus", "Turkey"]


def test_without_own_sentence_order_is_by_rank_only() -> None:
    places = [
        _mention("Hasakah province"),
        _mention("Turkey"),
        _mention("Damascus"),
        _mention("Tel Halaf"),
    ]
    assert _names(ordered_places(places)) == [
        "Damascus",
        "Tel Halaf",
        "Hasakah province",
        "Turkey",
    ]


def test_places_without_span_are_not_treated_as_borrowed() -> None:
    lent = PlaceMention(text="Qamishli", label="GPE")
    places = [_mention("Turkey"), lent, _mention("Hasakah province")]
    ordered = ordered_places(places, _own_sentence())
    assert _names(ordered) == ["Qamishli", "Hasakah province", "Turkey"]


def test_duplicate_name_keeps_the_mention_in_the_own_sentence() -> None:
    echo = PlaceMention(
        text="Tel Halaf", span=Span(text="Tel Halaf", start=500, end=509), label="GPE"
    )
    ordered = ordered_places([echo, _mention("Tel Halaf")], _own_sentence())
    assert len(ordered) == 1
    assert ordered[0].span is not None and ordered[0].span.start < _own_sentence().end


def test_incident_sentence_is_the_one_holding_the_trigger() -> None:
    title = Span(text="Bus bombed near Hasakah", start=0, end=23)
    body = _own_sentence()
    body = Span(text=body.text, start=body.start + 30, end=body.end + 30)
    trigger = Span(text="bomb", start=body.start + 15, end=body.start + 19)
    frame = Frame(
        index=0,
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        plover_type=None,
        plover_mode=None,
        trigger=trigger,
        trigger_kind="noun",
        evidence=[title, body],
        sentence_starts=[title.start, body.start],
    )
    assert incident_sentence(frame) == body
    frame.evidence = [title]
    assert incident_sentence(frame) == title
    frame.evidence = []
    assert incident_sentence(frame) is None
