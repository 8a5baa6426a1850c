"""Find every known name in a text in one pass (Aho-Corasick), on word boundaries.

Names are stored under their normalised key (``annotator.text.normalize``). A match
must end at the end of a word and start at the start of a word or right after an
Arabic proclitic (و ف ب ل ك and their combinations with ال), and its span is mapped
back to the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from annotator.text.normalize import NormalizedText, normalize_key
from annotator.text.tokens import is_word_char, name_starts

T = TypeVar("T")


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int  # in the original text (code points)
    end: int
    key: str
    payloads: tuple[T, ...]
    normalized_start: int
    normalized_end: int


class NameMatcher(Generic[T]):
    """Many names, each with one or more payloads (what the name refers to)."""

    def __init__(self, names: Iterable[tuple[str, T]]) -> None:
        grouped: dict[str, list[T]] = {}
        for name, payload in names:
            key = normalize_key(name)
            if len(key) >= 2:
                grouped.setdefault(key, []).append(payload)
        self._automaton = ahocorasick.Automaton()
        for key, payloads in grouped.items():
            self._automaton.add_word(key, (key, tuple(payloads)))
            # ل + ال is written لل: index the name without its alef too, for للرقة.
            if key.startswith("ال") and len(key) > 3:
                self._automaton.add_word(key[1:], (key, tuple(payloads)))
        self._size = len(grouped)
        if self._size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find(self, normalized: NormalizedText, *, longest: bool = True) -> list[Match[T]]:
        """Matches in text order; with ``longest``, overlapping shorter ones are dropped."""
        if not self._size:
            return []
        text = normalized.text
        found: list[Match[T]] = []
        for end_index, (key, payloads) in self._automaton.iter(text):
            end = end_index + 1
            length = len(key) if text.startswith(key, end - len(key)) else len(key) - 1
            start = end - length
            if (end < len(text) and is_word_char(text[end])) or not _is_name_start(text, start):
                continue
            first, last = normalized.span(start, end)
            found.append(Match(first, last, key, payloads, start, end))
        return _longest(found) if longest else sorted(found, key=lambda m: (m.start, -m.end))


def _is_name_start(text: str, start: int) -> bool:
    """Whether a name may begin at ``start``: a word's start, or right after a proclitic."""
    if start == 0 or not is_word_char(text[start - 1]):
        return True
    word_start = start - 1
    while word_start > 0 and is_word_char(text[word_start - 1]):
        word_start -= 1
    word_end = start
    while word_end < len(text) and is_word_char(text[word_end]):
        word_end += 1
    return start - word_start in name_starts(text[word_start:word_end])


def _longest(matches: list[Match[T]]) -> list[Match[T]]:
    """Keep the longest of overlapping matches (لواء القدس over القدس)."""
    ordered = sorted(matches, key=lambda m: (-(m.normalized_end - m.normalized_start), m.start))
    taken = bytearray(max((m.normalized_end for m in matches), default=0))
    kept: list[Match[T]] = []
    for match in ordered:
        if any(taken[match.normalized_start : match.normalized_end]):
            continue
        taken[match.normalized_start : match.normalized_end] = b"\x01" * (
            match.normalized_end - match.normalized_start
        )
        kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def iter_keys(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield normalize_key(name)
