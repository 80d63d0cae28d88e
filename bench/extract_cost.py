"""CPU cost of sitrep's own extraction components on Docs already parsed by spaCy.

    python bench/extract_cost.py [--synthetic 300] [--words 200] [--seed 7] [--repeat 5]

Two inputs, each read as ingest reads it (`sitrep.ingest.iter_articles`): ``--synthetic``
articles from ``_corpus.write_jsonl`` and the team corpus (tests/corpus/articles). Each is
parsed once, with every pipe except `SITREP_PIPES` (as `RuleExtractor` parses); then only
what `RuleExtractor` does after the parse (``_annotate`` and ``to_extraction``) is timed,
over fresh copies of those Docs, ``--repeat`` times. Prints CPU ms per article (this
process, best pass) and a SHA-256 of every Extraction's JSON, which must not change when
the components are made cheaper. ``--profile FILE`` writes a cProfile of one more pass.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CORPUS, write_jsonl
from spacy.tokens import Doc

from sitrep.extract import RuleExtractor, load_nlp
from sitrep.extract.engine import SITREP_PIPES
from sitrep.extract.to_candidates import to_extraction
from sitrep.ingest import iter_articles
from sitrep.model import Article


def _articles(paths: list[Path]) -> list[Article]:
    return [a for a in iter_articles(paths) if isinstance(a, Article)]


def _one_pass(extractor: RuleExtractor, pairs: list[tuple[Article, Doc]]) -> tuple[float, str]:
    """CPU seconds of the sitrep part over copies of the parsed Docs, and the output hash."""
    copies = [(article, doc.copy()) for article, doc in pairs]
    digest = hashlib.sha256()
    t0 = time.process_time()
    extractions = [to_extraction(a, extractor._annotate(doc, a)) for a, doc in copies]
    spent = time.process_time() - t0
    for extraction in extractions:
        digest.update(extraction.model_dump_json().encode())
    return spent, digest.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, default=300)
    ap.add_argument("--words", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--profile", type=Path, help="cProfile one more pass into this file")
    args = ap.parse_args()
    nlp = load_nlp(args.model)
    extractor = RuleExtractor(nlp=nlp)
    with tempfile.TemporaryDirectory() as tmp:
        dump = write_jsonl(Path(tmp) / "s.jsonl", args.synthetic, words=args.words, seed=args.seed)
        inputs = {"synthetic": _articles([dump]), "corpus": _articles([CORPUS])}
    profiler = cProfile.Profile() if args.profile else None
    for label, articles in inputs.items():
        with nlp.select_pipes(disable=list(SITREP_PIPES)):
            docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
        pairs = list(zip(articles, docs, strict=True))
        times: list[float] = []
        hashes: set[str] = set()
        for _ in range(args.repeat):
            spent, digest = _one_pass(extractor, pairs)
            times.append(spent)
            hashes.add(digest)
        if profiler is not None:
            profiler.runcall(_one_pass, extractor, pairs)
        words = sum(len(a.text.split()) for a in articles)
        per = 1000 * min(times) / len(articles)
        print(
            f"{label:10s} {len(articles):4d} articles {words:7d} words  "
            f"{per:7.2f} CPU ms/article (best of {args.repeat}; "
            f"median {1000 * sorted(times)[len(times) // 2] / len(articles):.2f})"
        )
        print(f"{'':10s} sha256 {' '.join(sorted(hashes))}")
    if profiler is not None:
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
