"""Reading documents: plain dataclasses out, no session leaves this module."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from annotator.store.database import Project
from annotator.store.models import (
    Annotation,
    Assignment,
    Document,
    Event,
    LexiconEntry,
    Suggestion,
    User,
)


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    external_id: str
    title: str
    published: dt.date | None
    language: str
    length: int


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    external_id: str
    title: str
    source: str | None
    url: str | None
    published: dt.date | None
    language: str
    text: str


def _display_title(title: str | None, first_line: str) -> str:
    if title:
        return title
    return first_line.strip()[:80] or "(untitled)"


def list_documents(project: Project, *, limit: int | None = None) -> list[DocumentSummary]:
    first_line = sa.func.substr(Document.text, 1, 120)
    query = (
        sa.select(
            Document.id,
            Document.external_id,
            Document.title,
            Document.published,
            Document.language,
            sa.func.length(Document.text),
            first_line,
        )
        .order_by(Document.id)
        .limit(limit)
    )
    with project.reading() as session:
        rows = session.execute(query).all()
    return [
        DocumentSummary(
            id=row[0],
            external_id=row[1],
            title=_display_title(row[2], row[6].split("\n", 1)[0]),
            published=row[3],
            language=row[4],
            length=row[5],
        )
        for row in rows
    ]


def get_document(project: Project, external_id: str) -> DocumentRecord | None:
    with project.reading() as session:
        document = session.scalar(sa.select(Document).where(Document.external_id == external_id))
        if document is None:
            return None
        return DocumentRecord(
            id=document.id,
            external_id=document.external_id,
            title=_display_title(document.title, document.text.split("\n", 1)[0]),
            source=document.source,
            url=document.url,
            published=document.published,
            language=document.language,
            text=document.text,
        )


def project_counts(project: Project) -> dict[str, int]:
    tables = {
        "documents": Document,
        "users": User,
        "assignments": Assignment,
        "suggestions": Suggestion,
        "annotations": Annotation,
        "events": Event,
        "lexicon": LexiconEntry,
    }
    with project.reading() as session:
        return {
            name: session.scalar(sa.select(sa.func.count()).select_from(model)) or 0
            for name, model in tables.items()
        }
