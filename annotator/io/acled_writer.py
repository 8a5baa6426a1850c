"""Write events as ACLED CSV rows: column order from the codebook, values as ACLED prints them.

Profiles:
- default: UTF-8 without BOM, LF line ends, every value written as it is;
- excel: UTF-8 with BOM and CRLF so spreadsheet programs read Arabic and line ends
  right, and text cells beginning with = + - @ (or a tab or carriage return) prefixed with
  an apostrophe, so that a spreadsheet shows them as text instead of running them as
  formulas (CSV formula injection). Numbers are never changed.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TextIO

from annotator.codebook import Codebook

InterStyle = Literal["words", "numeric"]
DateStyle = Literal["iso", "export-tool"]
Profile = Literal["default", "excel"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TEXT_TYPES = {"string", "text", "actor", "choice", "list"}

Cell = Callable[[Mapping[str, Any]], str]


@dataclass(frozen=True)
class AcledCsvOptions:
    inter: InterStyle = "words"
    dates: DateStyle = "iso"
    profile: Profile = "default"


def format_export_tool_date(value: str) -> str:
    """2025-05-16 -> '16 May 2025', as ACLED's Export Tool writes dates."""
    day = dt.date.fromisoformat(value)
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(part) for part in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class AcledRowFormatter:
    """Turns a derived event (field name -> value) into the list of CSV cells."""

    def __init__(self, codebook: Codebook, options: AcledCsvOptions) -> None:
        self.columns = codebook.columns
        self._cells: list[Cell] = [self._cell(codebook, name, options) for name in self.columns]

    def row(self, event: Mapping[str, Any]) -> list[str]:
        return [cell(event) for cell in self._cells]

    @staticmethod
    def _cell(codebook: Codebook, name: str, options: AcledCsvOptions) -> Cell:
        spec = codebook.field(name)
        plain: Cell = _plain_cell(name, spec.separator)
        if spec.type == "number" and spec.decimals is not None:
            plain = _decimal_cell(name, spec.decimals)
        elif spec.type == "date" and options.dates == "export-tool":
            plain = _export_tool_date_cell(name)
        elif options.inter == "numeric" and spec.vocabulary in ("actor_type", "interaction"):
            plain = _code_cell(name, codebook.vocabulary(spec.vocabulary).code_for)
        if options.profile == "excel" and spec.type in _TEXT_TYPES:
            return _protected(plain)
        return plain


def _plain_cell(name: str, separator: str | None) -> Cell:
    if separator is None:
        return lambda event: _text(event.get(name))

    def joined(event: Mapping[str, Any]) -> str:
        value = event.get(name)
        if isinstance(value, list | tuple):
            return separator.join(str(part) for part in value)
        return _text(value)

    return joined


def _decimal_cell(name: str, decimals: int) -> Cell:
    def cell(event: Mapping[str, Any]) -> str:
        value = event.get(name)
        if value is None or value == "":
            return ""
        return f"{float(value):.{decimals}f}"

    return cell


def _export_tool_date_cell(name: str) -> Cell:
    def cell(event: Mapping[str, Any]) -> str:
        value = _text(event.get(name))
        return format_export_tool_date(value) if value else ""

    return cell


def _code_cell(name: str, code_for: Callable[[str], int]) -> Cell:
    # Old numeric layout: 0 for a missing actor 2, interaction as 10 * lower + higher.
    def cell(event: Mapping[str, Any]) -> str:
        value = _text(event.get(name))
        return str(code_for(value)) if value else "0"

    return cell


def _protected(cell: Cell) -> Cell:
    def guarded(event: Mapping[str, Any]) -> str:
        text = cell(event)
        return "'" + text if text.startswith(_FORMULA_STARTS) else text

    return guarded


def csv_writer(stream: TextIO, options: AcledCsvOptions) -> Any:
    """A csv writer with RFC 4180 quoting and the profile's line ends."""
    terminator = "\r\n" if options.profile == "excel" else "\n"
    return csv.writer(stream, lineterminator=terminator, quoting=csv.QUOTE_MINIMAL)
