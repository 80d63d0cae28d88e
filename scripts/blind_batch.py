"""Prepare and check a blind batch of test articles (see tests/corpus/README.md).

    python scripts/blind_batch.py prepare DIR --split heldout|dev
    python scripts/blind_batch.py validate DIR

``prepare`` writes into DIR the writers' brief (tests/corpus/BLIND_BRIEF.md), the support
files drawn from the corpus's gold (the incident keys and outlets already used, the actor
names and the event types with their counts), an ``articles/`` folder and a copy of this
script as ``validate.py``, which checks the batch's ``gold.jsonl``: its JSON, its keys, its
types, and that every evidence quote is in its article. The writers read only DIR.
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
TOP_KEYS = {"article_id", "outlet", "published", "split", "events", "must_not"}
EVENT_KEYS = {
    "incident", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "assoc_actor_1", "assoc_actor_2", "claimed_by", "country", "admin1", "admin2",
    "location", "geo_precision", "fatalities", "injuries", "weapon", "background", "evidence",
    "notes",
}  # fmt: skip


def prepare(folder: Path, split: str, corpus: Path = CORPUS) -> None:
    """Write the brief, the support files and the validator into ``folder``."""
    rows = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line]
    events = [e for r in rows for e in r["events"]]
    actors = collections.Counter(
        e[k] for e in events for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2") if e[k]
    )
    types = collections.Counter((e["event_type"], e["sub_event_type"]) for e in events)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    brief = (corpus / "BLIND_BRIEF.md").read_text()
    (folder / "BRIEF.md").write_text(
        brief + f'\nThe split value for every gold line is "{split}".\n'
    )
    (folder / "existing_incidents.txt").write_text(
        "\n".join(sorted({e["incident"] for e in events})) + "\n"
    )
    (folder / "outlets_already_used.txt").write_text(
        "\n".join(sorted({r["outlet"] for r in rows})) + "\n"
    )
    (folder / "actor_names.txt").write_text("\n".join(a for a, _ in actors.most_common()) + "\n")
    (folder / "type_counts.txt").write_text(
        "\n".join(f"{n}\t{t} / {s}" for (t, s), n in sorted(types.items())) + "\n"
    )
    shutil.copy(Path(__file__), folder / "validate.py")


def _article_text(path: Path) -> str:
    text = path.read_text()
    if path.suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", text)


def _event_errors(where: str, ev: dict[str, object], flat: str, types: set[tuple[str, str]],
                  existing: set[str]) -> list[str]:  # fmt: skip
    if set(ev) != EVENT_KEYS:
        return [f"{where}: keys differ: missing {sorted(EVENT_KEYS - set(ev))}, "
                f"extra {sorted(set(ev) - EVENT_KEYS)}"]  # fmt: skip
    errors = []
    if (ev["event_type"], ev["sub_event_type"]) not in types:
        errors.append(f"{where}: unknown type {ev['event_type']} / {ev['sub_event_type']}")
    if ev["incident"] in existing:
        errors.append(f"{where}: incident key already in the corpus")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(ev["event_date"] or "")):
        errors.append(f"{where}: event_date must be YYYY-MM-DD")
    if ev["time_precision"] not in (1, 2, 3) or ev["geo_precision"] not in (1, 2, 3):
        errors.append(f"{where}: precision must be 1, 2 or 3")
    for key in ("fatalities", "injuries"):
        if ev[key] is not None and not isinstance(ev[key], int):
            errors.append(f"{where}: {key} must be an integer or null")
    if not isinstance(ev["background"], bool):
        errors.append(f"{where}: background must be true or false")
    if not all(ev[k] for k in ("actor1", "country", "admin1", "location")):
        errors.append(f"{where}: actor1, country, admin1 and location are required")
    quote = re.sub(r"\s+", " ", str(ev["evidence"] or "")).strip()
    if not quote or quote not in flat:
        errors.append(f"{where}: evidence is not an exact quote of the article: {quote[:70]!r}")
    return errors


def validate(folder: Path) -> list[str]:
    """What is wrong with ``folder/gold.jsonl`` (an empty list when nothing is)."""
    types = set()
    for line in (folder / "type_counts.txt").read_text().splitlines():
        event_type, sub = line.split("\t", 1)[1].split(" / ")
        types.add((event_type, sub))
    existing = set((folder / "existing_incidents.txt").read_text().split())
    used = set((folder / "outlets_already_used.txt").read_text().split())
    articles = {p.stem: p for p in (folder / "articles").iterdir()}
    errors: list[str] = []
    seen: set[str] = set()
    gold = folder / "gold.jsonl"
    lines = gold.read_text().splitlines() if gold.exists() else []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{gold}:{n}: bad JSON: {exc}")
            continue
        aid = row.get("article_id")
        if set(row) != TOP_KEYS:
            errors.append(f"{gold}:{n}: top-level keys {sorted(row)}")
        if aid not in articles:
            errors.append(f"{gold}:{n}: no article file for {aid}")
            continue
        seen.add(aid)
        named = re.match(r"(.+?)-(\d{4}-\d{2}-\d{2})-", aid)
        if not named or (named.group(1), named.group(2)) != (
            row.get("outlet"),
            row.get("published"),
        ):
            errors.append(
                f"{aid}: the file name must be OUTLET-PUBLISHED-slug, as its outlet and date"
            )
        if row.get("outlet") in used:
            errors.append(f"{aid}: outlet already used")
        flat = _article_text(articles[aid])
        for i, ev in enumerate(row.get("events", [])):
            errors += _event_errors(f"{aid} event {i}", ev, flat, types, existing)
    errors += [f"{aid}: article has no gold line" for aid in sorted(articles) if aid not in seen]
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("prepare", help="Write the brief and support files into DIR.")
    p.add_argument("folder", type=Path)
    p.add_argument("--split", choices=["dev", "heldout"], required=True)
    v = sub.add_parser("validate", help="Check DIR/gold.jsonl against DIR/articles.")
    v.add_argument("folder", type=Path, nargs="?", default=Path(__file__).resolve().parent)
    args = parser.parse_args(["validate"] if argv is None and len(sys.argv) == 1 else argv)
    if args.command == "prepare":
        prepare(args.folder, args.split)
        sys.stdout.write(f"prepared {args.folder} ({args.split})\n")
        return 0
    errors = validate(args.folder)
    count = len(list((args.folder / "articles").iterdir()))
    sys.stdout.write(("\n".join(errors) or f"OK: {count} articles") + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
