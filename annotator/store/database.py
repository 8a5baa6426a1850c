"""Open a project database: resolve the URL, refuse what is not ours, migrate, hand out sessions.

SQLite is the embedded default (WAL, foreign keys on); any SQLAlchemy URL works,
PostgreSQL for a team sharing one server.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from annotator import paths
from annotator.errors import DatabaseError

# Written into every SQLite project (PRAGMA application_id) so a file can be recognised.
APPLICATION_ID = 0x414E4E4F  # "ANNO"
_SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


READ_ONLY = "annotator_read_only"
"""Execution option of a connection that only reads (desk views, exports): on SQLite it
does not take the write lock at BEGIN."""


@dataclass
class Project:
    """An open project database."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # Sessions that only read: on SQLite they do not take the write lock (see below).
    readers: sessionmaker[Session]
    created: bool

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success and rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: it never waits for a writer, nor makes one wait."""
        with self.readers() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def resolve_url(given: str | None) -> URL:
    """The database URL from --db, then ANNOTATOR_DB, then the default SQLite file.

    A plain file path (no ``://``) means a SQLite file.
    """
    raw = given or os.environ.get(paths.DB_ENV) or ""
    if not raw:
        return sa.make_url(f"sqlite:///{paths.default_database_path()}")
    if "://" not in raw:
        return sa.make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    try:
        url = sa.make_url(raw)
    except (exc.ArgumentError, ValueError):
        raise DatabaseError(
            f"'{raw}' is not a database URL (expected e.g. sqlite:///project.sqlite "
            "or postgresql://user@host/dbname)"
        ) from None
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise DatabaseError(
            f"'{raw}' names no file: an in-memory project would lose all work on exit"
        )
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        # psycopg 3 is the driver we ship; SQLAlchemy's default would be psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    return url


def open_project(given_url: str | None = None, *, migrate: bool = True) -> Project:
    """Open (creating when new) and migrate the project named by ``given_url``."""
    url = resolve_url(given_url)
    created = False
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        created = _check_sqlite_file(Path(str(url.database)))
    engine = _create_engine(url)
    try:
        with engine.connect() as connection:
            _check_is_ours(connection, url)
            if not _table_names(connection):
                created = True
        if migrate:
            upgrade(engine)
    except exc.OperationalError as error:
        engine.dispose()
        raise DatabaseError(_describe_operational_error(url, error)) from None
    except exc.DatabaseError as error:
        engine.dispose()
        raise DatabaseError(f"{_name(url)} cannot be used: {_first_line(error)}") from None
    except DatabaseError:
        engine.dispose()
        raise
    readers = sessionmaker(engine.execution_options(**{READ_ONLY: True}))
    return Project(url=url, engine=engine, sessions=sessionmaker(engine), readers=readers,
                   created=created)  # fmt: skip


def _create_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            engine = sa.create_engine(url)
            event.listen(engine, "connect", _configure_sqlite_connection)
            event.listen(engine, "begin", _begin_sqlite_transaction)
            return engine
        return sa.create_engine(url, pool_pre_ping=True)
    except (exc.NoSuchModuleError, exc.ArgumentError, ModuleNotFoundError) as error:
        raise DatabaseError(
            f"cannot use database URL '{url.render_as_string(hide_password=True)}': "
            f"{_first_line(error)}"
        ) from None


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # The sqlite3 module would open and close transactions on its own, which breaks
    # savepoints and read consistency; SQLAlchemy begins them instead (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # WAL + NORMAL is durable against application crashes, which is what autosave needs.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    # IMMEDIATE takes the write lock at BEGIN: a writer that finds it taken waits
    # (busy_timeout) instead of failing with "database is locked" when it upgrades a
    # read to a write after another connection wrote (the desk writes while a
    # background job refreshes suggestions). Readers in WAL mode never wait.
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _check_sqlite_file(path: Path) -> bool:
    """Refuse files that are not SQLite or cannot be written; True when the file is new."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a project database file")
    if not path.exists() or path.stat().st_size == 0:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot create folder {path.parent}: {error.strerror}") from None
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError(f"cannot create {path}: the folder {path.parent} is read-only")
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(f"cannot read {path}: {error.strerror}") from None
    if header != _SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not an annotator project (not a SQLite database); it was left untouched"
        )
    # No write bit means the user marked it read-only, even where root could write it.
    marked_read_only = not path.stat().st_mode & 0o222
    if marked_read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"{path} is read-only: annotator saves every change at once and needs to write to "
            "the file and its folder"
        )
    _check_sqlite_integrity(path)
    return False


def _check_sqlite_integrity(path: Path) -> None:
    """Read-only look at an existing file: is it intact, and is it ours?

    Done before the engine connects, because connecting switches the file to WAL
    mode, and a file that is not ours must not be changed at all.
    """
    damaged = (
        f"{path} is damaged and cannot be opened ({{}}); it was left untouched. "
        f"Restore a copy from {paths.backups_dir()}"
    )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA quick_check(1)").fetchone()
            (app_id,) = connection.execute("PRAGMA application_id").fetchone()
            tables = {
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(damaged.format(error)) from None
    if result != "ok":
        raise DatabaseError(damaged.format(result))
    if tables and app_id != APPLICATION_ID and not {"alembic_version", "document"} <= tables:
        raise DatabaseError(_foreign_message(str(path), tables))


def _foreign_message(name: str, tables: set[str]) -> str:
    shown = ", ".join(sorted(tables)[:5])
    return (
        f"{name} is not an annotator project: it already holds other tables ({shown}); "
        "it was left untouched"
    )


def _table_names(connection: Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


def _check_is_ours(connection: Connection, url: URL) -> None:
    tables = _table_names(connection)
    if not tables or {"alembic_version", "document"} <= tables:
        return
    if url.get_backend_name() == "sqlite":
        app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id == APPLICATION_ID:
            return
    raise DatabaseError(_foreign_message(_name(url), tables))


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*[\"']?(\w+)", re.M)


def _migration_graph() -> tuple[set[str], str]:
    """The migrations' revisions and the head, read from the files without importing
    alembic (a second or so of start-up that an up-to-date project does not need)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (_MIGRATIONS_DIR / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return revisions, heads.pop()


def head_revision() -> str:
    return _migration_graph()[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        connection.execution_options(**{READ_ONLY: True})
        if "alembic_version" not in _table_names(connection):
            return None
        found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        return str(found) if found is not None else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision``; refuse a project made by a newer annotator."""
    known, head = _migration_graph()
    current = current_revision(engine)
    if current is not None and current not in known:
        raise DatabaseError(
            f"{_name(engine.url)} was made by a newer version of annotator (schema {current}); "
            "update annotator to open it"
        ) from None
    if current is not None and current == (head if revision == "head" else revision):
        return
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _name(url: URL) -> str:
    if url.get_backend_name() == "sqlite" and url.database:
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__


def _describe_operational_error(url: URL, error: exc.OperationalError) -> str:
    detail = _first_line(error)
    if url.get_backend_name() == "sqlite":
        if "readonly" in detail or "read-only" in detail:
            return f"{_name(url)} is read-only: {detail}"
        return f"cannot open {_name(url)}: {detail}"
    where = f"{url.host or 'localhost'}:{url.port or 'default port'}"
    return f"cannot connect to the database server at {where}: {detail}"
