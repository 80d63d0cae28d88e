"""MUC-4 role-filler extraction with sitrep, scored with CEAF-REE (GRIT's metric).

    python bench/muc4.py [--split dev|train|test] [--limit N] [--show 3] [--no-context-org]
                         [--errors FILE]

Maps each sitrep candidate event to MUC-4 role fillers:
  PerpInd  actor1 / claimed_by / blamed mentions naming people ("gunmen", "guerrillas",
           "members of the fmln"); MUC-4's PERP slots take suspected and accused
           perpetrators too. Denied ones ("no group") and "others" are no one. An incident
           with no perpetrator that its own sentences call the work of a kind of armed
           people ("the terrorist attacks", "a guerrilla ambush") gets that word, which
           sitrep reads as what kind of incident (an unidentified armed group).
  PerpOrg  the same mentions naming an organisation (ORG label or a name sitrep's lexicon
           knows), and the organisation inside a band of people ("members of the fmln" ->
           "fmln"). Where an incident's perpetrator is unnamed or only a kind of people
           ("guerrillas", "soldiers"), the armed organisation the article names most often
           (else the state force it names most often), as MUC-4 fills PERP: ORGANIZATION ID
           from the article's context: a document-level inference of this mapping, not of
           sitrep (which codes such an attacker as unidentified).
  Target   actor2 mentions of property and public places (the extractor's target:property,
           target:home and site:public labels), and facilities named as the place attacked; streets,
           neighbourhoods and towns say where (INCIDENT: LOCATION), not what was hit
  Victim   actor2 mentions of people that are names, without the titles and descriptions
           before them ("rede globo journalist carlos marcelo" -> "carlos marcelo"): the
           data's Victim role holds HUM TGT: NAME fills (611 of 614 train entities are
           names); the armed forces fighting a clash are no victims of it
  Weapon   the weapon phrase as written
pooled per document (as GRIT pools incidents), then scores each role two ways, both on
normalised strings (lower case, no punctuation, no a/an/the) with one-to-one matching per
document and role:
  head      the head-noun rule (a prediction matches a gold entity when its head noun, the
            last word before any post-modifier, equals the head noun of one of the entity's
            mentions), the rule of the MUC-era and pattern-based literature;
  ceaf-ree  GRIT's strict rule (the string equals one of the gold entity's mentions).
Prints per-role and micro P/R/F1 for each (--metric picks one). ``--split test`` scores
TST3+TST4 when a ``test.json`` in the same form is present (it is held out of the shared data;
never study it). ``--errors FILE`` writes one JSON line per document: per role, the gold
entities (first mention), the predictions, and under the head-noun rule the missed gold
entities and the spurious predictions, for error analysis. The text is lower-cased in this
corpus, which hurts spaCy's NER; the numbers are reported as they come.
Reference (test split): GRIT 54.50 F1, 1992 best systems about 45 F1.
"""

from __future__ import annotations

import argparse
import json
import re
import string
from collections.abc import Iterable
from pathlib import Path

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.targets import PROPERTY, PROPERTY_LABELS, PUBLIC_SITES
from sitrep.model import (
    ActorRole,
    Article,
    CandidateEvent,
    EventType,
    SubEventType,
    content_hash,
    event_type_of,
)

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "muc4"
ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
PERSON_LABELS = frozenset(
    {
        "generic:civilian",
        "generic:military",
        "generic:police",
        "generic:official",
        "generic:protester",
        "generic:suspect",
        "PERSON",
        "NORP",
    }
)
ORG_WORDS = frozenset(
    {
        "front",
        "movement",
        "party",
        "army",
        "commando",
        "command",
        "organization",
        "brigade",
        "union",
        "cartel",
        "fmln",
        "eln",
        "farc",
        "urng",
        "sendero",
    }
)
LEADING = re.compile(
    r"^((at least|more than|about|some|nearly|over|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|dozens of|a|an|the)\s+)+"
)


def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(" " if ch in string.punctuation else ch for ch in text)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def _clean(text: str) -> str:
    """Drop the counts and determiners sitrep keeps on a mention ("two soldiers" -> "soldiers")."""
    return LEADING.sub("", text.lower()).strip()


