"""The desk's background jobs: import, pre-annotation, export, and the quiet refresh of
suggestions after learning. Each runs off the GUI thread behind a progress dialog with
Cancel; its result or error comes back to the GUI thread as a readable message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from annotator.errors import AnnotatorError, CancelledError, ImportRefusedError
from annotator.services.imports import CombinedImportReport, import_paths
from annotator.services.preannotate import PreannotateReport, preannotate
from annotator.store.database import Project
from annotator.suggest.pipeline import Pipeline
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.tasks import Task, start

# Translated where it is used; a translation keeps the glob patterns as they are.
IMPORT_FILTER = str(
    QT_TRANSLATE_NOOP(
        "BackgroundJobs",
        "Articles or ACLED events (*.jsonl *.ndjson *.csv *.txt *.html *.htm);;All files (*)",
    )
)


class BackgroundJobs(QMainWindow):
    """The job runner the desk's window is built on.

    Subclasses provide ``project``, the job actions and ``reload_documents``.
    """

    project: Project
    import_files_action: QAction
    import_folder_action: QAction
    preannotate_action: QAction
    _job_task: Task | None
    _progress: QProgressDialog | None
    _refresh_task: Task | None
    _refresh_again: bool

    def reload_documents(self) -> None:
        raise NotImplementedError

    def _on_import_files_action_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            QCoreApplication.translate("BackgroundJobs", IMPORT_FILTER),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def _on_import_folder_action_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of .txt/.html articles")
        )
        if folder:
            self.import_paths([Path(folder)])

    def _on_export_action_triggered(self) -> None:
        self.export_dialog = ExportDialog(self.project, self)
        self.export_dialog.open()

    def import_paths(self, paths: list[Path], *, skip_invalid: bool = False) -> Task:
        """Import in the background with a progress dialog; the list refreshes when done."""
        project = self.project

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return import_paths(
                project,
                paths,
                skip_invalid=skip_invalid,
                on_progress=lambda done, total, _records: progress(done, total),
                cancelled=cancelled,
            )

        return self._start_job(
            self.tr("Importing articles…"),
            work,
            self._on_import_task_succeeded,
            lambda error: self._on_import_task_failed(error, paths, skip_invalid),
        )

    def preannotate(self) -> Task:
        """Suggest for every article not yet at the current suggester version."""
        project = self.project

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            pipeline = Pipeline(project)
            return preannotate(project, pipeline, on_progress=progress, cancelled=cancelled)

        return self._start_job(
            self.tr("Pre-annotating articles…"),
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
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("annotator"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(self._on_job_progress)
        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        self._job_task, self._progress = task, dialog
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
        self._job_task, self._progress = None, None
        for action in self._job_actions():
            action.setEnabled(True)

    def _on_preannotate_task_succeeded(self, report: PreannotateReport) -> None:
        self._finish_import()
        self.reload_documents()
        self.statusBar().showMessage(
            self.tr(
                "Pre-annotated {0} article(s) with {1} suggestion(s); {2} already up to date."
            ).format(report.annotated, report.suggestions, report.already_current)
        )

    def _on_preannotate_task_failed(self, error: BaseException) -> None:
        self._finish_import()
        if isinstance(error, CancelledError):
            self.statusBar().showMessage(str(error).capitalize() + ".")
            return
        QMessageBox.critical(self, self.tr("Pre-annotate"), str(error))

    def _on_import_task_succeeded(self, report: CombinedImportReport) -> None:
        self._finish_import()
        self.reload_documents()
        message = "\n".join(
            line[:1].upper() + line[1:]
            for line in report.summary(self.project.display_name).splitlines()
        )
        if report.skipped:
            details = "\n".join(str(problem) for problem in report.skipped)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), message, parent=self)
            box.setInformativeText(
                self.tr("%d invalid record(s) were skipped.") % len(report.skipped)
            )
            box.setDetailedText(details)
            box.open()
        self.statusBar().showMessage(message.replace("\n", " "))

    def _on_import_task_failed(
        self, error: BaseException, paths: list[Path], skip_invalid: bool
    ) -> None:
        self._finish_import()
        if isinstance(error, CancelledError):
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was imported."))
            return
        if isinstance(error, ImportRefusedError) and not skip_invalid and "\n" in str(error):
            summary, _, details = str(error).partition("\n")
            question = self.tr("Import the good records and skip these?")
            answer = QMessageBox.warning(
                self,
                self.tr("Import"),
                f"{summary.capitalize()}.\n\n{details}\n\n{question}",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_paths(paths, skip_invalid=True)
            return
        if isinstance(error, AnnotatorError):
            QMessageBox.critical(self, self.tr("Import"), str(error))
        else:
            QMessageBox.critical(
                self,
                self.tr("Import"),
                self.tr("The import failed unexpectedly: {0}: {1}").format(
                    type(error).__name__, error
                ),
            )

    def _refresh_unopened(self) -> None:
        """Recompute, quietly in the background, the suggestions nobody has started on."""
        if self._refresh_task is not None:
            self._refresh_again = True
            return
        project = self.project

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
