"""Decisions are stored, teach the lexicon, and learned entries travel by file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.errors import AnnotatorError
from annotator.services.learning import Decision, export_learned, import_learned, record_decision
from annotator.store.database import Project
from annotator.store.models import Annotation, Document, LexiconEntry

TEXT = "قُتل عنصران من “لواء القدس” في بادية الرصافة، بحسب شبكة “الخابور”."
QUDS = {"name": "LaQ: Quds Brigade", "inter": 3}


def _document(project: Project, text: str = TEXT, external_id: str = "d1") -> int:
    with project.session() as session:
        document = Document(
            external_id=external_id,
            text=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            extra={},
            language="ar",
        )
        session.add(document)
        session.flush()
        return document.id


def _entries(project: Project) -> list[tuple[str, str, str, float]]:
    with project.session() as session:
        rows = session.execute(
            sa.select(
                LexiconEntry.kind,
                LexiconEntry.surface,
                LexiconEntry.target,
                LexiconEntry.confidence,
            ).order_by(LexiconEntry.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def _decide(
    project: Project, document: int, decision: str, text: str, kind: str, *,
    value: dict[str, object],
) -> int:  # fmt: skip
    start = TEXT.index(text)
    return record_decision(
        project,
        Decision("huda", document, decision, kind, start, start + len(text), value,
                 time_taken_ms=1800),
    )  # fmt: skip


def test_an_accepted_actor_is_stored_and_learned(project: Project) -> None:
    document = _document(project)
    annotation_id = _decide(project, document, "accepted", "لواء القدس", "actor", value=QUDS)
    with project.session() as session:
        annotation = session.get(Annotation, annotation_id)
        assert annotation is not None
        assert (annotation.decision, annotation.time_taken_ms) == ("accepted", 1800)
        assert TEXT[annotation.start : annotation.end] == "لواء القدس"
    assert _entries(project) == [("actor", "لواء القدس", "LaQ: Quds Brigade", 1.0)]


def test_rejections_lower_confidence_and_a_confirmation_restores_it(project: Project) -> None:
    document = _document(project)
    _decide(project, document, "rejected", "الخابور", "source", value={"name": "Al-Khabour"})
    _decide(project, document, "rejected", "الخابور", "source", value={"name": "Al-Khabour"})
    ((kind, _surface, target, confidence),) = _entries(project)
    assert (kind, target) == ("source", "Al-Khabour")
    assert confidence == pytest.approx(0.36)
    _decide(project, document, "edited", "الخابور", "source", value={"name": "Al-Khabour"})
    assert [row[3] for row in _entries(project)] == [1.0]


def test_a_hand_added_place_is_learned_with_its_admin_units(project: Project) -> None:
    document = _document(project)
    place = {"name": "Rasafa", "admin1": "Ar-Raqqa", "admin2": "Ar-Raqqa", "admin3": "",
             "latitude": 35.63, "longitude": 38.75, "geo_precision": 2}  # fmt: skip
    _decide(project, document, "added", "بادية الرصافة", "location", value=place)
    assert _entries(project) == [("place", "بادية الرصافة", "Rasafa | Ar-Raqqa | Ar-Raqqa | ", 1.0)]


def test_casualties_and_dates_are_stored_but_teach_no_names(project: Project) -> None:
    document = _document(project)
    _decide(
        project, document, "accepted", "عنصران", "casualty", value={"count": 2, "outcome": "killed"}
    )
    assert _entries(project) == []


def test_bad_decisions_are_refused(project: Project) -> None:
    document = _document(project)
    with pytest.raises(AnnotatorError, match="outside the document"):
        record_decision(project, Decision("huda", document, "accepted", "actor", 5, 9999, QUDS))
    with pytest.raises(AnnotatorError, match="unknown decision"):
        record_decision(project, Decision("huda", document, "maybe", "actor", 0, 3, QUDS))
    with pytest.raises(AnnotatorError, match="no document"):
        record_decision(project, Decision("huda", 999, "accepted", "actor", 0, 3, QUDS))


def test_learned_entries_round_trip_through_a_file(project: Project, tmp_path: Path) -> None:
    document = _document(project)
    _decide(project, document, "accepted", "لواء القدس", "actor", value=QUDS)
    _decide(project, document, "rejected", "الخابور", "source", value={"name": "Al-Khabour"})
    path = tmp_path / "learned.jsonl"
    assert export_learned(project, path) == 2
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {line["kind"] for line in lines} == {"actor", "source"}
    with project.session() as session:
        session.execute(sa.delete(LexiconEntry))
    assert import_learned(project, path) == 2
    assert sorted(_entries(project)) == [
        ("actor", "لواء القدس", "LaQ: Quds Brigade", 1.0),
        ("source", "الخابور", "Al-Khabour", 0.6),
    ]


def test_a_malformed_learned_file_imports_nothing(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"kind": "actor", "surface": "قسد", "target": "QSD: Syrian Democratic Forces"}\n'
        '{"kind": "weapon", "surface": "x", "target": "y"}\n',
        encoding="utf-8",
    )
    with pytest.raises(AnnotatorError, match=r"bad.jsonl:2: kind must be actor, place or source"):
        import_learned(project, path)
    assert _entries(project) == []


def test_a_name_written_with_lam_and_the_article_is_learned_with_its_article(
    project: Project,
) -> None:
    # للرصافة is ل + الرصافة: the span covers the whole word, the lexicon learns the name,
    # and a rejection lowers that same entry.
    text = "وصلت التعزيزات للرصافة أمس"
    document_id = _document(project, text, "d2")
    start = text.index("للرصافة")
    place = {"name": "Rasafa", "admin1": "Ar-Raqqa", "admin2": "Ar-Raqqa", "admin3": "",
             "latitude": 35.63, "longitude": 38.75, "geo_precision": 1}  # fmt: skip
    for decision in ("added", "rejected"):
        record_decision(
            project,
            Decision("huda", document_id, decision, "location", start, start + 7, place),
        )
    ((kind, surface, target, confidence),) = _entries(project)
    assert (kind, surface, target) == ("place", "الرصافة", "Rasafa | Ar-Raqqa | Ar-Raqqa | ")
    assert confidence < 1.0
