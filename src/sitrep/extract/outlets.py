"""Outlet, agency and byline names, which are never places: the agency in brackets after a
wire dateline ("MOGADISHU (Horn Wire Africa) -"), the outlet in a byline line ("By a staff
reporter, Sahel Wire", "By Wire Africa staff"), the same names wherever else the article
repeats them ("a local official told Sahel Wire") and the article's own outlet
(``Article.outlet``, a site name or a file-name slug such as ``wire-africa``).

One public entry point, :func:`outlet_tokens`: the token ranges of a Doc that name an
outlet, for the place finders to leave alone. Pure functions over a parsed Doc."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sitrep.extract.datelines import TYPED_DASHES
from sitrep.extract.extensions import doc_text
from sitrep.extract.token_scan import lowered_in, orth_is, upper_words

__all__ = ["outlet_tokens", "overlaps_outlet"]

BYLINE_ROLES = frozenset(
    {"staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
     "editor", "editors", "desk", "bureau", "team", "contributor", "stringer"}
)  # fmt: skip
"""Words of a byline that name the writer's role: the capitalised name beside them is the
outlet ("By Wire Africa staff", "By a Sahel Wire correspondent")."""
OUTLET_WORDS = frozenset(
    {"wire", "news", "times", "press", "agency", "post", "herald", "tribune", "radio", "tv",
     "television", "journal", "observer", "daily", "media", "network", "monitor", "gazette",
     "telegraph", "chronicle", "voice", "broadcasting", "newswire", "report", "review",
     "weekly", "express", "insider", "digest", "bulletin", "dispatch", "courier", "mail",
     "service", "services", "online", "today", "magazine",
     "akhbar", "khabar", "khabrain", "nabaa", "anba", "wararka", "echos", "infos", "info"}
)  # fmt: skip
"""Words that make a byline's name an outlet's ("Sahel Wire", "Hawler Times")."""
BYLINE_MAX = 14
"""A byline is a short line: at most this many tokens after "By"."""
EDITION_WORDS = frozenset(
    {"en", "english", "fr", "french", "ar", "arabic", "trans", "trad", "translation", "intl"}
)
"""A slug's closing word naming an edition or a translation, not part of the outlet's name."""
HEAD_LINES = 4
"""The lines of a story's head a dashed dateline may open (the headline, a subhead)."""
_SLUG = re.compile(r"[\W_]+")

_MEMO: WeakKeyDictionary[Doc, tuple[tuple[int, int], ...]] = WeakKeyDictionary()
"""Per-Doc memo of the outlet ranges found without an outlet name (the incident readers ask
once per incident)."""


def outlet_tokens(doc: Doc, outlet: str | None = None) -> tuple[tuple[int, int], ...]:
    """Token ranges ``[start, end)`` of ``doc`` that name an outlet or agency: a wire
    dateline's bracketed agency, the outlet between the dashes of a dateline ("El Fasher -
    Darfur Akhbar -"), a byline's outlet, their repetitions in the text and the article's
    own ``outlet`` name (by default the one `RuleExtractor` set on the Doc) where the text
    spells it out."""
    if outlet is None:
        known = _MEMO.get(doc)
        if known is not None:
            return known
    own = _own_names(outlet if outlet is not None else doc._.sitrep_outlet)
    found = _dateline_agencies(doc) + _dashed_agencies(doc, own) + _byline_outlets(doc)
    names = {_fold(doc[a:b].text) for a, b in found} | own
    found += _repeated(doc, names - {""}, found)
    ranges = tuple(sorted(set(found)))
    if outlet is None:
        _MEMO[doc] = ranges
    return ranges


