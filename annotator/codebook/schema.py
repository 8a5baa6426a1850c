"""Codebooks as data: load a codebook file, check it, and read event values by field type.

A codebook file (JSON, described by ``schemas/codebook.schema.json``) lists the fields of an
event in export column order, the vocabularies their values come from, how derived fields are
computed and the conditional rules an event must follow. This module turns such a file into
immutable dataclasses; :mod:`annotator.codebook.validate` and :mod:`annotator.codebook.derive`
interpret them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal, cast

from annotator.bundled import best_schema_error, schemas_dir
from annotator.errors import AnnotatorError
from annotator.io.json_files import read_json_file

if TYPE_CHECKING:
    import jsonschema

    from annotator.codebook.validate import FieldMessage

__all__ = [
    "FIELD_TYPES",
    "Codebook",
    "CodebookError",
    "Condition",
    "Derivation",
    "FieldSpec",
    "FieldValueError",
    "Rule",
    "Scalar",
    "VocabItem",
    "Vocabulary",
    "default_codebook",
    "is_blank",
    "load_codebook",
    "quote",
]

FieldType = Literal["string", "text", "integer", "number", "date", "choice", "list", "actor"]
FIELD_TYPES: Final[tuple[FieldType, ...]] = (
    "string",
    "text",
    "integer",
    "number",
    "date",
    "choice",
    "list",
    "actor",
)
TestKind = Literal["blank", "equals", "in", "matches"]
DerivationKind = Literal["lookup", "code_pair", "date_part", "constant"]
DatePart = Literal["year", "month", "day"]

Scalar = str | int | float | bool

SCHEMA_FILE: Final = "codebook.schema.json"
DEFAULT_CODEBOOK_FILE: Final = "acled.codebook.json"

_TEXT_TYPES: Final = frozenset({"string", "text", "actor"})
_INTEGER_RE: Final = re.compile(r"[+-]?[0-9]+")
_NUMBER_RE: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLACEHOLDERS: Final = {"field": "", "value": "", "expected": "", "when": ""}


class CodebookError(AnnotatorError):
    """A codebook file cannot be read or does not describe a usable codebook."""


class FieldValueError(ValueError):
    """A value that cannot be read as its field's type; the text is a plain-language message."""


def is_blank(value: object) -> bool:
    """Whether a raw event value counts as blank: None, empty or white space, an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(is_blank(part) for part in value)
    return False


def quote(value: object) -> str:
    """A value for a message: ``'text'`` in quotes, or ``blank``."""
    if is_blank(value):
        return "blank"
    if isinstance(value, list | tuple):
        return "'" + "; ".join(str(part).strip() for part in value if not is_blank(part)) + "'"
    if isinstance(value, dt.date):
        return f"'{value.isoformat()}'"
    return f"'{str(value).strip()}'"


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True, eq=False)
class VocabItem:
    """One allowed value of a vocabulary."""

    value: str
    label: str
    description: str = ""
    code: int | None = None
    parent: str | None = None
    data: Mapping[str, Scalar] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """A named list of allowed values, optionally grouped under a parent vocabulary's values."""

    name: str
    label: str
    description: str
    parent: str | None
    items: tuple[VocabItem, ...]

    def values(self, parent: str | None = None) -> list[str]:
        """The values in order; with ``parent``, only the items belonging to it."""
        return [i.value for i in self.items if parent is None or i.parent == parent]

    def item(self, value: str, parent: str | None = None) -> VocabItem | None:
        """The item with this value (under ``parent`` when given), or None."""
        for candidate in self.items:
            if candidate.value == value and (parent is None or candidate.parent == parent):
                return candidate
        return None

    def by_code(self, code: int) -> VocabItem | None:
        """The item with this numeric code, or None."""
        for candidate in self.items:
            if candidate.code == code:
                return candidate
        return None

    def value_for_code(self, code: int) -> str:
        """The value whose code is ``code``; KeyError if there is none."""
        found = self.by_code(code)
        if found is None:
            raise KeyError(f"{self.label} has no value with code {code}")
        return found.value

    def code_for(self, value: str) -> int:
        """The numeric code of ``value``; KeyError if the value is unknown or has no code."""
        found = self.item(value)
        if found is None or found.code is None:
            raise KeyError(f"{self.label} has no code for {value!r}")
        return found.code


