"""A read-only list model over the coder's events of the open document."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from annotator.services.coding import CodedEvent

_Index = QModelIndex | QPersistentModelIndex
_STATUS_MARKS = {"draft": "✎", "submitted": "✔", "gold": "★"}
_STATUS_CONTEXT = "EventStatus"
# The statuses an event has, as the tooltip shows them; lupdate reads them here.
_STATUS_WORDS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("EventStatus", "draft"),
    QT_TRANSLATE_NOOP("EventStatus", "submitted"),
    QT_TRANSLATE_NOOP("EventStatus", "gold"),
    QT_TRANSLATE_NOOP("EventStatus", "reference"),
)


class EventListModel(QAbstractListModel):
    """Rows are CodedEvent records; the model never touches the database."""

    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._events: list[CodedEvent] = []
        self._problems: dict[int, int] = {}

    def set_events(self, events: list[CodedEvent], problems: dict[int, int] | None = None) -> None:
        """``problems``: event id -> how many codebook problems it has."""
        self.beginResetModel()
        self._events = list(events)
        self._problems = dict(problems or {})
        self.endResetModel()

    def event_at(self, row: int) -> CodedEvent:
        return self._events[row]

    def row_of(self, event_id: int) -> int | None:
        return next((row for row, e in enumerate(self._events) if e.id == event_id), None)

    def events(self) -> list[CodedEvent]:
        return list(self._events)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = _STATUS_MARKS.get(event.status, "")
            problems = self._problems.get(event.id, 0)
            warning = f"  ⚠ {problems}" if problems else ""
            return f"{mark} {event.label()}{warning}"
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems.get(event.id, 0)
            status = QCoreApplication.translate(_STATUS_CONTEXT, event.status)
            return self.tr("{0}; {1} problem(s) with the codebook").format(status, problems)
        if role == self.EventIdRole:
            return event.id
        return None
