"""Article import: annotator's importer against the bare sqlite3 module on the same records.

The baseline parses each JSONL line, hashes the text and inserts the same columns
into an equivalent table (unique id and sha256) in batches inside one transaction:
the least any importer has to do. Memory is measured as the peak resident size of
separate processes importing a small and a large file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import time
from pathlib import Path

from benchmarks.articles import write_articles
from benchmarks.processes import peak_rss_mib
from benchmarks.report import Figure

NAME = "import JSONL -> SQLite"
REPEATS = 3


def baseline_import(source: Path, database: Path) -> int:
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(
        "CREATE TABLE document (id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, "
        "title TEXT, source TEXT, url TEXT, published DATE, language TEXT NOT NULL, "
        "text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, extra TEXT NOT NULL, "
        "imported_at TEXT NOT NULL)"
    )
    insert = (
        "INSERT INTO document (external_id, title, source, url, published, language, text, "
        "sha256, extra, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    now = dt.datetime.now(dt.UTC).isoformat()
    count = 0
    batch: list[tuple[object, ...]] = []
    with source.open("rb") as handle, connection:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            batch.append(
                (record["id"], record.get("title"), record.get("source"), record.get("url"),
                 record.get("published"), "ar", text, sha, "{}", now)
            )  # fmt: skip
            if len(batch) == 1000:
                connection.executemany(insert, batch)
                count += len(batch)
                batch.clear()
        connection.executemany(insert, batch)
        count += len(batch)
    connection.close()
    return count


def annotator_import(source: Path, database: Path) -> int:
    """Open a new project and import ``source`` (what ``annotator import`` does)."""
    from annotator.services.importing import import_articles
    from annotator.store.database import open_project

    project = open_project(str(database))
    report = import_articles(project, [source])
    project.close()
    return report.added


def _database_bytes(database: Path) -> int:
    return sum(p.stat().st_size for p in database.parent.glob(database.name + "*"))


def _remove(database: Path) -> None:
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()


def _time_baseline(source: Path, database: Path) -> tuple[float, int]:
    _remove(database)
    start = time.perf_counter()
    count = baseline_import(source, database)
    return time.perf_counter() - start, count


def _time_annotator(source: Path, database: Path) -> tuple[float, int]:
    """The import itself, on a project already created (creation is a one-off cost)."""
    from annotator.services.importing import import_articles
    from annotator.store.database import open_project

    _remove(database)
    project = open_project(str(database))
    start = time.perf_counter()
    report = import_articles(project, [source])
    seconds = time.perf_counter() - start
    project.close()
    return seconds, report.added


def _peak_rss_mib(source: Path, database: Path) -> float:
    """Peak resident memory of a fresh process importing ``source``."""
    _remove(database)
    code = (
        "import sys\nfrom pathlib import Path\nfrom benchmarks.import_throughput import "
        "annotator_import\nannotator_import(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    return peak_rss_mib(code, str(source), str(database))


def run(work: Path, count: int) -> list[Figure]:
    source = work / f"articles-{count}.jsonl"
    if not source.exists():
        write_articles(source, count)
    small = work / f"articles-{count // 10}.jsonl"
    if not small.exists():
        write_articles(small, count // 10)

    baseline_db = work / "baseline.sqlite"
    ours_db = work / "annotator.sqlite"
    # Alternate the two and keep each one's best run: the machine's noise hits both alike.
    baseline_runs, ours_runs = [], []
    for _ in range(REPEATS):
        baseline_runs.append(_time_baseline(source, baseline_db))
        ours_runs.append(_time_annotator(source, ours_db))
    baseline_seconds, baseline_count = min(baseline_runs)
    ours_seconds, ours_count = min(ours_runs)
    if baseline_count != count or ours_count != count:
        raise RuntimeError(f"imported {ours_count} / baseline {baseline_count}, expected {count}")
    baseline_size = _database_bytes(baseline_db) / count
    ours_size = _database_bytes(ours_db) / count

    small_rss = _peak_rss_mib(small, work / "rss-small.sqlite")
    large_rss = _peak_rss_mib(source, work / "rss-large.sqlite")
    label = f"{count:,} x 4 KB"
    return [
        Figure(NAME, f"throughput, {label}", count / ours_seconds, "articles/s",
               "bare sqlite3", count / baseline_seconds, aim=">= 0.67 (within 1.5x)"),
        Figure(NAME, f"time, {label}", ours_seconds, "s", "bare sqlite3", baseline_seconds,
               aim="<= 1.5"),
        Figure(NAME, "database size per article", ours_size / 1024, "KiB",
               "bare sqlite3 table", baseline_size / 1024),
        Figure(NAME, f"peak memory, {count:,} articles", large_rss, "MiB",
               f"{count // 10:,} articles", small_rss, aim="~1 (flat)"),
    ]  # fmt: skip
