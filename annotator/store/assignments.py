"""Where a coder is with a document: the latest round of its assignment."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from annotator.store.models import Assignment


def assignment_status(session: Session, document_id: int, user_id: int) -> str | None:
    """todo, in_progress or submitted; None when the coder has no assignment for it."""
    return session.scalar(
        sa.select(Assignment.status)
        .where(Assignment.document_id == document_id, Assignment.user_id == user_id)
        .order_by(Assignment.round.desc())
        .limit(1)
    )


SUBMITTED_MESSAGE = "this article was submitted: reopen it before changing it"
