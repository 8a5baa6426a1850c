"""Events as plain records: streaming them out for export, adding reference events."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from annotator.store.database import READ_ONLY, Project
from annotator.store.models import Event, ProjectSetting, User

ORIGIN_SETTING = "dataset_id_origin"
# The table itself, for bulk statements that must not touch an event's version.
EVENT_TABLE = cast(sa.Table, Event.__table__)
STATUSES = ("draft", "submitted", "gold", "reference")


@dataclass(frozen=True)
class EventFilter:
    """Which events an export takes; None means no restriction."""

    statuses: tuple[str, ...] = ("gold",)
    coder: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None


@dataclass(frozen=True)
class StoredEvent:
    id: int
    dataset_id: str | None
    status: str
    coder: str | None
    updated_at: dt.datetime
    # The export cache: the codebook fingerprint it was checked with, the verdict, the line.
    checked_with: str | None
    valid: bool | None
    export_line: str | None


@dataclass(frozen=True)
class ExportCache:
    event_id: int
    checked_with: str
    valid: bool
    export_line: str | None


_Query = TypeVar("_Query", bound=sa.Select)


def _filtered(query: _Query, which: EventFilter) -> _Query:
    query = query.where(Event.status.in_(which.statuses))
    if which.coder is not None:
        query = query.where(User.name == which.coder)
    if which.date_from is not None:
        query = query.where(Event.event_date >= which.date_from)
    if which.date_to is not None:
        query = query.where(Event.event_date <= which.date_to)
    if which.country is not None:
        query = query.where(Event.country == which.country)
    return query


def count_events(project: Project, which: EventFilter) -> int:
    query = _filtered(sa.select(sa.func.count(Event.id)).select_from(Event).outerjoin(User), which)
    with project.session() as session:
        return session.scalar(query) or 0


def iter_event_batches(
    project: Project, which: EventFilter, *, batch: int = 5000
) -> Iterator[list[StoredEvent]]:
    """Matching events in id order, a batch at a time (memory stays flat), without fields."""
    columns = (Event.id, Event.dataset_id, Event.status, User.name, Event.updated_at,
               Event.checked_with, Event.valid, Event.export_line)  # fmt: skip
    last_id = 0
    while True:
        query = (
            _filtered(sa.select(*columns).select_from(Event).outerjoin(User), which)
            .where(Event.id > last_id)
            .order_by(Event.id)
            .limit(batch)
        )
        with project.engine.connect() as connection:
            connection.execution_options(**{READ_ONLY: True})
            rows = connection.execute(query).all()
        if not rows:
            return
        yield [StoredEvent(*row) for row in rows]
        last_id = rows[-1][0]


def load_fields(project: Project, event_ids: Collection[int]) -> dict[int, dict[str, Any]]:
    if not event_ids:
        return {}
    query = sa.select(Event.id, Event.fields).where(Event.id.in_(event_ids))
    with project.engine.connect() as connection:
        return dict(connection.execute(query).all())


def store_export_cache(project: Project, entries: Collection[ExportCache]) -> None:
    """Keep each event's checked export line (written only by exports and event writes)."""
    if not entries:
        return
    parameters = [
        {"event_id": entry.event_id, "checked": entry.checked_with, "ok": entry.valid,
         "line": entry.export_line}
        for entry in entries
    ]  # fmt: skip
    statement = (
        sa.update(EVENT_TABLE)
        .where(EVENT_TABLE.c.id == sa.bindparam("event_id"))
        .values(
            checked_with=sa.bindparam("checked"),
            valid=sa.bindparam("ok"),
            export_line=sa.bindparam("line"),
            # (set to itself: an update without it would run the column's onupdate)
            updated_at=EVENT_TABLE.c.updated_at,
        )
    )
    # Not an edit of the event: its version and updated_at stay as they are.
    with project.engine.begin() as connection:
        connection.execute(statement, parameters)


@sa.event.listens_for(Event, "before_update")
def _forget_export_cache(_mapper: Any, _connection: Any, event: Event) -> None:
    """Any change to what an export writes makes the stored line stale."""
    state = sa.inspect(event)
    watched = ("fields", "status", "dataset_id", "user_id")
    if any(state.attrs[name].history.has_changes() for name in watched):
        event.checked_with = None
        event.valid = None
        event.export_line = None


