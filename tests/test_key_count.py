"""How many key presses it takes to code the main event of a demo article like the seed.

The stored suggestions are the gold spans of ``demo-manbij-clash`` (what the suggesters
give when they are right), with the values the suggesters attach (source_scale, country).
The coder walks the lead, accepts what the event needs, accepts the source in the next
sentence, presses N and submits. The aim is at most 25 keys; the count is printed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.bundled import resources_dir
from annotator.store.database import Project, open_project
from annotator.store.models import Document, Event, Suggestion
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import DeskSettings
from tests.conftest import wait_for_background_work

ARTICLE = "demo-manbij-clash"
GOLD = Path(__file__).parent / "data" / "gold" / "demo.gold.jsonl"
AIM = 25


def _line(path: Path, article_id: str) -> dict[str, object]:
    with path.open(encoding="utf-8") as lines:
        return next(json.loads(line) for line in lines if json.loads(line)["id"] == article_id)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    article = _line(resources_dir() / "demo" / "articles.jsonl", ARTICLE)
    gold = _line(GOLD, ARTICLE)
    opened = open_project(str(tmp_path / "keys.sqlite"))
    with opened.session() as session:
        published = dt.date.fromisoformat(str(article["published"]))
        document = Document(external_id=ARTICLE, title=article["title"], text=article["text"],
                            sha256="k" * 64, language="ar", published=published)  # fmt: skip
        session.add(document)
        session.flush()
        for span in gold["spans"]:  # type: ignore[attr-defined]
            value = dict(span["value"])
            if span["kind"] == "location":
                value.setdefault("country", "Syria")
            if span["kind"] == "source" and value["name"] == "North Press Agency":
                value.setdefault("source_scale", "Subnational")
            session.add(Suggestion(document_id=document.id, kind=span["kind"],
                                   start=span["start"], end=span["end"], value=value,
                                   suggester_version="gold"))  # fmt: skip
    yield opened
    wait_for_background_work()
    opened.close()


def test_the_main_event_takes_few_key_presses(
    qtbot: QtBot, project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = MainWindow(project, coder="huda", settings=DeskSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_document(ARTICLE)
    view = window.article
    view.setFocus()
    presses = 0

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal presses
        qtbot.keyClick(view, key, modifiers)
        presses += 1

    press(Qt.Key.Key_Tab)
    # The lead sentence: 4 killed, SDF (twice), 6 injured, the date, the clash, the SNA,
    # the village; then two wider places the event does not need.
    for _ in range(8):
        press(Qt.Key.Key_A)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert view.current_span() is not None and view.current_span().kind == "source"  # type: ignore[union-attr]
    press(Qt.Key.Key_A)
    press(Qt.Key.Key_N)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with project.session() as session:
        (event,) = session.scalars(sa.select(Event)).all()
        fields, status = dict(event.fields), event.status
    assert status == "submitted", window.last_error
    assert {fields["actor1"], fields["actor2"]} == {
        "QSD: Syrian Democratic Forces", "JWS: Syrian National Army",
    }  # fmt: skip
    assert (fields["inter1"], fields["inter2"]) == ("Rebel group", "Rebel group")
    assert (fields["event_type"], fields["sub_event_type"]) == ("Battles", "Armed clash")
    assert (fields["location"], fields["admin2"], fields["geo_precision"]) == (
        "A'rima",
        "Al Bab",
        2,
    )
    assert (fields["event_date"], fields["time_precision"], fields["fatalities"]) == (
        "2024-04-02",
        1,
        4,
    )
    assert (fields["source"], fields["source_scale"]) == ("North Press Agency", "Subnational")
    with capsys.disabled():
        print(f"\nkey presses to code the main event of {ARTICLE}: {presses} (aim <= {AIM})")
    assert presses <= AIM
