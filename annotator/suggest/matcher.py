"""Find every known name in a text in one pass (Aho-Corasick), on word boundaries.

Names are stored under their normalised key (``annotator.text.normalize``). A match
must end at the end of a word and start at the start of a word or right after an
Arabic proclitic (و ف ب ل ك and their combinations with ال), and its span is mapped
back to the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

from annotator.text.normalize import NormalizedText, normalize_key
from annotator.text.tokens import name_starts, text_word_starts, text_words

T = TypeVar("T")


class Match(NamedTuple, Generic[T]):  # a tuple: a long text has thousands of candidates
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
        size = len(text)
        span = normalized.span
        found: list[Match[T]] = []
        for end_index, (key, payloads) in self._automaton.iter(text):
            end = end_index + 1
            if end < size:
                after = text[end]
                if after.isalnum() or after == "_":
                    continue  # not the end of a word
            length = len(key) if text.startswith(key, end - len(key)) else len(key) - 1
            start = end - length
            if start > 0:
                before = text[start - 1]
                if (before.isalnum() or before == "_") and not _after_proclitic(normalized, start):
                    continue
            first, last = span(start, end)
            found.append(Match(first, last, key, payloads, start, end))
        return _longest(found) if longest else sorted(found, key=lambda m: (m.start, -m.end))


def _after_proclitic(normalized: NormalizedText, start: int) -> bool:
    """Whether ``start``, inside a word, follows a proclitic (وبادية: بادية after و)."""
    index = bisect_right(text_word_starts(normalized), start - 1) - 1
    word = text_words(normalized)[index]
    return start - word.start in name_starts(word.text)


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
