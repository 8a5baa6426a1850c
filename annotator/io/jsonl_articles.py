"""Articles from JSON Lines: one JSON object a line (schemas/article.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from annotator.io.articles import (
    DEFAULT_MAX_ARTICLE_BYTES,
    ParsedItem,
    Problem,
    RecordError,
    build_article,
    check_not_binary,
    describe_decode_error,
    megabytes,
)

Progress = Callable[[int], None]


def read_jsonl(
    path: Path,
    field_map: Mapping[str, str],
    *,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    on_progress: Progress | None = None,
) -> Iterator[ParsedItem]:
    """Stream the file line by line, so memory stays flat however large it is."""
    # A line may hold JSON escapes and metadata beside the text: allow some headroom.
    line_limit = max_bytes * 2 + 65536
    with path.open("rb") as handle:
        try:
            check_not_binary(handle.read(8192), str(path))
        except RecordError as error:
            yield Problem(str(path), str(error).removeprefix(f"{path} "))
            return
        handle.seek(0)
        number = 0
        while True:
            raw = handle.readline(line_limit)
            if not raw:
                break
            number += 1
            where = f"{path}:{number}"
            if not raw.endswith(b"\n") and len(raw) == line_limit:
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(line_limit)
                yield Problem(where, f"line is longer than {megabytes(line_limit)}")
                continue
            if on_progress is not None:
                on_progress(handle.tell())
            item = _parse_line(raw, where, field_map, max_bytes)
            if item is not None:
                yield item


def _parse_line(
    raw: bytes, where: str, field_map: Mapping[str, str], max_bytes: int
) -> ParsedItem | None:
    if where.endswith(":1") and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return None
    try:
        # json.loads decodes UTF-8 bytes itself, and fails on bytes that are not UTF-8.
        record = json.loads(raw)
    except UnicodeDecodeError as error:
        return Problem(where, describe_decode_error(raw, error))
    except json.JSONDecodeError as error:
        return Problem(where, f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return Problem(where, f"expected a JSON object, found {type(record).__name__}")
    try:
        return build_article(record, field_map, where, max_bytes=max_bytes)
    except RecordError as error:
        return Problem(where, str(error))
