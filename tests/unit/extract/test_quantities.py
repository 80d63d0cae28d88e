"""The quantities component on Docs built without a model."""

from __future__ import annotations

from spacy.language import Language


def _figures(blank: Language, text: str) -> list[tuple[str, int | None, str | None]]:
    doc = blank(text)
    return [(doc[q.start : q.end].text, q.value, q.qualifier) for q in doc._.sitrep_quantities]


def test_digits_words_and_qualifiers(blank: Language) -> None:
    assert _figures(
        blank, "At least 11 soldiers and twenty-six civilians and more than 90 others"
    ) == [
        ("At least 11", 11, "at least"),
        ("twenty-six", 26, None),
        ("more than 90", 90, "more than"),
    ]


def test_ranges_are_one_figure(blank: Language) -> None:
    assert _figures(blank, "between five and seven guards and 3 to 4 farmers") == [
        ("between five and seven", 5, "range"),
        ("3 to 4", 3, "range"),
    ]


def test_vague_numbers_follow_acled(blank: Language) -> None:
    figures = _figures(blank, "dozens of people, tens of fighters and hundreds of families")
    assert [(t, v) for t, v, _ in figures] == [("dozens", 12), ("tens", 10), ("hundreds", 100)]
    assert _figures(blank, "a dozen workers")[0][1] == 12


def test_a_particle_is_not_a_qualifier(blank: Language) -> None:
    doc = blank("The coalition handed over six bases")
    doc[2].pos_ = "VERB"
    doc = blank.get_pipe("sitrep_quantities")(doc)
    assert [(doc[q.start : q.end].text, q.qualifier) for q in doc._.sitrep_quantities] == [
        ("six", None)
    ]
