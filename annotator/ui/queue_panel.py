"""The coder's queue as a searchable, filterable table, with progress underneath.

``QueueModel`` adapts a list of ``QueueItem`` dataclasses (it never touches the
database); ``QueueFilterProxy`` filters it by a search text and a status;
``QueuePanel`` puts both on screen with a search box, a status filter and a progress bar.
Status is shown as a symbol and a word, never by colour alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.services.queue import STATUS_LABELS, STATUSES, QueueItem, queue_progress
from annotator.text.normalize import normalize_key
from annotator.ui.accessible import named

_Index = QModelIndex | QPersistentModelIndex

STATUS_SYMBOLS = {"todo": "○", "in_progress": "◐", "submitted": "●"}
_STATUS_CONTEXT = "QueueStatus"
# STATUS_LABELS lives in the Qt-free service layer; these lines let lupdate see its words,
# which are translated at display time (tests check the two lists stay the same).
_STATUS_WORDS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("QueueStatus", "To do"),
    QT_TRANSLATE_NOOP("QueueStatus", "In progress"),
    QT_TRANSLATE_NOOP("QueueStatus", "Submitted"),
)


def status_text(status: str) -> str:
    """The status as a symbol and a translated word, e.g. "◐ In progress"."""
    label = QCoreApplication.translate(_STATUS_CONTEXT, STATUS_LABELS.get(status, status))
    return f"{STATUS_SYMBOLS.get(status, '?')} {label}"


def _right_to_left(text: str, language: str) -> bool:
    """Whether the text reads right to left: its first strong character, else its language."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return language == "ar"


