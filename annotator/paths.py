"""Where a local project lives: the platform's user-data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DB_ENV = "ANNOTATOR_DB"
DATA_DIR_ENV = "ANNOTATOR_DATA_DIR"


def data_dir() -> Path:
    """The user-data folder; ANNOTATOR_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "project.sqlite"


def backups_dir() -> Path:
    return data_dir() / "backups"
