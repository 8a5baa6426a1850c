"""Precision, recall and F1 of suggestions against a gold file, per kind.

A suggestion matches a gold span when the kind is the same, the spans overlap, and
the values agree on what a coder would code from them (``KEY_FIELDS``): an actor's
name, a casualty's count and outcome, a date... Each gold span is matched at most once.
The gold format is ``schemas/gold.schema.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

KEY_FIELDS: Mapping[str, tuple[str, ...]] = {
    "actor": ("name",),
    "location": ("name",),
    "casualty": ("count", "outcome"),
    "date": ("date",),
    "source": ("name",),
    "event_type": ("event_type", "sub_event_type"),
}


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    value: Mapping[str, Any]


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _agree(kind: str, predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    return all(predicted.get(name) == gold.get(name) for name in KEY_FIELDS.get(kind, ()))


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(
    predicted: Sequence[Span], gold: Sequence[Span], scores: dict[str, KindScore]
) -> list[tuple[Span | None, Span | None]]:
    """Add one document's counts to ``scores``; returns the misses (for a report)."""
    used: set[int] = set()
    misses: list[tuple[Span | None, Span | None]] = []
    for span in gold:
        scores.setdefault(span.kind, KindScore(span.kind)).gold += 1
    for guess in predicted:
        score = scores.setdefault(guess.kind, KindScore(guess.kind))
        score.predicted += 1
        for index, truth in enumerate(gold):
            if index in used or truth.kind != guess.kind:
                continue
            if _overlap(guess, truth) and _agree(guess.kind, guess.value, truth.value):
                used.add(index)
                score.matched += 1
                break
        else:
            misses.append((guess, None))
    misses.extend((None, truth) for index, truth in enumerate(gold) if index not in used)
    return misses


def total(scores: Iterable[KindScore]) -> KindScore:
    overall = KindScore("all")
    for score in scores:
        overall.gold += score.gold
        overall.predicted += score.predicted
        overall.matched += score.matched
    return overall