# MUC-4's relevance rule (template-doc-part1, "operational definition"): a terrorist incident
# is an attack, bombing, kidnapping, arson or sabotage; clashes between guerrillas and the
# military, and acts aimed only at a military or police force, are not in its database. ACLED
# keeps them (as battles), so they are dropped before mapping, as is everything that is not
# violence (protests, arrests, agreements and the other strategic developments).
MUC_TYPES = frozenset({EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS})
MUC_SUBTYPES = frozenset({SubEventType.LOOTING_PROPERTY_DESTRUCTION})
ARMED_FORCE_LABELS = frozenset({"generic:military", "generic:police"})
UNARMED_LABELS = frozenset({"generic:civilian", "generic:official", "PERSON", *PROPERTY_LABELS})


MILITARY_WORDS = frozenset(
    {"military", "army", "navy", "naval", "police", "battalion", "brigade", "cavalry",
     "garrison", "barracks", "troops", "armed", "guard"}
)  # fmt: skip


def _military(text: str) -> bool:
    """A military thing ("a military vehicle", "the navy headquarters"): no civilian target."""
    return bool(set(normalise(text).split()) & MILITARY_WORDS)


def muc_relevant(event: CandidateEvent) -> bool:
    """Whether ``event`` is a terrorist incident in MUC-4's sense (see MUC_TYPES). A battle
    counts when it also hit people or property that are no armed force ("the guerrillas
    attacked the substation, wounding a soldier"): sitrep merges such an attack into the
    clash it reports. Military things hit ("an army truck") count as an armed force."""
    targets = [a for a in event.actors if a.role == ActorRole.ACTOR2 and not _military(a.text)]
    unarmed = [a for a in targets if a.label not in ARMED_FORCE_LABELS]
    kind = event_type_of(event.sub_event_type)
    if kind == EventType.BATTLES:
        return any(a.label in UNARMED_LABELS for a in targets)
    if kind not in MUC_TYPES and event.sub_event_type not in MUC_SUBTYPES:
        return False
    return not targets or bool(unarmed)


PEOPLE_HEADS = frozenset(
    {
        "members", "member", "guerrillas", "guerrilla", "terrorists", "terrorist", "men", "man",
        "commandos", "commando", "unit", "units", "column", "rebels", "fighters", "militants",
        "gunmen", "assassins", "individuals", "persons", "soldiers", "troops", "officers",
        "squad", "squads", "cell", "cells", "elements", "sympathizers", "hitmen",
    }
)  # fmt: skip
"""Heads that make a perpetrator a person or band of people (PerpInd) even when a named
organisation is part of the phrase ("members of the fmln", "fmln urban commandos")."""
TARGET_LABELS = PROPERTY_LABELS | {"FAC", None}
"""Attacked things: property and public places the extractor labels, facilities, and
unlabelled nouns; an attacked armed group or a place name is neither target nor victim."""
UNDESCRIBED = frozenset({"people", "persons", "person", "others", "victim", "victims", "one"})
"""Victim heads that describe nobody: MUC-4 fills HUM TGT with a name or a description."""


NOBODY = re.compile(r"^(?:no|none|nobody|neither)\b")
"""Perpetrators denied ("no group has claimed it"): MUC-4 fills the slot with no one."""
UNNAMED = frozenset({"others", "other", "one", "some"})
HEDGES = frozenset({"alleged", "presumed", "suspected", "purported", "so", "called"})
"""Words of doubt before an organisation's name, no part of it."""
"""Perpetrator heads that describe nobody."""
TITLE_WORDS = frozenset(
    {
        "former", "retired", "late", "slain", "murdered", "then", "acting", "deputy", "vice",
        "msgr", "monsignor", "father", "mr", "mrs", "dr", "doctor", "attorney", "lawyer",
        "judge", "mayor", "president", "minister", "general", "gen", "colonel", "col", "major",
        "captain", "lieutenant", "commander", "senator", "governor", "congressman", "leader",
        "candidate", "chief", "journalist", "priest", "bishop", "archbishop", "ambassador",
        "consul", "official", "councilman", "secretary", "director", "manager", "businessman",
        "professor", "magistrate", "presidential", "political", "defense", "interior",
        "foreign", "justice", "municipal", "labor", "union", "peasant", "party", "liberal",
        "conservative", "leftist", "rightist", "army", "armed", "forces", "police", "national",
        "jesuit", "catholic", "salvadoran", "colombian", "peruvian", "guatemalan", "honduran",
        "bolivian", "chilean", "ecuadorean", "argentine", "us", "nicaraguan", "division",
        "divison", "high", "court", "supreme",
    }
)  # fmt: skip
"""Titles and descriptions before a victim's name: MUC-4 fills HUM TGT: NAME with the name
alone ("former interior minister general tomas rivas" -> "tomas rivas"),
the title going to the description slot."""


