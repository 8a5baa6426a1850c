"""The desk as a coder feels it: opening an article, and starting the app.

- **open article -> highlights**: a 4 KB and a 100 KB pre-annotated article opened from
  the queue (coming from another article of the same size; paragraphs of five
  sentences, as news is written), until its text and every
  highlight are laid out and painted, against Qt alone showing the same plain text in a
  bare QTextEdit (the floor).
- **cold start**: a fresh process from launch to the desk's window shown with the
  first article open, against a fresh process showing an empty QMainWindow.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.articles import article_words
from benchmarks.report import Figure

NAME = "desk"
ROUNDS = 15
ROOT = Path(__file__).resolve().parent.parent

_DESK_START = """
import sys, time
began = float(sys.argv[2])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annotator.store.database import open_project
from annotator.ui.main_window import MainWindow
project = open_project(sys.argv[1])
window = MainWindow(project, coder="bench")
window.show()
app.processEvents()
print(time.time() - began)
"""
_BARE_START = """
import sys, time
began = float(sys.argv[2])
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTextEdit())
window.show()
app.processEvents()
print(time.time() - began)
"""


def _with_paragraphs(words: list[str], sentences_per_paragraph: int = 5) -> str:
    """Words joined into text with a paragraph break after every few sentences, as news
    articles are written (Qt lays out and paints each paragraph on its own)."""
    parts: list[str] = []
    sentences = 0
    for word in words:
        parts.append(word)
        if word.endswith("."):
            sentences += 1
            parts.append("\n" if sentences % sentences_per_paragraph == 0 else " ")
        else:
            parts.append(" ")
    return "".join(parts).strip()


def _project(work: Path) -> tuple[str, dict[tuple[int, int], int]]:
    """Two 4 KB and two 100 KB articles, pre-annotated; the url, and ids by (size, copy)."""
    from annotator.services.importing import import_articles
    from annotator.services.preannotate import preannotate
    from annotator.store.database import open_project
    from annotator.store.documents import list_documents
    from annotator.suggest.pipeline import Pipeline

    folder = work / "desk"
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "desk.sqlite"
    for leftover in folder.glob("desk.sqlite*"):
        leftover.unlink()
    rng = random.Random(11)
    source = folder / "articles.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for size in (4, 100):
            for copy in (1, 2):
                text = _with_paragraphs(article_words(rng, size * 1024, sentence_rate=0.06))
                record = {"id": f"desk-{size}kb-{copy}", "title": f"{size} KB ({copy})",
                          "text": text, "published": "2023-05-10"}  # fmt: skip
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    url = f"sqlite:///{database}"
    project = open_project(url)
    import_articles(project, [source])
    preannotate(project, Pipeline(project))
    ids: dict[tuple[int, int], int] = {}
    for document in list_documents(project):
        _, size_name, copy_name = document.external_id.split("-")
        ids[int(size_name.removesuffix("kb")), int(copy_name)] = document.id
    project.close()
    return url, ids


def _child_seconds(code: str, url: str) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_DATA_DIR": str(Path(url[10:]).parent),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, url, repr(time.time())],
        capture_output=True, text=True, check=False, cwd=ROOT, env=env,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"desk start failed: {result.stderr.strip()[-500:]}")
    return float(result.stdout.strip().splitlines()[-1])


def _decision_latency(app: Any, window: Any, project: Any, document_id: int) -> Figure:
    """A key press that accepts a span, until it is stored and the desk repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from annotator.services.learning import Decision, record_decision
    from annotator.store.annotations import withdraw_annotation

    window.queue.select_document(document_id)
    view = window.article
    view.setFocus()
    app.processEvents()
    pressed, stored = [], []
    for index in range(min(ROUNDS, view.span_count)):
        view.move_to(index)
        span = view.span_at(index)
        began = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_X)
        app.processEvents()
        pressed.append(time.perf_counter() - began)
        decision = Decision("bench-floor", document_id, "rejected", span.kind, span.start,
                            span.end, span.value, span.suggestion_id)  # fmt: skip
        began = time.perf_counter()
        annotation_id = record_decision(project, decision)
        stored.append(time.perf_counter() - began)
        withdraw_annotation(project, annotation_id)
    return Figure(NAME, "reject a span (X) -> stored and repainted, 4 KB article (median)",
                  statistics.median(pressed) * 1000, "ms", "storing the decision alone",
                  statistics.median(stored) * 1000, aim="< 50 ms")  # fmt: skip


def run(work: Path, _count: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ANNOTATOR_DATA_DIR"] = str(work / "desk")
    from PySide6.QtWidgets import QApplication, QTextEdit

    from annotator.store.database import open_project
    from annotator.store.documents import get_document
    from annotator.ui.main_window import MainWindow

    url, ids = _project(work)
    app = QApplication.instance() or QApplication([])
    project = open_project(url)
    window = MainWindow(project, coder="bench")
    window.resize(1400, 820)
    window.show()
    app.processEvents()
    bare = QTextEdit()
    bare.resize(640, 760)
    bare.show()
    figures: list[Figure] = []
    for size in (4, 100):
        other = ids[size, 2]
        document = get_document(project, f"desk-{size}kb-1")
        assert document is not None
        opened, floor = [], []
        for _ in range(ROUNDS):
            window.queue.select_document(other)
            app.processEvents()
            began = time.perf_counter()
            window.queue.select_document(ids[size, 1])
            app.processEvents()
            opened.append(time.perf_counter() - began)
            bare.clear()
            app.processEvents()
            began = time.perf_counter()
            bare.setPlainText(document.text)
            app.processEvents()
            floor.append(time.perf_counter() - began)
        spans = window.article.span_count
        aim = "< 30 ms" if size == 4 else "< 300 ms"
        figures.append(
            Figure(
                NAME,
                f"open a {size} KB article -> {spans} highlights (median)",
                statistics.median(opened) * 1000,
                "ms",
                "bare QTextEdit, same text",
                statistics.median(floor) * 1000,
                aim=aim,
            )
        )
    figures.append(_decision_latency(app, window, project, ids[4, 1]))
    window.close()
    project.close()
    # An installed annotator has its bytecode compiled (pip does it); a checkout run
    # with PYTHONDONTWRITEBYTECODE would compile it again at every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "annotator")], check=True)
    starts = [_child_seconds(_DESK_START, url) for _ in range(3)]
    bare_starts = [_child_seconds(_BARE_START, url) for _ in range(3)]
    figures.append(
        Figure(
            NAME,
            "cold start to the desk with an article open (median of 3)",
            statistics.median(starts),
            "s",
            "bare QMainWindow process",
            statistics.median(bare_starts),
            aim="< 1.5 s",
        )
    )
    return figures
