"""Locate the files shipped beside the code: schemas/ and resources/.

In a source checkout (and an editable install) they are top-level folders of the
project; a wheel carries them inside the package under ``_bundled``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from annotator.errors import AnnotatorError

if TYPE_CHECKING:  # imported when first needed: it takes 0.1 s, and start-up reads no
    import jsonschema  # user file (the bundled ones are checked by the tests instead)

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
    import jsonschema

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


def best_schema_error(file_name: str, data: object) -> jsonschema.exceptions.ValidationError | None:
    """The most relevant error of ``data`` against a schema in schemas/, or None if valid."""
    import jsonschema

    errors = schema_validator(file_name).iter_errors(cast("Any", data))
    return jsonschema.exceptions.best_match(errors)
