"""Every reader, directories, ids, origins and the within-batch identical-article check."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import sitrep.ingest
from sitrep.ingest import READERS, iter_articles
from sitrep.ingest.records import ARTICLE_ID_PREFIX
from sitrep.model import Article, Rejection, content_hash, stable_id

TODAY = date(2024, 6, 1)

KIRKUK = (
    "KIRKUK, Iraq - A car bomb exploded near a crowded vegetable market in southern Kirkuk "
    "on Tuesday morning, killing at least nine people and wounding 23 others, police said.\n\n"
    "The blast struck shortly after 8 a.m. as traders unloaded produce along Baghdad Road, "
    "a police captain said.\n\n"
    "No group immediately claimed responsibility for the attack."
)
TIKRIT = (
    "A roadside bomb struck an army patrol on the highway north of Tikrit on Monday, "
    "wounding three soldiers, a security source in Salahuddin province said."
)
SINJAR = (
    "Turkish drones struck a vehicle near the town of Sinjar on Thursday evening, killing two "
    "members of a local armed group, according to a statement by the group."
)


def _read(*paths: Path, **kwargs: object) -> tuple[list[Article], list[Rejection]]:
    kwargs.setdefault("today", TODAY)
    items = list(iter_articles(paths, **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(i, Article | Rejection) for i in items)
    articles = [i for i in items if isinstance(i, Article)]
    return articles, [i for i in items if isinstance(i, Rejection)]


def test_all_is_complete() -> None:
    assert sorted(sitrep.ingest.__all__) == ["NearDuplicateIndex", "READERS", "iter_articles"]
    assert all(getattr(sitrep.ingest, name) is not None for name in sitrep.ingest.__all__)


def test_dispatch_table_covers_every_documented_extension() -> None:
    expected = {".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".xml", ".rss", ".atom"}
    assert set(READERS) == expected


def test_txt_whole_file_is_the_body(tmp_path: Path) -> None:
    path = tmp_path / "kirkuk-report.txt"
    path.write_text(KIRKUK + "\n\nLeave a Reply\nYour email address will not be published.\n")
    articles, rejections = _read(path)
    assert rejections == []
    (article,) = articles
    assert article.id == "kirkuk-report"
    assert article.text.startswith("KIRKUK, Iraq - A car bomb exploded")
    assert article.text.endswith("claimed responsibility for the attack.")
    assert "Leave a Reply" not in article.text
    assert article.origin == str(path)
    assert article.language == "en"
    assert article.content_hash == content_hash(article.text)


def test_txt_filename_gives_outlet_and_date(tmp_path: Path) -> None:
    path = tmp_path / "shafaq-2021-01-22-kirkuk-market.txt"
    path.write_text(KIRKUK)
    (article,), _ = _read(path)
    assert article.id == "shafaq-2021-01-22-kirkuk-market"
    assert article.outlet == "shafaq"
    assert article.published == date(2021, 1, 22)


HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Car bomb kills nine in Kirkuk | Northern Dispatch</title>
<meta name="author" content="Layla Hassan">
<meta property="og:site_name" content="Northern Dispatch">
<meta property="article:published_time" content="2021-03-02T09:00:00+03:00">
<link rel="canonical" href="https://dispatch.example/kirkuk-market-bomb">
<script>var tracker = "SCRIPT-SHOULD-NOT-APPEAR";</script>
<style>.STYLE-SHOULD-NOT-APPEAR { color: red }</style>
</head><body>
<nav>Home | World | Sport</nav>
<article>
<h1>Car bomb kills nine in Kirkuk</h1>
<p>KIRKUK, Iraq - A car bomb exploded near a crowded vegetable market in southern Kirkuk on
Tuesday morning, killing at least nine people and wounding 23 others, police said.</p>
<p>The blast struck shortly after 8 a.m. as traders unloaded produce along Baghdad Road,
a police captain said, speaking on condition of anonymity.</p>
<p>No group immediately claimed responsibility for the attack, which came a week after a
similar bombing in the nearby town of Daquq.</p>
<script>document.write("INLINE-SCRIPT-SHOULD-NOT-APPEAR")</script>
</article>
<footer>Share this:</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE)
    (article,), rejections = _read(path)
    assert rejections == []
    assert "killing at least nine people" in article.text
    assert "SHOULD-NOT-APPEAR" not in article.text
    assert "Home | World" not in article.text
    assert article.title == "Car bomb kills nine in Kirkuk"
    assert article.author == "Layla Hassan"
    assert article.outlet == "Northern Dispatch"
    assert article.published == date(2021, 3, 2)
    assert article.url == "https://dispatch.example/kirkuk-market-bomb"
    assert article.id == "page"


def test_htm_fragment_falls_back_to_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "fragment.htm"
    path.write_text(f"<p>{TIKRIT}</p><script>alert('SCRIPT-SHOULD-NOT-APPEAR')</script>")
    (article,), _ = _read(path)
    assert article.text == TIKRIT
    assert "SCRIPT" not in article.text


def test_jsonl_records_with_line_origins(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {
            "id": "kr-1",
            "url": "https://a.example/1",
            "title": "Kirkuk blast",
            "text": KIRKUK,
            "published": "2021-03-02",
            "source": "Kirkuk Now",
            "author": "Staff",
        },
        {
            "url": "https://b.example/2",
            "text": TIKRIT,
            "outlet": "Salahuddin Daily",
            "language": "en-GB",
        },
        {"text": SINJAR, "id": 17},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    articles, rejections = _read(path)
    assert rejections == []
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    first, second, third = articles
    assert (first.id, first.outlet, first.author, first.title) == (
        "kr-1",
        "Kirkuk Now",
        "Staff",
        "Kirkuk blast",
    )
    assert first.published == date(2021, 3, 2)
    assert second.id == stable_id(ARTICLE_ID_PREFIX, "https://b.example/2")
    assert second.outlet == "Salahuddin Daily"
    assert second.language == "en"
    assert third.id == "17"


def test_json_array_and_single_object(tmp_path: Path) -> None:
    array = tmp_path / "batch.json"
    array.write_text(json.dumps([{"id": "a1", "text": KIRKUK}, {"text": TIKRIT}], indent=2))
    single = tmp_path / "rudaw-2020-06-04.json"
    single.write_text(json.dumps({"text": SINJAR, "title": "Drone strike near Sinjar"}))
    articles, rejections = _read(array, single)
    assert rejections == []
    assert [a.id for a in articles] == [
        "a1",
        stable_id(ARTICLE_ID_PREFIX, content_hash(TIKRIT)),
        "rudaw-2020-06-04",
    ]
    assert articles[0].origin == f"{array}:2"
    assert articles[1].origin == f"{array}:6"
    assert articles[2].origin == str(single)
    assert (articles[2].outlet, articles[2].published) == ("rudaw", date(2020, 6, 4))


def test_csv_with_quoting_and_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    body = KIRKUK.replace("\n\n", "\n").replace("police said", '"police said"')
    path.write_text(
        "id,url,title,text,published,source\r\n"
        f'k1,https://k.example/1,"Blast, Kirkuk","{body.replace(chr(34), chr(34) * 2)}",'
        "2021-03-02,Kirkuk Now\r\n"
        f"t1,,Tikrit patrol,{TIKRIT.replace(',', '')},,\r\n",
        encoding="utf-8",
    )
    articles, rejections = _read(path)
    assert rejections == []
    first, second = articles
    assert first.title == "Blast, Kirkuk"
    assert '"police said"' in first.text
    assert first.text.count("\n") == 4  # its title and a blank line first (a short text)
    assert first.text.startswith("Blast, Kirkuk\n\n")
    assert first.origin == f"{path}:2"
    assert second.origin == f"{path}:5"
    assert second.url is None
    assert second.outlet is None


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Nineveh Wire</title><link>https://nineveh.example</link>
<item>
  <title>Rockets hit base near Erbil</title>
  <link>https://nineveh.example/erbil-rockets</link>
  <pubDate>Tue, 02 Mar 2021 23:30:00 +0300</pubDate>
  <author>desk@nineveh.example (News Desk)</author>
  <description>&lt;p&gt;Two rockets struck near a base hosting coalition troops outside
  Erbil on Tuesday night, causing no casualties, officials said.&lt;/p&gt;
  &lt;script&gt;steal()&lt;/script&gt;</description>
</item>
<item>
  <title>Shepherds killed near Tuz Khurmatu</title>
  <link>https://nineveh.example/tuz</link>
  <description>Gunmen killed two shepherds near Tuz Khurmatu on Sunday, an official said.
  </description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Euphrates Monitor</title>
<entry>
  <title>Clashes in Deir ez-Zor</title>
  <link href="https://euphrates.example/clashes"/>
  <id>urn:uuid:1</id>
  <updated>2022-01-23T10:00:00Z</updated>
  <summary>Short summary.</summary>
  <content type="html">&lt;p&gt;Fighters clashed with tribal gunmen in the village of
  Dhiban in eastern Deir ez-Zor on Sunday.&lt;/p&gt;&lt;p&gt;Three fighters were
  killed, a monitoring group said.&lt;/p&gt;</content>
</entry>
</feed>
"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS)
    articles, rejections = _read(path)
    assert rejections == []
    erbil, tuz = articles
    assert erbil.outlet == tuz.outlet == "Nineveh Wire"
    assert erbil.title == "Rockets hit base near Erbil"
    assert erbil.url == "https://nineveh.example/erbil-rockets"
    assert erbil.id == stable_id(ARTICLE_ID_PREFIX, "https://nineveh.example/erbil-rockets")
    assert erbil.published == date(2021, 3, 2)  # the local date, not UTC's
    assert erbil.author == "News Desk"
    assert "Two rockets struck" in erbil.text
    assert "steal" not in erbil.text
    assert tuz.published is None
    # a summary is read with its title as its first line (SUMMARY_CHARS)
    assert tuz.text == (
        "Shepherds killed near Tuz Khurmatu\n\n"
        "Gunmen killed two shepherds near Tuz Khurmatu on Sunday, an official said."
    )


@pytest.mark.parametrize("suffix", [".atom", ".xml"])
def test_atom_entry_uses_content_over_summary(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"monitor{suffix}"
    path.write_text(ATOM)
    (article,), _ = _read(path)
    assert article.outlet == "Euphrates Monitor"
    assert article.text == (
        "Clashes in Deir ez-Zor\n\n"
        "Fighters clashed with tribal gunmen in the village of Dhiban in eastern Deir ez-Zor on "
        "Sunday.\nThree fighters were killed, a monitoring group said."
    )
    assert article.published == date(2022, 1, 23)


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(SINJAR)
    (tmp_path / "a.txt").write_text(KIRKUK)
    (tmp_path / "c.txt").write_text(TIKRIT)
    (tmp_path / ".hidden.txt").write_text("A hidden draft about a raid in Mosul on Monday.")
    (tmp_path / ".git" / "x.txt").write_text("Version control noise about Ramadi.")
    articles, rejections = _read(tmp_path)
    assert rejections == []
    assert [a.id for a in articles] == ["a", "z", "c"]


def test_unknown_extension_is_rejected_and_batch_goes_on(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    good = tmp_path / "good.txt"
    good.write_text(TIKRIT)
    articles, rejections = _read(odd, good)
    assert [a.id for a in articles] == ["good"]
    (rejection,) = rejections
    assert (rejection.path, rejection.code) == (str(odd), "unknown_extension")
    assert "'.docx'" in rejection.reason


def test_identical_articles_yielded_once(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(KIRKUK)
    (tmp_path / "two.txt").write_text("  " + KIRKUK.upper() + "\n\nShare this:\n")
    feed = tmp_path / "three.jsonl"
    feed.write_text(
        json.dumps({"url": "https://x.example/a", "text": TIKRIT})
        + "\n"
        + json.dumps({"url": "https://x.example/a", "text": SINJAR})
        + "\n"
    )
    articles, _ = _read(tmp_path)
    assert [a.text[:20] for a in articles] == [KIRKUK[:20], TIKRIT[:20]]


def test_each_identical_copy_dropped_is_told(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(KIRKUK)
    (tmp_path / "two.txt").write_text(KIRKUK)
    (tmp_path / "three.txt").write_text(TIKRIT)
    dropped: list[str] = []
    found = list(iter_articles([tmp_path], on_copy=dropped.append))
    assert len(found) == 2
    assert len(dropped) == 1 and dropped[0].endswith("two.txt")


def test_reused_id_with_different_text_is_made_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(KIRKUK)
    (tmp_path / "b" / "report.txt").write_text(TIKRIT)
    first, second = _read(tmp_path)[0]
    assert first.id == "report"
    assert second.id == f"report-{second.content_hash[:8]}"


def test_generator_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KIRKUK)
    (tmp_path / "b.txt").write_text(TIKRIT)
    stream = iter_articles([tmp_path], today=TODAY)
    first = next(stream)
    (tmp_path / "b.txt").write_text(SINJAR)  # read only when the stream reaches it
    second = next(stream)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert second.text == SINJAR