def _name_of(text: str) -> str:
    """A person's name without the titles and descriptions before it (only when a name
    follows them): "fire department director colonel roberto rivera" -> "roberto rivera",
    "peasants victor manuel vasquez" -> "victor manuel vasquez", "the colonel's wife, ana
    ruiz" -> "ana ruiz" (the name after the last title or class word)."""
    words = text.split()
    titled = [
        i
        for i, w in enumerate(words[:-1])
        if normalise(w) in TITLE_WORDS or normalise(w) in KIND_WORDS or w.endswith(",")
    ]
    return " ".join(words[titled[-1] + 1 :]) if titled else text


def _org_names() -> frozenset[str]:
    """The armed organisations sitrep's lexicon names ("fmln", "shining path")."""
    names = {w for w, cls in load_lexicon().actor_classes.items() if cls == "ORG"}
    return frozenset(names - {"cartel", "cartels"})


def named_org(text: str) -> str | None:
    """The armed organisation the text names most often, if any."""
    counts = {n: len(re.findall(rf"\b{re.escape(n)}\b", text.lower())) for n in ORG_NAMES}
    best = max(counts, key=lambda n: (counts[n], len(n)), default=None)
    return best if best is not None and counts[best] else None


FORCES = ("armed forces", "army", "air force", "national police", "navy")


def _named_force(text: str) -> str | None:
    """The state force the text names most often ("the army", "the armed forces")."""
    counts = {f: len(re.findall(rf"\b{f}\b", text.lower())) for f in FORCES}
    best = max(counts, key=lambda f: counts[f])
    return best if counts[best] else None


def _class_words() -> frozenset[str]:
    """The nouns sitrep's lexicon knows as kinds of people ("peasants", "minister")."""
    return frozenset(w for w in load_lexicon().actor_classes if " " not in w)


def _is_name(text: str) -> bool:
    """Whether a victim mention is a person's name ("hector ramos"), not a description
    ("six peasants", "the minister", "his driver"): the data's Victim role holds HUM TGT:
    NAME fills, names only (611 of 614 train entities)."""
    words = normalise(text).split()
    return bool(words) and not (
        words[-1] in KIND_WORDS
        or words[0] in {"his", "her", "their", "its"}
        or (len(words) == 1 and words[0] in ALL_ORG_WORDS)
    )


def _org_words() -> frozenset[str]:
    """Organisation names sitrep's lexicon knows (lower-cased, one- and two-word), beside
    the generic words that make a phrase an organisation's name."""
    names = {w for w, cls in load_lexicon().actor_classes.items() if cls == "ORG"}
    return frozenset(ORG_WORDS | {part for n in names for part in n.split()} - {"al", "state"})


LOCATION_HEADS = frozenset(
    {
        "street", "streets", "avenue", "avenues", "boulevard", "road", "roads", "highway",
        "neighborhood", "neighborhoods", "neighbourhood", "district", "area", "areas", "zone",
        "sector", "square", "park", "quarter", "village", "villages", "town", "towns", "city",
        "department", "province", "municipality", "region", "outskirts",
    }
)  # fmt: skip
"""Heads of places that say where an incident happened (MUC-4's INCIDENT: LOCATION), not
what was hit (PHYS TGT): "first avenue", "the la paz neighborhoods"."""


def _a_location(text: str) -> bool:
    words = normalise(text).split()
    return bool(words) and head_noun(" ".join(words)) in LOCATION_HEADS


def _facility(text: str) -> bool:
    """An attacked thing the NER took for an organisation ("el espectador newspaper", "the
    santa elena church"): its head is one of sitrep's words of property or public places."""
    return head_noun(normalise(text)) in PROPERTY | PUBLIC_SITES


