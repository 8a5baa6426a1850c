"""Killing the desk at any moment loses nothing confirmed: every action is committed at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.store.database import open_project
from annotator.store.models import Annotation, Event, EventEvidence
from tests.desk_data import SUGGESTED, fill_desk_project

DRIVER = Path(__file__).with_name("desk_driver.py")


@pytest.mark.parametrize(
    ("killed_after", "annotations", "events"), [(1, 0, 0), (4, 3, 0), (8, 6, 1)]
)
def test_killing_the_desk_after_a_key_loses_nothing_it_confirmed(
    tmp_path: Path, killed_after: int, annotations: int, events: int
) -> None:
    database = tmp_path / "desk.sqlite"
    project = open_project(str(database))
    fill_desk_project(project)
    project.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": str(tmp_path)}
    desk = subprocess.Popen(
        [sys.executable, str(DRIVER), str(database), str(tmp_path / "settings.ini")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip
    try:
        assert desk.stdout is not None and desk.stdin is not None
        for line in desk.stdout:
            if line.strip() == f"step {killed_after}":
                break
            desk.stdin.write("go\n")
            desk.stdin.flush()
        else:
            pytest.fail(f"the desk ended early: {desk.stderr.read() if desk.stderr else ''}")
        desk.send_signal(signal.SIGKILL)
        desk.wait(timeout=60)
    finally:
        if desk.poll() is None:
            desk.kill()
    assert desk.returncode == -signal.SIGKILL

    reopened = open_project(str(database))
    try:
        with reopened.session() as session:
            assert session.execute(sa.text("PRAGMA quick_check")).scalar() == "ok"
            stored = session.execute(
                sa.select(Annotation.decision, Annotation.kind).order_by(Annotation.id)
            ).all()
            event_rows = session.scalars(sa.select(Event)).all()
            evidence = session.scalar(sa.select(sa.func.count(EventEvidence.id)))
            fields = [dict(event.fields) for event in event_rows]
    finally:
        reopened.close()
    assert [tuple(row) for row in stored] == [
        ("accepted", kind) for kind, _, _ in SUGGESTED[:annotations]
    ]
    assert len(fields) == events
    if events:
        assert fields[0]["actor1"] == "Military Forces of Syria (2000-)"
        assert fields[0]["fatalities"] == 2
        assert evidence and evidence >= 6
