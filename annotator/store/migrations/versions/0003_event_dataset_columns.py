"""Event dataset id, date and country as columns, for exports and duplicate checks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("dataset_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("event_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("country", sa.String(length=100), nullable=True))
        batch.create_unique_constraint(batch.f("uq_event_dataset_id"), ["dataset_id"])
        batch.create_index(batch.f("ix_event_event_date"), ["event_date"])
        batch.create_index(batch.f("ix_event_status"), ["status"])
    _fill_from_fields()


def _fill_from_fields() -> None:
    """Copy the new columns out of the events' field values."""
    connection = op.get_bind()
    event = sa.table(
        "event",
        sa.column("id", sa.Integer),
        sa.column("fields", sa.JSON),
        sa.column("dataset_id", sa.String),
        sa.column("event_date", sa.Date),
        sa.column("country", sa.String),
    )
    rows = connection.execute(sa.select(event.c.id, event.c.fields)).all()
    for event_id, fields in rows:
        values = json.loads(fields) if isinstance(fields, str) else (fields or {})
        try:
            when = dt.date.fromisoformat(str(values.get("event_date") or ""))
        except ValueError:
            when = None
        connection.execute(
            event.update()
            .where(event.c.id == event_id)
            .values(
                dataset_id=values.get("event_id_cnty") or None,
                event_date=when,
                country=values.get("country") or None,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_index(batch.f("ix_event_status"))
        batch.drop_index(batch.f("ix_event_event_date"))
        batch.drop_constraint(batch.f("uq_event_dataset_id"), type_="unique")
        batch.drop_column("country")
        batch.drop_column("event_date")
        batch.drop_column("dataset_id")
