"""Coders' decisions teach the suggesters: names confirmed become lexicon entries.

An accepted, corrected or hand-added actor, location or source span adds its surface
form (as written in the article) to the project's lexicon, pointing at the value the
coder confirmed; a rejected suggestion lowers the confidence of the entry that made it.
Learned entries live in the project database (origin ``learned``) and can be written
to and read from a JSON Lines file to share them between projects.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from annotator.errors import AnnotatorError
from annotator.io.atomic import atomic_text_file
from annotator.store.assignments import SUBMITTED_MESSAGE, assignment_status
from annotator.store.database import Project
from annotator.store.lexicon import LexiconItem, merge_entries
from annotator.store.models import Annotation, Audit, Document, LexiconEntry, User
from annotator.text.normalize import normalize_key

LEARNED = "learned"
DECISIONS = ("accepted", "rejected", "edited", "added")
# What a lexicon entry points at, per suggestion kind.
LEARNABLE = {"actor": "actor", "location": "place", "source": "source"}
REJECTION_FACTOR = 0.6
MIN_CONFIDENCE = 0.05


@dataclass(frozen=True)
class Decision:
    coder: str
    document_id: int
    decision: str
    kind: str
    start: int
    end: int
    value: Mapping[str, Any]
    suggestion_id: int | None = None
    time_taken_ms: int | None = None
    # The coder's earlier decision on the same span, changed in place (its id, which
    # evidence may name, stays); None records a new one.
    annotation_id: int | None = None


def _target(kind: str, value: Mapping[str, Any]) -> str:
    if kind == "location":
        parts = [str(value.get(name) or "") for name in ("name", "admin1", "admin2", "admin3")]
        return " | ".join(parts)
    return str(value.get("name") or "")


def record_decision(project: Project, decision: Decision) -> int:
    """Store a coder's decision on a span and learn from it; returns the annotation id."""
    if decision.decision not in DECISIONS:
        raise AnnotatorError(f"unknown decision '{decision.decision}'")
    with project.session() as session:
        document = session.get(Document, decision.document_id)
        if document is None:
            raise AnnotatorError(f"no document #{decision.document_id} in the project")
        if not 0 <= decision.start < decision.end <= len(document.text):
            raise AnnotatorError(
                f"span {decision.start}-{decision.end} is outside the document "
                f"({len(document.text)} characters)"
            )
        user = session.scalar(sa.select(User).where(User.name == decision.coder))
        if user is None:
            user = User(name=decision.coder)
            session.add(user)
            session.flush()
        if assignment_status(session, decision.document_id, user.id) == "submitted":
            raise AnnotatorError(SUBMITTED_MESSAGE)
        if decision.annotation_id is not None:
            annotation = _amended(session, decision, user.id)
        else:
            annotation = Annotation(
                document_id=decision.document_id,
                user_id=user.id,
                suggestion_id=decision.suggestion_id,
                decision=decision.decision,
                kind=decision.kind,
                start=decision.start,
                end=decision.end,
                value=dict(decision.value),
                time_taken_ms=decision.time_taken_ms,
                created_at=dt.datetime.now(dt.UTC),
            )
            session.add(annotation)
        surface = document.text[decision.start : decision.end]
        _learn(session, decision, surface)
        session.flush()
        return annotation.id


def _amended(session: Any, decision: Decision, user_id: int) -> Annotation:
    """The coder's earlier annotation, changed to this decision; the change is audited."""
    annotation = session.get(Annotation, decision.annotation_id)
    if (
        annotation is None
        or annotation.user_id != user_id
        or annotation.document_id != decision.document_id
    ):
        raise AnnotatorError(f"annotation #{decision.annotation_id} is not {decision.coder}'s")
    names = ("decision", "kind", "start", "end", "value")
    before = {name: getattr(annotation, name) for name in names}
    annotation.decision = decision.decision
    annotation.kind = decision.kind
    annotation.start, annotation.end = decision.start, decision.end
    annotation.value = dict(decision.value)
    annotation.time_taken_ms = decision.time_taken_ms
    annotation.created_at = dt.datetime.now(dt.UTC)
    after = {name: getattr(annotation, name) for name in names}
    session.add(Audit(user_id=user_id, action="redecide", entity="annotation",
                      entity_id=annotation.id, before=before, after=after))  # fmt: skip
    return annotation


