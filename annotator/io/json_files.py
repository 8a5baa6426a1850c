"""Read a JSON data file (codebook, lexicon, cues, gazetteer) with plain-language errors."""

from __future__ import annotations

import json
from pathlib import Path


def read_json_file(path: Path, what: str, error: type[Exception]) -> object:
    """The parsed content of ``path``; ``error`` names ``what`` it is and the problem.

    A byte-order mark is accepted; a missing file, other bytes than UTF-8 and broken
    JSON each get their own message.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(f"Cannot read {what} {path}: file not found") from None
    except OSError as exc:
        raise error(f"Cannot read {what} {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise error(f"{what.capitalize()} {path} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"{what.capitalize()} {path} is not valid JSON: {exc.msg} "
            f"(line {exc.lineno}, column {exc.colno})"
        ) from None
