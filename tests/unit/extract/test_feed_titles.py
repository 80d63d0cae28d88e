"""An RSS item with a one-sentence summary: the title it carries names the town, the toll and
the weapon the summary leaves out, and the event gets them (real model; original text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.extract import RuleExtractor
from sitrep.ingest import iter_articles
from sitrep.model import Article

pytestmark = pytest.mark.slow

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Horn Wire</title><link>https://horn.example</link>
<item>
  <title>Car bomb kills 12 in Mogadishu market</title>
  <link>https://horn.example/bakara</link>
  <pubDate>Tue, 01 Mar 2022 14:00:00 +0300</pubDate>
  <description>Police said the blast struck the Bakara market during the morning rush hour
  on Tuesday. Al-Shabaab said it carried out the attack.</description>
</item>
</channel></rss>
"""


def test_the_title_of_a_summary_gives_place_toll_and_weapon(
    tmp_path: Path, extractor: RuleExtractor
) -> None:
    path = tmp_path / "horn.rss"
    path.write_text(RSS)
    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    [event] = [c for c in extractor.extract(article).candidates if not c.background]
    assert event.fatalities is not None and event.fatalities.value == 12
    assert any("Mogadishu" in p.text for p in event.places)
    assert event.weapon is not None and "car bomb" in event.weapon.lower()
