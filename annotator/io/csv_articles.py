"""Articles from CSV: a header row naming the article fields (or mapped with --map)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from annotator.io.acled_csv import looks_like_acled_header
from annotator.io.articles import (
    ARTICLE_FIELDS,
    DEFAULT_MAX_ARTICLE_BYTES,
    ParsedItem,
    Problem,
    RecordError,
    build_article,
    check_not_binary,
    describe_decode_error,
)

Progress = Callable[[int], None]


class _CsvDecodeError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _decoded_lines(handle: BinaryIO, on_progress: Progress | None) -> Iterator[str]:
    for number, raw in enumerate(handle, start=1):
        line = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _CsvDecodeError(number, describe_decode_error(line, error)) from None
        if on_progress is not None and number % 256 == 0:
            on_progress(handle.tell())


def read_csv(
    path: Path,
    field_map: Mapping[str, str],
    *,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    on_progress: Progress | None = None,
) -> Iterator[ParsedItem]:
    csv.field_size_limit(min(sys.maxsize, max_bytes * 2))
    with path.open("rb") as handle:
        try:
            check_not_binary(handle.read(8192), str(path))
        except RecordError as error:
            yield Problem(str(path), str(error).removeprefix(f"{path} "))
            return
        handle.seek(0)
        reader = csv.reader(_decoded_lines(handle, on_progress), strict=True)
        try:
            header = next(reader, None)
            if header is None:
                yield Problem(str(path), "the file is empty")
                return
            header = [name.strip() for name in header]
            problem = _check_header(header, field_map, path)
            if problem is not None:
                yield problem
                return
            while True:
                start_line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as error:
                    yield Problem(f"{path}:{start_line}", f"malformed CSV ({error})")
                    return
                if not any(cell.strip() for cell in row):
                    continue
                where = f"{path}:{start_line}"
                if len(row) != len(header):
                    yield Problem(
                        where, f"has {len(row)} cells, but the header names {len(header)} columns"
                    )
                    continue
                try:
                    yield build_article(
                        dict(zip(header, row, strict=True)), field_map, where, max_bytes=max_bytes
                    )
                except RecordError as error:
                    yield Problem(where, str(error))
        except _CsvDecodeError as failure:
            yield Problem(f"{path}:{failure.line}", f"{failure}; the rest of the file was not read")


def _check_header(header: list[str], field_map: Mapping[str, str], path: Path) -> Problem | None:
    if looks_like_acled_header(header):
        return Problem(str(path), "this is an ACLED event file, not articles")
    mapped = {field_map.get(name, name) for name in header}
    if "text" not in mapped:
        return Problem(
            str(path),
            "no 'text' column; the header has "
            f"{', '.join(header[:10])}. Name it text, or use --map COLUMN=text "
            f"(article fields: {', '.join(ARTICLE_FIELDS)})",
        )
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        return Problem(str(path), f"the header repeats column(s) {', '.join(duplicated)}")
    return None
