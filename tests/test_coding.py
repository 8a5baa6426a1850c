"""Coding a document: events from confirmed evidence, edits, fatalities, submitting."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from annotator.errors import AnnotatorError
from annotator.services.coding import (
    CodingError,
    SubmitRefusedError,
    create_event,
    delete_event,
    document_events,
    fatality_shares,
    link_evidence,
    new_event_from_sentence,
    reopen_document,
    restore_event,
    submit_document,
    update_event,
)
from annotator.services.learning import Decision, record_decision
from annotator.services.queue import coder_queue, next_in_queue, queue_progress
from annotator.store.annotations import coded_spans, restore_annotation, withdraw_annotation
from annotator.store.database import Project
from annotator.store.models import Assignment, Audit, Document, Event

TEXT = (
    "قُتل عنصران من قوات النظام، يوم 15 من آذار الحالي، في هجوم لتنظيم “الدولة” "
    "في بادية الرصافة بريف الرقة، بحسب شبكة “الخابور”.\n"
    "وفي سياق آخر، جرت مظاهرة في مدينة السويداء."
)
PUBLISHED = dt.date(2021, 3, 16)
RASAFA = {
    "name": "Ar-Rasafa", "admin1": "Ar-Raqqa", "admin2": "Ar-Raqqa", "admin3": "Ar-Rasafa",
    "latitude": 35.6286, "longitude": 38.755, "geo_precision": 2, "country": "Syria",
}  # fmt: skip
SPANS = {
    "عنصرين": None,
    "عنصران": ("casualty", {"count": 2, "outcome": "killed", "qualifier": "exact"}),
    "قوات النظام": ("actor", {"name": "Military Forces of Syria (2000-)", "inter": 1}),
    "15 من آذار الحالي": ("date", {"date": "2021-03-15", "time_precision": 1}),
    "هجوم": ("event_type", {"event_type": "Battles", "sub_event_type": "Armed clash"}),
    "تنظيم “الدولة”": ("actor", {"name": "Islamic State (Syria)", "inter": 2}),
    "بادية الرصافة": ("location", RASAFA),
    "الخابور": ("source", {"name": "Al-Khabour", "source_scale": "Subnational"}),
}
CODER = "huda"


def _document(project: Project, external_id: str = "d1", text: str = TEXT) -> int:
    with project.session() as session:
        document = Document(external_id=external_id, text=text, sha256=external_id.ljust(64, "0"),
                            extra={}, language="ar", published=PUBLISHED)  # fmt: skip
        session.add(document)
        session.flush()
        return document.id


def _accept_all(project: Project, document_id: int, coder: str = CODER) -> dict[str, int]:
    ids = {}
    for surface, spec in SPANS.items():
        if spec is None:
            continue
        kind, value = spec
        start = TEXT.index(surface)
        ids[surface] = record_decision(
            project,
            Decision(coder, document_id, "added", kind, start, start + len(surface), value),
        )
    return ids


def test_n_makes_an_event_from_the_sentence_confirmed_evidence(project: Project) -> None:
    document_id = _document(project)
    ids = _accept_all(project, document_id)
    event = new_event_from_sentence(project, coder=CODER, document_id=document_id, position=3)
    fields = event.fields
    assert (fields["event_type"], fields["sub_event_type"]) == ("Battles", "Armed clash")
    assert fields["actor1"] == "Military Forces of Syria (2000-)"
    assert fields["inter1"] == "State forces"
    assert fields["actor2"] == "Islamic State (Syria)"
    assert fields["inter2"] == "Rebel group"
    assert (fields["location"], fields["admin3"], fields["geo_precision"]) == (
        "Ar-Rasafa", "Ar-Rasafa", 2,
    )  # fmt: skip
    assert (fields["event_date"], fields["time_precision"]) == ("2021-03-15", 1)
    assert fields["fatalities"] == 2
    assert fields["source"] == "Al-Khabour"
    assert fields["notes"].startswith("On 15 March 2021")
    assert event.evidence["actor1"] == (ids["قوات النظام"],)
    assert event.evidence["fatalities"] == (ids["عنصران"],)
    assert event.evidence["location"] == (ids["بادية الرصافة"],)
    stored = document_events(project, document_id, CODER)
    assert [e.id for e in stored] == [event.id]
    assert stored[0].evidence == event.evidence


def test_n_on_a_sentence_without_confirmed_evidence_is_refused(project: Project) -> None:
    document_id = _document(project)
    _accept_all(project, document_id)
    with pytest.raises(CodingError, match="no confirmed evidence"):
        new_event_from_sentence(
            project, coder=CODER, document_id=document_id, position=TEXT.index("مظاهرة")
        )
    assert document_events(project, document_id, CODER) == []


def test_a_rejected_span_is_not_evidence(project: Project) -> None:
    document_id = _document(project)
    start = TEXT.index("قوات النظام")
    record_decision(project, Decision(CODER, document_id, "rejected", "actor", start,
                                      start + 11, {"name": "X", "inter": 1}))  # fmt: skip
    with pytest.raises(CodingError, match="no confirmed evidence"):
        new_event_from_sentence(project, coder=CODER, document_id=document_id, position=0)


def test_fatalities_split_evenly_with_the_remainder_to_the_first(project: Project) -> None:
    assert fatality_shares(5, 2) == [3, 2]
    assert fatality_shares(2, 3) == [2, 0, 0]
    assert fatality_shares(9, 3) == [3, 3, 3]
    document_id = _document(project)
    start = TEXT.index("عنصران")
    five = record_decision(
        project,
        Decision(CODER, document_id, "edited", "casualty", start, start + 6,
                 {"count": 5, "outcome": "killed", "qualifier": "exact"}),
    )  # fmt: skip
    first = create_event(project, coder=CODER, document_id=document_id, fields={},
                         evidence={"fatalities": [five]})  # fmt: skip
    assert first.fields["fatalities"] == 5
    second = create_event(project, coder=CODER, document_id=document_id, fields={})
    assert link_evidence(project, second.id, "fatalities", five, coder=CODER)
    assert not link_evidence(project, second.id, "fatalities", five, coder=CODER)
    by_id = {e.id: e.fields["fatalities"] for e in document_events(project, document_id, CODER)}
    assert by_id == {first.id: 3, second.id: 2}
    delete_event(project, second.id, coder=CODER)
    assert document_events(project, document_id, CODER)[0].fields["fatalities"] == 5


def test_edits_are_stored_audited_and_blank_clears(project: Project) -> None:
    document_id = _document(project)
    event = create_event(project, coder=CODER, document_id=document_id,
                         fields={"event_type": "Battles", "notes": "x"})  # fmt: skip
    changed = update_event(project, event.id, coder=CODER,
                           changes={"sub_event_type": "Armed clash", "notes": ""},
                           expected_version=event.version)  # fmt: skip
    assert changed.fields == {"event_type": "Battles", "sub_event_type": "Armed clash"}
    with pytest.raises(CodingError, match="changed elsewhere"):
        update_event(project, event.id, coder=CODER, changes={"notes": "late"},
                     expected_version=event.version)  # fmt: skip
    with project.session() as session:
        actions = session.scalars(
            sa.select(Audit.action).where(Audit.entity == "event").order_by(Audit.id)
        ).all()
        stored = session.get(Event, event.id)
        assert stored is not None
        assert stored.fields == changed.fields
    assert actions == ["create", "update"]


def test_another_coder_cannot_touch_an_event(project: Project) -> None:
    document_id = _document(project)
    event = create_event(project, coder=CODER, document_id=document_id, fields={})
    with pytest.raises(CodingError, match="not one of omar's events"):
        update_event(project, event.id, coder="omar", changes={"notes": "mine"})
    assert document_events(project, document_id, "omar") == []


def test_delete_and_restore_bring_back_id_fields_and_evidence(project: Project) -> None:
    document_id = _document(project)
    _accept_all(project, document_id)
    event = new_event_from_sentence(project, coder=CODER, document_id=document_id, position=0)
    snapshot = delete_event(project, event.id, coder=CODER)
    assert document_events(project, document_id, CODER) == []
    restored = restore_event(project, snapshot, coder=CODER)
    assert (restored.id, restored.fields, restored.evidence) == (
        event.id, event.fields, event.evidence,
    )  # fmt: skip


def test_submit_refuses_an_invalid_event_and_changes_nothing(project: Project) -> None:
    document_id = _document(project)
    event = create_event(project, coder=CODER, document_id=document_id,
                         fields={"event_type": "Battles"})  # fmt: skip
    with pytest.raises(SubmitRefusedError) as refused:
        submit_document(project, coder=CODER, document_id=document_id)
    assert "sub_event_type" in str(refused.value)
    assert document_events(project, document_id, CODER)[0].status == "draft"
    assert event.id in refused.value.problems


def test_submit_and_reopen(project: Project) -> None:
    document_id = _document(project)
    _accept_all(project, document_id)
    event = new_event_from_sentence(project, coder=CODER, document_id=document_id, position=0)
    update_event(project, event.id, coder=CODER, changes={"source_scale": "Subnational"})
    assert submit_document(project, coder=CODER, document_id=document_id) == [event.id]
    assert document_events(project, document_id, CODER)[0].status == "submitted"
    with pytest.raises(CodingError, match="undo the submission"):
        update_event(project, event.id, coder=CODER, changes={"notes": "late"})
    with pytest.raises(AnnotatorError, match="submitted: reopen it"):
        record_decision(project, Decision(CODER, document_id, "added", "actor", 0, 4, {}))
    with pytest.raises(CodingError, match="submitted: reopen it"):
        create_event(project, coder=CODER, document_id=document_id, fields={})
    items = coder_queue(project, CODER)
    assert [(i.external_id, i.status, i.events) for i in items] == [("d1", "submitted", 1)]
    reopen_document(project, coder=CODER, document_id=document_id)
    assert document_events(project, document_id, CODER)[0].status == "draft"
    assert coder_queue(project, CODER)[0].status == "in_progress"


def test_the_queue_shows_status_per_coder_and_assignments_restrict_it(project: Project) -> None:
    first = _document(project, "d1")
    second = _document(project, "d2", TEXT + " ")
    third = _document(project, "d3", TEXT + "  ")
    record_decision(project, Decision(CODER, second, "accepted", "actor", 0, 4, {}))
    items = coder_queue(project, CODER)
    assert [(i.external_id, i.status) for i in items] == [
        ("d1", "todo"), ("d2", "in_progress"), ("d3", "todo"),
    ]  # fmt: skip
    assert queue_progress(items).describe() == "0 of 3 submitted, 1 in progress"
    assert [i.status for i in coder_queue(project, "omar")] == ["todo"] * 3
    nxt = next_in_queue(items, first)
    assert nxt is not None and nxt.external_id == "d2"
    # A supervisor assigns d3 to omar only: from then on queues hold assignments.
    with project.session() as session:
        from annotator.store.users import ensure_user

        omar, boss = ensure_user(session, "omar"), ensure_user(session, "boss")
        session.add(Assignment(document_id=third, user_id=omar.id, created_by=boss.id))
    assert [i.external_id for i in coder_queue(project, "omar")] == ["d3"]
    assert coder_queue(project, "nobody") == []


def test_undoing_a_decision_removes_it(project: Project) -> None:
    document_id = _document(project)
    ids = _accept_all(project, document_id)
    withdrawn = withdraw_annotation(project, ids["قوات النظام"])
    surfaces = [TEXT[s.start : s.end] for s in coded_spans(project, document_id, CODER)]
    assert "قوات النظام" not in surfaces
    assert len(surfaces) == len(ids) - 1
    assert withdrawn is not None
    assert restore_annotation(project, withdrawn) == ids["قوات النظام"]
    assert len(coded_spans(project, document_id, CODER)) == len(ids)
