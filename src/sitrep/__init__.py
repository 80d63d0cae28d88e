"""sitrep: news articles in, a deduplicated, geocoded ACLED-style event database out."""

from sitrep.errors import SitrepError
from sitrep.model import Article, Event, Source

__all__ = ["Article", "Event", "SitrepError", "Source", "__version__"]
__version__ = "0.1.0"
