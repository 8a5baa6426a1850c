"""The coder's queue: the documents to code, with where the coder is in each.

A coder with assignments sees those. In a project nobody has assigned anything in (one
coder working alone, the demo) every document is in the queue. Status is per coder:
``todo`` (not started), ``in_progress`` (a decision or an event made), ``submitted``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from annotator.store.assignments import assignment_status
from annotator.store.database import Project
from annotator.store.models import Annotation, Assignment, Document, Event, User

STATUSES = ("todo", "in_progress", "submitted")
STATUS_LABELS = {"todo": "To do", "in_progress": "In progress", "submitted": "Submitted"}


@dataclass(frozen=True)
class QueueItem:
    document_id: int
    external_id: str
    title: str
    published: dt.date | None
    source: str | None
    language: str
    status: str
    events: int


@dataclass(frozen=True)
class QueueProgress:
    total: int
    submitted: int
    in_progress: int

    def describe(self) -> str:
        return f"{self.submitted} of {self.total} submitted, {self.in_progress} in progress"


def coder_queue(project: Project, coder: str) -> list[QueueItem]:
    """The coder's documents in queue order (assignment, then import order)."""
    with project.reading() as session:
        user_id = session.scalar(sa.select(User.id).where(User.name == coder))
        anyone_assigned = session.scalar(sa.select(sa.func.count(Assignment.id)).where(
            Assignment.created_by.is_not(None)))  # fmt: skip
        title = sa.func.substr(Document.text, 1, 120)
        query = sa.select(
            Document.id, Document.external_id, Document.title, title,
            Document.published, Document.source, Document.language,
        ).order_by(Document.id)  # fmt: skip
        statuses: dict[int, str] = {}
        if user_id is not None:
            for document_id, status in session.execute(
                sa.select(Assignment.document_id, Assignment.status)
                .where(Assignment.user_id == user_id)
                .order_by(Assignment.round)
            ):
                statuses[document_id] = status
            started = set(
                session.scalars(
                    sa.select(Annotation.document_id)
                    .where(Annotation.user_id == user_id)
                    .distinct()
                )
            )
            counts = dict(
                session.execute(
                    sa.select(Event.document_id, sa.func.count(Event.id))
                    .where(Event.user_id == user_id)
                    .group_by(Event.document_id)
                ).all()
            )
            # In progress means there is work in it: decisions or events (after undoing
            # everything, the article is to do again).
            coded = {document_id for document_id in counts if document_id is not None}
            for document_id in started | coded | set(statuses):
                if statuses.get(document_id, "todo") in ("todo", "in_progress"):
                    worked = document_id in started or counts.get(document_id, 0)
                    statuses[document_id] = "in_progress" if worked else "todo"
        else:
            counts = {}
        if anyone_assigned:
            # Team mode: only what was assigned to this coder (by a supervisor).
            assigned = sa.select(Assignment.document_id).where(
                Assignment.user_id == (user_id if user_id is not None else -1),
                Assignment.created_by.is_not(None),
            )
            query = query.where(Document.id.in_(assigned))
        rows = session.execute(query).all()
    items = []
    for document_id, external_id, stored_title, first, published, source, language in rows:
        shown = stored_title or (first or "").split("\n", 1)[0].strip()[:80] or "(untitled)"
        items.append(
            QueueItem(
                document_id=document_id,
                external_id=external_id,
                title=shown,
                published=published,
                source=source,
                language=language,
                status=statuses.get(document_id, "todo"),
                events=int(counts.get(document_id, 0)),
            )
        )
    return items


def queue_progress(items: list[QueueItem]) -> QueueProgress:
    return QueueProgress(
        total=len(items),
        submitted=sum(item.status == "submitted" for item in items),
        in_progress=sum(item.status == "in_progress" for item in items),
    )


def next_in_queue(items: list[QueueItem], after_document_id: int | None) -> QueueItem | None:
    """The next document not yet submitted, after the given one (wrapping round)."""
    if not items:
        return None
    position = next(
        (i for i, item in enumerate(items) if item.document_id == after_document_id), -1
    )
    ordered = items[position + 1 :] + items[: position + 1]
    return next((item for item in ordered if item.status != "submitted"), None)


def queue_item_state(project: Project, coder: str, document_id: int) -> tuple[str, int]:
    """A document's status and the coder's event count: one row of the queue, refreshed."""
    with project.reading() as session:
        user_id = session.scalar(sa.select(User.id).where(User.name == coder))
        if user_id is None:
            return "todo", 0
        status = assignment_status(session, document_id, user_id)
        events = session.scalar(
            sa.select(sa.func.count(Event.id)).where(
                Event.document_id == document_id, Event.user_id == user_id
            )
        )
        if status in (None, "todo", "in_progress"):
            started = session.scalar(
                sa.select(Annotation.id)
                .where(Annotation.document_id == document_id, Annotation.user_id == user_id)
                .limit(1)
            )
            status = "in_progress" if started is not None or events else "todo"
    return str(status), int(events or 0)
