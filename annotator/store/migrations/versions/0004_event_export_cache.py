"""Each event's checked and formatted export line, kept with it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Checking an event against the codebook and formatting its ACLED row costs far more than
writing it; keeping the result (and the codebook it was checked with) lets an export of
a million events write stored lines. A missing or stale entry is recomputed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("checked_with", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("valid", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("export_line", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("export_line")
        batch.drop_column("valid")
        batch.drop_column("checked_with")
