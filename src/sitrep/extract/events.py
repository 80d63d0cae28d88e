"""The ``sitrep_events`` component: triggers -> incidents (frames) with their arguments.

Per sentence: drop triggers that are not events (``cues``), split the rest into incidents
(a sentence may report two), type each incident (``subtypes``), read its arguments
(``arguments``) and figures (``figures``), then start a new frame or fold the mention into the
frame it repeats (``coref``); a sentence that only goes on about the last incident adds its
place or weapon (``followon``). Whole-article passes then fold title lines into the body's
report, join restatements, drop generic and placeless background mentions and lend places
(``passes``). Writes ``doc._.sitrep_frames`` and ``doc._.sitrep_decisions`` (one Decision
per trigger).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.arguments import actors_of_trigger, claims_and_blame, mentions
from sitrep.extract.coref import (
    MONTHS,
    WEEKDAYS,
    Mention,
    absorb,
    dated_apart,
    find_antecedent,
    inherit,
    is_specific_date,
    subset_figures,
    told_long_before,
    zero_toll,
)
from sitrep.extract.cues import (
    REASONS,
    VERB_POS,
    another_incidents_day,
    armed_damage,
    attackers_described,
    comparison_period,
    future_date,
    harmed_named,
    held_then_killed,
    home_place,
    is_plural_bare,
    more_victims,
    news_it_follows,
    non_event_reason,
    opens_on_earlier,
    place_of_care,
    place_of_escape,
    prevented_blast,
    repeats_target,
    since_when,
    state_of_people,
    victims_again,
    year_of_a_thing,
)
from sitrep.extract.datelines import in_dateline
from sitrep.extract.extensions import doc_text
from sitrep.extract.figures import figures, mark_aggregate, net_of_deaths, score
from sitrep.extract.followon import (
    DAMAGE_KEYS,
    add_follow_on,
    add_property_hit,
    follow_on_target,
    prison_break_host,
    refine_by_weapon,
    series_part,
)
from sitrep.extract.frames import CasualtyLink, Frame
from sitrep.extract.group_cues import (
    after_infinitive_to,
    arrest_perpetrators,
    came_after,
    marks_new,
    names_its_place,
    ordinal_part,
    place_anchor,
    retold_before_an_earlier,
    time_anchor,
    under_timestamp,
)
from sitrep.extract.identified import name_the_victims
from sitrep.extract.lexicon import Lexicon, TriggerSpec
from sitrep.extract.passes import (
    background_dates_first,
    drop_unspecific,
    fold_titles,
    incident_sentence,
    lend_places,
    merge_restatements,
    ordered_places,
    place_background,
)
from sitrep.extract.place_cues import speakers_place
from sitrep.extract.places_dates import (
    YEAR,
    char_span,
    date_rank,
    dates_in,
    entities,
    entities_fixed,
    item_head,
    item_head_mentions,
    item_of,
    item_opening,
    places_in,
    tokens_of,
    weapons_in,
    within,
)
from sitrep.extract.reported import claim_verb, in_claimant, reported_dates
from sitrep.extract.ruler import SPANS_KEY
from sitrep.extract.subtypes import STRATEGIC, resolve_type, specificity
from sitrep.extract.titles import (
    LEAD_TITLE_TOKENS,
    TITLE_TOKENS,
    headed_title,
    headline_verb,
    in_title,
    title_clause_starts,
    title_end,
)
from sitrep.extract.token_scan import between, lowered_in, parsed_as
from sitrep.extract.trigger_words import (
    arrest_raid,
    force_in_trigger,
    operation_antecedent,
    own_dates_first,
    possessive_dates_first,
)
from sitrep.ingest.clean import summary_item, summary_line
from sitrep.model import (
    ActorRole,
    DateMention,
    Decision,
    Quantity,
    Span,
    SubEventType,
    plover_default,
)

__all__ = ["EventBuilder", "make_event_builder"]

logger = logging.getLogger(__name__)

SUPPLY_NOUNS = frozenset(
    {"cap", "caps", "powder", "agent", "agents", "fuse", "fuses", "cord", "cords", "material",
     "materials", "kit", "kits"}
)  # fmt: skip
"""What a blast word describes when it modifies them: the supplies of a bomb, not a blast
("blasting caps", "blasting powder")."""
CASUALTY = frozenset({"kill", "wound", "combined"})
NOT_ACTS = CASUALTY | {"weak"}
"""Trigger kinds that tell a toll or a vague happening, not an act of their own."""
VIOLENT_KINDS = frozenset({"attack", "explosion", "kill", "wound", "combined"})
LOOTING = SubEventType.LOOTING_PROPERTY_DESTRUCTION
INVERSE = {
    "day_after": "day_before",
    "day_before": "day_after",
    "after": "before",
    "before": "after",
    "same_day": "same_day",
}
MAIN_ORDER = ("event", "explosion", "territory", "capture", "protest", "attack")
SERIES_DETS = frozenset({"the", "these", "those"})  # "the strikes" (at times tagged a verb)
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
PAGE_FOOTERS = frozenset(
    {
        "related news",
        "related",
        "related articles",
        "read more",
        "read also",
        "more stories",
        "see also",
        "also read",
        "recommended",
        "more news",
    }
)
BOILERPLATE = frozenset({"tags", "keywords", "related", "topics", "categories"})
NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
SENTENCE_END = (".", "!", "?", '"', "”", "'", "’", ")")
LIST_ITEM_END = (";",)  # "- two militants killed near Kidal;": an item of a communique's list

MAX_SENTENCE_TOKENS = 250
"""Longer sentences are not read for events (see EventComponent.build)."""


BATTLES_TOLD = frozenset({SubEventType.ARMED_CLASH})
"""Battle words a decision may name as what it ends or answers ("the parties to the
clashes")."""
DECISIONS = frozenset(
    {
        SubEventType.OTHER,
        SubEventType.AGREEMENT,
        SubEventType.CHANGE_TO_GROUP_ACTIVITY,
        SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
    }
)
"""Strategic developments decided apart from the violence a sentence also names ("relieved the
commander in the wake of the bombing"); damage or seized weapons are part of it."""
TIME_OF_DAY = re.compile(
    r"^(?:(?:at|in|by|towards?|around)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+"
    r"the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|dawn|dusk|noon|midday|"
    r"mid-day|midnight|hours)$",
    re.IGNORECASE,
)
"""A time of day with no day of its own ("at the end of the afternoon"): it does not date an
incident that "the same day" ties to another."""


@dataclass
class Group:
    """The kept triggers of one incident inside one sentence, and the tokens it spans."""

    start: int
    end: int
    triggers: list[SpacySpan] = field(default_factory=list)
    lead_relation: SpacySpan | None = None
    shared: bool = False  # split from a sentence that reports two incidents
    title: bool = False  # inside the article's lead title (read in headline grammar)
    earlier: bool = False  # an earlier incident, named with its place, that the news follows


PROTEST_FORMS = frozenset(
    {"stand", "stands", "vigil", "vigils", "march", "marches", "rally", "rallies", "gathering",
     "gatherings", "procession", "processions", "sit", "caravan", "convoy"}
)  # fmt: skip
"""Nouns a protest word names the form of ("a protest stand", translated Arabic's "waqfa
ihtijajiya"; "a protest vigil", "a protest march"): the protest itself, not a modifier."""


def _since(mention: DateMention) -> bool:
    return mention.text.lower().startswith("since ")


DAY_WORDS_TOLD = WEEKDAYS | {"today", "yesterday", "tonight"}


def _day_told(mention: DateMention) -> bool:
    """Whether ``mention`` names a day ("this Monday morning", "yesterday", "on 3 May")."""
    words = set(re.findall(r"[a-z]+", mention.text.lower()))
    return bool(words & DAY_WORDS_TOLD) or (
        bool(words & MONTHS) and re.search(r"\b\d{1,2}\b", mention.text) is not None
    )


def _since_of_a_thing(doc: Doc, mention: DateMention, roots: set[int]) -> bool:
    """Whether the "since" of ``mention`` hangs on a word that is neither one of the
    incident's words nor a verb that governs one ("to demand the lifting of the state of
    siege, in force since May 2021"), unlike "protests since the start of the month" or
    "fighting has raged since Monday"."""
    if mention.span is None:
        return False
    since = doc.char_span(mention.span.start, mention.span.start + 5, alignment_mode="expand")
    if since is None:
        return False
    head = since[0].head
    governed = {a.i for r in roots for a in doc[r].ancestors}
    return head.i not in roots and head.i not in governed


def _there(triggers: Sequence[SpacySpan]) -> bool:
    """An incident word whose verb is told "there": at the place named just before."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "there" for t in triggers for c in t.root.children
    )


THAT_TIME = re.compile(r"\s*(?:at that time|at the time|back then|then),", re.IGNORECASE)


def _at_that_time(sent: SpacySpan) -> bool:
    """Whether the sentence opens on "At that time," (or "At the time,", "Back then,")."""
    return THAT_TIME.match(sent.text) is not None


def _anchored(trigger: SpacySpan) -> str | None:
    """Why an incident word names the incident told before rather than the sentence's own:
    it dates the act ("hours after the abduction") or locates it ("close to the place of
    the ambush"); None when it does neither."""
    if time_anchor(trigger):
        return "anchor of a time phrase (the incident told before)"
    if came_after(trigger):
        return "the incident told before, which another is set after"
    if place_anchor(trigger):
        return "the place of an incident told before"
    return None


def _from_the_anchor_on(groups: list[Group], anchor: SpacySpan) -> list[Group]:
    """The groups of a sentence that names an earlier incident after retelling the news
    ("the strikes came in response to the attack of last Sunday in Ankara, when ... one of
    them blew himself up"): from the anchor on, the sentence tells that one incident."""
    at = next((i for i, g in enumerate(groups) if anchor in g.triggers), None)
    if at is None or at == len(groups) - 1:
        return groups
    rest = groups[at:]
    joined = Group(rest[0].start, rest[-1].end, [t for g in rest for t in g.triggers])
    joined.lead_relation = rest[0].lead_relation
    return [*groups[:at], joined]


@dataclass
class Pending:
    """A decision whose event number is known only once frames are merged and dropped."""

    trigger: Span
    kept: bool
    reason: str
    sub: SubEventType | None
    frame: Frame | None = None
    role: str = ""  # "event", "part" or "duplicate"


def _done_in_the_act(burning: SpacySpan, acts: Sequence[SpacySpan]) -> bool:
    """ "attacked the post, where they set fire to it", "stormed the village and torched
    houses": the burning told inside the act's clause by its own doers (no subject of its
    own, or "they"); not "attacked the village, and tribesmen later burned houses"."""
    verb = burning.root
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children):
        return False
    return any(act.root.i != verb.i and verb in act.root.subtree for act in acts)


class EventBuilder:
    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lex = lexicon()
        self._title_stop = 0  # where the lead title of the Doc being built ends (build)

    def __call__(self, doc: Doc) -> Doc:
        with entities_fixed(doc):  # build only reads the Doc: its entities stay as they are
            frames, decisions = self.build(doc)
        self.set_annotations(doc, frames, decisions)
        return doc

    def set_annotations(self, doc: Doc, frames: list[Frame], decisions: list[Decision]) -> None:
        doc._.sitrep_frames = frames
        doc._.sitrep_decisions = decisions

    # -- compute -----------------------------------------------------------------------
    def build(self, doc: Doc) -> tuple[list[Frame], list[Decision]]:
        spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        by_label: dict[str, list[SpacySpan]] = defaultdict(list)
        for s in spans:
            by_label[s.label_].append(s)
        triggers = self._select_triggers(by_label["EV"])
        links = list(doc._.sitrep_casualties or [])
        frames: list[Frame] = []
        pending: list[Pending] = []
        ti = 0
        text = doc_text(doc)
        title_stop = self._title_stop = title_end(doc)
        for sent_index, sent in enumerate(doc.sents):
            if text[sent.start_char : sent.end_char].strip().lower().rstrip(":") in PAGE_FOOTERS:
                for trig in triggers[ti:]:
                    pending.append(
                        Pending(
                            char_span(doc, trig.start, trig.end),
                            False,
                            "page residue (related links)",
                            self.lex.triggers[trig.id_].sub_event_type,
                        )
                    )
                break
            sent_triggers: list[SpacySpan] = []
            while ti < len(triggers) and triggers[ti].start < sent.end:
                if triggers[ti].start >= sent.start:
                    sent_triggers.append(triggers[ti])
                ti += 1
            if not sent_triggers:
                refine_by_weapon(frames, sent, sent_index, spans, self.lex)
                name_the_victims(frames, sent, sent_index, self.lex)  # "were identified as"
                continue
            if len(sent) > MAX_SENTENCE_TOKENS:
                # A "sentence" this long is a table, a list or scraping residue: the
                # argument rules are quadratic in its length and unreliable on it.
                too_long = f"sentence of {len(sent)} tokens is too long to read reliably"
                pending += [
                    Pending(
                        char_span(doc, t.start, t.end),
                        False,
                        too_long,
                        self.lex.triggers[t.id_].sub_event_type,
                    )
                    for t in sent_triggers
                ]
                continue
            title = in_title(sent, title_stop)
            verb = headline_verb(sent) if title else None
            clause = (
                any(t.pos_ in {"VERB", "AUX"} for t in sent)
                or (title and (verb is not None or headed_title(sent, sent_triggers)))
            ) and not (
                sent[0].lower_ in BOILERPLATE and len(sent) > 1 and sent[1].text in {":", "-"}
            )
            kept: list[SpacySpan] = []
            heads = {t.root.i for t in sent_triggers}
            reasons = {
                trig.start: self._trigger_reason(trig, sent_triggers, heads, clause, verb, title)
                for trig in sent_triggers
            }
            live = [t for t in sent_triggers if reasons[t.start] is None]
            anchors, others, retold, earlier = self._anchors(live)
            for trig in sent_triggers:
                reason = reasons[trig.start]
                if reason is None and earlier and trig in retold:
                    # "These attacks come two months after the massacre of Diallassagou":
                    # the acts retell; the earlier incident is the one told here
                    reason = "retelling before an earlier incident named with its place"
                elif (
                    reason is None
                    and trig in anchors
                    and others
                    and not earlier
                    and not names_its_place(trig)
                ):
                    # "These attacks come two days after the abduction of the chief"
                    reason = "anchor of a time phrase (the incident told before)"
                if reason is None:
                    kept.append(trig)
                else:
                    sub_of = self.lex.triggers[trig.id_].sub_event_type
                    pending.append(
                        Pending(char_span(doc, trig.start, trig.end), False, reason, sub_of)
                    )
            if not kept:
                continue
            prev: Frame | None = None
            groups = self._split(doc, sent, kept, spans, title=title)
            if earlier:
                groups = _from_the_anchor_on(groups, anchors[0])
            for group in groups:
                group.title = title
                group.earlier = earlier
                prev = self._group(
                    doc, sent, sent_index, group, prev, spans, links, frames, pending
                )
        fold_titles(frames)
        drop_unspecific(frames)
        merge_restatements(frames, doc._.sitrep_published)
        place_background(frames, doc_text(doc))
        lend_places(frames)
        background_dates_first(frames)
        net_of_deaths(frames, doc, links)
        return self._finish(frames, pending)

    def _anchors(
        self, live: list[SpacySpan]
    ) -> tuple[list[SpacySpan], list[SpacySpan], list[SpacySpan], bool]:
        """A sentence's incidents named after "after", "following" or "in response to"
        (anchors), its other acts, the triggers told before the first anchor, and whether
        those only retell and the anchor, named with its own place, is the incident the
        sentence tells ("These attacks come two months after the massacre of Diallassagou").
        The triggers after the anchor may tell the anchor itself ("... in response to the
        attack of last Sunday in Ankara, when ... one of them blew himself up")."""
        kinds = {t.start: self.lex.triggers[t.id_].kind for t in live}
        acts = [t for t in live if kinds[t.start] not in NOT_ACTS]
        anchors = [t for t in acts if time_anchor(t)]
        others = [t for t in acts if t not in anchors]
        if not anchors:
            return anchors, others, [], False
        retold = [t for t in live if t.start < anchors[0].start and kinds[t.start] not in CASUALTY]
        return anchors, others, retold, bool(retold and retold_before_an_earlier(retold, anchors))

    def _trigger_reason(
        self,
        trig: SpacySpan,
        sent_triggers: list[SpacySpan],
        heads: set[int],
        clause: bool,
        verb: Token | None,
        title: bool,
    ) -> str | None:
        """Why one trigger of a sentence tells no incident, read on the trigger alone."""
        spec = self.lex.triggers[trig.id_]
        if not clause:
            return "no clause (tags or caption)"
        if len(trig) == 1 and trig.root.ent_type_ in NAME_ENTS and trig.root.pos_ == "PROPN":
            return "part of a name"  # the town of Hit, not a strike
        if (
            trig.root.dep_ == "compound"
            and trig.root.head.i not in heads
            and not after_infinitive_to(trig)
            and not (verb is not None and verb.i in {trig.root.i, trig.root.head.i})
            and not (spec.kind == "protest" and trig.root.head.lower_ in PROTEST_FORMS)
        ):
            return "modifier of another noun"  # "bomb squads", "attack claims"
        if state_of_people(trig, spec):
            return "modifier of another noun"  # "the detained men are released"
        if trig.root.dep_ in {"amod", "compound"} and trig.root.head.lower_ in SUPPLY_NOUNS:
            return "modifier of another noun"  # "a backpack containing blasting caps"
        if held_then_killed(trig, spec, sent_triggers, self.lex):
            return "how the victims of a killing were taken"
        if attackers_described(trig):
            return "who the attackers were, not an incident"
        if prevented_blast(trig):
            return "an explosion prevented"
        return non_event_reason(trig, spec.kind, self.lex, headline=title)

    def _select_triggers(self, evs: Sequence[SpacySpan]) -> list[SpacySpan]:
        """Longest match wins; a trigger inside a longer one is dropped."""
        ordered = sorted(evs, key=lambda s: (s.start, -(s.end - s.start)))
        out: list[SpacySpan] = []
        for s in ordered:
            if out and s.start < out[-1].end and s.end <= out[-1].end:
                continue
            out.append(s)
        return out

    # -- splitting a sentence into incidents ---------------------------------------------
    def _split(
        self,
        doc: Doc,
        sent: SpacySpan,
        kept: list[SpacySpan],
        spans: Sequence[SpacySpan],
        *,
        title: bool = False,
    ) -> list[Group]:
        # "Martyrs in militia shelling on Abu Shouk camp.. and the army repels an attack on El
        # Fasher": a title stringing two stories tells two incidents
        bounds: dict[int, SpacySpan | None] = (
            dict.fromkeys(title_clause_starts(sent)) if title else {}
        )
        for s in spans:
            if not (sent.start < s.start < sent.end):
                continue
            if s.label_ == "SPLIT":
                bounds[s.start] = None
            elif (
                s.label_ == "DATE_REL"
                and s.start > sent.start + 2
                and any(s.end <= t.start <= s.end + 5 for t in kept)
            ):
                bounds[s.start] = s
        victims_too = {t.root.i for t in kept if self.lex.triggers[t.id_].kind in CASUALTY}
        for i in between(parsed_as(doc, "VERB", "conj"), sent.start, sent.end):
            tok = doc[i]
            if (
                tok.head.pos_ == "VERB"
                and not more_victims(tok, victims_too)
                and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in tok.children)
            ):
                left = tok.left_edge.i
                if left > sent.start and self._both_sides_located(doc, sent, left):
                    bounds.setdefault(left, None)
        cuts = sorted(
            b for b in bounds if any(t.start < b for t in kept) and any(t.start >= b for t in kept)
        )
        edges = [sent.start, *cuts, sent.end]
        groups: list[Group] = []
        for a, b in pairwise(edges):
            g = Group(a, b, [t for t in kept if a <= t.start < b], bounds.get(a))
            if g.triggers:
                groups.append(g)
            elif groups:
                groups[-1].end = b
        if groups:
            groups[0].start = sent.start
            rel = [
                s
                for s in spans
                if s.label_ == "DATE_REL" and sent.start <= s.start < sent.start + 3
            ]
            if rel and groups[0].lead_relation is None:
                groups[0].lead_relation = rel[0]
        return groups

    @staticmethod
    def _both_sides_located(doc: Doc, sent: SpacySpan, cut: int) -> bool:
        def located(a: int, b: int) -> bool:
            return any(
                e.label_ in {"GPE", "LOC", "FAC"} and a <= e.start < b for e in entities(doc)
            )

        return located(sent.start, cut) and located(cut, sent.end)

    # -- one incident --------------------------------------------------------------------
    def _group(
        self,
        doc: Doc,
        sent: SpacySpan,
        sent_index: int,
        group: Group,
        prev: Frame | None,
        spans: Sequence[SpacySpan],
        links: list[CasualtyLink],
        frames: list[Frame],
        pending: list[Pending],
    ) -> Frame | None:
        lex = self.lex
        anchored = [(t, why) for t in group.triggers if (why := _anchored(t)) is not None]
        anchors = [t for t, _ in anchored]
        acts = [t for t in group.triggers if lex.triggers[t.id_].kind not in NOT_ACTS]
        earlier_named = group.earlier
        if anchors and set(acts) - set(anchors) and not earlier_named:
            # "Hours after the abduction, youths set ablaze two vehicles": the sentence's own
            # incident is the act; "After the bombing ..., officials counted 30 dead" has none
            for t, why in anchored:
                sub_of = lex.triggers[t.id_].sub_event_type
                pending.append(Pending(char_span(doc, t.start, t.end), False, why, sub_of))
            group.triggers = [t for t in group.triggers if t not in anchors]
        specs = [lex.triggers[t.id_] for t in group.triggers]
        pairs = list(zip(group.triggers, specs, strict=True))

        def drop_all(reason: str) -> Frame | None:
            for t, sp in pairs:
                pending.append(
                    Pending(char_span(doc, t.start, t.end), False, reason, sp.sub_event_type)
                )
            return prev

        def duplicates_of(frame: Frame) -> None:
            for t, sp in pairs:
                pending.append(
                    Pending(
                        char_span(doc, t.start, t.end),
                        True,
                        "",
                        sp.sub_event_type,
                        frame,
                        "duplicate",
                    )
                )

        casualty_heads = {t.root.i for t, sp in pairs if sp.kind in CASUALTY}
        roots = {t.root.i for t in group.triggers}
        # "a quadruple shooting" counts those hit on the incident word itself
        my_links = [
            lk
            for lk in links
            if lk.trigger in casualty_heads
            or (lk.hit and lk.trigger in roots)
            or (lk.clause and group.start <= lk.trigger < group.end)
        ]
        seg = [s for s in spans if group.start <= s.start and s.end <= group.end]
        weapons = weapons_in(group.start, group.end, spans)
        main_i = self._main_trigger(specs)
        if main_i is None:
            weak_with_weapon = any(sp.kind == "weak" for sp in specs) and any(
                lex.weapons[w.id_].sub_event_type is not None for w in weapons
            )
            counted = next((i for i, sp in enumerate(specs) if sp.kind in CASUALTY), None)
            if weak_with_weapon:
                main_i = next(i for i, sp in enumerate(specs) if sp.kind == "weak")
            elif my_links and counted is not None:
                # (a count linked to the group's clause with no casualty word of the group's
                # own, "the raid that left two dead" split off, goes on below)
                main_i = counted
            elif (named := harmed_named(pairs, lex)) is not None:
                main_i = named
            elif all(sp.kind == "weak" for sp in specs):
                dated_here = [d for d, _ in dates_in(doc, group.start, group.end, spans)]
                target = follow_on_target(frames, sent_index, dated_here)
                if target is None:
                    main_i = armed_damage(pairs, lex)
                    if main_i is None:
                        return drop_all("weak trigger without an incident")
                else:
                    here = places_in(doc, group.start, group.end, spans, lex)
                    if self._series(group):
                        target = series_part(frames, target, here, group.triggers[0], sent_index)
                    add_follow_on(target, sent, here)
                    add_property_hit(target, group.triggers, lex)
                    target.sent_index = max(target.sent_index, sent_index)
                    duplicates_of(target)
                    return target
            elif (claimed := _claimed_killing(pairs)) is not None:
                # "Islamic State claimed the killing through its Amaq outlet the next day": the
                # killing told before, which the claim names
                main_i = claimed
            else:
                return drop_all("casualty word without a count of people")
        main, main_spec = pairs[main_i]
        actor_pairs = []
        perpetrators: list[tuple[ActorRole, Token]] = []  # dropped if the group is an arrest
        arrester_keys: set[tuple[ActorRole, int]] = set()
        for t, sp in pairs:
            own = actors_of_trigger(t.root, sp.kind, lex) + force_in_trigger(t, lex)
            actor_pairs += own
            if sp.sub_event_type != SubEventType.ARRESTS:
                perpetrators += arrest_perpetrators(own, t, lex.actor_classes)
            else:
                arrester_keys |= {(r, tok.i) for r, tok in own}
        actor_pairs += claims_and_blame(
            doc, [s for s in seg if s.label_ in {"CLAIM", "BLAME"}], lex
        )
        actors = mentions(actor_pairs, lex)
        places = [
            p
            for p in places_in(doc, group.start, group.end, spans, lex)
            if not place_of_care(doc, sent, p)
            and not place_of_escape(doc, p, lex)
            and not home_place(doc, p)
            and not speakers_place(doc, p)  # "A government spokesman in Baghdad said"
        ]
        dated = [
            d
            for d in since_when(doc, [d for d, _ in dates_in(doc, group.start, group.end, spans)])
            if not comparison_period(doc, d)
            and not year_of_a_thing(doc, d)
            and not news_it_follows(doc, d, group.triggers)
            and not another_incidents_day(doc, d, group.triggers)
        ]
        if any(not _since(d) for d in dated) and all(
            sp.kind == "event" and sp.sub_event_type in STRATEGIC for sp in specs
        ):
            # "signed a peace covenant on Monday ..., ending a feud that has claimed 11 lives
            # since 2019": the start of a running count is no day of the deal, the arrest or
            # the dismissal told (a toll or a protest told "since" is itself the running
            # count or the movement: the trend cues read its period)
            dated = [d for d in dated if not _since(d)]
        if any(_day_told(d) for d in dated):
            # "a sit-in this Monday morning to demand the lifting of the state of siege, in
            # force since May 2021": a "since" that dates another thing than the incident
            roots = {t.root.i for t in group.triggers}
            dated = [d for d in dated if not (_since(d) and _since_of_a_thing(doc, d, roots))]
        if dated and all(future_date(d) for d in dated):
            return drop_all(REASONS["plan"])  # "to raise their demands ... the coming week"
        head = item_head(doc, sent.start)
        if head is not None:
            # "2. Tuesday 6 June - Toribio (Tacueyo resguardo). A member of the Indigenous
            # Guard was shot dead ...": the day and place the item is filed under
            head_dates, head_places = item_head_mentions(head, spans, lex)
            dated = dated or head_dates
            places = places or head_places
        elif (
            (not dated or not places)
            and (opening := item_opening(doc, sent.start)) is not None
            and not any(f.item == opening.start_char for f in frames)
        ):
            # "4. Dikwa LGA - On 7 July, troops conducted a clearance operation at Ajiri. A
            # military spokesperson said 12 'terrorists' were 'neutralised'": the first report
            # of the item takes the day and place its opening told
            dated = dated or [d for d, _ in dates_in(doc, opening.start, opening.end, spans)]
            places = places or places_in(doc, opening.start, opening.end, spans, lex)
        if not places and sent.start > 0 and _there(group.triggers):
            # "ISIS remnants remain active in the Wadi al-Shay valley south-west of Daquq. On
            # Wednesday an army patrol was ambushed there": the place the sentence before named
            before = doc[sent.start - 1].sent
            places = places_in(doc, before.start, before.end, spans, lex)
        if not dated and sent.start > 0 and _at_that_time(sent):
            # "The conflict escalated in August of last year. At that time, Fano fighters
            # entered Lalibela": the day the sentence before named
            before = doc[sent.start - 1].sent
            dated = [d for d, _ in dates_in(doc, before.start, before.end, spans)]
        first = group.start <= sent.start  # a later part of the sentence goes with the first
        told = None if places or dated or not first else operation_antecedent(doc, sent)
        if told is None and not places and not dated and first:
            told = self._described_before(doc, sent, group, spans)
        if told is not None:  # "During the operation, ...": the place and day told before
            places = places_in(doc, told.start, told.end, spans, lex)
            dated = [d for d, _ in dates_in(doc, told.start, told.end, spans)]
        if group.shared or any(c.dep_ == "relcl" for t in group.triggers for c in t.root.children):
            # "met today to discuss the aggression that targeted, yesterday, the resort":
            # the date told in the incident's own clause is its date
            dated = own_dates_first(doc, dated, group.triggers)
        dated = possessive_dates_first(doc, dated, group.triggers)
        # "claimed the attack on Sunday": the claim's day and the claimant's name are not the
        # attack's; "said on Saturday that ...": the statement's day, kept for a new incident
        claim_days = reported_dates(doc, dated, group.triggers, say=False)
        dated = [d for d in dated if d not in claim_days]
        said = reported_dates(doc, dated, group.triggers, say=True)
        # "BOGOTA, Sept 18 (Andes Wire) -": the day the story was filed stands in for the
        # incident's only until a sentence tells its own
        said += [d for d in dated if d not in said and _in_dateline(doc, d)]
        claimant_places = in_claimant(doc, places, group.triggers)
        places = [p for p in places if p not in claimant_places]
        sub, typed_by = resolve_type(doc, group.triggers, specs, weapons, actors, sent, lex)
        if sub is None and main_spec.key in DAMAGE_KEYS:
            sub, typed_by = SubEventType.LOOTING_PROPERTY_DESTRUCTION, "event"  # armed_damage
        if sub is None:
            return drop_all("no incident type")
        if sub == SubEventType.ARRESTS and perpetrators:
            # "destroyed by a group of miscreants of which four were arrested": those who did
            # the damage are the arrested side, never the arresting actor1
            drop = {(r, t.i) for r, t in perpetrators} - arrester_keys
            keep = {(r, t.i) for r, t in actor_pairs} - drop
            actors = mentions([(r, t) for r, t in actor_pairs if (r, t.i) in keep], lex)
        host = prison_break_host(frames, group.triggers, specs)
        if host is not None:
            # "recaptured tens of the escapees": the aftermath of the break already reported
            add_follow_on(host, sent, [])
            duplicates_of(host)
            return host
        told_strategic = any(
            sp.kind == "event" and sp.sub_event_type in DECISIONS for _, sp in pairs
        )  # "decided to relieve the commander ... in the wake of the Sunday bombing"
        violent = [
            t
            for t, sp in pairs
            if sp.kind in VIOLENT_KINDS
            # "an agreement for a ceasefire between the two parties to the clashes": the
            # clashes a deal ends, told before
            or (told_strategic and sp.kind == "event" and sp.sub_event_type in BATTLES_TOLD)
        ]
        acts = [t for t, sp in pairs if sp.kind in VIOLENT_KINDS - CASUALTY]
        if (
            sub == LOOTING
            and acts
            and all(
                sp.kind in NOT_ACTS | VIOLENT_KINDS or sp.sub_event_type == LOOTING
                for _, sp in pairs
            )
            and all(_done_in_the_act(t, acts) for t, sp in pairs if sp.sub_event_type == LOOTING)
        ):
            # "attacked the post, where they set fire to the administration": the burning is
            # what the attack did, not an incident of its own (ACLED codes the attack), and
            # the attackers named beside either word are the attack's
            act_specs = [lex.triggers[t.id_] for t in violent]
            retyped, typed_as = resolve_type(doc, violent, act_specs, weapons, actors, sent, lex)
            if retyped is not None and retyped not in STRATEGIC:
                sub, typed_by = retyped, typed_as
                main_i = group.triggers.index(acts[0])
                main, main_spec = pairs[main_i]
        if (
            (sub in STRATEGIC or told_strategic)
            and violent
            and len(violent) < len(pairs)
            and not arrest_raid(sub, violent, my_links)
        ):
            # "dismissed the commander after the attack that killed 11": two incidents.
            rest = [t for t, _ in pairs if t not in violent]
            ended = any(lex.triggers[t.id_].sub_event_type == SubEventType.AGREEMENT for t in rest)
            told_why: str | None = None
            dropped, kept, kept_links = violent, rest, []
            if ended and all(self._definite(t) for t in violent):
                # "an agreement for a ceasefire between the two parties to the clashes": the
                # fighting the deal ends, told before
                told_why = "the fighting an agreement ends (told before)"
            elif sub == SubEventType.ARRESTS and self._arrested_for_told(violent, frames):
                # "arrested one suspect in connection with the attack", "suspected of
                # supporting the cell that carried out the attack": the incident told before
                told_why = "the incident an arrest is for (told before)"
            elif sub == SubEventType.ARRESTS and _seized_to_kill(rest, violent):
                # "soldiers rounded up and burned alive 11 villagers": the seizing is the
                # first step of the killing, no arrest of its own
                told_why = "seized in the act of a killing (part of it)"
                dropped, kept, kept_links = rest, violent, links
            if told_why is not None:
                for t in dropped:
                    pending.append(
                        Pending(
                            char_span(doc, t.start, t.end),
                            False,
                            told_why,
                            lex.triggers[t.id_].sub_event_type,
                        )
                    )
                group.triggers = kept
                return self._group(
                    doc, sent, sent_index, group, prev, spans, kept_links, frames, pending
                )
            prev = self._group(
                doc,
                sent,
                sent_index,
                Group(group.start, group.end, rest, shared=True),
                prev,
                spans,
                [],
                frames,
                pending,
            )
            return self._group(
                doc,
                sent,
                sent_index,
                Group(group.start, group.end, violent, shared=True),
                prev,
                spans,
                links,
                frames,
                pending,
            )
        if sub in STRATEGIC:
            my_links = []
        specific_dates = [
            d
            for d in dated
            if (d.relation is None and is_specific_date(d.text)) or d.relation == "same_day"
        ]  # "shells fell the same day in orchards near Kani Masi": one day, not a habit
        event_heads = [t for t, sp in pairs if sp.kind not in CASUALTY | {"weak"}]
        if (
            event_heads
            and not my_links
            and not specific_dates
            and all(is_plural_bare(t.root, lex) for t in event_heads)
            and not under_timestamp(doc_text(doc), group.triggers[0].start_char)
            and not group.title  # "Clashes erupt in Afrin": a headline's news, not a habit
        ):
            return drop_all("habitual/generic")
        fatal, injured, combined, extra = figures(doc, my_links)
        weapon = self._weapon(weapons, sub)
        m = Mention(
            sub=sub,
            typed_by=typed_by,
            kind=main_spec.kind,
            actors=actors,
            places=places,
            dates=[d for d in dated if d not in said],
            fatalities=fatal,
            injuries=injured,
            combined=combined,
            weapon=weapon[0] if weapon else None,
            weapon_span=weapon[1] if weapon else None,
            evidence=char_span(doc, sent.start, sent.end),
            sent_start=sent.start,
            sent_index=sent_index,
            definite=any(self._definite(t) for t in event_heads)
            or self._definite_attacker(doc, group)
            or repeats_target(event_heads, frames),
            new_marker=marks_new(event_heads, seg)
            or opens_on_earlier(doc, group.start, group.triggers[0].start),
            background=self._background(doc, dated, seg),
            part=ordinal_part(event_heads),
            opens_new=earlier_named
            or (
                any(s.label_ == "SPLIT" and s.start == sent.start for s in seg)
                and not all(self._definite(t) for t in event_heads)
            ),
            extra_killed=extra,
            plural=any(t.root.tag_ == "NNS" for t in event_heads),
            dated_apart=dated_apart(dated, doc._.sitrep_published),
            long_before=told_long_before(_opening_dates(sent, dated, said), doc._.sitrep_published),
            item=item_of(doc, sent.start),
            subsets=subset_figures(
                doc, {"fatalities": fatal, "injuries": injured, "combined_toll": combined}
            ),
            victims_again=victims_again(doc, group.start, group.end),
        )
        antecedent = find_antecedent(frames, m)
        if antecedent is not None:
            absorb(antecedent, m)
            self._relative_dates(doc, antecedent, group, m, frames, prev, anaphoric=True)
            duplicates_of(antecedent)
            return antecedent
        zeros = {lk.trigger for lk in my_links if lk.value == 0}
        if zero_toll(m) and all(t.root.i in zeros for t in group.triggers):
            # "No one was hurt." that no incident before takes: a toll of none tells none
            return drop_all("a toll of none, with no incident to add it to")
        m.dates = dated
        frame = self._new_frame(doc, sent, sent_index, main, m, seg, frames)
        frame.said = said
        frame.lead_title = group.title
        if m.sibling is not None:
            inherit(frame, m.sibling)
        self._relative_dates(doc, frame, group, m, frames, prev, anaphoric=False)
        mark_aggregate(frame, main, main_spec)
        score(frame, typed_by)
        frames.append(frame)
        for i, (t, sp) in enumerate(pairs):
            pending.append(
                Pending(
                    char_span(doc, t.start, t.end),
                    True,
                    "",
                    sp.sub_event_type,
                    frame,
                    "event" if i == main_i else "part",
                )
            )
        return frame

    def _new_frame(
        self,
        doc: Doc,
        sent: SpacySpan,
        sent_index: int,
        main: SpacySpan,
        m: Mention,
        seg: list[SpacySpan],
        frames: list[Frame],
    ) -> Frame:
        plover = plover_default(m.sub)
        frame = Frame(
            index=len(frames),
            sub_event_type=m.sub,
            plover_type=plover[0],
            plover_mode=plover[1],
            trigger=char_span(doc, main.start, main.end),
            trigger_kind=m.typed_by,
            evidence=[m.evidence],
            sentence_starts=[sent.start],
            actors=list(m.actors),
            places=list(m.places),
            dates=list(m.dates),
            fatalities=m.fatalities,
            injuries=m.injuries,
            combined_toll=m.combined,
            weapon=m.weapon,
            weapon_span=m.weapon_span,
            sent_index=sent_index,
        )
        frame.background_cue = m.background
        frame.long_before = m.long_before
        frame.item = m.item
        if m.extra_killed and frame.fatalities is None:
            frame.fatalities = Quantity(value=m.extra_killed, raw=f"{m.extra_killed} (attackers)")
        frame.specificity = {
            k: specificity(q)
            for k, q in (
                ("fatalities", m.fatalities),
                ("injuries", m.injuries),
                ("combined_toll", m.combined),
            )
            if q is not None
        }
        text = sent.text.rstrip()
        # the lead title may run longer than a crosshead ("Deir ez-Zor: an element of the
        # General Security killed in al-Mayadin, and Daesh claims an attack on ...")
        longest = LEAD_TITLE_TOKENS if in_title(sent, self._title_stop) else TITLE_TOKENS
        frame.summary = summary_line(text) or summary_item(doc_text(doc), sent.start_char)
        frame.headline = (
            not text.endswith(SENTENCE_END + LIST_ITEM_END)
            and "\n" in sent.text_with_ws
            and len(sent) <= longest
        ) or frame.summary
        if frame.headline and in_title(sent, self._title_stop):
            cuts = [doc[i].idx for i in title_clause_starts(sent)]
            if cuts:
                at = frame.trigger.start
                frame.clause = (
                    max((c for c in cuts if c <= at), default=sent.start_char),
                    min((c for c in cuts if c > at), default=sent.end_char),
                )
        frame.new_marker = m.new_marker
        frame.definite = m.definite
        return frame

    def _series(self, group: Group) -> bool:
        """ "the strikes", "the raids": a series already reported, now told place by place."""
        return any(
            (self._definite(t) and t.root.tag_ == "NNS")
            or (t.start > 0 and t.doc[t.start - 1].lower_ in SERIES_DETS and t.text.endswith("s"))
            for t in group.triggers
        )

    def _described_before(
        self, doc: Doc, sent: SpacySpan, group: Group, spans: Sequence[SpacySpan]
    ) -> SpacySpan | None:
        """ "On Monday afternoon, angry youths blocked the highway at Yankara junction with
        burning tyres. The protest turned violent when ...": a protest named with "the" and
        no place or day of its own, after a sentence that tells it in words the lexicon has
        no incident word for: that sentence's place and day are its own."""
        first = group.triggers[0]
        if (
            sent.start == 0
            or self.lex.triggers[first.id_].kind != "protest"
            or not self._definite(first)
        ):
            return None  # a crowd's doings are told in many words no lexicon lists
        before = doc[sent.start - 1].sent
        if any(s.label_ == "EV" for s in within(spans, before.start, before.end)):
            return None
        return before

    def _arrested_for_told(self, violent: list[SpacySpan], frames: list[Frame]) -> bool:
        """Whether every violent word beside an arrest names, with "the", an incident of the
        article already told ("arrested in connection with the attack")."""
        told = any(
            f.merged_into is None and f.sub_event_type not in STRATEGIC and not f.headline
            for f in frames
        )
        return told and all(
            self._definite(t) and self.lex.triggers[t.id_].kind not in CASUALTY for t in violent
        )

    def _definite(self, trig: SpacySpan) -> bool:
        head = trig.root
        if head.pos_ in VERB_POS:
            # "The device had been buried in a dirt track and went off under the lead
            # vehicle": the bomb already reported goes off
            node = head
            while node.dep_ == "conj" and node.head is not node:
                node = node.head  # "had been buried ... and went off": the first verb's
            return any(
                c.dep_ in {"nsubj", "nsubjpass"}
                and c.lower_ in TOLD_DEVICES
                and any(
                    d.dep_ == "det" and d.lower_ in self.lex.anaphor_determiners for d in c.children
                )
                for c in node.children
            )
        if head.pos_ not in {"NOUN", "PROPN"}:
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in self.lex.anaphor_determiners)
            or c.dep_ == "poss"
            or c.lower_ == "same"
            for c in head.children
        )

    @staticmethod
    def _background(doc: Doc, dates: list[DateMention], seg: list[SpacySpan]) -> bool:
        """A past incident recalled as context: an earlier year than publication, "last such"."""
        if any(s.label_ == "BACKGROUND" for s in seg):
            return True
        published: date | None = doc._.sitrep_published
        if published is None:
            return False
        for d in dates:
            if d.relation is not None:
                continue
            years = [int(y) for y in YEAR.findall(d.text)]
            if years and max(years) < published.year:
                return True
            low = d.text.lower()
            if "last year" in low or (low.startswith("last ") and MONTH.search(low)):
                return True
        return False

    def _definite_attacker(self, doc: Doc, group: Group) -> bool:
        """ "the bomber", "the attackers", "the gunmen": the attack already described."""
        for i in between(lowered_in(doc, self.lex.attackers), group.start, group.end):
            if any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in doc[i].children):
                return True
        return False

    @staticmethod
    def _main_trigger(specs: list[TriggerSpec]) -> int | None:
        for kind in MAIN_ORDER:
            for i, sp in enumerate(specs):
                if sp.kind == kind:
                    return i
        return None

    # -- weapon ------------------------------------------------------------------------
    def _weapon(self, weapons: list[SpacySpan], sub: SubEventType) -> tuple[str, Span] | None:
        if not weapons:
            return None
        best = weapons[0]
        for w in weapons:
            if self.lex.weapons[w.id_].sub_event_type == sub:
                best = w
                break
        return best.id_, char_span(best.doc, best.start, best.end)

    # -- dates relative to another incident ----------------------------------------------
    def _relative_dates(
        self,
        doc: Doc,
        frame: Frame,
        group: Group,
        m: Mention,
        frames: list[Frame],
        prev: Frame | None,
        *,
        anaphoric: bool,
    ) -> None:
        rel = [d for d in m.dates if d.relation is not None]
        if not rel:
            return
        mention = rel[0]
        relation = mention.relation or "same_day"
        inside = group.lead_relation is not None and group.start != doc[group.start].sent.start
        if inside and prev is not None:
            target, anchor = (prev, frame) if anaphoric else (frame, prev)
            if not anaphoric:
                relation = INVERSE[relation]
        elif anaphoric:
            return
        else:
            earlier = [
                f
                for f in frames
                if f is not frame
                and f.merged_into is None
                and any(d.relation is None for d in f.dates)
            ]
            if not earlier:
                return
            # "The next day, Russian jets ...": the day after the incident the report
            # goes on from, not after the past one it recalled in between ("In February,
            # IS fighters killed 53 people")
            current = [f for f in earlier if not f.background_cue and _told_to_the_day(f)]
            target, anchor = frame, (current or earlier)[-1]
        own = [d for d in target.dates if d.relation is None and not TIME_OF_DAY.match(d.text)]
        if own and (target is not frame or not anaphoric):
            if target is frame:
                target.dates = own
            return
        anchor_dates = [d for d in anchor.dates if d.relation is None]
        if anchor_dates:
            target.dates = [mention.model_copy(update={"relation": relation}), *anchor_dates]

    @staticmethod
    def _finish(frames: list[Frame], pending: list[Pending]) -> tuple[list[Frame], list[Decision]]:
        final = [f for f in frames if f.merged_into is None and f.dropped is None]
        for i, f in enumerate(final):
            f.index = i
            f.places = ordered_places(f.places, incident_sentence(f))
        decisions: list[Decision] = []
        for p in sorted(pending, key=lambda p: p.trigger.start):
            if p.frame is None:
                decisions.append(
                    Decision(kept=False, trigger=p.trigger, reason=p.reason, sub_event_type=p.sub)
                )
                continue
            host, role = p.frame, p.role
            while host.merged_into is not None:
                host, role = host.merged_into, "duplicate"
            if host.dropped is not None:
                decisions.append(
                    Decision(
                        kept=False, trigger=p.trigger, reason=host.dropped, sub_event_type=p.sub
                    )
                )
                continue
            n = host.index + 1
            reason = {"event": f"event {n}", "part": f"part of event {n}"}.get(
                role, f"duplicate mention of event {n}"
            )
            decisions.append(
                Decision(kept=True, trigger=p.trigger, reason=reason, sub_event_type=p.sub)
            )
        return final, decisions


