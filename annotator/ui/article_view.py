"""The article text, read-only and laid out right to left for Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.store.documents import DocumentRecord


class ArticleView(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Article text")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)

    def show_document(self, document: DocumentRecord | None) -> None:
        right_to_left = document is not None and document.language == "ar"
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        # Leading edge: the right edge for right-to-left paragraphs (Qt swaps it).
        alignment = Qt.AlignmentFlag.AlignLeading
        option = QTextOption()
        option.setTextDirection(direction)
        option.setAlignment(alignment)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPlainText(document.text if document else "")
        # Every paragraph (block) carries its own direction: set it on all of them.
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(direction)
        block_format.setAlignment(alignment)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block_format)
