"""What the event form offers as the coder types: actors, places and sources.

Each list joins the built-in resources (``resources/lexicon/actors.json`` and
``sources.json``, the curated gazetteer ``resources/gazetteer/syria.json``) with the
project's ``lexicon_entry`` rows (learned from coders' decisions, imported from ACLED
files or gazetteers). A choice is one ACLED value, however many ways it is written:
the Arabic and English surface forms become its aliases, so a coder may type either.

- Actors are one per ACLED name; a project row adds its surface as an alias and, when
  it says so, the inter code (as 1-8, ``"3"`` or the codebook's word, any case).
- Places are one per (name, admin1, admin2, admin3, geo_precision): the same town named
  as a town (precision 1) and as the region coded to it (precision 2 or 3) are two
  choices. Project rows need coordinates (a place without them cannot fill the form).
- Sources are one per outlet name, with their source_scale.

GeoNames places are not offered (tens of thousands of names would drown the curated
and learned ones). The built-in parts are read once per process; the project's rows
are read on every call (one query per kind).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import sqlalchemy as sa

from annotator.codebook import default_codebook
from annotator.store.database import Project
from annotator.store.models import LexiconEntry
from annotator.suggest.gazetteer import DEFAULT_PRECISION, is_arabic, load_resource
from annotator.suggest.lexicon import builtin_lexicon, inter_code_of

__all__ = [
    "ActorChoice",
    "PlaceChoice",
    "SourceChoice",
    "actor_choices",
    "place_choices",
    "source_choices",
]

_LEVEL_FEATURES = {"admin1": "governorate", "admin2": "district", "admin3": "subdistrict"}


def _aliases(name: str, surfaces: Iterable[str]) -> tuple[str, ...]:
    """Surfaces without blanks, repeats and the name itself; Arabic ones first."""
    seen = {name.casefold()}
    unique: list[str] = []
    for surface in surfaces:
        text = " ".join(surface.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            unique.append(text)
    return tuple(sorted(unique, key=lambda alias: not is_arabic(alias)))


def _first_arabic(aliases: Iterable[str]) -> str:
    return next((alias for alias in aliases if is_arabic(alias)), "")


@dataclass(frozen=True)
class ActorChoice:
    """An ACLED actor name, its inter code (1-8, None when unknown) and how it is written."""

    name: str
    inter: int | None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``Name · 3 · first Arabic alias`` (parts that are unknown left out)."""
        parts = [self.name]
        if self.inter is not None:
            parts.append(str(self.inter))
        arabic = _first_arabic(self.aliases)
        if arabic:
            parts.append(arabic)
        return " · ".join(parts)


@dataclass(frozen=True)
class PlaceChoice:
    """A place as ACLED codes it, with the names it goes by."""

    name: str
    admin1: str
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    geo_precision: int
    country: str
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """E.g. ``Ar-Rasafa · Ar-Raqqa › Ar-Raqqa › Ar-Rasafa · الرصافة``.

        A place coded at precision 2 or 3 says so at the end, which keeps labels apart
        when a town and the region coded to it share a name.
        """
        parts = [self.name]
        admins = " › ".join(a for a in (self.admin1, self.admin2, self.admin3) if a)
        if admins:
            parts.append(admins)
        arabic = _first_arabic(self.aliases)
        if arabic:
            parts.append(arabic)
        if self.geo_precision != 1:
            parts.append(f"precision {self.geo_precision}")
        return " · ".join(parts)

    @property
    def key(self) -> tuple[str, str, str, str, int]:
        return (self.name, self.admin1, self.admin2, self.admin3, self.geo_precision)


@dataclass(frozen=True)
class SourceChoice:
    """An outlet as ACLED's source column names it, with its source_scale."""

    name: str
    source_scale: str | None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        parts = [self.name]
        if self.source_scale:
            parts.append(self.source_scale)
        arabic = _first_arabic(self.aliases)
        if arabic:
            parts.append(arabic)
        return " · ".join(parts)


# --------------------------------------------------------------------------- project rows


@dataclass(frozen=True)
class _Row:
    surface: str
    target: str
    value: Mapping[str, Any]


def _rows(project: Project, kind: str) -> list[_Row]:
    query = (
        sa.select(LexiconEntry.surface, LexiconEntry.target, LexiconEntry.value)
        .where(LexiconEntry.kind == kind)
        .order_by(LexiconEntry.id)
    )
    with project.reading() as session:
        return [
            _Row(str(surface or ""), str(target or ""), value if isinstance(value, dict) else {})
            for surface, target, value in session.execute(query)
        ]


