"""Locate the files shipped beside the code: schemas/ and resources/.

In a source checkout (and an editable install) they are top-level folders of the
project; a wheel carries them inside the package under ``_bundled``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema

from annotator.errors import AnnotatorError

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


@cache
def schema_validator(file_name: str) -> jsonschema.protocols.Validator:
    """A checked, reusable validator for one of the JSON Schemas in schemas/.

    These files ship with annotator: one that cannot be read is a broken install.
    """
    path = schemas_dir() / file_name
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AnnotatorError(
            f"the schema {path} cannot be read ({error}): reinstall annotator"
        ) from None
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