@dataclass(frozen=True, eq=False)
class Condition:
    """A test of one field's value: blank / set, equals, in, matches."""

    field: str
    test: TestKind
    blank: bool = False
    expected: tuple[Scalar, ...] = ()  # as written in the codebook (equals, in)
    values: tuple[object, ...] = ()  # ``expected`` read as the field's type
    pattern: re.Pattern[str] | None = None

    def describe(self) -> str:
        """The condition in words, e.g. ``event_type is 'Battles'``."""
        if self.test == "blank":
            return f"{self.field} is {'blank' if self.blank else 'set'}"
        if self.test == "matches":
            assert self.pattern is not None
            return f"{self.field} matches '{self.pattern.pattern}'"
        if self.test == "equals":
            return f"{self.field} is {quote(self.expected[0])}"
        return f"{self.field} is one of " + ", ".join(quote(v) for v in self.expected)

    def expected_text(self) -> str:
        """The tested value(s) or pattern, quoted, for messages."""
        if self.test == "matches":
            assert self.pattern is not None
            return f"'{self.pattern.pattern}'"
        if self.test == "blank":
            return "blank" if self.blank else "set"
        return ", ".join(quote(v) for v in self.expected)


@dataclass(frozen=True, eq=False)
class Rule:
    """When ``when`` holds (always, if None), ``check`` must hold; else ``message`` is reported."""

    id: str
    check: Condition
    when: Condition | None = None
    message: str | None = None
    description: str = ""


@dataclass(frozen=True, eq=False)
class Derivation:
    """How a derived field is computed from other fields (see codebook.schema.json)."""

    kind: DerivationKind
    sources: tuple[str, ...] = ()
    attribute: str | None = None
    part: DatePart | None = None
    multiplier: int = 10
    value: Scalar | None = None
    when: Condition | None = None

    @property
    def inputs(self) -> tuple[str, ...]:
        """Every field the result depends on."""
        return self.sources + ((self.when.field,) if self.when is not None else ())


@dataclass(frozen=True, eq=False)
class FieldSpec:
    """One field (export column) of an event."""

    name: str
    type: FieldType
    label: str
    description: str = ""
    required: bool = False
    vocabulary: str | None = None
    parent: str | None = None
    accept_codes: bool = False
    min: float | None = None
    max: float | None = None
    decimals: int | None = None
    separator: str | None = None
    pattern: re.Pattern[str] | None = None
    derive: Derivation | None = None

    @property
    def derived(self) -> bool:
        """Whether the field is computed from other fields (possibly only under a condition)."""
        return self.derive is not None


# --------------------------------------------------------------------------- the codebook


