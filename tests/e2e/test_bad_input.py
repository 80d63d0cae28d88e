"""One `sitrep run` over a folder holding every class of bad input next to good articles.

The batch is never stopped by a bad file: each one is named on stderr with its reason
(and line, for JSONL/CSV records), the good articles' events are stored, the run exits
with code 2, and a later run over the same folder leaves the stored events byte-identical.
All article text is original, written for this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.serve.cli import cli

pytestmark = pytest.mark.slow
CLI = "from sitrep.serve.cli import main; main()"
MAX_BYTES = 2_000_000  # SITREP_MAX_ARTICLE_BYTES for these runs (default 5,000,000)
MAX_CHARS = 50_000  # SITREP_MAX_ARTICLE_CHARS for these runs (default 200,000)

GOOD_ONE = (
    "TIKRIT, Iraq - A roadside bomb exploded beside a police pickup on the road between "
    "Tikrit and Samarra on Tuesday, killing three policemen and wounding two others, a "
    "provincial security official said.\n\n"
    "No group claimed responsibility. The road was closed for several hours while army "
    "engineers searched the verges for more explosives."
)
GOOD_TWO = (
    "BASRA - Several hundred people rallied outside the provincial council building in "
    "Basra on Wednesday to protest against power cuts during the summer heat.\n\n"
    "The demonstrators chanted slogans and dispersed peacefully in the evening, local "
    "reporters said."
)
DEEP = (
    "Gunmen attacked a checkpoint on the outskirts of Fallujah on Thursday night, killing "
    "one soldier, an army officer said."
)
JSONL_GOOD = (
    "Security forces arrested four men suspected of planting bombs in the Hay al-Jamia "
    "district of Baghdad on Sunday, the interior ministry said."
)
CSV_GOOD = (
    "An army patrol clashed with militants in the desert south of Rutba on Friday, and two "
    "militants were killed, a military statement said."
)
TYPO = (
    "HAMRIN - An air strike hit a militant hideout in the Hamrin mountains on Monday, "
    "killing 10,000,000 fighters, a statement from the joint operations command said.\n\n"
    "The statement gave no further details about the strike."
)
FUTURE = (
    "Unidentified attackers threw a grenade at a mobile phone shop in Sinjar, wounding the "
    "owner and a customer, police said."
)
FRENCH = (
    "Un engin explosif a explosé lundi au passage d'une patrouille militaire près de Kirkouk, "
    "tuant deux soldats et en blessant trois autres, selon une source sécuritaire. Aucun "
    "groupe n'a revendiqué l'attaque, qui intervient après une série d'incidents dans la "
    "province."
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY a "aaaaaaaaaa">\n'
    + "".join(f'  <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
    + ']>\n<rss version="2.0"><channel><title>Wire</title><item><title>t</title>'
    "<description>&j;</description></item></channel></rss>\n"
)


@dataclass(frozen=True)
class Bad:
    """A bad input and what stderr must say about it."""

    name: str
    says: str  # a fragment of the reason printed next to the file name
    line: int | None = None


def sitrep(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SITREP_MAX_ARTICLE_BYTES": str(MAX_BYTES),
        "SITREP_MAX_ARTICLE_CHARS": str(MAX_CHARS),
        "COLUMNS": "400",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-c", CLI, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def export(db: Path, out: Path) -> list[str]:
    args = ["export", "--db", str(db), "--format", "jsonl", "--out", str(out)]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return sorted(out.read_text(encoding="utf-8").splitlines())


def write_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "northwire-2024-05-08-tikrit-bomb.txt").write_text(GOOD_ONE, encoding="utf-8")
    (folder / "gulfherald-2024-05-09-basra-rally.txt").write_text(GOOD_TWO, encoding="utf-8")


def write_inbox(folder: Path, secret: Path) -> list[Bad]:
    """The two good articles, more good records inside bad files, and every bad class."""
    write_good(folder)
    bad: list[Bad] = []

    def put(name: str, data: bytes | str, says: str, line: int | None = None) -> None:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        bad.append(Bad(name, says, line))

    put(
        "mixed-encodings.txt",
        "Première phrase en UTF-8.\n".encode() + "Deuxième phrase en Latin-1.\n".encode("latin-1"),
        "mixed encodings: line 1 is UTF-8 but line 2 is not",
    )
    put("undetectable.txt", bytes(range(128, 256)) * 8, "encoding could not be detected")
    put(
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 64,
        "NUL bytes: not a text file",
    )
    put("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unknown extension '.pdf'")
    put("empty.txt", b"", "empty or whitespace-only file")
    put("blank.txt", b"  \n\t\r\n   \n", "empty or whitespace-only file")
    put(
        "huge-dump.txt",
        (GOOD_ONE + "\n").encode() * (MAX_BYTES // 300),
        f"over the {MAX_BYTES:,}-byte limit",
    )
    put(
        "long-digest.txt",
        "\n\n".join([GOOD_ONE] * (2 * MAX_CHARS // len(GOOD_ONE))),
        f"over the {MAX_CHARS:,}-character limit",
    )
    put(
        "records.jsonl",
        json.dumps({"id": "jsonl-arrests", "published": "2024-05-12", "text": JSONL_GOOD})
        + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "no-text", "title": "Headline only"})
        + "\n",
        "malformed JSON: Unterminated string",
        line=2,
    )
    bad.append(Bad("records.jsonl", "no 'text' field", line=3))
    put(
        "rows.csv",
        "id,published,text\n"
        + f'csv-rutba,2024-05-10,"{CSV_GOOD}"\n'
        + "too,many,fields,in,this,row\n",
        "row has 6 fields, the header has 3",
        line=3,
    )
    put("laughs.rss", BILLION_LAUGHS, "XML declares entities or external references")
    put(
        "xxe.xml",
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<rss><channel><title>Wire</title><item><title>t</title>"
        "<description>&xxe; Gunmen attacked a checkpoint.</description></item></channel></rss>",
        "XML declares entities or external references",
    )
    # Read and stored, but not as they claim to be: a warning or a flag, not a rejection.
    (folder / "deep.html").write_text(
        "<html><head><title>Deep page</title></head><body>"
        + "<div>" * 100_000
        + f"<p>{DEEP}</p>"
        + "</div>" * 100_000
        + "</body></html>",
        encoding="utf-8",
    )
    (folder / "northwire-2031-01-01-sinjar-grenade.txt").write_text(FUTURE, encoding="utf-8")
    (folder / "afpfr-2024-05-08-kirkouk.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "northwire-2024-05-14-hamrin-strike.txt").write_text(TYPO, encoding="utf-8")
    return bad


def events_of(lines: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Events by the article ids of their sources."""
    out: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        event = json.loads(line)
        for source in event["sources"]:
            out.setdefault(str(source["article_id"]), []).append(event)
    return out


