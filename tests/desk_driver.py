"""Drive the real desk with key presses, saying after each one that it was handled.

``python tests/desk_driver.py DATABASE SETTINGS`` opens the desk on the project (filled
by tests.desk_data), presses Tab, A x 6, N, one at a time, and prints ``step K`` once
the K-th key press has been handled. Then it waits, to be killed: test_crash_safety.py
kills it after a chosen step and checks the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.store.database import open_project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import DeskSettings

KEYS = [Qt.Key.Key_Tab, *[Qt.Key.Key_A] * 6, Qt.Key.Key_N]


def main() -> None:
    app = QApplication(sys.argv[:1])
    project = open_project(sys.argv[1])
    window = MainWindow(project, coder="huda", settings=DeskSettings(Path(sys.argv[2])))
    window.show()
    window.open_document("first")
    window.article.setFocus()
    for step, key in enumerate(KEYS, start=1):
        QTest.keyClick(window.article, key)
        print(f"step {step}", flush=True)
        # The test either says "go" or kills the desk here, right after a handled key.
        if sys.stdin.readline().strip() != "go":
            break
    print("idle", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
