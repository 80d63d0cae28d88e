"""The public API: load_nlp, RuleExtractor (the Extractor protocol), format_decisions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import sitrep.extract
from sitrep.errors import ExtractionError
from sitrep.extract import Extractor, RuleExtractor, format_decisions, load_nlp
from sitrep.extract.engine import SITREP_PIPES
from sitrep.extract.extensions import EXTENSIONS
from sitrep.model import Article, Extraction, content_hash

TEXT = (
    "Gunmen kill two in Kirkuk\n\n"
    "Gunmen killed two shepherds near Daquq in Kirkuk province on Tuesday, police said.\n\n"
    "The group warned it would attack more villages."
)


def test_all_is_complete() -> None:
    public = {n for n in dir(sitrep.extract) if not n.startswith("_")}
    exported = {"Extractor", "RuleExtractor", "format_decisions", "load_nlp"}
    assert set(sitrep.extract.__all__) == exported
    assert exported <= public


def test_extensions_are_registered_once_and_prefixed() -> None:
    for name in EXTENSIONS:
        assert name.startswith("sitrep_")
        assert Doc.has_extension(name)


def test_load_nlp_raises_a_clear_error_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Language:
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", missing)
    with pytest.raises(ExtractionError) as info:
        load_nlp("en_core_web_sm")
    assert "python -m spacy download en_core_web_sm" in str(info.value)
    assert info.value.code == "model_missing"


def test_paragraph_breaks_end_sentences() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sitrep_paragraphs")
    doc = nlp("Headline without a stop\n\nBody sentence here.")
    assert doc[5].is_sent_start  # "Body"


@pytest.mark.slow
def test_pipeline_has_sitrep_components(nlp: Language) -> None:
    names = nlp.pipe_names
    assert list(SITREP_PIPES) == [n for n in names if n in SITREP_PIPES]
    assert names.index("sitrep_paragraphs") < names.index("parser")
    assert names.index("ner") < names.index("sitrep_lexicon")


@pytest.mark.slow
def test_rule_extractor_is_an_extractor(extractor: RuleExtractor) -> None:
    assert isinstance(extractor, Extractor)
    assert extractor.name == "rules"


@pytest.mark.slow
def test_extract_pipe_and_extract_doc_agree(extractor: RuleExtractor, nlp: Language) -> None:
    article = Article(id="a1", text=TEXT, content_hash=content_hash(TEXT))
    one = extractor.extract(article)
    [(same, piped)] = list(extractor.pipe([article], batch_size=4))
    assert same is article
    assert piped == one
    assert extractor.extract_doc(article, nlp(TEXT)) == one
    assert len(one.candidates) == 1, "headline and body are one incident; the warning is none"
    [ev] = one.candidates
    assert ev.article_id == "a1"
    assert ev.fatalities is not None and ev.fatalities.value == 2
    assert len(ev.evidence) == 2


@pytest.mark.slow
def test_extract_doc_rejects_a_foreign_doc(extractor: RuleExtractor, nlp: Language) -> None:
    with pytest.raises(ExtractionError):
        extractor.extract_doc(
            Article(id="a", text="One text.", content_hash=content_hash("One text.")),
            nlp("Another text."),
        )


@pytest.mark.slow
def test_decisions_explain_kept_and_dropped(run: Callable[..., Extraction]) -> None:
    ex = run(TEXT)
    kept = [d for d in ex.decisions if d.kept]
    dropped = [d for d in ex.decisions if not d.kept]
    assert kept and dropped
    assert {d.reason for d in kept} >= {"event 1"}
    assert any(d.reason == "duplicate mention of event 1" for d in kept)
    assert any(d.reason in {"hypothetical", "threat", "plan/prevention"} for d in dropped)
    for d in ex.decisions:
        assert TEXT[d.trigger.start : d.trigger.end] == d.trigger.text
    report = format_decisions(ex)
    assert "KEEP" in report and "DROP" in report
    assert "event 1: Violence against civilians / Attack" in report
    assert "fatalities" in report


def test_format_decisions_on_an_empty_extraction() -> None:
    report = format_decisions(Extraction(article_id="empty"))
    assert report.startswith("article empty: 0 event(s), 0 trigger(s) considered")
