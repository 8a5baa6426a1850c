"""The main window: the project's articles on one side, the open article on the other."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError, CancelledError, ImportRefusedError
from annotator.services.imports import CombinedImportReport, import_paths
from annotator.services.learning import LEARNABLE, Decision, record_decision
from annotator.services.preannotate import PreannotateReport, preannotate
from annotator.store.annotations import latest_decisions
from annotator.store.database import Project
from annotator.store.documents import get_document, list_documents
from annotator.store.suggestions import list_suggestions
from annotator.suggest.describe import describe_value
from annotator.suggest.pipeline import Pipeline
from annotator.ui.article_view import ArticleView
from annotator.ui.document_list_model import DocumentListModel
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.tasks import Task, start

IMPORT_FILTER = (
    "Articles or ACLED events (*.jsonl *.ndjson *.csv *.txt *.html *.htm);;All files (*)"
)


class MainWindow(QMainWindow):
    """The desk's window.

    Signals: none of its own; imports report through their Task's signals.
    """

    def __init__(self, project: Project) -> None:
        super().__init__()
        self._project = project
        self._import_task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._document_id: int | None = None
        # Who is coding: the operating-system user until accounts exist.
        self.coder = getpass.getuser() or "coder"
        self._refresh_task: Task | None = None
        self._refresh_again = False
        self.setWindowTitle(f"annotator: {project.display_name}")
        self.resize(1200, 760)

        self.documents = DocumentListModel(list_documents(project))
        self.document_list = QListView()
        self.document_list.setAccessibleName("Articles")
        self.document_list.setModel(self.documents)
        self.document_list.setUniformItemSizes(True)

        self.title = QLabel()
        self.title.setAccessibleName("Article title")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.details = QLabel()
        self.details.setAccessibleName("Article details")
        self.article = ArticleView()

        reader = QWidget()
        layout = QVBoxLayout(reader)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.article, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.document_list)
        splitter.addWidget(reader)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 880])
        self.setCentralWidget(splitter)

        self.document_list.selectionModel().currentChanged.connect(
            self._on_document_list_current_changed
        )
        self.article.decided.connect(self._on_article_decided)
        self._build_menus()
        count = self.documents.rowCount()
        self.statusBar().showMessage(f"{count} article(s) in {project.display_name}")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_files_action = QAction("&Import articles…", self)
        self.import_files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_files_action.setStatusTip(
            "Import articles (JSONL, CSV, .txt, .html) or ACLED event exports (CSV)"
        )
        self.import_files_action.triggered.connect(self._on_import_files_action_triggered)
        file_menu.addAction(self.import_files_action)
        self.import_folder_action = QAction("Import a &folder…", self)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_folder_action.triggered.connect(self._on_import_folder_action_triggered)
        file_menu.addAction(self.import_folder_action)
        self.export_action = QAction("&Export…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip("Export events as ACLED CSV, or everything as JSONL")
        self.export_action.triggered.connect(self._on_export_action_triggered)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.preannotate_action = QAction("&Pre-annotate articles", self)
        self.preannotate_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preannotate_action.setStatusTip(
            "Suggest actors, places, casualties, dates and sources for articles not yet done"
        )
        self.preannotate_action.triggered.connect(self.preannotate)
        file_menu.addAction(self.preannotate_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _on_import_files_action_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", IMPORT_FILTER)
        if names:
            self.import_paths([Path(name) for name in names])

    def _on_import_folder_action_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of .txt/.html articles")
        if folder:
            self.import_paths([Path(folder)])

    def _on_export_action_triggered(self) -> None:
        self.export_dialog = ExportDialog(self._project, self)
        self.export_dialog.open()

    def import_paths(self, paths: list[Path], *, skip_invalid: bool = False) -> Task:
        """Import in the background with a progress dialog; the list refreshes when done."""
        project = self._project

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return import_paths(
                project,
                paths,
                skip_invalid=skip_invalid,
                on_progress=lambda done, total, _records: progress(done, total),
                cancelled=cancelled,
            )

        return self._start_job(
            "Importing articles…",
            work,
            self._on_import_task_succeeded,
            lambda error: self._on_import_task_failed(error, paths, skip_invalid),
        )

    def preannotate(self) -> Task:
        """Suggest for every article not yet at the current suggester version."""
        project = self._project

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            pipeline = Pipeline(project)
            return preannotate(project, pipeline, on_progress=progress, cancelled=cancelled)

        return self._start_job(
            "Pre-annotating articles…",
            work,
            self._on_preannotate_task_succeeded,
            self._on_preannotate_task_failed,
        )

    def _start_job(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Task:
        """Run ``work`` off the GUI thread behind a progress dialog with Cancel."""
        task = Task(work)
        dialog = QProgressDialog(label, "Cancel", 0, 0, self)
        dialog.setWindowTitle("annotator")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(self._on_job_progress)
        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        self._import_task, self._progress = task, dialog
        for action in self._job_actions():
            action.setEnabled(False)
        start(task)
        return task

    def _job_actions(self) -> list[QAction]:
        return [self.import_files_action, self.import_folder_action, self.preannotate_action]

    def _on_job_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish_import(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
        self._import_task, self._progress = None, None
        for action in self._job_actions():
            action.setEnabled(True)

    def _on_preannotate_task_succeeded(self, report: PreannotateReport) -> None:
        self._finish_import()
        self.reload_documents()
        self.statusBar().showMessage(
            f"Pre-annotated {report.annotated} article(s) with {report.suggestions} "
            f"suggestion(s); {report.already_current} already up to date."
        )

    def _on_preannotate_task_failed(self, error: BaseException) -> None:
        self._finish_import()
        if isinstance(error, CancelledError):
            self.statusBar().showMessage(str(error).capitalize() + ".")
            return
        QMessageBox.critical(self, "Pre-annotate", str(error))

    def _on_import_task_succeeded(self, report: CombinedImportReport) -> None:
        self._finish_import()
        self.reload_documents()
        message = "\n".join(
            line[:1].upper() + line[1:]
            for line in report.summary(self._project.display_name).splitlines()
        )
        if report.skipped:
            details = "\n".join(str(problem) for problem in report.skipped)
            box = QMessageBox(QMessageBox.Icon.Information, "Import", message, parent=self)
            box.setInformativeText(f"{len(report.skipped)} invalid record(s) were skipped.")
            box.setDetailedText(details)
            box.open()
        self.statusBar().showMessage(message.replace("\n", " "))

    def _on_import_task_failed(
        self, error: BaseException, paths: list[Path], skip_invalid: bool
    ) -> None:
        self._finish_import()
        if isinstance(error, CancelledError):
            self.statusBar().showMessage("Import cancelled; nothing was imported.")
            return
        if isinstance(error, ImportRefusedError) and not skip_invalid and "\n" in str(error):
            summary, _, details = str(error).partition("\n")
            answer = QMessageBox.warning(
                self,
                "Import",
                f"{summary.capitalize()}.\n\n{details}\n\nImport the good records and skip these?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_paths(paths, skip_invalid=True)
            return
        if isinstance(error, AnnotatorError):
            QMessageBox.critical(self, "Import", str(error))
        else:
            QMessageBox.critical(
                self, "Import", f"The import failed unexpectedly: {type(error).__name__}: {error}"
            )

    def reload_documents(self) -> None:
        current = self.document_list.currentIndex()
        current_id = (
            self.documents.document_at(current.row()).external_id if current.isValid() else None
        )
        self.documents.set_documents(list_documents(self._project))
        if current_id is None or not self.open_document(current_id):
            self.open_first_document()
        count = self.documents.rowCount()
        self.statusBar().showMessage(f"{count} article(s) in {self._project.display_name}")

    def _on_article_decided(self, index: int, decision: str) -> None:
        """Store the decision at once (there is no Save), then learn from it."""
        if self._document_id is None:
            return
        suggestion = self.article.suggestion_at(index)
        try:
            record_decision(
                self._project,
                Decision(
                    coder=self.coder,
                    document_id=self._document_id,
                    decision=decision,
                    kind=suggestion.kind,
                    start=suggestion.start,
                    end=suggestion.end,
                    value=suggestion.value,
                    suggestion_id=suggestion.id,
                    time_taken_ms=self.article.milliseconds_on_current(),
                ),
            )
        except AnnotatorError as error:
            QMessageBox.critical(self, "annotator", f"The decision was not saved: {error}")
            return
        self.article.set_decision(index, decision)
        self.statusBar().showMessage(
            f"{decision.capitalize()}: {suggestion.kind} "
            f"{describe_value(suggestion.kind, suggestion.value)}"
        )
        if suggestion.kind in LEARNABLE:
            self._refresh_unopened()
        self.article.move_to(index + 1)

    def _refresh_unopened(self) -> None:
        """Recompute, quietly in the background, the suggestions nobody has started on."""
        if self._refresh_task is not None:
            self._refresh_again = True
            return
        project = self._project

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return preannotate(project, Pipeline(project), cancelled=cancelled)

        task = Task(work)
        task.signals.succeeded.connect(self._on_refresh_finished)
        task.signals.failed.connect(self._on_refresh_finished)
        self._refresh_task = task
        start(task)

    def _on_refresh_finished(self, _result: object) -> None:
        self._refresh_task = None
        if self._refresh_again:
            self._refresh_again = False
            self._refresh_unopened()

    def open_document(self, external_id: str) -> bool:
        row = self.documents.row_of(external_id)
        if row is None:
            return False
        self.document_list.selectionModel().setCurrentIndex(
            self.documents.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def open_first_document(self) -> None:
        if self.documents.rowCount():
            self.open_document(self.documents.document_at(0).external_id)

    def _on_document_list_current_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid():
            return
        summary = self.documents.document_at(current.row())
        document = get_document(self._project, summary.external_id)
        self.article.show_document(document)
        if document is not None:
            self._document_id = document.id
            self.article.show_suggestions(
                list_suggestions(self._project, document.id),
                latest_decisions(self._project, document.id, self.coder),
            )
        if document is None:
            self.title.clear()
            self.details.clear()
            return
        right_to_left = document.language == "ar"
        # Absolute: Qt would otherwise mirror "right" for right-to-left text.
        edge = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        alignment = edge | Qt.AlignmentFlag.AlignAbsolute
        self.title.setText(document.title)
        self.title.setAlignment(alignment)
        parts = [document.external_id]
        if document.published:
            parts.append(document.published.isoformat())
        if document.source:
            parts.append(document.source)
        self.details.setText(" · ".join(parts))
