"""The Qt binding must not corrupt Python: a guard against a known PySide6 defect.

PySide6 6.12.0 on Python 3.11 takes a reference to None away on every call of a method
that returns nothing; after some tens of thousands of calls (one coding session) Python
aborts with "deallocating None". pyproject.toml excludes it; this test fails, naming the
version, if a binding with the same defect is ever installed.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtGui import QColor, QTextCharFormat


def test_methods_returning_nothing_keep_the_reference_count_of_none() -> None:
    colour = QColor("red")
    text_format = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(200):
        colour.setAlpha(5)
        text_format.setFontWeight(700)
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"PySide6 {PySide6.__version__} loses references to None: use another version"
    )
