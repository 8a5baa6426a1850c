"""A span's value as a coder types it (E on the desk), and values for spans added by hand.

The editor shows one line per kind and reads it back:

- actor, location, source: a name from the lexicon or gazetteer (English or Arabic,
  any alias), e.g. ``Military Forces of Syria (2000-)`` or ``الرصافة``;
- casualty: ``2 killed``, ``at least 20 injured``, ``about 15 killed``;
- date: ``2021-03-15``, optionally followed by the time precision 1-3;
- event_type: a sub-event type of the codebook, e.g. ``Armed clash``.

Anything else is refused with a message that names the problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from annotator.codebook import Codebook, default_codebook
from annotator.errors import AnnotatorError
from annotator.text.dates import parse_date
from annotator.text.normalize import normalize, normalize_key
from annotator.text.numbers import find_numbers

OUTCOMES = ("killed", "injured", "detained", "abducted")
QUALIFIER_WORDS = {"at least": "at_least", "about": "approx", "around": "approx",
                   "approx": "approx", "some": "vague", "exact": "exact"}  # fmt: skip
_CASUALTY = re.compile(
    r"^\s*(?P<qualifier>at least|about|around|approx|some|exact)?\s*(?P<count>\d+)\s+"
    r"(?P<outcome>[a-z]+)\s*(?P<after>at_least|approx|vague|exact)?\s*$"
)
_DATE = re.compile(r"^\s*(?P<date>\d{4}-\d{2}-\d{2})(?:\s+(?P<precision>[123]))?\s*$")


class SpanValueError(AnnotatorError):
    """What the coder typed is not a value of that kind."""


class NamedChoice(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...


class Choices(Protocol):
    """The names a coder may choose from, per kind (see services.completions)."""

    def for_kind(self, kind: str) -> Sequence[Any]: ...


def value_text(kind: str, value: Mapping[str, Any]) -> str:
    """The editor's starting text for a value."""
    if kind in ("actor", "location", "source"):
        return str(value.get("name") or "")
    if kind == "casualty":
        if value.get("count") is None:
            return ""
        qualifier = {"at_least": "at least ", "approx": "about "}.get(
            str(value.get("qualifier")), ""
        )
        return f"{qualifier}{value.get('count')} {value.get('outcome') or ''}".rstrip() + (
            "" if value.get("outcome") else " "
        )
    if kind == "date":
        if not value.get("date"):
            return ""
        return f"{value['date']} {value.get('time_precision') or 1}"
    if kind == "event_type":
        return str(value.get("sub_event_type") or "")
    return ""


def choice_value(kind: str, choice: Any) -> dict[str, Any]:
    """The span value a chosen lexicon or gazetteer entry stands for."""
    if kind == "actor":
        return {"name": choice.name, "inter": choice.inter}
    if kind == "source":
        return {"name": choice.name, "source_scale": choice.source_scale}
    value = {
        "name": choice.name,
        "admin1": choice.admin1,
        "admin2": choice.admin2,
        "admin3": choice.admin3,
        "latitude": choice.latitude,
        "longitude": choice.longitude,
        "geo_precision": choice.geo_precision,
    }
    if choice.country:
        value["country"] = choice.country
    return value


def find_choice(choices: Sequence[NamedChoice], typed: str) -> NamedChoice | None:
    """The entry whose name or an alias is what was typed (Arabic normalised)."""
    key = normalize_key(typed)
    if not key:
        return None
    for choice in choices:
        if choice.name == typed.strip() or getattr(choice, "label", None) == typed.strip():
            return choice
    for choice in choices:
        if key == normalize_key(choice.name) or any(
            key == normalize_key(a) for a in choice.aliases
        ):
            return choice
    return None


