"""Coding a document: a coder's events, their fields and the evidence behind them.

Every function here is one user action, committed at once (there is no Save), and
returns what the desk needs to show or to undo it. Events are the coder's own: others'
work is never read or changed here (blind coding). Field values are stored as the coder
entered them; the codebook reads, derives and validates them.

Fatalities follow the evidence: an event's fatalities are the sum of the killed counts
linked to its ``fatalities`` field, and a count linked to several events is split evenly
among them, the remainder going to the first (ACLED counts each death once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from annotator.codebook import Codebook, FieldMessage, default_codebook, is_blank
from annotator.errors import AnnotatorError
from annotator.services.notes import draft_note
from annotator.store.annotations import CodedSpan, coded_spans
from annotator.store.assignments import SUBMITTED_MESSAGE, assignment_status
from annotator.store.database import Project
from annotator.store.events import column_values
from annotator.store.models import (
    Annotation,
    Assignment,
    Audit,
    Document,
    Event,
    EventEvidence,
    User,
)
from annotator.store.users import ensure_user
from annotator.suggest.base import Suggestion
from annotator.suggest.cues import inter_code, sentence_index, sentences
from annotator.suggest.drafts import DraftActor, DraftEvent, draft_events

# Which event field a confirmed span of each kind is evidence for, in order of filling.
EVIDENCE_FIELDS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type",),
    "actor": ("actor1", "actor2"),
    "location": ("location",),
    "date": ("event_date",),
    "casualty": ("fatalities",),
    "source": ("source",),
}


class CodingError(AnnotatorError):
    """A coding action that cannot be done; the message says why."""


class SubmitRefusedError(CodingError):
    """Submitting found events that do not pass the codebook."""

    def __init__(self, problems: Mapping[int, Sequence[FieldMessage]]) -> None:
        self.problems = {event_id: list(messages) for event_id, messages in problems.items()}
        lines = [
            f"event #{event_id}: " + "; ".join(str(message) for message in messages)
            for event_id, messages in self.problems.items()
        ]
        super().__init__("cannot submit: " + " | ".join(lines))


@dataclass(frozen=True)
class CodedEvent:
    id: int
    document_id: int
    status: str
    version: int
    fields: dict[str, Any]
    # field -> the annotations (confirmed spans) that support it
    evidence: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def label(self) -> str:
        sub_type = str(self.fields.get("sub_event_type") or self.fields.get("event_type") or "")
        where = str(self.fields.get("location") or "")
        parts = [part for part in (sub_type, where) if part]
        return f"#{self.id} " + (" · ".join(parts) if parts else "(new event)")


# --------------------------------------------------------------------------- reading


def _record(session: Session, event: Event) -> CodedEvent:
    evidence: dict[str, list[int]] = {}
    rows = session.execute(
        sa.select(EventEvidence.field, EventEvidence.annotation_id)
        .where(EventEvidence.event_id == event.id)
        .order_by(EventEvidence.id)
    )
    for name, annotation_id in rows:
        evidence.setdefault(name, []).append(annotation_id)
    return CodedEvent(
        id=event.id,
        document_id=event.document_id or 0,
        status=event.status,
        version=event.version,
        fields=dict(event.fields or {}),
        evidence={name: tuple(ids) for name, ids in evidence.items()},
    )


def document_events(project: Project, document_id: int, coder: str) -> list[CodedEvent]:
    """The coder's own events on a document, oldest first."""
    with project.reading() as session:
        mine = sa.select(User.id).where(User.name == coder).scalar_subquery()
        events = session.scalars(
            sa.select(Event)
            .where(Event.document_id == document_id, Event.user_id == mine)
            .order_by(Event.id)
        ).all()
        return [_record(session, event) for event in events]


def get_event(project: Project, event_id: int, coder: str) -> CodedEvent:
    with project.session() as session:
        return _record(session, _own_event(session, event_id, coder))


def _own_event(session: Session, event_id: int, coder: str, *, editable: bool = False) -> Event:
    event = session.get(Event, event_id)
    user = ensure_user(session, coder)
    if event is None or event.user_id != user.id:
        raise CodingError(f"event #{event_id} is not one of {coder}'s events")
    if editable and event.status != "draft":
        raise CodingError(f"event #{event_id} is {event.status}; undo the submission to change it")
    return event


