"""CPU cost of the resolve stage alone (`Resolver.resolve`), per article, and a hash of its output.

    python bench/resolve_cost.py [--articles 300] [--words 200] [--seed 7] [--corpus]
                                 [--repeat 3] [--extractions PATH]

Articles: ``--articles`` synthetic ones (bench/_corpus.py, read back as ingest reads them)
and, with ``--corpus``, the team's corpus (tests/corpus/articles). They are extracted once
(RuleExtractor, en_core_web_sm); with ``--extractions PATH`` the (article, extraction) pairs
are saved there, or read back when the file exists, so that a later run resolves exactly the
same input while the extract stage changes under it. Then only `Resolver.resolve` is timed,
in CPU seconds of this process (time.process_time), on a resolver built as `build_runner`
builds it:

* cold: the first pass of a fresh resolver, which meets every name for the first time (as a
  long run meets each new name once);
* warm: the best of ``--repeat`` passes after it;
* split: one more pass, timed per sub-step (article context, article days, events);

each as CPU ms per article, for the synthetic and the corpus articles apart. Last, a SHA-256
of the resolved events (``Event.model_dump_json()`` of every event of every article, in
order) per set: a change that should not alter the output must leave both hashes as they were.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CORPUS, write_jsonl

from sitrep.ingest import iter_articles
from sitrep.model import Article, Extraction
from sitrep.pipeline.parallel import build_resolver
from sitrep.resolve import Resolver
from sitrep.resolve import resolver as resolver_module
from sitrep.settings import Settings

Pair = tuple[Article, Extraction]


def extract(articles: Sequence[Article]) -> list[Pair]:
    from sitrep.extract import RuleExtractor, load_nlp  # not needed to read extractions back

    extractor = RuleExtractor(nlp=load_nlp("en_core_web_sm"))
    return list(extractor.pipe(articles, batch_size=32))


def load_sets(args: argparse.Namespace) -> dict[str, list[Pair]]:
    """The (article, extraction) pairs of each set, extracted now or read back."""
    saved = Path(args.extractions) if args.extractions else None
    if saved is not None and saved.exists():
        sets: dict[str, list[Pair]] = defaultdict(list)
        for line in saved.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            pair = (Article.model_validate(row["article"]), Extraction.model_validate(row["ext"]))
            sets[row["set"]].append(pair)
        print(f"extractions read from {saved}")
        return dict(sets)
    with tempfile.TemporaryDirectory() as tmp:
        dump = write_jsonl(
            Path(tmp) / "bench.jsonl", args.articles, words=args.words, seed=args.seed
        )
        chosen = {"synthetic": [a for a in iter_articles([dump]) if isinstance(a, Article)]}
    if args.corpus:
        chosen["corpus"] = [a for a in iter_articles([CORPUS]) if isinstance(a, Article)]
    sets = {name: extract(articles) for name, articles in chosen.items()}
    if saved is not None:
        with saved.open("w", encoding="utf-8") as out:
            for name, pairs in sets.items():
                for article, ext in pairs:
                    row = {"set": name, "article": article.model_dump(mode="json"),
                           "ext": ext.model_dump(mode="json")}  # fmt: skip
                    out.write(json.dumps(row) + "\n")
        print(f"extractions saved to {saved}")
    return sets


def resolve_all(resolver: Resolver, pairs: Sequence[Pair]) -> tuple[float, str]:
    """CPU seconds to resolve every pair, and the SHA-256 of the events."""
    digest = hashlib.sha256()
    seconds = 0.0
    for article, ext in pairs:
        t0 = time.process_time()
        events = resolver.resolve(article, ext)
        seconds += time.process_time() - t0
        for event in events:
            digest.update(event.model_dump_json().encode())
            digest.update(b"\n")
    return seconds, digest.hexdigest()


def _timed(totals: dict[str, float], step: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*a: Any, **kw: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            totals[step] += time.process_time() - t0

    return wrapper


def split(resolver: Resolver, pairs: Sequence[Pair]) -> dict[str, float]:
    """CPU seconds per sub-step of `Resolver.resolve` over one pass (warm)."""
    totals: dict[str, float] = defaultdict(float)
    places = resolver.places
    days = resolver_module.article_days
    places.article_context = _timed(totals, "article_context", places.article_context)  # type: ignore[method-assign]
    resolver._event = _timed(totals, "_event", resolver._event)  # type: ignore[method-assign]
    resolver_module.article_days = _timed(totals, "article_days", days)  # type: ignore[assignment]
    try:
        total, _ = resolve_all(resolver, pairs)
    finally:
        del places.article_context, resolver._event
        resolver_module.article_days = days  # type: ignore[assignment]
    totals["other"] = total - sum(totals.values())
    return dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--words", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", action="store_true", help="also the team's corpus articles")
    parser.add_argument("--repeat", type=int, default=3, help="warm: best of this many passes")
    parser.add_argument("--extractions", help="JSONL of extractions: written, or read if present")
    args = parser.parse_args()
    sets = load_sets(args)
    settings = Settings()
    for name, pairs in sets.items():
        n = len(pairs)
        events = sum(len(ext.candidates) for _, ext in pairs)
        resolver = build_resolver(settings.gazetteer, settings.actors_file)
        cold, digest = resolve_all(resolver, pairs)
        warm_runs = [resolve_all(resolver, pairs) for _ in range(args.repeat)]
        if any(d != digest for _, d in warm_runs):
            print(f"{name}: WARNING: a warm pass resolved differently from the cold one")
        warm = min(s for s, _ in warm_runs)
        steps = split(resolver, pairs)
        print(f"{name}: {n} articles, {events} candidate events")
        print(f"  cold (first pass)  {1000 * cold / n:8.2f} CPU ms/article")
        print(f"  warm (best of {args.repeat})   {1000 * warm / n:8.2f} CPU ms/article")
        for step, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
            print(f"    {step:<16} {1000 * seconds / n:8.2f} CPU ms/article")
        print(f"  sha256 {digest}")


if __name__ == "__main__":
    main()
