"""Undo and redo: every desk action is a small command over a service operation.

An action is performed (and committed) before its command is pushed, so an error is
shown and nothing enters the stack. Undo and redo call the inverse operations and then
ask the desk to show the document the command belongs to: undo works across document
switches. A command whose undo or redo fails (the database went away, another
session changed the event) is reported and made obsolete.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from annotator.errors import AnnotatorError
from annotator.services.coding import (
    CodedEvent,
    create_event,
    delete_event,
    document_fatalities,
    follow_decision,
    link_evidence,
    reopen_document,
    restore_event,
    restore_fatalities,
    restore_links,
    submit_document,
    unlink_evidence,
    update_event,
)
from annotator.services.learning import Decision, record_decision
from annotator.store.annotations import (
    WithdrawnAnnotation,
    restore_annotation,
    withdraw_annotation,
)
from annotator.store.database import Project


class Desk(Protocol):
    """What commands need from the window."""

    project: Project
    coder: str

    def show_state(
        self, document_id: int, *, span_key: str | None = None, event_id: int | None = None
    ) -> None: ...

    def report_error(self, title: str, error: AnnotatorError) -> None: ...


class DeskCommand(QUndoCommand):
    def __init__(self, desk: Desk, document_id: int, text: str) -> None:
        super().__init__(text)
        self.desk = desk
        self.document_id = document_id
        self._performed = False
        self._undone = False
        self._fatalities: dict[int, Any] = {}

    def perform(self) -> None:
        """Do it the first time; raises AnnotatorError when it cannot be done."""
        self._remember_fatalities()
        self.do()
        self._performed = True

    def redo(self) -> None:
        if not self._performed:  # pushed without perform(): do it now
            self._remember_fatalities()
            self._guarded(self.do)
            self._performed = True
            return
        if self._undone:
            self._remember_fatalities()
            self._guarded(self.do_again)
            self._undone = False

    def undo(self) -> None:
        self._guarded(self._undo_and_put_fatalities_back)
        self._undone = True

    def _remember_fatalities(self) -> None:
        self._fatalities = document_fatalities(self.desk.project, self.document_id, self.desk.coder)

    def _undo_and_put_fatalities_back(self) -> None:
        self.undo_it()
        restore_fatalities(self.desk.project, self._fatalities, coder=self.desk.coder)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except AnnotatorError as error:
            self.setObsolete(True)
            self.desk.report_error(self.text(), error)
        self.desk.show_state(self.document_id, **self.focus())

    def do(self) -> None:
        raise NotImplementedError

    def do_again(self) -> None:
        self.do()

    def undo_it(self) -> None:
        raise NotImplementedError

    def focus(self) -> dict[str, Any]:
        return {}


class DecisionCommand(DeskCommand):
    """Accept, reject, edit or add a span.

    A first decision on a span records an annotation (undo withdraws it); a changed
    decision amends the coder's annotation in place, so evidence naming it still holds
    (undo puts the previous decision back, and the links a rejection removed).
    """

    def __init__(
        self,
        desk: Desk,
        decision: Decision,
        span_key: str | None,
        text: str,
        previous: Decision | None = None,
    ) -> None:
        super().__init__(desk, decision.document_id, text)
        self.decision = decision
        self.span_key = span_key
        self.previous = previous
        self.annotation_id: int | None = decision.annotation_id
        self._withdrawn: WithdrawnAnnotation | None = None
        self._removed: list[tuple[int, str]] = []

    def do(self) -> None:
        previous = self.previous
        self.annotation_id = record_decision(self.desk.project, self.decision)
        if self.span_key is None:
            self.span_key = f"a{self.annotation_id}"
        if previous is not None and _changes_evidence(previous, self.decision):
            self._removed = follow_decision(
                self.desk.project, self.annotation_id, coder=self.desk.coder
            )

    def do_again(self) -> None:
        if self.previous is not None:
            self.do()
        elif self._withdrawn is not None:
            self.annotation_id = restore_annotation(self.desk.project, self._withdrawn)

    def undo_it(self) -> None:
        if self.annotation_id is None:
            return
        if self.previous is None:
            self._withdrawn = withdraw_annotation(self.desk.project, self.annotation_id)
            return
        record_decision(self.desk.project, self.previous)
        if self._removed:
            restore_links(self.desk.project, self.annotation_id, self._removed,
                          coder=self.desk.coder)  # fmt: skip

    def focus(self) -> dict[str, Any]:
        return {"span_key": self.span_key}


def _changes_evidence(before: Decision, after: Decision) -> bool:
    """Whether a changed decision changes what the span says as evidence."""
    confirmed = {"accepted", "edited", "added"}
    return (
        (before.decision in confirmed) != (after.decision in confirmed)
        or before.kind != after.kind
        or dict(before.value) != dict(after.value)
    )


class CreateEventCommand(DeskCommand):
    """A new event (from evidence, or blank); undo deletes it, redo brings it back."""

    def __init__(
        self, desk: Desk, document_id: int, make: Callable[[], CodedEvent], text: str
    ) -> None:
        super().__init__(desk, document_id, text)
        self._make = make
        self.event: CodedEvent | None = None

    def do(self) -> None:
        self.event = self._make()

    def do_again(self) -> None:
        assert self.event is not None
        self.event = restore_event(self.desk.project, self.event, coder=self.desk.coder)

    def undo_it(self) -> None:
        assert self.event is not None
        self.event = delete_event(self.desk.project, self.event.id, coder=self.desk.coder)

    def focus(self) -> dict[str, Any]:
        return {"event_id": self.event.id if self.event else None}


class DeleteEventCommand(DeskCommand):
    def __init__(self, desk: Desk, event: CodedEvent, text: str) -> None:
        super().__init__(desk, event.document_id, text)
        self.event = event

    def do(self) -> None:
        self.event = delete_event(self.desk.project, self.event.id, coder=self.desk.coder)

    def undo_it(self) -> None:
        self.event = restore_event(self.desk.project, self.event, coder=self.desk.coder)

    def focus(self) -> dict[str, Any]:
        return {"event_id": self.event.id}


class EditEventCommand(DeskCommand):
    """Set fields of an event; undo puts the previous values back."""

    def __init__(
        self, desk: Desk, event: CodedEvent, changes: Mapping[str, Any], text: str
    ) -> None:
        super().__init__(desk, event.document_id, text)
        self.event_id = event.id
        self.changes = dict(changes)
        self.previous = {name: event.fields.get(name) for name in changes}

    def do(self) -> None:
        update_event(self.desk.project, self.event_id, coder=self.desk.coder, changes=self.changes)

    def undo_it(self) -> None:
        update_event(self.desk.project, self.event_id, coder=self.desk.coder, changes=self.previous)

    def focus(self) -> dict[str, Any]:
        return {"event_id": self.event_id}


class LinkEvidenceCommand(DeskCommand):
    """A span becomes evidence of a field; undo takes away only a link it made (and, as
    every undo, gives the events back the fatalities they had)."""

    def __init__(
        self, desk: Desk, event: CodedEvent, field: str, annotation_id: int, text: str
    ) -> None:
        super().__init__(desk, event.document_id, text)
        self.event_id, self.field, self.annotation_id = event.id, field, annotation_id
        self._added = False

    def do(self) -> None:
        self._added = link_evidence(self.desk.project, self.event_id, self.field,
                                    self.annotation_id, coder=self.desk.coder)  # fmt: skip

    def undo_it(self) -> None:
        if not self._added:
            return
        unlink_evidence(self.desk.project, self.event_id, self.field, self.annotation_id,
                        coder=self.desk.coder)  # fmt: skip

    def focus(self) -> dict[str, Any]:
        return {"event_id": self.event_id}


class UnlinkEvidenceCommand(DeskCommand):
    """A span stops being evidence of a field (another span took its place)."""

    def __init__(
        self, desk: Desk, event: CodedEvent, field: str, annotation_id: int, text: str
    ) -> None:
        super().__init__(desk, event.document_id, text)
        self.event_id, self.field, self.annotation_id = event.id, field, annotation_id

    def do(self) -> None:
        unlink_evidence(self.desk.project, self.event_id, self.field, self.annotation_id,
                        coder=self.desk.coder)  # fmt: skip

    def undo_it(self) -> None:
        link_evidence(self.desk.project, self.event_id, self.field, self.annotation_id,
                      coder=self.desk.coder)  # fmt: skip

    def focus(self) -> dict[str, Any]:
        return {"event_id": self.event_id}


class SubmitCommand(DeskCommand):
    def do(self) -> None:
        submit_document(self.desk.project, coder=self.desk.coder, document_id=self.document_id)

    def undo_it(self) -> None:
        reopen_document(self.desk.project, coder=self.desk.coder, document_id=self.document_id)


class ReopenCommand(DeskCommand):
    """Take a submitted article back to work on it; undo submits it again."""

    def do(self) -> None:
        reopen_document(self.desk.project, coder=self.desk.coder, document_id=self.document_id)

    def undo_it(self) -> None:
        submit_document(self.desk.project, coder=self.desk.coder, document_id=self.document_id)


def blank_event_maker(desk: Desk, document_id: int) -> Callable[[], CodedEvent]:
    return lambda: create_event(desk.project, coder=desk.coder, document_id=document_id, fields={})


class CompositeCommand(DeskCommand):
    """Several actions that are one for the coder (L on a pending span: accept, link,
    fill the field): undone and redone together, and dropped together if one fails."""

    def __init__(self, desk: Desk, document_id: int, text: str) -> None:
        super().__init__(desk, document_id, text)
        self.parts: list[DeskCommand] = []

    def add(self, part: DeskCommand) -> None:
        """Perform a part now; if it fails, the parts done so far are undone first."""
        try:
            part.perform()
        except AnnotatorError:
            for done in reversed(self.parts):
                done.undo_it()
            self.parts.clear()
            raise
        self.parts.append(part)

    def do(self) -> None:
        """The parts were performed as they were added."""

    def do_again(self) -> None:
        for part in self.parts:
            part.do_again()

    def undo_it(self) -> None:
        for part in reversed(self.parts):
            part.undo_it()

    def focus(self) -> dict[str, Any]:
        return self.parts[-1].focus() if self.parts else {}
