"""The resolve stage: (Article, Extraction) -> one Event per CandidateEvent.

Each event carries exactly one Source (this article's account) with the evidence
spans of every argument, its own date/place/toll fields and per-field
confidence. Notes record what an analyst should know: background incidents,
toll qualifiers, blame without a claim, combined tolls, date and place caveats.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import date

from sitrep.ingest.clean import summary_line
from sitrep.model import (
    STANDS_FOR_PEOPLE,
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    DateMention,
    Event,
    EventType,
    Evidence,
    Extraction,
    GeoPrecision,
    InterCode,
    PlaceMention,
    Source,
    Span,
    SubEventType,
    TimePrecision,
    normalise_text,
    stable_id,
)
from sitrep.resolve.actors import ActorDictionary, ActorMatch
from sitrep.resolve.affiliation import affiliated_group
from sitrep.resolve.aircraft import aircraft_owner, is_bare_aircraft, is_bare_drone
from sitrep.resolve.claims import article_claims, claims_for, disowned
from sitrep.resolve.crowds import intervening_force
from sitrep.resolve.dates import (
    DateResult,
    find_date_expressions,
    parse_date_expression,
    reporting_context,
    resolve_date,
)
from sitrep.resolve.enemies import adversary_of, article_enemy, names_the_enemy
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import ArticleContext, Landmark, PlaceResolver, PlaceResult
from sitrep.resolve.plausibility import PlausibilityLimits, check_figures

__all__ = ["Resolver", "article_days", "event_date"]

log = logging.getLogger(__name__)

_TODAY = re.compile(r"\b(today|this morning|this afternoon|this evening|tonight)\b", re.I)
_VIOLENT = {
    EventType.BATTLES,
    EventType.EXPLOSIONS_REMOTE_VIOLENCE,
    EventType.VIOLENCE_AGAINST_CIVILIANS,
}


class Resolver:
    """Resolves dates, places and actors of candidate events; no state between calls."""

    def __init__(
        self,
        *,
        gazetteer: Gazetteer,
        actors: ActorDictionary,
        landmarks: Sequence[Landmark] | None = None,
        limits: PlausibilityLimits | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.actors = actors
        self.limits = limits or PlausibilityLimits()
        self.places = PlaceResolver(gazetteer, landmarks=landmarks)

    def resolve(self, article: Article, extraction: Extraction) -> list[Event]:
        """One Event (with one Source) per candidate, in the candidates' order."""
        if not extraction.candidates:  # most of a wire stream: no article context to read
            return []
        mentions = list(extraction.place_mentions) or [
            p for c in extraction.candidates for p in c.places
        ]
        context = self.places.article_context(mentions, text=article.text)
        days = article_days(article)
        subjects = _Subjects(self.actors, extraction)
        claims = article_claims(extraction.candidates)
        enemy = article_enemy(article.text, self.actors.demonyms)
        return [
            self._event(
                article, extraction, c, context, days, subjects=subjects, claims=claims, enemy=enemy
            )
            for c in extraction.candidates
        ]

    # -- one candidate ---------------------------------------------------------

    def _event(
        self,
        article: Article,
        extraction: Extraction,
        candidate: CandidateEvent,
        context: ArticleContext,
        days: Sequence[DateMention] = (),
        *,
        subjects: _Subjects | None = None,
        claims: Mapping[EventType, Sequence[str]] | None = None,
        enemy: str | None = None,
    ) -> Event:
        notes: list[str] = []
        if candidate.background:
            published = article.published.isoformat() if article.published else "unknown date"
            notes.append(f"Background: recalled in an article of {published}")
        focus = context.focus
        place = self.places.resolve(_not_actors(candidate, self.places), context=context)
        if (place.geo_precision is None or place.country is None) and focus:
            place = self._country_only(focus[0], place)
        if place.geo_precision == GeoPrecision.REGION and place.admin1 is None:
            place = self.places.the_town(place, (e.text for e in candidate.evidence), context)
        notes.extend(place.notes)
        country = place.country
        when = event_date(article, candidate, days)
        notes.extend(when.notes)
        on = when.date or article.published
        subjects = subjects or _Subjects(self.actors, extraction)
        subject = subjects.get(country=country, on=on)

        resolved: dict[ActorRole, list[tuple[ActorMention, ActorMatch | None]]] = {}
        for mention in candidate.actors:
            found = self._actor(mention, country=country, on=on, subject=subject)
            found = self._affiliated(mention, found, article.text, country, on) or found
            theirs = self._enemy(mention, found, enemy, country, on)
            if theirs is not None:
                found = theirs
                notes.append(f"{mention.role.value}: {mention.text!r} is the article's enemy"
                             + (f", {theirs.home}" if theirs.home else ""))  # fmt: skip
            owned = self._aircraft(mention, found, article.text[: candidate.trigger.start], on)
            if owned is not None:
                found = owned
                notes.append(f"{mention.role.value}: {mention.text!r} flies for {owned.home}, "
                             "as the article said earlier")  # fmt: skip
            if (
                mention.role is ActorRole.ACTOR1
                and found is not None
                and found.how not in {"generic", "default"}
                and disowned(candidate, mention)
            ):
                notes.append(f"actor1: {mention.text!r} is named about something else; "
                             "the incident's perpetrator is unknown")  # fmt: skip
                continue
            resolved.setdefault(mention.role, []).append((mention, found))
            if found is None:
                notes.append(f"{mention.role.value}: {mention.text!r} not in the actor dictionary")

        claimed = _first(resolved.get(ActorRole.CLAIMED_BY, []))
        attackers = resolved.get(ActorRole.ACTOR1, [])
        if candidate.event_type in _VIOLENT and attackers:
            # "a woman threw a hand grenade at the patrol", "unknown people from a passing car
            # opened fire": who attacks is armed, never the civilians of the country; "residents
            # buried their dead after gunmen invaded": the gunmen
            armed = [(m, f) for m, f in attackers if not _civilians(f)]
            if len(armed) < len(attackers):
                notes.append("actor1: civilians who attack are coded as an armed group")
            attackers = armed
        actor1 = _first(attackers)
        blamed = [m for m in (f for _, f in resolved.get(ActorRole.BLAMED, [])) if m is not None]
        if claimed is None and blamed and (actor1 is None or _unidentified(actor1)):
            # "the ELN claimed the truck bomb" in the lede; "blew up ... the minister blamed
            # the ELN" in the account: the blamed group is the claimant
            others = claims_for(candidate, claims or {})
            found_claims = [self.actors.match(c, country=country, on=on) for c in others]
            blamed_names = {b.name for b in blamed}
            claimed = next((c for c in found_claims if c and c.name in blamed_names), None)
            if claimed is not None:
                notes.append("claimed_by: the article says the group claimed this attack")
        if claimed is not None and (actor1 is None or _unidentified(actor1)):
            actor1 = claimed
            notes.append("actor1: the group that claimed the attack")
        elif actor1 is None and country is not None:
            actor1 = self._unnamed_aircraft(candidate, article.text, on)
            if actor1 is not None:
                notes.append(f"actor1: the aircraft the article gave a nationality earlier "
                             f"({actor1.home})")  # fmt: skip
            else:
                actor1 = self._default_actor1(candidate.event_type, country)
        actor2 = _first(resolved.get(ActorRole.ACTOR2, []))
        feud: list[tuple[ActorMention, ActorMatch | None]] = [
            (m, f)
            for m, f in resolved.get(ActorRole.ACTOR2, [])
            if f is not None and f.inter is InterCode.IDENTITY_MILITIAS
        ]
        if feud and (
            _civilians(actor2)
            or (
                candidate.event_type is EventType.BATTLES
                and actor1 is not None
                and actor1.inter is InterCode.IDENTITY_MILITIAS
                and (actor2 is None or actor2.how in {"generic", "default"})
            )
        ):
            # "a dispute between two clans turned into an exchange of fire, killing two men",
            # "arrested nine men from the two clans": the men are the clans' own, and the
            # clan is the side
            actor2 = _first(feud)
        if candidate.event_type is EventType.RIOTS and country is not None:
            # "police fired tear gas at youths who torched tyres": the rioters are actor1
            actor1, actor2 = self._crowd_first(EventType.RIOTS, actor1, actor2, country, notes)
            # ACLED: demonstrators who turn violent are coded as rioters in a Riots event
            actor1, actor2 = (self._as_rioters(a, country) for a in (actor1, actor2))
            actor1 = self._as_rioters(actor1, country, crowd=InterCode.CIVILIANS)
        fired_on = candidate.sub_event_type is SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        if candidate.event_type is EventType.PROTESTS and country is not None and not fired_on:
            # "the police dispersed with tear gas a sit-in of relatives"
            actor1, actor2 = self._crowd_first(EventType.PROTESTS, actor1, actor2, country, notes)
            # ACLED: the people who protest are its protesters ("students protesting")
            actor1 = self._as_protesters(actor1, country)
        if fired_on and country is not None:
            # ACLED: the force that fired on the demonstration is actor1, the crowd actor2
            if _a_force(actor2) and not _a_force(actor1):
                actor1, actor2 = actor2, actor1
                notes.append("actors: the force that fired on the protest is actor1")
            elif actor1 is None or not _a_force(actor1):
                force = self._force(candidate, None, country, on)
                if force is not None:
                    actor1, actor2 = force, actor2 or actor1
                    notes.append("actor1: the force that fired on the protest")
        if (
            candidate.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
            and actor2 is None
            and country is not None
        ):
            # ACLED: the target of violence against civilians is civilians by definition
            # ("a fisherman was beheaded" where the extractor kept no victim)
            actor2 = self._default_victims(country)
        if (
            candidate.event_type in {EventType.RIOTS, EventType.PROTESTS}
            and actor1 is not None
            and actor2 is not None
            and actor2.name == actor1.name
        ):
            # "three of the protesters were injured", "police fired tear gas at demonstrators":
            # the crowd, not a second side (the force that met it is looked for below)
            actor2 = None
        if _meets_a_force(candidate) and country is not None and actor2 is None:
            actor2 = self._force(candidate, actor1, country, on)
            if actor2 is not None:
                notes.append("actor2: the force that met the crowd, from the incident's sentence")
        if (
            candidate.sub_event_type is SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
            and country is not None
        ):
            # ACLED: the people a force fires on at a demonstration are its protesters
            actor2 = self._as_protesters(actor2, country)
        blamed_raw = [m.text for m, f in resolved.get(ActorRole.BLAMED, []) if f is None]
        for who in [b.name for b in blamed] + blamed_raw:
            notes.append(f"blamed on {who}" + ("" if claimed is not None else "; no claim"))

        notes.extend(_toll_notes(candidate))
        figures = check_figures(
            candidate.fatalities,
            candidate.injuries,
            town=place.location,
            population=place.population if place.kind == "town" else 0,
            limits=self.limits,
        )
        notes.extend(figures.notes)
        fatalities, injuries = figures.fatalities, figures.injuries

        place_conf = place.confidence
        actor_conf = actor1.score if actor1 is not None else 0.3
        certainty = (place_conf + when.confidence + actor_conf) / 3.0
        confidence = candidate.confidence * (0.5 + 0.5 * certainty) * figures.confidence_factor
        confidence = round(confidence, 3)
        field_confidence = {
            **candidate.field_confidence,
            "event_date": when.confidence,
            "location": round(place_conf, 3),
            "actor1": round(actor_conf, 3),
            **dict(figures.field_confidence),
        }
        if actor2 is not None:
            field_confidence["actor2"] = actor2.score

        source = Source(
            article_id=article.id,
            outlet=article.outlet,
            published=article.published,
            url=article.url,
            title=article.title,
            sentences=list(candidate.evidence),
            evidence=_evidence(candidate, place, when),
            event_date=when.date,
            time_precision=when.precision,
            location=place.location,
            admin1=place.admin1,
            country=country,
            fatalities=fatalities,
            injuries=injuries,
            raw_fatalities=candidate.fatalities.raw if candidate.fatalities else None,
            raw_injuries=candidate.injuries.raw if candidate.injuries else None,
            background=candidate.background,
            confidence=confidence,
            field_confidence=field_confidence,
            trace=[n for n in dict.fromkeys([*candidate.notes, *notes]) if _is_trace(n)],
        )
        notes = [
            n
            for n in dict.fromkeys([*candidate.notes, *notes])
            if not _is_trace(n) and not _restated(n)
        ]
        return Event(
            event_id=stable_id("ev", article.id, candidate.trigger.start),
            event_date=when.date,
            time_precision=when.precision,
            event_type=candidate.event_type,
            sub_event_type=candidate.sub_event_type,
            actor1=actor1.name if actor1 else None,
            assoc_actor_1=_joined(resolved.get(ActorRole.ASSOC_ACTOR_1, [])),
            inter1=self._inter(actor1, country),
            actor2=actor2.name if actor2 else None,
            assoc_actor_2=_joined(resolved.get(ActorRole.ASSOC_ACTOR_2, [])),
            inter2=self._inter(actor2, country),
            country=country,
            admin1=place.admin1,
            admin2=place.admin2,
            location=place.location,
            latitude=None if place.latitude is None else round(place.latitude, 5),
            longitude=None if place.longitude is None else round(place.longitude, 5),
            geo_precision=place.geo_precision,
            fatalities=fatalities,
            notes="; ".join(dict.fromkeys(notes)) or None,
            injuries=injuries,
            claimed_by=claimed.name if claimed else None,
            weapon=candidate.weapon,
            plover_type=candidate.plover_type,
            plover_mode=candidate.plover_mode,
            confidence=confidence,
            sources=[source],
        )

    # -- helpers ---------------------------------------------------------------

    def _actor(
        self,
        mention: ActorMention,
        *,
        country: str | None,
        on: date | None,
        subject: ActorMatch | None,
    ) -> ActorMatch | None:
        if (
            subject is not None
            and self.actors.is_subject_reference(mention.text)
            and self.actors.subject_fits(mention.text, subject)
        ):
            return ActorMatch(subject.name, subject.inter, "subject", 0.7, subject.home)
        return self.actors.match(mention.text, country=country, on=on, label=mention.label)

    def _enemy(
        self,
        mention: ActorMention,
        found: ActorMatch | None,
        enemy: str | None,
        country: str | None,
        on: date | None,
    ) -> ActorMatch | None:
        """ "the enemy artillery" in a report that wrote "the Israeli enemy": Israel's forces,
        not the state forces of the country shelled (see :mod:`sitrep.resolve.enemies`); "the
        occupiers shelled" with no word of whose: not the forces of the country shelled."""
        if not names_the_enemy(mention.text):
            return None
        if found is not None and found.how not in {"generic", "default"}:
            return None  # a named actor stays what its name says
        enemy = enemy or adversary_of(country)
        if enemy is None:
            if found is None or found.inter is not InterCode.STATE_FORCES or country is None:
                return None
            return self._generic("armed", country)
        return self.actors.forces_of(enemy, on)

    def _aircraft(
        self, mention: ActorMention, found: ActorMatch | None, before: str, on: date | None
    ) -> ActorMatch | None:
        """ "a drone" after "Turkish drones struck in three places": Turkey's forces, not
        the state forces of the country it flies over (see :mod:`sitrep.resolve.aircraft`)."""
        if found is None or found.how != "generic" or found.inter is not InterCode.STATE_FORCES:
            return None
        if not is_bare_aircraft(mention.text):
            return None
        owner = aircraft_owner(before, self.actors.demonyms)
        if owner is None and is_bare_drone(mention.text) and found.home is not None:
            # "a small explosive-laden drone struck a tractor": armed groups fly drones too;
            # whose, unsaid, is unknown, save where one side is the country's adversary
            owner = adversary_of(found.home)
            if owner is None:
                return self._generic("armed", found.home)
        if owner is None or owner == found.home:
            return None
        return self.actors.forces_of(owner, on)

    def _unnamed_aircraft(
        self, candidate: CandidateEvent, text: str, on: date | None
    ) -> ActorMatch | None:
        """An air or drone strike told with no aircraft ("the strike set a hangar on fire")
        after "Turkish drones struck three places": that country's forces."""
        if candidate.sub_event_type is not SubEventType.AIR_DRONE_STRIKE:
            return None
        owner = aircraft_owner(text[: candidate.trigger.start], self.actors.demonyms)
        return None if owner is None else self.actors.forces_of(owner, on, score=0.6)

    def _crowd_first(
        self,
        event_type: EventType,
        actor1: ActorMatch | None,
        actor2: ActorMatch | None,
        country: str,
        notes: list[str],
    ) -> tuple[ActorMatch | None, ActorMatch | None]:
        """ACLED codes the crowd of a protest or riot as actor1 and the force that met it as
        actor2: a state force the extractor made actor1 (the subject of "dispersed") moves
        to actor2, and the crowd (actor2, or the default protesters or rioters) to actor1."""
        if not _a_force(actor1):
            return actor1, actor2
        crowd = actor2 if not _a_force(actor2) else None
        notes.append(f"actors: the force that met the {event_type.value.lower()} is actor2")
        return crowd or self._default_actor1(event_type, country), actor1

    def _default_actor1(self, event_type: EventType, country: str) -> ActorMatch | None:
        generic = {
            EventType.PROTESTS: "protesters",
            EventType.RIOTS: "rioters",
        }.get(event_type, "armed" if event_type in _VIOLENT else None)
        if generic is None:
            return None
        found = self._generic(generic, country)
        if found is None:
            return None
        return ActorMatch(found.name, found.inter, "default", 0.4, found.home)

    def _affiliated(
        self,
        mention: ActorMention,
        found: ActorMatch | None,
        text: str,
        country: str | None,
        on: date | None,
    ) -> ActorMatch | None:
        """ "Fighters led by Hayat Tahrir al-Sham": the group, not unidentified fighters
        (see :mod:`sitrep.resolve.affiliation`)."""
        if found is not None and found.how != "generic":
            return None
        group = affiliated_group(mention, text)
        named = None if group is None else self.actors.match(group, country=country, on=on)
        if named is None or named.how in {"generic", "default"}:
            return None
        return named

    def _default_victims(self, country: str) -> ActorMatch | None:
        found = self._generic("civilian", country)
        if found is None:
            return None
        return ActorMatch(found.name, found.inter, "default", 0.4, found.home)

    def _force(
        self, candidate: CandidateEvent, actor1: ActorMatch | None, country: str, on: date | None
    ) -> ActorMatch | None:
        """The police or army who met the crowd (see :mod:`sitrep.resolve.crowds`)."""
        if actor1 is not None and actor1.inter is InterCode.STATE_FORCES:
            return None
        force = intervening_force(candidate)
        found = None if force is None else self.actors.match(force, country=country, on=on)
        return found if found is not None and found.inter is InterCode.STATE_FORCES else None

    def _as_rioters(
        self,
        match: ActorMatch | None,
        country: str,
        *,
        crowd: InterCode = InterCode.PROTESTERS,
    ) -> ActorMatch | None:
        """A crowd of ``crowd`` (protesters; or, for actor1, a generic class of civilians:
        "villagers" who lynch a man) coded as the rioters of a Riots event."""
        if match is None or match.inter is not crowd:
            return match
        if crowd is InterCode.CIVILIANS and match.how != "generic":
            return match
        found = self._generic("rioters", country)
        if found is None:
            return match
        return ActorMatch(found.name, found.inter, match.how, match.score, found.home)

    def _as_protesters(self, match: ActorMatch | None, country: str) -> ActorMatch | None:
        if match is None or match.inter is not InterCode.CIVILIANS or match.how != "generic":
            return match
        found = self._generic("protesters", country)
        if found is None:
            return match
        return ActorMatch(found.name, found.inter, match.how, match.score, found.home)

    def _generic(self, kind: str, country: str) -> ActorMatch | None:
        """The dictionary's generic actor of ``kind`` in ``country`` ("armed": the
        Unidentified Armed Group of the country, "civilian", "rioters", "protesters")."""
        return self.actors.match(f"generic:{kind}", country=country, label=f"generic:{kind}")

    def _inter(self, match: ActorMatch | None, country: str | None) -> InterCode | None:
        return None if match is None else self.actors.inter(match, event_country=country)

    def _country_only(self, cc: str, place: PlaceResult) -> PlaceResult:
        entry = self.gazetteer.country(cc)
        if entry is None:
            return place
        return PlaceResult(
            country=entry.name,
            latitude=entry.lat,
            longitude=entry.lon,
            geo_precision=GeoPrecision.REGION,
            confidence=0.3,
            notes=(*place.notes, "place: none resolved; country from the article's focus"),
        )


