"""What a coder types into the value editor, read back as a span value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from annotator.services.span_values import (
    SpanValueError,
    parse_value,
    resolve_added_span,
    value_text,
)


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int
    aliases: tuple[str, ...]


class FakeChoices:
    def for_kind(self, kind: str) -> Sequence[Any]:
        if kind == "actor":
            return [Actor("Military Forces of Syria (2000-)", 1, ("قوات النظام", "جيش النظام"))]
        return []


def test_names_are_read_from_any_alias_and_unknown_ones_are_refused() -> None:
    value = parse_value("actor", "قوّات النظام", FakeChoices())
    assert value == {"name": "Military Forces of Syria (2000-)", "inter": 1}
    with pytest.raises(SpanValueError, match="unknown actor 'Wagner'"):
        parse_value("actor", "Wagner", FakeChoices())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 killed", {"count": 2, "outcome": "killed", "qualifier": "exact"}),
        ("at least 20 injured", {"count": 20, "outcome": "injured", "qualifier": "at_least"}),
        ("About 15 detained", {"count": 15, "outcome": "detained", "qualifier": "approx"}),
    ],
)
def test_casualties(typed: str, expected: dict[str, object]) -> None:
    assert parse_value("casualty", typed, FakeChoices()) == expected
    assert parse_value("casualty", value_text("casualty", expected), FakeChoices()) == expected


@pytest.mark.parametrize(
    ("kind", "typed", "problem"),
    [
        ("casualty", "many killed", "not a casualty count"),
        ("casualty", "3 wounded", "'wounded' is not an outcome"),
        ("date", "15/3/2021", "not a date"),
        ("date", "2021-02-30", "not a day of the calendar"),
        ("event_type", "Skirmish", "not a sub-event type"),
        ("date", "  ", "type a date value"),
    ],
)
def test_bad_values_are_refused_with_the_reason(kind: str, typed: str, problem: str) -> None:
    with pytest.raises(SpanValueError, match=problem):
        parse_value(kind, typed, FakeChoices())


def test_dates_and_event_types() -> None:
    assert parse_value("date", "2021-03-15 2", FakeChoices()) == {
        "date": "2021-03-15", "time_precision": 2,
    }  # fmt: skip
    assert parse_value("event_type", "armed clash", FakeChoices()) == {
        "event_type": "Battles", "sub_event_type": "Armed clash",
    }  # fmt: skip


def test_spans_added_by_hand_are_resolved_when_the_text_tells() -> None:
    published = dt.date(2021, 3, 16)
    choices = FakeChoices()
    assert resolve_added_span("actor", "جيش النظام", choices, published) == {
        "name": "Military Forces of Syria (2000-)", "inter": 1,
    }  # fmt: skip
    assert resolve_added_span("date", "15 من آذار الحالي", choices, published) == {
        "date": "2021-03-15", "time_precision": 1,
    }  # fmt: skip
    casualty = resolve_added_span("casualty", "١٣ عنصرًا", choices, published)
    assert casualty is not None and casualty["count"] == 13
    assert resolve_added_span("location", "مكان ما", choices, published) is None
