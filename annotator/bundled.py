"""Locate the files shipped beside the code: schemas/ and resources/.

In a source checkout (and an editable install) they are top-level folders of the
project; a wheel carries them inside the package under ``_bundled``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def schemas_dir() -> Path:
    return _bundled_dir("schemas")


def resources_dir() -> Path:
    return _bundled_dir("resources")