class _Subjects:
    """The article's subject (`ActorDictionary.subject`) for each country and day its
    candidates ask about, worked out once per article: its candidates mostly share both,
    and the mentions voted on are the article's, the same for all of them."""

    def __init__(self, actors: ActorDictionary, extraction: Extraction) -> None:
        self.actors = actors
        # the article's named entities and the actors of its incidents: the tagger misses
        # many group names ("the terrorist gangs of Daesh") that the incidents still carry
        self.named = [
            *extraction.actor_mentions,
            *(a for c in extraction.candidates for a in c.actors),
        ]
        self._found: dict[tuple[str | None, date | None], ActorMatch | None] = {}

    def get(self, *, country: str | None, on: date | None) -> ActorMatch | None:
        key = (country, on)
        if key not in self._found:  # at most one entry per candidate of the article
            self._found[key] = self.actors.subject(self.named, country=country, on=on)
        return self._found[key]


def event_date(
    article: Article, candidate: CandidateEvent, days: Sequence[DateMention] = ()
) -> DateResult:
    """The candidate's date, from the first of these that gives one:

    1. its own date mentions, less a page's "Posted:"/"Updated:" stamp and the dates of
       statements ("police said Sunday": when it was said, not when it happened);
    2. a day named in its own sentences that the extractor did not attach ("was shot in
       the leg late Saturday" beside "the shooting happened about 9:30 p.m.");
    3. the date of a statement about it, as an upper bound: that day, precision 2;
    4. the day in force in the narrative: the nearest day named before it in the article
       (``days``, from :func:`article_days`), else the first one after it; never for a
       background incident;
    5. the publication date (see :func:`resolve_date`).
    """
    published = article.published
    own: list[DateMention] = []
    reported: list[DateMention] = []
    notes: list[str] = []
    for mention in candidate.dates:
        how = _reading(mention, article.text)
        if how == "stamp":
            notes.append(f"date: {mention.text!r} is the page's time stamp; not the incident's")
        elif mention.relation is None and (
            how == "reported"
            or (how == "procedure" and _before_trigger(mention, candidate.trigger))
        ):
            reported.append(mention)
        else:
            own.append(mention)
    found = resolve_date(own, published=published, background=candidate.background)
    if found.mention is not None:
        return _with_notes(found, notes)
    notes.extend(n for n in found.notes if "not understood" in n or "relation" in n)
    tried = {(m.span.start, m.span.end) for m in candidate.dates if m.span is not None}
    named = [
        m
        for m in _days_in(article.text, candidate.evidence)
        if (m.span is not None and (m.span.start, m.span.end) not in tried)
    ]
    if not candidate.background:
        named = [m for m in named if _recent(m, published)]
    named.sort(key=lambda m: _precision(m, published))  # a day before a weekend; stable
    found = resolve_date(named, published=published, background=True)
    if found.mention is not None:
        return _with_notes(found, [*notes, f"date: {_raw(found)!r} named in the event's sentence"])
    if reported:
        found = resolve_date(reported, published=published, background=True)
        if found.date is not None and found.precision is not None:
            note = (
                f"date: {_raw(found)!r} dates a later step (a statement, an arrest, a hearing); "
                "the incident, then or before"
            )
            return DateResult(
                found.date,
                max(found.precision, TimePrecision.WEEK),
                found.mention,
                round(found.confidence * 0.7, 3),
                (*notes, note),
            )
    if not candidate.background and published is not None and days:
        anchor = _nearest_day(days, candidate)
        if anchor is not None:
            found = resolve_date([anchor], published=published)
            if found.mention is not None:
                note = f"date: not stated; {anchor.text!r}, the day in force in the article"
                return DateResult(found.date, found.precision, found.mention, 0.6, (*notes, note))
    says_today = any(_TODAY.search(s.text) for s in candidate.evidence)
    found = resolve_date(
        [], published=published, background=candidate.background, says_today=says_today
    )
    return _with_notes(found, notes)


