"""mention blocking columns: mentions.time_precision and mentions.family

Revision ID: 0003_mention_blocking
Revises: 0002_near_duplicates

Merge's blocking reads a mention's country, admin1, date, time precision and event
family. The first three were columns already; with these two a re-merge finds the
candidates of a mention from the columns and parses only the stored payloads a merge can
reach. Mentions stored before this revision get both from their payloads.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003_mention_blocking"
down_revision = "0002_near_duplicates"
branch_labels = None
depends_on = None

_BATCH = 1000

# event type -> family as merge blocked them when this revision was written (a copy, so
# that a later change to the model cannot change what this migration did)
_FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("time_precision", sa.Integer, nullable=True))
        batch.add_column(sa.Column("family", sa.String(32), nullable=True))
    _fill()


def _fill() -> None:
    """Copy the time precision and the event family out of every stored payload."""
    conn = op.get_bind()
    table = sa.table(
        "mentions",
        sa.column("id", sa.String),
        sa.column("payload", sa.Text),
        sa.column("time_precision", sa.Integer),
        sa.column("family", sa.String),
    )
    last = ""
    while True:  # pages keyed by id: no cursor is left open over the rows being updated
        q = sa.select(table.c.id, table.c.payload).where(table.c.id > last)
        page = conn.execute(q.order_by(table.c.id).limit(_BATCH)).all()
        if not page:
            return
        updates = []
        for mid, payload in page:
            data = json.loads(payload)
            family = _FAMILY.get(data.get("event_type", ""))
            updates.append({"key": mid, "precision": data.get("time_precision"), "family": family})
        _write(conn, table, updates)
        last = page[-1][0]


def _write(conn: sa.Connection, table: sa.TableClause, updates: list[dict[str, object]]) -> None:
    stmt = table.update().where(table.c.id == sa.bindparam("key"))
    conn.execute(
        stmt.values(time_precision=sa.bindparam("precision"), family=sa.bindparam("family")),
        updates,
    )


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("family")
        batch.drop_column("time_precision")