def _float(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return round(number, 4) if math.isfinite(number) else None


# --------------------------------------------------------------------------- actors


@cache
def _builtin_actors() -> tuple[ActorChoice, ...]:
    inters: dict[str, int | None] = {}
    surfaces: dict[str, list[str]] = {}
    for record in builtin_lexicon("actor").records:
        if record.blocked or not record.target:
            continue
        inters.setdefault(record.target, inter_code_of(record.value.get("inter")))
        surfaces.setdefault(record.target, []).append(record.surface)
    return tuple(
        ActorChoice(name, inters[name], _aliases(name, surfaces[name])) for name in surfaces
    )


def actor_choices(project: Project | None) -> list[ActorChoice]:
    """Every actor the coder may pick, sorted by name.

    A project row's inter code wins over the built-in one (a coder corrected it); rows
    with an empty value (what rejecting a name leaves behind) add nothing.
    """
    inters: dict[str, int | None] = {}
    surfaces: dict[str, list[str]] = {}
    for choice in _builtin_actors():
        inters[choice.name] = choice.inter
        surfaces[choice.name] = list(choice.aliases)
    for row in _rows(project, "actor") if project is not None else ():
        name = (row.target or str(row.value.get("name") or "")).strip()
        if not name or not row.value:
            continue
        inter = inter_code_of(row.value.get("inter"))
        if inter is not None or name not in inters:
            inters[name] = inter if inter is not None else inters.get(name)
        surfaces.setdefault(name, []).append(row.surface)
    return sorted(
        (ActorChoice(name, inters[name], _aliases(name, surfaces[name])) for name in surfaces),
        key=lambda choice: choice.name.casefold(),
    )


# --------------------------------------------------------------------------- places


class _PlaceTable:
    """Places under their key, aliases gathered in order."""

    def __init__(self) -> None:
        self.places: dict[tuple[str, str, str, str, int], PlaceChoice] = {}
        self.surfaces: dict[tuple[str, str, str, str, int], list[str]] = {}

    def add(self, place: PlaceChoice, surfaces: Iterable[str]) -> None:
        self.places.setdefault(place.key, place)
        self.surfaces.setdefault(place.key, []).extend(surfaces)

    def choices(self) -> list[PlaceChoice]:
        return [
            replace(place, aliases=_aliases(place.name, self.surfaces[key]))
            for key, place in self.places.items()
        ]


@cache
def _builtin_places() -> tuple[PlaceChoice, ...]:
    resource = load_resource()
    table = _PlaceTable()

    def add(place: Any, names: Iterable[str], precision: int, **admins: str) -> None:
        if place.latitude is None or place.longitude is None:
            return
        values = {
            "admin1": place.admin1,
            "admin2": place.admin2,
            "admin3": place.admin3,
            **admins,
        }
        choice = PlaceChoice(
            name=place.location,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=precision,
            country=place.country or resource.country,
            **values,
        )
        table.add(choice, names)

    for place, names in resource.places:
        add(place, names, place.geo_precision)
    for district in resource.districts:
        # A district is coded to its seat, near a town (precision 2).
        add(district.seat, district.names_ar, 2, admin1=district.admin1, admin2=district.admin2)
    for governorate in resource.governorates:
        # A governorate is coded to its capital, a large region (precision 3).
        add(governorate.capital, governorate.names_ar, 3)
    return tuple(table.choices())


def _project_place(row: _Row) -> PlaceChoice | None:
    value = row.value
    latitude, longitude = _float(value.get("latitude")), _float(value.get("longitude"))
    if latitude is None or longitude is None:
        return None
    # Imported places say "location"; learned ones keep the suggestion's "name".
    name = str(value.get("location") or value.get("name") or "").strip()
    if not name:
        name = row.target.split("|")[0].strip() or row.surface.strip()
    precision = value.get("geo_precision")
    if precision not in (1, 2, 3):
        feature = str(value.get("feature") or _LEVEL_FEATURES.get(str(value.get("level")), ""))
        precision = DEFAULT_PRECISION.get(feature, 1)
    return PlaceChoice(
        name=name,
        admin1=str(value.get("admin1") or "").strip(),
        admin2=str(value.get("admin2") or "").strip(),
        admin3=str(value.get("admin3") or "").strip(),
        latitude=latitude,
        longitude=longitude,
        geo_precision=int(precision),
        country=str(value.get("country") or "").strip(),
    )


def place_choices(project: Project | None) -> list[PlaceChoice]:
    """Every place the coder may pick, sorted by name, then admin units, then precision."""
    table = _PlaceTable()
    for choice in _builtin_places():
        table.add(choice, choice.aliases)
    for row in _rows(project, "place") if project is not None else ():
        place = _project_place(row)
        if place is not None:
            table.add(place, [row.surface])
    return sorted(table.choices(), key=lambda p: (p.name.casefold(), p.key[1:]))


# --------------------------------------------------------------------------- sources


@cache
def _builtin_sources() -> tuple[SourceChoice, ...]:
    scales: dict[str, str | None] = {}
    surfaces: dict[str, list[str]] = {}
    for record in builtin_lexicon("source").records:
        if record.blocked or not record.target:
            continue
        scale = record.value.get("source_scale")
        scales.setdefault(record.target, str(scale) if scale else None)
        surfaces.setdefault(record.target, []).append(record.surface)
    return tuple(
        SourceChoice(name, scales[name], _aliases(name, surfaces[name])) for name in surfaces
    )


def _source_scale(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    allowed = {v.casefold(): v for v in default_codebook().vocabulary("source_scale").values()}
    parts = [allowed.get(part.strip().casefold()) for part in value.split("-")]
    return None if None in parts else "-".join(str(part) for part in parts)


def source_choices(project: Project | None) -> list[SourceChoice]:
    """Every source the coder may pick, sorted by name; a project row's scale wins."""
    scales: dict[str, str | None] = {}
    surfaces: dict[str, list[str]] = {}
    for choice in _builtin_sources():
        scales[choice.name] = choice.source_scale
        surfaces[choice.name] = list(choice.aliases)
    for row in _rows(project, "source") if project is not None else ():
        name = (row.target or str(row.value.get("name") or "")).strip()
        if not name or not row.value:
            continue
        scale = _source_scale(row.value.get("source_scale"))
        if scale is not None or name not in scales:
            scales[name] = scale if scale is not None else scales.get(name)
        surfaces.setdefault(name, []).append(row.surface)
    return sorted(
        (SourceChoice(name, scales[name], _aliases(name, surfaces[name])) for name in surfaces),
        key=lambda choice: choice.name.casefold(),
    )
