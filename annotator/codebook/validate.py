"""Check an event against its codebook; every check comes from the codebook file.

The checks, in order, with at most one message per field (the first problem found):

1. per field, from its entry: required (not for derived fields), type, range, decimals,
   pattern, vocabulary;
2. dependent choices: the value belongs to the parent field's value;
3. the codebook's ``rules``: *when* a condition holds, a *check* on another field must hold;
4. derived fields that are set must equal what derivation computes, and a derivation whose
   inputs cannot be combined (e.g. no interaction code for a pair of actor types) is reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from annotator.codebook.derive import INVALID, compute, holds
from annotator.codebook.schema import Codebook, FieldValueError, Rule, quote

__all__ = ["FieldMessage", "validate_event"]


@dataclass(frozen=True)
class FieldMessage:
    """A problem with one field of an event, in plain language naming the field and value."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


_DEFAULT_MESSAGES = {
    (False, "blank"): "{field} must be blank{when} (it is {value})",
    (True, "blank"): "{field} is required{when}",
    (False, "equals"): "{field} must be {expected}{when} (it is {value})",
    (False, "in"): "{field} must be one of {expected}{when} (it is {value})",
    (False, "matches"): "{field} must match {expected}{when} (it is {value})",
}


def _rule_message(rule: Rule, event: Mapping[str, object]) -> str:
    check = rule.check
    when = rule.when.describe() if rule.when is not None else ""
    if rule.message is not None:
        template = rule.message
    else:
        key = (check.test == "blank" and not check.blank, check.test)
        template = _DEFAULT_MESSAGES[key]
        when = f" when {when}" if when else ""
    return template.format_map(
        {
            "field": check.field,
            "value": quote(event.get(check.field)),
            "expected": check.expected_text(),
            "when": when,
        }
    )


def validate_event(cb: Codebook, event: Mapping[str, object]) -> list[FieldMessage]:
    """Problems of ``event`` (a mapping of field name to value), in field order.

    Keys that are not fields of the codebook are ignored.
    """
    messages: dict[str, str] = {}
    values: dict[str, object] = {}

    # 1. each field on its own
    for spec in cb.fields:
        try:
            value = cb.read(spec.name, event.get(spec.name))
        except FieldValueError as problem:
            messages[spec.name] = str(problem)
            values[spec.name] = INVALID
            continue
        values[spec.name] = value
        if value is None and spec.required and not spec.derived:
            messages[spec.name] = f"{spec.name} is required"

    # 2. dependent choices
    for spec in cb.fields:
        value = values[spec.name]
        if spec.parent is None or spec.name in messages or not isinstance(value, str):
            continue
        parent_value = values[spec.parent]
        vocab = cb.field_vocabulary(spec.name)
        assert vocab is not None
        if isinstance(parent_value, str) and vocab.item(value, parent_value) is None:
            messages[spec.name] = (
                f"{spec.name} {quote(event.get(spec.name))} does not belong to "
                f"{spec.parent} {quote(event.get(spec.parent))}"
            )

    # 3. conditional rules
    for rule in cb.rules:
        target = rule.check.field
        if target in messages or values[target] is INVALID:
            continue
        if rule.when is not None and (
            values[rule.when.field] is INVALID or not holds(cb, rule.when, values)
        ):
            continue
        if not holds(cb, rule.check, values):
            messages[target] = _rule_message(rule, event)

    # 4. derived fields
    for spec in cb.derived_fields:
        name = spec.name
        if name in messages or values[name] is INVALID:
            continue
        outcome = compute(cb, spec, values)
        if outcome is None:
            continue
        if outcome.problem is not None:
            messages[name] = outcome.problem
            continue
        given = values[name]
        if given is None:
            continue
        try:
            expected = cb.read(name, outcome.value)
        except FieldValueError as problem:
            messages[name] = f"the derived value is not valid: {problem}"
            continue
        if given != expected:
            assert spec.derive is not None
            inputs = " and ".join(
                f"{source} {quote(event.get(source))}"
                for source in dict.fromkeys(spec.derive.inputs)
            )
            messages[name] = (
                f"{name} {quote(event.get(name))} does not match {inputs} "
                f"(expected {quote(outcome.value)})"
            )

    return [
        FieldMessage(spec.name, messages[spec.name]) for spec in cb.fields if spec.name in messages
    ]