class Codebook:
    """A loaded codebook: fields in column order, vocabularies, rules."""

    def __init__(
        self,
        *,
        id: str,
        version: str,
        fields: Sequence[FieldSpec],
        vocabularies: Mapping[str, Vocabulary],
        rules: Sequence[Rule] = (),
        title: str = "",
        description: str = "",
        path: Path | None = None,
    ) -> None:
        self.id: Final = id
        self.version: Final = version
        self.title: Final = title
        self.description: Final = description
        self.path: Final = path
        self.fields: Final[tuple[FieldSpec, ...]] = tuple(fields)
        self.vocabularies: Final[Mapping[str, Vocabulary]] = MappingProxyType(dict(vocabularies))
        self.rules: Final[tuple[Rule, ...]] = tuple(rules)
        self._by_name: Final = {f.name: f for f in self.fields}
        self._derivation_order: Final = _derivation_order(self.fields)

    def __repr__(self) -> str:
        return f"<Codebook {self.id} {self.version}: {len(self.fields)} fields>"

    @property
    def columns(self) -> tuple[str, ...]:
        """Field names in export column order."""
        return tuple(f.name for f in self.fields)

    @property
    def derived_fields(self) -> tuple[FieldSpec, ...]:
        """Derived fields in an order where every field comes after the fields it depends on."""
        return self._derivation_order

    def field(self, name: str) -> FieldSpec:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"codebook {self.id!r} has no field {name!r}") from None

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    def vocabulary(self, name: str) -> Vocabulary:
        try:
            return self.vocabularies[name]
        except KeyError:
            raise KeyError(f"codebook {self.id!r} has no vocabulary {name!r}") from None

    def field_vocabulary(self, name: str) -> Vocabulary | None:
        """The vocabulary of field ``name``, if it has one."""
        spec = self.field(name)
        return None if spec.vocabulary is None else self.vocabulary(spec.vocabulary)

    def choices(self, field_name: str, parent_value: str | None = None) -> list[str]:
        """Allowed values of a field; for a dependent choice, those under ``parent_value``.

        Fields without a vocabulary give an empty list.
        """
        vocab = self.field_vocabulary(field_name)
        if vocab is None:
            return []
        return vocab.values(parent_value if self.field(field_name).parent else None)

    def read(self, field_name: str, raw: object) -> object:
        """``raw`` read as the field's type: None when blank, else the canonical value.

        Canonical values: ``str`` (string, text, actor, choice), ``int``, ``float``,
        ``datetime.date``, ``tuple[str, ...]`` (list). Raises :class:`FieldValueError` with a
        plain-language message naming the field and the value when ``raw`` is not valid.
        """
        return _read_value(self, self.field(field_name), raw)

    def derive(self, event: Mapping[str, object]) -> dict[str, object]:
        """A copy of ``event`` with every derived field that can be computed filled in."""
        from annotator.codebook.derive import derive_event

        return derive_event(self, event)

    def validate(self, event: Mapping[str, object]) -> list[FieldMessage]:
        """Problems of ``event``, at most one per field, in field order."""
        from annotator.codebook.validate import validate_event

        return validate_event(self, event)


# --------------------------------------------------------------------------- value reading


def _read_value(cb: Codebook, spec: FieldSpec, raw: object) -> object:
    if is_blank(raw):
        return None
    name = spec.name
    if spec.type in _TEXT_TYPES:
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            raise FieldValueError(f"{name} {quote(raw)} is not text")
        text = str(raw).strip()
        if spec.pattern is not None and not spec.pattern.search(text):
            raise FieldValueError(
                f"{name} {quote(raw)} does not have the expected form '{spec.pattern.pattern}'"
            )
        return text
    if spec.type == "integer":
        whole = _read_integer(name, raw)
        _check_range(spec, whole, raw)
        if spec.vocabulary is not None:
            vocab = cb.vocabulary(spec.vocabulary)
            if vocab.item(str(whole)) is None:
                raise FieldValueError(_not_in_vocabulary(name, quote(raw), vocab))
        return whole
    if spec.type == "number":
        number = _read_number(spec, raw)
        _check_range(spec, number, raw)
        return number
    if spec.type == "date":
        return _read_date(name, raw)
    if spec.type == "choice":
        assert spec.vocabulary is not None
        vocab = cb.vocabulary(spec.vocabulary)
        if isinstance(raw, str):
            text = raw.strip()
            if vocab.item(text) is not None:
                return text
            if spec.accept_codes and _INTEGER_RE.fullmatch(text):
                found = vocab.by_code(int(text))
                if found is not None:
                    return found.value
        elif isinstance(raw, int) and not isinstance(raw, bool) and spec.accept_codes:
            found = vocab.by_code(raw)
            if found is not None:
                return found.value
        raise FieldValueError(_not_in_vocabulary(name, quote(raw), vocab))
    # list
    assert spec.separator is not None
    parts = _split(spec.separator, raw, name)
    if spec.vocabulary is not None:
        vocab = cb.vocabulary(spec.vocabulary)
        for part in parts:
            if vocab.item(part) is None:
                raise FieldValueError(
                    f"{name} {quote(raw)}: {quote(part)} " + _not_in_vocabulary_tail(vocab)
                )
    return parts


