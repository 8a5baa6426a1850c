"""The coder's desk end to end: keys and clicks in, rows in the database out.

The article and its suggestions are set up directly (not by the suggesters) so that
these tests check the desk, whatever the suggesters' current quality.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator.store.database import Project, open_project
from annotator.store.models import Annotation, Assignment, Document, Event
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import DeskSettings
from tests.conftest import wait_for_background_work
from tests.desk_data import OTHER, SUGGESTED, TEXT, fill_desk_project

CODER = "huda"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    opened = open_project(str(tmp_path / "desk.sqlite"))
    fill_desk_project(opened)
    yield opened
    wait_for_background_work()
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, project: Project, tmp_path: Path) -> MainWindow:
    shown = MainWindow(project, coder=CODER, settings=DeskSettings(tmp_path / "s.ini"))
    qtbot.addWidget(shown)
    shown.show()
    shown.open_document("first")
    shown.article.setFocus()
    return shown


def _keys(qtbot: QtBot, widget: QWidget, *keys: Qt.Key | str) -> int:
    """Press keys (a str is a shortcut like "Ctrl+Return"); returns how many."""
    for key in keys:
        if isinstance(key, str):
            modifier_name, _, name = key.rpartition("+")
            modifiers = Qt.KeyboardModifier.NoModifier
            names = {"Ctrl": "Control", "Shift": "Shift", "Alt": "Alt"}
            for part in filter(None, modifier_name.split("+")):
                modifiers |= getattr(Qt.KeyboardModifier, f"{names[part]}Modifier")
            qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), modifiers)
        else:
            qtbot.keyClick(widget, key)
    return len(keys)


def _type(widget: QWidget, text: str) -> None:
    """Typing Arabic: one key event per character (keyClicks with Arabic crashes Qt)."""
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _annotations(project: Project) -> list[tuple[str, str, str]]:
    with project.session() as session:
        rows = session.execute(
            sa.select(Annotation.decision, Annotation.kind, Annotation.start, Annotation.end,
                      Document.text).join(Document).order_by(Annotation.id)
        ).all()  # fmt: skip
    return [(decision, kind, text[start:end]) for decision, kind, start, end, text in rows]


def _events(project: Project) -> list[Event]:
    with project.session() as session:
        events = list(session.scalars(sa.select(Event).order_by(Event.id)))
        session.expunge_all()
    return events


def _expected_event(fields: dict[str, Any]) -> None:
    assert (fields["event_type"], fields["sub_event_type"]) == ("Battles", "Armed clash")
    assert (fields["actor1"], fields["inter1"]) == (
        "Military Forces of Syria (2000-)",
        "State forces",
    )
    assert (fields["actor2"], fields["inter2"]) == ("Islamic State (Syria)", "Rebel group")
    assert (fields["location"], fields["admin1"], fields["geo_precision"]) == (
        "Ar-Rasafa",
        "Ar-Raqqa",
        2,
    )
    assert (fields["event_date"], fields["fatalities"]) == ("2021-03-15", 2)
    assert (fields["source"], fields["source_scale"]) == ("Al-Khabour", "Subnational")
    assert fields["country"] == "Syria"
    assert fields["notes"].startswith("On 15 March 2021")


def test_coding_an_article_with_key_presses_only(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    # Six right suggestions, one wrong (Raqqa is only the governorate), one more right.
    pressed = _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_X, Qt.Key.Key_A)
    pressed += _keys(qtbot, view, Qt.Key.Key_N, "Ctrl+Return")
    assert pressed == 11
    assert _annotations(project) == [
        ("accepted", kind, surface) for kind, surface, _ in SUGGESTED[:6]
    ] + [("rejected", "location", "الرقة"), ("accepted", "source", "الخابور")]
    (event,) = _events(project)
    assert event.status == "submitted"
    _expected_event(event.fields)
    with project.session() as session:
        assignment = session.scalar(sa.select(Assignment))
        assert assignment is not None and assignment.status == "submitted"
    # Submitting opened the next article of the queue.
    assert window._document is not None and window._document.external_id == "second"
    assert "1 of 2 submitted" in window.queue.progress_label.text()
    first = window.queue.model.item_at(0)
    assert (first.external_id, first.status, first.events) == ("first", "submitted", 1)


def test_coding_an_article_with_the_mouse(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    for kind, surface, _ in SUGGESTED:
        start = TEXT.index(surface) + 1
        cursor = QTextCursor(view.document())
        cursor.setPosition(view._offsets.to_qt(start))
        point = view.cursorRect(cursor).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert view.current_span() is not None and view.current_span().kind == kind  # type: ignore[union-attr]
        button = window.reject_button if surface == "الرقة" else window.accept_button
        widget = window.span_toolbar.widgetForAction(button)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.new_event_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    (event,) = _events(project)
    assert event.status == "submitted"
    _expected_event(event.fields)
    assert [a[0] for a in _annotations(project)].count("rejected") == 1


def test_undo_after_switching_documents_reopens_the_document(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_Tab, Qt.Key.Key_A)
    assert len(_annotations(project)) == 1
    assert window.queue.model.item_at(0).status == "in_progress"
    window.open_document("second")
    assert window._document is not None and window._document.external_id == "second"
    _keys(qtbot, window.article, "Ctrl+Z")
    assert _annotations(project) == []
    assert window._document.external_id == "first"
    assert window.article.decision_of(0) == "pending"
    _keys(qtbot, window.article, "Ctrl+Shift+Z")
    assert _annotations(project) == [("accepted", "casualty", "عنصران")]
    assert window.article.decision_of(0) == "accepted"


def test_every_action_undoes_in_order_and_redoes(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    (event,) = _events(project)
    window._on_form_field_edited("notes", "Edited by hand.")
    window.flush_form_edits()
    assert _events(project)[0].fields["notes"] == "Edited by hand."
    _keys(qtbot, view, "Ctrl+Z")
    assert _events(project)[0].fields["notes"].startswith("On 15 March")
    _keys(qtbot, view, "Ctrl+Z")
    assert _events(project) == []
    _keys(qtbot, view, "Ctrl+Shift+Z", "Ctrl+Shift+Z")
    (again,) = _events(project)
    assert (again.id, again.fields["notes"]) == (event.id, "Edited by hand.")
    with project.session() as session:
        evidence = session.scalar(sa.text("select count(*) from event_evidence"))
    assert evidence and evidence >= 6


def test_kind_keys_add_a_span_snapped_to_words_and_alt_keeps_characters(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    window.open_document("second")
    view = window.article
    start = OTHER.index("درعا")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(start + 1))
    cursor.setPosition(view._offsets.to_qt(start + 3), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    _keys(qtbot, view, Qt.Key.Key_2)
    assert _annotations(project)[-1] == ("added", "location", "درعا")
    # Alt keeps the exact characters: the clitic ف of فالبلد... here, cut "لبلد" by hand.
    start = OTHER.index("البلد")
    cursor.setPosition(view._offsets.to_qt(start + 1))
    cursor.setPosition(view._offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert _annotations(project)[-1] == ("added", "location", "لبلد")
    if window._editor is not None:
        window._editor.close()


def test_e_edits_a_value_with_the_inline_editor(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, Qt.Key.Key_E)
    editor = window._editor
    assert editor is not None and editor.isVisible()
    editor.line_edit.clear()
    qtbot.keyClicks(editor.line_edit, "at least 3 killed")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    with project.session() as session:
        annotation = session.scalar(sa.select(Annotation))
        assert annotation is not None
        assert (annotation.decision, annotation.value) == (
            "edited", {"count": 3, "outcome": "killed", "qualifier": "at_least"},
        )  # fmt: skip


def test_an_unknown_actor_in_the_editor_is_refused_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_E)
    editor = window._editor
    assert editor is not None and editor.kind == "actor"
    editor.line_edit.clear()
    _type(editor.line_edit, "جماعة لا يعرفها أحد")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert "unknown actor" in editor.problem.text()
    assert editor.isVisible()
    assert _annotations(project) == []
    editor.close()


def test_error_paths_show_a_message_and_change_nothing(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    # N on a sentence with nothing confirmed.
    _keys(qtbot, view, Qt.Key.Key_Tab, Qt.Key.Key_N)
    assert "no confirmed evidence" in window.last_error
    assert _events(project) == []
    # L with no event selected.
    window.last_error = ""
    _keys(qtbot, view, Qt.Key.Key_A, Qt.Key.Key_K, Qt.Key.Key_L)
    assert "select an event first" in window.last_error
    # Submitting an event the codebook refuses: it stays a draft.
    window.new_blank_event()
    window.last_error = ""
    _keys(qtbot, view, "Ctrl+Return")
    assert "cannot submit" in window.last_error
    assert [e.status for e in _events(project)] == ["draft"]
    assert window._document is not None and window._document.external_id == "first"


def test_clicking_a_field_flashes_its_evidence(qtbot: QtBot, window: MainWindow) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    window._on_form_field_activated("actor2")
    start = TEXT.index("تنظيم “الدولة”")
    assert view.flashed_ranges() == [(start, start + len("تنظيم “الدولة”"))]
    assert ("تنظيم “الدولة”", start, start + 14) in view.highlighted_spans()


def test_the_window_layout_and_zoom_are_remembered(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    settings = DeskSettings(tmp_path / "remember.ini")
    first = MainWindow(project, coder=CODER, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.resize(first.minimumSizeHint().width(), 503)  # within the offscreen screen
    size = (first.width(), first.height())
    assert size[1] == 503
    _keys(qtbot, first.article, "Ctrl+Equal", "Ctrl+Equal")
    assert first.article.zoom_steps == 2
    first.close()
    second = MainWindow(project, coder=CODER, settings=DeskSettings(tmp_path / "remember.ini"))
    qtbot.addWidget(second)
    assert second.article.zoom_steps == 2
    # The offscreen screen is 800 pixels wide: restoring clamps the width to it.
    assert second.height() == size[1]


def test_f1_shows_every_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    keys = " ".join(key for key, _ in dialog.rows())
    for shortcut in ("Tab", "Enter", "1", "E", "N", "Ctrl+Enter", "Ctrl+Z", "F1"):
        assert shortcut in keys
    point = QPoint(1, 1)
    assert point is not None


def test_the_event_list_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, window: MainWindow
) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    assert window.events.rowCount() == 1
    qtmodeltester.check(window.events)


def test_editing_a_field_in_the_form_is_stored_and_undone(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    editor = window.form.editor("fatalities")
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "7")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _events(project)[0].fields["fatalities"] == 7)
    window.article.setFocus()
    _keys(qtbot, window.article, "Ctrl+Z")
    assert _events(project)[0].fields["fatalities"] == 2


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
                QPlainTextEdit, QProgressBar)  # fmt: skip
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, controls)
        and widget.isVisibleTo(window)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
        and not isinstance(widget.parent(), QAbstractItemView | QComboBox)
    ]
    assert unnamed == []


def test_the_dark_theme_is_applied_and_the_system_one_restored() -> None:
    from annotator.ui.i18n import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        apply_theme(app, "light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        apply_theme(app, "system")


def test_shift_arrows_select_text_for_a_kind_key(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    window.open_document("second")
    view = window.article
    view.setFocus()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(OTHER.index("درعا") + 2))
    view.setTextCursor(cursor)
    _keys(qtbot, view, "Shift+Left", Qt.Key.Key_2)
    assert _annotations(project)[-1] == ("added", "location", "درعا")
    if window._editor is not None:
        window._editor.close()


def test_a_likely_duplicate_is_warned_about_and_its_link_shows_it(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    from annotator.store.models import Event as EventRow

    reference = {"event_id_cnty": "SYR900001", "event_date": "2021-03-15", "location": "Ar-Rasafa",
                 "latitude": 35.63, "longitude": 38.76, "admin2": "Ar-Raqqa",
                 "actor1": "Islamic State (Syria)", "event_type": "Battles"}  # fmt: skip
    with project.session() as session:
        row = EventRow(codebook_id="acled", codebook_version="test", fields=reference,
                       status="reference", dataset_id="SYR900001",
                       event_date=dt.date(2021, 3, 15), country="Syria")  # fmt: skip
        session.add(row)
        session.flush()
        reference_id = row.id
    _keys(qtbot, window.article, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    assert window.form.duplicates.isVisibleTo(window)
    window.form.similar_activated.emit(reference_id)
    assert "SYR900001 (reference)" in window.similar_box.text()
    assert "Islamic State (Syria)" in window.similar_box.text()


def _select(view: Any, text: str, surface: str) -> None:
    start = text.index(surface)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(start))
    cursor.setPosition(view._offsets.to_qt(start + len(surface)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def _evidence(project: Project) -> list[tuple[int, str, str]]:
    from annotator.store.models import EventEvidence

    with project.session() as session:
        rows = session.execute(
            sa.select(EventEvidence.event_id, EventEvidence.field, Annotation.start,
                      Annotation.end).join(Annotation).order_by(EventEvidence.id)
        ).all()  # fmt: skip
    return [(event_id, field, TEXT[start:end]) for event_id, field, start, end in rows]


def test_a_new_span_becomes_current_and_later_decisions_change_it_in_place(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, Qt.Key.Key_A)
    _select(view, TEXT, "مظاهرة")
    _keys(qtbot, view, Qt.Key.Key_6)
    editor = window._editor
    assert editor is not None and editor.kind == "event_type"
    assert view.current_span() is not None and view.current_span().start == TEXT.index("مظاهرة")  # type: ignore[union-attr]
    editor.line_edit.setText("Peaceful protest")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    _keys(qtbot, view, Qt.Key.Key_X)
    added = [row for row in _annotations(project) if row[2] == "مظاهرة"]
    assert added == [("rejected", "event_type", "مظاهرة")]  # one annotation, changed in place
    _keys(qtbot, view, "Ctrl+Z")
    assert [row for row in _annotations(project) if row[2] == "مظاهرة"] == [
        ("added", "event_type", "مظاهرة")
    ]


def test_rejecting_evidence_takes_it_out_of_the_event_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    assert _events(project)[0].fields["fatalities"] == 2
    view.move_to(0)  # the casualty span, عنصران
    _keys(qtbot, view, Qt.Key.Key_X)
    assert _events(project)[0].fields["fatalities"] == 0
    assert "fatalities" not in {field for _, field, _ in _evidence(project)}
    _keys(qtbot, view, "Ctrl+Z")
    assert _events(project)[0].fields["fatalities"] == 2
    assert (_events(project)[0].id, "fatalities", "عنصران") in _evidence(project)


def test_linking_keeps_typed_fatalities_and_undo_keeps_earlier_evidence(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    before = _evidence(project)
    window._on_form_field_edited("fatalities", 3)
    window.flush_form_edits()
    view.move_to(1)  # قوات النظام, already actor1's evidence
    _keys(qtbot, view, Qt.Key.Key_L)
    assert _events(project)[0].fields["fatalities"] == 3
    _keys(qtbot, view, "Ctrl+Z")
    assert _evidence(project) == before


def test_a_place_linked_instead_replaces_the_old_place_entirely(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    view.move_to(6)  # الرقة, the governorate (pending)
    _keys(qtbot, view, Qt.Key.Key_L)
    fields = _events(project)[0].fields
    assert (fields["location"], fields["geo_precision"]) == ("Ar-Raqqa", 3)
    assert "admin3" not in fields
    assert [surface for _, field, surface in _evidence(project) if field == "location"] == ["الرقة"]


def test_a_form_edit_lands_on_its_own_event_after_switching_articles(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N)
    window._on_form_field_edited("notes", "Mine.")
    window.open_document("second")
    window.new_blank_event()
    window.flush_form_edits()
    first, second = _events(project)
    assert first.fields["notes"] == "Mine."
    assert "notes" not in second.fields


def test_a_submitted_article_is_reopened_before_it_changes(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_X, Qt.Key.Key_A)
    _keys(qtbot, view, Qt.Key.Key_N, "Ctrl+Return")
    window.open_document("first")
    count = len(_annotations(project))
    window.last_error = ""
    view.move_to(0)
    _keys(qtbot, view, Qt.Key.Key_X)
    assert "reopen" in window.last_error
    assert len(_annotations(project)) == count and _annotations(project)[0][0] == "accepted"
    window.reopen_document()
    assert _events(project)[0].status == "draft"
    _keys(qtbot, view, Qt.Key.Key_X)
    assert _annotations(project)[0][0] == "rejected"


def test_a_hand_marked_count_asks_what_happened(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    window.open_document("second")
    view = window.article
    _select(view, OTHER, "٣ شبان")
    _keys(qtbot, view, Qt.Key.Key_3)
    editor = window._editor
    assert editor is not None and editor.isVisible() and editor.kind == "casualty"
    editor.line_edit.setText("3 detained")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    with project.session() as session:
        value = session.scalar(sa.select(Annotation.value).order_by(Annotation.id.desc()))
    assert value == {"count": 3, "outcome": "detained", "qualifier": "exact"}


def test_undoing_everything_makes_the_article_to_do_again(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    _keys(qtbot, window.article, Qt.Key.Key_Tab, Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_N)
    assert window.queue.model.item_at(0).status == "in_progress"
    _keys(qtbot, window.article, "Ctrl+Z", "Ctrl+Z", "Ctrl+Z")
    assert _annotations(project) == [] and _events(project) == []
    assert window.queue.model.item_at(0).status == "todo"


def test_an_action_whose_undo_fails_is_dropped_whole_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, project: Project
) -> None:
    view = window.article
    _keys(qtbot, view, Qt.Key.Key_Tab, Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_N)
    view.move_to(4)  # تنظيم “الدولة”, pending
    _keys(qtbot, view, Qt.Key.Key_L)
    evidence, annotations = _evidence(project), _annotations(project)
    count = window.undo_stack.count()
    with project.session() as session:  # the same coder submits from another desk
        session.execute(sa.update(Event).values(status="submitted"))
    window.last_error = ""
    _keys(qtbot, view, "Ctrl+Z")
    assert "submitted" in window.last_error
    assert window.undo_stack.count() == count - 1
    assert (_evidence(project), _annotations(project)) == (evidence, annotations)
