"""The one place where Python offsets become Qt text positions.

The domain counts code points in the original text. A QTextDocument counts UTF-16
code units, and turns each newline into a block break that also counts one position.
So a position is the code-point offset plus one for every character beyond the Basic
Multilingual Plane (an emoji takes two UTF-16 units) before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


class OffsetMap:
    """Converts code-point offsets of one text to Qt positions and back."""

    def __init__(self, text: str) -> None:
        # Code-point indices of the characters that take two UTF-16 units.
        self._wide: Sequence[int] = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        self._length = len(text)

    def to_qt(self, offset: int) -> int:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} is outside the text (0-{self._length})")
        return offset + bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        """The code-point offset of a Qt position (inside an emoji: the emoji's start)."""
        low, high = 0, self._length
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low
