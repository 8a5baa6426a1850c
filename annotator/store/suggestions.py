"""A document's stored suggestions, as plain records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from annotator.store.database import Project
from annotator.store.models import Suggestion


@dataclass(frozen=True)
class StoredSuggestion:
    id: int
    kind: str
    start: int
    end: int
    value: dict[str, Any]
    confidence: float


def list_suggestions(project: Project, document_id: int) -> list[StoredSuggestion]:
    query = (
        sa.select(Suggestion.id, Suggestion.kind, Suggestion.start, Suggestion.end,
                  Suggestion.value, Suggestion.confidence)
        .where(Suggestion.document_id == document_id)
        .order_by(Suggestion.start, Suggestion.end)
    )  # fmt: skip
    with project.reading() as session:
        return [StoredSuggestion(*row) for row in session.execute(query)]
