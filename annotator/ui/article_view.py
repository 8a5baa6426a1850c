"""The article text, read-only and laid out right to left, with its spans highlighted.

Keyboard first: Tab / J moves to the next span, Shift+Tab / K to the previous,
Enter / A accepts it, X / Delete rejects it, 1-6 change its kind, E edits its value,
L links it to the selected event, N asks for a new event from the current sentence.
With text selected (mouse or Shift+arrows), 1-6 add a span of that kind, snapped to
whole words; holding Alt keeps the exact characters. Pending, accepted and rejected
spans look different, and hovering one shows its resolved value. Ctrl+wheel zooms.

Signals:
    decided(int index, str decision): accept or reject the span at ``index``.
    kind_requested(int index, str kind): give the span at ``index`` another kind.
    span_requested(str kind, int start, int end): add a span (code points, snapped).
    edit_requested(int index): edit the value of the span at ``index``.
    link_requested(int index): use the span at ``index`` as evidence of the event.
    new_event_requested(int position): a new event from the sentence at ``position``.
    current_changed(int index); zoom_changed(int steps).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.services.spans import PENDING, SpanState, snap_to_words
from annotator.store.documents import DocumentRecord
from annotator.suggest.describe import describe_value
from annotator.ui.offsets import OffsetMap

# Each kind has its own colour and its own underline, so colour is never the only cue.
# The colours are the Okabe-Ito palette, told apart by people with colour-blindness.
_U = QTextCharFormat.UnderlineStyle
KIND_STYLES: dict[str, tuple[str, QTextCharFormat.UnderlineStyle]] = {
    "actor": ("#0072b2", _U.SingleUnderline),
    "location": ("#009e73", _U.DashUnderline),
    "casualty": ("#d55e00", _U.WaveUnderline),
    "date": ("#e69f00", _U.DotLine),
    "source": ("#cc79a7", _U.DashDotLine),
    "event_type": ("#56b4e9", _U.DashDotDotLine),
}
# The kind keys 1-6, in this order.
KIND_ORDER = ("actor", "location", "casualty", "date", "source", "event_type")
ARABIC_FONTS = ["Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New",
                "Arial", "Tahoma", "DejaVu Sans", "Noto Color Emoji"]  # fmt: skip
_KIND_KEYS = {getattr(Qt.Key, f"Key_{n}"): kind for n, kind in enumerate(KIND_ORDER, start=1)}
_NEXT = {Qt.Key.Key_Tab, Qt.Key.Key_J}
_PREVIOUS = {Qt.Key.Key_Backtab, Qt.Key.Key_K}
_ACCEPT = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A}
_REJECT = {Qt.Key.Key_X, Qt.Key.Key_Delete}
_CURRENT_COLOUR = "#ffd54f"
_FLASH_COLOUR = "#ff4081"
FLASH_MILLISECONDS = 1500
MAX_ZOOM_STEPS = 12


class ArticleView(QTextEdit):
    decided = Signal(int, str)
    kind_requested = Signal(int, str)
    span_requested = Signal(str, int, int)
    edit_requested = Signal(int)
    link_requested = Signal(int)
    new_event_requested = Signal(int)
    current_changed = Signal(int)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Article text"))
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.font())
        font.setFamilies(ARABIC_FONTS)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self._spans: list[SpanState] = []
        self._current: int | None = None
        self._current_since = time.monotonic()
        self._offsets = OffsetMap("")
        self._flashed: list[tuple[int, int]] = []
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)
        self._zoom = 0
        self._uses: dict[int, list[str]] = {}
        self.viewport().installEventFilter(self)

    # --- spans ----------------------------------------------------------------------------

    def show_spans(self, spans: Sequence[SpanState]) -> None:
        """Highlight the spans (the text itself is never edited to show them).

        The current span stays current when it is still there (after a decision).
        """
        key = self._spans[self._current].key if self._current is not None else None
        self._spans = list(spans)
        self._current = next((i for i, s in enumerate(self._spans) if s.key == key), None)
        self._repaint()

    def span_at(self, index: int) -> SpanState:
        return self._spans[index]

    def index_of(self, key: str) -> int | None:
        return next((i for i, span in enumerate(self._spans) if span.key == key), None)

    @property
    def span_count(self) -> int:
        return len(self._spans)

    @property
    def current_index(self) -> int | None:
        return self._current

    def current_span(self) -> SpanState | None:
        return self._spans[self._current] if self._current is not None else None

    def milliseconds_on_current(self) -> int:
        """How long the current span has been looked at: the time a decision took."""
        return int((time.monotonic() - self._current_since) * 1000)

    def decision_of(self, index: int) -> str:
        return self._spans[index].decision

    def move_to(self, index: int) -> None:
        if not self._spans:
            return
        self._current = index % len(self._spans)
        self._current_since = time.monotonic()
        span = self._spans[self._current]
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._repaint()
        self.current_changed.emit(self._current)

    def move_to_key(self, key: str) -> bool:
        index = self.index_of(key)
        if index is None:
            return False
        self.move_to(index)
        return True

    def set_evidence_uses(self, uses: dict[int, list[str]]) -> None:
        """annotation id -> the event fields it is evidence for, shown when hovering."""
        self._uses = uses

    def flash(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Show where evidence is for a moment, scrolled into view."""
        self._flashed = [(start, end) for start, end in ranges if 0 <= start < end]
        if self._flashed:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(self._flashed[0][0]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            self._flash_timer.start(FLASH_MILLISECONDS)
        self._repaint()

    def flashed_ranges(self) -> list[tuple[int, int]]:
        return list(self._flashed)

    def _on_flash_timer_timeout(self) -> None:
        self._flashed = []
        self._repaint()

    def _repaint(self) -> None:
        selections = []
        for index, span in enumerate(self._spans):
            selections.append(
                self._selection(span.start, span.end, _format(span, current=index == self._current))
            )
        for start, end in self._flashed:
            flash = QTextCharFormat()
            flash.setBackground(QColor(_FLASH_COLOUR))
            flash.setForeground(QColor("#ffffff"))
            selections.append(self._selection(start, end, flash))
        self.setExtraSelections(selections)

    def _selection(
        self, start: int, end: int, text_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = text_format
        return selection

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

    def selected_range(self) -> tuple[int, int] | None:
        """The coder's selection in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._offsets.from_qt(cursor.selectionStart()),
            self._offsets.from_qt(cursor.selectionEnd()),
        )

    def cursor_offset(self) -> int:
        return self._offsets.from_qt(self.textCursor().position())

    # --- zoom -------------------------------------------------------------------------------

    @property
    def zoom_steps(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(-MAX_ZOOM_STEPS // 2, min(MAX_ZOOM_STEPS, steps))
        if steps != self._zoom:
            self.zoomIn(steps - self._zoom)
            self._zoom = steps
            self.zoom_changed.emit(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom + (1 if event.angleDelta().y() > 0 else -1))
            return
        super().wheelEvent(event)

    # --- keys and hover ---------------------------------------------------------------------

    def focusNextPrevChild(self, next_child: bool) -> bool:
        # Tab and Shift+Tab move between spans while there are any.
        if self._spans:
            return False
        return super().focusNextPrevChild(next_child)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        plain = not modifiers & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        alt_only = modifiers & ~Qt.KeyboardModifier.KeypadModifier == (
            Qt.KeyboardModifier.AltModifier
        )
        if key in _KIND_KEYS and (plain or alt_only) and self.apply_kind(_KIND_KEYS[key], alt_only):
            return
        if plain and self._command_key(key):
            return
        super().keyPressEvent(event)

    def apply_kind(self, kind: str, exact: bool = False) -> bool:
        """1-6: add a span of this kind over the selection, or re-kind the current span."""
        selected = self.selected_range()
        if selected is not None:
            start, end = snap_to_words(self.toPlainText(), *selected, exact=exact)
            if start < end:
                self.span_requested.emit(kind, start, end)
            return True
        if self._current is not None:
            self.kind_requested.emit(self._current, kind)
            return True
        return False

    def _command_key(self, key: Qt.Key) -> bool:
        if key == Qt.Key.Key_N:
            span = self.current_span()
            self.new_event_requested.emit(span.start if span else self.cursor_offset())
            return True
        if not self._spans:
            return False
        if key in _NEXT:
            self.move_to(0 if self._current is None else self._current + 1)
        elif key in _PREVIOUS:
            self.move_to(-1 if self._current is None else self._current - 1)
        elif self._current is None:
            return False
        elif key in _ACCEPT | _REJECT:
            self.decided.emit(self._current, "accepted" if key in _ACCEPT else "rejected")
        elif key == Qt.Key.Key_E:
            self.edit_requested.emit(self._current)
        elif key == Qt.Key.Key_L:
            self.link_requested.emit(self._current)
        else:
            return False
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        # A click (not a drag that selects text) on a span makes it the current one.
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            found = self._span_under(event.position().toPoint().x(), event.position().toPoint().y())
            if found is not None:
                self.move_to(self._spans.index(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            found = self._span_under(event.pos().x(), event.pos().y())
            if found is None:
                QToolTip.hideText()
            else:
                text = describe_span(found)
                uses = self._uses.get(found.annotation_id or -1)
                if uses:
                    text += "\n" + self.tr("Evidence for %s") % ", ".join(uses)
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().eventFilter(watched, event)

    def _span_under(self, x: int, y: int) -> SpanState | None:
        offset = self._offsets.from_qt(self.cursorForPosition(QPoint(x, y)).position())
        for span in self._spans:
            if span.start <= offset < span.end:
                return span
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
        # Empty first: a new text option would otherwise lay out the previous article again.
        self.clear()
        self.document().setDefaultTextOption(option)
        # Plain text always: imported markup is never interpreted, nothing is loaded.
        text = document.text if document else ""
        self.setPlainText(text)
        self._offsets = OffsetMap(text)
        # Every paragraph (block) carries its own direction: set it on all of them.
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(direction)
        block_format.setAlignment(alignment)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block_format)
        self._flashed = []
        self._spans = []
        self._current = None
        self._repaint()


def describe_span(span: SpanState) -> str:
    state = "" if span.decision == PENDING else f" [{span.decision}]"
    return f"{span.kind}: {describe_value(span.kind, span.value)}{state}"


def _format(span: SpanState, *, current: bool) -> QTextCharFormat:
    colour, underline = KIND_STYLES.get(span.kind, ("#777777", _U.SingleUnderline))
    text_format = QTextCharFormat()
    fill = QColor(_CURRENT_COLOUR if current else colour)
    if span.decision == "rejected":
        fill = QColor("#9e9e9e")
        fill.setAlpha(50)
        text_format.setFontStrikeOut(True)
    elif span.confirmed:
        fill.setAlpha(200)
        text_format.setFontWeight(700)
    else:
        fill.setAlpha(60 + int(90 * max(0.0, min(1.0, span.confidence))))
    text_format.setBackground(fill)
    text_format.setUnderlineStyle(underline)
    text_format.setUnderlineColor(QColor(colour))
    return text_format
