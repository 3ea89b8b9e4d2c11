"""The store's tables (SQLAlchemy Core). Alembic migrations create them; this module only describes them.

``tests/store/test_migrations.py`` checks that the migrations and these descriptions agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_key", sa.String(300), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=False, server_default=""),
    sa.Column("outlet", sa.String(300), nullable=False, server_default=""),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("fetched", sa.DateTime(timezone=True), nullable=False),
    sa.Column("language", sa.String(16), nullable=False, server_default="ar"),
    sa.Column("text", sa.Text, nullable=False),
    #: a later version of the same url replaces this one; its results stay stored but are not current
    sa.Column("superseded_by", sa.Integer, sa.ForeignKey("documents.id"), nullable=True),
    sa.Index(None, "url"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("pipeline_version", sa.String(100), nullable=False, server_default=""),
    sa.Column("data_version", sa.String(100), nullable=False, server_default=""),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Column("events_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("facts_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("warnings", sa.JSON, nullable=True),
    sa.Index(None, "document_id", "is_current"),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("place_id", sa.String(200), primary_key=True),
    sa.Column("name_en", sa.String(300), nullable=False, server_default=""),
    sa.Column("name_ar", sa.String(300), nullable=False, server_default=""),
    sa.Column("name_norm", sa.String(300), nullable=False, server_default=""),
    sa.Column("kind", sa.String(32), nullable=False, server_default=""),
    sa.Column("country", sa.String(100), nullable=False, server_default=""),
    sa.Column("iso", sa.Integer, nullable=False, server_default="0"),
    sa.Column("admin1", sa.String(200), nullable=False, server_default=""),
    sa.Column("admin2", sa.String(200), nullable=False, server_default=""),
    sa.Column("admin3", sa.String(200), nullable=False, server_default=""),
    sa.Column("latitude", sa.Float, nullable=True),
    sa.Column("longitude", sa.Float, nullable=True),
    sa.Column("geo_precision", sa.Integer, nullable=False, server_default="1"),
    sa.Column("location", sa.String(400), nullable=False, server_default=""),
    sa.Column("city", sa.String(300), nullable=False, server_default=""),
    #: key shared by a city and its neighbourhoods (see :func:`marsad.store.places.city_key`)
    sa.Column("city_key", sa.String(400), nullable=False, server_default=""),
    sa.Index(None, "city_key"),
    sa.Index(None, "name_norm"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("actor_id", sa.String(100), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False, server_default=""),
    sa.Column("inter", sa.Integer, nullable=False, server_default="0"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("event_ref", sa.String(200), nullable=False, server_default=""),
    sa.Column("sub_event_type", sa.String(100), nullable=False),
    sa.Column("event_type", sa.String(100), nullable=False),
    sa.Column("date_earliest", sa.Date, nullable=True),
    sa.Column("date_latest", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(16), nullable=True),
    sa.Column("place_id", sa.String(200), sa.ForeignKey("places.place_id"), nullable=True),
    sa.Column("city_key", sa.String(400), nullable=True),
    #: how this report's mention was resolved: score, rule, source, alternatives (per mention, not per place)
    sa.Column("place_detail", sa.JSON, nullable=True),
    sa.Column("actor1_id", sa.String(100), nullable=True),
    sa.Column("actor1_name", sa.String(300), nullable=True),
    sa.Column("actor1_inter", sa.Integer, nullable=True),
    sa.Column("actor1_inferred", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("actor2_id", sa.String(100), nullable=True),
    sa.Column("actor2_name", sa.String(300), nullable=True),
    sa.Column("actor2_inter", sa.Integer, nullable=True),
    sa.Column("actor2_inferred", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("assoc_actor_1", sa.JSON, nullable=False),
    sa.Column("assoc_actor_2", sa.JSON, nullable=False),
    sa.Column("fatalities", sa.Integer, nullable=False, server_default="0"),
    sa.Column("fatalities_known", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("civilian_targeting", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("historical", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("confidence", sa.Float, nullable=False, server_default="0.5"),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("sentence", sa.Integer, nullable=False, server_default="0"),
    sa.Column("inferred", sa.JSON, nullable=False),
    sa.Column("extent", sa.String(32), nullable=False, server_default=""),
    sa.Column("source", sa.String(300), nullable=False, server_default=""),
    sa.Index(None, "run_id"),
    sa.Index(None, "document_id"),
    sa.Index(None, "is_current", "place_id"),
    sa.Index(None, "is_current", "date_earliest"),
    sa.Index(None, "city_key", "date_earliest"),
)

control_facts = sa.Table(
    "control_facts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("place_id", sa.String(200), sa.ForeignKey("places.place_id"), nullable=True),
    #: place_id, or "text:<normalised name>" when the geocoder could not resolve the place
    sa.Column("place_key", sa.String(400), nullable=False),
    sa.Column("place_text", sa.String(400), nullable=False, server_default=""),
    sa.Column("place_detail", sa.JSON, nullable=True),
    sa.Column("actor_id", sa.String(100), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("date_earliest", sa.Date, nullable=True),
    sa.Column("date_latest", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(16), nullable=True),
    sa.Column("other_actor_id", sa.String(100), nullable=False, server_default=""),
    sa.Column("actor_name", sa.String(300), nullable=False, server_default=""),
    sa.Column("other_actor_name", sa.String(300), nullable=False, server_default=""),
    sa.Column("historical", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("sentence", sa.Integer, nullable=False, server_default="0"),
    sa.Column("source", sa.String(300), nullable=False, server_default=""),
    sa.Index(None, "run_id"),
    sa.Index(None, "is_current", "place_key"),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=True),
    sa.Column("fact_id", sa.Integer, sa.ForeignKey("control_facts.id", ondelete="CASCADE"), nullable=True),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index(None, "event_id"),
    sa.Index(None, "fact_id"),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("city_key", sa.String(400), nullable=False),
    sa.Column("event_type", sa.String(100), nullable=False),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("date_earliest", sa.Date, nullable=True),
    sa.Column("date_latest", sa.Date, nullable=True),
    sa.Column("size", sa.Integer, nullable=False, server_default="0"),
    #: spans more than ``writer.NARROW_DAYS`` days (few clusters): searched apart, so that the search
    #: for narrow ones can bound ``date_earliest`` on both sides
    sa.Column("wide", sa.Boolean, nullable=False, server_default=sa.false()),
    #: the search for candidate clusters gives all but the dates (see ``writer._members_query``)
    sa.Index("ix_clusters_search", "city_key", "event_type", "historical", "wide", "date_earliest", "date_latest"),
)

cluster_members = sa.Table(
    "cluster_members",
    metadata,
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("score", sa.Float, nullable=False, server_default="1"),
    sa.UniqueConstraint("event_id"),
)
