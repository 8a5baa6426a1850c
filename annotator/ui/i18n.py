"""The interface language and theme: English or Arabic, light or dark.

The Arabic interface loads our translation (resources/translations/annotator_ar.qm,
built from the .ts file by ``make translations``) and Qt's own, and mirrors the whole
layout right to left. The article text keeps its own direction whatever the UI's.
The theme follows the system unless the coder chose light or dark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.bundled import resources_dir

LANGUAGES = {"en": "English", "ar": "العربية"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ui_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the coder's choice, else the system's when we have it."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else "en"


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Load the translations for ``language`` and set the layout direction."""
    translators: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((translations_dir(), "annotator"), (Path(qt_folder), "qtbase")):
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", str(folder)):
                app.installTranslator(translator)
                translators.append(translator)
    right_to_left = language == "ar"
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return translators


def apply_theme(app: QApplication, theme: str) -> None:
    """Light or dark; "system" follows the system and its changes."""
    app.setStyle("Fusion")  # follows the colour scheme on every platform
    hints = app.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