def parse_value(
    kind: str,
    typed: str,
    choices: Choices,
    *,
    codebook: Codebook | None = None,
) -> dict[str, Any]:
    """Read what the coder typed as a value of ``kind``; SpanValueError when it is not one."""
    text = typed.strip()
    if not text:
        raise SpanValueError(f"type a {kind.replace('_', ' ')} value, or press Esc")
    if kind in ("actor", "location", "source"):
        found = find_choice(choices.for_kind(kind), text)
        if found is None:
            where = {"actor": "the actor lexicon", "location": "the gazetteer",
                     "source": "the known sources"}[kind]  # fmt: skip
            raise SpanValueError(f"unknown {kind} '{text}': choose a name from {where}")
        return choice_value(kind, found)
    if kind == "casualty":
        return _casualty(text)
    if kind == "date":
        return _date(text)
    if kind == "event_type":
        book = codebook or default_codebook()
        for event_type in book.choices("event_type"):
            for sub_type in book.choices("sub_event_type", event_type):
                if sub_type.casefold() == text.casefold():
                    return {"event_type": event_type, "sub_event_type": sub_type}
        raise SpanValueError(f"'{text}' is not a sub-event type of the codebook")
    raise SpanValueError(f"unknown kind '{kind}'")


def _casualty(text: str) -> dict[str, Any]:
    match = _CASUALTY.match(text.casefold())
    if match is None:
        raise SpanValueError(
            f"'{text}' is not a casualty count: write e.g. '2 killed' or 'at least 20 injured'"
        )
    outcome = match["outcome"]
    if outcome not in OUTCOMES:
        raise SpanValueError(f"'{outcome}' is not an outcome: use one of {', '.join(OUTCOMES)}")
    qualifier = match["after"] or QUALIFIER_WORDS.get(match["qualifier"] or "exact", "exact")
    return {"count": int(match["count"]), "outcome": outcome, "qualifier": qualifier}


def _date(text: str) -> dict[str, Any]:
    match = _DATE.match(text)
    if match is None:
        raise SpanValueError(f"'{text}' is not a date: write YYYY-MM-DD, e.g. 2021-03-15")
    try:
        day = dt.date.fromisoformat(match["date"])
    except ValueError:
        raise SpanValueError(f"'{match['date']}' is not a day of the calendar") from None
    return {"date": day.isoformat(), "time_precision": int(match["precision"] or 1)}


def resolve_added_span(
    kind: str, surface: str, choices: Choices, published: dt.date | None
) -> dict[str, Any] | None:
    """The value of a span the coder marked by hand, when the text alone tells it."""
    if kind in ("actor", "location", "source"):
        found = find_choice(choices.for_kind(kind), surface)
        return choice_value(kind, found) if found is not None else None
    if kind == "date":
        expression = parse_date(surface, published)
        return expression.as_value() if expression is not None else None
    if kind == "casualty":
        # The count only: whether they were killed, injured or detained is the coder's
        # to say (the editor opens for it).
        numbers = find_numbers(normalize(surface))
        if not numbers:
            return None
        return {"count": numbers[0].value, "qualifier": numbers[0].qualifier}
    return None


_REQUIRED = {"actor": ("name",), "location": ("name",), "source": ("name",),
             "casualty": ("count", "outcome"), "date": ("date",),
             "event_type": ("sub_event_type",)}  # fmt: skip


def value_complete(kind: str, value: Mapping[str, Any] | None) -> bool:
    """Whether a span's value says all its kind needs (else the editor asks for the rest)."""
    return value is not None and all(
        value.get(key) not in (None, "") for key in _REQUIRED.get(kind, ())
    )


class KindChoices:
    """The lexicon and gazetteer entries a coder chooses names from, by span kind."""

    def __init__(
        self, actors: Sequence[Any], places: Sequence[Any], sources: Sequence[Any]
    ) -> None:
        self._by_kind = {"actor": actors, "location": places, "source": sources}

    def for_kind(self, kind: str) -> Sequence[Any]:
        return self._by_kind.get(kind, ())

    def completions(self, kind: str, codebook: Codebook | None = None) -> list[str]:
        """What the editor offers while the coder types."""
        if kind == "event_type":
            book = codebook or default_codebook()
            return [sub for parent in book.choices("event_type")
                    for sub in book.choices("sub_event_type", parent)]  # fmt: skip
        if kind == "casualty":
            return [f"{n} {outcome}" for outcome in OUTCOMES for n in (1, 2, 3)]
        return [choice.label for choice in self.for_kind(kind)]
