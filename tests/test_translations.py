"""The interface translations: complete, up to date with the sources, compiled, and used.

The .ts files in resources/translations are what translators edit; the .qm files beside them
are compiled from them by ``make translations`` (``python3 dev.py translations``) and
committed, so that the app runs from a checkout or a wheel without Qt's tools.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.store.database import Project, open_project
from annotator.store.models import Document
from annotator.ui.i18n import install_language, translations_dir
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import DeskSettings
from tests.conftest import wait_for_background_work

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted(translations_dir().glob("annotator_*.ts"))
# printf-style (%s, %d, %n), Qt's (%1, %L1, %v, %m) and str.format ({0}, {name}) markers.
PLACEHOLDER = re.compile(r"%(?:L?[0-9]+|[sdnvm])|\{[^{}]*\}")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

Message = tuple[str, str, str]  # context, source, disambiguation comment


def _dev() -> ModuleType:
    """dev.py, which knows what lupdate reads and with which options."""
    spec = importlib.util.spec_from_file_location("annotator_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_tool(name: str) -> Path:
    """A PySide6 tool beside this Python, else on PATH; the test is skipped without it."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6's full wheel)")
    return Path(found)


def _messages(ts_file: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts_file).getroot()
    messages: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            messages[key] = message
    return messages


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_there_is_an_arabic_translation() -> None:
    assert translations_dir() / "annotator_ar.ts" in TS_FILES


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_its_placeholders(ts_file: Path) -> None:
    language = ts_file.stem.removeprefix("annotator_")
    assert ET.parse(ts_file).getroot().get("language") == language
    messages = _messages(ts_file)
    assert messages
    problems = []
    for (context, source, _), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None:  # unfinished, vanished, obsolete
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        for text in _translations(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has no translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
    assert not problems, "\n".join(problems)


def test_the_translations_have_every_message_of_the_sources(tmp_path: Path) -> None:
    lupdate = _qt_tool("pyside6-lupdate")
    dev = _dev()
    fresh = tmp_path / "annotator_ar.ts"
    sources = dev.translation_sources(tmp_path)
    subprocess.run([lupdate, *dev.lupdate_arguments(fresh, sources)], check=True)
    wanted = set(_messages(fresh))
    assert len(wanted) > 100  # lupdate did read the sources
    for ts_file in TS_FILES:
        missing = sorted(wanted - set(_messages(ts_file)))
        assert not missing, (
            f"{ts_file.name} lacks {len(missing)} message(s) of the sources, e.g. {missing[:5]}: "
            "run `make translations`, translate the new messages, and run it again"
        )


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_the_compiled_translations_are_in_step(ts_file: Path, tmp_path: Path) -> None:
    lrelease = _qt_tool("pyside6-lrelease")
    compiled = tmp_path / ts_file.with_suffix(".qm").name
    subprocess.run([lrelease, *_dev().lrelease_arguments(ts_file, compiled)], check=True)
    committed = ts_file.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run `make translations`"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is not compiled from {ts_file.name}: run `make translations`"
    )


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The translators a test installs; removed afterwards, and the layout is left to right."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_arabic_interface_is_translated_and_right_to_left(
    qapp: QApplication, translators: list[QTranslator]
) -> None:
    translators += install_language(qapp, "ar")
    assert translators
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    assert QCoreApplication.translate("KindLegend", "Actor") == "الفاعل"
    assert QCoreApplication.translate("EventForm", "Event type") == "نوع الحدث"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    translators += install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    opened = open_project(str(tmp_path / "desk.sqlite"))
    with opened.session() as session:
        session.add_all([
            Document(external_id="arabic", text="جرت مظاهرة في مدينة السويداء.", sha256="1" * 64,
                     language="ar", published=dt.date(2021, 3, 16), title="مظاهرة"),
            Document(external_id="english", text="A protest took place in Suwayda.",
                     sha256="2" * 64, language="en", published=dt.date(2021, 3, 16),
                     title="A protest"),
        ])  # fmt: skip
    yield opened
    wait_for_background_work()
    opened.close()


def _article_direction(window: MainWindow) -> tuple[Qt.LayoutDirection, Qt.LayoutDirection]:
    document = window.article.document()
    return (
        document.defaultTextOption().textDirection(),
        document.firstBlock().blockFormat().layoutDirection(),
    )


def test_the_arabic_desk_is_mirrored_but_articles_keep_their_direction(
    qapp: QApplication,
    qtbot: QtBot,
    translators: list[QTranslator],
    project: Project,
    tmp_path: Path,
) -> None:
    translators += install_language(qapp, "ar")
    window = MainWindow(project, coder="t", settings=DeskSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()

    titles = [action.text() for action in window.menuBar().actions()]
    english = ["&File", "&Edit", "&View", "&Help"]
    assert titles == [QCoreApplication.translate("MainWindow", text) for text in english]
    assert all(ARABIC_LETTER.search(title) for title in titles)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()

    # The article's direction follows its text, not the interface.
    assert window.open_document("arabic")
    assert _article_direction(window) == (Qt.LayoutDirection.RightToLeft,) * 2
    assert window.open_document("english")
    assert _article_direction(window) == (Qt.LayoutDirection.LeftToRight,) * 2
