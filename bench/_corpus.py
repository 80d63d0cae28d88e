"""Text sources for the benchmarks: the team's corpus, recombined to any size, or the
AG News raw text in ../shared/data when present (never required).

Recombined articles must describe *distinct* incidents at the rate real news does,
or the merge stage sees one ever-growing event (every copy of a sentence with an
absolute date is the same incident) and the benchmark measures a pathology instead
of the pipeline. So articles are generated per incident: an incident is reported by
1-3 articles (most by one), each built from one corpus article's sentences (its
story) plus filler from others, and everything in an incident is moved to its own
publication date (absolute dates shifted by the same number of days, bare years by
the same number of years), its own towns (every known town renamed to a random town
of the same country from the gazetteer) and its own figures. Deterministic by seed.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "articles"
STORIES = Path(__file__).resolve().parent / "stories.txt"
"""The corpus articles the synthetic text is made of, one file name a line: pinned, so that
the articles the corpus gains later (batch 10 on, 2026-12-06) leave every benchmark's text
as it was and its figures comparable from one day to the next."""
GOLD = ROOT / "tests" / "corpus" / "gold.jsonl"
AG_NEWS = ROOT.parent / "shared" / "data" / "ag_news" / "test.csv"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_FILE_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = "|".join([*_MONTHS, r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"])
"""A month's name, or its wire-service abbreviation ("Jan.", "Sept", "Oct")."""
_DATES = re.compile(
    rf"\b(?P<dmy>(?P<d1>\d{{1,2}}) (?P<m1>{_MONTH})(?: (?P<y1>(?:19|20)\d\d))?)(?!\w)"
    rf"|\b(?P<mdy>(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:, (?P<y2>(?:19|20)\d\d))?)\b"
    rf"|\b(?P<my>(?P<m3>{_MONTH}) (?P<y3>(?:19|20)\d\d))\b"
    r"|\b(?P<num>(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>(?:19|20)\d\d))\b"
    r"|\b(?P<iso>(?P<y5>(?:19|20)\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d))\b"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
)
"""Every date form the corpus writes, so that each copy of a story is moved to its own
incident's days: a form left unshifted (it was once "Jan. 22") pins every copy of its story
to the same day of each year, and the merge sees those copies as one ever-growing event."""
_FIGURE = re.compile(
    r"\b([2-9]|[1-9]\d)\b(?= (?!(?:a\.m|p\.m|km|kilomet|mile|year|hour|percent))[a-z])"
)
_FIRST = date(2001, 1, 1)
_DAYS = 9_000
"""Publication dates are spread over about 25 years."""
_REPORTS = (1, 1, 1, 1, 1, 1, 2, 2, 2, 3)
"""Articles per incident: most incidents are reported once, a few by two or three."""


@dataclass(frozen=True)
class _Story:
    published: date
    sentences: list[str]


