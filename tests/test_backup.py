"""Backups of a local project: consistent while in use, and a few rolling daily copies."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.errors import DatabaseError
from annotator.store.backup import backup_project, ensure_daily_backup
from annotator.store.database import open_project
from annotator.store.models import Document


def _add_document(project_url: str, external_id: str) -> None:
    project = open_project(project_url)
    with project.session() as session:
        session.add(Document(external_id=external_id, text=external_id, sha256=external_id * 8,
                             extra={}))  # fmt: skip
    project.close()


def test_backup_while_another_writer_is_mid_transaction(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    _add_document(str(path), "committed")
    project = open_project(str(path))
    # The desk holds an open write transaction with an uncommitted row.
    writer = sqlite3.connect(path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO document (external_id, language, text, sha256, extra, imported_at) "
        "VALUES ('pending', 'ar', 'x', 'p', '{}', '2024-01-01')"
    )
    copy = backup_project(project, tmp_path / "copy.sqlite")
    writer.rollback()
    writer.close()
    project.close()

    restored = open_project(str(copy))
    with restored.session() as session:
        ids = session.scalars(sa.select(Document.external_id)).all()
    restored.close()
    assert ids == ["committed"]
    assert not Path(f"{copy}-wal").exists()


def test_backup_refuses_to_overwrite_or_to_copy_onto_itself(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    project = open_project(str(path))
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="already exists"):
        backup_project(project, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(DatabaseError, match="is the project itself"):
        backup_project(project, path)
    with pytest.raises(DatabaseError, match="is missing"):
        backup_project(project, tmp_path / "no" / "such" / "folder.sqlite")
    project.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_daily_backups_are_taken_once_a_day_and_rotated(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    _add_document(str(path), "doc")
    folder = tmp_path / "backups"
    folder.mkdir()
    for days_ago in range(3, 12):
        day = dt.date.today() - dt.timedelta(days=days_ago)
        (folder / f"p-{day.isoformat()}.sqlite").write_bytes(b"old")
    project = open_project(str(path))
    written = ensure_daily_backup(project, folder=folder, keep=4)
    assert written == folder / f"p-{dt.date.today().isoformat()}.sqlite"
    assert ensure_daily_backup(project, folder=folder, keep=4) is None
    project.close()
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 4
    assert kept[-1] == written.name
    with sqlite3.connect(written) as copy:
        assert copy.execute("SELECT external_id FROM document").fetchall() == [("doc",)]