def _with_notes(found: DateResult, notes: list[str]) -> DateResult:
    if not notes:
        return found
    return DateResult(
        found.date, found.precision, found.mention, found.confidence, (*notes, *found.notes)
    )


def _raw(found: DateResult) -> str:
    return found.mention.text if found.mention is not None else ""


def _before_trigger(mention: DateMention, trigger: Span) -> bool:
    """The mention comes before the incident word, in the same sentence: "apprehended a
    suspect early Saturday in a shooting" (not "was shot Saturday and arrested")."""
    return mention.span is not None and mention.span.end <= trigger.start


def _reading(mention: DateMention, text: str) -> str | None:
    """ "stamp", "reported" or None, from the words before the mention (see
    :func:`~sitrep.resolve.dates.reporting_context`)."""
    if mention.span is None or text[mention.span.start : mention.span.end] != mention.span.text:
        return None
    return reporting_context(text[max(0, mention.span.start - 60) : mention.span.start])


def _days_in(text: str, sentences: Sequence[Span]) -> list[DateMention]:
    """Day expressions in ``sentences`` (article offsets), less stamps and statement dates."""
    out: list[DateMention] = []
    for sentence in sentences:
        if text[sentence.start : sentence.end] != sentence.text:
            continue
        for start, end in find_date_expressions(sentence.text):
            at = sentence.start + start
            if reporting_context(text[max(0, at - 60) : at]) is None:
                span = Span(
                    text=text[at : sentence.start + end], start=at, end=sentence.start + end
                )
                out.append(DateMention(text=span.text, span=span))
    return out