class QueueModel(QAbstractTableModel):
    """Rows are QueueItems in queue order; columns Title, Status, Events, Published."""

    TITLE, STATUS, EVENTS, PUBLISHED = range(4)
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, items: list[QueueItem] | None = None) -> None:
        super().__init__()
        self._items: list[QueueItem] = []
        self._search_keys: list[str] = []
        self.set_items(items or [])

    def set_items(self, items: list[QueueItem]) -> None:
        """Show these items; the same documents in the same order only refresh the cells."""
        items = list(items)
        keys = [normalize_key(f"{item.title} {item.external_id}").casefold() for item in items]
        same_rows = [item.document_id for item in items] == [
            item.document_id for item in self._items
        ]
        if same_rows and items:
            self._items, self._search_keys = items, keys
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(items) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._items, self._search_keys = items, keys
        self.endResetModel()

    def update_item(self, item: QueueItem) -> bool:
        """Replace the row of ``item``'s document (its status or event count changed)."""
        row = self.row_of(item.document_id)
        if row is None:
            return False
        self._items[row] = item
        self._search_keys[row] = normalize_key(f"{item.title} {item.external_id}").casefold()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def items(self) -> list[QueueItem]:
        return list(self._items)

    def item_at(self, row: int) -> QueueItem:
        return self._items[row]

    def search_key(self, row: int) -> str:
        """Title and external id, normalised (Arabic folded, Latin case-folded) for search."""
        return self._search_keys[row]

    def row_of(self, document_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.document_id == document_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            # Screen readers say the word, not the symbol's name.
            return QCoreApplication.translate(_STATUS_CONTEXT, STATUS_LABELS.get(item.status, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.TITLE and _right_to_left(item.title, item.language):
                # Absolute: right stays right when the interface is laid out right to left.
                return int(
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter
                )
            if column == self.EVENTS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == self.DocumentIdRole:
            return item.document_id
        if role == self.SortRole:
            return self._sort_key(item, column)
        return None

    def _display(self, item: QueueItem, column: int) -> object:
        if column == self.TITLE:
            return item.title
        if column == self.STATUS:
            return status_text(item.status)
        if column == self.EVENTS:
            return item.events
        return item.published.isoformat() if item.published else "—"

    def _sort_key(self, item: QueueItem, column: int) -> object:
        if column == self.TITLE:
            return item.title.casefold()
        if column == self.STATUS:
            return STATUSES.index(item.status) if item.status in STATUSES else len(STATUSES)
        if column == self.EVENTS:
            return item.events
        return item.published.isoformat() if item.published else ""

    def _tooltip(self, item: QueueItem) -> str:
        source = item.source or self.tr("unknown source")
        return self.tr("ID: {external_id}\nSource: {source}").format(
            external_id=item.external_id, source=source
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Title"), self.tr("Status"), self.tr("Events"), self.tr("Published"))
        return names[section] if 0 <= section < len(names) else None


class QueueFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose title or external id contains the search text, of one status."""

    def __init__(self) -> None:
        super().__init__()
        self._search = ""
        self._status: str | None = None
        self.setSortRole(QueueModel.SortRole)

    def set_search(self, text: str) -> None:
        key = normalize_key(text).casefold()
        if key != self._search:
            self._begin_filter_change()
            self._search = key
            self._end_filter_change()

    def set_status(self, status: str | None) -> None:
        """Only rows of this status (one of STATUSES); None shows every status."""
        if status != self._status:
            self._begin_filter_change()
            self._status = status
            self._end_filter_change()

    def _begin_filter_change(self) -> None:
        if hasattr(QSortFilterProxyModel, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(QSortFilterProxyModel, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, QueueModel):
            return False
        if self._status is not None and model.item_at(source_row).status != self._status:
            return False
        return self._search in model.search_key(source_row)


class QueuePanel(QWidget):
    """The queue: search box, status filter, table of documents and progress.

    Signals: document_activated(int document_id) when the current row moves to another
    document, by the coder (click, arrow keys) or by ``select_document``; not when
    ``set_items`` or filtering merely keeps or hides the current document.
    """

    document_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: int | None = None
        self._quiet = False
        self.model = QueueModel()
        self.proxy = QueueFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.search = named(QLineEdit(), self.tr("Search the queue"))
        self.search.setPlaceholderText(self.tr("Search title or ID"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.status_filter = named(QComboBox(), self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)

        self.table = named(QTableView(), self.tr("Document queue"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: sizing to contents would measure every row of a
        # large queue on each change.
        metrics = self.table.fontMetrics()
        widths = {QueueModel.STATUS: "◐ In progress", QueueModel.EVENTS: "Events",
                  QueueModel.PUBLISHED: "2024-12-31"}  # fmt: skip
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        # Queue order until the coder sorts by a header; a third click goes back to it.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed
        )

        self.progress_label = named(QLabel(), self.tr("Queue progress"))
        self.progress_bar = named(QProgressBar(), self.tr("Submitted documents"))
        self.progress_bar.setFormat(self.tr("%v of %m"))

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self.progress_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress)
        self._show_progress()

    # --- API ------------------------------------------------------------------------------

    def set_items(self, items: list[QueueItem]) -> None:
        """Show these items, keeping the current document when it is still in the queue."""
        with self._quietly():
            self.model.set_items(items)
            if self._chosen is not None and self.model.row_of(self._chosen) is None:
                self._chosen = None
            self._restore_current()
        self._show_progress()

    def update_item(self, item: QueueItem) -> None:
        """One document's row changed (a decision, an event, a submission)."""
        with self._quietly():
            if self.model.update_item(item):
                self._restore_current()
        self._show_progress()

    def select_document(self, document_id: int) -> bool:
        """Make this document current (clearing filters that hide it); False if not queued."""
        source_row = self.model.row_of(document_id)
        if source_row is None:
            return False
        if not self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid():
            self.clear_filters()
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_document_id(self) -> int | None:
        """The document last made current, while it is in the queue (even if filtered out)."""
        return self._chosen

    def clear_filters(self) -> None:
        with self._quietly():
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self._restore_current()

    def focus_search(self) -> None:
        """For the desk's Ctrl+F: put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_document_ids(self) -> list[int]:
        """The documents the table shows, top to bottom."""
        return [
            int(self.proxy.index(row, 0).data(QueueModel.DocumentIdRole))
            for row in range(self.proxy.rowCount())
        ]

    # --- internals ------------------------------------------------------------------------

    def _restore_current(self) -> None:
        """Put the table's current row back on the chosen document, or on no row."""
        with self._quietly():
            selection = self.table.selectionModel()
            row = None if self._chosen is None else self.model.row_of(self._chosen)
            index = (
                QModelIndex() if row is None else self.proxy.mapFromSource(self.model.index(row, 0))
            )
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                selection.clear()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Current-row changes inside are bookkeeping, not the coder's: no signal."""
        was_quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was_quiet

    def _show_progress(self) -> None:
        progress = queue_progress(self.model.items())
        self.progress_label.setText(
            self.tr("{submitted} of {total} submitted, {in_progress} in progress").format(
                submitted=progress.submitted,
                total=progress.total,
                in_progress=progress.in_progress,
            )
        )
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.submitted)

    def _on_search_text_changed(self, text: str) -> None:
        with self._quietly():
            self.proxy.set_search(text)
            self._restore_current()

    def _on_search_return_pressed(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_status_filter_changed(self, _position: int) -> None:
        with self._quietly():
            self.proxy.set_status(self.status_filter.currentData())
            self._restore_current()

    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if self._quiet or not current.isValid():
            return
        document_id = int(current.data(QueueModel.DocumentIdRole))
        if document_id != self._chosen:
            self._chosen = document_id
            self.document_activated.emit(document_id)
