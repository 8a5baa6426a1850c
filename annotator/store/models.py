"""SQLAlchemy models: one database is one project.

Offsets (``start``/``end``) are always Python code-point indices into
``Document.text``. The migrations in ``migrations/versions`` are the source of
truth for the schema; a test checks that these models and the migrations agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}  # noqa: RUF012


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(500), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(16), default="und")
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class User(Base):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="coder")
    # In team mode (PostgreSQL) the database role this user logs in as.
    db_role: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("document_id", "user_id", "round"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="todo")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Suggestion(Base):
    __tablename__ = "suggestion"
    __table_args__ = (Index(None, "document_id", "suggester_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    suggester_version: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Annotation(Base):
    __tablename__ = "annotation"
    __table_args__ = (Index(None, "document_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    suggestion_id: Mapped[int | None] = mapped_column(
        ForeignKey("suggestion.id", ondelete="SET NULL")
    )
    # accepted | rejected | edited | added
    decision: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    time_taken_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    codebook_id: Mapped[str] = mapped_column(String(100))
    codebook_version: Mapped[str] = mapped_column(String(50))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # draft | submitted | gold | reference
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The dataset id (event_id_cnty in ACLED): stable across exports, unique in the project.
    dataset_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Copies of fields that exports filter on and duplicate checks search by.
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    country: Mapped[str | None] = mapped_column(String(100))
    # The event checked against a codebook (its fingerprint), whether it passed, and its
    # ACLED CSV line; cleared whenever the event changes (see annotator.store.events).
    checked_with: Mapped[str | None] = mapped_column(String(120))
    valid: Mapped[bool | None] = mapped_column(Boolean)
    export_line: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )

    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class EventEvidence(Base):
    __tablename__ = "event_evidence"
    __table_args__ = (UniqueConstraint("event_id", "field", "annotation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(100))
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), index=True
    )


class Audit(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(100))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class LexiconEntry(Base):
    """An actor alias, a place or a source, built in, imported or learned from decisions."""

    __tablename__ = "lexicon_entry"
    __table_args__ = (
        Index(None, "kind", "normalized"),
        UniqueConstraint("kind", "normalized", "origin", "target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # actor | place | source
    kind: Mapped[str] = mapped_column(String(20))
    surface: Mapped[str] = mapped_column(String(500))
    # The surface form after Arabic normalisation, used for matching.
    normalized: Mapped[str] = mapped_column(String(500))
    # What the surface form resolves to: an ACLED actor name, a place key, a source name.
    target: Mapped[str] = mapped_column(String(500))
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # learned | imported:<file> | builtin
    origin: Mapped[str] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )


class ProjectSetting(Base):
    __tablename__ = "project_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
