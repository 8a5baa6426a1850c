"""ACLED event files (CSV) in the current layout and the older layouts still found in archives.

Three header layouts are recognised by their column names, not their order:

* ``CURRENT``: the 31 columns of today's export and API (extra columns such as
  ``population_best`` are allowed and kept in :attr:`AcledRecord.original` only);
* ``EXPORT_2019``: the 2019-2020 Export Tool and data dumps, without ``disorder_type``,
  ``civilian_targeting`` and ``tags`` and with ``data_id``, ``event_id_no_cnty``, ``iso3``;
* ``API_2016``: the pre-2019 API (columns in alphabetical order), with ``ally_actor_*``,
  ``gwno`` and the old event types, and no ``sub_event_type``.

Every record comes out keyed by the codebook's columns in the current layout, with dates
written YYYY-MM-DD and actor types and interactions in words. Rows that cannot be read become
:class:`~annotator.io.articles.Problem` items naming the file and line. Derived columns that
an old layout lacks are left blank; :func:`complete` fills them from the codebook.

The file is read as a stream, one record at a time. No Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import BinaryIO, Final

from annotator.codebook import Codebook, Vocabulary, default_codebook, is_blank
from annotator.io.articles import Problem, describe_decode_error

__all__ = [
    "AcledLayout",
    "AcledRecord",
    "complete",
    "detect_layout",
    "iso_date",
    "looks_like_acled_header",
    "read_acled_csv",
]


class AcledLayout(StrEnum):
    """The header layouts of ACLED event files."""

    CURRENT = "current"
    EXPORT_2019 = "export_2019"
    API_2016 = "api_2016"


@dataclass(frozen=True)
class AcledRecord:
    """One event read from an ACLED file.

    ``event`` holds every codebook column (blank cells are ``""``); ``original`` is the row
    as read, keyed by the file's own column names (lower case, spaces and BOM removed).
    """

    event: dict[str, object]
    where: str
    layout: AcledLayout
    original: dict[str, str]


_ADDED_AFTER_2019: Final = frozenset({"disorder_type", "civilian_targeting", "tags"})
_NOT_IN_API_2016: Final = frozenset(
    {
        "sub_event_type",
        "assoc_actor_1",
        "assoc_actor_2",
        "iso",
        "region",
        "source_scale",
        "timestamp",
    }
)


def current_columns() -> tuple[str, ...]:
    """The current ACLED layout: the ACLED codebook's fields in export order."""
    return default_codebook().columns


@cache
def _required_columns() -> Mapping[AcledLayout, frozenset[str]]:
    """Column names each layout must have; other columns are allowed and kept in ``original``."""
    current = frozenset(current_columns())
    return {
        AcledLayout.CURRENT: current,
        AcledLayout.EXPORT_2019: current - _ADDED_AFTER_2019,
        AcledLayout.API_2016: (
            current - _ADDED_AFTER_2019 - _NOT_IN_API_2016 | {"ally_actor_1", "ally_actor_2"}
        ),
    }


