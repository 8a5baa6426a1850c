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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotator.text.normalize import NormalizedText, normalize

KINDS = ("actor", "location", "casualty", "date", "source", "event_type")


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