def article_days(article: Article) -> list[DateMention]:
    """Days (precision 1) named in the article, in text order, less stamps and statement
    dates: the candidates for the day in force at a point of the narrative."""
    if article.published is None:
        return []
    whole = Span(text=article.text, start=0, end=len(article.text))
    out: list[DateMention] = []
    for mention in _days_in(article.text, [whole]):
        if mention.span is not None and _on_summary_line(article.text, mention.span.start):
            continue  # "Summary: ... one civilian killed late on Saturday": told again below
        found = parse_date_expression(mention.text, published=article.published)
        if (
            found is not None
            and found[1] == TimePrecision.DAY
            and _recent(mention, article.published)
        ):
            out.append(mention)
    return out


def _on_summary_line(text: str, at: int) -> bool:
    """Is offset ``at`` on a line that opens with a summary label ("Summary: The SRM field
    team documented the death of 12 civilians ... on Sunday, in addition to one civilian
    killed late on Saturday")? Its days preview the items below; they are no day in force."""
    return summary_line(text[text.rfind("\n", 0, at) + 1 : at])


RECENT_DAYS = 31
"""A day the extractor did not attach to a current incident (found by scanning its
sentences or the article) is taken only within this many days before publication: an
older date in passing ("June 20, 2001", an archive toolbar's "Jun 20 2015") is background."""


