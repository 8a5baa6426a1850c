"""Regenerate the pictures in docs/screenshots/ from the demo project.

``make screenshots`` runs this under Xvfb (or on the current display). It starts from
an empty data folder, so the demo project is created and pre-annotated as on a first
start, then drives the real desk with key presses and saves:

- desk.png: a demo article with its suggestions highlighted (English interface);
- desk-coded.png: the main event of demo-manbij-clash coded with the keyboard;
- desk-ar.png: the same in the Arabic interface, mirrored right to left;
- desk-dark.png: the dark theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    data = Path(tempfile.mkdtemp(prefix="annotator-shots-"))
    os.environ["ANNOTATOR_DATA_DIR"] = str(data)
    os.environ.pop("ANNOTATOR_DB", None)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.services.demo import ensure_demo_project
    from annotator.store.database import open_project
    from annotator.ui.i18n import apply_theme, install_language
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import DeskSettings

    app = QApplication(sys.argv[:1])
    project = open_project(None)
    ensure_demo_project(project, explicitly_chosen=False)

    def shoot(name: str, *, coded: bool, language: str = "en", theme: str = "light") -> None:
        translators = install_language(app, language)
        apply_theme(app, theme)
        window = MainWindow(project, coder="demo", settings=DeskSettings(data / f"{name}.ini"))
        window.resize(1500, 900)
        window.show()
        window.activateWindow()
        window.open_document("demo-manbij-clash" if coded else "demo-badiya-mayadin")
        window.article.setFocus()
        if coded and not window.events.rowCount():
            keys = [Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 8, Qt.Key.Key_Tab, Qt.Key.Key_Tab]
            for key in [*keys, Qt.Key.Key_A, Qt.Key.Key_N]:
                QTest.keyClick(window.article, key)
        elif not coded:
            QTest.keyClick(window.article, Qt.Key.Key_Tab)
            QTest.keyClick(window.article, Qt.Key.Key_A)
            QTest.keyClick(window.article, Qt.Key.Key_X)
        app.processEvents()
        window.grab().save(str(HERE / f"{name}.png"))
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
        print(f"saved {HERE / (name + '.png')}")

    shoot("desk", coded=False)
    shoot("desk-coded", coded=True)
    shoot("desk-ar", coded=True, language="ar")
    shoot("desk-dark", coded=True, theme="dark")
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
