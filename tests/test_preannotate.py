"""Pre-annotation stores suggestions once per suggester version, and can be cancelled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.errors import CancelledError
from annotator.services.learning import Decision, record_decision
from annotator.services.preannotate import preannotate
from annotator.store.database import Project
from annotator.store.models import Document, Suggestion
from annotator.suggest.base import SuggestContext
from annotator.suggest.base import Suggestion as Suggested


class WordPipeline:
    """A stand-in suggester: every occurrence of one word is an actor."""

    def __init__(self, version: str, word: str = "النظام") -> None:
        self.version = version
        self.word = word
        self.calls = 0

    def suggest(self, text: str, published: dt.date | None = None) -> list[Suggested]:
        self.calls += 1
        context = SuggestContext.of(text, published)
        found, start = [], text.find(self.word)
        regime = {"name": "Military Forces of Syria (2000-)"}
        while start >= 0:
            found.append(context.suggestion("actor", start, start + len(self.word), regime))
            start = text.find(self.word, start + 1)
        return found


def _documents(project: Project, count: int) -> list[int]:
    with project.session() as session:
        documents = [
            Document(
                external_id=f"d{n}",
                text=f"قوات النظام {n} وقوات النظام",
                sha256=f"{n:064d}",
                extra={},
            )
            for n in range(count)
        ]
        session.add_all(documents)
        session.flush()
        return [document.id for document in documents]


def _versions(project: Project) -> dict[int, set[str]]:
    with project.session() as session:
        rows = session.execute(sa.select(Suggestion.document_id, Suggestion.suggester_version))
        found: dict[int, set[str]] = {}
        for document_id, version in rows:
            found.setdefault(document_id, set()).add(version)
        return found


def test_every_document_gets_its_suggestions_once(project: Project) -> None:
    ids = _documents(project, 3)
    pipeline = WordPipeline("v1")
    report = preannotate(project, pipeline)
    assert (report.annotated, report.suggestions) == (3, 6)
    assert _versions(project) == {document_id: {"v1"} for document_id in ids}
    again = preannotate(project, pipeline)
    assert (again.annotated, again.already_current, pipeline.calls) == (0, 3, 3)
    with project.session() as session:
        spans = session.execute(sa.select(Suggestion.start, Suggestion.end, Document.text)
                                .join(Document)).all()  # fmt: skip
    assert all(text[start:end] == "النظام" for start, end, text in spans)


def test_a_new_version_refreshes_only_documents_nobody_started(project: Project) -> None:
    first, second = _documents(project, 2)
    preannotate(project, WordPipeline("v1"))
    record_decision(project, Decision("huda", first, "accepted", "actor", 5, 11,
                                      {"name": "Military Forces of Syria (2000-)"}))  # fmt: skip
    report = preannotate(project, WordPipeline("v2"))
    assert (report.annotated, report.kept_started) == (1, 1)
    assert _versions(project) == {first: {"v1"}, second: {"v2"}}


def test_cancel_keeps_finished_documents_and_leaves_the_rest(project: Project) -> None:
    ids = _documents(project, 4)
    progress: list[tuple[int, int]] = []
    with pytest.raises(CancelledError, match="after 2 document"):
        preannotate(project, WordPipeline("v1"), on_progress=lambda *p: progress.append(p),
                    cancelled=lambda: len(progress) >= 2)  # fmt: skip
    assert sorted(_versions(project)) == ids[:2]
    assert progress == [(1, 4), (2, 4)]


def test_a_change_to_the_suggesters_code_changes_the_pipeline_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from annotator.suggest import pipeline as pipeline_module

    # The digest reads the sources of annotator/suggest and annotator/text.
    digest = pipeline_module.code_digest()
    assert len(digest) == 12
    before = pipeline_module.Pipeline().version
    # A copy of the package's sources with one rule changed gives another digest.
    package = Path(pipeline_module.__file__).resolve().parent.parent
    copy = tmp_path / "annotator"
    for folder in ("suggest", "text"):
        (copy / folder).mkdir(parents=True)
        for source in (package / folder).glob("*.py"):
            (copy / folder / source.name).write_bytes(source.read_bytes())
    (copy / "suggest" / "casualties.py").write_text("# a new rule\n", encoding="utf-8")
    monkeypatch.setattr(pipeline_module, "__file__", str(copy / "suggest" / "pipeline.py"))
    pipeline_module.code_digest.cache_clear()
    try:
        assert pipeline_module.code_digest() not in ("", digest)
        assert pipeline_module.Pipeline().version != before
    finally:
        monkeypatch.undo()
        pipeline_module.code_digest.cache_clear()
    assert pipeline_module.code_digest() == digest
