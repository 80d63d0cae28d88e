"""The wire dateline that opens a story ("MOGADISHU, June 12 (Wire) -"): the parser often
takes it for the subject of the first sentence; its words are never an actor."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["in_dateline", "past_dateline"]


def _dateline_dash(tok: Token) -> int | None:
    """ "MOGADISHU, June 12 (Wire) - Twenty-six people were killed": the index of the dash
    that closes the wire dateline opening ``tok``'s sentence, or None."""
    sent = tok.sent
    i = sent.start
    while i < sent.end and i < sent.start + 6 and (tok.doc[i].is_upper or tok.doc[i].text == "-"):
        i += 1
    if i == sent.start or i >= sent.end or tok.doc[i].text not in {",", "("}:
        return None
    dated = tok.doc[i].text == "("
    for j in range(i, min(i + 12, sent.end)):
        cur = tok.doc[j]
        dated = dated or cur.ent_type_ == "DATE" or cur.text == "("
        if cur.text in {"-", "—", "–"} and cur.tag_ != "HYPH":
            return j if dated else None
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