def _paragraph_sentences(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        if len(paragraph.split()) >= 8:
            out += [s.strip() for s in _SENTENCE.split(paragraph) if len(s.split()) >= 6]
    return out


def corpus_stories() -> list[_Story]:
    """The pinned corpus articles (`STORIES`) as sentence lists with their publication date."""
    stories: list[_Story] = []
    for name in STORIES.read_text(encoding="utf-8").split():
        path = CORPUS / name
        if not path.is_file():
            raise FileNotFoundError(f"{STORIES}: {name} is not in {CORPUS} (renamed or removed?)")
        found = _FILE_DATE.search(path.name)
        if found is None:
            continue
        sentences = _paragraph_sentences(path.read_text(encoding="utf-8"))
        if sentences:
            stories.append(_Story(date(*map(int, found.groups())), sentences))
    return stories


def corpus_sentences() -> list[str]:
    return [s for story in corpus_stories() for s in story.sentences]


def _towns() -> tuple[re.Pattern[str] | None, dict[str, str], dict[str, list[str]]]:
    """A pattern for the towns the corpus names, each town's country code, and the
    towns of each country (gazetteer cities of 20,000 people or more)."""
    try:
        from sitrep.resolve import Gazetteer

        gazetteer = Gazetteer.load()
        path = gazetteer.path
        gazetteer.close()
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (
        ImportError,
        OSError,
        sqlite3.Error,
    ):  # the benchmark still runs, with dates and figures varied only
        return None, {}, {}
    names = {"Iraq": "IQ", "Syria": "SY", "Somalia": "SO", "Mali": "ML"}
    rows = con.execute(
        "SELECT name, cc FROM places WHERE kind = 'city' AND population >= 20000 "
        "AND cc IN ('IQ', 'SY', 'SO', 'ML') ORDER BY cc, name"
    ).fetchall()
    con.close()
    country_of = {str(name): str(cc) for name, cc in rows if " " not in str(name)}
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("split") != "dev":
                continue
            for event in record["events"]:
                cc = names.get(event.get("country") or "")
                if cc and event.get("location") and event.get("geo_precision") == 1:
                    country_of.setdefault(str(event["location"]), cc)
    by_country: dict[str, list[str]] = {}
    for name, cc in sorted(country_of.items()):
        by_country.setdefault(cc, []).append(name)
    words = sorted(country_of, key=lambda n: (-len(n), n))
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")
    return pattern, country_of, by_country


class _Incident:
    """Rewrites sentences into one incident's dates, towns and figures."""

    def __init__(
        self,
        rng: random.Random,
        published: date,
        towns: tuple[re.Pattern[str] | None, dict[str, str], dict[str, list[str]]],
    ) -> None:
        self.rng = rng
        self.published = published
        self.pattern, self.country_of, self.by_country = towns
        self.renamed: dict[str, str] = {}
        self.factor = rng.choice((0.5, 1.0, 1.0, 1.5, 2.0, 3.0))

    def rewrite(self, sentence: str, source: date) -> str:
        delta = self.published - source
        years = round(delta.days / 365.25)
        sentence = _DATES.sub(lambda m: _shift(m, delta, years, source), sentence)
        if self.pattern is not None:
            sentence = self.pattern.sub(self._town, sentence)
        return _FIGURE.sub(lambda m: str(max(2, round(int(m.group(1)) * self.factor))), sentence)

    def _town(self, match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in self.renamed:
            self.renamed[name] = self.rng.choice(self.by_country[self.country_of[name]])
        return self.renamed[name]


def _month(name: str) -> int:
    """1-12 for a month's name or abbreviation."""
    return [m[:3] for m in _MONTHS].index(name[:3]) + 1


def _shift(match: re.Match[str], delta: timedelta, years: int, source: date) -> str:
    g = match.groupdict()
    try:
        if g["dmy"] or g["mdy"]:
            day = int(g["d1"] or g["d2"])
            month = _month(g["m1"] or g["m2"])
            year = int(g["y1"] or g["y2"] or source.year)
            moved = date(year, month, day) + delta
            name = _MONTHS[moved.month - 1]
            if g["dmy"]:
                return f"{moved.day} {name}" + (f" {moved.year}" if g["y1"] else "")
            return f"{name} {moved.day}" + (f", {moved.year}" if g["y2"] else "")
        if g["my"]:
            moved = date(int(g["y3"]), _month(g["m3"]), 15) + delta
            return f"{_MONTHS[moved.month - 1]} {moved.year}"
        if g["num"]:
            moved = date(int(g["y4"]), int(g["m4"]), int(g["d4"])) + delta
            return f"{moved.day:02d}.{moved.month:02d}.{moved.year}"
        if g["iso"]:
            return (date(int(g["y5"]), int(g["m5"]), int(g["d5"])) + delta).isoformat()
        return str(int(g["year"]) + years)
    except ValueError:  # "31 February" in the source text: leave it
        return match.group(0)


def synthetic_articles(n: int, *, words: int = 600, seed: int = 7) -> Iterator[dict[str, str]]:
    """`n` articles of about `words` words about distinct incidents (deterministic)."""
    rng = random.Random(seed)
    stories = corpus_stories()
    towns = _towns()
    i = 0
    while i < n:
        story = rng.choice(stories)
        published = _FIRST + timedelta(days=rng.randrange(_DAYS))
        incident = _Incident(rng, published, towns)
        for _ in range(min(rng.choice(_REPORTS), n - i)):
            day = published + timedelta(days=rng.choice((0, 0, 1)))
            told = [s for k, s in enumerate(story.sentences) if k == 0 or rng.random() < 0.75]
            body = [incident.rewrite(s, story.published) for s in told]
            count = sum(len(s.split()) for s in body)
            while count < words:
                other = rng.choice(stories)
                sentence = incident.rewrite(rng.choice(other.sentences), other.published)
                body.append(sentence)
                count += len(sentence.split())
            paragraphs = [" ".join(body[j : j + 4]) for j in range(0, len(body), 4)]
            yield {
                "id": f"synthetic-{i:07d}",
                "url": f"https://example.org/news/{i}",
                "title": body[0][:80],
                "text": "\n\n".join(paragraphs),
                "published": day.isoformat(),
                "source": f"outlet-{rng.randrange(17)}",
            }
            i += 1


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


def write_jsonl(path: Path, n: int, *, words: int = 600, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_articles(n, words=words, seed=seed):
            out.write(json.dumps(record) + "\n")
    return path