@Language.factory(
    "sitrep_events",
    default_config={"lexicon": {"@misc": "sitrep.lexicon.v2"}},
    assigns=["doc._.sitrep_frames", "doc._.sitrep_decisions"],
    requires=["doc._.sitrep_casualties", "doc.ents", "token.dep", "doc.spans"],
)
def make_event_builder(nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> EventBuilder:
    return EventBuilder(nlp, name, lexicon)


TOLD_DEVICES = frozenset(
    {"device", "bomb", "explosive", "explosives", "charge", "mine", "landmine", "ied"}
)
"""The subject words of a bomb going off that refer back when definite ("the device")."""


def _opening_dates(
    sent: SpacySpan, dated: Sequence[DateMention], said: Sequence[DateMention]
) -> list[DateMention]:
    """The incident's own dates that open its sentence ("On 18 May, a car bomb exploded",
    "In April, RSF fighters stormed the camp"): an incident told as one, not a tally or a
    trend that names a month in passing ("more than 35 were killed in September alone")."""
    return [
        d
        for d in dated
        if d not in said and d.span is not None and d.span.start <= sent.start_char + 2
    ]


def _seized_to_kill(seized: Sequence[SpacySpan], violent: Sequence[SpacySpan]) -> bool:
    """Is each seizing verb joined by "and" to a killing one whose object it shares ("rounded
    up and burned alive 11 villagers", "detained and executed four farmers"; not "were killed
    and his forces captured two pick-up trucks")?"""

    def joined(a: Token, b: Token) -> bool:
        if any(c.dep_ == "dobj" for c in a.children):
            return False  # the seizing has an object of its own
        return (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a)

    return bool(seized) and all(any(joined(s.root, v.root) for v in violent) for s in seized)


def _claimed_killing(pairs: Sequence[tuple[SpacySpan, TriggerSpec]]) -> int | None:
    """The index of a definite casualty word a claim verb takes as its object ("claimed the
    killing"), if any."""
    for i, (t, sp) in enumerate(pairs):
        if sp.kind in CASUALTY and claim_verb(t) is not None and _has_the(t):
            return i
    return None


def _has_the(trigger: SpacySpan) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its"}
               for c in trigger.root.children)  # fmt: skip


def _told_to_the_day(f: Frame) -> bool:
    """Whether a frame's own dates name a day ("On Thursday (10 August)"), which a day
    counted from it ("the next day") needs, not only a month ("In February")."""
    return any(
        d.relation is None
        and (
            date_rank(d.text) == 0 or (date_rank(d.text) == 1 and any(c.isdigit() for c in d.text))
        )
        for d in f.dates
    )


def _in_dateline(doc: Doc, d: DateMention) -> bool:
    found = tokens_of(doc, d)
    return found is not None and in_dateline(found[0])
