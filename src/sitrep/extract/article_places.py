"""Place names across a whole article that the entity labels miss, for the article-level
place mentions (:func:`sitrep.extract.to_candidates.place_mentions`): a proper name after a
locative preposition, a town standing for its institutions or people ("Roselle police", "an
Alexandria man"), a person's home town ("Jane Roe, 41, of Grovetown") and capitalised
datelines ("TORRINGTON --").

Split from :mod:`sitrep.extract.places_dates`, which reads the places of one incident's
segment; this module reads the article once, for the geoparser's view of every toponym.
One public entry point, :func:`article_places`. Pure functions over a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.datelines import TYPED_DASHES
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.outlets import outlet_tokens, overlaps_outlet
from sitrep.extract.places_dates import (
    LEAD_DETS,
    MONTHS,
    NO_DATELINE,
    WEEKDAYS,
    actor_class,
    entities,
    unlabelled_places,
)
from sitrep.extract.token_scan import lowered_in, upper_words

__all__ = ["article_places"]

AUTHORITY_HEADS = frozenset(
    {"police", "sheriff", "mayor", "firefighters", "firefighter", "fire", "council", "department",
     "board", "court", "coroner", "schools", "school", "library", "hospital", "crimestoppers",
     "commissioners", "selectmen", "officials", "residents", "resident", "man", "woman", "men",
     "women", "teen", "teenager", "boy", "girl", "couple", "native", "natives", "voters",
     "mother", "father", "parents", "family", "families", "homeowners", "motorist", "officers",
     "students", "pupils", "businessman", "businesswoman", "grandmother", "grandfather"}
)  # fmt: skip
"""Words a town's name modifies when it stands for the town's institutions or people
("Roselle police", "the Mansfield Police Department", "an Alexandria man")."""
AUTHORITY_PAIRS = frozenset(
    {"city council", "city schools", "city hall", "city police", "city commission",
     "city public", "state university", "state college", "state police", "high school",
     "community college", "public library", "public schools", "public safety"}
)  # fmt: skip
"""Two-word heads whose first word is no part of the town's name ("Athens City Council")."""
_INSTITUTION_KEYS = AUTHORITY_HEADS | {pair.split()[0] for pair in AUTHORITY_PAIRS}
"""The words an institution's name may be found by (the scan's prefilter)."""
GENERIC_MODIFIERS = frozenset(
    {"federal", "national", "state", "local", "military", "traffic", "border", "riot",
     "metropolitan", "municipal", "provincial", "security", "special", "central", "civil",
     "public", "health", "interior", "defence", "defense", "education", "justice", "the",
     "transportation", "development", "western", "eastern", "northern", "southern", "city",
     "county", "district", "supreme", "superior", "appeals", "high", "elementary", "middle",
     "fire", "volunteer", "community", "regional", "general", "memorial", "university",
     "family", "mr", "mrs", "ms", "dr", "st", "saint", "new", "old", "our", "their", "his",
     "senate", "house", "probation", "circuit", "criminal", "international", "lutheran",
     "catholic", "baptist", "methodist", "cathedral", "christian", "united", "american",
     "olympics", "god", "flag", "law", "enforcement", "historical", "administration", "chief",
     "assistant", "deputy", "parish", "holy"}
)  # fmt: skip
"""Capitalised words before an authority head that name no town ("Federal Police")."""
NAME_ENDS = frozenset({",", ".", ";", ":", ")", "who", "was", "is", "and", "has", "had"})
"""What may follow a home town given after a person ("Jane Roe, 41, of Grovetown, said")."""
_OF = frozenset({"of"})


