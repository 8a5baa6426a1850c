"""The desk's own settings (window layout, zoom, language, theme), kept with QSettings.

One typed registry: every option has a key, a type and a default, and is read through
it, so a damaged or hand-edited settings file gives the default instead of a crash.
The INI file lives in the data folder (ANNOTATOR_DATA_DIR in tests), never in the
registry, so tests and portable installs stay isolated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from annotator.paths import data_dir

T = TypeVar("T", int, str, bytes)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] = ()


WINDOW_GEOMETRY: Option[bytes] = Option("window/geometry", b"")
WINDOW_STATE: Option[bytes] = Option("window/state", b"")
SPLITTER_STATE: Option[bytes] = Option("window/splitter", b"")
ZOOM_STEPS: Option[int] = Option("article/zoom", 0)
LANGUAGE: Option[str] = Option("ui/language", "system", ("system", "en", "ar"))
THEME: Option[str] = Option("ui/theme", "system", ("system", "light", "dark"))


def settings_path() -> Path:
    return data_dir() / "annotator.ini"


class DeskSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        raw = self._store.value(option.key, None)
        if raw is None:
            return option.default
        value: object
        if isinstance(option.default, bytes):
            value = bytes(raw.data()) if isinstance(raw, QByteArray) else option.default
        elif isinstance(option.default, int):
            try:
                value = int(str(raw))
            except ValueError:
                value = option.default
        else:
            value = str(raw)
        if option.choices and value not in option.choices:
            return option.default
        return value

    def set(self, option: Option[T], value: T) -> None:
        stored: object = QByteArray(value) if isinstance(value, bytes) else value
        self._store.setValue(option.key, stored)

    def sync(self) -> None:
        self._store.sync()
