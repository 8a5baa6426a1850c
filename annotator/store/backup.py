"""Consistent copies of a SQLite project, taken while the desk is open.

The SQLite online-backup API copies a snapshot page by page without blocking
writers for long, so ``annotator db backup`` works with the GUI running.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

from annotator import paths
from annotator.errors import DatabaseError
from annotator.store.database import Project

DAILY_BACKUPS_KEPT = 7


def backup_project(project: Project, destination: Path, *, overwrite: bool = False) -> Path:
    """Copy the project to ``destination`` (a new SQLite file), atomically."""
    source = project.sqlite_path
    if source is None:
        raise DatabaseError(
            f"'annotator db backup' copies SQLite projects; {project.display_name} is on "
            f"{project.url.get_backend_name()}: use that server's own backup tool (e.g. pg_dump)"
        )
    destination = destination.expanduser().resolve()
    if destination == source.resolve():
        raise DatabaseError(f"{destination} is the project itself; choose another file")
    if destination.exists() and not overwrite:
        raise DatabaseError(f"{destination} already exists; choose another name or use --force")
    if not destination.parent.is_dir():
        raise DatabaseError(f"cannot write {destination}: folder {destination.parent} is missing")
    _copy_sqlite(source, destination)
    return destination


def _copy_sqlite(source: Path, destination: Path) -> None:
    # Write beside the destination, then rename: a failed backup leaves no half file.
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
        )
    except OSError as error:
        raise DatabaseError(f"cannot write {destination}: {error.strerror}") from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target_connection = sqlite3.connect(temporary)
        try:
            source_connection.backup(target_connection)
            # A backup is one self-contained file: no -wal beside it.
            target_connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_connection.close()
            source_connection.close()
        temporary.replace(destination)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise DatabaseError(f"backup to {destination} failed: {error}") from None


def ensure_daily_backup(
    project: Project, *, folder: Path | None = None, keep: int = DAILY_BACKUPS_KEPT
) -> Path | None:
    """Keep one backup per day of a local project, the newest ``keep`` of them.

    Returns the backup written today, or None when there was nothing to do.
    """
    source = project.sqlite_path
    if source is None or not source.exists():
        return None
    folder = folder or paths.backups_dir() / source.stem
    folder.mkdir(parents=True, exist_ok=True)
    today = folder / f"{source.stem}-{dt.date.today().isoformat()}.sqlite"
    written = None
    if not today.exists():
        _copy_sqlite(source, today)
        written = today
    existing = sorted(folder.glob(f"{source.stem}-????-??-??.sqlite"))
    for old in existing[:-keep]:
        old.unlink(missing_ok=True)
    return written
