"""Import ACLED event exports as reference events, and learn their actor and place names.

Reference events are the dataset the project already has: exports can include them
(``--status reference`` or ``all``), and the desk warns when a new event looks like one
of them. Their actors (with inter codes) and places (with ACLED's admin spellings and
coordinates) go into the project's lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.codebook import Codebook, default_codebook
from annotator.errors import ImportRefusedError
from annotator.io.acled_csv import AcledRecord, complete, read_acled_csv
from annotator.io.articles import Problem, refusal_message
from annotator.services.acled_export import check_for_export
from annotator.store.database import Project
from annotator.store.events import EventFilter, ReferenceImport, upsert_reference_events
from annotator.store.lexicon import LexiconItem, merge_entries

ORIGIN = "acled-import"
BATCH_SIZE = 1000


@dataclass
class AcledImportReport:
    events: ReferenceImport = field(default_factory=ReferenceImport)
    actors_added: int = 0
    places_added: int = 0
    skipped: list[Problem] = field(default_factory=list)


def _split(value: object) -> list[str]:
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def lexicon_items(event: Mapping[str, Any]) -> Iterator[LexiconItem]:
    """The actor and place names an ACLED event teaches, as lexicon items."""
    country = str(event.get("country") or "")
    for name_field, type_field in (("actor1", "inter1"), ("actor2", "inter2")):
        name = str(event.get(name_field) or "").strip()
        if name:
            value = {"inter": str(event.get(type_field) or ""), "country": country}
            yield LexiconItem("actor", name, name.casefold(), name, ORIGIN, value)
    for assoc_field in ("assoc_actor_1", "assoc_actor_2"):
        for name in _split(event.get(assoc_field)):
            yield LexiconItem("actor", name, name.casefold(), name, ORIGIN, {"country": country})
    location = str(event.get("location") or "").strip()
    if location:
        admins = [str(event.get(f"admin{level}") or "") for level in (1, 2, 3)]
        place = {
            "location": location,
            "admin1": admins[0],
            "admin2": admins[1],
            "admin3": admins[2],
            "country": country,
            "latitude": _coordinate(event.get("latitude")),
            "longitude": _coordinate(event.get("longitude")),
        }
        target = " | ".join([location, *admins, country])
        yield LexiconItem("place", location, location.casefold(), target, ORIGIN, place)


def _coordinate(value: object) -> float | None:
    try:
        return round(float(str(value)), 4)
    except ValueError:
        return None


def import_acled_events(
    project: Project,
    path: Path,
    *,
    skip_invalid: bool = False,
    codebook: Codebook | None = None,
) -> AcledImportReport:
    """Import one ACLED CSV; all or nothing unless ``skip_invalid``."""
    codebook = codebook or default_codebook()
    report = AcledImportReport()
    with project.session() as session:
        batch: list[AcledRecord] = []

        def flush() -> None:
            events = [complete(record.event, codebook) for record in batch]
            report.events.add(
                upsert_reference_events(
                    session, events, codebook_id=codebook.id, codebook_version=codebook.version
                )
            )
            items = [item for event in events for item in lexicon_items(event)]
            report.actors_added += merge_entries(
                session, (item for item in items if item.kind == "actor")
            )
            report.places_added += merge_entries(
                session, (item for item in items if item.kind == "place")
            )
            batch.clear()

        for item in read_acled_csv(path, codebook):
            if isinstance(item, Problem):
                report.skipped.append(item)
            elif not str(item.event.get("event_id_cnty") or "").strip():
                report.skipped.append(Problem(item.where, "no event_id_cnty"))
            else:
                batch.append(item)
                if len(batch) >= BATCH_SIZE:
                    flush()
        flush()
        if report.skipped and not skip_invalid:
            # Raising inside the session rolls everything back.
            raise ImportRefusedError(
                refusal_message(
                    "no events were imported",
                    report.skipped,
                    "fix them, or use --skip-invalid to import the good rows and skip these",
                )
            )
    # Check the new reference events now, so that exports write their stored lines.
    check_for_export(project, EventFilter(statuses=("reference",)), codebook)
    return report
