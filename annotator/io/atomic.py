"""Files that appear only when completely written: write beside, then rename into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from annotator.errors import ExportRefusedError


@contextlib.contextmanager
def atomic_text_file(destination: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream whose content replaces ``destination`` only if the block succeeds.

    A write error (disk full, no permission) or any exception leaves no partial file.
    """
    destination = destination.expanduser().resolve()
    if destination.is_dir():
        raise ExportRefusedError(f"{destination} is a folder; give a file name")
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
        )
    except OSError as error:
        raise ExportRefusedError(f"cannot write {destination}: {error.strerror}") from None
    temporary = Path(temporary_name)
    try:
        # mkstemp makes a private file; give it the mode any new file of the user's gets.
        temporary.chmod(_new_file_mode(destination))
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(destination)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportRefusedError(
            f"cannot write {destination}: {error.strerror or error}; nothing was written"
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _new_file_mode(destination: Path) -> int:
    if destination.exists():
        return destination.stat().st_mode & 0o777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def text_output(destination: Path | None, fallback: TextIO) -> Iterator[TextIO]:
    """``destination`` written atomically, or ``fallback`` (standard output) when None."""
    if destination is None:
        yield fallback
        return
    with atomic_text_file(destination) as stream:
        yield stream
