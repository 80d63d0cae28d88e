"""Event dates and places on real US local news: sitrep's extract + resolve against GVA records.

    python bench/gva_fields.py [--limit 300] [--seed 13] [--show N] [--half dev|test|both]

Data: ../shared/data/gva_semeval2018t5/gva_docs.jsonl (the SemEval-2018 Task 5 document pool:
local-news articles, each linked to one Gun Violence Archive incident with its date, state and
city or county). The script skips with a message when the file is absent; nothing is copied.

Chain. Each line becomes an Article through the ingest stage's shared rules (cleaning, the
document creation time ``dct`` as the publication date, language detection: a non-English
article is skipped as ``sitrep run`` skips it), then goes through the extractor and resolver
wired as ``build_runner`` wires them (same settings, spaCy model, gazetteer, actor dictionary).
Nothing is stored and nothing is merged: one article is one report of one incident.

Halves. A document's half is fixed by a hash of its *incident* id, the rule of
``bench/casualties.py`` (so the two GVA benchmarks share their halves, reports of one incident
never straddle them and the seed cannot move a document): "dev" may be studied (``--show``
prints its errors only), "test" is only reported. The seeded sample draws ``limit // 2``
documents from each half.

The main event of a document (scored against the GVA record): among its non-background
events, the violent ones (battles, explosions / remote violence, violence against civilians)
when there are any, and of those the one with the most evidence sentences; ties go to the
earliest in the text. A shooting report's restatements join the incident they restate, so
the incident usually holds the most sentences; an arrest or a vigil mentioned beside it does
not outrank it.

Figures, over documents with at least one non-background event ("detected"):
  date exact        the main event's date is GVA's incident date
  date ±1 day       within one day (a late-night shooting reported "Monday")
  date in window    within the system's own precision window: the day for precision 1, 7 days
                    for 2, 31 days for 3 (the tolerance ``sitrep evaluate`` applies)
  precision 1       share of main events dated to the day
  any event exact   some non-background event carries GVA's date (an upper bound: the gap to
                    "date exact" is the choice of the main event, not the reading of dates)
  after publication share of all events (background included) dated after the article's
                    publication date; must be 0
  admin1            the main event's admin1 is GVA's state
  city known        share of documents whose GVA city or county the gazetteer knows in GVA's
                    state ("Salt Lake City (Murray)": the city, else the part in brackets)
  within 161 km     over city-known documents: the main event's coordinates lie within 161 km
                    of that city (no coordinates: wrong)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casualties import DATA, HALVES, half_of, load_docs, sample

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.ingest.records import build_article, record_from_mapping
from sitrep.merge.scoring import haversine_km
from sitrep.model import Article, Event, EventType, Rejection
from sitrep.resolve import ActorDictionary, Gazetteer, Resolver
from sitrep.resolve.gazetteer import GazEntry
from sitrep.resolve.names import fold_place_name
from sitrep.settings import Settings

VIOLENT = {
    EventType.BATTLES,
    EventType.EXPLOSIONS_REMOTE_VIOLENCE,
    EventType.VIOLENCE_AGAINST_CIVILIANS,
}
WINDOW_DAYS = {1: 0, 2: 7, 3: 31}
RADIUS_KM = 161.0


def to_article(doc: dict[str, object]) -> Article | Rejection:
    """The ingest stage's shared rules on one line (``dct`` is the publication date)."""
    fields = {
        "id": doc["doc_id"],
        "title": doc.get("title"),
        "url": doc.get("uri"),
        "text": doc.get("text"),
        "published": doc.get("dct"),
    }
    where = Path("gva_docs.jsonl")
    raw = record_from_mapping(fields, path=where, line=None)
    if isinstance(raw, Rejection):
        return raw
    return build_article(raw, path=where, published=None, today=date.today())


@dataclass(frozen=True)
class Outcome:
    doc_id: str
    half: str
    title: str
    published: date | None
    gold_date: date
    gold_state: str
    gold_city: str
    events: tuple[Event, ...]
    main: Event | None
    city: GazEntry | None

    @property
    def detected(self) -> bool:
        return self.main is not None


def main_event(events: list[Event]) -> Event | None:
    """The event scored against the GVA record (rule in the module docstring)."""
    current = [e for e in events if not e.sources[0].background]
    ranked = [e for e in current if e.event_type in VIOLENT] or current
    if not ranked:
        return None
    return max(ranked, key=lambda e: (len(e.sources[0].sentences), -_start(e)))