def _audit(
    session: Session,
    coder_id: int,
    action: str,
    event_id: int,
    change: tuple[Mapping[str, Any] | None, Mapping[str, Any] | None],
) -> None:
    before, after = change
    session.add(
        Audit(
            user_id=coder_id,
            action=action,
            entity="event",
            entity_id=event_id,
            before=dict(before) if before is not None else None,
            after=dict(after) if after is not None else None,
        )
    )


# --------------------------------------------------------------------------- writing


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if not is_blank(value)}


def create_event(
    project: Project,
    *,
    coder: str,
    document_id: int,
    fields: Mapping[str, Any],
    evidence: Mapping[str, Iterable[int]] | None = None,
    codebook: Codebook | None = None,
    event_id: int | None = None,
) -> CodedEvent:
    """A new draft event; ``event_id`` brings back a deleted one (redo)."""
    book = codebook or default_codebook()
    with project.session() as session:
        user = ensure_user(session, coder)
        if session.get(Document, document_id) is None:
            raise CodingError(f"no document #{document_id} in the project")
        if assignment_status(session, document_id, user.id) == "submitted":
            raise CodingError(SUBMITTED_MESSAGE)
        values = _clean(fields)
        event = Event(
            document_id=document_id,
            user_id=user.id,
            codebook_id=book.id,
            codebook_version=book.version,
            fields=values,
            status="draft",
            **column_values(values),
        )
        if event_id is not None:
            event.id = event_id
        session.add(event)
        session.flush()
        for name, annotation_ids in (evidence or {}).items():
            for annotation_id in annotation_ids:
                _link(session, event, name, annotation_id, user.id)
        _audit(session, user.id, "create", event.id, (None, values))
        session.flush()
        _spread_fatalities(session, set((evidence or {}).get("fatalities", ())))
        session.flush()
        _start_assignment(session, document_id, user.id)
        return _record(session, event)


