"""ACLED CSV export: annotator's export of stored events against the csv module alone.

The baseline is the csv module writing the same 31-column rows, already prepared in
memory: the floor for writing ACLED's quoting in Python. annotator's export reads the
events from the database, takes each one's checked line (stored when the event was
written) and writes it; a first export of events never checked derives, checks and
formats every one of them, and is shown too.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.processes import peak_rss_mib
from benchmarks.report import Figure

NAME = "export ACLED CSV"
_ACTORS = [
    ("Military Forces of Syria (2000-)", "State forces"),
    ("Islamic State (Syria)", "Rebel group"),
    ("QDW: National Defense Forces", "Political militia"),
    ("Military Forces of Russia (2000-)", "External/Other forces"),
    ("HTS: Hayat Tahrir al Sham", "Rebel group"),
]
_PLACES = [
    ("Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", "Rasafa", 35.63, 38.75),
    ("Homs", "Tadmor", "Tadmor", "Palmyra", 34.5603, 38.2805),
    ("Deir-ez-Zor", "Al Mayadin", "Al Mayadin", "Al Mayadin", 35.0196, 40.4516),
    ("Idleb", "Ariha", "Ariha", "Ariha", 35.8123, 36.61),
]


def event_fields(number: int, rng: random.Random) -> dict[str, Any]:
    actor1, inter1 = rng.choice(_ACTORS)
    actor2, inter2 = rng.choice([a for a in _ACTORS if a[0] != actor1])
    admin1, admin2, admin3, location, latitude, longitude = rng.choice(_PLACES)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=number % 1500)
    return {
        "event_date": day.isoformat(),
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": actor1,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": inter2,
        "country": "Syria",
        "admin1": admin1,
        "admin2": admin2,
        "admin3": admin3,
        "location": location,
        "latitude": latitude,
        "longitude": longitude,
        "geo_precision": 1 + number % 3,
        "source": "Benchmark Wire; SANA",
        "source_scale": "National",
        "notes": f'On {day.day} {day:%B} {day.year}, clashes near {location}, "report {number}".',
        "fatalities": number % 13,
        "tags": "",
    }


def build_project(database: Path, count: int) -> None:
    """A project with ``count`` gold events, written the way the desk writes them."""
    from annotator.store.database import open_project
    from annotator.store.events import column_values
    from annotator.store.models import Event

    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()
    project = open_project(str(database))
    rng = random.Random(11)
    now = dt.datetime.now(dt.UTC)
    with project.engine.begin() as connection:
        batch: list[dict[str, Any]] = []
        for number in range(count):
            fields = event_fields(number, rng)
            batch.append({"codebook_id": "acled", "codebook_version": "bench", "fields": fields,
                          "status": "gold", "version": 1, "created_at": now, "updated_at": now,
                          **column_values(fields)})  # fmt: skip
            if len(batch) == 10_000:
                connection.execute(sa.insert(Event), batch)
                batch.clear()
        if batch:
            connection.execute(sa.insert(Event), batch)
    project.close()


def _export(database: Path, target: Path) -> tuple[float, int]:
    from annotator.services.acled_export import export_acled
    from annotator.store.database import open_project
    from annotator.store.events import EventFilter

    project = open_project(str(database))
    start = time.perf_counter()
    report = export_acled(project, target, which=EventFilter())
    seconds = time.perf_counter() - start
    project.close()
    return seconds, report.written


def _baseline(target: Path) -> tuple[float, int]:
    """The csv module writing the rows annotator wrote, prepared in memory beforehand."""
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    start = time.perf_counter()
    with target.with_suffix(".baseline.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)
    seconds = time.perf_counter() - start
    count = len(rows) - 1
    del rows
    return seconds, count


def _peak_rss_mib(database: Path, target: Path) -> float:
    code = (
        "import sys\nfrom pathlib import Path\nfrom benchmarks.export_throughput import "
        "_export\n_export(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    return peak_rss_mib(code, str(database), str(target))


def run(work: Path, count: int) -> list[Figure]:
    small_db, large_db = work / "export-small.sqlite", work / "export-large.sqlite"
    build_project(small_db, count // 10)
    build_project(large_db, count)
    target = work / "export.csv"
    first_seconds, written = _export(large_db, target)  # checks and stores every line
    seconds, written_again = _export(large_db, target)
    _export(small_db, work / "export-small.csv")  # store the small project's lines too
    # Memory before the baseline, while this process is still small (see peak_rss_mib).
    small_rss = _peak_rss_mib(small_db, work / "export-small.csv")
    large_rss = _peak_rss_mib(large_db, target)
    baseline_seconds, baseline_rows = _baseline(target)
    if not written == written_again == baseline_rows == count:
        raise RuntimeError(f"wrote {written}/{written_again}/{baseline_rows}, expected {count}")
    label = f"{count:,} events"
    return [
        Figure(NAME, f"throughput, {label}", count / seconds, "events/s",
               "csv module, rows in memory", count / baseline_seconds,
               aim=">= 0.67 (within 1.5x)"),
        Figure(NAME, f"time, {label}", seconds, "s", "csv module, rows in memory",
               baseline_seconds, aim="<= 1.5"),
        Figure(NAME, f"first export (checks every event), {label}", count / first_seconds,
               "events/s", "csv module, rows in memory", count / baseline_seconds),
        Figure(NAME, f"peak memory, {label}", large_rss, "MiB", f"{count // 10:,} events",
               small_rss, aim="~1 (flat)"),
    ]  # fmt: skip
