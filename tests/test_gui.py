"""The desktop window, driven with real key presses offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.cli import main
from annotator.services.demo import ensure_demo_project
from annotator.services.queue import coder_queue
from annotator.store.database import Project, open_project
from annotator.store.documents import list_documents
from annotator.store.models import Document, Event, ProjectSetting
from annotator.ui.app import run_gui
from annotator.ui.main_window import MainWindow
from annotator.ui.queue_panel import QueueModel


@pytest.fixture
def demo_project() -> Iterator[Project]:
    project = open_project(None)
    ensure_demo_project(project, explicitly_chosen=False)
    yield project
    project.close()


def test_first_start_fills_the_default_project_with_demo_articles(demo_project: Project) -> None:
    with demo_project.session() as session:
        ids = session.scalars(sa.select(Document.external_id).order_by(Document.id)).all()
        assert session.get(ProjectSetting, "demo_project") is not None
    assert ids == [
        "demo-badiya-mayadin",
        "demo-daraa-ied",
        "demo-sweida-protest",
        "demo-zawiya-airstrike",
        "demo-manbij-clash",
        "demo-kafrbatna-arrests",
        "demo-albab-suicide",
    ]
    # Opening it again adds nothing.
    again = open_project(None)
    assert not ensure_demo_project(again, explicitly_chosen=False)
    again.close()


def test_a_project_the_user_named_gets_no_demo(tmp_path: Path) -> None:
    project = open_project(str(tmp_path / "mine.sqlite"))
    assert not ensure_demo_project(project, explicitly_chosen=True)
    assert list_documents(project) == []
    project.close()


def test_arrow_keys_move_through_articles_shown_right_to_left(
    qtbot: QtBot, demo_project: Project
) -> None:
    window = MainWindow(demo_project)
    qtbot.addWidget(window)
    window.show()
    window.open_first_document()
    assert window.title.text().startswith("اشتباكات بين قوات النظام")

    window.queue.table.setFocus()
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Down)
    with demo_project.session() as session:
        expected = session.scalar(
            sa.select(Document.text).where(Document.external_id == "demo-daraa-ied")
        )
    assert window.article.toPlainText() == expected
    option = window.article.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    block = window.article.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "demo-daraa-ied" in window.details.text()


def test_the_demo_queue_model_passes_the_model_tester(qtmodeltester, demo_project: Project) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(coder_queue(demo_project, "coder"))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.item_at(0).external_id == "demo-badiya-mayadin"


def test_screenshot_command_renders_the_chosen_article(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "shot.png"
    assert main(["gui", "--open", "demo-sweida-protest", "--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500


def test_screenshot_of_an_unknown_document_is_an_error(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["gui", "--open", "no-such-doc", "--screenshot", str(tmp_path / "x.png")])
    assert code == 1
    assert "no document with id 'no-such-doc'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_an_unusable_database_shows_a_message_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("field notes", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert run_gui(db_url=str(notes), open_document=None, screenshot=None) == 1
    assert len(shown) == 1 and "not an annotator project" in shown[0]
    assert notes.read_text(encoding="utf-8") == "field notes"


def _write_articles(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _document_ids(project: Project) -> list[str]:
    with project.session() as session:
        return list(session.scalars(sa.select(Document.external_id).order_by(Document.id)))


def test_import_from_the_file_menu_with_the_keyboard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = open_project(str(tmp_path / "p.sqlite"))
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    source = _write_articles(
        tmp_path / "new.jsonl",
        ['{"id": "n1", "title": "خبر", "text": "قُتل عنصرين"}', '{"id": "n2", "text": "نص"}'],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_: ([str(source)], ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2)
    assert _document_ids(project) == ["n1", "n2"]
    assert window.title.text() == "خبر"
    assert "Imported 2 new article(s)" in window.statusBar().currentMessage()
    project.close()


def test_a_refused_import_can_skip_the_bad_records(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = open_project(str(tmp_path / "p.sqlite"))
    window = MainWindow(project)
    qtbot.addWidget(window)
    source = _write_articles(
        tmp_path / "mixed.jsonl", ['{"id": "good", "text": "نص"}', '{"id": "bad"}']
    )
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", answer)
    monkeypatch.setattr(QMessageBox, "open", lambda _self: None)

    window.import_paths([source])
    qtbot.waitUntil(lambda: len(questions) == 1 and window._job_task is None)
    assert f"{source}:2: no text" in questions[0]
    assert _document_ids(project) == []  # "No": nothing written

    window.import_paths([source])
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)
    assert _document_ids(project) == ["good"]
    project.close()


def test_a_cancelled_import_says_so_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.ui import jobs as main_window

    def cancel_then_run(task: main_window.Task) -> None:
        task.cancel()
        task.run()

    monkeypatch.setattr(main_window, "start", cancel_then_run)
    project = open_project(str(tmp_path / "p.sqlite"))
    window = MainWindow(project)
    qtbot.addWidget(window)
    source = _write_articles(tmp_path / "a.jsonl", ['{"id": "a", "text": "نص"}'])
    window.import_paths([source])
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was imported."
    assert window.import_files_action.isEnabled()
    assert _document_ids(project) == []
    project.close()


def test_an_unreadable_import_shows_an_error(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = open_project(str(tmp_path / "p.sqlite"))
    window = MainWindow(project)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window.import_paths([tmp_path / "missing.jsonl"])
    qtbot.waitUntil(lambda: bool(shown))
    assert "does not exist" in shown[0]
    assert _document_ids(project) == []
    project.close()


def test_an_acled_export_imported_from_the_menu_becomes_reference_events(
    qtbot: QtBot, tmp_path: Path
) -> None:
    project = open_project(str(tmp_path / "p.sqlite"))
    window = MainWindow(project)
    qtbot.addWidget(window)
    acled = Path(__file__).parent / "data" / "acled" / "current_bom_crlf.csv"
    window.import_paths([acled])
    qtbot.waitUntil(lambda: window._job_task is None)
    assert "Imported 4 reference event(s)" in window.statusBar().currentMessage()
    with project.session() as session:
        statuses = session.scalars(sa.select(Event.status)).all()
    assert statuses == ["reference"] * 4
    project.close()


def test_highlights_sit_on_the_right_characters_after_emoji_and_eastern_digits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from annotator.store.models import Suggestion

    text = "😢 قُتل ٣ عناصر من قوات النظام\nو١٢ جريحاً 🕊️ في تدمر"
    spans = {"٣": "casualty", "قوات النظام": "actor", "١٢": "casualty", "تدمر": "location"}
    project = open_project(str(tmp_path / "p.sqlite"))
    with project.session() as session:
        document = Document(external_id="emoji", text=text, sha256="e" * 64, language="ar")
        session.add(document)
        session.flush()
        for word, kind in spans.items():
            start, end = text.index(word), text.index(word) + len(word)
            session.add(
                Suggestion(document_id=document.id, kind=kind, start=start, end=end, value={},
                           suggester_version="t")
            )  # fmt: skip
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.open_document("emoji")
    shown = sorted(window.article.highlighted_spans(), key=lambda span: span[1])
    assert [span[0] for span in shown] == ["٣", "قوات النظام", "١٢", "تدمر"]
    assert all(text[start:end] == word for word, start, end in shown)
    project.close()


def test_the_demo_opens_with_its_suggestions_highlighted(
    qtbot: QtBot, demo_project: Project
) -> None:
    window = MainWindow(demo_project)
    qtbot.addWidget(window)
    window.open_document("demo-daraa-ied")
    shown = {text for text, _start, _end in window.article.highlighted_spans()}
    assert {"٤", "قوات النظام", "مساء الأحد", "عبوة ناسفة"} <= shown


def test_pre_annotate_from_the_menu_with_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    from annotator.store.models import Suggestion

    project = open_project(str(tmp_path / "p.sqlite"))
    with project.session() as session:
        session.add(Document(external_id="n1", text="قُتل عنصرين من قوات النظام في تدمر",
                             sha256="n" * 64, language="ar"))  # fmt: skip
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.queue.table,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "Pre-annotated 1 article" in window.statusBar().currentMessage())
    with project.session() as session:
        kinds = set(session.scalars(sa.select(Suggestion.kind)))
    assert {"casualty", "actor", "location"} <= kinds
    assert ("عنصرين", 5, 11) in window.article.highlighted_spans()
    project.close()
