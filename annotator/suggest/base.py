"""What every suggester receives and returns (the contract of ``annotator suggest``).

A suggestion's ``start``/``end`` are code-point offsets into the original text and
``text == original[start:end]``. ``value`` holds, per kind:

- actor: {"name": ACLED actor name, "inter": 1-8}
- location: {"name", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision"}
- casualty: {"count": int (ACLED's lowest figure), "outcome": "killed" | "injured" |
  "detained" | "abducted", "qualifier": "exact" | "at_least" | "approx" | "vague"}
- date: {"date": "YYYY-MM-DD", "time_precision": 1-3}
- source: {"name", "source_scale"}
- event_type: {"event_type", "sub_event_type"}
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.text.normalize import NormalizedText, normalize

KINDS = ("actor", "location", "casualty", "date", "source", "event_type")

# ACLED's inter codes of the actors the rules reason about (schemas/acled.codebook.json).
STATE_FORCES = 1
NON_STATE_FORCES = frozenset({2, 3, 4})  # rebels, political and identity militias
CIVILIANS = 7
EXTERNAL_FORCES = 8  # another state's forces
ARMED_FORCES = frozenset({STATE_FORCES, *NON_STATE_FORCES, EXTERNAL_FORCES})


@dataclass(frozen=True)
class Suggestion:
    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any]
    confidence: float = 1.0

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class SuggestContext:
    """One article as the suggesters see it."""

    text: str
    normalized: NormalizedText
    published: dt.date | None = None
    # Suggestions of suggesters that ran earlier (casualties use dates, for instance).
    earlier: tuple[Suggestion, ...] = field(default=())

    @classmethod
    def of(cls, text: str, published: dt.date | None = None) -> SuggestContext:
        return cls(text=text, normalized=normalize(text), published=published)

    def suggestion(
        self, kind: str, start: int, end: int, value: dict[str, Any], confidence: float = 1.0
    ) -> Suggestion:
        """A suggestion for original ``text[start:end]``."""
        return Suggestion(kind, start, end, self.text[start:end], value, confidence)

    def from_normalized(
        self, kind: str, start: int, end: int, value: dict[str, Any], confidence: float = 1.0
    ) -> Suggestion:
        """A suggestion for normalised ``normalized.text[start:end]``, mapped back."""
        first, last = self.normalized.span(start, end)
        return self.suggestion(kind, first, last, value, confidence)


Suggester = Callable[[SuggestContext], list[Suggestion]]


class TakenSpans:
    """Parts of a text already taken, and whether a new span would overlap them (a
    bisection, not a scan: a 10 MB text has 100,000s of spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = []  # disjoint: overlapping spans are merged
        for start, end in sorted(spans):
            if self._spans and start < self._spans[-1][1]:
                self._spans[-1] = (self._spans[-1][0], max(end, self._spans[-1][1]))
            else:
                self._spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._spans, (start, end))
        before = self._spans[index - 1] if index else None
        after = self._spans[index] if index < len(self._spans) else None
        return (before is not None and before[1] > start) or (after is not None and after[0] < end)

    def add(self, start: int, end: int) -> None:
        """Take a span that overlaps none taken (check with ``overlaps`` first)."""
        insort(self._spans, (start, end))
