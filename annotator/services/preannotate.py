"""Pre-annotate a project: store each document's suggestions, tagged with the suggester version.

A document whose suggestions carry the current version is skipped, so running again
with nothing changed does nothing. Documents somebody has started coding keep their
suggestions (their annotations point at them); ``refresh`` replaces the suggestions
of the others, e.g. after the lexicon learned from coders' decisions.
Each document is written in its own transaction: a cancelled run leaves every
document either done or untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import sqlalchemy as sa

from annotator.errors import CancelledError
from annotator.store.database import Project
from annotator.store.models import Annotation, Document, Event, Suggestion
from annotator.suggest.base import Suggestion as Suggested

Progress = Callable[[int, int], None]


class SuggestPipeline(Protocol):
    version: str

    def suggest(self, text: str, published: dt.date | None = None) -> list[Suggested]: ...


@dataclass
class PreannotateReport:
    documents: int = 0
    annotated: int = 0
    already_current: int = 0
    kept_started: int = 0
    suggestions: int = 0


def _started_documents(project: Project) -> set[int]:
    """Documents somebody has opened and decided on, or coded events for."""
    with project.session() as session:
        annotated = session.scalars(sa.select(Annotation.document_id).distinct())
        coded = session.scalars(
            sa.select(Event.document_id).where(Event.document_id.is_not(None)).distinct()
        )
        return {*annotated, *(document_id for document_id in coded if document_id is not None)}


def _current_documents(project: Project, version: str) -> set[int]:
    with project.session() as session:
        return set(
            session.scalars(
                sa.select(Suggestion.document_id)
                .where(Suggestion.suggester_version == version)
                .distinct()
            )
        )


def _suggested_documents(project: Project) -> set[int]:
    with project.session() as session:
        return set(session.scalars(sa.select(Suggestion.document_id).distinct()))


def preannotate(
    project: Project,
    pipeline: SuggestPipeline,
    *,
    refresh: bool = True,
    on_progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreannotateReport:
    """Suggest for every document not yet at ``pipeline.version``."""
    report = PreannotateReport()
    with project.session() as session:
        ids = list(session.scalars(sa.select(Document.id).order_by(Document.id)))
    report.documents = len(ids)
    current = _current_documents(project, pipeline.version)
    started = _started_documents(project)
    suggested = _suggested_documents(project)
    for done, document_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            raise CancelledError(
                f"pre-annotation cancelled after {report.annotated} document(s); "
                "those are kept, the others are as they were"
            )
        if document_id in current:
            report.already_current += 1
        elif document_id in suggested and (document_id in started or not refresh):
            report.kept_started += 1
        else:
            report.suggestions += _annotate(project, pipeline, document_id)
            report.annotated += 1
        if on_progress is not None:
            on_progress(done, len(ids))
    return report


def _annotate(project: Project, pipeline: SuggestPipeline, document_id: int) -> int:
    with project.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            return 0
        found = pipeline.suggest(document.text, document.published)
        session.execute(sa.delete(Suggestion).where(Suggestion.document_id == document_id))
        now = dt.datetime.now(dt.UTC)
        session.add_all(
            Suggestion(
                document_id=document_id,
                kind=item.kind,
                start=item.start,
                end=item.end,
                value=item.value,
                confidence=item.confidence,
                suggester_version=pipeline.version,
                created_at=now,
            )
            for item in found
        )
        return len(found)
