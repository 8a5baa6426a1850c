"""Find every known name in a text in one pass (Aho-Corasick), on word boundaries.

Names are stored under their normalised key (``annotator.text.normalize``). A match
must end at the end of a word and start at the start of a word or right after an
Arabic proclitic (و ف ب ل ك and their combinations with ال), and its span is mapped
back to the original text.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import count
from operator import itemgetter, sub
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from annotator.text.normalize import NormalizedText, normalize_key
from annotator.text.tokens import PROCLITICS, name_starts

T = TypeVar("T")
_LONGEST_PROCLITIC = max(map(len, PROCLITICS))
_WORD_CHARS = re.compile(r"\w*")
# The letters and digits that end a text: searched in the few characters before a name
# found inside a word, for the proclitic it may follow.
_TRAILING_WORD_CHARS = re.compile(r"\w+\Z")
# What may come before a name inside its word: a proclitic, or one without the article
# ال that ends it (و of وال, the name then starting on its ال); see name_starts.
_PROCLITIC_PREFIXES = frozenset(PROCLITICS) | frozenset(
    proclitic[:-2] for proclitic in PROCLITICS if proclitic.endswith("ال") and len(proclitic) > 2
)
# The letters a name may follow inside a word: the last of a proclitic, or the one before
# the article ال that ends one (و of وال).
_PROCLITIC_ENDS = frozenset(
    {proclitic[-1] for proclitic in PROCLITICS}
    | {proclitic[-3] for proclitic in PROCLITICS if proclitic.endswith("ال") and len(proclitic) > 2}
)


class Match(NamedTuple, Generic[T]):  # a tuple: a long text has thousands of candidates
    start: int  # in the original text (code points)
    end: int
    key: str
    payloads: tuple[T, ...]
    normalized_start: int
    normalized_end: int


# Makes a Match from a tuple of its fields without running Python code (a NamedTuple's
# own constructor is a Python function).
_new_match: Callable[[tuple[int, int, str, tuple[Any, ...], int, int]], Match[Any]] = partial(
    tuple.__new__, Match
)
_START = itemgetter(0)  # of a Match
_NORMALIZED_START = itemgetter(4)
_NORMALIZED_END = itemgetter(5)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a matcher (or a gazetteer) is built.

    Building makes 100,000s of objects, none of them garbage; each batch would start a
    collection that walks every object of the process (the places already made too),
    which took longer than the building itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class NameMatcher(Generic[T]):
    """Many names, each with one or more payloads (what the name refers to)."""

    def __init__(self, names: Iterable[tuple[str, T]]) -> None:
        with collector_paused():
            self._build(names)

    def _build(self, names: Iterable[tuple[str, T]]) -> None:
        grouped: dict[str, list[T]] = {}
        for name, payload in names:
            key = normalize_key(name)
            if len(key) >= 2:
                grouped.setdefault(key, []).append(payload)
        # The text looked for -> (the name's key, payloads, whether the text is the key).
        entries: dict[str, tuple[str, tuple[T, ...], bool]] = {
            key: (key, tuple(payloads), True) for key, payloads in grouped.items()
        }
        # ل + ال is written لل: index the name without its alef too, for للرقة; never in
        # place of a name written so (لندن is London, not الندن without its alef).
        for key, (_key, payloads, _whole) in list(entries.items()):
            if key.startswith("ال") and len(key) > 3:
                entries.setdefault(key[1:], (key, payloads, False))
        # The automaton holds each entry's index (plain integers are stored in C, and
        # added by map without a Python loop: a world gazetteer has 100,000s of names).
        self._values = list(entries.values())
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for _added in map(self._automaton.add_word, entries, range(len(self._values))):
            pass
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
        plain = normalized.plain
        values = self._values
        found: list[Match[T]] = []
        # Each hit is checked inline (no call): most end inside a word, most of the rest
        # do not start one.
        for end_index, index in self._automaton.iter(text):
            end = end_index + 1
            if end < size:
                after = text[end]
                if after.isalnum() or after == "_":
                    continue  # not the end of a word
            key, payloads, whole = values[index]
            if whole:  # the key itself was found
                start = end - len(key)
                if start:
                    before = text[start - 1]
                    if before in _PROCLITIC_ENDS:  # a letter a proclitic ends with
                        if not _after_proclitic(text, start):
                            continue
                    elif before.isalnum() or before == "_":
                        continue  # inside a word, after no proclitic
            else:
                start = _name_start(text, key, end)
                if start < 0:
                    continue
            first, last = (start, end) if plain else span(start, end)
            found.append(_new_match((first, last, key, payloads, start, end)))
        return _ordered(found, longest)


class MatcherGroup:
    """Several name matchers in one automaton: one pass over a text serves them all.

    ``find`` returns, for each matcher, what its own ``find`` would (with the
    ``longest`` given for it).
    """

    def __init__(self, matchers: Sequence[NameMatcher[Any]], longest: Sequence[bool]) -> None:
        self._longest = tuple(longest)
        merged: dict[str, list[tuple[int, str, tuple[Any, ...], bool]]] = {}
        for group, matcher in enumerate(matchers):
            for word, entry in matcher._automaton.items():
                merged.setdefault(word, []).append((group, *matcher._values[entry]))
        self._automaton = ahocorasick.Automaton()
        for word, entries in merged.items():
            self._automaton.add_word(word, tuple(entries))
        if merged:
            self._automaton.make_automaton()
        self._empty = not merged

    def find(self, normalized: NormalizedText) -> list[list[Match[Any]]]:
        found: list[list[Match[Any]]] = [[] for _ in self._longest]
        if self._empty:
            return found
        text = normalized.text
        size = len(text)
        span = normalized.span
        plain = normalized.plain
        # Each name checked as in NameMatcher.find.
        for end_index, entries in self._automaton.iter(text):
            end = end_index + 1
            if end < size:
                after = text[end]
                if after.isalnum() or after == "_":
                    continue  # not the end of a word
            for index, key, payloads, whole in entries:
                if whole:
                    start = end - len(key)
                    if start:
                        before = text[start - 1]
                        if before in _PROCLITIC_ENDS:
                            if not _after_proclitic(text, start):
                                continue
                        elif before.isalnum() or before == "_":
                            continue
                else:
                    start = _name_start(text, key, end)
                    if start < 0:
                        continue
                first, last = (start, end) if plain else span(start, end)
                found[index].append(_new_match((first, last, key, payloads, start, end)))
        return [
            _ordered(matches, longest)
            for matches, longest in zip(found, self._longest, strict=True)
        ]


def _ordered(found: list[Match[T]], longest: bool) -> list[Match[T]]:
    return _longest(found) if longest else sorted(found, key=lambda m: (m.start, -m.end))


def _name_start(text: str, key: str, end: int) -> int:
    """Where a name found ending at ``end`` starts, or -1 if that is not a word's start.

    A name starts at a word's start or right after a proclitic; a key with ال matched
    without its alef takes the ل it merged with (للرقة is the whole name: its article
    cannot be told from the preposition).
    """
    length = len(key)
    if text.startswith(key, end - length):
        start = end - length
    else:
        # Without its alef the key is found only after the ل it merged with: لنظام
        # alone is ل + نظام without the article (لنظام وقف النار), not النظام.
        start = end - length + 1
        if text[start - 1 : start] == "ل" and may_start_a_name(text, start - 1):
            return start - 1
        return -1
    return start if may_start_a_name(text, start) else -1


def may_start_a_name(text: str, start: int) -> bool:
    """Whether a name may begin at ``start``: a word's start, or right after a proclitic
    (وبادية: بادية after و)."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_") or _after_proclitic(text, start)


