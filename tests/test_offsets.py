"""Code-point offsets and Qt positions agree, around emoji and Eastern Arabic digits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.ui.offsets import OffsetMap

TEXT = "قتل ٣ عناصر 😢\nوأصيب ١٢ آخرون 🕊️ في تدمر"


def _qt_selection(text: str, start: int, end: int) -> str:
    document = QTextDocument()
    document.setPlainText(text)
    offsets = OffsetMap(text)
    cursor = QTextCursor(document)
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")  # Qt's paragraph separator


def test_spans_after_emoji_and_newlines_select_the_same_characters() -> None:
    for word in ("٣", "😢", "١٢", "🕊️", "تدمر", "وأصيب"):
        start = TEXT.index(word)
        assert _qt_selection(TEXT, start, start + len(word)) == word


def test_positions_map_back() -> None:
    offsets = OffsetMap(TEXT)
    for offset in range(len(TEXT) + 1):
        assert offsets.from_qt(offsets.to_qt(offset)) == offset


@given(st.text(alphabet=st.sampled_from(list("ابت ٣\n😢🕊️a")), max_size=40), st.data())
def test_any_span_selects_its_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _qt_selection(text, start, end) == text[start:end]