INSTITUTION = re.compile(
    r"^(?:[a-z]+ )?(?:armed forces|air force|army|navy|national guard|national police|"
    r"treasury police|military)$"
)
"""A state force named as an institution ("the armed forces", "the salvadoran air force"):
MUC-4 fills PERP: ORGANIZATION ID with it, not PERP: INDIVIDUAL ID (its men are "soldiers",
"troops")."""


def _perpetrators(text: str, label: str | None) -> list[tuple[str, str]]:
    """(role, filler) pairs of one perpetrator mention: the people as PerpInd, the
    organisation they belong to as PerpOrg."""
    text = re.sub(r"^(?:an? )?(?:unknown |large |small )?number of ", "", text)
    words = text.split()
    if NOBODY.match(text) or head_noun(normalise(text)) in UNNAMED:
        return []
    if INSTITUTION.match(normalise(text)):
        return [("PerpOrg", text)]  # "the salvadoran air force": the force, not its men
    org = label == "ORG" or bool(set(words) & ALL_ORG_WORDS)
    head = head_noun(normalise(text))
    if not org:
        return [("PerpInd", text)]
    if head not in PEOPLE_HEADS:
        return [("PerpOrg", text)]
    if " of " in text:
        return [("PerpInd", text), ("PerpOrg", text.split(" of ", 1)[1])]
    named = [w for w in words if w != head and normalise(w) != head]
    while named and normalise(named[-1]) not in ALL_ORG_WORDS:
        named.pop()  # "fmln urban commandos" -> "fmln": the name, not the kind of unit
    while named and normalise(named[0]) in HEDGES:
        named.pop(0)  # "alleged shining path members" -> "shining path"
    return [("PerpInd", text)] + ([("PerpOrg", " ".join(named))] if named else [])


KIND_OF_INCIDENT = re.compile(
    r"\b(terrorist|guerrilla|rebel)s?\s+(?:attacks?|acts?|actions?|bombings?|ambush(?:es)?"
    r"|raids?|escalation|offensive)\b"
)
"""An incident word modified by a kind of armed people ("the terrorist attacks", "a guerrilla
ambush"): sitrep reads it as what kind of incident, naming nobody (an unidentified armed
group); MUC-4 fills PERP: INDIVIDUAL ID with the word ("terrorist")."""


def _kind_of_attacker(event: CandidateEvent) -> list[str]:
    """The kind of armed people an incident without a named perpetrator is told as the work
    of, in its own sentences ("the terrorist attacks affected the main powerline")."""
    found = (KIND_OF_INCIDENT.search(s.text.lower()) for s in event.evidence)
    return list(dict.fromkeys(m.group(1) for m in found if m is not None))


ALL_ORG_WORDS = _org_words()
ORG_NAMES = _org_names()
KIND_WORDS = _class_words() | UNDESCRIBED
PERP_ROLES = frozenset({ActorRole.ACTOR1, ActorRole.CLAIMED_BY, ActorRole.BLAMED})
"""Who did it, claimed it or is accused of it: MUC-4's PERP slots take suspected and
accused perpetrators too (PERP: CONFIDENCE "SUSPECTED OR ACCUSED", "ACCUSED BY AUTHORITIES")."""
UNNAMED_BANDS = frozenset({"generic:armed", "generic:civilian", "generic:suspect"})
"""Perpetrators described only as a kind of people ("gunmen", "three persons", "suspects")."""