def test_every_bad_input_class_in_one_run(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt.bak"
    secret.write_text("TOP-SECRET-CONTENT")
    good, inbox, db = tmp_path / "good", tmp_path / "inbox", tmp_path / "store.db"

    # 1. a store that already holds data: the two good articles alone
    write_good(good)
    first = sitrep("run", str(good), "--db", str(db))
    assert first.returncode == 0, first.stderr
    before = export(db, tmp_path / "before.jsonl")
    assert before
    stored = events_of(before)
    assert {"northwire-2024-05-08-tikrit-bomb", "gulfherald-2024-05-09-basra-rally"} <= set(stored)

    # 2. the same good articles among every class of bad input
    bad = write_inbox(inbox, secret)
    second = sitrep("-v", "run", str(inbox), "--db", str(db))
    assert second.returncode == 2, second.stderr
    err = second.stderr
    lines = err.splitlines()
    for item in bad:
        where = f"{inbox / item.name}:{item.line}: " if item.line else f"{inbox / item.name}: "
        named = [ln for ln in lines if "rejected" in ln and where in ln]
        assert named, f"{item.name} not reported as rejected:\n{err}"
        assert any(item.says in ln for ln in named), (item, named)
    assert "TOP-SECRET" not in err + second.stdout
    future = inbox / "northwire-2031-01-01-sinjar-grenade.txt"
    assert f"{future}: publication date 2031-01-01 from the file name is in the future" in err
    assert "afpfr-2024-05-08-kirkouk: language fr skipped" in err
    assert f"{len(bad)} rejected, 0 failed" in second.stdout
    assert "2 already done" in second.stdout
    assert "1 skipped (language)" in second.stdout

    after = export(db, tmp_path / "after.jsonl")
    assert set(before) <= set(after), "an existing event changed"
    by_article = events_of(after)
    # the readable records inside bad files, and the deep page, were processed
    for article_id in ("jsonl-arrests", "csv-rutba", "deep"):
        assert article_id in by_article, (article_id, sorted(by_article))
    # nothing from the rejected files, the French article or the XXE entity
    assert not set(by_article) & {
        "afpfr-2024-05-08-kirkouk",
        "xxe",
        "laughs",
        "huge-dump",
        "long-digest",
    }
    # the future-dated article is kept without a publication date
    for event in by_article.get("northwire-2031-01-01-sinjar-grenade", []):
        assert all(s["published"] is None for s in event["sources"])
        assert event["event_date"] is None or str(event["event_date"]) <= date.today().isoformat()
    # the absurd figure: flagged, not coded, raw figure kept
    (strike,) = by_article["northwire-2024-05-14-hamrin-strike"]
    assert strike["fatalities"] is None
    assert "implausible fatalities figure 10,000,000 flagged for review" in str(strike["notes"])
    (source,) = strike["sources"]
    assert source["fatalities"] is None
    assert "10,000,000" in source["raw_fatalities"]
    assert source["field_confidence"]["fatalities"] <= 0.1
    assert strike["confidence"] <= 0.5

    # 3. the same folder again: nothing new, every stored event byte-identical
    third = sitrep("run", str(inbox), "--db", str(db))
    assert third.returncode == 2, third.stderr
    assert "0 new" in third.stdout
    assert export(db, tmp_path / "again.jsonl") == after
