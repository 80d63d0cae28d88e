"""The store's tables, as SQLAlchemy Core metadata (the migrations create them).

- ``articles``: one row per stored article, with its processing flags;
- ``mentions``: single-source events read from one article (``event_id`` is the merged
  event the mention belongs to now);
- ``events``: merged events, indexed columns for filters plus the full record as JSON;
- ``overrides``: must-link / cannot-link pairs of mention ids from reviewers;
- ``reviews``: the latest review (status, edited fields) per mention, so it survives
  re-merges whatever id the merged event takes;
- ``audit``: every review, merge and split (who, when, before, after);
- ``fingerprints``: the MinHash signature of every article checked for near-duplicates
  and found original (``seq``: the order they were indexed in);
- ``fingerprint_bands``: their LSH band keys, indexed, so that a copy finds its original
  by lookup whatever the size of the store.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = [
    "articles",
    "audit",
    "events",
    "fingerprint_bands",
    "fingerprints",
    "mentions",
    "metadata",
    "overrides",
    "reviews",
]

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("url", Text, nullable=True),
    Column("content_hash", String(64), nullable=False),
    Column("published", Date, nullable=True),
    Column("outlet", Text, nullable=True),
    Column("processed", Boolean, nullable=False, default=False),
    Column("merge_pending", Boolean, nullable=False, default=False),
    Column("payload", Text, nullable=False),
    Column("duplicate_of", String(200), nullable=True),
    Index("ix_articles_url", "url"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_merge_pending", "merge_pending"),
    Index("ix_articles_copies", "processed", "duplicate_of"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("country_key", String(200), nullable=False),
    Column("admin1_key", String(200), nullable=False),
    Column("event_date", Date, nullable=True),
    Column("event_id", String(64), nullable=True),
    Column("payload", Text, nullable=False),
    # what merge's blocking reads besides the keys and date (revision 0003), so that a
    # re-merge finds the candidates of a mention without parsing the stored payloads
    Column("time_precision", Integer, nullable=True),
    Column("family", String(32), nullable=True),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_block", "country_key", "admin1_key", "event_date"),
    Index("ix_mentions_event", "event_id"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("event_date", Date, nullable=True),
    Column("time_precision", Integer, nullable=True),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("country", Text, nullable=True),
    Column("admin1", Text, nullable=True),
    Column("admin2", Text, nullable=True),
    Column("location", Text, nullable=True),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("fatalities", Integer, nullable=True),
    Column("injuries", Integer, nullable=True),
    Column("confidence", Float, nullable=False),
    Column("status", String(16), nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("actors_text", Text, nullable=False),
    Column("search_text", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("why", Text, nullable=False),
    Index("ix_events_date", "event_date"),
    Index("ix_events_country_admin1", "country", "admin1"),
    Index("ix_events_type", "event_type"),
    Index("ix_events_status", "status"),
)

overrides = Table(
    "overrides",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),
    Column("a", String(64), nullable=False),
    Column("b", String(64), nullable=False),
    Column("user", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "a", "b", name="uq_overrides_pair"),
    Index("ix_overrides_a", "a"),
    Index("ix_overrides_b", "b"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("mention_id", String(64), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("fields", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("user", String(200), nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("event_id", String(64), nullable=True),
    Column("before", Text, nullable=True),
    Column("after", Text, nullable=True),
    Index("ix_audit_event", "event_id"),
)

fingerprints = Table(
    "fingerprints",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), ForeignKey("articles.id"), nullable=False),
    Column("size", Integer, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    UniqueConstraint("article_id", name="uq_fingerprints_article"),
)

fingerprint_bands = Table(
    "fingerprint_bands",
    metadata,
    Column("key", BigInteger, nullable=False),
    Column("seq", Integer, ForeignKey("fingerprints.seq"), nullable=False),
    PrimaryKeyConstraint("key", "seq", name="pk_fingerprint_bands"),
)
