"""The wire dateline that opens a story ("MOGADISHU, June 12 (Wire) -"): the parser often
takes it for the subject of the first sentence; its words are never an actor."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.token_scan import remember

__all__ = ["DASHES", "TYPED_DASHES", "in_dateline", "past_dateline"]

DASHES = frozenset({"-", "—", "–"})
"""The dashes that close a dateline ("MOGADISHU, June 12 (Wire) - ...")."""
TYPED_DASHES = DASHES | {"--", "---"}
"""The same, with the dashes a keyboard types ("BAQUBA -- Gunmen ...")."""


def _dateline_dash(tok: Token) -> int | None:
    """ "MOGADISHU, June 12 (Wire) - Twenty-six people were killed": the index of the dash
    that closes the wire dateline opening ``tok``'s sentence, or None. The Doc's datelines
    are found once (remembered: the rules ask about every word of a sentence) and are few,
    so ``tok.sent``, which scans for the sentence's bounds, is never asked for."""
    for start, end, dash in remember(tok.doc, "dateline dashes", lambda: _dashes(tok.doc)):
        if start <= tok.i < end:
            return dash
    return None


def _dashes(doc: Doc) -> list[tuple[int, int, int]]:
    """``(start, end, dash)`` for each sentence of ``doc`` that a dateline opens."""
    found = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        start, end = sent.start, sent.end
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        if nxt is not None and len(sent) <= 4 and nxt[0].text == ",":
            end = nxt.end  # "Bunia" | ", 21 October 2024 (Bunia Soir) - ...": split by the parser
        dash = _sentence_dash(doc, start, end)
        if dash is not None:
            found.append((start, end, dash))
    return found


def _sentence_dash(doc: Doc, start: int, end: int) -> int | None:
    """The dash closing a dateline that opens the sentence ``[start, end)``, or None."""
    while start < end and doc[start].is_space:
        start += 1  # the sentence may open on the paragraph's line break
    i = start
    while i < end and i < start + 6 and (doc[i].is_upper or doc[i].text == "-"):
        i += 1
    caps = i > start
    if not caps:
        # "Bunia, 21 October 2024 (Bunia Soir) - Presumed rebels killed": a place in title
        # case opens a dateline only when a date or an agency follows
        while i < end and i < start + 4 and doc[i].is_title and doc[i].pos_ == "PROPN":
            i += 1
    if i == start or i >= end or doc[i].text not in {",", "("}:
        return None
    dated = doc[i].text == "("
    named = caps  # "TAMU, Sagaing Region -": a place and its region, no date
    for j in range(i, min(i + 12, end)):
        cur = doc[j]
        dated = dated or cur.ent_type_ == "DATE" or cur.text == "("
        if cur.text in DASHES and cur.tag_ != "HYPH":
            return j if dated or (named and j > i + 1) else None
        named = named and (cur.text == "," or cur.pos_ == "PROPN")
    return None


def in_dateline(tok: Token) -> bool:
    dash = _dateline_dash(tok)
    return dash is not None and tok.i < dash


def past_dateline(tok: Token) -> Token | None:
    """The parser often makes the dateline the subject and the real subject its apposition:
    the apposition after the dash, or None when ``tok`` is in no dateline."""
    dash = _dateline_dash(tok)
    if dash is None or tok.i >= dash:
        return tok
    for child in tok.subtree:
        if child.i > dash and child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
            return child
    return None