def _precision(mention: DateMention, published: date | None) -> int:
    found = parse_date_expression(mention.text, published=published)
    return int(found[1]) if found is not None else 4


def _recent(mention: DateMention, published: date | None) -> bool:
    found = parse_date_expression(mention.text, published=published)
    if found is None:
        return False
    return published is None or (published - found[0]).days <= RECENT_DAYS


def _nearest_day(days: Sequence[DateMention], candidate: CandidateEvent) -> DateMention | None:
    at = candidate.trigger.start
    before = [d for d in days if d.span is not None and d.span.end <= at]
    if before:
        return before[-1]
    after = [d for d in days if d.span is not None and d.span.start >= at]
    return after[0] if after else None


def _not_actors(candidate: CandidateEvent, places: PlaceResolver) -> list[PlaceMention]:
    """The candidate's place mentions less those that are its actors: a country
    ("Kurdish officials had accused Turkey of the strike": Turkey is blamed, not the
    place) or a name that is not a place's ("Saraya Awliya al-Dam"). A target that is
    a landmark or a site ("struck the Tayaran Square") stays a place."""
    actors = {normalise_text(a.text) for a in candidate.actors}
    out: list[PlaceMention] = []
    for place in candidate.places:
        if normalise_text(place.text) in actors:
            if places.gazetteer.country_code(place.text) is not None:
                continue
            if not places.names_a_place(place):
                continue
        out.append(place)
    return out


