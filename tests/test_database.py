"""The project database: creation, refusal of foreign files, migrations, locking."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.orm.exc import StaleDataError

from annotator.errors import DatabaseError
from annotator.store.database import (
    APPLICATION_ID,
    Project,
    current_revision,
    head_revision,
    open_project,
    upgrade,
)
from annotator.store.models import (
    Annotation,
    Base,
    Document,
    Event,
    EventEvidence,
    User,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_created_at_the_latest_schema(project: Project) -> None:
    assert project.created
    assert current_revision(project.engine) == head_revision()
    tables = set(sa.inspect(project.engine).get_table_names())
    assert {"document", "user", "assignment", "suggestion", "annotation", "event"} <= tables
    assert {"event_evidence", "lexicon_entry", "audit", "project_setting"} <= tables


def test_models_and_migrations_describe_the_same_schema(project: Project) -> None:
    with project.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_sqlite_project_uses_wal_foreign_keys_and_is_marked_as_ours(tmp_path: Path) -> None:
    project = open_project(str(tmp_path / "p.sqlite"))
    with project.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    project.close()
    reopened = open_project(str(tmp_path / "p.sqlite"))
    assert not reopened.created
    reopened.close()


def test_default_project_lives_in_the_user_data_folder(isolated_data_dir: Path) -> None:
    project = open_project(None)
    assert project.sqlite_path == isolated_data_dir / "project.sqlite"
    assert project.sqlite_path.exists()
    project.close()


def test_environment_variable_selects_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("ANNOTATOR_DB", f"sqlite:///{target}")
    project = open_project(None)
    assert project.sqlite_path == target
    project.close()


def test_a_text_file_given_as_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my field notes\n", encoding="utf-8")
    before = _digest(notes)
    with pytest.raises(DatabaseError, match="not an annotator project"):
        open_project(str(notes))
    assert _digest(notes) == before


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    connection.commit()
    connection.close()
    before = _digest(foreign)
    with pytest.raises(DatabaseError, match=r"not an annotator project.*invoices"):
        open_project(str(foreign))
    assert _digest(foreign) == before


def test_a_damaged_project_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    project = open_project(str(path))
    project.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # overwrite the schema page after the header
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DatabaseError, match="damaged"):
        open_project(str(path))
    assert _digest(path) == before


def test_a_read_only_project_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_project(str(path)).close()
    path.chmod(0o444)
    before = _digest(path)
    with pytest.raises(DatabaseError, match="read-only"):
        open_project(str(path))
    assert _digest(path) == before


def test_a_project_in_a_read_only_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.sqlite"
    open_project(str(path)).close()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DatabaseError, match="read-only"):
        open_project(str(path))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://user@host:notaport/db", "not a database URL"),
        ("sqlite://", "names no file"),
        ("nosuchdb://host/x", "cannot use database URL"),
        ("postgresql://postgres@127.0.0.1:1/x", "cannot connect to the database server"),
    ],
)
def test_bad_database_urls_give_one_clear_message(url: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message) as caught:
        open_project(url)
    assert "\n" not in str(caught.value)


def test_a_project_from_a_newer_annotator_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    project = open_project(str(path))
    with project.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    project.close()
    with pytest.raises(DatabaseError, match="newer version of annotator"):
        open_project(str(path))


def test_upgrade_from_the_first_schema_keeps_every_row(database_url: str) -> None:
    engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO document (id, external_id, title, language, text, sha256, extra, "
            "imported_at) VALUES (1, 'a1', 'عنوان', 'ar', 'قُتل عنصرين', 'aa', '{}', "
            "'2024-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO \"user\" (id, name, role, created_at) VALUES (1, 'coder1', 'coder', "
            "'2024-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO event (id, document_id, user_id, codebook_id, codebook_version, fields, "
            "status, version, created_at, updated_at) VALUES (1, 1, 1, 'acled', '2024', "
            '\'{"fatalities": 2, "event_id_cnty": "SYR9", "event_date": "2021-03-15", '
            "\"country\": \"Syria\"}', 'submitted', 3, '2024-01-01 00:00:00', "
            "'2024-01-01 00:00:00')"
        )
    engine.dispose()

    project = open_project(database_url)
    assert current_revision(project.engine) == head_revision()
    with project.session() as session:
        document = session.get(Document, 1)
        assert document is not None
        assert document.text == "قُتل عنصرين"
        event = session.get(Event, 1)
        assert event is not None
        assert event.fields["fatalities"] == 2
        assert event.version == 3
        # Later migrations copy dataset id, date and country out of the fields.
        assert (event.dataset_id, event.country) == ("SYR9", "Syria")
        assert event.event_date is not None and event.event_date.isoformat() == "2021-03-15"
    project.close()


def test_event_updates_are_optimistically_locked(project: Project) -> None:
    with project.session() as session:
        user = User(name="coder1")
        document = Document(external_id="d1", text="نص", sha256="x" * 64, extra={})
        session.add_all([user, document])
        session.flush()
        session.add(
            Event(
                document_id=document.id,
                user_id=user.id,
                codebook_id="acled",
                codebook_version="1",
                fields={"fatalities": 0},
            )
        )
    # Two desks read the event; the first writes it, then the second (stale) tries.
    first = project.sessions()
    second = project.readers()
    theirs = second.scalars(sa.select(Event)).one()
    mine = first.scalars(sa.select(Event)).one()
    mine.fields = {"fatalities": 2}
    first.commit()
    assert mine.version == 2
    theirs.fields = {"fatalities": 5}
    # The stale change is refused: on PostgreSQL by the version check; on SQLite already
    # by the database, since the second session's snapshot predates the first's commit.
    refused = (StaleDataError, sa.exc.OperationalError)
    with pytest.raises(refused) as caught:
        second.commit()
    if isinstance(caught.value, sa.exc.OperationalError):
        assert project.is_sqlite and "database is locked" in str(caught.value)
    second.rollback()
    first.close()
    second.close()
    with project.session() as session:
        assert session.scalars(sa.select(Event.fields)).one() == {"fatalities": 2}


def test_evidence_links_follow_their_event(project: Project) -> None:
    with project.session() as session:
        user = User(name="coder1")
        document = Document(external_id="d1", text="عنصرين قُتلا", sha256="y" * 64, extra={})
        session.add_all([user, document])
        session.flush()
        annotation = Annotation(
            document_id=document.id,
            user_id=user.id,
            decision="accepted",
            kind="casualty",
            start=0,
            end=6,
            value={"count": 2},
        )
        event = Event(
            document_id=document.id,
            user_id=user.id,
            codebook_id="acled",
            codebook_version="1",
            fields={"fatalities": 2},
        )
        session.add_all([annotation, event])
        session.flush()
        session.add(
            EventEvidence(event_id=event.id, field="fatalities", annotation_id=annotation.id)
        )
    with project.session() as session:
        session.execute(sa.delete(Event))
    with project.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(EventEvidence)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(Annotation)) == 1