def dataset_origin(project: Project) -> str:
    """A random number fixed for this project, so ids made offline on two laptops differ."""
    for _attempt in range(2):
        try:
            with project.session() as session:
                setting = session.get(ProjectSetting, ORIGIN_SETTING)
                if setting is None:
                    origin = f"{100000 + secrets.randbelow(900000)}"
                    setting = ProjectSetting(key=ORIGIN_SETTING, value={"origin": origin})
                    session.add(setting)
                return str(setting.value["origin"])
        except sa.exc.IntegrityError:
            continue  # another desk on the same server made it first: read theirs
    raise RuntimeError("cannot settle the project's dataset id origin")


def assign_dataset_ids(
    project: Project, which: EventFilter, country_code: Callable[[str], str | None]
) -> int:
    """Give every matching event without a dataset id one, once and for good.

    The id is the country's ISO3 code, the project's origin number and the event's own
    number: ``SYR4821930000017``. It never changes afterwards, and merged projects keep
    theirs apart through their different origins.
    """
    origin = dataset_origin(project)
    with project.session() as session:
        query = _filtered(
            sa.select(Event.id, Event.country).select_from(Event).outerjoin(User), which
        ).where(Event.dataset_id.is_(None))
        updates = []
        for event_id, country in session.execute(query).all():
            prefix = country_code(country or "")
            if prefix is not None:
                key = f"{prefix}{origin}{event_id:07d}"
                updates.append({"event_id": event_id, "key": key})
        if updates:
            session.execute(
                sa.update(EVENT_TABLE)
                .where(EVENT_TABLE.c.id == sa.bindparam("event_id"))
                .values(
                    dataset_id=sa.bindparam("key"),
                    checked_with=None,
                    export_line=None,
                    # an identifier given at first export is no edit: the ACLED
                    # timestamp stays when the event was last coded
                    updated_at=EVENT_TABLE.c.updated_at,
                ),
                updates,
            )
        assigned = len(updates)
    return assigned


def _event_date(fields: Mapping[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(fields.get("event_date") or ""))
    except ValueError:
        return None


def column_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The event columns that copy field values (keep them in step on every write)."""
    return {
        "event_date": _event_date(fields),
        "country": str(fields.get("country") or "") or None,
    }


@dataclass
class ReferenceImport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: ReferenceImport) -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged


def upsert_reference_events(
    session: Session,
    events: Iterable[Mapping[str, Any]],
    *,
    codebook_id: str,
    codebook_version: str,
) -> ReferenceImport:
    """Store dataset events (keyed by event_id_cnty) as reference events.

    An event already present is replaced when the file's timestamp is newer, and left
    alone otherwise, so importing the same export twice changes nothing.
    """
    result = ReferenceImport()
    now = dt.datetime.now(dt.UTC)
    batch = list(events)
    keys = [str(fields["event_id_cnty"]) for fields in batch]
    existing = {
        event.dataset_id: event
        for event in session.scalars(sa.select(Event).where(Event.dataset_id.in_(keys)))
    }
    for fields in batch:
        key = str(fields["event_id_cnty"])
        known = existing.get(key)
        if known is None:
            event = Event(
                codebook_id=codebook_id,
                codebook_version=codebook_version,
                fields=dict(fields),
                status="reference",
                dataset_id=key,
                created_at=now,
                updated_at=now,
                **column_values(fields),
            )
            session.add(event)
            existing[key] = event
            result.added += 1
        elif known.status == "reference" and _newer(fields, known.fields):
            known.fields = dict(fields)
            for name, value in column_values(fields).items():
                setattr(known, name, value)
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
    return result


def _newer(incoming: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    def stamp(fields: Mapping[str, Any]) -> int:
        try:
            return int(str(fields.get("timestamp") or 0))
        except ValueError:
            return 0

    return stamp(incoming) > stamp(stored)


def list_coders(project: Project) -> list[str]:
    """Names of users who own at least one event."""
    query = (
        sa.select(User.name).join(Event, Event.user_id == User.id).distinct().order_by(User.name)
    )
    with project.session() as session:
        return list(session.scalars(query))
