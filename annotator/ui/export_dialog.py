"""The export dialog: the command line's export options, a preview, and a background export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.codebook import default_codebook
from annotator.errors import AnnotatorError, CancelledError
from annotator.io.acled_writer import AcledCsvOptions
from annotator.io.atomic import atomic_text_file
from annotator.services.acled_export import (
    AcledExportReport,
    draft_notes_enabled,
    export_acled,
    preview_acled,
)
from annotator.services.dataset_export import export_dataset
from annotator.store.database import Project
from annotator.store.events import EventFilter, list_coders
from annotator.ui.accessible import named
from annotator.ui.rows_model import RowsTableModel
from annotator.ui.tasks import Task, start

# The Events choices, in order: English labels (translated where shown) and their statuses.
STATUSES = {
    str(QT_TRANSLATE_NOOP("ExportDialog", "Gold events")): ("gold",),
    str(QT_TRANSLATE_NOOP("ExportDialog", "Submitted events")): ("submitted",),
    str(QT_TRANSLATE_NOOP("ExportDialog", "Reference events (imported ACLED)")): ("reference",),
    str(QT_TRANSLATE_NOOP("ExportDialog", "All of these")): ("gold", "submitted", "reference"),
}
ANY = str(QT_TRANSLATE_NOOP("ExportDialog", "(any)"))
PREVIEW_ROWS = 20


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class ExportDialog(QDialog):
    """Choose what to export and how, see the first rows, then export in the background."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.report: AcledExportReport | int | None = None
        self.setWindowTitle(self.tr("Export"))
        self.resize(1000, 640)

        self.format = named(QComboBox(), self.tr("Format"))
        self.format.addItems(["ACLED CSV", self.tr("JSONL dataset (everything)")])
        self.status = named(QComboBox(), self.tr("Events"))
        self.status.addItems(
            [QCoreApplication.translate("ExportDialog", label) for label in STATUSES]
        )
        any_one = QCoreApplication.translate("ExportDialog", ANY)  # always the first item
        self.coder = named(QComboBox(), self.tr("Coder"))
        self.coder.addItems([any_one, *list_coders(project)])
        self.country = named(QComboBox(), self.tr("Country"))
        self.country.addItems([any_one, *default_codebook().choices("country")])
        self.limit_dates = named(QCheckBox(self.tr("Only events from")), self.tr("Limit dates"))
        self.date_from = named(QDateEdit(QDate.currentDate().addYears(-1)), self.tr("From date"))
        self.date_to = named(QDateEdit(QDate.currentDate()), self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.numeric_inter = QCheckBox(self.tr("Inter codes as numbers (older exports)"))
        self.export_tool_dates = QCheckBox(
            self.tr("Dates as the Export Tool writes them (16 May 2025)")
        )
        self.excel = QCheckBox(self.tr("For spreadsheets (BOM, CRLF, formula-safe text)"))
        self.strict = QCheckBox(self.tr("Refuse to export if any event fails the codebook"))
        self.draft_notes = QCheckBox(self.tr("Draft notes where a coder left them empty"))
        self.draft_notes.setChecked(draft_notes_enabled(project))

        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Events"), self.status)
        form.addRow(self.tr("Coder"), self.coder)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Dates"), dates)
        for box in (self.numeric_inter, self.export_tool_dates, self.excel, self.strict,
                    self.draft_notes):  # fmt: skip
            form.addRow("", box)

        self.preview = RowsTableModel()
        self.preview_table = named(QTableView(), self.tr("Preview of the first rows"))
        self.preview_table.setModel(self.preview)
        self.preview_note = named(QLabel(), self.tr("Preview summary"))
        self.preview_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("Export…"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.buttons)

        for combo in (self.format, self.status, self.coder, self.country):
            combo.currentIndexChanged.connect(self.refresh_preview)
        for box in (self.limit_dates, self.numeric_inter, self.export_tool_dates, self.excel,
                    self.strict, self.draft_notes):  # fmt: skip
            box.toggled.connect(self.refresh_preview)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh_preview)
        self.refresh_preview()

    def event_filter(self) -> EventFilter:
        def chosen(combo: QComboBox) -> str | None:
            return None if combo.currentIndex() <= 0 else combo.currentText()

        dates_on = self.limit_dates.isChecked()
        return EventFilter(
            statuses=list(STATUSES.values())[max(self.status.currentIndex(), 0)],
            coder=chosen(self.coder),
            country=chosen(self.country),
            date_from=_day(self.date_from.date()) if dates_on else None,
            date_to=_day(self.date_to.date()) if dates_on else None,
        )

    def csv_options(self) -> AcledCsvOptions:
        return AcledCsvOptions(
            inter="numeric" if self.numeric_inter.isChecked() else "words",
            dates="export-tool" if self.export_tool_dates.isChecked() else "iso",
            profile="excel" if self.excel.isChecked() else "default",
        )

    @property
    def is_acled(self) -> bool:
        return self.format.currentIndex() == 0

    def refresh_preview(self) -> None:
        acled_only = (self.status, self.coder, self.country, self.limit_dates, self.date_from,
                      self.date_to, self.numeric_inter, self.export_tool_dates, self.excel,
                      self.strict, self.draft_notes)  # fmt: skip
        for widget in acled_only:
            widget.setEnabled(self.is_acled)
        if not self.is_acled:
            self.preview.set_rows([], [])
            self.preview_note.setText(
                self.tr(
                    "One line per article: its text, metadata, suggestions, annotations, events "
                    "with their evidence, and agreement status (schemas/dataset.schema.json)."
                )
            )
            return
        preview = preview_acled(
            self._project,
            which=self.event_filter(),
            options=self.csv_options(),
            draft_notes=self.draft_notes.isChecked(),
            limit=PREVIEW_ROWS,
        )
        self.preview.set_rows(preview.columns, preview.rows)
        note = self.tr("First %d row(s) of the export.") % len(preview.rows)
        if preview.rejected:
            rejected = len(preview.rejected)
            count = f"{rejected}{'+' if rejected >= PREVIEW_ROWS else ''}"
            note += " " + self.tr(
                "{0} event(s) fail the codebook and will not be exported, e.g. {1}"
            ).format(count, preview.rejected[0])
        self.preview_note.setText(note)

    def _on_buttons_accepted(self) -> None:
        suffix = "csv" if self.is_acled else "jsonl"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            f"export.{suffix}",
            f"*.{suffix};;" + self.tr("All files (*)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, destination: Path) -> Task:
        project = self._project
        if self.is_acled:
            which, options = self.event_filter(), self.csv_options()
            strict, drafts = self.strict.isChecked(), self.draft_notes.isChecked()

            def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
                return export_acled(project, destination, which=which, options=options,
                                    strict=strict, draft_notes=drafts,
                                    on_progress=progress, cancelled=cancelled)  # fmt: skip
        else:

            def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
                with atomic_text_file(destination) as stream:
                    return export_dataset(
                        project, stream, on_progress=progress, cancelled=cancelled
                    )

        task = Task(work)
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(task.cancel)
        task.signals.progress.connect(self._on_task_progress)
        self.progress = progress
        task.signals.succeeded.connect(lambda result: self._on_task_succeeded(result, destination))
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Exporting…"))
        start(task)
        return task

    def _on_task_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_task_succeeded(self, result: object, destination: Path) -> None:
        self._close_progress()
        self._task = None
        self.report = result  # type: ignore[assignment]
        if isinstance(result, AcledExportReport):
            message = self.tr("Exported {0} event(s) to {1}.").format(result.written, destination)
            if result.rejected:
                message += "\n\n" + self.tr(
                    "{0} event(s) fail the codebook and were not exported; "
                    "their reasons are in {1}."
                ).format(len(result.rejected), result.sidecar)
        else:
            message = self.tr("Exported {0} line(s) to {1}.").format(result, destination)
        QMessageBox.information(self, self.tr("Export"), message)
        self.accept()

    def _on_task_failed(self, error: BaseException) -> None:
        self._close_progress()
        self._task = None
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Export…"))
        if isinstance(error, CancelledError):
            self.preview_note.setText(self.tr("Export cancelled; no file was written."))
            return
        text = str(error) if isinstance(error, AnnotatorError) else self.tr(
            "The export failed unexpectedly: {0}: {1}"
        ).format(type(error).__name__, error)  # fmt: skip
        QMessageBox.critical(self, self.tr("Export"), text)
