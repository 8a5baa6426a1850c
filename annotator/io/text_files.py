"""Articles from .txt and .html files, alone or in a folder; the file name is the id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from annotator.io.html_text import html_to_text

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}

Progress = Callable[[int], None]


def folder_files(folder: Path) -> list[Path]:
    """The .txt and .html files under ``folder``, in a stable order; hidden files skipped."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def read_text_file(path: Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> ParsedItem:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Problem(
                where,
                f"the file is {megabytes(size)}; an article file may be at most "
                f"{megabytes(max_bytes)}",
            )
        raw = path.read_bytes()
    except OSError as error:
        return Problem(where, f"cannot read the file ({error.strerror})")
    try:
        check_not_binary(raw[:8192], "this")
        text = raw.decode("utf-8-sig")
    except RecordError as error:
        return Problem(where, str(error))
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        shifted = UnicodeDecodeError(
            error.encoding, raw[line_start:], error.start - line_start, error.end - line_start,
            error.reason,
        )  # fmt: skip
        return Problem(f"{where}:{line}", describe_decode_error(raw[line_start:], shifted))
    title: str | None = None
    if path.suffix.lower() in HTML_SUFFIXES:
        title, text = html_to_text(text)
    record: dict[str, object] = {"id": path.stem, "text": text, "title": title}
    try:
        return build_article(record, {}, where, max_bytes=max_bytes)
    except RecordError as error:
        return Problem(where, str(error))


def read_folder(
    folder: Path,
    *,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    on_progress: Progress | None = None,
) -> Iterator[ParsedItem]:
    files = folder_files(folder)
    if not files:
        yield Problem(str(folder), "holds no .txt or .html files")
        return
    done = 0
    for path in files:
        yield read_text_file(path, max_bytes=max_bytes)
        done += path.stat().st_size
        if on_progress is not None:
            on_progress(done)
