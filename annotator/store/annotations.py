"""A coder's decisions on a document's spans, as plain data.

Decisions are kept as a log: the latest annotation on a suggestion is the coder's
current decision on it; a span added by hand is its own annotation. Undo deletes the
annotation it undoes (see :func:`withdraw_annotation`), so the log holds only what the
coder still stands by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any

import sqlalchemy as sa

from annotator.store.database import Project
from annotator.store.models import Annotation, Audit, User


@dataclass(frozen=True)
class CodedSpan:
    """A coder's current decision on one span."""

    annotation_id: int
    suggestion_id: int | None
    decision: str  # accepted | rejected | edited | added
    kind: str
    start: int
    end: int
    value: dict[str, Any]

    @property
    def confirmed(self) -> bool:
        return self.decision != "rejected"


def latest_decisions(project: Project, document_id: int, coder: str) -> dict[int, str]:
    """suggestion id -> the coder's latest decision on it (accepted, rejected, edited)."""
    return {
        span.suggestion_id: span.decision
        for span in coded_spans(project, document_id, coder)
        if span.suggestion_id is not None
    }


def coded_spans(project: Project, document_id: int, coder: str) -> list[CodedSpan]:
    """The coder's current decisions on a document, by start and end.

    One per suggestion decided on (its latest decision) and one per span added by hand.
    """
    query = (
        sa.select(Annotation)
        .join(User, User.id == Annotation.user_id)
        .where(Annotation.document_id == document_id, User.name == coder)
        .order_by(Annotation.id)
    )
    latest: dict[tuple[str, int], CodedSpan] = {}
    with project.reading() as session:
        for row in session.scalars(query):
            key = ("s", row.suggestion_id) if row.suggestion_id is not None else ("a", row.id)
            latest[key] = CodedSpan(
                annotation_id=row.id,
                suggestion_id=row.suggestion_id,
                decision=row.decision,
                kind=row.kind,
                start=row.start,
                end=row.end,
                value=dict(row.value or {}),
            )
    return sorted(latest.values(), key=lambda span: (span.start, span.end, span.annotation_id))


@dataclass(frozen=True)
class WithdrawnAnnotation:
    """Everything of an undone annotation, to bring it back with its id (redo)."""

    id: int
    document_id: int
    user_id: int
    suggestion_id: int | None
    decision: str
    kind: str
    start: int
    end: int
    value: dict[str, Any]
    time_taken_ms: int | None
    created_at: dt.datetime


_WITHDRAWN_COLUMNS = tuple(column.name for column in fields(WithdrawnAnnotation))


def withdraw_annotation(project: Project, annotation_id: int) -> WithdrawnAnnotation | None:
    """Undo a decision: the annotation goes, an audit row remembers it."""
    with project.session() as session:
        annotation = session.get(Annotation, annotation_id)
        if annotation is None:
            return None
        columns = {name: getattr(annotation, name) for name in _WITHDRAWN_COLUMNS}
        withdrawn = WithdrawnAnnotation(**{**columns, "value": dict(annotation.value or {})})
        before = {"decision": withdrawn.decision, "kind": withdrawn.kind,
                  "start": withdrawn.start, "end": withdrawn.end, "value": withdrawn.value,
                  "suggestion_id": withdrawn.suggestion_id}  # fmt: skip
        session.add(Audit(user_id=withdrawn.user_id, action="undo", entity="annotation",
                          entity_id=annotation_id, before=before, after=None))  # fmt: skip
        session.delete(annotation)
        return withdrawn


def restore_annotation(project: Project, withdrawn: WithdrawnAnnotation) -> int:
    """Redo a decision: the annotation comes back with its id (evidence may name it)."""
    with project.session() as session:
        session.add(Annotation(**asdict(withdrawn)))
        after = {"decision": withdrawn.decision}
        session.add(Audit(user_id=withdrawn.user_id, action="redo", entity="annotation",
                          entity_id=withdrawn.id, before=None, after=after))  # fmt: skip
        return withdrawn.id
