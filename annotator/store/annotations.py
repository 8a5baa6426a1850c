"""A coder's decisions on a document's suggestions, as plain data."""

from __future__ import annotations

import sqlalchemy as sa

from annotator.store.database import Project
from annotator.store.models import Annotation, User


def latest_decisions(project: Project, document_id: int, coder: str) -> dict[int, str]:
    """suggestion id -> the coder's latest decision on it (accepted, rejected, edited)."""
    query = (
        sa.select(Annotation.suggestion_id, Annotation.decision)
        .join(User, User.id == Annotation.user_id)
        .where(
            Annotation.document_id == document_id,
            User.name == coder,
            Annotation.suggestion_id.is_not(None),
        )
        .order_by(Annotation.id)
    )
    with project.session() as session:
        return {
            suggestion_id: decision
            for suggestion_id, decision in session.execute(query)
            if suggestion_id is not None
        }