def update_event(
    project: Project,
    event_id: int,
    *,
    coder: str,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> CodedEvent:
    """Set (or clear, with a blank value) some fields of a draft event.

    ``expected_version`` guards against overwriting a change made elsewhere since the
    event was read.
    """
    with project.session() as session:
        event = _own_event(session, event_id, coder, editable=True)
        if expected_version is not None and event.version != expected_version:
            raise CodingError(
                f"event #{event_id} was changed elsewhere since it was opened; it has been reloaded"
            )
        before = dict(event.fields or {})
        values = dict(before)
        for name, value in changes.items():
            if is_blank(value):
                values.pop(name, None)
            else:
                values[name] = value
        if values == before:
            return _record(session, event)
        event.fields = values
        for name, value in column_values(values).items():
            setattr(event, name, value)
        try:
            session.flush()
        except StaleDataError:
            raise CodingError(f"event #{event_id} was changed elsewhere; reload it") from None
        changed = set(before) ^ set(values) | {n for n in values if before.get(n) != values[n]}
        old = {n: before.get(n) for n in changed}
        _audit(
            session,
            event.user_id or 0,
            "update",
            event_id,
            (old, {n: values.get(n) for n in changed}),
        )
        return _record(session, event)


def delete_event(project: Project, event_id: int, *, coder: str) -> CodedEvent:
    """Delete a draft event; the returned record brings it back (see :func:`restore_event`)."""
    with project.session() as session:
        event = _own_event(session, event_id, coder, editable=True)
        snapshot = _record(session, event)
        _audit(session, event.user_id or 0, "delete", event_id, (snapshot.fields, None))
        session.delete(event)
        session.flush()
        # The deaths it shared with other events go back to them.
        _spread_fatalities(session, set(snapshot.evidence.get("fatalities", ())))
        return snapshot


def restore_event(project: Project, snapshot: CodedEvent, *, coder: str) -> CodedEvent:
    """Bring back a deleted event with its id, fields and evidence (undo of a delete)."""
    return create_event(
        project,
        coder=coder,
        document_id=snapshot.document_id,
        fields=snapshot.fields,
        evidence=snapshot.evidence,
        event_id=snapshot.id,
    )


def link_evidence(
    project: Project, event_id: int, field_name: str, annotation_id: int, *, coder: str
) -> bool:
    """Record that a confirmed span supports a field; False when it already did.

    Linked to ``fatalities``, a killed count sets the event's fatalities (shared with the
    other events it is linked to).
    """
    with project.session() as session:
        event = _own_event(session, event_id, coder, editable=True)
        added = _link(session, event, field_name, annotation_id, event.user_id or 0)
        session.flush()
        if added and field_name == "fatalities":
            _spread_fatalities(session, {annotation_id})
        return added


def unlink_evidence(
    project: Project, event_id: int, field_name: str, annotation_id: int, *, coder: str
) -> None:
    """The span no longer supports the field; an event left without casualty evidence
    keeps the figure it had (the coder's to change)."""
    with project.session() as session:
        _own_event(session, event_id, coder, editable=True)
        session.execute(
            sa.delete(EventEvidence).where(
                EventEvidence.event_id == event_id,
                EventEvidence.field == field_name,
                EventEvidence.annotation_id == annotation_id,
            )
        )
        session.flush()
        if field_name == "fatalities":
            _spread_fatalities(session, {annotation_id})


def evidence_links(project: Project, annotation_id: int) -> list[tuple[int, str]]:
    """The (event, field) pairs a span is evidence for."""
    with project.reading() as session:
        rows = session.execute(
            sa.select(EventEvidence.event_id, EventEvidence.field)
            .where(EventEvidence.annotation_id == annotation_id)
            .order_by(EventEvidence.id)
        ).all()
    return [(event_id, name) for event_id, name in rows]


def document_fatalities(project: Project, document_id: int, coder: str) -> dict[int, Any]:
    """The fatalities of the coder's draft events of a document (undo puts them back: a
    change of evidence may have moved deaths between events, or replaced a typed figure)."""
    with project.reading() as session:
        rows = session.execute(
            sa.select(Event.id, Event.fields)
            .join(User, User.id == Event.user_id)
            .where(Event.document_id == document_id, User.name == coder, Event.status == "draft")
        ).all()
    return {event_id: dict(fields or {}).get("fatalities") for event_id, fields in rows}


def restore_fatalities(project: Project, figures: Mapping[int, Any], *, coder: str) -> None:
    """Set these events' fatalities back (events gone or no longer drafts are left)."""
    with project.session() as session:
        user = ensure_user(session, coder)
        for event_id, figure in figures.items():
            event = session.get(Event, event_id)
            if event is None or event.user_id != user.id or event.status != "draft":
                continue
            if event.fields.get("fatalities") != figure:
                fields = dict(event.fields)
                if figure is None:
                    fields.pop("fatalities", None)
                else:
                    fields["fatalities"] = figure
                event.fields = fields


def follow_decision(project: Project, annotation_id: int, *, coder: str) -> list[tuple[int, str]]:
    """After a coder changed a decision: a rejected span stops being evidence (returns
    the links removed, to put back on undo); a changed count updates fatalities."""
    removed: list[tuple[int, str]] = []
    with project.session() as session:
        annotation = session.get(Annotation, annotation_id)
        if annotation is None:
            return removed
        links = session.execute(
            sa.select(EventEvidence.event_id, EventEvidence.field).where(
                EventEvidence.annotation_id == annotation_id
            )
        ).all()
        for event_id, _name in links:
            event = _own_event(session, event_id, coder)
            if event.status != "draft":
                raise CodingError(
                    f"this span is evidence of event #{event_id}, which is {event.status}; "
                    "undo the submission first"
                )
        if annotation.decision == "rejected" and links:
            session.execute(
                sa.delete(EventEvidence).where(EventEvidence.annotation_id == annotation_id)
            )
            removed = [(event_id, name) for event_id, name in links]
        session.flush()
        lost = {event_id for event_id, name in removed if name == "fatalities"}
        _spread_fatalities(session, {annotation_id}, lost=lost)
    return removed


def restore_links(
    project: Project, annotation_id: int, links: Sequence[tuple[int, str]], *, coder: str
) -> None:
    """Put back the links :func:`follow_decision` removed (undo)."""
    with project.session() as session:
        for event_id, name in links:
            event = _own_event(session, event_id, coder, editable=True)
            _link(session, event, name, annotation_id, event.user_id or 0)
        session.flush()
        _spread_fatalities(session, {annotation_id})


def _link(session: Session, event: Event, name: str, annotation_id: int, user_id: int) -> bool:
    annotation = session.get(Annotation, annotation_id)
    if annotation is None or annotation.document_id != event.document_id:
        raise CodingError(f"annotation #{annotation_id} is not a span of this document")
    if annotation.user_id != user_id:
        raise CodingError(f"annotation #{annotation_id} is another coder's")
    if annotation.decision == "rejected":
        raise CodingError("a rejected span cannot be evidence")
    exists = session.scalar(
        sa.select(EventEvidence.id).where(
            EventEvidence.event_id == event.id,
            EventEvidence.field == name,
            EventEvidence.annotation_id == annotation_id,
        )
    )
    if exists is not None:
        return False
    session.add(EventEvidence(event_id=event.id, field=name, annotation_id=annotation_id))
    return True


def _killed_count(annotation: Annotation) -> int | None:
    value = annotation.value or {}
    count = value.get("count")
    if value.get("outcome") != "killed" or not isinstance(count, int) or isinstance(count, bool):
        return None
    return max(count, 0)


def fatality_shares(count: int, events: int) -> list[int]:
    """``count`` deaths spread over ``events`` events: evenly, the remainder to the first."""
    if events <= 0:
        return []
    share, remainder = divmod(count, events)
    return [share + remainder] + [share] * (events - 1)


def _spread_fatalities(
    session: Session, annotation_ids: set[int], *, lost: set[int] | frozenset[int] = frozenset()
) -> None:
    """Recompute the fatalities of the draft events these casualty spans are evidence for.

    Only those events change (and ``lost``: events that just lost casualty evidence);
    a figure the coder typed into another event stays.
    """
    if not annotation_ids and not lost:
        return
    touched = set(lost) | set(
        session.scalars(
            sa.select(EventEvidence.event_id).where(
                EventEvidence.field == "fatalities", EventEvidence.annotation_id.in_(annotation_ids)
            )
        )
    )
    if not touched:
        return
    rows = session.execute(
        sa.select(EventEvidence.event_id, EventEvidence.annotation_id)
        .where(EventEvidence.field == "fatalities", EventEvidence.event_id.in_(touched))
        .order_by(EventEvidence.event_id)
    ).all()
    counted = {annotation_id for _, annotation_id in rows}
    # Every event each of those spans is linked to: a count is shared among them all.
    sharers: dict[int, list[int]] = {}
    for event_id, annotation_id in session.execute(
        sa.select(EventEvidence.event_id, EventEvidence.annotation_id)
        .where(EventEvidence.field == "fatalities", EventEvidence.annotation_id.in_(counted))
        .order_by(EventEvidence.event_id)
    ):
        sharers.setdefault(annotation_id, []).append(event_id)
    totals = dict.fromkeys(touched, 0)
    for annotation_id, event_ids in sharers.items():
        annotation = session.get(Annotation, annotation_id)
        count = _killed_count(annotation) if annotation is not None else None
        if count is None:
            continue
        for event_id, share in zip(event_ids, fatality_shares(count, len(event_ids)), strict=True):
            if event_id in totals:
                totals[event_id] += share
    with_evidence = {event_id for event_id, _ in rows}
    for event_id, total in totals.items():
        event = session.get(Event, event_id)
        if event is None or event.status != "draft":
            continue
        if event_id not in with_evidence and event_id not in lost:
            continue
        if event.fields.get("fatalities") != total:
            event.fields = {**event.fields, "fatalities": total}


# --------------------------------------------------------------------------- from evidence


@dataclass(frozen=True)
class EventProposal:
    """Fields for a new event, and the annotations each one comes from."""

    fields: dict[str, Any]
    evidence: dict[str, tuple[int, ...]]


def propose_event(
    text: str,
    spans: Sequence[CodedSpan],
    *,
    published: dt.date | None,
    codebook: Codebook | None = None,
) -> EventProposal:
    """An event built from confirmed spans (a sentence's, usually), as a draft would be.

    The draft rules of :mod:`annotator.suggest.drafts` place the actors and pick the
    location and date; only confirmed spans are read, so nothing unconfirmed gets in.
    """
    book = codebook or default_codebook()
    confirmed = [span for span in spans if span.confirmed]
    as_suggestions = [
        Suggestion(span.kind, span.start, span.end, text[span.start : span.end], span.value)
        for span in confirmed
    ]
    drafts = draft_events(text, as_suggestions, published)
    best = max(drafts, key=lambda d: len(d.evidence)) if drafts else None
    draft = best or _untyped_draft(as_suggestions)
    fields: dict[str, Any] = {}
    evidence: dict[str, list[int]] = {}

    def use(name: str, index: int) -> None:
        evidence.setdefault(name, []).append(confirmed[index].annotation_id)

    if draft.event_type:
        fields["event_type"] = draft.event_type
        fields["sub_event_type"] = draft.sub_event_type
        for index in draft.field_evidence.get("event_type", ()):
            use("event_type", index)
    actor_types = book.vocabulary("actor_type")
    for slot, actor in (("1", draft.actor1), ("2", draft.actor2)):
        if actor is None:
            continue
        fields[f"actor{slot}"] = actor.name
        if actor.inter is not None:
            fields[f"inter{slot}"] = actor_types.value_for_code(actor.inter)
        use(f"actor{slot}", actor.index)
    location_index = _evidence_index(draft, "location", confirmed, "location")
    if location_index is not None:
        place = confirmed[location_index].value
        for name in ("admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision"):
            if not is_blank(place.get(name)):
                fields[name] = place[name]
        fields["location"] = place.get("name") or ""
        if place.get("country"):
            fields["country"] = place["country"]
        use("location", location_index)
    if draft.date is not None:
        fields["event_date"] = draft.date.isoformat()
        fields["time_precision"] = draft.time_precision or 1
        date_index = _evidence_index(draft, "date", confirmed, "date")
        if date_index is not None:
            use("event_date", date_index)
    # The draft's killed counts (the sentence with the largest total): later sentences
    # often repeat a total, and linking those too would count the dead twice.
    killed = (
        list(draft.field_evidence.get("fatalities", ()))
        if drafts
        else [
            index
            for index, span in enumerate(confirmed)
            if span.kind == "casualty" and span.value.get("outcome") == "killed"
        ]
    )
    for index in killed:
        use("fatalities", index)
    fields["fatalities"] = draft.fatalities if drafts else _sum_killed(confirmed, killed)
    sources = [index for index, span in enumerate(confirmed) if span.kind == "source"]
    names = list(dict.fromkeys(str(confirmed[i].value.get("name") or "") for i in sources))
    if any(names):
        fields["source"] = "; ".join(name for name in names if name)
        scales = [str(confirmed[i].value.get("source_scale") or "") for i in sources]
        if any(scales):
            fields["source_scale"] = "-".join(dict.fromkeys(s for s in scales if s))
        for index in sources:
            use("source", index)
    fields["notes"] = draft_note(fields)
    return EventProposal(
        fields=_clean(fields), evidence={name: tuple(ids) for name, ids in evidence.items()}
    )


def _evidence_index(
    draft: DraftEvent, name: str, confirmed: Sequence[CodedSpan], kind: str
) -> int | None:
    indexes = draft.field_evidence.get(name, ())
    if indexes:
        return indexes[0]
    candidates = [i for i, span in enumerate(confirmed) if span.kind == kind]
    if not candidates:
        return None
    if kind == "location":
        return min(candidates, key=lambda i: (confirmed[i].value.get("geo_precision") or 3, i))
    return candidates[0]


def _sum_killed(confirmed: Sequence[CodedSpan], indexes: Sequence[int]) -> int:
    return sum(max(int(confirmed[i].value.get("count") or 0), 0) for i in indexes)


def _untyped_draft(suggestions: Sequence[Suggestion]) -> DraftEvent:
    """Without a confirmed event type: the first two actors, no grouping."""
    actors = [
        DraftActor(str(s.value.get("name") or ""), inter_code(s.value), index)
        for index, s in enumerate(suggestions)
        if s.kind == "actor" and s.value.get("name")
    ]
    distinct = list({actor.name: actor for actor in reversed(actors)}.values())[::-1]
    return DraftEvent(
        start=0,
        end=0,
        event_type="",
        sub_event_type="",
        confidence=0.0,
        actor1=distinct[0] if distinct else None,
        actor2=distinct[1] if len(distinct) > 1 else None,
    )


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence holding ``position`` (the whole text when none does)."""
    spans = sentences(text)
    index = sentence_index(spans, [s.start for s in spans], position)
    if index is None:
        return 0, len(text)
    return spans[index].start, spans[index].end


def _group_bounds(
    text: str, confirmed: Sequence[CodedSpan], published: dt.date | None, position: int
) -> tuple[int, int] | None:
    """The sentences the draft rules group with the one at ``position``, if any."""
    as_suggestions = [
        Suggestion(span.kind, span.start, span.end, text[span.start : span.end], span.value)
        for span in confirmed
    ]
    for draft in draft_events(text, as_suggestions, published):
        if draft.start <= position < draft.end:
            return draft.start, draft.end
    return None


def new_event_from_sentence(
    project: Project,
    *,
    coder: str,
    document_id: int,
    position: int,
    codebook: Codebook | None = None,
) -> CodedEvent:
    """N on the desk: a draft event from the confirmed evidence around ``position``.

    The sentence at ``position`` must hold confirmed evidence. When the draft rules group
    it with the sentences around it (a lead and the details after it), the event takes
    the group's evidence; else the sentence's alone.
    """
    with project.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise CodingError(f"no document #{document_id} in the project")
        text, published = document.text, document.published
    start, end = sentence_bounds(text, position)
    confirmed = [span for span in coded_spans(project, document_id, coder) if span.confirmed]
    if not any(start <= span.start < end for span in confirmed):
        raise CodingError("this sentence has no confirmed evidence yet: accept or add spans first")
    start, end = _group_bounds(text, confirmed, published, position) or (start, end)
    spans = [span for span in confirmed if start <= span.start < end]
    proposal = propose_event(text, spans, published=published, codebook=codebook)
    return create_event(
        project,
        coder=coder,
        document_id=document_id,
        fields=proposal.fields,
        evidence=proposal.evidence,
        codebook=codebook,
    )


# --------------------------------------------------------------------------- submitting


def _start_assignment(session: Session, document_id: int, user_id: int) -> None:
    """The coder is working on the document: its assignment (made if missing) is in progress."""
    assignment = session.scalar(
        sa.select(Assignment)
        .where(Assignment.document_id == document_id, Assignment.user_id == user_id)
        .order_by(Assignment.round.desc())
    )
    if assignment is None:
        session.add(Assignment(document_id=document_id, user_id=user_id, status="in_progress"))
    elif assignment.status == "todo":
        assignment.status = "in_progress"


def check_events(
    events: Sequence[CodedEvent], codebook: Codebook | None = None
) -> dict[int, list[FieldMessage]]:
    """The problems of each event that has any (derived fields filled in first)."""
    book = codebook or default_codebook()
    problems: dict[int, list[FieldMessage]] = {}
    for event in events:
        messages = [
            message
            for message in book.validate(book.derive(event.fields))
            if message.field not in _ASSIGNED_ON_EXPORT
        ]
        if messages:
            problems[event.id] = messages
    return problems


# Filled in by the export, not by the coder.
_ASSIGNED_ON_EXPORT = frozenset({"event_id_cnty", "timestamp"})


def submit_document(
    project: Project, *, coder: str, document_id: int, codebook: Codebook | None = None
) -> list[int]:
    """Submit the coder's draft events of a document; returns their ids.

    Refused, changing nothing, when an event does not pass the codebook. A document
    with no events can be submitted: the coder found nothing to code in it.
    """
    drafts = [e for e in document_events(project, document_id, coder) if e.status == "draft"]
    problems = check_events(drafts, codebook)
    if problems:
        raise SubmitRefusedError(problems)
    with project.session() as session:
        user = ensure_user(session, coder)
        ids = [event.id for event in drafts]
        for event in session.scalars(sa.select(Event).where(Event.id.in_(ids))):
            event.status = "submitted"
            _audit(
                session, user.id, "submit", event.id, ({"status": "draft"}, {"status": "submitted"})
            )
        _set_assignment(session, document_id, user.id, "submitted")
        return ids


def reopen_document(project: Project, *, coder: str, document_id: int) -> list[int]:
    """Undo a submission: the coder's submitted events of the document are drafts again."""
    with project.session() as session:
        user = ensure_user(session, coder)
        events = session.scalars(
            sa.select(Event).where(
                Event.document_id == document_id,
                Event.user_id == user.id,
                Event.status == "submitted",
            )
        ).all()
        for event in events:
            event.status = "draft"
            _audit(
                session, user.id, "reopen", event.id, ({"status": "submitted"}, {"status": "draft"})
            )
        _set_assignment(session, document_id, user.id, "in_progress")
        return [event.id for event in events]


def _set_assignment(session: Session, document_id: int, user_id: int, status: str) -> None:
    _start_assignment(session, document_id, user_id)
    session.flush()
    assignment = session.scalar(
        sa.select(Assignment)
        .where(Assignment.document_id == document_id, Assignment.user_id == user_id)
        .order_by(Assignment.round.desc())
    )
    assert assignment is not None
    assignment.status = status
