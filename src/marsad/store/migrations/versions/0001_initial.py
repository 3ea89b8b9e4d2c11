"""Initial schema: documents, extraction runs, places, actors, events, evidence, control facts, clusters.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("actor_id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("inter", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("actor_id", name=op.f("pk_actors")),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("city_key", sa.String(length=400), nullable=False),
        sa.Column("event_type", sa.String(length=100), nullable=False),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.Column("date_earliest", sa.Date(), nullable=True),
        sa.Column("date_latest", sa.Date(), nullable=True),
        sa.Column("size", sa.Integer(), server_default="0", nullable=False),
        sa.Column("wide", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
    )
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clusters_city_key_wide_date_earliest"), ["city_key", "wide", "date_earliest"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_key", sa.String(length=300), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), server_default="", nullable=False),
        sa.Column("outlet", sa.String(length=300), server_default="", nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("fetched", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(length=16), server_default="ar", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["superseded_by"], ["documents.id"], name=op.f("fk_documents_superseded_by_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_url"), ["url"], unique=False)

    op.create_table(
        "places",
        sa.Column("place_id", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=300), server_default="", nullable=False),
        sa.Column("name_ar", sa.String(length=300), server_default="", nullable=False),
        sa.Column("name_norm", sa.String(length=300), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=32), server_default="", nullable=False),
        sa.Column("country", sa.String(length=100), server_default="", nullable=False),
        sa.Column("iso", sa.Integer(), server_default="0", nullable=False),
        sa.Column("admin1", sa.String(length=200), server_default="", nullable=False),
        sa.Column("admin2", sa.String(length=200), server_default="", nullable=False),
        sa.Column("admin3", sa.String(length=200), server_default="", nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("location", sa.String(length=400), server_default="", nullable=False),
        sa.Column("city", sa.String(length=300), server_default="", nullable=False),
        sa.Column("city_key", sa.String(length=400), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("place_id", name=op.f("pk_places")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_city_key"), ["city_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_places_name_norm"), ["name_norm"], unique=False)

    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("pipeline_version", sa.String(length=100), server_default="", nullable=False),
        sa.Column("data_version", sa.String(length=100), server_default="", nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("events_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("facts_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_runs_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_runs_document_id_is_current"), ["document_id", "is_current"], unique=False)

    op.create_table(
        "control_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.String(length=200), nullable=True),
        sa.Column("place_key", sa.String(length=400), nullable=False),
        sa.Column("place_text", sa.String(length=400), server_default="", nullable=False),
        sa.Column("place_detail", sa.JSON(), nullable=True),
        sa.Column("actor_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date_earliest", sa.Date(), nullable=True),
        sa.Column("date_latest", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=True),
        sa.Column("other_actor_id", sa.String(length=100), server_default="", nullable=False),
        sa.Column("historical", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("sentence", sa.Integer(), server_default="0", nullable=False),
        sa.Column("source", sa.String(length=300), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_control_facts_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.place_id"], name=op.f("fk_control_facts_place_id_places")),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_control_facts_run_id_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_control_facts")),
    )
    with op.batch_alter_table("control_facts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_control_facts_is_current_place_key"), ["is_current", "place_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_control_facts_run_id"), ["run_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_ref", sa.String(length=200), server_default="", nullable=False),
        sa.Column("sub_event_type", sa.String(length=100), nullable=False),
        sa.Column("event_type", sa.String(length=100), nullable=False),
        sa.Column("date_earliest", sa.Date(), nullable=True),
        sa.Column("date_latest", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=True),
        sa.Column("place_id", sa.String(length=200), nullable=True),
        sa.Column("city_key", sa.String(length=400), nullable=True),
        sa.Column("place_detail", sa.JSON(), nullable=True),
        sa.Column("actor1_id", sa.String(length=100), nullable=True),
        sa.Column("actor1_name", sa.String(length=300), nullable=True),
        sa.Column("actor1_inter", sa.Integer(), nullable=True),
        sa.Column("actor1_inferred", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("actor2_id", sa.String(length=100), nullable=True),
        sa.Column("actor2_name", sa.String(length=300), nullable=True),
        sa.Column("actor2_inter", sa.Integer(), nullable=True),
        sa.Column("actor2_inferred", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("assoc_actor_1", sa.JSON(), nullable=False),
        sa.Column("assoc_actor_2", sa.JSON(), nullable=False),
        sa.Column("fatalities", sa.Integer(), server_default="0", nullable=False),
        sa.Column("fatalities_known", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("civilian_targeting", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("historical", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("confidence", sa.Float(), server_default="0.5", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("sentence", sa.Integer(), server_default="0", nullable=False),
        sa.Column("inferred", sa.JSON(), nullable=False),
        sa.Column("extent", sa.String(length=32), server_default="", nullable=False),
        sa.Column("source", sa.String(length=300), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_events_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.place_id"], name=op.f("fk_events_place_id_places")),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_events_run_id_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_document_id"), ["document_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_is_current_date_earliest"), ["is_current", "date_earliest"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_events_is_current_place_id"), ["is_current", "place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_run_id"), ["run_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_city_key_date_earliest"), ["city_key", "date_earliest"], unique=False
        )

    op.create_table(
        "cluster_members",
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["clusters.id"],
            name=op.f("fk_cluster_members_cluster_id_clusters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_cluster_members_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("cluster_id", "event_id", name=op.f("pk_cluster_members")),
        sa.UniqueConstraint("event_id", name=op.f("uq_cluster_members_event_id")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("fact_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_evidence_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["fact_id"],
            ["control_facts.id"],
            name=op.f("fk_evidence_fact_id_control_facts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_fact_id"), ["fact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_fact_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_event_id"))

    op.drop_table("evidence")
    op.drop_table("cluster_members")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_city_key_date_earliest"))
        batch_op.drop_index(batch_op.f("ix_events_run_id"))
        batch_op.drop_index(batch_op.f("ix_events_is_current_place_id"))
        batch_op.drop_index(batch_op.f("ix_events_is_current_date_earliest"))
        batch_op.drop_index(batch_op.f("ix_events_document_id"))

    op.drop_table("events")
    with op.batch_alter_table("control_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_control_facts_run_id"))
        batch_op.drop_index(batch_op.f("ix_control_facts_is_current_place_key"))

    op.drop_table("control_facts")
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_runs_document_id_is_current"))

    op.drop_table("runs")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_name_norm"))
        batch_op.drop_index(batch_op.f("ix_places_city_key"))

    op.drop_table("places")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_url"))

    op.drop_table("documents")
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clusters_city_key_wide_date_earliest"))

    op.drop_table("clusters")
    op.drop_table("actors")
