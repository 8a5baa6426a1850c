"""Lexicon entries: actor names, places and sources the suggesters match, with their origin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from annotator.store.models import LexiconEntry


@dataclass(frozen=True)
class LexiconItem:
    kind: str  # actor | place | source
    surface: str
    normalized: str
    target: str
    origin: str
    value: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.kind, self.normalized, self.origin, self.target)


def merge_entries(session: Session, items: Iterable[LexiconItem]) -> int:
    """Add the items not yet in the lexicon and refresh the values of those that are.

    Returns how many entries were new.
    """
    unique = {item.key: item for item in items}
    if not unique:
        return 0
    now = dt.datetime.now(dt.UTC)
    added = 0
    by_kind: dict[str, list[LexiconItem]] = {}
    for item in unique.values():
        by_kind.setdefault(item.kind, []).append(item)
    for kind, group in by_kind.items():
        existing = {
            (entry.kind, entry.normalized, entry.origin, entry.target): entry
            for entry in session.scalars(
                sa.select(LexiconEntry).where(
                    LexiconEntry.kind == kind,
                    LexiconEntry.normalized.in_({item.normalized for item in group}),
                )
            )
        }
        for item in group:
            entry = existing.get(item.key)
            if entry is None:
                session.add(
                    LexiconEntry(
                        kind=item.kind,
                        surface=item.surface,
                        normalized=item.normalized,
                        target=item.target,
                        value=item.value,
                        origin=item.origin,
                        created_at=now,
                        updated_at=now,
                    )
                )
                added += 1
            elif entry.value != item.value:
                entry.value = item.value
    session.flush()
    return added


def count_entries(session: Session, kind: str, origin: str | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(LexiconEntry).where(LexiconEntry.kind == kind)
    if origin is not None:
        query = query.where(LexiconEntry.origin == origin)
    return session.scalar(query) or 0
