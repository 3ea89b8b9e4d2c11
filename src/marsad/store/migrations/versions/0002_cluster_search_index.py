"""Cluster search index: city, event type and history flag before the dates.

The search for candidate clusters (``writer._members_query``) always gives city, event type, history flag
and ``wide``; with event type and history flag in the index, each stretch of days reads only the clusters
it may take instead of every cluster of the city in those days (and, with ``date_latest`` last, checks the
end of each in the index).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: named, as the name the naming convention would give is longer than PostgreSQL takes
NEW = "ix_clusters_search"
NEW_COLUMNS = ["city_key", "event_type", "historical", "wide", "date_earliest", "date_latest"]
OLD = "ix_clusters_city_key_wide_date_earliest"
OLD_COLUMNS = ["city_key", "wide", "date_earliest"]


def upgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.create_index(NEW, NEW_COLUMNS, unique=False)
        batch_op.drop_index(batch_op.f(OLD))


def downgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f(OLD), OLD_COLUMNS, unique=False)
        batch_op.drop_index(NEW)
