"""initial: articles, mentions, merged events, overrides, reviews, audit

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("outlet", sa.Text, nullable=True),
        sa.Column("processed", sa.Boolean, nullable=False),
        sa.Column("merge_pending", sa.Boolean, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_merge_pending", "articles", ["merge_pending"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("country_key", sa.String(200), nullable=False),
        sa.Column("admin1_key", sa.String(200), nullable=False),
        sa.Column("event_date", sa.Date, nullable=True),
        sa.Column("event_id", sa.String(64), nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_block", "mentions", ["country_key", "admin1_key", "event_date"])
    op.create_index("ix_mentions_event", "mentions", ["event_id"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("event_date", sa.Date, nullable=True),
        sa.Column("time_precision", sa.Integer, nullable=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("country", sa.Text, nullable=True),
        sa.Column("admin1", sa.Text, nullable=True),
        sa.Column("admin2", sa.Text, nullable=True),
        sa.Column("location", sa.Text, nullable=True),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("fatalities", sa.Integer, nullable=True),
        sa.Column("injuries", sa.Integer, nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("actors_text", sa.Text, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_index("ix_events_date", "events", ["event_date"])
    op.create_index("ix_events_country_admin1", "events", ["country", "admin1"])
    op.create_index("ix_events_type", "events", ["event_type"])
    op.create_index("ix_events_status", "events", ["status"])
    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("a", sa.String(64), nullable=False),
        sa.Column("b", sa.String(64), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("kind", "a", "b", name="uq_overrides_pair"),
    )
    op.create_index("ix_overrides_a", "overrides", ["a"])
    op.create_index("ix_overrides_b", "overrides", ["b"])
    op.create_table(
        "reviews",
        sa.Column("mention_id", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=True),
        sa.Column("before", sa.Text, nullable=True),
        sa.Column("after", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_event", "audit", ["event_id"])


def downgrade() -> None:
    for name in ("audit", "reviews", "overrides", "events", "mentions", "articles"):
        op.drop_table(name)
