"""Doc -> plain records: the frames and decisions the components left on the Doc become an
``Extraction`` whose offsets index ``article.text``. Background incidents are marked here,
where the publication date is known."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from sitrep.extract.article_places import article_places
from sitrep.extract.frames import Frame
from sitrep.extract.lexicon import Lexicon, load_lexicon
from sitrep.extract.places_dates import LEAD_DETS, YEAR, entities, entities_fixed
from sitrep.extract.ruler import SPANS_KEY
from sitrep.model import (
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    Extraction,
    PlaceMention,
    Span,
    event_type_of,
)

__all__ = ["actor_mentions", "place_mentions", "to_candidate", "to_extraction"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"ORG", "NORP"})


def _is_background(frame: Frame, article: Article) -> bool:
    if frame.background_cue:
        return True
    if any(d.relation is None for d in frame.dates[:1]):
        return False  # the incident's own first date decides; later ones may be context
    if article.published is None:
        return False
    for d in frame.dates:
        if d.relation is not None:
            continue
        years = [int(y) for y in YEAR.findall(d.text)]
        if years and max(years) < article.published.year:
            return True
    return False


def to_candidate(frame: Frame, article: Article) -> CandidateEvent:
    background = _is_background(frame, article)
    notes = list(frame.notes)
    if background:
        notes.append("background: a past incident recalled as context")
    for a in frame.actors:
        if a.role == ActorRole.BLAMED:
            notes.append(f"blamed on {a.text} (not a claim)")
    if frame.combined_toll is not None:
        notes.append(f"combined toll (killed and wounded): {frame.combined_toll.raw}")
    for key, q in (("fatalities", frame.fatalities), ("injuries", frame.injuries)):
        if q is not None and q.qualifier:
            notes.append(f"{key}: {q.qualifier} {q.value}")
    return CandidateEvent(
        article_id=article.id,
        event_type=event_type_of(frame.sub_event_type),
        sub_event_type=frame.sub_event_type,
        plover_type=frame.plover_type,
        plover_mode=frame.plover_mode,
        trigger=frame.trigger,
        evidence=list(frame.evidence),
        actors=list(frame.actors),
        places=list(frame.places),
        dates=list(frame.dates),
        fatalities=frame.fatalities,
        injuries=frame.injuries,
        combined_toll=frame.combined_toll,
        weapon=frame.weapon,
        weapon_span=frame.weapon_span,
        aggregate=frame.aggregate,
        background=background,
        confidence=frame.confidence if not background else round(frame.confidence * 0.9, 3),
        field_confidence=dict(frame.field_confidence),
        notes=notes,
    )


def place_mentions(doc: Doc, *, lex: Lexicon | None = None) -> list[PlaceMention]:
    """Every place named in the article, in text order, once per stretch of text: the place
    entities, the lexicon's place spans, then the names the entity labels miss
    (:func:`article_places`) where no mention covers them yet. Of the lexicon's spans that
    overlap ("city of South" and "city of South Charleston"), the longest is kept; a
    designator's "of" phrase ("the town of Belle Plaine") and an administrative unit
    ("Barrow County") count whatever label the tagger gave their words. (The mention keeps
    the designator: the resolver reads "village of" as the kind of place named.)"""
    lex = lex or load_lexicon()
    out: dict[tuple[int, int], PlaceMention] = {}
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS:
            out[(ent.start_char, ent.end_char)] = PlaceMention(
                text=ent.text,
                span=Span(text=ent.text, start=ent.start_char, end=ent.end_char),
                label=ent.label_,
            )
    found: list[SpacySpan] = []
    for s in doc.spans.get(SPANS_KEY, []):
        if s.label_ != "PLACE":
            continue
        if s.id_ == "of_designator" or not any(t.ent_type_ in {"ORG", "PERSON"} for t in s):
            found.append(s)  # "the town of Belle Plaine": "of" names a place, whatever the tags
        elif _admin_unit(s, lex):
            found.append(s[1:] if s[0].lower_ in LEAD_DETS else s)
    for s in filter_spans(found):
        key = (s.start_char, s.end_char)
        if not any(a <= key[0] and key[1] <= b and (a, b) != key for a, b in out):
            out[key] = PlaceMention(
                text=s.text, span=Span(text=s.text, start=key[0], end=key[1]), label="FAC"
            )
    for u in article_places(doc, lex):
        key = (u.start_char, u.end_char)
        if not any(a < key[1] and key[0] < b for a, b in out):
            out[key] = PlaceMention(
                text=u.text, span=Span(text=u.text, start=key[0], end=key[1]), label="GPE"
            )
    return [out[k] for k in sorted(out)]


def _admin_unit(span: SpacySpan, lex: Lexicon) -> bool:
    """A name and the administrative unit it names ("Barrow County", "Diyala governorate"):
    a place even when the tagger calls the name an organisation or a person."""
    return lex.designators.get(span[-1].lower_) in {"district", "province"}


def actor_mentions(doc: Doc) -> list[ActorMention]:
    """Every organisation or group named in the article (ORG and NORP entities)."""
    return [
        ActorMention(
            text=e.text,
            role=ActorRole.ACTOR1,
            span=Span(text=e.text, start=e.start_char, end=e.end_char),
            label=e.label_,
        )
        for e in entities(doc)
        if e.label_ in ACTOR_LABELS
    ]


def to_extraction(article: Article, doc: Doc) -> Extraction:
    frames: list[Frame] = doc._.sitrep_frames or []
    with entities_fixed(doc):  # the article-level mentions read the entities a dozen times
        places, actors = place_mentions(doc), actor_mentions(doc)
    return Extraction(
        article_id=article.id,
        candidates=[to_candidate(f, article) for f in frames],
        place_mentions=places,
        actor_mentions=actors,
        decisions=list(doc._.sitrep_decisions or []),
    )
