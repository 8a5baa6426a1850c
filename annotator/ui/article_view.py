"""The article text, read-only and laid out right to left for Arabic."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.store.documents import DocumentRecord
from annotator.store.suggestions import StoredSuggestion
from annotator.ui.offsets import OffsetMap

# Each kind has its own colour and its own underline, so colour is never the only cue.
_U = QTextCharFormat.UnderlineStyle
KIND_STYLES: dict[str, tuple[str, QTextCharFormat.UnderlineStyle]] = {
    "actor": ("#4c8bf5", _U.SingleUnderline),
    "location": ("#2e9e5b", _U.DashUnderline),
    "casualty": ("#d64545", _U.WaveUnderline),
    "date": ("#b7791f", _U.DotLine),
    "source": ("#8b5cf6", _U.DashDotLine),
    "event_type": ("#0e7490", _U.DashDotDotLine),
}


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

    def show_suggestions(self, suggestions: Sequence[StoredSuggestion]) -> None:
        """Highlight the suggestions; the text itself is never edited to show them."""
        offsets = OffsetMap(self.toPlainText())
        selections = []
        for suggestion in suggestions:
            colour, underline = KIND_STYLES.get(suggestion.kind, ("#777777", _U.SingleUnderline))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(offsets.to_qt(suggestion.start))
            cursor.setPosition(offsets.to_qt(suggestion.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fill = QColor(colour)
            fill.setAlpha(60 + int(90 * max(0.0, min(1.0, suggestion.confidence))))
            selection.format.setBackground(fill)
            selection.format.setUnderlineStyle(underline)
            selection.format.setUnderlineColor(QColor(colour))
            selections.append(selection)
        self.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[str, int, int]]:
        """What is highlighted, in code points: (text, start, end), for checks."""
        text = self.toPlainText()
        offsets = OffsetMap(text)
        spans = []
        for selection in self.extraSelections():
            cursor = selection.cursor
            start = offsets.from_qt(cursor.selectionStart())
            end = offsets.from_qt(cursor.selectionEnd())
            spans.append((text[start:end], start, end))
        return spans

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
        self.setExtraSelections([])
