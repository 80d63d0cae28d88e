"""The quantities component on Docs built without a model."""

from __future__ import annotations

from spacy.language import Language

from sitrep.extract.token_scan import like_numbers, lowered_in, windows


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


def test_the_windows_around_anchors_find_what_the_whole_doc_finds(blank: Language) -> None:
    """The matcher runs only around number-like words, vague numbers and the long word of
    each number phrase: every figure the matcher finds over the whole text is still found."""
    finder = blank.get_pipe("sitrep_quantities")
    texts = [
        "Half a dozen gunmen killed 5 - 7 villagers, a couple of guards and twenty five others.",
        "A few days later 1,200 families fled and 3 - 4 - 5 homes burned; a couple died.",
        "Dozens of soldiers and several hundred civilians were hurt, 14 of them badly, 2",
        "Three 17 - year - olds and a dozen",
        "No figures were given.",
        "",
    ]
    for text in texts:
        doc = blank.make_doc(text)
        whole = sorted((s.start, s.end) for s in finder.matcher(doc, as_spans=True))
        windowed = [
            (s.start, s.end)
            for a, b in windows(
                sorted({*like_numbers(doc), *lowered_in(doc, finder.anchors)}),
                finder.before,
                finder.after,
                len(doc),
            )
            for s in finder.matcher(doc[a:b], as_spans=True)
        ]
        assert sorted(windowed) == whole, text
    assert {"dozen", "couple", "few", "dozens"} <= finder.anchors
    assert "a" not in finder.anchors  # the short words of a phrase anchor nothing
