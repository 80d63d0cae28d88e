"""Where and when an incident happened, and with what, read off a parsed sentence segment:
the place mentions (named entities, designator phrases such as "the village of X", proper
names the tagger left unlabelled, the wire dateline), the date expressions and the weapons.

Split from :mod:`sitrep.extract.arguments` (who acted on whom) so each stays readable; it
also holds the two helpers both halves use (:func:`char_span`, :func:`actor_class`), so the
dependency runs one way: ``arguments`` imports from here, never the reverse. The resolver
decides what is a real place; this module only makes sure the mention reaches it with the
right span. Pure functions; every mention keeps its character offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from sitrep.extract.datelines import DASHES
from sitrep.extract.extensions import doc_text
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.outlets import outlet_tokens, overlaps_outlet
from sitrep.extract.quantities import WEEKDAYS as WEEKDAY_NAMES
from sitrep.extract.token_scan import between, parsed_as, remember
from sitrep.ingest.clean import LIST_MARKS
from sitrep.model import DateMention, PlaceMention, Span

__all__ = [
    "LEAD_DETS",
    "YEAR",
    "actor_class",
    "char_span",
    "date_rank",
    "dates_in",
    "entities",
    "entities_fixed",
    "item_head",
    "item_head_mentions",
    "item_of",
    "item_opening",
    "operation_name",
    "places_in",
    "tokens_of",
    "unlabelled_places",
    "weapons_in",
    "within",
]

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LEAD_DETS = frozenset({"the", "these", "those", "this", "that"})
DATE_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "over", "early", "late"})
WEEKDAYS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"last night|overnight)\b|\b\d{1,2}\b(?!\d)",
    re.IGNORECASE,
)
MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
"""A year of the period news reports on ("in 2019", "the 2017 bombing")."""
PERIOD = re.compile(r"\b(week|weeks|days|months|past|recent|last)\b", re.IGNORECASE)
MISTAGGED_PLACE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
LOCATIVE_PREPS = frozenset(
    {"in", "near", "outside", "at", "around", "inside", "across", "throughout", "through"}
)
"""Prepositions whose proper-noun object is a place even when the tagger says otherwise
("near Samarra", "protests spread across Manbij", "raids throughout Anbar", "marched through
Kut")."""
DURATION_PREFIX = frozenset({"for", "within", "after", "than"})
HOURS_LONG = re.compile(
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|less than|at least)\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few"
    r"|few|many)(?:\s+(?:and a half|or \w+))?\s+(?:hours?|minutes?)"
)
"""A count of hours or minutes with nothing saying when ("about five hours"): a duration;
"in recent hours" says when."""
NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ed", "ez", "es", "et", "ul"}
)
"""Lower-case particles that open or join Arabic place names ("al-Taqaddum", "Deir ez-Zor"):
the title-case name patterns stop at them."""
EZAFE = frozenset({"i", "e"})
"""The Persian ezafe between two hyphens in Afghan place names: "Mazar-i-Sharif"."""
LOCAL_AUTHORITIES = frozenset(
    {"police", "authorities", "officials", "officers", "deputies", "residents", "firefighters"}
)
"""Nouns whose "in" phrase is the town they serve or live in ("Police in Vallejo said"),
even when the tagger calls the town an organisation."""
STATE_ATTRIBUTES = frozenset(
    {"influence", "interference", "meddling", "role", "policy", "support", "backing",
     "response", "stance", "position", "ally", "proxy", "decision", "government",
     "leadership", "envoy", "ambassador", "involvement", "agenda", "program", "programme",
     "sanction", "hegemony", "grip", "hand", "behalf"}
)  # fmt: skip
"""What a country name owns when it stands for the state: "Tehran's influence", "Ankara's
proxies"."""
STATE_VERBS = frozenset(
    {"regard", "consider", "vow", "accuse", "deny", "deplore", "condemn", "warn", "insist",
     "demand", "threaten", "reject", "blame", "urge", "brand", "designate", "label", "view",
     "allege", "pledge", "retaliate"}
)  # fmt: skip
"""What a capital does when it stands for its government: "the group that Ankara regards as
an offshoot of the PKK", "Ankara has vowed to keep hitting", "Damascus denied"."""
OWNED_GROUPS = frozenset(
    {"militia", "militias", "militiamen", "loyalists", "supporters", "followers", "faction",
     "movement", "fighters", "gunmen", "brigade", "brigades"}
)  # fmt: skip
"""What a leader's name owns, read as a place by the tagger: "Sadr's militia", "Haftar's
loyalists" (a town's "forces" or "police" are left to the other rules)."""
NO_DATELINE = frozenset(
    {"courthouse", "court", "hall", "office", "update", "updated", "breaking", "watch",
     "video", "photos", "exclusive", "opinion", "editorial", "news", "police", "sheriff",
     "note", "warning", "alert", "photo", "file", "correction", "analysis", "comment",
     "related", "source", "sources", "credit", "caption", "live", "recap", "preview"}
)  # fmt: skip
"""Capitalised words that open a line before a dash or a colon without naming a town."""
LOWER_LOCATIVE = frozenset({"in", "near", "outside", "around", "at"})
"""Prepositions after which a lower-cased text may name a place the NER cannot see."""
AREA_HEADS = frozenset(
    {"outskirts", "vicinity", "area", "town", "village", "city", "department", "province",
     "municipality", "jurisdiction", "district", "hamlet", "region"}
)  # fmt: skip
"""Nouns whose "of" phrase names a place: "on the outskirts of la paz"."""
NOT_ORG_SITES = frozenset({"hospital", "clinic", "post"})
"""Designators that, in a name the tagger files whole as an organisation, name a body rather
than the site of an incident: a hospital the wounded were taken to ("Ranya General
Hospital"), a newspaper ("the Shingal Post"). Any other designator makes such a name a
place: "the boundary wall of Bannu Cantonment", "the Homs Military Academy"."""
COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
"""Directions whose "of" phrase names a place: "west of Manbij"."""
RIMS = frozenset(
    {"edge", "edges", "outskirts", "suburbs", "fringes", "periphery", "countryside", "environs",
     "beach", "beaches", "coast", "shore", "shores"}
)  # fmt: skip
"""Nouns whose "of" phrase names the place they ring: "the western edge of Aleppo", "near
the beach of Mucojo"."""
SHARES = frozenset({"half", "part", "parts", "side", "sector", "quarter", "third"})
"""Nouns that, with a compass adjective, name a side of a place: "the eastern half of Mosul"."""
COMPASS_ADJS = frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "north", "south", "east", "west"}
)  # fmt: skip
QUARTERS = frozenset(
    {"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter",
     "district", "districts", "street", "streets", "alleys", "suburb", "suburbs"}
)  # fmt: skip
"""Parts of a town whose "of" phrase names the town: "the neighbourhoods of Inkhil al-Gharbi"."""
IN_A_BODY = frozenset(
    {"say", "write", "tell", "report", "publish", "quote", "appear", "print", "air", "broadcast",
     "post", "state", "comment", "interview", "column", "article", "statement", "member",
     "commander", "leader", "fighter", "figure", "role", "position", "stake"}
)  # fmt: skip
"""Words whose "in" phrase is a publication or a body, not a place: "wrote in al-Hayat",
"a commander in al-Nusra"."""
INSTALLATIONS = frozenset(
    {"airstrip", "airstrips", "airfield", "airfields", "port", "harbour", "harbor", "depot",
     "depots", "plant", "warehouse", "factory", "mine", "quarry", "pipeline", "terminal",
     # the army's: "attacked several positions in Djibo" (the tagger's ORG)
     "position", "positions", "outpost", "outposts", "detachment", "detachments"}
)  # fmt: skip
"""Installations whose "at" or "in" phrase is the town they stand in ("the cement plant
at Hamam al-Alil", "a fuel depot in Hit", "positions in Djibo"), like the sites the lexicon's
designators name."""
PLACE_TAKING = frozenset(
    {"enter", "storm", "recapture", "retake", "overrun", "besiege", "encircle", "liberate",
     "infiltrate", "shell", "evacuate"}
)  # fmt: skip
"""Verbs whose direct object is a place: "entered al-Hamidiya", "shelled Kafr Nabudah"."""
OUTSKIRTS = frozenset({"outskirts", "surroundings", "environs", "vicinity"})
"""Words for the land around a town: "in the surroundings of Amchide" is near the town."""
SPREAD_VERBS = frozenset({"spread", "extend", "expand"})
"""Verbs of unrest or fighting reaching a new place: their "to" names where it went on."""
ROUTES = frozenset({"road", "highway", "route", "stretch", "corridor", "border", "way"})
"""Nouns whose "between" phrase names the two places they join."""


