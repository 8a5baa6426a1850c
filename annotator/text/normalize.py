"""Arabic text normalised for matching, with a map back to the original code points.

Suggesters match on the normalised text and report spans in the original text: every
normalised character remembers the original index it came from, so a span found in
the normalised text maps back exactly, whatever was removed or folded around it.

What is folded: tashkeel and Quranic marks, tatweel, zero-width and bidi controls
(removed); alef forms to bare alef (not pyarabic's ``normalize_hamza``, which turns
آذار into ءءذار); ta marbuta to ha; alef maqsura to ya; Persian kaf/yeh to Arabic;
Eastern Arabic and Persian digits to ASCII; typographic quotes and guillemets to
ASCII quotes; unusual spaces and the underscore (a hashtag's joined words) to a space;
presentation forms to base letters; Latin to lower case.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")

_REMOVED = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]  # tashkeel: fathatan ... sukun and other marks
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation signs
    + ["\u0640"]  # tatweel
    + [chr(c) for c in range(0x200B, 0x2010)]  # zero-width space/joiners, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings and overrides
    + [chr(c) for c in range(0x2060, 0x206A)]  # word joiner, bidi isolates
    + ["\ufeff", "\u061c", "\u00ad"]  # BOM, Arabic letter mark, soft hyphen
)
_FOLDED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ہ": "ه",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〝": '"', "〞": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
    "\u00a0": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    "_": " ",  # a hashtag's joined words (#يوميات_قذيفة_هاون) are words
}  # fmt: skip
_FOLDED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Eastern Arabic digits
_FOLDED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_FOLDED.update({chr(c): " " for c in range(0x2000, 0x200B)})  # en/em and other spaces


@cache
def _fold(char: str) -> str:
    """What one original character becomes: '', one character, or (ligatures) several."""
    if char in _REMOVED:
        return ""
    if char in _FOLDED:
        return _FOLDED[char]
    code = ord(char)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        composed = unicodedata.normalize("NFKC", char)
        if composed != char:  # NFKC keeps some (ornate parentheses, noncharacters) as they are
            return "".join(_fold(part) for part in composed)
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # a lone surrogate cannot be matched, but keeps its place
    return char.lower() if char.isascii() or char.isupper() else char


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised form of ``original``.

    ``origins[i]`` is the index in ``original`` of the character that normalised
    character ``i`` came from; ``origins[len(text)] == len(original)``.
    """

    original: str
    text: str
    origins: tuple[int, ...]
    # Each character normalised to exactly one (no mark removed, no ligature): the
    # offsets are the same in both texts, and no span needs mapping.
    plain: bool = field(default=False, compare=False)
    # What several suggesters derive from the same text (word lists, views), made once.
    _shared: dict[Callable[..., Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def shared(self, derive: Callable[[NormalizedText], T]) -> T:
        """``derive(self)``, computed on first use and kept with this text."""
        try:
            return cast("T", self._shared[derive])
        except KeyError:
            value = self._shared[derive] = derive(self)
            return value

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised ``text[start:end]``.

        The span ends after the last original character that produced the match and
        the marks written on it (tashkeel), so that a highlight covers the whole word.
        """
        if self.plain:
            return (start, end) if start < end else (start, start)
        if start >= end:
            position = self.origins[start]
            return position, position
        return self.origins[start], self._marks_end(self.origins[end - 1] + 1)

    def _marks_end(self, position: int) -> int:
        while position < len(self.original) and _is_mark(self.original[position]):
            position += 1
        return position

    def normalized_index(self, original_index: int) -> int:
        """The first normalised character at or after an original index."""
        return bisect_right(self.origins, original_index - 1)


@cache
def _is_mark(char: str) -> bool:
    return _fold(char) == "" and unicodedata.category(char) == "Mn"


class _FoldTable(dict[int, str]):
    """``str.translate`` table: code point -> ``_fold`` of it, filled as characters are met.

    It also knows the characters that do not become exactly one character (removed marks,
    ligatures): only around those does the map back to the original need work.
    """

    def __init__(self) -> None:
        super().__init__()
        self._irregular: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        if len(folded) != 1:
            self._irregular.add(chr(code))
            self._pattern = None
        self[code] = folded
        return folded

    def irregular(self) -> re.Pattern[str]:
        """Finds the irregular characters met so far (every one of a text just translated)."""
        if self._pattern is None:
            chars = "".join(re.escape(char) for char in sorted(self._irregular))
            self._pattern = re.compile(f"[{chars}]" if chars else "(?!)")
        return self._pattern


_TABLE = _FoldTable()
for _char in sorted(_REMOVED):  # the common ones, so the pattern is rarely rebuilt
    _TABLE.__missing__(ord(_char))


# Characters that normalise to themselves (checked here): ASCII but capitals, and most of
# the Arabic blocks. A text is folded by replacing only the few others it holds.
_KEPT = "".join(
    char
    for code in (*range(0x80), *range(0x0600, 0x0700), *range(0x0750, 0x0780))
    if _fold(char := chr(code)) == char
)
_MAY_CHANGE = re.compile(f"[^{re.escape(_KEPT)}]")
_MAX_REPLACED = 48  # more distinct characters to fold (a non-Arabic text): translate it
_MAX_REPLACED_TEXT = 200_000  # longer texts are translated: no list of their characters


def _folded(original: str) -> str:
    """``original.translate(_TABLE)``, made faster for Arabic text.

    ``str.translate`` looks every character up in the table; an Arabic text holds only a
    dozen distinct characters that change, each replaced at C speed by ``str.replace``.
    The same result, since what a character folds to never changes again.
    """
    if len(original) > _MAX_REPLACED_TEXT:
        return original.translate(_TABLE)
    distinct = set(_MAY_CHANGE.findall(original))
    if len(distinct) > _MAX_REPLACED:
        return original.translate(_TABLE)
    text = original
    for char in distinct:
        folded = _TABLE[ord(char)]  # (also records an irregular character for the map back)
        if folded != char:
            if not _is_fixed(folded):
                return original.translate(_TABLE)
            text = text.replace(char, folded)
    return text


@cache
def _is_fixed(folded: str) -> bool:
    """Whether normalising ``folded`` again leaves it as it is."""
    return all(_fold(char) == char for char in folded)


def normalize(original: str) -> NormalizedText:
    text = _folded(original)
    origins: list[int] = []
    copied = 0  # origins of original[:copied] are listed
    for match in _TABLE.irregular().finditer(original):
        index = match.start()
        origins.extend(range(copied, index))
        origins.extend([index] * len(_TABLE[ord(original[index])]))
        copied = index + 1
    origins.extend(range(copied, len(original) + 1))
    return NormalizedText(original, text, tuple(origins), plain=not copied)


def normalize_key(text: str) -> str:
    """A lexicon key: the normalised text with runs of spaces collapsed."""
    return " ".join(text.translate(_TABLE).split())  # normalize(text).text, without origins
