"""The coder's desk: the queue, the article with its highlighted spans, the events and
the form of the selected event.

Every action goes through a service operation, is committed at once (there is no
Save) and is pushed on the undo stack (see annotator.ui.undo). Long work (import,
pre-annotation, export) runs off the GUI thread behind a progress dialog with Cancel.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.codebook import default_codebook
from annotator.errors import AnnotatorError
from annotator.services.coding import (
    EVIDENCE_FIELDS,
    CodedEvent,
    check_events,
    document_events,
    get_event,
    new_event_from_sentence,
)
from annotator.services.completions import actor_choices, place_choices, source_choices
from annotator.services.duplicates import find_similar_events, visible_event
from annotator.services.learning import LEARNABLE, Decision
from annotator.services.queue import QueueItem, coder_queue, next_in_queue, queue_item_state
from annotator.services.span_values import KindChoices, resolve_added_span, value_complete
from annotator.services.spans import SpanState, merge_spans
from annotator.store.annotations import coded_spans
from annotator.store.database import Project
from annotator.store.documents import DocumentRecord, get_document
from annotator.store.suggestions import list_suggestions
from annotator.store.users import user_id
from annotator.suggest.describe import describe_value
from annotator.ui.article_view import KIND_ORDER, ArticleView
from annotator.ui.event_form import EventForm
from annotator.ui.event_list_model import EventListModel
from annotator.ui.help_dialog import ShortcutsDialog
from annotator.ui.jobs import BackgroundJobs
from annotator.ui.legend import KindLegend, kind_name
from annotator.ui.queue_panel import QueuePanel
from annotator.ui.settings import (
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    ZOOM_STEPS,
    DeskSettings,
)
from annotator.ui.span_editor import SpanValueEditor
from annotator.ui.tasks import Task
from annotator.ui.undo import (
    CompositeCommand,
    CreateEventCommand,
    DecisionCommand,
    DeleteEventCommand,
    DeskCommand,
    EditEventCommand,
    LinkEvidenceCommand,
    ReopenCommand,
    SubmitCommand,
    UnlinkEvidenceCommand,
    blank_event_maker,
)

REFRESH_AFTER_IDLE_MS = 2000
"""How long the coder pauses before what was learned is applied to unopened articles."""


class MainWindow(BackgroundJobs):
    """The desk's window.

    Signals: none of its own; background jobs report through their Task's signals.
    ``last_error`` holds the last message shown in an error box (for checks).
    """

    def __init__(
        self,
        project: Project,
        *,
        coder: str | None = None,
        settings: DeskSettings | None = None,
    ) -> None:
        super().__init__()
        self.project = project
        # Who is coding: the operating-system user until accounts exist.
        self.coder = coder or getpass.getuser() or "coder"
        self.settings = settings or DeskSettings()
        self.codebook = default_codebook()
        self.undo_stack = QUndoStack(self)
        self.last_error = ""
        self._job_task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._refresh_task: Task | None = None
        self._refresh_again = False
        self._document: DocumentRecord | None = None
        self._event_id: int | None = None
        self._editor: SpanValueEditor | None = None
        self._pending_edits: dict[str, object] = {}
        self._pending_event_id: int | None = None
        self._used_by: dict[int, list[str]] = {}
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_AFTER_IDLE_MS)
        self.refresh_timer.timeout.connect(self._refresh_unopened)
        self.setWindowTitle(self.tr("annotator: %s") % project.display_name)
        self.resize(1400, 820)

        self.choices = KindChoices(
            actor_choices(project), place_choices(project), source_choices(project)
        )
        self.queue = QueuePanel()
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Article title"))
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Article details"))
        self.legend = KindLegend()
        self.article = ArticleView()

        self.span_toolbar = self._span_toolbar()
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.addWidget(self.title)
        reader_layout.addWidget(self.details)
        reader_layout.addWidget(self.legend)
        reader_layout.addWidget(self.span_toolbar)
        reader_layout.addWidget(self.article, 1)

        self.events = EventListModel()
        self.event_list = QListView()
        self.event_list.setAccessibleName(self.tr("Events of this article"))
        self.event_list.setModel(self.events)
        self.new_event_button = QPushButton(self.tr("New event (N)"))
        self.new_event_button.setAccessibleName(self.tr("New event from the current sentence"))
        self.delete_event_button = QPushButton(self.tr("Delete event"))
        self.delete_event_button.setAccessibleName(self.tr("Delete the selected event"))
        self.submit_button = QPushButton(self.tr("Submit (Ctrl+Enter)"))
        self.submit_button.setAccessibleName(self.tr("Submit the article and open the next"))
        buttons = QHBoxLayout()
        for button in (self.new_event_button, self.delete_event_button, self.submit_button):
            buttons.addWidget(button)
        self.form = EventForm(
            self.codebook,
            list(self.choices.for_kind("actor")),
            list(self.choices.for_kind("location")),
            list(self.choices.for_kind("source")),
        )
        coding = QWidget()
        coding_layout = QVBoxLayout(coding)
        events_label = QLabel(self.tr("Events"))
        coding_layout.addWidget(events_label)
        coding_layout.addWidget(self.event_list, 1)
        coding_layout.addLayout(buttons)
        coding_layout.addWidget(self.form, 4)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(reader)
        self.splitter.addWidget(coding)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 640, 460])
        self.setCentralWidget(self.splitter)
        self.coder_label = QLabel(self.tr("Coder: %s") % self.coder)
        self.coder_label.setAccessibleName(self.tr("Coder"))
        self.statusBar().addPermanentWidget(self.coder_label)

        self.queue.document_activated.connect(self._on_queue_document_activated)
        self.article.decided.connect(self._on_article_decided)
        self.article.kind_requested.connect(self._on_article_kind_requested)
        self.article.span_requested.connect(self._on_article_span_requested)
        self.article.edit_requested.connect(self._on_article_edit_requested)
        self.article.link_requested.connect(self._on_article_link_requested)
        self.article.new_event_requested.connect(self._on_article_new_event_requested)
        self.article.current_changed.connect(self._on_article_current_changed)
        self.article.zoom_changed.connect(self._on_article_zoom_changed)
        self.event_list.selectionModel().currentChanged.connect(self._on_event_list_current_changed)
        self.form.field_edited.connect(self._on_form_field_edited)
        self.form.field_activated.connect(self._on_form_field_activated)
        self.form.similar_activated.connect(self._on_form_similar_activated)
        self.new_event_button.clicked.connect(self._on_new_event_button_clicked)
        self.delete_event_button.clicked.connect(self.delete_selected_event)
        self.submit_button.clicked.connect(self.submit_document)
        self._build_menus()
        self._restore_settings()
        self.reload_queue()

    def _span_toolbar(self) -> QToolBar:
        """The mouse's way to do what the keys do on the current span."""
        bar = QToolBar(self.tr("Span"))
        bar.setAccessibleName(self.tr("Span actions"))
        article = self.article

        def on_current(signal_name: str) -> Callable[[], None]:
            def emit() -> None:
                if article.current_index is not None:
                    getattr(article, signal_name).emit(article.current_index)
                article.setFocus()

            return emit

        def decide(decision: str) -> Callable[[], None]:
            def emit() -> None:
                if article.current_index is not None:
                    article.decided.emit(article.current_index, decision)
                article.setFocus()

            return emit

        self.accept_button = bar.addAction(self.tr("Accept (A)"))
        self.accept_button.triggered.connect(decide("accepted"))
        self.reject_button = bar.addAction(self.tr("Reject (X)"))
        self.reject_button.triggered.connect(decide("rejected"))
        self.edit_button = bar.addAction(self.tr("Edit value (E)"))
        self.edit_button.triggered.connect(on_current("edit_requested"))
        self.link_button = bar.addAction(self.tr("Use as evidence (L)"))
        self.link_button.triggered.connect(on_current("link_requested"))
        kinds = QToolButton()
        kinds.setText(self.tr("Mark as…"))
        kinds.setAccessibleName(self.tr("Mark the selection or the current span as a kind"))
        kinds.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(kinds)
        for number, kind in enumerate(KIND_ORDER, start=1):
            action = menu.addAction(f"{number} {kind_name(kind)}")
            action.triggered.connect(lambda _checked=False, k=kind: article.apply_kind(k))
        kinds.setMenu(menu)
        self.kind_menu = menu
        bar.addWidget(kinds)
        return bar

    # --- menus and settings ----------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcuts: tuple[str, ...] = (), tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_files_action = self._action(
            self.tr("&Import articles…"), self._on_import_files_action_triggered, ("Ctrl+I",),
            self.tr("Import articles (JSONL, CSV, .txt, .html) or ACLED event exports (CSV)"),
        )  # fmt: skip
        self.import_folder_action = self._action(
            self.tr("Import a &folder…"), self._on_import_folder_action_triggered,
            ("Ctrl+Shift+I",),
        )  # fmt: skip
        self.export_action = self._action(
            self.tr("&Export…"), self._on_export_action_triggered, ("Ctrl+E",),
            self.tr("Export events as ACLED CSV, or everything as JSONL"),
        )  # fmt: skip
        self.preannotate_action = self._action(
            self.tr("&Pre-annotate articles"), self.preannotate, ("Ctrl+Shift+P",),
            self.tr("Suggest actors, places, casualties, dates and sources for new articles"),
        )  # fmt: skip
        quit_action = self._action(self.tr("&Quit"), self.close, ("Ctrl+Q",))
        for action in (self.import_files_action, self.import_folder_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.preannotate_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.submit_action = self._action(
            self.tr("&Submit article and open the next"), self.submit_document,
            ("Ctrl+Return", "Ctrl+Enter"),
        )  # fmt: skip
        edit_menu.addAction(self.submit_action)
        self.reopen_action = self._action(self.tr("Re&open article"), self.reopen_document)
        edit_menu.addAction(self.reopen_action)
        self.search_action = self._action(
            self.tr("Search the &queue"), self.queue.focus_search, ("Ctrl+F",)
        )
        edit_menu.addAction(self.search_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("Zoom &in"), self.zoom_in, ("Ctrl++", "Ctrl+=")))
        view_menu.addAction(self._action(self.tr("Zoom &out"), self.zoom_out, ("Ctrl+-",)))
        view_menu.addAction(
            self._action(self.tr("&Reset zoom"), lambda: self.article.set_zoom(0), ("Ctrl+0",))
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, ("F1", "?")
        )
        help_menu.addAction(self.help_action)

    def _restore_settings(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self.settings.get(SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(splitter)
        self.article.set_zoom(self.settings.get(ZOOM_STEPS))

    def save_settings(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self.settings.set(ZOOM_STEPS, self.article.zoom_steps)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def _on_article_zoom_changed(self, steps: int) -> None:
        self.settings.set(ZOOM_STEPS, steps)

    def zoom_in(self) -> None:
        self.article.set_zoom(self.article.zoom_steps + 1)

    def zoom_out(self) -> None:
        self.article.set_zoom(self.article.zoom_steps - 1)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    # --- errors -----------------------------------------------------------------------------

    def report_error(self, title: str, error: AnnotatorError | str) -> None:
        """A readable, non-blocking error box; nothing was changed by the failed action."""
        self.last_error = str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            self.last_error[:1].upper() + self.last_error[1:],
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not modal, and it does not take the keyboard: the coder reads it and goes on.
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.show()
        self.statusBar().showMessage(self.last_error)

    def _run(self, command: DeskCommand) -> bool:
        """Perform an action, then push it for undo; an error is shown, nothing pushed."""
        if self._pending_edits and not isinstance(command, EditEventCommand):
            self.flush_form_edits()
        try:
            command.perform()
        except AnnotatorError as error:
            self.report_error(command.text(), error)
            return False
        self.undo_stack.push(command)
        self.show_state(command.document_id, **command.focus())
        return True

    # --- the queue and the open document ----------------------------------------------------

    def reload_queue(self) -> None:
        items = coder_queue(self.project, self.coder)
        self.queue.set_items(items)
        if self._document is None and items:
            self.queue.select_document(items[0].document_id)

    def reload_documents(self) -> None:
        """After an import or pre-annotation: the queue, and the open article's spans."""
        self.reload_queue()
        if self._document is not None:
            self._refresh_document()
            self._refresh_events(self._event_id)

    def _queue_items(self) -> list[QueueItem]:
        return self.queue.model.items()

    def open_document(self, external_id: str) -> bool:
        item = next((i for i in self._queue_items() if i.external_id == external_id), None)
        if item is None:
            return False
        self.queue.clear_filters()
        return self.queue.select_document(item.document_id)

    def open_first_document(self) -> None:
        items = self._queue_items()
        if items:
            self.queue.select_document(items[0].document_id)

    def _on_queue_document_activated(self, document_id: int) -> None:
        if self._document is not None and self._document.id == document_id:
            return
        item = next((i for i in self._queue_items() if i.document_id == document_id), None)
        document = get_document(self.project, item.external_id) if item else None
        self._document = document
        self._event_id = None
        self.article.show_document(document)
        if document is None:
            self.title.clear()
            self.details.clear()
            return
        edge = (
            Qt.AlignmentFlag.AlignRight if document.language == "ar" else Qt.AlignmentFlag.AlignLeft
        )
        # Absolute: Qt would otherwise mirror "right" in the Arabic (right-to-left) UI.
        self.title.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        self.details.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        self.title.setText(document.title)
        parts = [document.external_id]
        if document.published:
            parts.append(document.published.isoformat())
        if document.source:
            parts.append(document.source)
        self.details.setText(" · ".join(parts))
        self._refresh_document()
        self._refresh_events(None)

    @property
    def document_id(self) -> int | None:
        return self._document.id if self._document else None

    def show_state(
        self, document_id: int, *, span_key: str | None = None, event_id: int | None = None
    ) -> None:
        """Show a document as it is now in the database (after an action, undo or redo)."""
        if self.document_id != document_id:
            self.queue.clear_filters()
            self.queue.select_document(document_id)
        if self.document_id != document_id:
            return
        self._refresh_document()
        self._refresh_events(event_id if event_id is not None else self._event_id)
        self._refresh_queue_row(document_id)
        if span_key is not None:
            index = self.article.index_of(span_key)
            if index is not None and index != self.article.current_index:
                self.article.move_to(index)

    def _spans(self) -> list[SpanState]:
        assert self._document is not None
        document_id = self._document.id
        return merge_spans(
            list_suggestions(self.project, document_id),
            coded_spans(self.project, document_id, self.coder),
        )

    def _refresh_document(self) -> None:
        if self._document is None:
            return
        self.article.show_spans(self._spans())

    def _refresh_events(self, select_event_id: int | None) -> None:
        if self._document is None:
            self.events.set_events([])
            self.form.show_event(None)
            return
        events = document_events(self.project, self._document.id, self.coder)
        problems = {
            event_id: len(found) for event_id, found in check_events(events, self.codebook).items()
        }
        self.events.set_events(events, problems)
        self._evidence_labels(events)
        row = self.events.row_of(select_event_id) if select_event_id is not None else None
        if row is None and events:
            row = len(events) - 1 if select_event_id is not None else 0
        if row is None:
            self._event_id = None
            self.form.show_event(None)
            return
        self.event_list.selectionModel().setCurrentIndex(
            self.events.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_event(self.events.event_at(row))

    def _evidence_labels(self, events: list[CodedEvent]) -> None:
        used: dict[int, list[str]] = {}
        for event in events:
            for name, annotation_ids in event.evidence.items():
                for annotation_id in annotation_ids:
                    used.setdefault(annotation_id, []).append(f"#{event.id} {name}")
        self._used_by = used
        self.article.set_evidence_uses(used)

    def _show_event(self, event: CodedEvent) -> None:
        self._event_id = event.id
        similar = find_similar_events(
            self.project,
            event.fields,
            coder_id=self._coder_id(),
            exclude_event_id=event.id,
        )
        self.form.show_event(event, similar)

    def _coder_id(self) -> int | None:
        with self.project.reading() as session:
            return user_id(session, self.coder)

    def selected_event(self) -> CodedEvent | None:
        if self._event_id is None:
            return None
        row = self.events.row_of(self._event_id)
        return self.events.event_at(row) if row is not None else None

    def _on_event_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            event = self.events.event_at(current.row())
            if event.id != self._event_id:
                self._show_event(event)

    # --- spans --------------------------------------------------------------------------------

    def _decide(self, span: SpanState, decision: str, *, kind: str | None = None,
                value: Mapping[str, Any] | None = None) -> bool:  # fmt: skip
        command = self._decision_command(span, decision, kind=kind, value=value)
        if not self._run(command):
            return False
        chosen = command.decision
        self.statusBar().showMessage(
            f"{command.text()}: {describe_value(chosen.kind, chosen.value)}"
        )
        if chosen.kind in LEARNABLE:  # confirmations teach, rejections lower confidence
            # Learning refreshes the unopened articles once the coder pauses: a refresh
            # per key press would compete with the desk for the interpreter.
            self.refresh_timer.start()
        return True

    def _decision_command(self, span: SpanState, decision: str, *, kind: str | None = None,
                          value: Mapping[str, Any] | None = None) -> DecisionCommand:  # fmt: skip
        assert self._document is not None
        kind = kind or span.kind
        chosen = dict(value if value is not None else span.value)
        verbs = {"accepted": self.tr("Accept %s «%s»"), "rejected": self.tr("Reject %s «%s»"),
                 "edited": self.tr("Change %s «%s»"), "added": self.tr("Add %s «%s»")}  # fmt: skip
        surface = self._document.text[span.start : span.end]
        text = verbs.get(decision, "%s «%s»") % (kind_name(kind), surface)
        # A span the coder decided on before keeps its annotation: the decision changes.
        previous = None
        if span.annotation_id is not None:
            previous = Decision(self.coder, self._document.id, span.decision, span.kind,
                                span.start, span.end, dict(span.value), span.suggestion_id,
                                annotation_id=span.annotation_id)  # fmt: skip
        new = Decision(
            coder=self.coder,
            document_id=self._document.id,
            decision=decision,
            kind=kind,
            start=span.start,
            end=span.end,
            value=chosen,
            suggestion_id=span.suggestion_id,
            time_taken_ms=self.article.milliseconds_on_current(),
            annotation_id=span.annotation_id,
        )
        known = span.suggestion_id is not None or span.annotation_id is not None
        return DecisionCommand(self, new, span.key if known else None, text, previous)

    def _on_article_decided(self, index: int, decision: str) -> None:
        span = self.article.span_at(index)
        if self._decide(span, decision):
            self._mark_started()
            self.article.move_to(index + 1)

    def _on_article_kind_requested(self, index: int, kind: str) -> None:
        span = self.article.span_at(index)
        if kind == span.kind or self._document is None:
            return
        surface = self._document.text[span.start : span.end]
        value = resolve_added_span(kind, surface, self.choices, self._document.published)
        decision = "edited" if span.suggestion_id is not None else "added"
        if self._decide(span, decision, kind=kind, value=value or {}) and not value_complete(
            kind, value
        ):
            self._open_editor()

    def _on_article_span_requested(self, kind: str, start: int, end: int) -> None:
        if self._document is None:
            return
        surface = self._document.text[start:end]
        value = resolve_added_span(kind, surface, self.choices, self._document.published)
        span = SpanState(None, None, kind, start, end, value or {}, 1.0, "pending")
        if self._decide(span, "added", value=value or {}):
            self._mark_started()
            if not value_complete(kind, value):
                self._open_editor()

    def _on_article_edit_requested(self, _index: int) -> None:
        self._open_editor()

    def _open_editor(self) -> None:
        span = self.article.current_span()
        if span is None:
            return
        editor = SpanValueEditor(span, self.choices, self)
        editor.value_chosen.connect(lambda value, s=span: self._on_editor_value_chosen(s, value))
        self._editor = editor
        rectangle = self.article.cursorRect()
        editor.open_at(self.article.viewport().mapToGlobal(rectangle.bottomLeft()))

    def _on_editor_value_chosen(self, span: SpanState, value: dict[str, Any]) -> None:
        decision = "edited" if span.suggestion_id is not None else "added"
        self._decide(span, decision, value=value)
        self.article.setFocus()

    def _on_article_current_changed(self, index: int) -> None:
        span = self.article.span_at(index)
        used = self._used_by.get(span.annotation_id or -1, [])
        where = self.tr("used by %s") % ", ".join(used) if used else self.tr("not yet evidence")
        self.statusBar().showMessage(
            f"{kind_name(span.kind)}: {describe_value(span.kind, span.value)} · {where}"
        )

    def _on_article_link_requested(self, index: int) -> None:
        """L: the current span becomes evidence of the selected event (accepted first if needed)."""
        span = self.article.span_at(index)
        event = self.selected_event()
        title = self.tr("Use as evidence")
        if event is None:
            self.report_error(title, self.tr("select an event first (or press N)"))
            return
        if span.decision == "rejected":
            self.report_error(title, self.tr("a rejected span cannot be evidence"))
            return
        field = _field_for(span, event)
        # One action for the coder, one undo step: accept, take the field's place, fill it.
        action = CompositeCommand(
            self, event.document_id, self.tr("Use «%s» as %s") % (kind_name(span.kind), field)
        )
        try:
            annotation_id = span.annotation_id
            if not span.confirmed:
                accept = self._decision_command(span, "accepted")
                action.add(accept)
                annotation_id = accept.annotation_id
            assert annotation_id is not None
            if field not in MULTIPLE_EVIDENCE:
                # One place, one date...: the span takes the place of the field's evidence.
                for old in event.evidence.get(field, ()):
                    if old != annotation_id:
                        action.add(UnlinkEvidenceCommand(self, event, field, old, "unlink"))
            action.add(LinkEvidenceCommand(self, event, field, annotation_id, "link"))
            current = get_event(self.project, event.id, self.coder)
            changes = _fields_from_span(span, field, self.codebook, current)
            if changes:
                action.add(EditEventCommand(self, current, changes, "set"))
        except AnnotatorError as error:
            self.report_error(title, error)
            self.show_state(event.document_id)
            return
        self._run(action)

    # --- events -------------------------------------------------------------------------------

    def _on_article_new_event_requested(self, position: int) -> None:
        if self._document is None:
            return
        document_id = self._document.id

        def make() -> CodedEvent:
            return new_event_from_sentence(self.project, coder=self.coder, document_id=document_id,
                                           position=position, codebook=self.codebook)  # fmt: skip

        if self._run(CreateEventCommand(self, document_id, make, self.tr("New event"))):
            self._mark_started()

    def _on_new_event_button_clicked(self) -> None:
        if self._document is None:
            return
        span = self.article.current_span()
        position = span.start if span is not None else self.article.cursor_offset()
        try:
            self._on_article_new_event_requested(position)
        finally:
            self.article.setFocus()

    def new_blank_event(self) -> None:
        if self._document is not None:
            maker = blank_event_maker(self, self._document.id)
            self._run(
                CreateEventCommand(self, self._document.id, maker, self.tr("New blank event"))
            )

    def delete_selected_event(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._run(DeleteEventCommand(self, event, self.tr("Delete event #%d") % event.id))

    def _on_form_field_edited(self, name: str, value: object) -> None:
        # One pick in the form can set several fields (a place sets eight): they are
        # gathered until control returns to the event loop and stored as one action.
        # The edits belong to the event shown when they were made, even if the coder has
        # moved on (a click elsewhere ends the edit, then switches).
        shown = self.form.current_event()
        if shown is None:
            return
        if self._pending_edits and self._pending_event_id != shown.id:
            self.flush_form_edits()
        self._pending_event_id = shown.id
        self._pending_edits[name] = value
        if len(self._pending_edits) == 1:
            QTimer.singleShot(0, self.flush_form_edits)

    def flush_form_edits(self) -> None:
        """Store the form's gathered edits as one undoable action."""
        changes, self._pending_edits = self._pending_edits, {}
        if not changes or self._pending_event_id is None:
            return
        try:
            event = get_event(self.project, self._pending_event_id, self.coder)
        except AnnotatorError as error:
            self.report_error(self.tr("Edit event"), error)
            return
        changes = {
            name: value
            for name, value in changes.items()
            if event.fields.get(name) != value
            and not (value in (None, "") and name not in event.fields)
        }
        if changes:
            label = self.tr("Set %s") % ", ".join(changes)
            self._run(EditEventCommand(self, event, changes, label))

    def _on_form_field_activated(self, name: str) -> None:
        event = self.selected_event()
        if event is None or self._document is None:
            return
        wanted = set(event.evidence.get(name, ()))
        ranges = [(s.start, s.end) for s in self.article_spans() if s.annotation_id in wanted]
        self.article.flash(ranges)

    def article_spans(self) -> list[SpanState]:
        return [self.article.span_at(i) for i in range(self.article.span_count)]

    def _on_form_similar_activated(self, event_id: int) -> None:
        """A duplicate warning's link: the coder's own event is opened, another shown."""
        mine = self.events.row_of(event_id)
        if mine is not None:
            self.event_list.setCurrentIndex(self.events.index(mine))
            return
        found = visible_event(self.project, event_id, coder_id=self._coder_id())
        if found is None:
            self.statusBar().showMessage(self.tr("Event #%d cannot be shown") % event_id)
            return
        if found.document_external_id is not None and self.open_document(
            found.document_external_id
        ):
            self.show_state(self.document_id or 0, event_id=event_id)
            return
        names = ("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                 "location", "admin1", "admin2", "fatalities", "source", "notes")  # fmt: skip
        lines = [f"{name}: {found.fields[name]}" for name in names if found.fields.get(name)]
        title = found.dataset_id or f"#{found.event_id}"
        text = f"{title} ({found.status})\n\n" + "\n".join(lines)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Possible duplicate"), text, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.similar_box = box

    def submit_document(self) -> None:
        if self._document is None:
            return
        document_id = self._document.id
        if not self._run(SubmitCommand(self, document_id, self.tr("Submit article"))):
            return
        # _run refreshed the submitted article's row (show_state): the rest is unchanged.
        following = next_in_queue(self._queue_items(), document_id)
        if following is not None:
            self.queue.select_document(following.document_id)
        self.statusBar().showMessage(self.tr("Submitted. %s") % self.queue.progress_label.text())

    def _submitted(self, document_id: int) -> bool:
        row = self.queue.model.row_of(document_id)
        return row is not None and self.queue.model.item_at(row).status == "submitted"

    def reopen_document(self) -> None:
        """Take the submitted article back to work on it (undo submits it again)."""
        if self._document is not None and self._submitted(self._document.id):
            self._run(ReopenCommand(self, self._document.id, self.tr("Reopen article")))

    def _refresh_queue_row(self, document_id: int) -> None:
        """The open document's status and event count in the queue, after an action."""
        row = self.queue.model.row_of(document_id)
        if row is None:
            return
        item = self.queue.model.item_at(row)
        status, events = queue_item_state(self.project, self.coder, document_id)
        if (item.status, item.events) != (status, events):
            self.queue.update_item(replace(item, status=status, events=events))

    def _mark_started(self) -> None:
        if self.document_id is not None:
            self._refresh_queue_row(self.document_id)


# Fields several spans may support together; any other field has one span as evidence.
MULTIPLE_EVIDENCE = frozenset({"fatalities", "source"})


def _field_for(span: SpanState, event: CodedEvent) -> str:
    """The event field a confirmed span goes to when the coder links it (L)."""
    candidates = EVIDENCE_FIELDS.get(span.kind, ("notes",))
    if span.kind == "actor":
        name = span.value.get("name")
        holding = [field for field in candidates if event.fields.get(field) == name]
        if holding:
            return holding[0]  # already that actor: the span becomes its evidence
        empty = [field for field in candidates if not event.fields.get(field)]
        return empty[0] if empty else candidates[-1]
    return candidates[0]


def _fields_from_span(
    span: SpanState, field: str, codebook: Any, event: CodedEvent
) -> dict[str, Any]:
    """The field values a linked span carries (fatalities follow their evidence by themselves)."""
    value = span.value
    if span.kind == "actor" and value.get("name"):
        changes: dict[str, Any] = {field: value["name"]}
        inter = value.get("inter")
        if isinstance(inter, int) and 1 <= inter <= 8:
            slot = field.removeprefix("actor")
            changes[f"inter{slot}"] = codebook.vocabulary("actor_type").value_for_code(inter)
        return changes
    if span.kind == "location" and value.get("name"):
        # Every place field, cleared where the new place has none (no admin3 of the old).
        names = ("admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision")
        changes = {name: value.get(name) for name in names}
        if value.get("country"):
            changes["country"] = value["country"]
        changes["location"] = value["name"]
        return changes
    if span.kind == "date" and value.get("date"):
        return {"event_date": value["date"], "time_precision": value.get("time_precision") or 1}
    if span.kind == "event_type" and value.get("sub_event_type"):
        return {"event_type": value.get("event_type"), "sub_event_type": value["sub_event_type"]}
    if span.kind == "source" and value.get("name"):
        # Sources add up: ACLED lists them joined by "; " and their scales by "-".
        sources = [n.strip() for n in str(event.fields.get("source") or "").split(";") if n.strip()]
        scales = [s for s in str(event.fields.get("source_scale") or "").split("-") if s]
        if value["name"] not in sources:
            sources.append(value["name"])
        if value.get("source_scale") and value["source_scale"] not in scales:
            scales.append(value["source_scale"])
        return {"source": "; ".join(sources), "source_scale": "-".join(scales) or None}
    return {}