_FIXED_ENTS: WeakKeyDictionary[Doc, Sequence[SpacySpan]] = WeakKeyDictionary()
"""The entities of each Doc an :func:`entities_fixed` block is reading."""


@contextmanager
def entities_fixed(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`entities` hands out one copy of the Doc's entities instead
    of building a new one on every read (``Doc.ents`` walks every token each time, and the
    event rules read it a few times per incident). For code that computes and does not
    write: the entities must not change inside the block."""
    _FIXED_ENTS[doc] = doc.ents
    try:
        yield
    finally:
        _FIXED_ENTS.pop(doc, None)


def entities(doc: Doc) -> Sequence[SpacySpan]:
    """``doc.ents``, from the copy :func:`entities_fixed` keeps when inside one."""
    fixed = _FIXED_ENTS.get(doc)
    return doc.ents if fixed is None else fixed


def char_span(doc: Doc, start: int, end: int) -> Span:
    """A model Span over tokens ``[start, end)`` (character offsets into the text)."""
    if start >= end:  # as spaCy's empty span: at the start of token ``start``
        a = b = doc[start].idx if start < len(doc) else len(doc.text)
        return Span.model_construct(text="", start=a, end=b)
    last = doc[end - 1]
    a, b = doc[start].idx, last.idx + len(last)
    # built thousands of times an article from offsets spaCy gives: nothing to validate
    return Span.model_construct(text=doc_text(doc)[a:b], start=a, end=b)


def within(spans: Sequence[SpacySpan], start: int, end: int) -> Iterator[SpacySpan]:
    """The ``spans`` that lie in tokens ``[start, end)``, in order. ``spans`` must be in
    the order of their start, as the lexicon's span group and ``Doc.ents`` are: the first
    one is found by bisection (the rules ask for the places and dates of sentence after
    sentence, and each read of every span of the Doc cost more than the rules)."""
    for k in range(bisect_left(spans, start, key=_span_start), len(spans)):
        span = spans[k]
        if span.start >= end:
            return
        if span.end <= end:
            yield span


def _span_start(span: SpacySpan) -> int:
    return span.start


def tokens_of(doc: Doc, mention: PlaceMention | DateMention) -> SpacySpan | None:
    """The tokens a mention's characters fall on (the inverse of :func:`char_span`, widened to
    whole tokens), or None when the mention has no span or it does not align."""
    if mention.span is None:
        return None
    return doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")


def actor_class(tok: Token, lex: Lexicon) -> str | None:
    """The lexicon's class of a head word, or of the two words it ends ("death squads", "shining
    path": names the NER misses in lower-case text)."""
    if tok.i > 0:
        pair = lex.actor_classes.get(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
        if pair is not None:
            return pair
    return lex.actor_classes.get(tok.lower_) or lex.actor_classes.get((tok.lemma_ or "").lower())


# -- places ----------------------------------------------------------------------------
DESIGNATOR_PREFIXES = frozenset({"sub"})
"""Words that open a designator written in parts ("sub - district"): "the sub-district
director" names no place."""


def _context(doc: Doc, start: int, lower_bound: int, lex: Lexicon) -> str | None:
    words: list[str] = []
    i = start - 1
    while i >= lower_bound:
        tok = doc[i]
        low = tok.lower_
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if (
            low in lex.place_relations
            or (low in lex.designators and nxt == "of")
            or low in {"-", "the", "a"}
        ):
            words.append(low)
            i -= 1
            continue
        break
    words = [w for w in reversed(words) if w not in {"the", "a", "-"}]
    while words and words[-1] == "of" and len(words) == 1:
        words.pop()
    return " ".join(words) or None


def places_in(
    doc: Doc, start: int, end: int, spans: Sequence[SpacySpan], lex: Lexicon
) -> list[PlaceMention]:
    """Places named in tokens ``[start, end)``, most specific first."""
    cands: list[tuple[SpacySpan, str]] = []
    for span in within(spans, start, end):
        if span.label_ != "PLACE":
            continue
        s = span
        if span.id_ == "of_designator":
            name = span[2:]  # the NER often mislabels these names ORG or PERSON: trust "of"
            name = _through_particles(name, end)
            cls = lex.designators.get(span[0].lower_, "town")
            cls = "town" if cls in {"town", "neighbourhood"} or span[0].lower_ in OUTSKIRTS else cls
            cands.append((name, cls))
            # "the villages of Qarmanli and Tel Ward": each name the designator governs
            cands += [(c, cls) for c in _conjoined(name, end, lex)]
            continue
        while len(s) > 1 and (
            s[0].is_stop
            or s[0].lower_ in LEAD_DETS
            or (
                s[0].ent_type_ in {"ORG", "NORP", "PERSON"}
                and s[0].ent_iob_ == "B"
                and s[0].ent_type_ != "GPE"
                and _ent_covers(s[0], s.end - 1)
                and s[-1].lower_ in NOT_ORG_SITES
            )
        ):
            s = s[1:]
        names = [t for t in s[:-1] if t.lower_ not in lex.designators]
        if (
            not names
            or all(t.lower_ in DESIGNATOR_PREFIXES or t.text in DASHES for t in names)
            or len(s) < 2
            or any(
                t.ent_type_ == "DATE" or (t.ent_type_ == "NORP" and t.pos_ == "ADJ") for t in names
            )
            or (
                s[0].ent_type_ == "ORG"
                and _ent_covers(s[0], s.end - 1)
                and s[-1].lower_ in NOT_ORG_SITES
            )
        ):
            continue
        s = doc[_name_start(doc, s.start, start) : s.end]
        cands.append((s, lex.designators.get(s[-1].lower_, "facility")))
    for ent in within(entities(doc), start, end):
        if ent.label_ not in PLACE_ENTS:
            named = _designated_name(ent, end, lex)
            if named is not None:
                cands.append((named, lex.designators[named[-1].lower_]))
            continue
        if _a_groups_name(ent) or (len(ent) == 1 and actor_class(ent.root, lex) == "ORG"):
            continue  # "the Amaq agency, which is related to Daesh": a group, tagged a place
        country = ent.text.lower().removeprefix("the ") in lex.countries
        e = None if country else _with_designator(ent, end, lex)
        stop = _ezafe_end(doc, (e or ent).end, end)
        if e is None and stop == ent.end and _is_modifier(ent, lex):
            continue
        first = _name_start(doc, ent.start, start)
        e = ent if e is None and (first, stop) == (ent.start, ent.end) else doc[first:stop]
        text = e.text.lower()
        last = e[-1].lower_
        if text in lex.countries or text.removeprefix("the ") in lex.countries:
            cls = "country"
        elif last in lex.designators:
            cls = lex.designators[last]
        else:
            cls = ent.label_
        cands.append((e, cls))
    cands += [(u, "GPE") for u in unlabelled_places(doc, start, end, lex)]
    item = _item_label(doc, start, end, lex)
    if item is not None:
        cands.append((item, "town"))
    if _lower_cased(doc):
        cands += [(u, "GPE") for u in _lower_case_places(doc, start, end, lex)]
    outlets = outlet_tokens(doc)  # "(Horn Wire Africa)", "By Sahel Wire staff": never places
    chosen = [
        s
        for s in filter_spans([c[0] for c in cands])
        if not overlaps_outlet(s.start, s.end, outlets) and s.text.lower() not in lex.vehicles
    ]
    classes = {(c[0].start, c[0].end): c[1] for c in cands}
    out: list[tuple[int, int, PlaceMention]] = []
    for s in chosen:
        cls = classes[(s.start, s.end)]
        rank = lex.place_ranks.get(cls, 2)
        label = {"facility": "FAC", "neighbourhood": "LOC"}.get(
            cls, s.label_ if s.label_ in PLACE_ENTS else "GPE"
        )
        if cls in PLACE_ENTS:
            label = cls
        mspan = char_span(doc, s.start, s.end)
        out.append(
            (
                rank,
                s.start,
                PlaceMention(
                    text=mspan.text,
                    span=mspan,
                    label=label,
                    context=ITEM_LABEL
                    if item is not None and s.start == item.start
                    else _context(doc, s.start, start, lex),
                ),
            )
        )
    out.sort(key=lambda r: (r[0], r[1]))
    places = [r[2] for r in out]
    dateline = _dateline(doc, start, lex)
    if dateline is None and start > 0 and doc[start - 1].text in DASHES:
        # the sentence splitter may end a sentence at the dateline's dash: "YONKERS – A ..."
        opens = [b for b in range(max(0, start - 12), start - 1) if b == 0 or doc[b].is_sent_start]
        dateline = _dateline(doc, opens[-1], lex) if opens else None
    if dateline is not None:
        # the tagger's own mention of the dateline's town is the dateline too
        at = dateline.span.start if dateline.span is not None else -1
        places = [p for p in places if p.span is None or p.span.start != at]
        places.append(dateline)
    return places


ITEM_LABEL = "list item"
"""The context of a place a list item is filed under (:func:`_item_label`)."""
ITEM_MARKS = frozenset(LIST_MARKS)
ITEM_LABEL_TOKENS = 16
ITEM_LINE_TOKENS = 200


ITEM_LINE = re.compile(rf"(?:^|\n)[ \t]*[{re.escape(LIST_MARKS)}][ \t]+\S")
NUMBERED_LINE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+\S")


def _has_items(doc: Doc) -> bool:
    """Does any line of the text open with a list mark (read once a Doc)?"""
    return ITEM_LINE.search(doc_text(doc)) is not None


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line that holds token ``i`` (looked for up to
    :data:`ITEM_LINE_TOKENS` back)."""
    for j in range(i, max(-1, i - ITEM_LINE_TOKENS), -1):
        if j == 0:
            return 0
        before = doc[j - 1]
        if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            return j
    return -1


ITEM_HEAD_TOKENS = 20


def _has_numbered_items(doc: Doc) -> bool:
    """Does any line of the text open with an item's number ("1. ", "2) ")?"""
    return NUMBERED_LINE.search(doc_text(doc)) is not None


def _item_start(doc: Doc, start: int) -> int | None:
    """The index of the number that opens the numbered item ("1. ", "2) ") whose line holds
    token ``start``, or None."""
    if start >= len(doc) or not remember(doc, "numbered items", lambda: _has_numbered_items(doc)):
        return None
    i = _line_start(doc, start)
    if i < 0 or i + 2 >= len(doc) or not doc[i].like_num or doc[i + 1].text not in {".", ")"}:
        return None
    return i


def item_of(doc: Doc, start: int) -> int | None:
    """The character offset of the numbered item ("1. ", "2) ") whose line holds token
    ``start``, or None: a monitor's numbered list tells one incident an item."""
    i = _item_start(doc, start)
    return None if i is None else int(doc[i].idx)


def item_opening(doc: Doc, start: int) -> SpacySpan | None:
    """The sentences of the numbered item holding token ``start`` told before ``start``'s:
    "4. Dikwa LGA - On 7 July, troops conducted a clearance operation at Ajiri village. A
    military spokesperson said 12 'terrorists' were 'neutralised'": the item's day and place
    are the later sentence's too."""
    first = _item_start(doc, start)
    if first is None:
        return None
    own = doc[start].sent.start
    return doc[first:own] if first < own else None


def item_head(doc: Doc, start: int) -> SpacySpan | None:
    """The label that opens the numbered item holding token ``start``, when it is a
    sentence of its own right before the sentence of ``start`` and tells no action: "1.
    Monday 5 June - Argelia (El Plateado). Troops of the Army clashed with ..." -> "1. Monday
    5 June - Argelia (El Plateado).", whose day and place are the item's (a monitor's weekly
    list files each incident under them)."""
    i = _item_start(doc, start)
    if i is None:
        return None
    head = doc[i].sent
    if head.start != i or len(head) > ITEM_HEAD_TOKENS or doc[start].sent.start != head.end:
        return None  # (the item's later sentences go on its first, as any report's do)
    if any(t.pos_ in {"VERB", "AUX"} for t in head):
        return None  # "3. Gunmen killed two herders near Gao.": an item's own report
    return head


def item_head_mentions(
    head: SpacySpan, spans: Sequence[SpacySpan], lex: Lexicon
) -> tuple[list[DateMention], list[PlaceMention]]:
    """The day and places of a numbered item's label: "1. Monday 5 June - Argelia (El
    Plateado)." -> "Monday 5 June"; "El Plateado", "Argelia" (the bracketed name is the
    more precise). A label without a dash between its day and its place is read as any
    sentence is."""
    doc = head.doc
    first, last = head.start + 2, head.end
    while last > first and doc[last - 1].is_punct and doc[last - 1].text != ")":
        last -= 1
    dash = next((j for j in range(first, last) if doc[j].text in DASHES), None)
    if dash is None or dash == first or dash + 1 >= last:
        return (
            [d for d, _ in dates_in(doc, head.start, head.end, spans)],
            places_in(doc, head.start, head.end, spans, lex),
        )
    day = doc[first:dash]
    dates = (
        [DateMention(text=day.text, span=char_span(doc, first, dash))]
        if WEEKDAYS.search(day.text) or MONTHS.search(day.text)
        else []
    )
    names: list[tuple[int, int]] = []
    opened = next((j for j in range(dash + 1, last) if doc[j].text == "("), None)
    if opened is not None:
        closed = next((j for j in range(opened + 1, last) if doc[j].text == ")"), last)
        names.append((opened + 1, closed))
        names.append((dash + 1, opened))
    else:
        names.append((dash + 1, last))
    places = [
        PlaceMention(text=char_span(doc, a, b).text, span=char_span(doc, a, b), label="GPE",
                     context=ITEM_LABEL)
        for a, b in names
        if b > a and any(t.is_title or t.is_upper for t in doc[a:b])
    ]  # fmt: skip
    return dates, places


def _item_label(doc: Doc, start: int, end: int, lex: Lexicon) -> SpacySpan | None:
    """The place a monitor's list item is filed under: "- Kansafra village (Jabal
    al-Zawiya): In the early afternoon the same forces shelled the village", "- Jasim city:
    Late on Saturday evening, ...", for every sentence of the item's line (the parser may
    cut the label off as a sentence of its own). The label is a name and a settlement word
    ("village", "town", "city") before the colon (a bracketed region may follow it); a label
    without one ("- Health:", "- Opinion:") names no place."""
    if start >= len(doc) or not remember(doc, "list items", lambda: _has_items(doc)):
        return None
    i = _line_start(doc, start)
    if i < 0 or i + 2 >= len(doc) or doc[i].text not in ITEM_MARKS:
        return None
    colon = next(
        (
            j
            for j in range(i + 1, min(len(doc), i + 1 + ITEM_LABEL_TOKENS))
            if doc[j].text in {":", "):"}  # the tokenizer may keep "):" whole
        ),
        None,
    )
    if colon is None or colon >= end:
        return None
    last = colon if doc[colon].text == "):" else colon - 1
    if doc[last].text in {")", "):"}:
        last = next((j for j in range(last, i, -1) if doc[j].text == "("), i) - 1
    if last <= i + 1 or lex.designators.get(doc[last].lower_) != "town":
        return None
    name = doc[i + 1 : last]
    if not any(t.is_title or t.is_upper for t in name):
        return None
    if any(t.is_punct and t.text != "-" for t in name):
        return None
    return doc[i + 1 : last + 1]


def unlabelled_places(doc: Doc, start: int, end: int, lex: Lexicon) -> list[SpacySpan]:
    """A proper name the tagger left unlabelled after a locative preposition ("near Samarra",
    "outside Hit"): a place, unless the lexicons know it as an actor."""
    out = []
    for ent in entities(doc):
        if not (ent.label_ in MISTAGGED_PLACE and start <= ent.start and ent.end <= end):
            continue  # tested first: finding the root of every entity in the doc is not cheap
        tok = ent.root
        preps = LOCATIVE_PREPS - {"at"} if ent.label_ != "ORG" else {"near", "outside", "around"}
        owner = tok.head.head
        if tok.head.dep_ == "conj" and owner.pos_ == "ADP":
            owner = owner.head  # "in and around al-Qaim": the verb or noun the first one hangs on
        if owner.i < tok.head.i and (
            owner.lower_ in LOCAL_AUTHORITIES or owner.lower_ in lex.designators
        ):
            # "Police in Vallejo said", "a police station in Saadiya": the town they serve
            # or stand in, even when the tagger calls it an organisation
            preps = preps | {"in"}
        if owner.i == tok.head.i - 1 and owner.lower_ in INSTALLATIONS:
            preps = preps | {"in", "at"}  # "the plant at Hamam al-Alil": where it stands
        if (owner.lemma_ or "").lower() in SPREAD_VERBS:
            preps = preps | {"to"}  # "the anger spread on Tuesday to Abu al-Khasib"
        if (
            (
                tok.dep_ == "pobj"
                and tok.head.lower_ in preps
                and (owner.pos_ in {"VERB", "NOUN"} or owner.lower_ in lex.designators)
                and actor_class(tok, lex) is None
                and not _a_channel(tok)
            )
            or _landmark_object(tok, lex)
            or _article_name_in(ent, lex)
            or _place_taken(ent, lex)
            or _controlled(tok, lex)
            or _of_an_area(tok, lex)
            or _apposed_settlement(ent, lex)
            or _scene_of(tok, lex)
        ):
            out.append(ent)  # "killed in Tuz Khurmatu", "near Daraa", "St Mary's School in
            # Lombard" (a named school, hospital or camp in a town): mistagged, a town
    for i in between(parsed_as(doc, "PROPN", "pobj"), start, end):
        tok = doc[i]
        if (
            (tok.ent_type_ in {"", "NORP"} or _no_date(tok))
            and _bare_name(tok, lex)
            and (tok.head.lower_ in LOCATIVE_PREPS or _landmark_object(tok, lex))
            and not _a_channel(tok)
        ):
            left = tok.i
            while (
                left - 1 >= start
                and doc[left - 1].pos_ == "PROPN"
                and doc[left - 1].head.i == tok.i
                and doc[left - 1].ent_type_ in {"", "NORP"}
            ):
                left -= 1
            out.append(doc[left : tok.i + 1])
    for i in between(parsed_as(doc, "PROPN", "dobj"), start, end):
        tok = doc[i]
        if (
            tok.ent_type_ == ""
            and (tok.head.lemma_ or "").lower() in STRUCK_VERBS
            and _bare_name(tok, lex)
        ):
            out.append(doc[tok.i : tok.i + 1])  # "the enemy also attacked Odesa with drones"
    return out


def _bare_name(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word the tagger left without a place label that may still name one: not
    an acronym, an actor the lexicons know, a month or a weekday."""
    return (
        tok.text[:1].isupper()
        and not tok.is_upper
        and actor_class(tok, lex) is None
        and not MONTHS.search(tok.text)
        and not WEEKDAYS.search(tok.text)
    )


STRUCK_VERBS = frozenset({"attack", "strike", "shell", "bomb", "bombard", "pound", "target"})
"""Verbs whose untagged proper-noun object is the place struck: "attacked Odesa"."""

SEASONS_AND_FEASTS = frozenset(
    {"ramadan", "eid", "christmas", "easter", "ashura", "nowruz", "newroz", "muharram",
     "arbaeen", "hajj", "diwali", "thanksgiving", "lent", "passover", "hanukkah", "navratri"}
)  # fmt: skip


GROUP_WORDS = frozenset({"group", "gang", "gangs", "faction", "cartel", "militia", "band"})
"""Words before a name that make it a group's ("the criminal group Los Lobos")."""


MEMBER_WORDS = frozenset(
    {
        "member", "members", "corporal", "sergeant", "lieutenant", "captain", "colonel",
        "private", "commander", "commanders", "agent", "agents", "recruit", "recruits",
    }
)  # fmt: skip
"""Words for someone in a body: what follows "of" is the body ("a corporal of Bope")."""


def _a_groups_name(ent: SpacySpan) -> bool:
    """ "inmates of the criminal group Los Lobos attacked the sector of Los Tiguerones", "the
    criminal group of Los Viagras": a name right after a word for a group (or its "of") is the
    group's, whatever village shares it; so is
    the name of what someone is a member or a rank of ("a corporal of Bope was hit"), and a
    military operation's ("the air component of Operation Hadin Kai")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in GROUP_WORDS:
        return True
    if operation_name(ent[-1]):
        return True
    return (
        ent.start > 1
        and doc[ent.start - 1].lower_ == "of"
        # "a corporal of Bope", "the local criminal group of Los Viagras"
        and doc[ent.start - 2].lower_ in MEMBER_WORDS | GROUP_WORDS
    )


def operation_name(tok: Token) -> bool:
    """ "Operation Hadin Kai", "Operation Barkhane": ``tok`` ends the name of a military
    operation, which stands for the forces that conduct it, never for a place."""
    return tok.pos_ == "PROPN" and any(
        t.text == "Operation" for t in tok.doc[tok.left_edge.i : tok.i] if t.dep_ == "compound"
    )


def _a_channel(tok: Token) -> bool:
    """ "claimed the attack through its agency Amaq": what a message goes through is no
    place when it is someone's or a kind of thing (a possessive or a common noun before it)."""
    return tok.head.lower_ == "through" and any(
        c.dep_ in {"poss", "compound"} and c.pos_ in {"PRON", "NOUN"} for c in tok.children
    )


def _no_date(tok: Token) -> bool:
    """A lone proper name the tagger labelled a date that names no time ("In Baniyas, armed
    men went house to house"): not a month, a weekday, a feast or a figure."""
    return (
        tok.ent_type_ == "DATE"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        and tok.is_alpha
        and tok.lower_ not in SEASONS_AND_FEASTS
    )


def _place_taken(ent: SpacySpan, lex: Lexicon) -> bool:
    """ "Houthi units entered al-Hamidiya", "rebels stormed Kafr Nabudah": a proper name the
    tagger took for a person or an organisation, the object of a verb whose object can only
    be a place (not "captured", which takes people as well), unless the lexicons know it as
    an actor."""
    tok = ent.root
    return (
        tok.dep_ == "dobj"
        and (tok.head.lemma_ or "").lower() in PLACE_TAKING
        and all(t.pos_ == "PROPN" or t.text in DASHES for t in ent)
        and actor_class(tok, lex) is None
        and not any(c.lower_ == "into" for c in tok.head.children)  # "entered X into a list"
    )


def _controlled(tok: Token, lex: Lexicon) -> bool:
    """ "The Rapid Support had taken control of Wad Madani": the proper name held under
    someone's control is ground, whatever the tagger called it (a person), unless the
    lexicons know it as an actor."""
    of = tok.head
    return (
        tok.dep_ == "pobj"
        and tok.pos_ == "PROPN"
        and of.lower_ == "of"
        and of.head.lower_ == "control"
        and actor_class(tok, lex) is None
    )


def _article_name_in(ent: SpacySpan, lex: Lexicon) -> bool:
    """ "a judge in al-Mansura", "at el-Geneina": one name with its Arabic article,
    the object of "in" or "at", that the tagger took for an organisation. A place, unless
    the lexicons know it as an actor or a verb of telling governs it ("wrote in al-Hayat")."""
    if ent.label_ != "ORG" or len(ent) != 3:
        return False
    article, dash, name = ent
    tok = ent.root
    return (
        article.lower_ in NAME_PARTICLES
        and article.is_lower
        and dash.text in DASHES
        and name.is_title
        and tok.dep_ == "pobj"
        and tok.head.lower_ in {"in", "at"}
        and (tok.head.head.lemma_ or "").lower() not in IN_A_BODY
        and actor_class(name, lex) is None
        and f"{article.lower_} {name.lower_}" not in lex.actor_classes  # "al-Shabaab"
    )


def _through_particles(name: SpacySpan, end: int) -> SpacySpan:
    """ "Khan al-Asal", "Tell ad-Daman": a name that goes on past a lower-case particle and a
    hyphen to another title-case word (the title-case patterns stop at the particle)."""
    doc, stop = name.doc, name.end
    while (
        stop + 2 < end
        and doc[stop].lower_ in NAME_PARTICLES
        and doc[stop + 1].text in DASHES
        and doc[stop + 2].is_title
    ):
        stop += 3
    return doc[name.start : stop]


def _landmark_object(tok: Token, lex: Lexicon) -> bool:
    """A proper name whose preposition ties it to a direction or a route: "west of Manbij",
    "on the road between al-Hol and Tal Hamis" (the second name by conjunction)."""
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "pobj" or actor_class(tok, lex) is not None:
        return False
    prep, owner = tok.head, tok.head.head
    return (
        (prep.lower_ == "of" and owner.lower_ in COMPASS and owner.i == prep.i - 1)
        or (prep.lower_ == "between" and owner.lower_ in ROUTES)
        or (prep.lower_ == "of" and _side_of_place(owner))
        or (prep.lower_ == "of" and owner.i == prep.i - 1 and _quarters(owner))
    )


def _quarters(owner: Token) -> bool:
    """ "the neighbourhoods of Inkhil al-Gharbi", "the streets of Khartoum": the parts of a
    town, plural or not, whose "of" phrase is that town (the designator patterns know only
    "the neighbourhood of X")."""
    return owner.lower_ in QUARTERS  # not "the living quarters of Colonel X"


def _side_of_place(owner: Token) -> bool:
    """ "the western edge of Aleppo", "the eastern half of the city": a side or rim of a
    place (a rim noun, or a share with a compass adjective)."""
    if owner.lower_ in RIMS:
        return True
    return owner.lower_ in SHARES and any(
        c.dep_ == "amod" and c.lower_ in COMPASS_ADJS for c in owner.children
    )


def _conjoined(name: SpacySpan, end: int, lex: Lexicon) -> list[SpacySpan]:
    """The proper names joined to ``name`` by "and" or a comma ("the villages of Qarmanli,
    Kharab and Tel Ward"), each with the capitalised words before it."""
    doc = name.doc
    out = []
    i = name.end
    while i + 1 < end and doc[i].lower_ in {",", "and"}:
        j = i + 1 if doc[i].lower_ == "and" or doc[i + 1].lower_ != "and" else i + 2
        k = _name_start(doc, j, j) if j < end else j
        stop = k
        while (
            stop < end
            and (doc[stop].is_title or (doc[stop].text == "-" and stop > k))
            and (doc[stop].pos_ == "PROPN" or doc[stop].text == "-")
        ):
            stop += 1
        if stop == k or any(actor_class(t, lex) is not None for t in doc[k:stop]):
            break
        out.append(doc[k:stop])
        i = stop
    return out


def _name_start(doc: Doc, i: int, lower_bound: int) -> int:
    """Where the place name ending at or after token ``i`` starts, taking in the lower-case
    particles the title-case patterns stop at: "al-Taqaddum air base", "Deir ez-Zor", and
    the Persian ezafe: "Mazar-i-Sharif", "Dasht-e-Barchi"."""
    while True:
        if (
            i - 4 >= lower_bound
            and doc[i - 1].text == "-"
            and doc[i - 2].lower_ in EZAFE
            and doc[i - 3].text == "-"
            and doc[i - 4].is_title
        ):
            i -= 4
            continue
        if not (
            i - 2 >= lower_bound
            and doc[i - 1].text == "-"
            and doc[i - 2].lower_ in NAME_PARTICLES
            and doc[i - 2].is_lower
        ):
            return i
        i -= 2
        prev = doc[i - 1] if i - 1 >= lower_bound else None
        if prev is not None and prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start:
            i -= 1  # "Deir ez-": the word the particle joins


def _ezafe_end(doc: Doc, stop: int, end: int) -> int:
    """Where a name ending at ``stop`` ends once it is followed through the Persian ezafe
    ("Mazar" -> "Mazar-i-Sharif", "Pul-e-Khumri"), within ``end``."""
    while (
        stop + 3 < end
        and doc[stop].text == "-"
        and doc[stop + 1].lower_ in EZAFE
        and doc[stop + 2].text == "-"
        and doc[stop + 3].is_title
    ):
        stop += 4
    return stop


def _designator_end(ent: SpacySpan, end: int, lex: Lexicon) -> int | None:
    """The end of the designator that ``ent`` names ("Wadi al-Shay valley", "Parakh tourist
    resort", "al-Taqaddum air base", "Taji military base"): up to two lower-case modifiers may
    come between, and the name must modify the designator. Whose base it is ("an Iraqi army
    base") is the callers' test: the name is no country or nationality."""
    doc = ent.doc
    j = ent.end
    while j < end and j < ent.end + 3:
        tok = doc[j]
        two = f"{tok.lower_} {doc[j + 1].lower_}" if j + 1 < end else ""
        stop = j + 2 if two in lex.designators else j + 1 if tok.lower_ in lex.designators else 0
        if stop:
            if j == ent.end or ent.root.head.i in range(ent.end, stop):
                return stop
            return None
        if not tok.is_lower or tok.pos_ not in {"NOUN", "ADJ"}:
            return None
        j += 1
    return None


def _with_designator(ent: SpacySpan, end: int, lex: Lexicon) -> SpacySpan | None:
    """A place entity with the designator that follows it ("Kirkuk province", "Wadi al-Shay
    valley"), or None when none follows."""
    stop = _designator_end(ent, end, lex)
    return None if stop is None else ent.doc[ent.start : stop]


_HOLDERS_OF_NAMES = AREA_HEADS | {
    "market", "marketplace", "bazaar", "junction", "roundabout", "crossroads"
}  # fmt: skip
"""Nouns whose "of" phrase names a place even when the tagger says a person holds it."""


SETTLEMENTS = frozenset({"village", "town", "hamlet", "locality", "city", "township"})
"""What a name is when the text says so in apposition: ", a village situated on ..."."""


SCENE_HEADS = frozenset(
    {"massacre", "massacres", "siege", "battle", "fall", "liberation", "bombing", "shelling"}
)
"""Incident nouns whose "of" phrase names where it happened: "the massacre of Tchoma Bangou",
"the siege of Mariupol"."""


def _scene_of(tok: Token, lex: Lexicon) -> bool:
    """ "the massacre of Tchoma Bangou, on 2 January 2021": a name the tagger took for an
    organisation or a person, in the "of" phrase of an incident noun, is where it happened,
    unless the lexicons know it as an actor ("the massacre of the Yazidis" names victims)."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in SCENE_HEADS
        and tok.pos_ == "PROPN"
        and actor_class(tok, lex) is None
    )


def _apposed_settlement(ent: SpacySpan, lex: Lexicon) -> bool:
    """ "killed eleven civilians at Ndalya, a village situated on the national road": a name
    the tagger took for an organisation, followed by ", a village" or ", a small town", is
    that place (read on the words: the parser hangs the noun anywhere)."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 4, len(doc))]]
    if len(after) < 3 or after[0] != "," or after[1] not in {"a", "an", "the"}:
        return False
    at = 2 if after[2] in SETTLEMENTS else 3 if len(after) > 3 and after[3] in SETTLEMENTS else 0
    if not at:
        return False
    nxt = ent.end + at + 1
    if nxt < len(doc) and doc[nxt].pos_ in {"NOUN", "PROPN"}:
        return False  # "Ramil Dagsaan, the city police chief": a man the city's office names
    return actor_class(ent.root, lex) is None


def _of_an_area(tok: Token, lex: Lexicon) -> bool:
    """A name the tagger took for a person or an organisation in the "of" phrase of a
    town, village, market or junction: "near the public market of Datu Piang" (a town
    named after a datu), "the town of Sultan Kudarat", "at the junction of Ex-Control
    Afgooye"."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _HOLDERS_OF_NAMES
        and actor_class(tok, lex) is None
    )


def _designated_name(ent: SpacySpan, end: int, lex: Lexicon) -> SpacySpan | None:
    """A proper name the tagger took for an organisation or nationality, followed by a
    designator it modifies ("al-Taqaddum air base", "the Parakh tourist resort"): a place,
    unless the lexicons know a word of it as an actor."""
    if ent.label_ not in MISTAGGED_PLACE | {"NORP"} or not all(
        t.pos_ == "PROPN" or t.text == "-" for t in ent
    ):
        return None
    if any(actor_class(t, lex) is not None for t in ent):
        return None
    stop = _designator_end(ent, end, lex)
    if stop is None or stop == ent.end:
        return None
    return ent.doc[ent.start : stop]


_LOWER_CASED: WeakKeyDictionary[Doc, bool] = WeakKeyDictionary()
"""Per-Doc memo of :func:`_lower_cased`: the test runs once per incident and counts the
letters of the text's head each time. A Doc's text never changes, and the weak keys let
each entry go with its Doc."""


def _lower_cased(doc: Doc) -> bool:
    """Whether the text was lower-cased (some corpora are): then the NER finds few places."""
    known = _LOWER_CASED.get(doc)
    if known is None:
        head = doc_text(doc)[:3000]
        letters = sum(map(str.isalpha, head))
        known = bool(letters) and sum(map(str.isupper, head)) < letters / 200
        _LOWER_CASED[doc] = known
    return known


def _lower_case_places(doc: Doc, start: int, end: int, lex: Lexicon) -> list[SpacySpan]:
    """In lower-cased text, a bare proper name after a locative preposition ("in usulutan",
    "on the outskirts of el paraiso"), for the resolver to check against the gazetteer.
    A common noun never qualifies: the name takes no determiner, number or possessive, is
    tagged a proper noun and governs no "of"/"to" ("in the morning", "in front of", "in
    response to", "at least", "near the market" all fail). Words the tagger leaves
    untagged (X) stay out: on lower-cased dev text they gave places to movements ("to enter
    the neighbourhood in <town>") that then kept an incident's actors apart from it."""
    out = []
    for i in between(parsed_as(doc, "PROPN", "pobj"), start, end):
        tok = doc[i]
        if not tok.is_alpha or tok.is_stop:
            continue
        prep = tok.head
        locative = prep.lower_ in LOWER_LOCATIVE or (
            prep.lower_ == "of" and prep.head.lower_ in AREA_HEADS
        )
        if (
            not locative
            or tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
            or tok.lower_ in lex.designators
            or actor_class(tok, lex) is not None
            or MONTHS.search(tok.text)
            or WEEKDAYS.search(tok.text)
            or any(
                c.dep_ in {"det", "poss", "nummod", "amod"}
                or (c.dep_ == "prep" and c.lower_ in {"of", "to"})
                for c in tok.children
            )
        ):
            continue
        left = tok.i
        while (
            left - 1 >= start
            and doc[left - 1].pos_ == "PROPN"
            and doc[left - 1].head.i == tok.i
            and doc[left - 1].dep_ == "compound"
            and actor_class(doc[left - 1], lex) is None
        ):
            left -= 1
        out.append(doc[left : tok.i + 1])
    return out


def _dateline(doc: Doc, start: int, lex: Lexicon) -> PlaceMention | None:
    """ "DEIR EZ-ZOR, Syria, Feb 9 (Wire) - ...": the wire dateline of a lead sentence."""
    i = start
    while i < len(doc) and i < start + 6 and (doc[i].is_upper or doc[i].text == "-"):
        i += 1
    if i < len(doc) and doc[i].text != ",":
        return _dash_dateline(doc, start, i, lex)
    if (
        i == start
        or i >= len(doc)
        or doc[i].text != ","
        or not any(t.is_alpha for t in doc[start:i])
    ):
        return None
    if not any(t.text in DASHES for t in doc[i : i + 12]):
        return None
    span = char_span(doc, start, i)
    return PlaceMention(text=span.text, span=span, label="GPE", context="dateline")


def _dash_dateline(doc: Doc, start: int, i: int, lex: Lexicon) -> PlaceMention | None:
    """ "YONKERS – A girl was shot": a local-news dateline closed by a dash, with no comma;
    the capitals ``[start, i)`` end at the dash. A hyphen inside a word ("US-led") closes
    none: the dash stands apart, between spaces, and a capitalised word or a number follows.
    A bureau's dateline with the outlet in brackets ("ERBIL (Outlet) - The premier said")
    names where the story was filed, often not where the incident was: left to the
    resolver's article-level reading of the dateline. Capitals naming a building, a body
    or a section ("COUNTY CRIMINAL COURTHOUSE —", "BREAKING -") are no town; a town word
    closing a name is ("TACURONG CITY -")."""
    end = i
    while end > start and doc[end - 1].text == "-":
        end -= 1
    dash = end
    if (
        end == start
        or dash + 1 >= len(doc)
        or doc[dash].text not in DASHES
        or not doc[dash - 1].whitespace_
        or not doc[dash].whitespace_
        or not (doc[dash + 1].is_title or doc[dash + 1].like_num)
        or not any(t.is_alpha and len(t) > 1 for t in doc[start:end])
        or any(
            (t.lower_ in lex.designators and not _city_word(t, start, end, lex))
            or t.lower_ in NO_DATELINE
            or actor_class(t, lex)
            for t in doc[start:end]
        )
    ):
        return None
    span = char_span(doc, start, end)
    return PlaceMention(text=span.text, span=span, label="GPE", context="dateline")


def _city_word(tok: Token, start: int, end: int, lex: Lexicon) -> bool:
    """ "TACURONG CITY -", "QUEZON CITY -": a town word that closes a dateline's name, after
    a name of its own."""
    return tok.i == end - 1 and tok.i > start and lex.designators.get(tok.lower_) == "town"


def _is_modifier(ent: SpacySpan, lex: Lexicon) -> bool:
    """ "US-led", "Iraqi army"-style uses of a place name inside an actor's name."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text == "-":
        return True
    root = ent.root
    if root.dep_ == "compound" and root.head.lower_ not in lex.designators:
        return True  # "the US embassy", "an Iraqi army convoy"
    if root.dep_ == "poss" and root.head.lemma_.lower() in STATE_ATTRIBUTES:
        return True  # "chanting against Tehran's influence": the state, not the city
    if root.dep_ == "poss" and root.head.lower_ in OWNED_GROUPS:
        return True  # "gunmen from Sadr's Saraya al-Salam militia": the group's leader
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in STATE_VERBS:
        return True  # "the armed group that Ankara regards as an offshoot": the state
    return (
        root.dep_ in {"compound", "amod", "nmod", "npadvmod"}
        and actor_class(root.head, lex) is not None
    )


def _ent_covers(tok: Token, last: int) -> bool:
    for ent in entities(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent.end > last
    return False


# -- dates -----------------------------------------------------------------------------
def date_rank(text: str) -> int:
    if WEEKDAYS.search(text):
        return 0
    if MONTHS.search(text):
        return 1
    if PERIOD.search(text):
        return 2
    return 3


TIME_OF_DAY = re.compile(
    r"\b(?:midnight|noon|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b"
)
"""What "shortly before" or "after" may reach instead of an incident: a time of the day."""
BARE_COUNT = re.compile(r"(?:(?:at|to)\s+)?(?:about\s+|around\s+)?(?:2[5-9]|[3-9]\d)")
"""A number past the hours of a day after "at" or "to" ("put the toll at 43"): no time."""


def dates_in(
    doc: Doc, start: int, end: int, spans: Sequence[SpacySpan]
) -> list[tuple[DateMention, int]]:
    """Date expressions in tokens ``[start, end)`` as (mention, token start), most specific
    first."""
    here = list(within(spans, start, end))
    rel = [s for s in here if s.label_ == "DATE_REL"]
    extra = [s for s in here if s.label_ == "DATE_EXTRA"]
    ents = [
        e
        for e in within(entities(doc), start, end)
        if e.label_ in {"DATE", "TIME"} or _mislabelled_date(e)
    ]
    merged: list[SpacySpan] = []
    for e in sorted(ents, key=lambda e: e.start):
        e = _with_day_before(e, start)
        if merged and merged[-1].end == e.start:
            merged[-1] = doc[merged[-1].start : e.end]
        else:
            merged.append(e)
    chosen = filter_spans([*rel, *extra, *merged])
    rel_ids = {(s.start, s.end): s.id_ for s in rel}
    out: list[tuple[DateMention, int, int]] = []
    for s in chosen:
        text_l = s.text.lower()
        if "year-old" in text_l or "year - old" in text_l or "-year" in text_l:
            continue
        if AGE_DECADE.search(text_l):
            continue  # "a shepherd in his fifties": how old someone is, not when
        if text_l.startswith(("age ", "aged ")) or (
            s.start > 0 and doc[s.start - 1].lower_ in {"age", "aged"}
        ):
            continue  # "(age 29 years)": how old someone is, not when
        if s.start > 0 and doc[s.start - 1].lower_ in DURATION_PREFIX:
            continue
        if _appositive_age(s):
            continue  # "the driver, identified as Marvin Orellana, 34, had just stopped"
        if HOURS_LONG.fullmatch(text_l):
            continue  # "the exchange of fire lasted about five hours": how long, not when
        if BARE_COUNT.fullmatch(text_l):
            continue  # "put the toll at 43": a count past the hours of a day, no date
        if _weekly_custom(s):
            continue  # "during Friday prayers", "the Sunday market": a weekday, not a date
        relation = rel_ids.get((s.start, s.end))
        if relation is None:
            for r in rel:
                if (r.start <= s.start and s.end <= r.end) or (
                    s.start <= r.start and r.end <= s.end
                ):
                    relation = r.id_
        if relation == "day_before" and DAY_BEFORE_YESTERDAY.search(text_l):
            relation = None  # two days before the report, not the day before an incident
        if relation in {"before", "after"} and TIME_OF_DAY.search(
            " ".join([text_l, *(t.lower_ for t in doc[s.end : s.end + 2])])
        ):
            relation = None  # "shortly before midnight": a time of the day, no other incident
        b = s.start
        if relation is None and b > start and doc[b - 1].lower_ in DATE_PREPS:
            b -= 1
        span = char_span(doc, b, s.end)
        rank = 5 if relation else date_rank(s.text)
        out.append((DateMention(text=span.text, span=span, relation=relation), rank, s.start))
    out.sort(key=lambda r: (r[1], r[2]))
    return [(m, pos) for m, _, pos in out]


def _appositive_age(span: SpacySpan) -> bool:
    """A bare number set off by commas after a name ("Marvin Orellana, 34,"): the wire
    services' age, which the tagger may call a DATE."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].is_digit
        and len(span[0].text) <= 3
        and span.start > 0
        and doc[span.start - 1].text == ","
        and (span.end >= len(doc) or doc[span.end].text in {",", ")", "."})
    )


DAY_BEFORE_YESTERDAY = re.compile(r"\bday before yesterday\b")
AGE_DECADE = re.compile(
    r"\b(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)


def _with_day_before(ent: SpacySpan, start: int) -> SpacySpan:
    """ "go back to 2 December 2021": the tagger may leave the day out of a month-and-year
    date; a day number right before a month name belongs to it."""
    doc = ent.doc
    b = ent.start
    if (
        b - 1 >= start
        and MONTHS.fullmatch(ent[0].text) is not None
        and doc[b - 1].is_digit
        and 1 <= int(doc[b - 1].text) <= 31
        and doc[b - 1].ent_type_ in {"", "CARDINAL", "DATE"}
    ):
        return doc[b - 1 : ent.end]
    return ent


HOLIDAY_WORDS = frozenset(
    {"christmas", "easter", "ramadan", "eid", "ashura", "arbaeen", "nowruz", "newroz", "diwali"}
)
"""Words of a holiday the tagger calls an EVENT ("on Christmas Eve", "during Eid al-Adha")."""


def _mislabelled_date(ent: SpacySpan) -> bool:
    """ "9 September 2024" tagged an EVENT: a day, a month name and a year are a date; so is
    a holiday ("New Year's Day", "Eid al-Fitr", "Christmas Eve")."""
    if ent.label_ == "EVENT" and (
        ent[-1].lower_ in {"day", "eve"} or any(t.lower_ in HOLIDAY_WORDS for t in ent)
    ):
        return True
    return (
        ent.label_ in {"EVENT", "CARDINAL"}
        and bool(MONTHS.search(ent.text))
        and any(t.like_num for t in ent)
    )


# -- weapons ---------------------------------------------------------------------------
def weapons_in(start: int, end: int, spans: Sequence[SpacySpan]) -> list[SpacySpan]:
    return filter_spans(
        [s for s in spans if s.label_ == "WEAPON" and start <= s.start and s.end <= end]
    )


WEEKLY_CUSTOMS = frozenset({"prayers", "prayer", "sermon", "sermons", "market", "mass", "service"})
"""What a weekday names when it modifies one of these: a custom, not the day it happened."""


CUSTOM_RHYTHMS = frozenset({"weekly", "daily", "monthly"})
"""Words of a custom's rhythm that the tagger may read as a date: "the weekly market"."""


def _weekly_custom(span: SpacySpan) -> bool:
    """ "during Friday prayers", "at the Sunday market", "the weekly market": a lone weekday
    (or "weekly", "daily") modifying the noun of a custom."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAY_NAMES | CUSTOM_RHYTHMS:
        return False
    doc, tok = span.doc, span[0]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is not None and after.lower_ in WEEKLY_CUSTOMS and after.pos_ == "NOUN"
