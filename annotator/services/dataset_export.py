"""Export the whole project as a dataset: one JSON line per document, everything in it.

Each line carries a document with its machine suggestions, the coders' annotations,
the events coded from it (with the annotations that support each field), and where
the document stands in coding (who coded it, whether it was adjudicated). Reference
events, which belong to no document, follow the documents as lines of their own.
``schemas/dataset.schema.json`` describes a line.

Documents are read in id order, a batch at a time, and each batch's spans and events
are fetched with ``IN`` queries, so memory stays flat however large the project is.
On PostgreSQL every query runs in one REPEATABLE READ transaction, so the export is a
consistent snapshot even while a team keeps coding.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from annotator.errors import CancelledError
from annotator.store.database import READ_ONLY, Project
from annotator.store.models import (
    Annotation,
    Document,
    Event,
    EventEvidence,
    Suggestion,
    User,
)

BATCH_SIZE = 500

JsonObject = dict[str, Any]


def export_dataset(
    project: Project,
    destination: TextIO,
    *,
    include_text: bool = True,
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the project to ``destination`` as JSON lines; return the number of lines.

    ``on_progress(done, total)`` counts documents; ``cancelled()`` turning true stops
    the export with CancelledError (the caller discards the partial output).
    """
    lines = 0
    with _snapshot(project) as connection:
        total = 0
        if on_progress is not None:
            total = connection.execute(sa.select(sa.func.count(Document.id))).scalar_one()
        for done, record in enumerate(
            _document_records(connection, include_text=include_text), start=1
        ):
            _write(destination, record)
            lines += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise CancelledError("export cancelled; no file was written")
                if on_progress is not None:
                    on_progress(done, total)
        for event in _reference_events(connection):
            _write(destination, {"reference_event": event})
            lines += 1
    if on_progress is not None:
        on_progress(total, total)
    return lines


PROGRESS_EVERY = 100


def _write(destination: TextIO, record: JsonObject) -> None:
    destination.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    destination.write("\n")


@contextmanager
def _snapshot(project: Project) -> Iterator[Connection]:
    """A read-only connection whose queries all see the same state of the database."""
    with project.engine.connect() as connection:
        connection.execution_options(**{READ_ONLY: True})
        if connection.dialect.name == "postgresql":
            connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        # The first query begins one transaction that all the others share; closing the
        # connection rolls it back, which ends a read-only transaction cleanly.
        yield connection


# ---------------------------------------------------------------- documents


def _document_records(connection: Connection, *, include_text: bool) -> Iterator[JsonObject]:
    last_id = 0
    while True:
        documents = connection.execute(
            sa.select(
                Document.id,
                Document.external_id,
                Document.title,
                Document.text,
                Document.url,
                Document.source,
                Document.published,
                Document.language,
                Document.sha256,
                Document.extra,
            )
            .where(Document.id > last_id)
            .order_by(Document.id)
            .limit(BATCH_SIZE)
        ).all()
        if not documents:
            return
        ids = [row.id for row in documents]
        texts: dict[int, str] = {row.id: row.text for row in documents}
        suggestions = _suggestions(connection, ids, texts)
        annotations = _annotations(connection, ids, texts)
        events: dict[int | None, list[JsonObject]] = defaultdict(list)
        for document_id, event in _events(connection, Event.document_id.in_(ids)):
            events[document_id].append(event)
        for row in documents:
            document: JsonObject = {
                "id": row.external_id,
                "title": row.title,
                "text": row.text,
                "url": row.url,
                "source": row.source,
                "published": row.published.isoformat() if row.published else None,
                "language": row.language,
                "sha256": row.sha256,
                "metadata": row.extra or {},
            }
            if not include_text:
                del document["text"]
            own_events = events.get(row.id, [])
            yield {
                "document": document,
                "suggestions": suggestions.get(row.id, []),
                "annotations": annotations.get(row.id, []),
                "events": own_events,
                "agreement": _agreement(own_events),
                "gold": [event["id"] for event in own_events if event["status"] == "gold"],
            }
        last_id = ids[-1]


def _covered(texts: dict[int, str], document_id: int, start: int, end: int) -> str:
    return texts[document_id][start:end]


def _suggestions(
    connection: Connection, ids: Sequence[int], texts: dict[int, str]
) -> dict[int, list[JsonObject]]:
    rows = connection.execute(
        sa.select(
            Suggestion.id,
            Suggestion.document_id,
            Suggestion.kind,
            Suggestion.start,
            Suggestion.end,
            Suggestion.value,
            Suggestion.confidence,
            Suggestion.suggester_version,
        )
        .where(Suggestion.document_id.in_(ids))
        .order_by(Suggestion.document_id, Suggestion.start, Suggestion.end, Suggestion.id)
    ).all()
    found: dict[int, list[JsonObject]] = defaultdict(list)
    for row in rows:
        found[row.document_id].append(
            {
                "id": row.id,
                "kind": row.kind,
                "start": row.start,
                "end": row.end,
                "text": _covered(texts, row.document_id, row.start, row.end),
                "value": row.value if row.value is not None else {},
                "confidence": _finite(row.confidence),
                "suggester_version": row.suggester_version,
            }
        )
    return found