def _a_force(match: ActorMatch | None) -> bool:
    return match is not None and match.inter is InterCode.STATE_FORCES


def _meets_a_force(candidate: CandidateEvent) -> bool:
    """A riot, or a protest the police or army intervened in: ACLED's actor2 is the force."""
    return candidate.event_type is EventType.RIOTS or (
        candidate.sub_event_type is SubEventType.PROTEST_WITH_INTERVENTION
    )


def _first(pairs: list[tuple[ActorMention, ActorMatch | None]]) -> ActorMatch | None:
    """The first named actor of a role, else the first generic one ("a suicide bomber"
    yields to "Islamic State" in the same role)."""
    found = [f for _, f in pairs if f is not None]
    named = [f for f in found if f.how not in {"generic", "default"}]
    # "struck a house used as a base by gang members", "set fire to a bus ... threw stones at
    # police": the owners a home stands for, the crowd a public place stands for, yield to
    # the people the sentence names
    people = [f for m, f in pairs if f is not None and m.label not in STANDS_FOR_PEOPLE]
    ranked = named or people or found
    return ranked[0] if ranked else None


def _civilians(match: ActorMatch | None) -> bool:
    """A generic match to a country's civilians ("a woman", "residents", "unknown people")."""
    return (
        match is not None
        and match.how in {"generic", "default"}
        and match.inter is InterCode.CIVILIANS
    )