def _name_written(surface: str) -> str:
    """The name a span holds: ل merged with the article (للرقة, the span as the
    suggesters and coders mark it) is the name with its article (الرقة), which is how the
    lexicon keys it."""
    surface = surface.strip()
    return f"ال{surface[2:]}" if surface.startswith("لل") and len(surface) > 3 else surface


def _learn(session: Any, decision: Decision, surface: str) -> None:
    lexicon_kind = LEARNABLE.get(decision.kind)
    target = _target(decision.kind, decision.value)
    surface = _name_written(surface)
    key = normalize_key(surface)
    if lexicon_kind is None or not target.strip(" |") or len(key) < 2:
        return
    if decision.decision == "rejected":
        _lower_confidence(session, lexicon_kind, key, target)
        return
    merge_entries(
        session,
        [LexiconItem(lexicon_kind, surface.strip(), key, target, LEARNED, dict(decision.value))],
    )
    # A confirmed name is trusted again, whatever rejections said before.
    session.execute(
        sa.update(LexiconEntry)
        .where(
            LexiconEntry.kind == lexicon_kind,
            LexiconEntry.normalized == key,
            LexiconEntry.target == target,
        )
        .values(confidence=1.0)
    )


def _lower_confidence(session: Any, kind: str, key: str, target: str) -> None:
    entries = session.scalars(
        sa.select(LexiconEntry).where(
            LexiconEntry.kind == kind,
            LexiconEntry.normalized == key,
            LexiconEntry.target == target,
        )
    ).all()
    if not entries:
        # A built-in name: remember the doubt as a learned entry with lowered confidence.
        entry = LexiconEntry(kind=kind, surface=key, normalized=key, target=target, value={},
                             origin=LEARNED, confidence=1.0)  # fmt: skip
        session.add(entry)
        entries = [entry]
    for entry in entries:
        entry.confidence = max(MIN_CONFIDENCE, entry.confidence * REJECTION_FACTOR)


def export_learned(project: Project, destination: Path) -> int:
    """Write the learned entries as JSON Lines; returns how many."""
    with project.session() as session:
        entries = session.scalars(
            sa.select(LexiconEntry).where(LexiconEntry.origin == LEARNED).order_by(LexiconEntry.id)
        ).all()
        lines = [
            json.dumps(
                {
                    "kind": entry.kind,
                    "surface": entry.surface,
                    "target": entry.target,
                    "value": entry.value,
                    "confidence": entry.confidence,
                },
                ensure_ascii=False,
            )
            for entry in entries
        ]
    with atomic_text_file(destination) as stream:
        stream.writelines(line + "\n" for line in lines)
    return len(lines)


def import_learned(project: Project, source: Path) -> int:
    """Read learned entries written by ``export_learned``; all or nothing."""
    items: list[tuple[LexiconItem, float]] = []
    try:
        with source.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    items.append(_read_learned(line, f"{source}:{number}"))
    except UnicodeDecodeError:
        raise AnnotatorError(f"{source} is not UTF-8 text") from None
    except OSError as error:
        raise AnnotatorError(f"cannot read {source}: {error.strerror}") from None
    with project.session() as session:
        merge_entries(session, [item for item, _confidence in items])
        for item, confidence in items:
            session.execute(
                sa.update(LexiconEntry)
                .where(
                    LexiconEntry.kind == item.kind,
                    LexiconEntry.normalized == item.normalized,
                    LexiconEntry.target == item.target,
                    LexiconEntry.origin == LEARNED,
                )
                .values(confidence=confidence)
            )
    return len(items)


def _read_learned(line: str, where: str) -> tuple[LexiconItem, float]:
    try:
        record = json.loads(line)
        kind, surface, target = record["kind"], record["surface"], record["target"]
        confidence = float(record.get("confidence", 1.0))
        value = record.get("value") or {}
    except (ValueError, KeyError, TypeError) as error:
        raise AnnotatorError(f"{where}: not a learned lexicon entry ({error})") from None
    if kind not in LEARNABLE.values() or not isinstance(surface, str) or not surface.strip():
        raise AnnotatorError(f"{where}: kind must be actor, place or source, with a surface")
    if not 0 < confidence <= 1:
        raise AnnotatorError(f"{where}: confidence {confidence} is not between 0 and 1")
    key = normalize_key(surface)
    return LexiconItem(kind, surface, key, str(target), LEARNED, dict(value)), confidence
