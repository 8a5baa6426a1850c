"""Date suggestions: every date expression of an article, resolved against its publication.

The expressions and their resolution are ``annotator.text.dates``; this module adds
what depends on the article around them:

- Forms resolved from the publication day (اليوم, أمس, a weekday, a week, "قبل يومين")
  inside quotation marks or in a sentence marked as reported earlier (حينها, آنذاك,
  وقتها, ...) speak of the speaker's day, not the article's: they are still suggested,
  so that the coder sees them, but with confidence ``REPORTED_CONFIDENCE``. In the seed
  article "من بعد ظهر اليوم" inside the quoted SANA statement is such a case.
- A date after publication is not (yet) an event date: its confidence is capped at
  ``FUTURE_CONFIDENCE``.

Relative forms need ``ctx.published``: without it only dates with a year are suggested.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.text.dates import find_dates

REPORTED_CONFIDENCE = 0.3
FUTURE_CONFIDENCE = 0.5

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_REPORTED_MARKER = re.compile(
    r"(?<!\w)[وف]?(?:حينها|حينذاك|انذاك|انئذ|وقتها|وقتذاك|يومها|يومذاك)(?!\w)"
)


class _ReportedSpeech:
    """Where a normalised text quotes or reports speech of another day."""

    def __init__(self, text: str) -> None:
        self._quotes = [i for i, char in enumerate(text) if char == '"']
        self._lines = [i for i, char in enumerate(text) if char == "\n"]
        self._ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._markers = [m.start() for m in _REPORTED_MARKER.finditer(text)]

    def covers(self, index: int) -> bool:
        return self._quoted(index) or self._marked(index)

    def _quoted(self, index: int) -> bool:
        """An odd number of quotation marks between the line's start and ``index``."""
        line = bisect_left(self._lines, index)
        line_start = self._lines[line - 1] + 1 if line else 0
        count = bisect_left(self._quotes, index) - bisect_left(self._quotes, line_start)
        return count % 2 == 1

    def _marked(self, index: int) -> bool:
        ending = bisect_left(self._ends, index)
        start = self._ends[ending - 1] + 1 if ending else 0
        end = self._ends[ending] if ending < len(self._ends) else None
        first = bisect_left(self._markers, start)
        if first >= len(self._markers):
            return False
        return end is None or self._markers[first] < end


def suggest_dates(ctx: SuggestContext) -> list[Suggestion]:
    """One "date" suggestion per date expression, in text order.

    value: {"date": "YYYY-MM-DD", "time_precision": 1 | 2 | 3}.
    """
    text = ctx.normalized.text
    expressions = find_dates(text, ctx.published)
    speech = _ReportedSpeech(text) if any(e.day_relative for e in expressions) else None
    suggestions: list[Suggestion] = []
    for expression in expressions:
        confidence = expression.confidence
        if speech is not None and expression.day_relative and speech.covers(expression.start):
            confidence = min(confidence, REPORTED_CONFIDENCE)
        if ctx.published is not None and expression.date > ctx.published:
            confidence = min(confidence, FUTURE_CONFIDENCE)
        suggestions.append(
            ctx.from_normalized(
                "date", expression.start, expression.end, expression.as_value(), confidence
            )
        )
    return suggestions


__all__ = ["FUTURE_CONFIDENCE", "REPORTED_CONFIDENCE", "suggest_dates"]
