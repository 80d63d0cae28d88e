"""Words in an incident's own sentence that make it one incident rather than a generic mention,
where the NER found no place and the text gives no day: a place named in lower case ("in the
idgah area", "near the octroi naka", "in the tribal town of kawant"), a distance from the
dateline ("about 80 km from here"), shots counted as a state force fires them ("police fired
12 rounds"), or one person harmed, named by a definite or counted phrase ("the constable was
stabbed"). A running total ("99 killed in police firing so far") is none of these. Pure
functions over the sentence's text, read by ``passes.drop_unspecific``."""

from __future__ import annotations

import re

__all__ = ["cumulative", "located_in_words", "one_harmed", "state_fired"]

PLACE_HEADS = (
    r"area|locality|village|town|township|city|district|taluka|tehsil|colony|society|chawl|"
    r"road|street|lane|market|bazaar|chowk|naka|crossing|junction|railway station|"
    r"bus station|bus stand|police station|neighbou?rhood|suburb|camp|mosque|temple|church|"
    r"square|bridge|highway|settlement|quarter|compound|outpost|checkpoint|border|"
    r"intersection|avenue|boulevard"
)
"""Heads of a place phrase (singular: "at different places", "in villages" name no one place)."""
FACILITIES = r"railway station|bus stand|bus station|bus depot|police station|octroi naka"
"""One site of its kind in a town: "at the bus stand" names a place as "in the area" does not."""
NOT_ONE_PLACE = (
    r"many|several|some|different|various|all|other|these|those|most|few|both|each|every|"
    r"any|no|such|rural|urban|nearby|sensitive|affected|disturbed|troubled|same|"
    r"the|a|an|this|that|its|their|his|her|our|your|my|whole|entire|surrounding"
)
"""Words that make a place phrase a kind of place or many places, not one."""
_MODIFIER = rf"(?!(?:{NOT_ONE_PLACE})\b)[a-z][\w'-]*"
LOWER_PLACE = re.compile(
    rf"\b(?:in|at|near|from|outside|inside|on)\s+(?:the\s+|a\s+)?"
    rf"(?:{_MODIFIER}\s+){{1,3}}(?:{PLACE_HEADS})\b(?!-)"
    rf"|\b(?:in|at|near|from)\s+(?:the\s+|a\s+)?(?:{_MODIFIER}\s+){{0,2}}"
    rf"(?:{PLACE_HEADS})\s+of\s+[a-z][\w'-]+"
    rf"|\b(?:at|near|outside|inside)\s+the\s+(?:{FACILITIES})\b",
    re.IGNORECASE,
)
"""A place phrase in running text: "in bapunagar area", "near the octroi naka", "in the tribal
town of kawant". One modifier at least (or an "of" name): "in the area" alone is no place."""
DISTANCE = re.compile(
    r"\b\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of|away)\b"
    r"|\b\d+\s+block\s+of\b",
    re.IGNORECASE,
)
"""A distance that places the incident against the dateline ("about 80 km from here"), or a
street address ("at the 2400 block of 9th Street")."""
CUMULATIVE = re.compile(
    r"\b(?:so far|thus far|till now|until now|till date|to date|in all|in total|a total of|"
    r"altogether|the total|total number|since (?:the|last|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|february|march|january)|over the (?:past|last|first)|"
    r"during the (?:past|last|first)|in the (?:past|last|first) \w+ (?:days|weeks|months))\b",
    re.IGNORECASE,
)
"""A running total over days or a campaign ("have so far fired 1,031 rounds", "99 killed since
friday"): a tally of many incidents, not one."""
STATE_FORCE = (
    r"(?:police|policemen|cops|constables?|troops|soldiers|army|jawans|commandos|"
    r"security forces|paramilitary|paramilitaries|gendarmes)"
)
STATE_FIRED = re.compile(
    rf"\b{STATE_FORCE}\s+(?:\w+\s+){{0,2}}?"
    r"(?:opened fire|fired (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a few|"
    r"several|some) (?:rounds|shots|bullets|tear-?gas shells)|lathi-?charged|baton-?charged|"
    r"tear-?gassed|had to (?:open fire|fire|lathi-?charge|baton-?charge|resort to)|"
    r"(?:burst|lobbed|fired) (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a few|"
    r"several|some) tear-?gas shells)\b",
    re.IGNORECASE,
)
"""A state force's use of force told as one act: "police opened fire", "the bhavaninagar
police fired seven rounds", "police had to open fire"."""
HARM_VERBS = (
    r"killed|shot|shot dead|stabbed|hacked|lynched|beaten|beaten up|assaulted|attacked|"
    r"injured|wounded|hurt|burnt|burned|set ablaze|set on fire|abducted|kidnapped|murdered"
)
ONE_HARMED = re.compile(
    r"(?:^|[\s,;:])(?:the|this|that|his|her|their|its|a|an|one)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:was|had been|has been)\s+(?:\w+ly\s+)?$"
    r"|(?:^|[\s,;:])(?:he|she)\s+(?:was|had been|has been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""One person as the subject of a passive verb of harm, just before the trigger: "the constable
was stabbed", "a shopkeeper was shot", "he was badly beaten"."""
HARM_TRIGGER = re.compile(rf"^(?:{HARM_VERBS})\b", re.IGNORECASE)
NOBODY = re.compile(r"\b(?:no one|nobody|none|not|never|no)\b[^,;]*$", re.IGNORECASE)


def cumulative(sentence: str) -> bool:
    """Does the sentence count over a period ("so far", "since friday")?"""
    return bool(CUMULATIVE.search(sentence))


def located_in_words(sentence: str) -> bool:
    """Does the sentence place what it tells in words the NER did not tag as a place?"""
    return bool(LOWER_PLACE.search(sentence) or DISTANCE.search(sentence))


def state_fired(sentence: str, start: int | None = None, end: int | None = None) -> bool:
    """Does the sentence tell a state force's use of force as one act (with ``start``, a
    trigger's offset in the sentence: is that trigger the act)?"""
    return any(
        start is None or m.start() <= start < m.end() for m in STATE_FIRED.finditer(sentence)
    )


def one_harmed(before: str, trigger: str) -> bool:
    """Is the trigger a passive verb of harm whose subject is one person ("the constable was
    stabbed")? ``before`` is the sentence's text up to the trigger."""
    if not HARM_TRIGGER.match(trigger):
        return False
    return bool(ONE_HARMED.search(before)) and not NOBODY.search(before)