def _unidentified(match: ActorMatch) -> bool:
    return match.how in {"generic", "default"} and match.name.startswith("Unidentified")


def _joined(pairs: list[tuple[ActorMention, ActorMatch | None]]) -> str | None:
    names = list(dict.fromkeys(f.name for _, f in pairs if f is not None))
    return "; ".join(names) or None


_TRACE_PREFIXES = (
    "place:",
    "date:",
    "actor1:",
    "actor2:",
    "assoc_actor_1:",
    "assoc_actor_2:",
    "claimed_by:",
    "blamed:",
    "publication date used",
    "country from the article",
)


def _is_trace(note: str) -> bool:
    """Diagnostics of how a field was read go to `Source.trace`; `notes` keeps what an
    analyst needs (background, blame, qualifiers, combined tolls, flagged figures)."""
    return note.casefold().startswith(_TRACE_PREFIXES)


def _restated(note: str) -> bool:
    """An extractor note that the resolver restates with resolved names (blame, combined
    tolls), so that the event's notes say each thing once."""
    return note.startswith("combined toll (killed and wounded)") or (
        note.startswith("blamed on ") and note.endswith("(not a claim)")
    )


def _toll_notes(candidate: CandidateEvent) -> list[str]:
    # worded as the rule-based extractor words them, so that the two say it once
    notes: list[str] = []
    for key, q in (("fatalities", candidate.fatalities), ("injuries", candidate.injuries)):
        if q is not None and q.qualifier:
            notes.append(f"{key}: {q.qualifier} {q.value}")
    if candidate.combined_toll is not None:
        notes.append(
            f"combined toll: {candidate.combined_toll.raw!r} counts killed and wounded "
            "together; not coded as fatalities"
        )
    if candidate.aggregate:
        notes.append("aggregate: several incidents reported together")
    return notes


