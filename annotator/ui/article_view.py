"""The article text, read-only and laid out right to left, with its suggestions highlighted.

Keyboard first: Tab / J moves to the next suggestion, Shift+Tab / K to the previous,
Enter / A accepts it, X / Delete rejects it. Pending, accepted and rejected suggestions
look different, and hovering one shows its resolved value.

Signals: decided(int index, str decision) when the coder accepts or rejects the
suggestion at ``index``; current_changed(int index).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.store.documents import DocumentRecord
from annotator.store.suggestions import StoredSuggestion
from annotator.suggest.describe import describe_value
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
_NEXT = {Qt.Key.Key_Tab, Qt.Key.Key_J}
_PREVIOUS = {Qt.Key.Key_Backtab, Qt.Key.Key_K}
_ACCEPT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A}
_REJECT = {Qt.Key.Key_X, Qt.Key.Key_Delete}
_CURRENT_COLOUR = "#ffd54f"


class ArticleView(QTextEdit):
    decided = Signal(int, str)
    current_changed = Signal(int)

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
        self._suggestions: list[StoredSuggestion] = []
        self._decisions: dict[int, str] = {}
        self._current: int | None = None
        self._current_since = time.monotonic()
        self._offsets = OffsetMap("")
        self.viewport().installEventFilter(self)

    # --- suggestions ----------------------------------------------------------------------

    def show_suggestions(
        self,
        suggestions: Sequence[StoredSuggestion],
        decisions: Mapping[int, str] | None = None,
    ) -> None:
        """Highlight the suggestions; the text itself is never edited to show them."""
        self._suggestions = list(suggestions)
        self._decisions = dict(decisions or {})
        self._current = None
        self._repaint()

    def suggestion_at(self, index: int) -> StoredSuggestion:
        return self._suggestions[index]

    @property
    def suggestion_count(self) -> int:
        return len(self._suggestions)

    @property
    def current_index(self) -> int | None:
        return self._current

    def milliseconds_on_current(self) -> int:
        """How long the current suggestion has been looked at: the time a decision took."""
        return int((time.monotonic() - self._current_since) * 1000)

    def set_decision(self, index: int, decision: str) -> None:
        self._decisions[self._suggestions[index].id] = decision
        self._repaint()

    def decision_of(self, index: int) -> str:
        return self._decisions.get(self._suggestions[index].id, "pending")

    def move_to(self, index: int) -> None:
        if not self._suggestions:
            return
        self._current = index % len(self._suggestions)
        self._current_since = time.monotonic()
        suggestion = self._suggestions[self._current]
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(suggestion.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._repaint()
        self.current_changed.emit(self._current)

    def _repaint(self) -> None:
        self._offsets = OffsetMap(self.toPlainText())
        selections = []
        for index, suggestion in enumerate(self._suggestions):
            decision = self._decisions.get(suggestion.id, "pending")
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(suggestion.start))
            cursor.setPosition(self._offsets.to_qt(suggestion.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = _format(suggestion, decision, current=index == self._current)
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

    # --- keys and hover ---------------------------------------------------------------------

    def focusNextPrevChild(self, next_child: bool) -> bool:
        # Tab and Shift+Tab move between suggestions while there are any.
        if self._suggestions:
            return False
        return super().focusNextPrevChild(next_child)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if self._suggestions and plain:
            if key in _NEXT:
                self.move_to(0 if self._current is None else self._current + 1)
                return
            if key in _PREVIOUS:
                self.move_to(-1 if self._current is None else self._current - 1)
                return
            if key in _ACCEPT | _REJECT and self._current is not None:
                self.decided.emit(self._current, "accepted" if key in _ACCEPT else "rejected")
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            found = self._suggestion_under(event.pos().x(), event.pos().y())
            if found is None:
                QToolTip.hideText()
            else:
                text = describe_value(found.kind, found.value)
                QToolTip.showText(event.globalPos(), f"{found.kind}: {text}", self)
            return True
        return super().eventFilter(watched, event)

    def _suggestion_under(self, x: int, y: int) -> StoredSuggestion | None:
        offset = self._offsets.from_qt(self.cursorForPosition(QPoint(x, y)).position())
        for suggestion in self._suggestions:
            if suggestion.start <= offset < suggestion.end:
                return suggestion
        return None

    # --- the document ---------------------------------------------------------------------------

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
        self.show_suggestions([])


def _format(suggestion: StoredSuggestion, decision: str, *, current: bool) -> QTextCharFormat:
    colour, underline = KIND_STYLES.get(suggestion.kind, ("#777777", _U.SingleUnderline))
    text_format = QTextCharFormat()
    fill = QColor(_CURRENT_COLOUR if current else colour)
    if decision == "rejected":
        fill = QColor("#9e9e9e")
        fill.setAlpha(50)
        text_format.setFontStrikeOut(True)
    elif decision in ("accepted", "edited"):
        fill.setAlpha(200)
        text_format.setFontWeight(700)
    else:
        fill.setAlpha(60 + int(90 * max(0.0, min(1.0, suggestion.confidence))))
    text_format.setBackground(fill)
    text_format.setUnderlineStyle(underline)
    text_format.setUnderlineColor(QColor(colour))
    return text_format
