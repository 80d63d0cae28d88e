"""extract stage: Article + spaCy Doc -> candidate events with evidence spans.

    from sitrep.extract import load_nlp, RuleExtractor
    nlp = load_nlp("en_core_web_sm")
    extraction = RuleExtractor(nlp=nlp).extract(article)

Components (registered spaCy factories, in pipeline order): ``sitrep_lexicon`` (SpanRuler
with the data-file patterns), ``sitrep_quantities``, ``sitrep_casualties``, ``sitrep_events``;
their lexicons come from the registered loader ``sitrep.lexicon.v2``.
"""

from sitrep.extract.engine import Extractor, RuleExtractor, load_nlp
from sitrep.extract.explain import format_decisions

__all__ = ["Extractor", "RuleExtractor", "format_decisions", "load_nlp"]