def _evidence(candidate: CandidateEvent, place: PlaceResult, when: DateResult) -> list[Evidence]:
    out: list[Evidence] = [_ev("trigger", candidate.trigger)]
    roles = {
        ActorRole.ACTOR1: "actor1",
        ActorRole.ACTOR2: "actor2",
        ActorRole.CLAIMED_BY: "claimed_by",
    }
    for mention in candidate.actors:
        role = roles.get(mention.role)
        if role is not None and mention.span is not None:
            out.append(_ev(role, mention.span))
    chosen_place = place.mention.span if place.mention is not None else None
    if chosen_place is not None:
        out.append(_ev("place", chosen_place))
    for pm in candidate.places:
        if pm.span is not None and pm.span != chosen_place:
            out.append(_ev("place", pm.span))
    chosen_date = when.mention.span if when.mention is not None else None
    if chosen_date is not None:
        out.append(_ev("date", chosen_date))
    for dm in candidate.dates:
        if dm.span is not None and dm.span != chosen_date:
            out.append(_ev("date", dm.span))
    for role, quantity in (("fatalities", candidate.fatalities), ("injuries", candidate.injuries)):
        if quantity is not None and quantity.span is not None:
            out.append(_ev(role, quantity.span))
    if candidate.weapon_span is not None:
        out.append(_ev("weapon", candidate.weapon_span))
    return out


def _ev(role: str, span: Span) -> Evidence:
    return Evidence(role=role, text=span.text, start=span.start, end=span.end)
