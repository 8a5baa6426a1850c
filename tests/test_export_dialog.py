"""The export dialog, driven with clicks and keys: options, preview, background export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.store.database import Project, open_project
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.rows_model import RowsTableModel
from tests.test_acled_export import CLASH, STRIKE, add_event


@pytest.fixture
def coded_project(tmp_path: Path) -> Iterator[Project]:
    project = open_project(str(tmp_path / "p.sqlite"))
    add_event(project, CLASH, status="gold")
    add_event(project, STRIKE, status="submitted", coder="omar")
    yield project
    project.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    return shown


def _box(checkbox: QCheckBox) -> QPoint:
    """Where the check box itself is drawn, the spot a user clicks."""
    return QPoint(8, checkbox.height() // 2)


def _column(dialog: ExportDialog, name: str) -> list[str]:
    model = dialog.preview
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    column = headers.index(name)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_ctrl_e_opens_the_dialog_with_a_preview_that_follows_the_options(
    qtbot: QtBot, coded_project: Project
) -> None:
    window = MainWindow(coded_project)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert _column(dialog, "event_type") == ["Battles"]
    assert _column(dialog, "event_id_cnty") == ["(new)"]

    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_End)  # "All of these"
    assert _column(dialog, "event_type") == ["Battles", "Explosions/Remote violence"]
    qtbot.mouseClick(
        dialog.numeric_inter, Qt.MouseButton.LeftButton, pos=_box(dialog.numeric_inter)
    )
    assert _column(dialog, "interaction") == ["12", "80"]
    dialog.export_tool_dates.setFocus()
    qtbot.keyClick(dialog.export_tool_dates, Qt.Key.Key_Space)
    assert _column(dialog, "event_date") == ["15 March 2021", "16 March 2021"]
    dialog.coder.setCurrentText("omar")
    assert _column(dialog, "actor1") == ["Military Forces of Russia (2000-)"]
    dialog.close()


def test_export_button_writes_the_file_in_the_background(
    qtbot: QtBot,
    coded_project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    dialog = ExportDialog(coded_project)
    qtbot.addWidget(dialog)
    target = tmp_path / "gold.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [f"Exported 1 event(s) to {target}."]
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["event_type"] for row in rows] == ["Battles"]
    assert rows[0]["event_id_cnty"].startswith("SYR")


def test_strict_export_of_an_invalid_event_shows_why_and_writes_nothing(
    qtbot: QtBot,
    coded_project: Project,
    tmp_path: Path,
    messages: list[str],
) -> None:
    add_event(coded_project, {**CLASH, "geo_precision": 4}, status="gold")
    dialog = ExportDialog(coded_project)
    qtbot.addWidget(dialog)
    assert "fail the codebook" in dialog.preview_note.text()
    dialog.show()
    qtbot.mouseClick(dialog.strict, Qt.MouseButton.LeftButton, pos=_box(dialog.strict))
    dialog.export_to(tmp_path / "strict.csv")
    qtbot.waitUntil(lambda: bool(messages))
    assert "nothing was exported" in messages[0] and "geo_precision" in messages[0]
    assert not (tmp_path / "strict.csv").exists()
    assert dialog.export_button.isEnabled()


def test_jsonl_format_exports_the_whole_dataset(
    qtbot: QtBot, coded_project: Project, tmp_path: Path, messages: list[str]
) -> None:
    dialog = ExportDialog(coded_project)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(1)
    assert not dialog.status.isEnabled()
    dialog.export_to(tmp_path / "all.jsonl")
    qtbot.waitUntil(lambda: bool(messages))
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert messages == [f"Exported {len(lines)} line(s) to {tmp_path / 'all.jsonl'}."]
    assert all("reference_event" in json.loads(line) for line in lines)


def test_preview_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowsTableModel()
    model.set_rows(["a", "b"], [["1", "2"], ["3", "4"]])
    qtmodeltester.check(model)


def test_cancelling_the_export_progress_writes_nothing(
    qtbot: QtBot,
    coded_project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    from annotator.services import acled_export
    from annotator.ui import export_dialog

    monkeypatch.setattr(acled_export, "PROGRESS_EVERY", 1)

    def cancel_then_run(task: export_dialog.Task) -> None:
        assert dialog.progress is not None
        dialog.progress.canceled.emit()  # the coder presses Cancel before the work starts
        task.run()

    monkeypatch.setattr(export_dialog, "start", cancel_then_run)
    dialog = ExportDialog(coded_project)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.export_to(folder / "gold.csv")
    assert dialog.preview_note.text() == "Export cancelled; no file was written."
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled()
    assert messages == []
