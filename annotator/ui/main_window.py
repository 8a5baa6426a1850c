"""The main window: the project's articles on one side, the open article on the other."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.store.database import Project
from annotator.store.documents import get_document, list_documents
from annotator.ui.article_view import ArticleView
from annotator.ui.document_list_model import DocumentListModel


class MainWindow(QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self._project = project
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
        count = self.documents.rowCount()
        self.statusBar().showMessage(f"{count} article(s) in {project.display_name}")

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
        if document is None:
            self.title.clear()
            self.details.clear()
            return
        right_to_left = document.language == "ar"
        alignment = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        self.title.setText(document.title)
        self.title.setAlignment(alignment)
        parts = [document.external_id]
        if document.published:
            parts.append(document.published.isoformat())
        if document.source:
            parts.append(document.source)
        self.details.setText(" · ".join(parts))
