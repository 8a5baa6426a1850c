"""Warn when an event being coded looks like one the dataset already has.

Two events look alike when they happened within a day of each other, in the same place
(within 10 km, or in the same admin2 when coordinates are missing or far apart), and
share at least one actor. Only events the coder may see are compared: reference and
gold events, and the coder's own; other coders' work stays blind.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from annotator.store.database import Project
from annotator.store.models import Event

EARTH_RADIUS_KM = 6371.0088
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


@dataclass(frozen=True)
class SimilarEvent:
    event_id: int
    dataset_id: str | None
    status: str
    event_date: dt.date
    location: str
    distance_km: float | None
    shared_actors: tuple[str, ...]

    def describe(self) -> str:
        name = self.dataset_id or f"event #{self.event_id}"
        where = f"{self.distance_km:.1f} km away" if self.distance_km is not None else "same admin2"
        actors = ", ".join(self.shared_actors)
        return f"{name} ({self.status}) on {self.event_date}: {self.location}, {where}; {actors}"


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _actors(fields: Mapping[str, Any]) -> set[str]:
    names: set[str] = set()
    for name in ACTOR_FIELDS:
        value = fields.get(name)
        parts = value if isinstance(value, list | tuple) else str(value or "").split(";")
        names.update(str(part).strip() for part in parts if str(part).strip())
    return names


def _point(fields: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        return float(fields["latitude"]), float(fields["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def _date(fields: Mapping[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(fields.get("event_date") or ""))
    except ValueError:
        return None


def find_similar_events(
    project: Project,
    fields: Mapping[str, Any],
    *,
    coder_id: int | None = None,
    exclude_event_id: int | None = None,
    days: int = 1,
    within_km: float = 10.0,
) -> list[SimilarEvent]:
    """Events that look like ``fields``: nearest first."""
    when = _date(fields)
    actors = _actors(fields)
    if when is None or not actors:
        return []
    visible: sa.ColumnElement[bool] = Event.status.in_(("reference", "gold"))
    if coder_id is not None:
        visible = sa.or_(visible, Event.user_id == coder_id)
    query = sa.select(
        Event.id, Event.dataset_id, Event.status, Event.event_date, Event.fields
    ).where(
        Event.event_date.between(when - dt.timedelta(days=days), when + dt.timedelta(days=days)),
        visible,
    )
    if exclude_event_id is not None:
        query = query.where(Event.id != exclude_event_id)
    here = _point(fields)
    admin2 = str(fields.get("admin2") or "").strip()
    found: list[SimilarEvent] = []
    with project.reading() as session:
        candidates = session.execute(query).all()
    for event_id, dataset_id, status, event_date, other in candidates:
        shared = actors & _actors(other)
        if not shared:
            continue
        there = _point(other)
        distance = distance_km(here, there) if here and there else None
        near = distance is not None and distance <= within_km
        same_admin2 = bool(admin2) and admin2 == str(other.get("admin2") or "").strip()
        if not (near or same_admin2):
            continue
        found.append(
            SimilarEvent(
                event_id=event_id,
                dataset_id=dataset_id,
                status=status,
                event_date=event_date,
                location=str(other.get("location") or ""),
                distance_km=distance if near else None,
                shared_actors=tuple(sorted(shared)),
            )
        )
    return sorted(found, key=lambda item: (item.distance_km is None, item.distance_km or 0.0))


@dataclass(frozen=True)
class VisibleEvent:
    """An event a duplicate warning links to, as far as the coder may see it."""

    event_id: int
    status: str
    dataset_id: str | None
    document_external_id: str | None  # set when it is the coder's own, in an article
    fields: dict[str, Any]


def visible_event(project: Project, event_id: int, *, coder_id: int | None) -> VisibleEvent | None:
    """A reference or gold event, or one of the coder's own; None for anyone else's."""
    from annotator.store.models import Document

    with project.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            return None
        own = coder_id is not None and event.user_id == coder_id
        if not own and event.status not in ("reference", "gold"):
            return None  # blind coding: another coder's work stays hidden
        document = session.get(Document, event.document_id) if own and event.document_id else None
        return VisibleEvent(
            event_id=event.id,
            status=event.status,
            dataset_id=event.dataset_id,
            document_external_id=document.external_id if document is not None else None,
            fields=dict(event.fields or {}),
        )