def _start(event: Event) -> int:
    src = event.sources[0]
    triggers = [e.start for e in src.evidence if e.role == "trigger"]
    return triggers[0] if triggers else (src.sentences[0].start if src.sentences else 0)


def _fold(name: str | None) -> str:
    return fold_place_name(name) if name else ""


def gva_city(gazetteer: Gazetteer, city: str, state: str) -> GazEntry | None:
    """GVA's city or county as the gazetteer knows it inside GVA's state, or None."""
    names: list[str] = []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", city.strip())
    if m is None:
        names.append(city.strip())
    elif m.group(2).lower() == "county":
        names.append(f"{m.group(1)} County")
    else:
        names += [m.group(1), m.group(2)]
    want = _fold(state)
    for name in names:
        for entry in gazetteer.lookup(name, country="US"):
            if entry.kind not in {"city", "admin2"} or entry.similarity < 0.9:
                continue
            region = gazetteer.admin1("US", entry.admin1)
            if region is not None and _fold(region.name) == want and entry.lat is not None:
                return entry
    return None


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points (sitrep's own great-circle distance)."""
    return haversine_km(*a, *b)


def outcome(
    doc: dict[str, object], article: Article, events: list[Event], gaz: Gazetteer
) -> Outcome:
    gold = doc["gold"]
    assert isinstance(gold, dict)
    state, city = str(gold["state"]), str(gold["city_or_county"])
    return Outcome(
        doc_id=str(doc["doc_id"]),
        half=half_of(str(doc["incident_id"])),
        title=str(doc.get("title") or ""),
        published=article.published,
        gold_date=datetime.strptime(str(gold["date"]).strip(), "%B %d, %Y").date(),
        gold_state=state,
        gold_city=city,
        events=tuple(events),
        main=main_event(events),
        city=gva_city(gaz, city, state),
    )


# -- scoring --------------------------------------------------------------------------------


def date_exact(o: Outcome) -> bool:
    return o.main is not None and o.main.event_date == o.gold_date


def date_near(o: Outcome) -> bool:
    d = o.main.event_date if o.main is not None else None
    return d is not None and abs((d - o.gold_date).days) <= 1


def date_in_window(o: Outcome) -> bool:
    if o.main is None or o.main.event_date is None or o.main.time_precision is None:
        return False
    window = WINDOW_DAYS[int(o.main.time_precision)]
    return abs((o.main.event_date - o.gold_date).days) <= window


def any_exact(o: Outcome) -> bool:
    return any(e.event_date == o.gold_date for e in o.events if not e.sources[0].background)


def after_publication(e: Event) -> bool:
    published = e.sources[0].published
    return e.event_date is not None and published is not None and e.event_date > published


def admin1_ok(o: Outcome) -> bool:
    return o.main is not None and _fold(o.main.admin1) == _fold(o.gold_state)


def distance_km(o: Outcome) -> float | None:
    if o.main is None or o.city is None or o.city.lat is None or o.city.lon is None:
        return None
    if o.main.latitude is None or o.main.longitude is None:
        return None
    return haversine((o.main.latitude, o.main.longitude), (o.city.lat, o.city.lon))


def place_ok(o: Outcome) -> bool:
    km = distance_km(o)
    return km is not None and km <= RADIUS_KM


def _share(rows: list[Outcome], test: object) -> str:
    if not rows:
        return "    -"
    assert callable(test)
    hits = sum(bool(test(o)) for o in rows)
    return f"{hits / len(rows):.3f} ({hits}/{len(rows)})"


def report(outcomes: list[Outcome], half: str) -> None:
    rows = [o for o in outcomes if o.half == half]
    if not rows:
        return
    found = [o for o in rows if o.detected]
    events = [e for o in rows for e in o.events]
    late = sum(after_publication(e) for e in events)
    known = [o for o in found if o.city is not None]
    print(f"\n[{half}] {len(rows)} documents, {len(found)} with an event ({len(events)} events)")
    print(f"  date exact          {_share(found, date_exact)}")
    print(f"  date ±1 day         {_share(found, date_near)}")
    print(f"  date in window      {_share(found, date_in_window)}")
    print(f"  precision 1         {_share(found, _day_precision)}")
    print(f"  any event exact     {_share(found, any_exact)}")
    print(f"  after publication   {late / len(events) if events else 0:.3f} ({late}/{len(events)})")
    print(f"  admin1              {_share(found, admin1_ok)}")
    print(f"  city known          {_share(found, lambda o: o.city is not None)}")
    print(f"  within {RADIUS_KM:.0f} km       {_share(known, place_ok)}")


def _day_precision(o: Outcome) -> bool:
    return o.main is not None and o.main.time_precision == 1


# -- error examples (dev half only) -----------------------------------------------------------


def date_class(o: Outcome) -> str | None:
    if o.main is None:
        return None
    d = o.main.event_date
    if d is None:
        return "date_missing"
    if d == o.gold_date:
        return None
    if o.main.sources[0].trace and any(
        "publication date used" in t for t in o.main.sources[0].trace
    ):
        return "date_unstated"
    return "date_early" if d < o.gold_date else "date_late"


def place_class(o: Outcome) -> str | None:
    if o.main is None:
        return None
    if not admin1_ok(o):
        return "admin1_missing" if o.main.admin1 is None else "admin1_wrong"
    if o.city is not None and not place_ok(o):
        return "location_far"
    return None


CLASSES = (
    "date_missing",
    "date_unstated",
    "date_early",
    "date_late",
    "admin1_missing",
    "admin1_wrong",
    "location_far",
)


def show(outcomes: list[Outcome], n: int, half: str) -> None:
    by_class: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.half != half:
            continue
        for cls in (date_class(o), place_class(o)):
            if cls is not None:
                by_class.setdefault(cls, []).append(o)
    for cls in CLASSES:
        group = by_class.get(cls, [])
        print(f"\n== {half} {cls}: {len(group)}")
        for o in group[:n]:
            assert o.main is not None
            m, src = o.main, o.main.sources[0]
            print(
                f"- {o.doc_id[:10]} published {o.published} gold {o.gold_date} {o.gold_city}, "
                f"{o.gold_state} | sys {m.event_date} p{m.time_precision and int(m.time_precision)}"
                f" {m.location}, {m.admin1} | {o.title[:70]}"
            )
            dates = [e.text for e in src.evidence if e.role == "date"]
            places = [e.text for e in src.evidence if e.role == "place"]
            trace = [t for t in src.trace if t.startswith(("date", "place"))]
            print(f"    dates {dates} places {places}")
            if trace:
                print(f"    trace {trace[:4]}")
            for s in src.sentences[:2]:
                print(f"    > {' '.join(s.text.split())[:240]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="documents sampled (half per half)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print N dev error examples per class")
    ap.add_argument("--half", default="both", choices=["dev", "test", "both"])
    args = ap.parse_args()
    if not DATA.exists():
        print(f"GVA data not found at {DATA}: skipped")
        return
    docs = sample(load_docs(DATA), limit=args.limit, seed=args.seed)
    halves = HALVES if args.half == "both" else (args.half,)
    docs = [d for d in docs if half_of(str(d["incident_id"])) in halves]
    start = time.perf_counter()
    settings = Settings()
    extractor = RuleExtractor(nlp=load_nlp(settings.spacy_model))
    gazetteer = Gazetteer.load(settings.gazetteer)
    resolver = Resolver(gazetteer=gazetteer, actors=ActorDictionary.load(settings.actors_file))
    by_id = {str(d["doc_id"]): d for d in docs}
    articles: list[Article] = []
    skipped: Counter[str] = Counter()
    for doc in docs:
        article = to_article(doc)
        if isinstance(article, Rejection):
            skipped[article.code] += 1
        elif article.language not in {"en", None}:
            skipped[f"language {article.language}"] += 1
        else:
            articles.append(article)
    outcomes = [
        outcome(by_id[article.id], article, resolver.resolve(article, extraction), gazetteer)
        for article, extraction in extractor.pipe(iter(articles))
    ]
    wall = time.perf_counter() - start
    note = f", skipped {dict(skipped)}" if skipped else ""
    print(f"GVA dates and places: {len(outcomes)} documents, seed {args.seed}, {wall:.0f} s{note}")
    for half in halves:
        report(outcomes, half)
    if args.show:
        # Error examples come from the dev half only: the test half is reported, never studied.
        show(outcomes, args.show, "dev")


if __name__ == "__main__":
    main()
