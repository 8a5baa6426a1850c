"""The interface language and theme: English or Arabic, light or dark.

The Arabic interface loads our translation (resources/translations/annotator_ar.qm,
built from the .ts file by ``make translations``) and Qt's own, and mirrors the whole
layout right to left. The article text keeps its own direction whatever the UI's.
The theme follows the system unless the coder chose light or dark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
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
    wanted = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(theme)
    if wanted is None:
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    hints.setColorScheme(wanted)
    if hints.colorScheme() != wanted:
        # The platform has no theme to switch (a bare X server): set the colours ourselves.
        app.setPalette(dark_palette() if wanted == Qt.ColorScheme.Dark else light_palette())


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e8e8e8", roles.Base: "#1f1f1f",
        roles.AlternateBase: "#2a2a2a", roles.Text: "#e8e8e8", roles.Button: "#353535",
        roles.ButtonText: "#e8e8e8", roles.ToolTipBase: "#3a3a3a", roles.ToolTipText: "#f0f0f0",
        roles.Highlight: "#2f65ca", roles.HighlightedText: "#ffffff", roles.Link: "#8ab4f8",
        roles.PlaceholderText: "#9a9a9a", roles.BrightText: "#ff6b6b",
    }  # fmt: skip
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette
