"""Start the desktop app: open the project, show the window (or save a screenshot)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.paths import DB_ENV
from annotator.services.demo import ensure_demo_project
from annotator.store.backup import ensure_daily_backup
from annotator.store.database import Project, open_project
from annotator.ui.i18n import apply_theme, install_language, ui_language
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import LANGUAGE, THEME, DeskSettings


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("annotator")
    return app


def _start_daily_backup(project: Project) -> None:
    def backup() -> None:
        try:
            ensure_daily_backup(project)
        except AnnotatorError as error:
            print(f"annotator: daily backup skipped: {error}", file=sys.stderr)

    threading.Thread(target=backup, name="daily-backup", daemon=True).start()


def run_gui(
    *,
    db_url: str | None,
    open_document: str | None,
    screenshot: Path | None,
    language: str | None = None,
    theme: str | None = None,
) -> int:
    app = _application()
    settings = DeskSettings()
    if language is not None:
        settings.set(LANGUAGE, language)
    if theme is not None:
        settings.set(THEME, theme)
    install_language(app, ui_language(settings.get(LANGUAGE)))
    apply_theme(app, settings.get(THEME))
    try:
        project = open_project(db_url)
        ensure_demo_project(
            project, explicitly_chosen=db_url is not None or bool(os.environ.get(DB_ENV))
        )
    except AnnotatorError as error:
        if screenshot is not None:
            raise
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "annotator"),
            QCoreApplication.translate("App", "The project cannot be opened.") + f"\n\n{error}",
        )
        return 1
    if screenshot is None:
        _start_daily_backup(project)
    window = MainWindow(project, settings=settings)
    if open_document is not None and not window.open_document(open_document):
        project.close()
        raise AnnotatorError(f"no document with id '{open_document}' in {project.display_name}")
    if open_document is None:
        window.open_first_document()
    window.show()
    if screenshot is not None:
        app.processEvents()
        saved = window.grab().save(str(screenshot))
        window.close()
        project.close()
        if not saved:
            raise AnnotatorError(f"cannot write the screenshot to {screenshot}")
        print(f"saved {screenshot}")
        return 0
    code = app.exec()
    # Let background work (a refresh of suggestions, a backup) finish before closing.
    QThreadPool.globalInstance().waitForDone(10_000)
    project.close()
    return code
