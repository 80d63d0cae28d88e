"""Read on blind batch 24's translated copy: a dateline whose outlet stands between two
dashes ("El Fasher - Darfur Akhbar -") names no place, nor does the outlet where the text
repeats it ("told Darfur Akhbar"), nor the article's own outlet without its edition word
("darfur-akhbar-trans"); a title stringing two stories (".. and", ", and", ";") tells two
incidents, each folded into the body's report of its own kind and place, and neither lends
its places or its type to the other's report; "renewed militia shelling on the camp" is
the militia's shelling, not "a militia shelling" as a habit (real model; every sentence
is original)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from candidate_helpers import events_of
from spacy.language import Language

from sitrep.extract import RuleExtractor
from sitrep.extract.outlets import outlet_tokens
from sitrep.model import Article, Extraction, SubEventType, content_hash

pytestmark = pytest.mark.slow

S = SubEventType
ON = date(2024, 10, 3)


def _outlets(nlp: Language, text: str, outlet: str | None = None) -> list[str]:
    doc = nlp(text)
    doc._.sitrep_outlet = outlet
    return [doc[a:b].text for a, b in outlet_tokens(doc)]


def test_the_outlet_between_a_datelines_dashes_is_an_outlet(nlp: Language) -> None:
    text = (
        "Shelling kills eleven in Abu Shouk camp\n\n"
        "El Fasher - Darfur Akhbar - Eleven displaced people were killed on Wednesday when "
        "shells fell on Abu Shouk camp, a medical source told Darfur Akhbar."
    )
    assert _outlets(nlp, text) == ["Darfur Akhbar", "Darfur Akhbar"]


def test_the_outlet_may_open_the_dashed_dateline(nlp: Language) -> None:
    text = (
        "Car bomb in Jowhar\n\n"
        "Jowhar Wararka - Mogadishu - A car bomb exploded at the gate of a police station on "
        "Monday morning, witnesses said."
    )
    assert _outlets(nlp, text, "jowhar-wararka-trans") == ["Jowhar Wararka"]


def test_a_province_and_its_town_between_dashes_are_no_outlet(nlp: Language) -> None:
    text = (
        "Bomb wounds two farmers\n\n"
        "Diyala - Baquba - A roadside bomb wounded two farmers in the orchards of Buhriz on "
        "Sunday, a police source said."
    )
    assert _outlets(nlp, text) == []


def test_the_articles_own_outlet_without_its_edition_word(nlp: Language) -> None:
    text = (
        "Mazar-i-Sharif - Amu Darya Khabar - A magnetic bomb attached to a minibus killed "
        "four passengers in the city on Tuesday evening, a police spokesman told Amu Darya "
        "Khabar."
    )
    assert _outlets(nlp, text, "amu-darya-khabar-trans") == ["Amu Darya Khabar"] * 2


def _events(extractor_run: Callable[..., Extraction], text: str) -> list[SubEventType]:
    return [e.sub_event_type for e in events_of(extractor_run(text, published=ON))]


@pytest.fixture
def run_with_outlet(extractor: RuleExtractor) -> Callable[..., Extraction]:
    def _run(text: str, outlet: str, published: date = ON) -> Extraction:
        article = Article(
            id="t", text=text, published=published, outlet=outlet, content_hash=content_hash(text)
        )
        return extractor.extract(article)

    return _run


DARFUR = (
    "Martyrs and wounded in renewed militia shelling on Abu Shouk camp.. and the army says it "
    "repelled a wide attack on El Fasher at dawn\n\n"
    "El Fasher - Darfur Akhbar - The emergency room of Abu Shouk camp, north of the city of El "
    "Fasher, said that eleven citizens were killed and thirty others were wounded by the "
    "artillery shelling launched by the Rapid Support Forces on the camp yesterday, Wednesday.\n\n"
    "A medical source at the Saudi hospital told Darfur Akhbar that the hospital received the "
    "bodies of eight persons and 34 wounded.\n\n"
    "At dawn today, Thursday, the army repelled a wide attack launched by the militia from the "
    "eastern axis of the city, killing dozens of its elements, according to the 6th Infantry "
    "Division.\n"
)


def test_a_title_of_two_stories_folds_each_into_its_own_report(
    run_with_outlet: Callable[..., Extraction],
) -> None:
    events = events_of(run_with_outlet(DARFUR, "darfur-akhbar-trans"))
    assert [e.sub_event_type for e in events] == [
        S.SHELLING_ARTILLERY_MISSILE,
        S.ARMED_CLASH,
    ]
    shelling, clash = events
    assert shelling.fatalities is not None and shelling.fatalities.value == 11
    # the outlet the source spoke to is no place, and no second incident
    assert not any("Akhbar" in p.text for e in events for p in e.places)
    # the title's clause of the attack on El Fasher went to the clash, not the shelling
    assert any("repelled" in s.text for s in clash.evidence if s.start < 140)


def test_renewed_militia_shelling_is_an_incident(run: Callable[..., Extraction]) -> None:
    text = (
        "Martyrs and wounded in renewed militia shelling on Abu Shouk camp\n\n"
        "Two displaced women were killed on Tuesday in the camp, medics said."
    )
    assert _events(run, text) == [S.SHELLING_ARTILLERY_MISSILE]


def test_a_title_clause_finds_the_report_of_its_kind_and_keeps_its_type(
    run: Callable[..., Extraction],
) -> None:
    text = (
        "Four soldiers killed in terrorist attack in Mutaibijah, and two shepherds kidnapped\n\n"
        "Four soldiers of the army were killed and three others wounded on Saturday night in an "
        "attack by Daesh remnants on a military point in the Mutaibijah area, east of the "
        "province, a security source said.\n\n"
        "One day before the attack, the gangs kidnapped two shepherds in the desert west of "
        "Samarra and took their sheep, the source added.\n"
    )
    types = _events(run, text)
    assert S.ABDUCTION_FORCED_DISAPPEARANCE in types
    assert types[0] != S.ABDUCTION_FORCED_DISAPPEARANCE  # the attack keeps its own type