def _after_proclitic(text: str, start: int) -> bool:
    """Whether ``start``, inside a word, follows a proclitic (وبادية: بادية after و)."""
    if text[start - 1] not in _PROCLITIC_ENDS:
        return False
    # The word's start, looked for among one character more than the longest proclitic
    # has: a run of letters that fills them all is no proclitic.
    before = _TRAILING_WORD_CHARS.search(text, max(0, start - _LONGEST_PROCLITIC - 1), start)
    word_start = before.start() if before else start
    if text[word_start:start] not in _PROCLITIC_PREFIXES:
        return False
    rest = _WORD_CHARS.match(text, start)
    word_end = rest.end() if rest else start
    return start - word_start in name_starts(text[word_start:word_end])


def _longest(matches: list[Match[T]]) -> list[Match[T]]:
    """Keep the longest of overlapping matches (لواء القدس over القدس)."""
    if len(matches) < 2:
        return list(matches)
    starts = list(map(_NORMALIZED_START, matches))
    ends = list(map(_NORMALIZED_END, matches))
    # Longest first, then by start, then as found: (minus the length, start, index),
    # sorted in C without a key function.
    ordered = sorted(zip(map(sub, starts, ends), map(_START, matches), count()))
    taken = bytearray(max(ends))
    kept: list[Match[T]] = []
    for _size, _start, index in ordered:
        start, end = starts[index], ends[index]
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(matches[index])
    return sorted(kept, key=_START)


def iter_keys(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield normalize_key(name)
