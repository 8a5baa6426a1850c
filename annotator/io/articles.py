"""The article record every importer produces, and the checks shared by all formats."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.text.script import guess_language_utf8

ARTICLE_FIELDS = ("id", "title", "text", "url", "source", "published")
# An article longer than this is almost certainly a wrong file, not a news report.
DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)  # not frozen: a frozen init costs a call per field, per article
class Article:
    external_id: str
    text: str
    sha256: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str = "und"
    metadata: dict[str, Any] = field(default_factory=dict)
    where: str = ""


@dataclass(frozen=True)
class Problem:
    """A record or file that cannot be imported, with where it is and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


ParsedItem = Article | Problem

PROBLEMS_SHOWN = 20


def refusal_message(headline: str, problems: list[Problem], remedy: str) -> str:
    """A refused import's message: what happened, the first problems, what to do."""
    lines = [f"{headline}: {len(problems)} problem(s) found"]
    lines += [f"  {problem}" for problem in problems[:PROBLEMS_SHOWN]]
    if len(problems) > PROBLEMS_SHOWN:
        lines.append(f"  ... and {len(problems) - PROBLEMS_SHOWN} more")
    lines.append(remedy)
    return "\n".join(lines)


class RecordError(ValueError):
    """Raised inside a reader for one bad record; becomes a Problem."""


def parse_field_map(pairs: list[str]) -> dict[str, str]:
    """``["date=published", "body=text"]`` -> ``{"date": "published", "body": "text"}``."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        column, target = column.strip(), target.strip()
        if not sep or not column or not target:
            raise ValueError(f"--map '{pair}' must look like column=field, e.g. date=published")
        if target not in ARTICLE_FIELDS:
            raise ValueError(
                f"--map '{pair}': '{target}' is not an article field "
                f"(fields: {', '.join(ARTICLE_FIELDS)})"
            )
        mapping[column] = target
    return mapping


def megabytes(size: int) -> str:
    """A size as people read it in file managers (MiB, written MB)."""
    return f"{size / (1024 * 1024):.0f} MB"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    """The text as stored: one newline convention, no byte-order mark.

    Offsets are taken on this stored text, so nothing else is changed.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# A date, optionally followed by a time we do not keep (only the day is stored).
_PUBLISHED = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S*)?")


def parse_published(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f"'published' must be a date string, not {value!r}")
    match = _PUBLISHED.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise RecordError(
            f"'published' value '{value}' is not a valid date (use YYYY-MM-DD, "
            "optionally followed by a time)"
        ) from None


def _optional_text(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(f"'{name}' must be text, not {type(value).__name__}")
    text = str(value).strip()
    return text or None


def build_article(
    raw: Mapping[str, object],
    field_map: Mapping[str, str],
    where: str,
    *,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    default_id: str | None = None,
) -> Article:
    """Turn one raw record (JSON object, CSV row...) into an Article, or raise RecordError."""
    record: dict[str, object] = {}
    metadata: dict[str, Any] = {}
    for key, value in raw.items():
        target = field_map.get(key, key)
        if target in ARTICLE_FIELDS:
            record[target] = value
        else:
            metadata[key] = value
    text_value = record.get("text")
    if text_value is None or (
        isinstance(text_value, str) and (not text_value or text_value.isspace())
    ):
        raise RecordError("no text: the 'text' field is missing or empty")
    if not isinstance(text_value, str):
        raise RecordError(f"'text' must be a string, not {type(text_value).__name__}")
    text = clean_text(text_value)
    encoded = text.encode("utf-8")
    encoded_size = len(encoded)
    if encoded_size > max_bytes:
        raise RecordError(
            f"the text is {megabytes(encoded_size)}; an article may be at most "
            f"{megabytes(max_bytes)}"
        )
    sha = hashlib.sha256(encoded).hexdigest()
    external_id = _optional_text(record, "id") or default_id or f"sha256:{sha[:16]}"
    language = metadata.pop("language", None) or guess_language_utf8(encoded)
    return Article(
        external_id=external_id,
        text=text,
        sha256=sha,
        title=_optional_text(record, "title"),
        url=_optional_text(record, "url"),
        source=_optional_text(record, "source"),
        published=parse_published(record.get("published")),
        language=str(language),
        metadata=metadata,
        where=where,
    )


def check_not_binary(head: bytes, where: str) -> None:
    if b"\x00" in head:
        raise RecordError(f"{where} is a binary file, not UTF-8 text")


def describe_decode_error(raw: bytes, error: UnicodeDecodeError) -> str:
    """Explain a decoding failure; name the likely encoding when it is a common Arabic one."""
    byte = raw[error.start : error.start + 1].hex().upper()
    hint = ""
    for encoding, name in (("cp1256", "Windows-1256 (Arabic)"), ("iso-8859-6", "ISO-8859-6")):
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum("\u0600" <= ch <= "\u06ff" for ch in decoded) > len(decoded) // 10:
            hint = f"; it looks like {name}: save the file as UTF-8"
            break
    return f"not UTF-8 text (byte 0x{byte} at column {error.start + 1}){hint}"
