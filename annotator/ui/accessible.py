"""Give every control a name that screen readers announce."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setAccessibleName(name)
    return widget
