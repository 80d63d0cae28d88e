"""Reading place mentions in the extract tests: the names an article yields, and the names
one incident spanning the whole Doc yields."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.places_dates import places_in
from sitrep.extract.ruler import SPANS_KEY
from sitrep.extract.to_candidates import place_mentions


def article_place_names(doc: Doc) -> list[str]:
    """The place names found across the article."""
    return [p.text for p in place_mentions(doc)]


def incident_place_names(doc: Doc) -> list[str]:
    """The place names of one incident whose text is the whole Doc."""
    spans = doc.spans.get(SPANS_KEY, [])
    return [p.text for p in places_in(doc, 0, len(doc), spans, load_lexicon())]
