"""Lexicon entries (actor aliases, places, sources) and project settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lexicon_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("surface", sa.String(length=500), nullable=False),
        sa.Column("normalized", sa.String(length=500), nullable=False),
        sa.Column("target", sa.String(length=500), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lexicon_entry")),
        sa.UniqueConstraint(
            "kind",
            "normalized",
            "origin",
            "target",
            name=op.f("uq_lexicon_entry_kind_normalized_origin_target"),
        ),
    )
    op.create_index(
        op.f("ix_lexicon_entry_kind_normalized"), "lexicon_entry", ["kind", "normalized"]
    )
    op.create_table(
        "project_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_project_setting")),
    )


def downgrade() -> None:
    op.drop_table("project_setting")
    op.drop_table("lexicon_entry")