def roles_of(
    events: Iterable[CandidateEvent], *, article: str = "", context_org: bool = True
) -> dict[str, list[str]]:
    """The role fillers of a document's relevant events. An incident whose perpetrators are
    described only as a kind ("guerrillas", "terrorists", "soldiers") is credited to the armed
    organisation (else the state force) the text ``article`` names most often: MUC-4 fills
    PERP: ORGANIZATION ID from the article's context. ``context_org=False`` turns that
    document-level inference off, leaving only the organisations sitrep itself names."""
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    unnamed_band = troops = unclaimed = False
    for ev in events:
        if not muc_relevant(ev):
            continue
        battle = event_type_of(ev.sub_event_type) == EventType.BATTLES
        unnamed_band = unnamed_band or any(
            a.role in PERP_ROLES and a.label in UNNAMED_BANDS for a in ev.actors
        )
        unclaimed = unclaimed or not any(a.role in PERP_ROLES for a in ev.actors)
        troops = troops or any(
            a.role in PERP_ROLES and a.label == "generic:military" for a in ev.actors
        )
        if not any(a.role in PERP_ROLES for a in ev.actors):
            out["PerpInd"] += _kind_of_attacker(ev)
        for a in ev.actors:
            text = _clean(a.text)
            if not text:
                continue
            if a.role in PERP_ROLES and (a.role != ActorRole.BLAMED or a.label is not None):
                for role, filler in _perpetrators(text, a.label):
                    out[role].append(filler)
            elif a.role == ActorRole.ACTOR2:
                if (a.label in TARGET_LABELS or _facility(text)) and not _a_location(text):
                    out["Target"].append(text)
                elif a.label in PERSON_LABELS and head_noun(normalise(text)) not in UNDESCRIBED:
                    if battle and a.label in ARMED_FORCE_LABELS:
                        continue  # a combatant of the clash, not the terror's target
                    if a.label == "NORP" and " " not in normalise(text):
                        continue  # "italians", "americans": a nationality, no name
                    name = _name_of(text)
                    if _is_name(name):
                        out["Victim"].append(name)
        for p in ev.places:
            if p.label == "FAC" and not _a_location(p.text):
                out["Target"].append(_clean(p.text))
        if ev.weapon_span is not None:
            out["Weapon"].append(_clean(ev.weapon_span.text))
    inferred = context_org and not out["PerpOrg"]
    org = named_org(article) if inferred and (unnamed_band or unclaimed) else None
    if org is not None:
        out["PerpOrg"].append(org)
    if context_org and troops and not out["PerpOrg"]:
        force = _named_force(article)
        if force is not None:
            out["PerpOrg"].append(force)
    dedup: dict[str, list[str]] = {}
    for role, texts in out.items():
        seen: dict[str, str] = {}
        for t in texts:
            seen.setdefault(normalise(t), t)
        dedup[role] = [k for k in seen if k]
    return dedup


_POSTMODIFIER = re.compile(r"\s(?:of|from|in|at|on|near|who|which|that|with|by|for|to)\s")


def head_noun(text: str) -> str:
    """The head noun of a normalised phrase: its last word before any post-modifier.

    "members of farabundo marti national liberation front" -> "members";
    "four powerful rockets" -> "rockets"; "cerezo" -> "cerezo".
    """
    words = _POSTMODIFIER.split(f" {text} ", maxsplit=1)[0].split()
    return words[-1] if words else ""


def _max_matching(pred: list[str], gold: list[set[str]]) -> int:
    """Size of the best one-to-one matching (0/1 similarities: maximum bipartite matching)."""
    match_of_gold: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g, mentions in enumerate(gold):
            if pred[p] in mentions and g not in seen:
                seen.add(g)
                if g not in match_of_gold or augment(match_of_gold[g], seen):
                    match_of_gold[g] = p
                    return True
        return False

    return sum(1 for p in range(len(pred)) if augment(p, set()))


def score(
    gold_docs: list[dict[str, object]], preds: dict[str, dict[str, list[str]]], *, metric: str
) -> None:
    """Print per-role and micro P/R/F1 under ``metric``.

    ``ceaf-ree``: a predicted string matches a gold entity when it equals one of its mentions
    (GRIT's strict rule). ``head``: it matches when its head noun equals the head noun of one
    of the entity's mentions (the head-noun rule of the MUC-era and pattern-based literature,
    e.g. "the armed guerrillas" for "guerrillas"). Both match one-to-one per role and document.
    """
    totals = {r: [0, 0, 0] for r in ROLES}  # matched, predicted, gold
    for doc in gold_docs:
        docid = str(doc["docid"])
        extracts = doc["extracts"]
        assert isinstance(extracts, dict)
        for role in ROLES:
            gold = [{normalise(m[0]) for m in entity} for entity in extracts.get(role, [])]
            pred = preds.get(docid, {}).get(role, [])
            if metric == "head":
                gold = [{head_noun(m) for m in mentions} for mentions in gold]
                pred = list(dict.fromkeys(head_noun(p) for p in pred))
            totals[role][0] += _max_matching(pred, gold)
            totals[role][1] += len(pred)
            totals[role][2] += len(gold)

    def prf(m: int, p: int, g: int) -> tuple[float, float, float]:
        pr = m / p if p else 0.0
        rc = m / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"metric: {metric}")
    print(f"{'role':<9}{'P':>8}{'R':>8}{'F1':>8}{'matched':>9}{'pred':>7}{'gold':>7}")
    for role in ROLES:
        m, p, g = totals[role]
        pr, rc, f1 = prf(m, p, g)
        print(f"{role:<9}{100 * pr:8.2f}{100 * rc:8.2f}{100 * f1:8.2f}{m:9d}{p:7d}{g:7d}")
    m, p, g = (sum(totals[r][i] for r in ROLES) for i in range(3))
    pr, rc, f1 = prf(m, p, g)
    print(f"{'micro':<9}{100 * pr:8.2f}{100 * rc:8.2f}{100 * f1:8.2f}{m:9d}{p:7d}{g:7d}")