def article_places(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """Place names across the whole article that the entity labels miss, for the
    article-level mentions: a proper name after a locative preposition, a town standing for
    its institutions or people ("Roselle police", "an Alexandria man"), a person's home
    town ("Jane Roe, 41, of Grovetown"), capitalised datelines ("TORRINGTON --"), the town
    or state a public body is named after ("the Gainesville Public Utilities Department",
    "the University of Georgia"), each name in a list of units ("Jackson and Barrow
    counties") and a place entity's name wherever else the article repeats it ("Gainesville
    police", "Oxford's schools"). Outlet and byline names are left out
    (:func:`sitrep.extract.outlets.outlet_tokens`)."""
    sure = _home_towns(doc, lex) + _caps_datelines(doc, lex)  # "Jane Roe, 41, of Grovetown"
    out = list(unlabelled_places(doc, 0, len(doc), lex))
    out += _organisations_in(doc, lex)
    out += sure
    out += _institution_towns(doc, lex)
    out += _named_bodies(doc, lex)
    out += _listed_units(doc, lex)
    out += _named_again(doc, lex, sure)
    outlets = outlet_tokens(doc)
    return [s for s in out if not overlaps_outlet(s.start, s.end, outlets)]


def _town_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a town's name (the tagger often calls a small
    town a person or an organisation, and "Torrington" before "firefighters" a noun)."""
    return (
        (tok.pos_ == "PROPN" or tok.ent_type_ in {"ORG", "GPE", "LOC", "FAC"})
        and (_capitalised(tok) or (tok.is_upper and len(tok) > 2))
        and tok.is_alpha
        and tok.ent_type_ not in {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"}
        and tok.lower_ not in GENERIC_MODIFIERS
        and tok.lower_ not in AUTHORITY_HEADS
        and tok.lower_ not in lex.countries
        and actor_class(tok, lex) is None
        and not MONTHS.fullmatch(tok.text)
        and not WEEKDAYS.fullmatch(tok.text)
    )


def _capitalised(tok: Token) -> bool:
    """A capital then a small letter: "Torrington", and the inner capitals of "McMinn",
    "DeKalb" or "LaGrange", which ``is_title`` refuses."""
    return tok.text[:1].isupper() and tok.text[1:2].islower()


ORG_WORDS = frozenset(
    {"inc", "corp", "co", "company", "party", "club", "group", "association", "society", "bank",
     "church", "school", "university", "college", "hospital", "center", "centre", "foundation",
     "institute", "agency", "ministry", "committee", "union", "league", "news", "times", "post"}
)  # fmt: skip
"""Words that make a capitalised name an organisation's, not a town's."""


def _organisations_in(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """ "an incident in Frankston", "a family at Kentford": a short name the tagger called an
    organisation, governed by "in" or "at", made only of town words."""
    out = []
    for ent in entities(doc):
        if ent.label_ != "ORG" or len(ent) > 3:
            continue
        tok = ent.root
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in {"in", "at"}
            and tok.head.i == ent.start - 1
            and all(_town_word(t, lex) and t.lower_ not in ORG_WORDS for t in ent)
            and not any(t.lower_ in lex.designators for t in ent)
        ):
            out.append(ent)
    return out


def _institution_towns(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """ "Roselle police", "the Byesville Volunteer Fire Department", "Clarke County Board of
    Education", "an Alexandria man": the capitalised name just before an institution or a
    resident noun (and the generic words of the institution's name) is the town; a
    "County" or "Parish" right after the name stays with it."""
    out = []
    for k in lowered_in(doc, _INSTITUTION_KEYS):
        tok = doc[k]
        low = tok.lower_
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if f"{low} {nxt}" not in AUTHORITY_PAIRS and low not in AUTHORITY_HEADS:
            continue
        j = tok.i
        while (
            j - 1 >= 0
            and tok.i - j < 3
            and doc[j - 1].is_title
            and doc[j - 1].lower_ in GENERIC_MODIFIERS | AUTHORITY_HEADS
        ):
            j -= 1
        end = j + 1 if j < tok.i and doc[j].lower_ in {"county", "parish"} else j
        left = j
        while left - 1 >= 0 and left > j - 3 and _town_word(doc[left - 1], lex):
            left -= 1
        if left == j:
            continue
        prev = doc[left - 1] if left > 0 else None
        if (
            prev is not None
            and prev.pos_ == "PROPN"
            and prev.is_title
            and prev.ent_type_ not in {"DATE", "TIME"}
            and prev.lower_ not in GENERIC_MODIFIERS
        ):
            continue  # a longer name we cannot read whole
        out.append(doc[left:end])
    return out


def _home_towns(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """ "Steven Roe of Nelson was driving", "Jane Roe, 41, of Grovetown, said": the
    capitalised name after "of" that follows a person's name or age is a town."""
    out = []
    for k in lowered_in(doc, _OF):
        tok = doc[k]
        if tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        prev = doc[tok.i - 1]
        after_person = prev.ent_type_ == "PERSON" and prev.ent_iob_ in {"B", "I"}
        after_age = (
            prev.text == ","
            and tok.i >= 3
            and doc[tok.i - 2].like_num
            and doc[tok.i - 3].text == ","
        )
        if not (after_person or after_age):
            continue
        right = tok.i + 1
        while right < len(doc) and right < tok.i + 4 and _town_word(doc[right], lex):
            right += 1
        if right == tok.i + 1 or (right < len(doc) and doc[right].lower_ not in NAME_ENDS):
            continue
        out.append(doc[tok.i + 1 : right])
    return out


def _caps_datelines(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """ "TORRINGTON -- A fire destroyed", "MOUNT GILEAD (AP) --", "COLUMBUS, Ohio (AP)",
    "BEIRUT: The body": capital words opening a sentence and closed by a dash, a bracketed
    outlet, a comma and a state before one, or a colon before a capitalised word."""
    out = []
    for k in upper_words(doc):  # the first word must be one (else no words below)
        tok = doc[k]
        if not (tok.i == 0 or tok.is_sent_start or doc[tok.i - 1].text in {".", "!", "?"}):
            continue
        i = tok.i
        while i < len(doc) and i < tok.i + 4 and doc[i].is_upper and doc[i].is_alpha:
            i += 1
        if i == tok.i or i >= len(doc) or not any(len(t) > 2 for t in doc[tok.i : i]):
            continue
        words = doc[tok.i : i]
        if any(
            t.lower_ in NO_DATELINE or t.lower_ in lex.designators or actor_class(t, lex)
            for t in words
        ):
            continue
        closer = doc[i].text
        tail = [t.text for t in doc[i : i + 6]]
        if (
            closer in TYPED_DASHES
            or (closer == "(" and ")" in tail)
            or (closer == "," and any(t in TYPED_DASHES or t == "(" for t in tail[2:]))
            or (closer == ":" and i + 1 < len(doc) and doc[i + 1].is_title)  # "BEIRUT: The"
        ):
            out.append(words)
    return out


BODY_HEADS = frozenset(
    {"commission", "council", "department", "society", "association", "service", "services",
     "board", "bureau", "authority", "office", "utilities", "committee", "chamber", "library",
     "museum", "university", "college", "coalition", "partners", "alliance", "federation",
     "trust", "foundation", "institute", "center", "centre"}
)  # fmt: skip
"""Last words of a public body's name that may open with the town or state it serves
("Texas Forest Service", "Dublin Historical Society", "Manbij Military Council")."""
NAME_SUFFIXES = frozenset(
    {"county", "parish", "city", "hill", "springs", "beach", "falls", "heights", "valley",
     "park", "island", "lake", "creek", "township"}
)  # fmt: skip
"""Second words of a two-word town name ("Rock Hill", "Fulton County")."""
OF_BODIES = frozenset({"university", "college", "state", "city", "county", "town", "diocese"})
"""Heads whose "of" phrase inside an organisation's name is a place ("University of Georgia")."""


def _named_bodies(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """A public body named after its town or state: the organisation's first word, when it is
    a town word and the name ends in a body's head ("the Texas Alcoholic Beverage
    Commission"), with a second word that ends a town's name ("Rock Hill Planning
    Commission"); or the name after "University of". Companies and movements stay out: their
    heads ("Group", "Party", "Forces") are no body's. The article must name the place on its
    own elsewhere (a place entity with the same text): "Joint" or "Planning" never is."""
    named = {e.text.lower() for e in entities(doc) if e.label_ in {"GPE", "LOC"}}
    out = []
    for ent in entities(doc):
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        words = [t for t in ent if t.lower_ not in LEAD_DETS]
        if len(words) < 2:
            continue
        first = words[0]
        if words[-1].lower_ in BODY_HEADS and first.tag_ == "NNP" and _town_word(first, lex):
            stop = first.i + 1
            if stop < ent.end - 1 and doc[stop].lower_ in NAME_SUFFIXES and doc[stop].is_title:
                stop += 1
            if doc[first.i : stop].text.lower() in named:
                out.append(doc[first.i : stop])
            continue
        for tok in words[:-1]:
            if tok.lower_ in OF_BODIES and doc[tok.i + 1].lower_ == "of":
                right = tok.i + 2
                while right < ent.end and right < tok.i + 4 and _town_word(doc[right], lex):
                    right += 1
                if right == ent.end and doc[tok.i + 2 : right].text.lower() in named:
                    out.append(doc[tok.i + 2 : right])
                break
    return out


PLURAL_UNITS = frozenset(
    {"counties", "provinces", "governorates", "districts", "parishes", "townships",
     "municipalities", "boroughs"}
)  # fmt: skip
"""Plural unit nouns a list of names ends in ("Clarke, Madison and Oconee counties")."""
LIST_JOINS = frozenset({",", "and", "or"})


def _listed_units(doc: Doc, lex: Lexicon) -> list[SpacySpan]:
    """ "in Barrow, Jackson and Madison counties": each capitalised name of a list closed by a
    plural unit noun is a unit's name (the tagger often calls them people). The list needs
    a conjunction; each name is one or two town words."""
    out = []
    for k in lowered_in(doc, PLURAL_UNITS):
        tok = doc[k]
        if not tok.is_lower:
            continue
        names: list[SpacySpan] = []
        i = tok.i
        joined = False
        while i > 0:
            left = i
            while left - 1 >= 0 and i - left < 2 and _town_word(doc[left - 1], lex):
                left -= 1
            if left == i:
                break
            names.append(doc[left:i])
            if left - 1 < 0 or doc[left - 1].lower_ not in LIST_JOINS:
                break
            joined = joined or doc[left - 1].lower_ in {"and", "or"}
            i = left - 1
            if i > 0 and doc[i - 1].text == "," and doc[i].lower_ in {"and", "or"}:
                i -= 1  # "Clarke, Madison, and Oconee counties"
        if joined and len(names) > 1:
            out += names
    return out


def _named_again(doc: Doc, lex: Lexicon, found: list[SpacySpan]) -> list[SpacySpan]:
    """One sense per article: a name the tagger labels a place (GPE or LOC) where the
    article uses it as one ("in Gainesville", "across Texas") is a place wherever else the
    article writes it the same way, in a headline ("Alexandria
    parents charged"), as a modifier ("the Gainesville sewer system", "Texas Forest
    Service"), a possessive ("Oxford's schools") or a dateline in capitals ("MANSFIELD --").
    Not where it is part of a longer name: a person's ("Georgia Smith"), or one whose
    capitalised words run on before it ("United Bank Charleston") or, outside an
    organisation's name it opens, after it ("Jordan Valley"). The home towns and datelines
    ``found`` ("Jane Roe, 41, of Grovetown", "TORRINGTON --") count as labelled places;
    the looser readings (a name after "in" the tagger called an organisation) do not, so
    that one misreading is not copied across the article."""
    names: dict[tuple[str, ...], int] = {}
    placed = [e for e in entities(doc) if e.label_ in {"GPE", "LOC"} and _placed(e, lex)]
    # "autopsy results show Verduin": a place label outside a place's use may be a misreading
    for ent in [*placed, *found]:
        if not ent.text[:1].isupper():
            continue
        words = [t for t in ent if t.lower_ not in LEAD_DETS]
        if words and not any(actor_class(t, lex) for t in words):
            names[tuple(t.text.lower() for t in words)] = len(words)
    if not names:
        return []
    covered = {t.i for e in entities(doc) if e.label_ in {"GPE", "LOC", "FAC"} for t in e}
    covered |= {t.i for e in found for t in e}
    firsts = {n[0] for n in names}
    out = []
    for k in lowered_in(doc, firsts):
        tok = doc[k]
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        for name, size in names.items():
            stop = tok.i + size
            if tuple(t.lower_ for t in doc[tok.i : stop]) != name:
                continue
            if _inside_longer_name(doc, tok.i, stop):
                continue
            out.append(doc[tok.i : stop])
            break
    return out


PLACING_PREPS = frozenset(
    {"in", "at", "near", "from", "of", "outside", "across", "around", "into", "throughout",
     "to", "toward", "towards", "between", "inside", "within", "through", "beyond"}
)  # fmt: skip
"""Prepositions whose object, tagged a place, is one beyond doubt ("rain across Texas")."""


def _placed(ent: SpacySpan, lex: Lexicon) -> bool:
    """Whether the article uses a place entity as a place: a country, the object of a
    locative preposition, or a town followed by its state or country ("Macon, Georgia")."""
    if ent.text.lower().removeprefix("the ") in lex.countries:
        return True
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACING_PREPS:
        return True
    doc = ent.doc
    return (
        ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "GPE"
    )


def _inside_longer_name(doc: Doc, start: int, stop: int) -> bool:
    """Whether tokens ``[start, stop)`` are only part of a longer proper name."""
    first = doc[start]
    if any(
        e.label_ == "PERSON"
        and e.start < stop
        and start < e.end
        and (e.start, e.end) != (start, stop)
        for e in entities(doc)
    ):
        return True  # "Georgia Smith"; a lone "Alexandria" the tagger took for a person is not
    prev = doc[start - 1] if start > 0 else None
    if (
        prev is not None
        and prev.text[:1].isupper()
        and prev.is_alpha
        and not prev.is_sent_start
        and prev.lower_ not in LEAD_DETS
        and not prev.is_upper
    ):
        return True  # "United Bank Charleston", "North Charleston"
    nxt = doc[stop] if stop < len(doc) else None
    if nxt is None:
        return False
    opens_org = first.ent_type_ == "ORG" and first.ent_iob_ == "B"
    return (
        nxt.text[:1].isupper()
        and nxt.is_alpha
        and nxt.pos_ == "PROPN"
        and not nxt.is_upper
        and not opens_org
    )
