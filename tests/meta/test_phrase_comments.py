"""A trigger or cue phrase with the number token ``#`` must be quoted: YAML reads an unquoted
`` # `` as the start of a comment and silently cuts the phrase there ("dropped|drop # bomb|bombs"
became "dropped|drop", an air-strike trigger on every "attacks dropped sharply")."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "data"

# an unquoted list item whose "comment" reads like more of the phrase: alternatives or "~"
_CUT = re.compile(r"^\s*-\s+[^\"'\s#][^#]*\s#\s+(\S+)")


def test_no_phrase_is_cut_by_an_unquoted_number_token() -> None:
    cut = []
    for path in sorted(DATA.rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = _CUT.match(line)
            if match and ("|" in match.group(1) or match.group(1).endswith("~")):
                cut.append(f"{path.relative_to(DATA)}:{number}: {line.strip()}")
    assert not cut, "quote these phrases:\n" + "\n".join(cut)
