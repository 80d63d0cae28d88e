"""Text sources for the benchmarks: the team's corpus, recombined to any size, or the
AG News raw text in ../shared/data when present (never required)."""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "articles"
AG_NEWS = ROOT.parent / "shared" / "data" / "ag_news" / "test.csv"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def corpus_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for paragraph in text.split("\n"):
            if len(paragraph.split()) >= 8:
                sentences += [s.strip() for s in _SENTENCE.split(paragraph) if len(s.split()) >= 6]
    return sentences


def synthetic_articles(n: int, *, words: int = 600, seed: int = 7) -> Iterator[dict[str, str]]:
    """`n` articles of about `words` words, recombined from corpus sentences (deterministic)."""
    rng = random.Random(seed)
    sentences = corpus_sentences()
    start = date(2020, 1, 1)
    for i in range(n):
        body: list[str] = []
        count = 0
        while count < words:
            sentence = rng.choice(sentences)
            body.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(body[j : j + 4]) for j in range(0, len(body), 4)]
        yield {
            "id": f"synthetic-{i:07d}",
            "url": f"https://example.org/news/{i}",
            "title": body[0][:80],
            "text": "\n\n".join(paragraphs),
            "published": (start + timedelta(days=i % 1000)).isoformat(),
            "source": f"outlet-{i % 17}",
        }


def ag_news_texts(limit: int) -> list[str] | None:
    if not AG_NEWS.exists():
        return None
    texts: list[str] = []
    with AG_NEWS.open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if len(row) >= 3:
                texts.append(f"{row[1]}. {row[2]}".replace("\\", " "))
            if len(texts) >= limit:
                break
    return texts


def write_jsonl(path: Path, n: int, *, words: int = 600) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_articles(n, words=words):
            out.write(json.dumps(record) + "\n")
    return path
