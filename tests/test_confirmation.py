"""Confirming and rejecting suggestions from the keyboard: stored at once, and learned from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from annotator.services.preannotate import preannotate
from annotator.store.database import Project, open_project
from annotator.store.models import Annotation, Document, LexiconEntry, Suggestion
from annotator.suggest.pipeline import Pipeline
from annotator.ui.main_window import MainWindow
from tests.conftest import wait_for_background_work

FIRST = "قُتل عنصرين من كتيبة الصقور في تدمر أمس."
SECOND = "هاجمت كتيبة الصقور حاجزا قرب حمص."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    opened = open_project(str(tmp_path / "p.sqlite"))
    with opened.session() as session:
        session.add_all([
            Document(external_id="first", text=FIRST, sha256="1" * 64, language="ar"),
            Document(external_id="second", text=SECOND, sha256="2" * 64, language="ar"),
        ])  # fmt: skip
    preannotate(opened, Pipeline(opened))
    yield opened
    wait_for_background_work()
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, project: Project) -> MainWindow:
    shown = MainWindow(project)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_document("first")
    shown.article.setFocus()
    return shown


def _decisions(project: Project) -> list[tuple[str, str, str, int | None]]:
    with project.session() as session:
        rows = session.execute(
            sa.select(Annotation.decision, Annotation.kind, Document.text, Annotation.start,
                      Annotation.end, Annotation.time_taken_ms, Annotation.suggestion_id)
            .join(Document).order_by(Annotation.id)
        ).all()  # fmt: skip
    return [(decision, kind, text[start:end], taken) for decision, kind, text, start, end,
            taken, _sid in rows]  # fmt: skip


def test_tab_enter_and_x_store_decisions_at_once(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    article = window.article
    first, second = article.span_at(0), article.span_at(1)
    qtbot.keyClick(article, Qt.Key.Key_Tab)
    assert article.current_index == 0
    qtbot.keyClick(article, Qt.Key.Key_Return)
    assert article.current_index == 1  # moves on by itself
    qtbot.keyClick(article, Qt.Key.Key_X)
    stored = _decisions(project)
    assert [(d, k, t) for d, k, t, _ in stored] == [
        ("accepted", first.kind, FIRST[first.start : first.end]),
        ("rejected", second.kind, FIRST[second.start : second.end]),
    ]
    assert all(taken is not None and taken >= 0 for *_rest, taken in stored)
    assert (article.decision_of(0), article.decision_of(1)) == ("accepted", "rejected")


def test_j_k_and_shift_tab_move_both_ways(qtbot: QtBot, window: MainWindow) -> None:
    article = window.article
    qtbot.keyClick(article, Qt.Key.Key_J)
    qtbot.keyClick(article, Qt.Key.Key_J)
    assert article.current_index == 1
    qtbot.keyClick(article, Qt.Key.Key_K)
    assert article.current_index == 0
    qtbot.keyClick(article, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert article.current_index == article.span_count - 1


def test_decisions_come_back_when_the_document_is_opened_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    article = window.article
    qtbot.keyClick(article, Qt.Key.Key_Tab)
    qtbot.keyClick(article, Qt.Key.Key_A)
    window.open_document("second")
    window.open_document("first")
    assert article.decision_of(0) == "accepted"


def test_a_hand_confirmed_actor_teaches_the_unopened_document(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    """The coder marks "كتيبة الصقور" as an actor; the next article then suggests it."""
    from annotator.services.learning import Decision, record_decision

    start = FIRST.index("كتيبة الصقور")
    record_decision(project, Decision(window.coder, 1, "added", "actor", start, start + 12,
                                      {"name": "Suqur Battalion", "inter": 2}))  # fmt: skip
    with project.session() as session:
        assert session.scalar(sa.select(LexiconEntry.target)) == "Suqur Battalion"
    article = window.article
    window.open_document("first")
    article.setFocus()
    index = next(i for i in range(article.span_count)
                 if article.span_at(i).kind == "location")  # fmt: skip
    article.move_to(index)
    qtbot.keyClick(article, Qt.Key.Key_Return)  # a learnable decision starts the refresh

    def second_suggests_the_battalion() -> bool:
        with project.session() as session:
            names = session.scalars(
                sa.select(Suggestion.value).join(Document).where(Document.external_id == "second")
            ).all()
        return any(value.get("name") == "Suqur Battalion" for value in names)

    qtbot.waitUntil(second_suggests_the_battalion, timeout=10_000)


def test_hovering_a_suggestion_finds_its_value(window: MainWindow) -> None:
    article = window.article
    suggestion = article.span_at(0)
    cursor = QTextCursor(article.document())
    cursor.setPosition(suggestion.start + 1)
    point = article.cursorRect(cursor).center()
    assert article._span_under(point.x(), point.y()) == suggestion
