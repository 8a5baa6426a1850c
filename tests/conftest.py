"""Shared fixtures: isolated data folders; projects on SQLite and, when available, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.store.database import Project, open_project

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_ENV = "ANNOTATOR_TEST_POSTGRES"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own user-data folder and settings; never the user's own."""
    data = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(data))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


def wait_for_background_work() -> None:
    """Let the desk's background jobs (refresh of suggestions) end before a project closes."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


def shared_file(*parts: str) -> Path:
    """A file of ../shared; the test is skipped with a reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (the shared reference folder beside the project)")
    return path


def _postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The PostgreSQL server URL; skips when not configured, fails when configured but down."""
    url = _postgres_server_url()
    if url is None:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV}=postgresql://USER@HOST:PORT/postgres "
            "(a server where throwaway databases may be created); .ci/run sets it"
        )
    import sqlalchemy as sa

    engine = sa.create_engine(
        sa.make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as error:
        pytest.fail(f"{POSTGRES_ENV} is set but the server cannot be reached: {error}")
    finally:
        engine.dispose()
    yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A throwaway PostgreSQL database for one test, dropped afterwards."""
    import sqlalchemy as sa

    server = sa.make_url(postgres_server).set(drivername="postgresql+psycopg")
    name = f"annotator_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty project URL on each supported backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'project.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def project(database_url: str) -> Iterator[Project]:

    opened = open_project(database_url)
    try:
        yield opened
    finally:
        opened.close()