def _split(separator: str, raw: object, name: str) -> tuple[str, ...]:
    if isinstance(raw, str):
        cut = separator.strip() or separator
        pieces: Iterable[object] = raw.split(cut)
    elif isinstance(raw, list | tuple):
        pieces = raw
    else:
        raise FieldValueError(f"{name} {quote(raw)} is not text")
    parts: list[str] = []
    for piece in pieces:
        if not isinstance(piece, str):
            raise FieldValueError(f"{name} {quote(raw)} holds {quote(piece)}, which is not text")
        if piece.strip():
            parts.append(piece.strip())
    return tuple(parts)


def _read_integer(name: str, raw: object) -> int:
    if isinstance(raw, bool):
        raise FieldValueError(f"{name} {quote(raw)} is not a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if math.isfinite(raw) and raw.is_integer():
            return int(raw)
        raise FieldValueError(f"{name} {quote(raw)} is not a whole number")
    if isinstance(raw, str):
        text = raw.strip()
        if _INTEGER_RE.fullmatch(text):
            return int(text)
        if _NUMBER_RE.fullmatch(text):
            number = float(text)
            if number.is_integer():
                return int(number)
            raise FieldValueError(f"{name} {quote(raw)} is not a whole number")
    raise FieldValueError(f"{name} {quote(raw)} is not a number")


def _read_number(spec: FieldSpec, raw: object) -> float:
    name = spec.name
    if isinstance(raw, bool):
        raise FieldValueError(f"{name} {quote(raw)} is not a number")
    if isinstance(raw, int | float):
        number = float(raw)
        text = repr(raw)
    elif isinstance(raw, str) and _NUMBER_RE.fullmatch(raw.strip()):
        text = raw.strip()
        number = float(text)
    else:
        raise FieldValueError(f"{name} {quote(raw)} is not a number")
    if not math.isfinite(number):
        raise FieldValueError(f"{name} {quote(raw)} is not a number")
    if spec.decimals is not None and "." in text and "e" not in text.lower():
        fraction = text.split(".", 1)[1].rstrip("0")
        if len(fraction) > spec.decimals:
            raise FieldValueError(
                f"{name} {quote(raw)} has more than {spec.decimals} digits after the decimal point"
            )
    return number


def _read_date(name: str, raw: object) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str) or not _DATE_RE.fullmatch(raw.strip()):
        raise FieldValueError(f"{name} {quote(raw)} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise FieldValueError(f"{name} {quote(raw)} is not a real date") from None


def _check_range(spec: FieldSpec, number: float, raw: object) -> None:
    low, high = spec.min, spec.max
    if (low is None or number >= low) and (high is None or number <= high):
        return
    if low is not None and high is not None:
        bounds = f"between {_number_text(low)} and {_number_text(high)}"
    elif low is not None:
        bounds = f"{_number_text(low)} or more"
    else:
        assert high is not None
        bounds = f"{_number_text(high)} or less"
    raise FieldValueError(f"{spec.name} must be {bounds}, not {quote(raw)}")


def _not_in_vocabulary_tail(vocab: Vocabulary) -> str:
    if len(vocab.items) <= 12:
        return "is not one of " + ", ".join(quote(v) for v in vocab.values())
    return f"is not in the list '{vocab.label}'"


def _not_in_vocabulary(name: str, shown: str, vocab: Vocabulary) -> str:
    return f"{name} {shown} " + _not_in_vocabulary_tail(vocab)


# --------------------------------------------------------------------------- loading


def load_codebook(path: str | Path, *, trusted: bool = False) -> Codebook:
    """Read a codebook file, check it against codebook.schema.json and for consistency.

    Raises :class:`CodebookError` naming the file and the problem in plain words.
    ``trusted`` skips the schema check: only for the codebook shipped with annotator,
    which tests/test_bundled_resources.py checks against the schema instead.
    """
    path = Path(path)
    data = read_json_file(path, "the codebook file", CodebookError)
    return codebook_from_data(data, source=str(path), path=path, trusted=trusted)


@cache
def default_codebook() -> Codebook:
    """The ACLED codebook shipped in schemas/ (loaded once)."""
    return load_codebook(schemas_dir() / DEFAULT_CODEBOOK_FILE, trusted=True)


def codebook_from_data(
    data: object, *, source: str, path: Path | None = None, trusted: bool = False
) -> Codebook:
    """Build a codebook from already parsed JSON; ``source`` names it in error messages.

    ``trusted`` skips the schema check (the bundled codebook only); the consistency
    checks still run.
    """
    if not trusted:
        best = best_schema_error(SCHEMA_FILE, data)
        if best is not None:
            raise CodebookError(
                f"The codebook file {source} is not valid: {_describe_schema_error(best, data)}"
            )
    try:
        return _Builder(cast("dict[str, Any]", data), path).build()
    except _BadCodebookError as exc:
        raise CodebookError(f"The codebook file {source} is not valid: {exc}") from None


def _describe_schema_error(error: jsonschema.exceptions.ValidationError, data: object) -> str:
    """Where in the file and what: e.g. ``at fields[3] ('colour') > type: ...``."""
    where: list[str] = []
    node: object = data
    for step in error.absolute_path:
        if isinstance(node, list) and isinstance(step, int):
            node = node[step]
            name = (node.get("name") or node.get("id")) if isinstance(node, dict) else None
            index = f"[{step}]" + (f" ({name!r})" if isinstance(name, str) else "")
            where.append((where.pop() if where else "") + index)
        else:
            node = node.get(str(step)) if isinstance(node, dict) else None
            where.append(str(step))
    place = " > ".join(where) if where else "the top level"
    if error.validator == "enum":
        allowed = ", ".join(repr(v) for v in cast("list[object]", error.validator_value))
        return f"at {place}: {error.instance!r} is not allowed; use one of {allowed}"
    if error.validator == "format" and error.validator_value == "regex":
        return f"at {place}: {error.instance!r} is not a valid regular expression"
    if error.validator in ("minProperties", "maxProperties"):
        return (
            f"at {place}: a condition names one 'field' and exactly one test "
            "(blank, equals, in or matches)"
        )
    return f"at {place}: {error.message}"


class _BadCodebookError(ValueError):
    """A consistency problem found while building a codebook (message only)."""


class _Builder:
    """Turns schema-valid codebook JSON into a :class:`Codebook`, checking references."""

    def __init__(self, data: dict[str, Any], path: Path | None) -> None:
        self.data = data
        self.path = path

    def build(self) -> Codebook:
        vocabularies = {
            name: self._vocabulary(name, spec)
            for name, spec in self.data.get("vocabularies", {}).items()
        }
        for vocab in vocabularies.values():
            self._check_vocabulary_parent(vocab, vocabularies)
        names: set[str] = set()
        for raw in self.data["fields"]:
            if raw["name"] in names:
                raise _BadCodebookError(f"the field name {raw['name']!r} is used twice")
            names.add(raw["name"])
        plain = [self._field(raw, vocabularies, names) for raw in self.data["fields"]]
        by_name = {f.name: f for f in plain}
        for spec in plain:
            self._check_field_links(spec, by_name, vocabularies)
        # Conditions and constants are read with the field types, so they need a codebook:
        # a first one without derivations and rules serves for that.
        bare = Codebook(
            id=self.data["id"],
            version=self.data["version"],
            fields=plain,
            vocabularies=vocabularies,
        )
        fields = [
            replace(spec, derive=self._derivation(bare, spec, raw["derive"]))
            if "derive" in raw
            else spec
            for spec, raw in zip(plain, self.data["fields"], strict=True)
        ]
        return Codebook(
            id=self.data["id"],
            version=self.data["version"],
            fields=fields,
            vocabularies=vocabularies,
            rules=self._rules(bare),
            title=self.data.get("title", ""),
            description=self.data.get("description", ""),
            path=self.path,
        )

    # vocabularies ----------------------------------------------------------

    def _vocabulary(self, name: str, spec: dict[str, Any]) -> Vocabulary:
        items: list[VocabItem] = []
        seen: set[tuple[str | None, str]] = set()
        codes: set[int] = set()
        for raw in spec["items"]:
            key = (raw.get("parent"), raw["value"])
            if key in seen:
                raise _BadCodebookError(f"vocabulary {name!r} lists {raw['value']!r} twice")
            seen.add(key)
            code = raw.get("code")
            if code is not None:
                if code in codes:
                    raise _BadCodebookError(f"vocabulary {name!r} uses the code {code} twice")
                codes.add(code)
            items.append(
                VocabItem(
                    value=raw["value"],
                    label=raw.get("label", raw["value"]),
                    description=raw.get("description", ""),
                    code=code,
                    parent=raw.get("parent"),
                    data=MappingProxyType(dict(raw.get("data", {}))),
                )
            )
        return Vocabulary(
            name=name,
            label=spec.get("label", name),
            description=spec.get("description", ""),
            parent=spec.get("parent"),
            items=tuple(items),
        )

    @staticmethod
    def _check_vocabulary_parent(vocab: Vocabulary, vocabularies: Mapping[str, Vocabulary]) -> None:
        if vocab.parent is None:
            for item in vocab.items:
                if item.parent is not None:
                    raise _BadCodebookError(
                        f"vocabulary {vocab.name!r}: item {item.value!r} names a parent, "
                        "but the vocabulary has no 'parent' vocabulary"
                    )
            return
        parent = vocabularies.get(vocab.parent)
        if parent is None:
            raise _BadCodebookError(
                f"vocabulary {vocab.name!r} refers to the parent vocabulary {vocab.parent!r}, "
                "which is not defined"
            )
        allowed = set(parent.values())
        for item in vocab.items:
            if item.parent is None:
                raise _BadCodebookError(
                    f"vocabulary {vocab.name!r}: item {item.value!r} has no 'parent' "
                    f"(a value of {vocab.parent!r})"
                )
            if item.parent not in allowed:
                raise _BadCodebookError(
                    f"vocabulary {vocab.name!r}: item {item.value!r} names the parent "
                    f"{item.parent!r}, which is not a value of {vocab.parent!r}"
                )

    # fields ----------------------------------------------------------------

    def _field(
        self, raw: dict[str, Any], vocabularies: Mapping[str, Vocabulary], names: set[str]
    ) -> FieldSpec:
        name: str = raw["name"]
        type_: FieldType = raw["type"]
        where = f"field {name!r}"

        def only_for(key: str, types: Iterable[str]) -> None:
            if key in raw and type_ not in types:
                raise _BadCodebookError(f"{where}: {key!r} cannot be used with type {type_!r}")

        only_for("vocabulary", ("choice", "list", "integer"))
        only_for("parent", ("choice",))
        only_for("accept_codes", ("choice",))
        only_for("min", ("integer", "number"))
        only_for("max", ("integer", "number"))
        only_for("decimals", ("number",))
        only_for("separator", ("list",))
        only_for("pattern", _TEXT_TYPES)
        vocab_name = raw.get("vocabulary")
        if vocab_name is not None and vocab_name not in vocabularies:
            raise _BadCodebookError(
                f"{where} uses the vocabulary {vocab_name!r}, which is not defined "
                "under 'vocabularies'"
            )
        if type_ == "integer" and vocab_name is not None:
            for item in vocabularies[vocab_name].items:
                if not _INTEGER_RE.fullmatch(item.value):
                    raise _BadCodebookError(
                        f"{where} is an integer, but its vocabulary {vocab_name!r} holds the "
                        f"non-integer value {item.value!r}"
                    )
        low, high = raw.get("min"), raw.get("max")
        if low is not None and high is not None and low > high:
            raise _BadCodebookError(f"{where}: 'min' {low} is greater than 'max' {high}")
        parent = raw.get("parent")
        if parent is not None and parent not in names:
            raise _BadCodebookError(
                f"{where} names the parent field {parent!r}, which does not exist"
            )
        if parent == name:
            raise _BadCodebookError(f"{where} cannot be its own parent")
        return FieldSpec(
            name=name,
            type=type_,
            label=raw["label"],
            description=raw.get("description", ""),
            required=raw.get("required", False),
            vocabulary=vocab_name,
            parent=parent,
            accept_codes=raw.get("accept_codes", False),
            min=low,
            max=high,
            decimals=raw.get("decimals"),
            separator=raw.get("separator"),
            pattern=_compile(raw.get("pattern"), where),
        )

    @staticmethod
    def _check_field_links(
        spec: FieldSpec, by_name: Mapping[str, FieldSpec], vocabularies: Mapping[str, Vocabulary]
    ) -> None:
        if spec.parent is None:
            return
        where = f"field {spec.name!r}"
        parent = by_name[spec.parent]
        assert spec.vocabulary is not None
        vocab = vocabularies[spec.vocabulary]
        if parent.type != "choice":
            raise _BadCodebookError(f"{where}: its parent field {parent.name!r} must be a choice")
        if vocab.parent != parent.vocabulary:
            raise _BadCodebookError(
                f"{where}: its vocabulary {vocab.name!r} must have the parent vocabulary "
                f"{parent.vocabulary!r} of field {parent.name!r} (it has {vocab.parent!r})"
            )

    def _derivation(self, cb: Codebook, spec: FieldSpec, raw: dict[str, Any]) -> Derivation:
        where = f"field {spec.name!r}: its derivation"
        kind: DerivationKind = raw["kind"]
        sources_raw = raw.get("from", [])
        sources = (sources_raw,) if isinstance(sources_raw, str) else tuple(sources_raw)
        for source in sources:
            if not cb.has_field(source):
                raise _BadCodebookError(f"{where} reads the field {source!r}, which does not exist")
            if source == spec.name:
                raise _BadCodebookError(f"{where} reads the field itself")
        when = self._condition(cb, raw["when"], f"{where}, 'when'") if "when" in raw else None
        value = raw.get("value")
        if kind == "lookup":
            source_vocab = cb.field_vocabulary(sources[0])
            if source_vocab is None or cb.field(sources[0]).type != "choice":
                raise _BadCodebookError(
                    f"{where} looks up {sources[0]!r}, which is not a choice field"
                )
            attribute = raw["attribute"]
            if not any(attribute in item.data for item in source_vocab.items):
                raise _BadCodebookError(
                    f"{where} looks up the attribute {attribute!r}, which no item of the "
                    f"vocabulary {source_vocab.name!r} has"
                )
        elif kind == "code_pair":
            for source in sources:
                source_spec = cb.field(source)
                source_vocab = cb.field_vocabulary(source)
                if (
                    source_spec.type != "choice"
                    or source_vocab is None
                    or any(i.code is None for i in source_vocab.items)
                ):
                    raise _BadCodebookError(
                        f"{where} combines the codes of {source!r}, which must be a choice "
                        "whose vocabulary gives every value a 'code'"
                    )
            own = cb.field_vocabulary(spec.name)
            if spec.type != "choice" or own is None:
                raise _BadCodebookError(
                    f"{where} (code_pair) needs the field to be a choice with a vocabulary"
                )
        elif kind == "date_part":
            if cb.field(sources[0]).type != "date":
                raise _BadCodebookError(
                    f"{where} takes a date part of {sources[0]!r}, which is not a date"
                )
        else:
            try:
                _read_value(cb, spec, value)
            except FieldValueError as exc:
                raise _BadCodebookError(f"{where}: the constant is not valid: {exc}") from None
        return Derivation(
            kind=kind,
            sources=sources,
            attribute=raw.get("attribute"),
            part=raw.get("part"),
            multiplier=raw.get("multiplier", 10),
            value=value,
            when=when,
        )

    # rules and conditions ----------------------------------------------------

    def _rules(self, cb: Codebook) -> list[Rule]:
        rules: list[Rule] = []
        seen: set[str] = set()
        for raw in self.data.get("rules", []):
            rule_id = raw["id"]
            where = f"rule {rule_id!r}"
            if rule_id in seen:
                raise _BadCodebookError(f"the rule id {rule_id!r} is used twice")
            seen.add(rule_id)
            message = raw.get("message")
            if message is not None:
                try:
                    message.format_map(_PLACEHOLDERS)
                except (KeyError, IndexError, ValueError) as exc:
                    raise _BadCodebookError(
                        f"{where}: the message has an unknown or broken placeholder ({exc}); "
                        "use {field}, {value}, {expected} or {when}"
                    ) from None
            rules.append(
                Rule(
                    id=rule_id,
                    check=self._condition(cb, raw["check"], f"{where}, 'check'"),
                    when=self._condition(cb, raw["when"], f"{where}, 'when'")
                    if "when" in raw
                    else None,
                    message=message,
                    description=raw.get("description", ""),
                )
            )
        return rules

    @staticmethod
    def _condition(cb: Codebook, raw: dict[str, Any], where: str) -> Condition:
        name = raw["field"]
        if not cb.has_field(name):
            raise _BadCodebookError(f"{where} tests the field {name!r}, which does not exist")
        if "blank" in raw:
            return Condition(field=name, test="blank", blank=raw["blank"])
        if "matches" in raw:
            return Condition(field=name, test="matches", pattern=_compile(raw["matches"], where))
        test: TestKind = "equals" if "equals" in raw else "in"
        expected: tuple[Scalar, ...] = (raw["equals"],) if test == "equals" else tuple(raw["in"])
        values: list[object] = []
        for value in expected:
            try:
                read = _read_value(cb, cb.field(name), value)
            except FieldValueError as exc:
                raise _BadCodebookError(f"{where}: {exc}") from None
            if read is None:
                raise _BadCodebookError(
                    f"{where}: compares {name!r} with a blank value; use 'blank'"
                )
            values.append(read)
        return Condition(field=name, test=test, expected=expected, values=tuple(values))


def _compile(pattern: str | None, where: str) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise _BadCodebookError(
            f"{where}: the pattern {pattern!r} is not a valid regular expression ({exc})"
        ) from None


def _derivation_order(fields: Sequence[FieldSpec]) -> tuple[FieldSpec, ...]:
    pending = [f for f in fields if f.derive is not None]
    derived_names = {f.name for f in pending}
    done: list[FieldSpec] = []
    done_names: set[str] = set()
    while pending:
        ready = [
            f
            for f in pending
            if f.derive is not None
            and all(s in done_names or s not in derived_names for s in f.derive.inputs)
        ]
        if not ready:
            names = ", ".join(repr(f.name) for f in pending)
            raise _BadCodebookError(f"the derivations of {names} depend on each other in a circle")
        done.extend(ready)
        done_names.update(f.name for f in ready)
        pending = [f for f in pending if f.name not in done_names]
    return tuple(done)
