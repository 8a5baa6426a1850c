"""Codebooks: the fields, vocabularies, rules and derived values of an event format, as data.

>>> cb = default_codebook()                      # schemas/acled.codebook.json
>>> cb.choices("sub_event_type", "Riots")
['Violent demonstration', 'Mob violence']
>>> cb.derive({"inter1": "State forces", "inter2": "Civilians"})["interaction"]
'State forces-Civilians'

Pure Python: no Qt here.
"""

from annotator.codebook.schema import (
    Codebook,
    CodebookError,
    Condition,
    Derivation,
    FieldSpec,
    FieldValueError,
    Rule,
    VocabItem,
    Vocabulary,
    default_codebook,
    is_blank,
    load_codebook,
)
from annotator.codebook.validate import FieldMessage

__all__ = [
    "Codebook",
    "CodebookError",
    "Condition",
    "Derivation",
    "FieldMessage",
    "FieldSpec",
    "FieldValueError",
    "Rule",
    "VocabItem",
    "Vocabulary",
    "default_codebook",
    "is_blank",
    "load_codebook",
]