_RENAMED_COLUMNS: Final[Mapping[AcledLayout, Mapping[str, str]]] = {
    AcledLayout.CURRENT: {},
    AcledLayout.EXPORT_2019: {},
    AcledLayout.API_2016: {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"},
}
# Every layout has these; a file with all three is an event file, whatever else it holds.
_ACLED_MARKERS: Final = frozenset({"event_id_cnty", "event_type", "actor1"})

# Pre-2019 event types -> (event_type, sub_event_type) of the current taxonomy; "" = unknown.
_OLD_EVENT_TYPES: Final[Mapping[str, tuple[str, str]]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": (
        "Battles",
        "Non-state actor overtakes territory",
    ),
    "violence against civilians": ("Violence against civilians", ""),
    "remote violence": ("Explosions/Remote violence", ""),
    "riots/protests": ("", ""),  # now either Riots or Protests: the coder must choose
    "strategic development": ("Strategic developments", ""),
    "non-violent transfer of territory": (
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    "headquarters or base established": (
        "Strategic developments",
        "Headquarters or base established",
    ),
}
# Older actor-type labels (acledR) -> inter code.
_OLD_ACTOR_TYPE_CODES: Final[Mapping[str, int]] = {
    "state forces": 1,
    "rebel groups": 2,
    "rebel forces": 2,
    "political militias": 3,
    "militia groups": 3,
    "identity (communal) militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}
_NUMERIC_COLUMNS: Final = (
    "year",
    "latitude",
    "longitude",
    "fatalities",
    "geo_precision",
    "time_precision",
    "timestamp",
)
_ACTOR_TYPE_COLUMNS: Final = ("inter1", "inter2")
_WHOLE_NUMBER: Final = re.compile(r"[0-9]+")

_MONTHS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBERS: Final[Mapping[str, int]] = {
    **{name: number for number, name in enumerate(_MONTHS, start=1)},
    **{name[:3]: number for number, name in enumerate(_MONTHS, start=1)},
}
_ISO_DATE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_WORDS_DATE: Final = re.compile(r"([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})")  # 15 March 2021
_SPREADSHEET_DATE: Final = re.compile(r"([0-9]{1,2})-([A-Za-z]{3})-([0-9]{2})")  # 9-May-20
_DATE_FORMS: Final = "2021-03-15, 15 March 2021, 15 Mar 2021 or 15-Mar-21"

_BINARY_PROBE_BYTES: Final = 8192
_UTF8_BOM: Final = b"\xef\xbb\xbf"


class _RowError(ValueError):
    """One cell of a row cannot be read; becomes a Problem for that row."""


class _UnreadableLineError(Exception):
    """A physical line is not UTF-8 text; reading stops there."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


# --------------------------------------------------------------------------- headers


def _column_names(header: Iterable[str]) -> list[str]:
    return [name.replace("\ufeff", "").strip().lower() for name in header]


def looks_like_acled_header(header: list[str]) -> bool:
    """Whether a CSV header is that of an ACLED event file (of any layout)."""
    return set(_column_names(header)) >= _ACLED_MARKERS


def is_acled_file(path: Path) -> bool:
    """Whether ``path`` is a CSV file whose header is an ACLED event header."""
    if path.suffix.lower() != ".csv" or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            first = handle.readline(65536).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    header = next(csv.reader([first]), [])
    return looks_like_acled_header(header)


def detect_layout(header: list[str]) -> AcledLayout:
    """The layout of an ACLED header; ValueError naming the missing columns if it is none."""
    names = _column_names(header)
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"the header repeats the column(s) {', '.join(repeated)}")
    present = set(names)
    for layout, required in _required_columns().items():
        if required <= present:
            return layout
    raise ValueError(_missing_columns_message(present))


_LAYOUT_NAMES: Final[Mapping[AcledLayout, str]] = {
    AcledLayout.CURRENT: "current 31-column layout",
    AcledLayout.EXPORT_2019: "2019-2020 export layout",
    AcledLayout.API_2016: "2016 API layout",
}


def _missing_columns_message(present: set[str]) -> str:
    def missing_for(layout: AcledLayout) -> list[str]:
        return sorted(_required_columns()[layout] - present)

    closest = min(AcledLayout, key=lambda layout: len(missing_for(layout)))
    missing = missing_for(closest)
    shown = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
    return (
        f"not an ACLED event header: it lacks {shown} "
        f"(compared with the closest layout, the {_LAYOUT_NAMES[closest]})"
    )


# --------------------------------------------------------------------------- cell values


def iso_date(text: str) -> str:
    """An ACLED date written YYYY-MM-DD; blank stays blank.

    Accepts 2021-03-15, 15 March 2021, 15 Mar 2021 and 15-Mar-21 (a spreadsheet re-save; the
    year is 2000 + yy). Raises ValueError naming the value for any other form.
    """
    value = text.strip()
    if not value:
        return ""
    parts = _date_parts(value)
    if parts is None:
        raise _RowError(f"event_date '{value}' is not a date in a form ACLED uses ({_DATE_FORMS})")
    try:
        return dt.date(*parts).isoformat()
    except ValueError:
        raise _RowError(f"event_date '{value}' is not a real date") from None


def _date_parts(value: str) -> tuple[int, int, int] | None:
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
        return int(year), int(month), int(day)
    if match := _WORDS_DATE.fullmatch(value):
        day, month_name, year = match.groups()
        month = _MONTH_NUMBERS.get(month_name.lower())
        return None if month is None else (int(year), month, int(day))
    if match := _SPREADSHEET_DATE.fullmatch(value):
        day, month_name, two_digit_year = match.groups()
        month = _MONTH_NUMBERS.get(month_name.lower())
        return None if month is None else (2000 + int(two_digit_year), month, int(day))
    return None


def _value_in_words(vocabulary: Vocabulary, column: str, text: str) -> str:
    """A vocabulary value given by its numeric code or in words (any case)."""
    value = text.strip()
    if _WHOLE_NUMBER.fullmatch(value):
        item = vocabulary.by_code(int(value))
        if item is None:
            raise _RowError(f"{column} '{value}' is not a code of the list '{vocabulary.label}'")
        return item.value
    for candidate in vocabulary.values():
        if candidate.lower() == value.lower():
            return candidate
    return value


def _actor_type(vocabulary: Vocabulary, column: str, text: str) -> str:
    value = text.strip()
    if value in {"", "0"}:  # old layouts write 0 for "no actor 2"
        return ""
    old_code = _OLD_ACTOR_TYPE_CODES.get(value.lower())
    if old_code is not None and vocabulary.by_code(old_code) is not None:
        return vocabulary.value_for_code(old_code)
    return _value_in_words(vocabulary, column, value)


def _current_event_type(old_type: str) -> tuple[str, str]:
    """A pre-2019 event type as (event_type, sub_event_type); unknown types are kept."""
    return _OLD_EVENT_TYPES.get(old_type.strip().lower(), (old_type, ""))


def _event_from_row(
    row: Mapping[str, str], layout: AcledLayout, codebook: Codebook
) -> dict[str, object]:
    """The row keyed by the codebook's columns, its values in the current forms."""
    renames = _RENAMED_COLUMNS[layout]
    cells = {renames.get(name, name): value for name, value in row.items()}
    cells["event_date"] = iso_date(cells.get("event_date", ""))
    for column in _NUMERIC_COLUMNS:
        cells[column] = cells.get(column, "").strip()
    for column in _ACTOR_TYPE_COLUMNS:
        vocabulary = _vocabulary_of(codebook, column)
        if vocabulary is not None:
            cells[column] = _actor_type(vocabulary, column, cells.get(column, ""))
    interactions = _vocabulary_of(codebook, "interaction")
    if interactions is not None and cells.get("interaction", "").strip():
        cells["interaction"] = _value_in_words(interactions, "interaction", cells["interaction"])
    if layout is AcledLayout.API_2016:
        cells["event_type"], cells["sub_event_type"] = _current_event_type(
            cells.get("event_type", "")
        )
    return {name: cells.get(name, "") for name in codebook.columns}


def _vocabulary_of(codebook: Codebook, column: str) -> Vocabulary | None:
    return codebook.field_vocabulary(column) if codebook.has_field(column) else None


def complete(event: Mapping[str, object], codebook: Codebook) -> dict[str, object]:
    """A copy of ``event`` whose blank derived columns are filled from the codebook.

    Only blank columns are filled (e.g. disorder_type and, for violence against civilians,
    civilian_targeting, which the 2019 layout lacks); values the file gave are never
    replaced, so validation still compares them with what the codebook derives.
    """
    derived = codebook.derive(event)
    completed = dict(event)
    for spec in codebook.derived_fields:
        value = derived.get(spec.name)
        if is_blank(completed.get(spec.name)) and not is_blank(value):
            completed[spec.name] = _as_cell(value)
    return completed


def _as_cell(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


# --------------------------------------------------------------------------- reading


def read_acled_csv(path: Path, codebook: Codebook | None = None) -> Iterator[AcledRecord | Problem]:
    """The events of an ACLED CSV file, one at a time, and a Problem for each unreadable row.

    A file that is not UTF-8 text or not an ACLED event file gives one Problem and nothing
    else; a wrong encoding found further down stops reading at that line.
    """
    chosen = codebook if codebook is not None else default_codebook()
    try:
        with path.open("rb") as handle:
            yield from _read_handle(handle, str(path), chosen)
    except OSError as error:
        yield Problem(str(path), f"cannot be read: {error.strerror or error}")


def _read_handle(
    handle: BinaryIO, name: str, codebook: Codebook
) -> Iterator[AcledRecord | Problem]:
    head = handle.read(_BINARY_PROBE_BYTES)
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        yield Problem(f"{name}:{line}", "this is a binary file, not UTF-8 text")
        return
    handle.seek(0)
    lines = _CountedLines(handle)
    try:
        yield from _read_rows(lines, name, codebook)
    except _UnreadableLineError as failure:
        yield Problem(f"{name}:{failure.line}", f"{failure}; the rest of the file was not read")
    except csv.Error as error:
        yield Problem(
            f"{name}:{lines.count}", f"malformed CSV ({error}); the rest of the file was not read"
        )


class _CountedLines:
    """The lines of a binary file decoded as UTF-8 (BOM dropped), counted as they are read."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self._handle:
            self.count += 1
            line = raw.removeprefix(_UTF8_BOM) if self.count == 1 else raw
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError as error:
                raise _UnreadableLineError(self.count, describe_decode_error(line, error)) from None


def _read_rows(
    lines: _CountedLines, name: str, codebook: Codebook
) -> Iterator[AcledRecord | Problem]:
    reader = csv.reader(lines, strict=True)
    header = next(reader, None)
    if header is None:
        yield Problem(name, "the file is empty")
        return
    try:
        layout = detect_layout(header)
    except ValueError as error:
        yield Problem(f"{name}:1", str(error))
        return
    columns = _column_names(header)
    start = lines.count + 1
    for row in reader:
        where, start = f"{name}:{start}", lines.count + 1
        if all(not cell.strip() for cell in row):
            continue  # spreadsheets leave ",,,," records behind
        yield _record_or_problem(row, columns, layout, where, codebook)


def _record_or_problem(
    row: list[str], columns: list[str], layout: AcledLayout, where: str, codebook: Codebook
) -> AcledRecord | Problem:
    if len(row) != len(columns):
        return Problem(where, f"has {len(row)} cells, but the header names {len(columns)} columns")
    original = {column: _one_newline_style(cell) for column, cell in zip(columns, row, strict=True)}
    try:
        event = _event_from_row(original, layout, codebook)
    except _RowError as error:
        return Problem(where, str(error))
    return AcledRecord(event=event, where=where, layout=layout, original=original)


def _one_newline_style(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n") if "\r" in cell else cell
