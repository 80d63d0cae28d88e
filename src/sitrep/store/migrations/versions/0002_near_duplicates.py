"""near-duplicates: articles.duplicate_of, MinHash fingerprints and their LSH band keys

Revision ID: 0002_near_duplicates
Revises: 0001_initial

Articles stored before this revision carry no fingerprint: a run that reads one again
checks and indexes it then. ``duplicate_of`` is filled from the stored payloads.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_near_duplicates"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    op.add_column("articles", sa.Column("duplicate_of", sa.String(200), nullable=True))
    op.create_index("ix_articles_copies", "articles", ["processed", "duplicate_of"])
    _fill_duplicate_of()
    op.create_table(
        "fingerprints",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("article_id", name="uq_fingerprints_article"),
    )
    op.create_table(
        "fingerprint_bands",
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("seq", sa.Integer, sa.ForeignKey("fingerprints.seq"), nullable=False),
        sa.PrimaryKeyConstraint("key", "seq", name="pk_fingerprint_bands"),
    )


def _fill_duplicate_of() -> None:
    """Copy ``duplicate_of`` out of the payloads of the articles that have one."""
    conn = op.get_bind()
    table = sa.table(
        "articles",
        sa.column("id", sa.String),
        sa.column("payload", sa.Text),
        sa.column("duplicate_of", sa.String),
    )
    q = sa.select(table.c.id, table.c.payload).where(table.c.payload.like('%"duplicate_of":"%'))
    updates = []
    for article_id, payload in conn.execute(q):
        original = json.loads(payload).get("duplicate_of")
        if original:
            updates.append({"key": article_id, "original": original})
        if len(updates) >= _BATCH:
            _write(conn, table, updates)
            updates = []
    if updates:
        _write(conn, table, updates)


def _write(conn: sa.Connection, table: sa.TableClause, updates: list[dict[str, str]]) -> None:
    stmt = table.update().where(table.c.id == sa.bindparam("key"))
    conn.execute(stmt.values(duplicate_of=sa.bindparam("original")), updates)


def downgrade() -> None:
    op.drop_table("fingerprint_bands")
    op.drop_table("fingerprints")
    op.drop_index("ix_articles_copies", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("duplicate_of")
