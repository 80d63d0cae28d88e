"""Publication-date precedence, the file-name pattern, text cleaning and language."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import iter_articles
from sitrep.ingest.clean import boilerplate_patterns, clean_text, is_boilerplate
from sitrep.ingest.language import detect_language
from sitrep.ingest.published import FILENAME_PATTERN, NameHints, name_hints, parse_date
from sitrep.model import Article

TODAY = date(2024, 6, 1)
BODY = (
    "Two mortar rounds landed near a police station in the town of Tuz Khurmatu on Wednesday, "
    "damaging a wall but causing no casualties, the district mayor said."
)
HTML = """<html><head><title>Mortars hit Tuz</title>
<meta property="article:published_time" content="2023-04-05T08:00:00+03:00"></head>
<body><article><p>{body}</p><p>Security forces later searched nearby orchards.</p>
<p>Residents said the attack was the third of its kind this month in the district.</p>
</article></body></html>"""


def _articles(*paths: Path, **kwargs: object) -> list[Article]:
    kwargs.setdefault("today", TODAY)
    items = list(iter_articles(paths, **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


# --- file-name pattern ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "hints"),
    [
        ("rudaw-2020-06-04.txt", NameHints("rudaw", "2020-06-04", None)),
        ("shafaq-2021-01-22-iq-tayaran.html", NameHints("shafaq", "2021-01-22", "iq-tayaran")),
        ("kurdistan-24-2019-10-13.txt", NameHints("kurdistan-24", "2019-10-13", None)),
        ("report.txt", NameHints()),
        ("2020-06-04.txt", NameHints()),
        ("rudaw-20200604.txt", NameHints()),
    ],
)
def test_name_hints(name: str, hints: NameHints) -> None:
    assert name_hints(Path(name)) == hints


def test_filename_pattern_is_the_documented_regex() -> None:
    assert FILENAME_PATTERN.pattern == (
        r"^(?P<outlet>.+?)-(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<slug>.+))?$"
    )


# --- parse_date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-03-02", date(2021, 3, 2)),
        ("2021-03-02T23:30:00+03:00", date(2021, 3, 2)),
        ("2021-03-02T10:00:00Z", date(2021, 3, 2)),
        ("Tue, 02 Mar 2021 23:30:00 +0300", date(2021, 3, 2)),
        ("2 March 2021", date(2021, 3, 2)),
        ("March 2, 2021", date(2021, 3, 2)),
        ("02.03.2021", date(2021, 3, 2)),
        ("yesterday", None),
        ("2021-13-45", None),
        ("0999-01-01", None),
        ("", None),
    ],
)
def test_parse_date(raw: str, expected: date | None) -> None:
    assert parse_date(raw) == expected


# --- precedence -----------------------------------------------------------------------


def test_record_date_beats_published_argument(tmp_path: Path) -> None:
    path = tmp_path / "wire-2019-01-01.jsonl"
    path.write_text(json.dumps({"text": BODY, "published": "2023-04-05"}) + "\n")
    (article,) = _articles(path, published=date(2022, 2, 2))
    assert article.published == date(2023, 4, 5)


def test_published_argument_beats_html_metadata_and_file_name(tmp_path: Path) -> None:
    path = tmp_path / "tuzwire-2019-01-01.html"
    path.write_text(HTML.format(body=BODY))
    (article,) = _articles(path, published=date(2022, 2, 2))
    assert article.published == date(2022, 2, 2)


def test_html_metadata_beats_file_name(tmp_path: Path) -> None:
    path = tmp_path / "tuzwire-2019-01-01.html"
    path.write_text(HTML.format(body=BODY))
    (article,) = _articles(path)
    assert article.published == date(2023, 4, 5)
    assert article.outlet == "tuzwire"


def test_file_name_is_the_last_resort(tmp_path: Path) -> None:
    path = tmp_path / "tuzwire-2019-01-01-mortars.txt"
    path.write_text(BODY)
    (article,) = _articles(path)
    assert article.published == date(2019, 1, 1)


def test_no_date_warns_and_keeps_the_article(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(BODY)
    with caplog.at_level(logging.WARNING, logger="sitrep.ingest"):
        (article,) = _articles(path)
    assert article.published is None
    assert f"{path}: no publication date" in caplog.text


@pytest.mark.parametrize("raw", ["2031-07-09", "not a date at all"])
def test_future_or_unparseable_record_date_is_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, raw: str
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"id": "x", "text": BODY, "published": raw}) + "\n")
    with caplog.at_level(logging.WARNING, logger="sitrep.ingest"):
        (article,) = _articles(path)
    assert article.published is None
    assert f"{path}:1: " in caplog.text
    assert raw in caplog.text or "future" in caplog.text


def test_future_record_date_falls_back_to_the_next_source(tmp_path: Path) -> None:
    path = tmp_path / "wire-2020-05-05.jsonl"
    path.write_text(json.dumps({"text": BODY, "published": "2031-07-09"}) + "\n")
    (article,) = _articles(path)
    assert article.published == date(2020, 5, 5)


def test_future_published_argument_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(BODY)
    (article,) = _articles(path, published=date(2030, 1, 1))
    assert article.published is None


# --- cleaning -------------------------------------------------------------------------


def test_boilerplate_lines_are_removed_but_sentences_mentioning_them_stay() -> None:
    raw = (
        "In Iraq, Northern Dispatch\r\n\r\n"
        f"{BODY}\r"
        "Share this:\n"
        "Read more: Rockets strike Baghdad airport\n"
        "Officials urged residents to read more about safety measures on the mayor's page.\n"
        "\n\n\n\n"
        "We use cookies to improve your experience on our website.\n"
        "Comments are moderated and may take a day to appear.\n"
        "Leave a Reply   \n"
        "Your email address will not be published. Required fields are marked *\n"
        "© 2021 Northern Dispatch. All rights reserved.\n"
    )
    assert clean_text(raw) == (
        "In Iraq, Northern Dispatch\n\n"
        f"{BODY}\n"
        "Officials urged residents to read more about safety measures on the mayor's page."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "  SHARE THIS:  ",
        "Required fields are marked *",
        "Tags: Kirkuk, ISIS",
        "Share: Telegram | WhatsApp | Facebook",
        "Download PDF | Cite this article | Share",
        "Instagram | YouTube | Twitter",
        "Related: Police arrest two suspects in Tuz Khurmatu",
        "Home > Syria > Deir ez-Zor",
        "Comments (4)",
        "The Mosul Herald is not responsible for the content of comments.",
        "All rights reserved to the Nineveh Wire 2022",
        "5 min read",
        "Caption: Students flee tear gas near the governor's office on Tuesday. (Staff photo)",
        "Photo caption: Firefighters at the site of the blast in Tayaran Square.",
        "PHOTO: Smoke rises over the provincial council building in Nasiriyah.",
        "File photo: Army vehicles on the Kirkuk-Hawija road (archive).",
    ],
)
def test_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share this story with anyone who lost a relative in the Kirkuk bombing, he said.",
        "Militants leave a reply of gunfire to every patrol, a resident said.",
        "Facebook said it had removed accounts linked to the militia.",
        "Homes were torched in the village after the attack.",
        "Comments by the provincial governor drew criticism from Baghdad.",
        "Follow-up raids continued in the orchards north of Baqubah.",
        "Photographers covering the protest were beaten by police in Kirkuk on Monday.",
        "A photo shared online showed the burnt-out truck: police confirmed it was theirs.",
        "",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_boilerplate_patterns_load_from_the_data_file() -> None:
    assert len(boilerplate_patterns()) >= 20


def test_cleaning_strips_control_characters_and_normalises_newlines() -> None:
    assert clean_text("a\x07b\u2028c\r\nd\x0ce") == "ab\nc\nd\ne"


# --- language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "A car bomb exploded near a crowded market in southern Kirkuk on Tuesday, killing at "
            "least nine people and wounding 23 others, police said.",
            "en",
        ),
        (
            "Une voiture piégée a explosé mardi près d'un marché bondé du sud de Kirkouk, tuant "
            "au moins neuf personnes et en blessant vingt-trois autres, selon la police.",
            "fr",
        ),
        (
            "Un coche bomba estalló el martes cerca de un mercado abarrotado del sur de Kirkuk y "
            "mató al menos a nueve personas e hirió a otras veintitrés, según la policía.",
            "es",
        ),
        (
            "انفجرت سيارة مفخخة صباح الثلاثاء قرب سوق مزدحم في جنوب كركوك، ما أسفر عن مقتل تسعة "
            "أشخاص على الأقل وإصابة ثلاثة وعشرين آخرين، بحسب ما أفادت الشرطة.",
            "ar",
        ),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_english_with_arabic_residue_is_english() -> None:
    text = (
        "Gunmen killed two shepherds near Tuz Khurmatu on Sunday, a local official said. "
        "The victims were from the village of Albu Sabah. (كركوك) Security forces launched "
        "a search operation in the area."
    )
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["Kirkuk", "12 / 9 / 2021", "!!! ???"])
def test_too_little_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_article_language_is_set_and_record_language_is_respected(tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Une voiture piégée a explosé mardi près d'un marché bondé du sud de Kirkouk, tuant au "
        "moins neuf personnes, selon la police."
    )
    tagged = tmp_path / "tagged.jsonl"
    tagged.write_text(json.dumps({"text": BODY, "language": "ku"}) + "\n")
    assert [a.language for a in _articles(french, tagged)] == ["fr", "ku"]
