"""All suggesters together, in the order their outputs feed each other.

Dates first (casualty counts must not be read inside them), then names (actors,
sources, locations), then casualties, then the groups named as their victims (actors
again), then event-type cues (which read the sentence's actors). The pipeline's
``version`` changes whenever anything that shapes its output changes: the package and
the suggesters' code, the built-in lexicons, or what the project has learned or
imported; stored suggestions carry it, so pre-annotation knows what is current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from annotator import __version__
from annotator.bundled import resources_dir
from annotator.store.database import Project
from annotator.store.models import LexiconEntry
from annotator.suggest.abroad import SceneReader, palestinians_in_their_camps, parties_abroad
from annotator.suggest.actors import (
    GENERIC_ENEMY_CONFIDENCE,
    ActorSuggester,
    gunmen_named_again,
)
from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.casualties import suggest_casualties
from annotator.suggest.cues import suggest_event_types
from annotator.suggest.dates import suggest_dates
from annotator.suggest.drafts import DraftEvent, draft_events
from annotator.suggest.gazetteer import build_gazetteer
from annotator.suggest.locations import LocationSuggester
from annotator.suggest.militias import suggest_local_militias
from annotator.suggest.sources import SourceSuggester
from annotator.suggest.victims import protesters_fired_on, suggest_victims

KIND_ORDER = {"date": 0, "actor": 1, "source": 2, "location": 3, "casualty": 4, "event_type": 5}


def _entries(project: Project | None, kind: str) -> list[dict[str, Any]]:
    if project is None:
        return []
    query = sa.select(LexiconEntry).where(LexiconEntry.kind == kind).order_by(LexiconEntry.id)
    with project.session() as session:
        return [
            {"kind": e.kind, "surface": e.surface, "target": e.target, "value": dict(e.value or {}),
             "confidence": e.confidence, "origin": e.origin}
            for e in session.scalars(query)
        ]  # fmt: skip


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


@cache
def _resources_digest() -> str:
    content = hashlib.sha256()
    for folder in ("lexicon", "gazetteer"):
        for path in sorted((resources_dir() / folder).glob("*.json")):
            content.update(path.read_bytes())
    return content.hexdigest()[:12]


@cache
def code_digest() -> str:
    """A digest of the suggesters' own code (annotator/suggest and annotator/text): a
    new rule changes the pipeline's version, so stored suggestions are made again, even
    where the package version stays the same. Empty where the sources are not files (a
    frozen build, whose package version then stands for its code)."""
    content = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    paths = sorted((*package.glob("suggest/*.py"), *package.glob("text/*.py")))
    for path in paths:
        content.update(path.name.encode("utf-8"))
        content.update(path.read_bytes())
    return content.hexdigest()[:12] if paths else ""


def _unnamed(source: Suggestion) -> bool:
    """An outlet the lexicon lacks, suggested with its name as written in Arabic letters
    (the lexicon's names, and the romanised names of people, are in Latin letters)."""
    return not str(source.value.get("name", "")).isascii()


def _covered(source: Suggestion, places: set[tuple[int, int]]) -> bool:
    """Whether one of the places' spans covers the source's whole span."""
    return any(start <= source.start and source.end <= end for start, end in places)


def _inside(
    suggestion: Suggestion,
    names: Sequence[Suggestion],
    starts: Sequence[int],
    *,
    longer: bool = False,
) -> bool:
    """Whether the suggestion lies within a name (``names`` sorted by start): a place in an
    outlet's or a group's name (شبكة المعرة الآن, مجلس منبج العسكري) is no location,
    اليوم in one (قناة حلب اليوم) no date and a number in one (السويداء 24) no casualty.
    With ``longer``, only a name longer than the suggestion, and not opened by it, counts
    (اصابه [متظاهر], مقتل [جندي] أردني: the person counted is also the actor, or its
    head noun)."""
    index = bisect_right(starts, suggestion.start) - 1
    return any(
        names[i].start <= suggestion.start
        and suggestion.end <= names[i].end
        and not (longer and names[i].start == suggestion.start)
        for i in range(max(index - 1, 0), index + 1)
    )


class Pipeline:
    def __init__(self, project: Project | None = None, *, geonames: Any = ("SY",)) -> None:
        places = _entries(project, "place")
        self.actors = ActorSuggester(_entries(project, "actor"))
        self.sources = SourceSuggester(_entries(project, "source"))
        self.gazetteer = build_gazetteer(geonames=geonames, lexicon=places)
        self.locations = LocationSuggester(self.gazetteer)
        resource = self.gazetteer.resource
        self.scenes = SceneReader(resource.places_abroad if resource is not None else {})
        places_digest = _digest(
            *sorted((p["surface"], p["target"], p["confidence"]) for p in places)
        )
        self.version = "annotator-{}+{}".format(
            __version__,
            _digest(self.actors.version, self.sources.version, places_digest, geonames,
                    _resources_digest(), code_digest()),
        )  # fmt: skip

    def suggest(self, text: str, published: dt.date | None = None) -> list[Suggestion]:
        context = SuggestContext.of(text, published)
        dates = suggest_dates(context)
        actors = self.actors.suggest(context)
        sources = self.sources.suggest(context)
        names = sorted((*actors, *sources), key=lambda s: s.start)
        # (the names tell the locations which of their mentions lie inside an outlet's name)
        with_names = dataclasses.replace(context, earlier=tuple(names))
        locations = self.locations.suggest(with_names)
        if any(_unnamed(source) for source in sources):
            # An outlet the lexicon lacks, read from its dateline (حلب - «الأنباء»), may
            # be the dateline's place (آرا نيوز - الحسكة): a place that covers it wins (not
            # one inside a longer name: مركز كفرنبل الإعلامي).
            covered = {(place.start, place.end) for place in locations}
            places_read = {
                str(s.value["name"]) for s in sources if _unnamed(s) and _covered(s, covered)
            }  # (and "our reporter" who was given that name: بحسب المراسل)
            sources = [s for s in sources if not (_unnamed(s) and s.value["name"] in places_read)]
            names = sorted((*actors, *sources), key=lambda s: s.start)
        starts = [name.start for name in names]
        locations = [place for place in locations if not _inside(place, names, starts)]
        # A town's own gunmen are its communal militia; the generic words they replace
        # (المسلحين, at low confidence) go.
        militias = suggest_local_militias(dataclasses.replace(context, earlier=tuple(locations)))
        if militias:
            local = TakenSpans((m.start, m.end) for m in militias)
            actors = [
                a
                for a in actors
                if a.confidence > GENERIC_ENEMY_CONFIDENCE or not local.overlaps(a.start, a.end)
            ]
            actors = sorted([*actors, *militias], key=lambda s: s.start)
        actors = gunmen_named_again(actors, text)
        # اليوم in an outlet's name (قناة حلب اليوم, روسيا اليوم) is no date either.
        dates = [date for date in dates if not _inside(date, names, starts)]
        casualties = [  # (a number in an outlet's name, شبكة «السويداء 24», counts no one)
            casualty
            for casualty in suggest_casualties(
                dataclasses.replace(context, earlier=(*dates, *actors))
            )
            if not _inside(casualty, names, starts, longer=True)
        ]
        # Groups named as the people hurt (الكادر الطبي, المرضى) are civilian actors.
        # Soldiers counted by their noun alone are their state's forces (مقتل ستة جنود).
        for counted in (suggest_victims, self.actors.counted_soldiers):
            actors += counted(dataclasses.replace(context, earlier=(*actors, *casualties)))
        # ... and those hurt where fire met a protest are protesters.
        actors = protesters_fired_on(
            dataclasses.replace(context, earlier=tuple(casualties)), actors
        )
        # Civilians hurt across the border (على مدينة الهرمل) are that country's.
        actors = parties_abroad(context, actors, locations, self.scenes)
        actors = palestinians_in_their_camps(context, actors)
        cues = suggest_event_types(
            dataclasses.replace(
                context, earlier=(*actors, *sources, *locations, *casualties, *dates)
            )
        )
        found = [*dates, *actors, *sources, *locations, *casualties, *cues]
        return sorted(found, key=lambda s: (s.start, s.end, KIND_ORDER.get(s.kind, 9)))

    def drafts(
        self, text: str, suggestions: Sequence[Suggestion], published: dt.date | None = None
    ) -> list[DraftEvent]:
        return draft_events(text, suggestions, published)
