"""What the desk highlights: the machine's suggestions merged with the coder's decisions.

A suggestion the coder has not decided on is *pending*; one decided on shows the
latest decision, with the kind and value the coder gave it when edited. Spans the
coder added by hand are shown too. Also: snapping a selection to whole words, so a
span added with the mouse never cuts a word in two (unless the coder asks for exact
characters, to cut off a clitic).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.store.annotations import CodedSpan
from annotator.store.suggestions import StoredSuggestion

PENDING = "pending"


@dataclass(frozen=True)
class SpanState:
    """One highlighted span as the coder sees it now."""

    suggestion_id: int | None
    annotation_id: int | None  # the coder's current decision on it, when there is one
    kind: str
    start: int
    end: int
    value: dict[str, Any]
    confidence: float
    decision: str  # pending | accepted | rejected | edited | added

    @property
    def key(self) -> str:
        """Stable while the document is open: the suggestion, else the hand-made annotation."""
        if self.suggestion_id is not None:
            return f"s{self.suggestion_id}"
        return f"a{self.annotation_id}"

    @property
    def confirmed(self) -> bool:
        return self.decision in ("accepted", "edited", "added")


def merge_spans(
    suggestions: Sequence[StoredSuggestion], coded: Sequence[CodedSpan]
) -> list[SpanState]:
    """Suggestions with the coder's decisions applied, plus hand-added spans, in text order."""
    decided = {span.suggestion_id: span for span in coded if span.suggestion_id is not None}
    states = []
    for suggestion in suggestions:
        mine = decided.get(suggestion.id)
        if mine is None:
            states.append(
                SpanState(
                    suggestion.id,
                    None,
                    suggestion.kind,
                    suggestion.start,
                    suggestion.end,
                    dict(suggestion.value),
                    suggestion.confidence,
                    PENDING,
                )
            )
        else:
            states.append(
                SpanState(
                    suggestion.id,
                    mine.annotation_id,
                    mine.kind,
                    mine.start,
                    mine.end,
                    dict(mine.value),
                    suggestion.confidence,
                    mine.decision,
                )
            )
    known = {suggestion.id for suggestion in suggestions}
    for span in coded:
        if span.suggestion_id is None or span.suggestion_id not in known:
            states.append(
                SpanState(
                    None,
                    span.annotation_id,
                    span.kind,
                    span.start,
                    span.end,
                    dict(span.value),
                    1.0,
                    span.decision,
                )
            )
    return sorted(states, key=lambda s: (s.start, s.end, s.key))


def _in_word(char: str) -> bool:
    # Letters, digits and the marks on them (tashkeel): \w misses the marks.
    return unicodedata.category(char)[0] in "LMN"


def snap_to_words(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int]:
    """A selection widened to whole words; white space and punctuation at its edges dropped.

    With ``exact`` only the white space at the edges is dropped. Returns an empty span
    (start == end) when the selection holds no word character.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    edge = str.isspace if exact else (lambda char: not _in_word(char))
    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    if exact or start == end:
        return start, end
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end
