"""Control facts keep their actors' names.

A fact's actor id alone does not say which country's generic force it is ("Military Forces of
{country}") nor which period of a renamed force ("Military Forces of Syria (2024-)"); the names the
extraction gave where the place is and on the fact's day are kept with it, as events keep theirs. Facts
stored before this revision have empty names and are shown with the actors table's name, as before.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("actor_name", "other_actor_name")


def upgrade() -> None:
    with op.batch_alter_table("control_facts", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=300), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("control_facts", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
