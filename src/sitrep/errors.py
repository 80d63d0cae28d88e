"""The exception tree. Every error sitrep raises on purpose derives from SitrepError.

    SitrepError
    ├── ConfigError        bad settings, actor or gazetteer files
    ├── IngestError        a file or record that cannot become an Article
    ├── ExtractionError    the NLP model or patterns cannot be loaded or applied
    ├── ResolutionError    gazetteer / actor dictionary unusable
    ├── MergeError         contradictory overrides
    └── StoreError         database unreachable, migration failed, unknown id

Each carries a short machine-readable ``code`` (used by the API's JSON error shape)
and, where it concerns an input, the ``path`` and ``line`` it came from.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExtractionError",
    "IngestError",
    "MergeError",
    "ResolutionError",
    "SitrepError",
    "StoreError",
]


class SitrepError(Exception):
    """Base of every sitrep error."""

    code = "sitrep_error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        if code is not None:
            self.code = code
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "path": self.path, "line": self.line}


class ConfigError(SitrepError):
    code = "config_error"


class IngestError(SitrepError):
    code = "ingest_error"


class ExtractionError(SitrepError):
    code = "extraction_error"


class ResolutionError(SitrepError):
    code = "resolution_error"


class MergeError(SitrepError):
    code = "merge_error"


class StoreError(SitrepError):
    code = "store_error"