def overlaps_outlet(start: int, end: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Whether tokens ``[start, end)`` overlap a range of :func:`outlet_tokens`."""
    return any(a < end and start < b for a, b in ranges)


def _fold(text: str) -> str:
    return " ".join(_SLUG.sub(" ", text.casefold()).split())


def _line_start(tok: Token) -> bool:
    doc = tok.doc
    return tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space


def _dateline_agencies(doc: Doc) -> list[tuple[int, int]]:
    """ "MOGADISHU (Horn Wire Africa) -", "BAQUBA, Iraq (AFP) -", "AMMAN, Dec 30 (Wire) -":
    the words in brackets between a line's opening capitals and the dash are the agency."""
    out = []
    for k in upper_words(doc):
        tok = doc[k]
        if not (_line_start(tok) or tok.is_sent_start):
            continue
        for j in range(tok.i + 1, min(tok.i + 10, len(doc))):
            if doc[j].text == "(":
                close = next(
                    (k for k in range(j + 1, min(j + 9, len(doc))) if doc[k].text == ")"), None
                )
                if (
                    close is not None
                    and close > j + 1
                    and close + 1 < len(doc)
                    and doc[close + 1].text in TYPED_DASHES
                ):
                    out.append((j + 1, close))
                break
            if doc[j].is_space or doc[j].text in TYPED_DASHES or doc[j].text in {".", ";"}:
                break
    return out


def _byline_outlets(doc: Doc) -> list[tuple[int, int]]:
    """ "By a staff reporter, Sahel Wire", "By Wire Africa staff", "By Kurdistan24 staff": in
    a short line opened by "By" with no verb, the capitalised names beside a writer's role or
    holding an outlet word."""
    out = []
    for k in orth_is(doc, "By"):
        tok = doc[k]
        if not _line_start(tok):
            continue
        end = tok.i + 1
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        line = doc[tok.i + 1 : end]
        if not len(line) or len(line) > BYLINE_MAX or any(t.pos_ in {"VERB", "AUX"} for t in line):
            continue
        out += _names_in_byline(doc, tok.i + 1, end)
    return out


def _names_in_byline(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The capitalised runs of a byline that are an outlet's name."""
    out = []
    i = start
    while i < end:
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i
        while j < end and _name_word(doc[j]):
            j += 1
        words = {t.lower_ for t in doc[i:j]}
        beside = {doc[k].lower_ for k in (i - 1, j) if start <= k < end}
        if words & OUTLET_WORDS or beside & BYLINE_ROLES:
            out.append((i, j))
        i = j
    return out


def _name_word(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and not tok.is_punct
        and not tok.is_space
        and tok.lower_ not in BYLINE_ROLES
        and tok.lower_ != "by"
    )


def _own_names(outlet: str | None) -> set[str]:
    """The article's outlet as folded words, when it is distinctive enough to look for: two
    words or more ("wire-africa", "Hawler Times") or a word with a digit ("Kurdistan24"); a
    one-word site name might be a place's ("Kirkuk"). A slug's closing edition word goes
    too ("darfur-akhbar-trans", "aa-english"): the text names the outlet without it."""
    own = _fold(outlet or "")
    words = own.split()
    names = {own}
    if len(words) > 1 and words[-1] in EDITION_WORDS:
        names.add(" ".join(words[:-1]))
    return {n for n in names if len(n) >= 3 and (" " in n or any(c.isdigit() for c in n))}


def _dashed_agencies(doc: Doc, own: set[str]) -> list[tuple[int, int]]:
    """ "El Fasher - Darfur Akhbar - The Emergency Room said", "Jowhar Wararka - Mogadishu -":
    a line of the story's head opened by two short runs of capitalised words, each closed by
    a spaced dash (the translated Arabic and Somali dateline); the run that is the outlet's
    name (the article's own, or one holding an outlet word) is the agency. Neither run is
    taken when neither reads as an outlet: "Diyala - Baquba -" is a province and its town."""
    out = []
    for i in _head_line_starts(doc):
        for a, b in _dashed_runs(doc, i):
            words = _fold(doc[a:b].text)
            if words in own or set(words.split()) & OUTLET_WORDS:
                out.append((a, b))
                break
    return out


def _head_line_starts(doc: Doc) -> list[int]:
    """The first tokens of the story's first :data:`HEAD_LINES` lines that hold two spaced
    dashes (read on the text: a token walk would visit every word of the head)."""
    text = doc_text(doc)
    out = []
    pos = 0
    for _ in range(HEAD_LINES):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos : min(end, pos + 160)]
        if pos < end and sum(line.count(f" {d} ") for d in TYPED_DASHES) >= 2:
            span = doc.char_span(pos, pos + 1, alignment_mode="expand")
            if span is not None:
                out.append(span.start)
        pos = end
        if pos >= len(text):
            break
    return out


def _dashed_runs(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The two runs ``[a, b)`` of "Run one - Run two -" opening a line at ``start``, or none:
    each of one to five words, capitalised ("Mazar-i-Sharif" and "Rafidain 24" hold on by
    their hyphen and number), each closed by a dash with a space either side."""
    runs = []
    i = start
    for _ in range(2):
        a = i
        while i < len(doc) and i - a < 8 and _in_run(doc, i, a):
            i += 1
        if i == a or i + 1 >= len(doc) or doc[i].text not in TYPED_DASHES:
            return []
        if not (doc[i - 1].whitespace_ and doc[i].whitespace_):
            return []
        runs.append((a, i))
        i += 1
    return runs


def _in_run(doc: Doc, i: int, a: int) -> bool:
    tok = doc[i]
    if tok.is_space or (tok.is_punct and tok.text not in {"-", "'"}):
        return False
    if i == a:
        return tok.text[:1].isupper() and tok.is_alpha
    if not doc[i - 1].whitespace_:
        return True  # "Mazar-i-Sharif": held to the word before
    return (tok.text[:1].isupper() and tok.is_alpha) or tok.like_num


def _repeated(doc: Doc, names: set[str], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every other stretch of the text spelling one of ``names`` ("told Sahel Wire")."""
    wanted = {tuple(n.split()) for n in names if n}
    if not wanted:
        return []
    longest = max(len(w) for w in wanted)
    firsts = {w[0] for w in wanted}
    out = []
    for k in lowered_in(doc, firsts):  # a first word is one lower-cased word (folded)
        tok = doc[k]
        if not tok.text[:1].isupper():
            continue
        words: list[str] = []
        for k in range(tok.i, min(len(doc), tok.i + 2 * longest)):
            if doc[k].is_space:
                break
            more = _fold(doc[k].text).split()
            words += more
            if len(words) > longest:
                break
            if more and tuple(words) in wanted and (tok.i, k + 1) not in found:
                out.append((tok.i, k + 1))
    return out