def _annotations(
    connection: Connection, ids: Sequence[int], texts: dict[int, str]
) -> dict[int, list[JsonObject]]:
    rows = connection.execute(
        sa.select(
            Annotation.id,
            Annotation.document_id,
            Annotation.kind,
            Annotation.start,
            Annotation.end,
            Annotation.value,
            Annotation.decision,
            User.name,
            Annotation.suggestion_id,
            Annotation.created_at,
            Annotation.time_taken_ms,
        )
        .select_from(Annotation)
        .outerjoin(User, User.id == Annotation.user_id)
        .where(Annotation.document_id.in_(ids))
        .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
    ).all()
    found: dict[int, list[JsonObject]] = defaultdict(list)
    for row in rows:
        found[row.document_id].append(
            {
                "id": row.id,
                "kind": row.kind,
                "start": row.start,
                "end": row.end,
                "text": _covered(texts, row.document_id, row.start, row.end),
                "value": row.value if row.value is not None else {},
                "decision": row.decision,
                "coder": row.name,
                "suggestion_id": row.suggestion_id,
                "created_at": _timestamp(row.created_at),
                "time_taken_ms": row.time_taken_ms,
            }
        )
    return found


# ---------------------------------------------------------------- events


def _events(
    connection: Connection, which: sa.ColumnElement[bool]
) -> list[tuple[int | None, JsonObject]]:
    """The events ``which`` selects, in id order, each with its document's id."""
    rows = connection.execute(
        sa.select(
            Event.id,
            Event.document_id,
            Event.dataset_id,
            Event.status,
            User.name,
            Event.codebook_id,
            Event.codebook_version,
            Event.fields,
            Event.version,
            Event.created_at,
            Event.updated_at,
        )
        .select_from(Event)
        .outerjoin(User, User.id == Event.user_id)
        .where(which)
        .order_by(Event.id)
    ).all()
    if not rows:
        return []
    evidence: dict[int, list[JsonObject]] = defaultdict(list)
    # Evidence is selected through the same condition, not by a list of event ids, so
    # the number of bound parameters stays that of the document batch.
    links = connection.execute(
        sa.select(EventEvidence.event_id, EventEvidence.field, EventEvidence.annotation_id)
        .join(Event, Event.id == EventEvidence.event_id)
        .where(which)
        .order_by(EventEvidence.event_id, EventEvidence.field, EventEvidence.annotation_id)
    ).all()
    for link in links:
        evidence[link.event_id].append({"field": link.field, "annotation_id": link.annotation_id})
    return [
        (
            row.document_id,
            {
                "id": row.id,
                "dataset_id": row.dataset_id,
                "status": row.status,
                "coder": row.name,
                "codebook": {"id": row.codebook_id, "version": row.codebook_version},
                "fields": row.fields if row.fields is not None else {},
                "version": row.version,
                "created_at": _timestamp(row.created_at),
                "updated_at": _timestamp(row.updated_at),
                "evidence": evidence.get(row.id, []),
            },
        )
        for row in rows
    ]


def _reference_events(connection: Connection) -> Iterator[JsonObject]:
    last_id = 0
    while True:
        ids = list(
            connection.scalars(
                sa.select(Event.id)
                .where(Event.document_id.is_(None), Event.id > last_id)
                .order_by(Event.id)
                .limit(BATCH_SIZE)
            )
        )
        if not ids:
            return
        for _document_id, event in _events(connection, Event.id.in_(ids)):
            yield event
        last_id = ids[-1]


def _agreement(events: Sequence[JsonObject]) -> JsonObject:
    """Who coded the document (non-draft events) and how far its coding has come."""
    coded = [event for event in events if event["status"] not in ("draft", "reference")]
    coders = sorted({event["coder"] for event in coded if event["coder"] is not None})
    if not coded:
        status = "uncoded"
    elif any(event["status"] == "gold" for event in coded):
        status = "adjudicated"
    elif len(coders) >= 2:
        status = "multiple"
    else:
        # One coder, or events that belong to no user (imported ones): one coding.
        status = "single"
    return {"coders": coders, "status": status}


# ---------------------------------------------------------------- values


def _timestamp(value: dt.datetime | None) -> str | None:
    """ISO 8601 in UTC; a naive value (SQLite hands those back) is taken to be UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


def _finite(value: float | None) -> float | None:
    """JSON has no NaN or infinity: such a confidence is written as null."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)
