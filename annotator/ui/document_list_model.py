"""A read-only list model over the project's document summaries."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.store.documents import DocumentSummary

_Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractListModel):
    """Rows are DocumentSummary dataclasses; the model never touches the database."""

    ExternalIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, documents: list[DocumentSummary] | None = None) -> None:
        super().__init__()
        self._documents: list[DocumentSummary] = list(documents or [])

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> DocumentSummary:
        return self._documents[row]

    def row_of(self, external_id: str) -> int | None:
        for row, document in enumerate(self._documents):
            if document.external_id == external_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return document.title
        if role == Qt.ItemDataRole.ToolTipRole:
            published = document.published.isoformat() if document.published else "no date"
            return f"{document.external_id}\n{published} · {document.length:,} characters"
        if role == self.ExternalIdRole:
            return document.external_id
        if role == Qt.ItemDataRole.TextAlignmentRole and document.language == "ar":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