def error_rows(
    gold_docs: list[dict[str, object]], preds: dict[str, dict[str, list[str]]]
) -> Iterable[dict[str, object]]:
    """One row per document: gold and predicted fillers per role, with the gold entities no
    prediction matched ("missed") and the predictions that matched none ("spurious") under the
    head-noun rule (a greedy approximation of the one-to-one matching, for reading only)."""
    for doc in gold_docs:
        docid = str(doc["docid"])
        extracts = doc["extracts"]
        assert isinstance(extracts, dict)
        row: dict[str, object] = {"docid": docid}
        for role in ROLES:
            entities = [[normalise(m[0]) for m in e] for e in extracts.get(role, [])]
            pred = preds.get(docid, {}).get(role, [])
            free = list(range(len(entities)))
            spurious = []
            for p in pred:
                hit = next(
                    (g for g in free if head_noun(p) in {head_noun(m) for m in entities[g]}),
                    None,
                )
                if hit is None:
                    spurious.append(p)
                else:
                    free.remove(hit)
            row[role] = {
                "gold": [e[0] for e in entities],
                "pred": pred,
                "missed": [entities[g] for g in free],
                "spurious": spurious,
            }
        yield row


def _text(doc: dict[str, object]) -> str:
    return str(doc["doctext"]) or " "


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--split",
        default="dev",
        choices=["dev", "train", "test"],
        help="test: report only, never study (read only where a test.json is present)",
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="print predictions for the first N docs")
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument(
        "--metric",
        choices=["both", "ceaf-ree", "head"],
        default="both",
        help="string rule for a match (default: print both)",
    )
    ap.add_argument(
        "--no-context-org",
        action="store_true",
        help="no PerpOrg from the article's most-named organisation (only sitrep's own actors)",
    )
    ap.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write per-document gold, predicted, missed and spurious fillers as JSONL",
    )
    args = ap.parse_args()
    path = DATA / f"{args.split}.json"
    if not path.exists():
        held_out = (
            " (the test split is held out of the shared data)" if args.split == "test" else ""
        )
        raise SystemExit(f"MUC-4 data not found at {path}{held_out}")
    docs = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    docs = docs[: args.limit] if args.limit else docs
    extractor = RuleExtractor(nlp=load_nlp(args.model))
    articles = [
        Article(id=str(d["docid"]), text=_text(d), content_hash=content_hash(_text(d)))
        for d in docs
    ]
    preds: dict[str, dict[str, list[str]]] = {}
    n_events = 0
    for article, extraction in extractor.pipe(articles):
        events = [c for c in extraction.candidates if not c.background]
        n_events += len(events)
        preds[article.id] = roles_of(
            events, article=article.text, context_org=not args.no_context_org
        )
    for d in docs[: args.show]:
        print(d["docid"], "pred", preds[str(d["docid"])])
        print(d["docid"], "gold", {r: [e[0][0] for e in d["extracts"][r]] for r in ROLES})
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as fh:
            for row in error_rows(docs, preds):
                fh.write(json.dumps(row) + "\n")
    print(f"MUC-4 {args.split}: {len(docs)} documents, {n_events} sitrep events")
    for metric in ("ceaf-ree", "head") if args.metric == "both" else (args.metric,):
        score(docs, preds, metric=metric)


if __name__ == "__main__":
    main()
