"""The faster lookups (issue 7) answer as the plain formulas did."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from rapidfuzz import fuzz

import sitrep.resolve.actors as actors_module
from sitrep.model import (
    ActorMention,
    ActorRole,
    Article,
    CandidateEvent,
    EventType,
    Extraction,
    InterCode,
    PlaceMention,
    Span,
    SubEventType,
)
from sitrep.resolve import Resolver
from sitrep.resolve.actors import FUZZY_THRESHOLD, ActorDictionary, actor_key
from sitrep.resolve.gazetteer import Gazetteer, _comparable, _similarity_to
from sitrep.resolve.names import strip_articles


@pytest.mark.parametrize(
    ("query", "spelling"),
    [("mosul", "Mosul"), ("mosul", "al Mawsil"), ("tal afar", "Tall Afar"),
     ("talafar", "Tal Afar"), ("al qaim", "Al Qaim"), ("ramadi", "ar ramadi"), ("x", "")],
)  # fmt: skip
def test_similarity_is_the_best_of_both_spellings(query: str, spelling: str) -> None:
    a = " ".join(strip_articles(query.split()))
    b = " ".join(strip_articles(spelling.split()))
    plain = max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))) / 100.0
    assert _similarity_to(_comparable(query), spelling) == (1.0 if a == b else plain)


def test_lookup_ranks_by_similarity_population_id(gazetteer: Gazetteer) -> None:
    for name in ("Baghdad", "Tikrit", "Sinjar", "Al Hasakah", "Kirkuk"):
        found = gazetteer.lookup(name)
        assert len(found) >= 2
        assert found == sorted(found, key=lambda e: (-e.similarity, -e.population, e.id))
        assert len({e.id for e in found}) == len(found)
        assert all(type(e.id) is int and type(e.population) is int for e in found)


def test_fuzzy_match_takes_the_first_best_key(actors: ActorDictionary) -> None:
    keys = actors._fuzzy_keys
    for name in ("Hezbolah", "Kataib Hizbolah", "Asaib Ahl al-Haqq", "Peshmergas"):
        key = actor_key(name)
        scores = [fuzz.ratio(key, k) for k in keys]
        best = max(scores)
        found = actors.match(name)
        if best >= FUZZY_THRESHOLD and len(key) >= 6 and key not in actors._aliases:
            assert found is not None
        if found is not None and found.how == "fuzzy":
            assert found.score == best / 100.0


# -- answers that depend on the name alone are worked out once per name ---------------------

NAMES = (
    "Reuters", "John Smith", "the organization", "two members of the organization",
    "Iraqi soldiers", "gunmen", "ISIS", "Daesh fighters", "Hezbolah", "PKK-affiliated militants",
    "Kataib Hizbolah", "the Ministry of Health", "Peshmergas", "Asaib/Hezbollah", "",
)  # fmt: skip
DAYS = (None, date(2014, 6, 10), date(2019, 3, 1), date(2023, 11, 5))


def _mentions(*texts: str) -> list[ActorMention]:
    """Mentions forty characters apart (never joined as one name)."""
    spans = [Span(text=t, start=40 * i, end=40 * i + len(t)) for i, t in enumerate(texts)]
    return [ActorMention(text=s.text, role=ActorRole.ACTOR1, span=s) for s in spans]


def test_the_spelling_search_runs_once_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    actors = ActorDictionary.load()  # fresh memos
    calls: list[str] = []
    search = actors_module.process.extractOne

    def counted(query: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(query)
        return search(query, *args, **kwargs)

    monkeypatch.setattr(actors_module.process, "extractOne", counted)
    found = {actors.match("Hezbolah", country=cc, on=day) for cc in ("Iraq", "Lebanon")
             for day in DAYS[1:]}  # fmt: skip
    assert calls == ["hezbolah"]  # six questions (two countries, three days), one search
    assert {f.how for f in found if f is not None} == {"fuzzy"}


def test_a_name_inside_a_mention_is_found_once_per_name(actors: ActorDictionary) -> None:
    calls: list[str] = []
    fresh = ActorDictionary.load()
    find = fresh._find_inside

    def counted(name: str, key: str) -> str | None:
        calls.append(name)
        return find(name, key)

    fresh._find_inside = counted  # type: ignore[method-assign]
    for day in DAYS:
        found = fresh.match("two ISIS members", country="Iraq", on=day)
        assert found == actors.match("two ISIS members", country="Iraq", on=day)
    assert calls == ["two ISIS members"]


def test_names_no_entry_can_match_are_never_named_actors(actors: ActorDictionary) -> None:
    """The article subject skips mentions that `_may_name` rules out: for them `match`
    gives nothing, a person or a generic class, for any country and day."""
    for name in NAMES:
        for country in (None, "Iraq", "Syria", "Lebanon", "Turkey"):
            for day in DAYS:
                found = actors.match(name, country=country, on=day)
                if found is not None and found.how in {"alias", "fuzzy", "contained"}:
                    assert actors._may_name(name), (name, country, day)
    assert not actors._may_name("Reuters")
    assert not actors._may_name("")
    assert actors._may_name("Daesh fighters")


def test_subject_matches_only_mentions_that_may_name_an_actor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actors = ActorDictionary.load()
    asked: list[str] = []
    match = actors._match

    def counted(name: str, **kwargs: Any) -> Any:
        asked.append(name)
        return match(name, **kwargs)

    monkeypatch.setattr(actors, "_match", counted)
    mentions = _mentions("Reuters", "John Smith", "Daesh", "the Associated Press")
    subject = actors.subject(mentions, country="Iraq", on=date(2016, 5, 2))
    assert subject is not None and subject.name.startswith("Islamic State")
    assert asked == ["Daesh"]


def test_subject_is_the_plain_vote_of_every_mention(actors: ActorDictionary) -> None:
    """`subject` with the skip votes as the plain loop over every mention did."""
    mentions = _mentions(
        "Reuters", "ISIS", "Daesh", "Iraqi army", "PKK", "gunmen", "Kataib Hezbollah"
    )
    for country in ("Iraq", "Syria", None):
        for day in DAYS:
            votes: Counter[str] = Counter()
            for m in mentions:
                found = actors.match(m.text, country=country, on=day)
                if (
                    found is not None
                    and found.how in {"alias", "fuzzy", "contained"}
                    and (found.inter != InterCode(1))
                ):
                    has = any(a.subject_aliases for a in actors._aliases.get(actor_key(m.text), []))
                    votes[found.name] += 2 if has else 1
            expected = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if votes else None
            subject = actors.subject(mentions, country=country, on=day)
            assert (subject.name if subject else None) == expected


# -- the resolver asks for the article's subject once per country and day ------------------

TEXT = (
    "Gunmen attacked a checkpoint in Tikrit on Monday, and a roadside bomb hit a patrol in "
    "Tikrit an hour later; Daesh claimed both, and a third blast struck a market in Tikrit."
)


def _span(text: str) -> Span:
    i = TEXT.index(text)
    return Span(text=text, start=i, end=i + len(text))


def _candidate(trigger: str) -> CandidateEvent:
    return CandidateEvent(
        article_id="s-1",
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        trigger=_span(trigger),
        evidence=[Span(text=TEXT, start=0, end=len(TEXT))],
        actors=[ActorMention(text="Daesh", role=ActorRole.CLAIMED_BY, span=_span("Daesh"))],
        places=[PlaceMention(text="Tikrit", context="in", span=_span("Tikrit"))],
        confidence=0.8,
    )


def test_the_resolver_asks_for_the_subject_once_per_country_and_day(
    gazetteer: Gazetteer, actors: ActorDictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str | None, date | None]] = []
    subject = actors.subject

    def counted(mentions: Any, *, country: str | None, on: date | None) -> Any:
        asked.append((country, on))
        return subject(mentions, country=country, on=on)

    resolver = Resolver(gazetteer=gazetteer, actors=actors)
    article = Article(  # type: ignore[call-arg]  # content_hash is filled by a validator
        id="s-1", text=TEXT, published=date(2016, 5, 3), outlet="Wire", url="https://x.test/s"
    )
    extraction = Extraction(
        article_id="s-1",
        candidates=[_candidate("attacked"), _candidate("bomb"), _candidate("blast")],
        place_mentions=[PlaceMention(text="Tikrit", span=_span("Tikrit"))],
        actor_mentions=[ActorMention(text="Daesh", role=ActorRole.ACTOR1, span=_span("Daesh"))],
    )
    plain = resolver.resolve(article, extraction)
    monkeypatch.setattr(actors, "subject", counted)
    events = resolver.resolve(article, extraction)
    assert len(events) == 3
    assert len(asked) == len(set(asked)) == 1
    assert [e.model_dump() for e in events] == [e.model_dump() for e in plain]
