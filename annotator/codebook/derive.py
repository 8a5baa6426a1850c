"""Derived fields: computed from other fields as the codebook's ``derive`` entries say.

Four kinds, all driven by codebook data: ``lookup`` (an attribute of the vocabulary item chosen
in another field, e.g. disorder_type from sub_event_type, iso and region from country),
``code_pair`` (two actor-type codes, lower first, named by the field's vocabulary: the ACLED
interaction), ``date_part`` (year from event_date) and ``constant`` (e.g. civilian_targeting for
violence against civilians). A ``when`` condition limits any of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from annotator.codebook.schema import (
    Codebook,
    Condition,
    FieldSpec,
    FieldValueError,
    quote,
)

__all__ = ["INVALID", "Outcome", "compute", "derive_event", "holds", "read_event"]


class _Invalid:
    def __repr__(self) -> str:
        return "<invalid>"


INVALID: Final = _Invalid()
"""Stands for a value that could not be read as its field's type."""


@dataclass(frozen=True)
class Outcome:
    """What a derivation gives: a value to store, or a problem with its inputs."""

    value: object = None
    problem: str | None = None


def read_event(cb: Codebook, event: Mapping[str, object]) -> dict[str, object]:
    """Every codebook field of ``event`` read as its type; None if blank, INVALID if unreadable."""
    values: dict[str, object] = {}
    for spec in cb.fields:
        try:
            values[spec.name] = cb.read(spec.name, event.get(spec.name))
        except FieldValueError:
            values[spec.name] = INVALID
    return values


def _as_text(spec: FieldSpec, value: object) -> str:
    if isinstance(value, tuple):
        return (spec.separator or "; ").join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def holds(cb: Codebook, condition: Condition, values: Mapping[str, object]) -> bool:
    """Whether ``condition`` holds for read values (see :func:`read_event`)."""
    value = values.get(condition.field)
    if condition.test == "blank":
        return (value is None) == condition.blank
    if value is None or value is INVALID:
        return False
    if condition.test == "matches":
        assert condition.pattern is not None
        text = _as_text(cb.field(condition.field), value)
        return condition.pattern.search(text) is not None
    return value in condition.values


def compute(cb: Codebook, spec: FieldSpec, values: Mapping[str, object]) -> Outcome | None:
    """The derived value of ``spec`` from read values, or None when it does not apply.

    It does not apply when its ``when`` condition fails or an input is blank or invalid.
    """
    rule = spec.derive
    if rule is None:
        return None
    if rule.when is not None and (
        values.get(rule.when.field) is INVALID or not holds(cb, rule.when, values)
    ):
        return None
    if rule.kind == "constant":
        return Outcome(rule.value)
    source = rule.sources[0]
    first = values.get(source)
    if rule.kind == "date_part":
        if not isinstance(first, dt.date):
            return None
        assert rule.part is not None
        return Outcome(getattr(first, rule.part))
    if not isinstance(first, str):
        return None
    if rule.kind == "lookup":
        source_spec = cb.field(source)
        vocab = cb.field_vocabulary(source)
        assert vocab is not None and rule.attribute is not None
        parent = values.get(source_spec.parent) if source_spec.parent else None
        item = vocab.item(first, parent if isinstance(parent, str) else None)
        if item is None or rule.attribute not in item.data:
            return None
        return Outcome(item.data[rule.attribute])
    # code_pair
    second_name = rule.sources[1]
    second = values.get(second_name)
    if second is INVALID:
        return None
    first_vocab, second_vocab = cb.field_vocabulary(source), cb.field_vocabulary(second_name)
    own = cb.field_vocabulary(spec.name)
    assert first_vocab is not None and second_vocab is not None and own is not None
    low = first_vocab.code_for(first)
    if isinstance(second, str):
        high = second_vocab.code_for(second)
        low, high = min(low, high), max(low, high)
        code = rule.multiplier * low + high
    else:
        code = rule.multiplier * low
    item = own.by_code(code)
    if item is None:
        pair = f"{source} {quote(first)}" + (
            f" and {second_name} {quote(second)}" if second is not None else " alone"
        )
        return Outcome(
            problem=f"{pair} give the code {code}, which is not in the list '{own.label}'"
        )
    return Outcome(item.value)


def derive_event(cb: Codebook, event: Mapping[str, object]) -> dict[str, object]:
    """A copy of ``event`` with each derived field that applies set to its computed value.

    Fields whose derivation does not apply (a ``when`` condition fails, an input is blank or
    invalid) keep their value, so a coder may set them by hand.
    """
    result = dict(event)
    values = read_event(cb, result)
    for spec in cb.derived_fields:
        outcome = compute(cb, spec, values)
        if outcome is None or outcome.problem is not None:
            continue
        result[spec.name] = outcome.value
        try:
            values[spec.name] = cb.read(spec.name, outcome.value)
        except FieldValueError:
            values[spec.name] = INVALID
    return result
