"""Import articles into a project: all or nothing, unless the user asks to skip bad records.

Records are streamed and written in batches inside one transaction, so memory
stays flat for large files and a refused import leaves the project untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from annotator.errors import CancelledError, ImportRefusedError
from annotator.io.articles import (
    DEFAULT_MAX_ARTICLE_BYTES,
    Article,
    ParsedItem,
    Problem,
    refusal_message,
)
from annotator.io.csv_articles import read_csv
from annotator.io.jsonl_articles import read_jsonl
from annotator.io.text_files import HTML_SUFFIXES, TEXT_SUFFIXES, read_folder, read_text_file
from annotator.store.database import Project
from annotator.store.models import Audit, Document

BATCH_SIZE = 1000

# (bytes read so far, bytes in all inputs, records read so far)
ImportProgress = Callable[[int, int, int], None]


@dataclass
class ImportReport:
    added: int = 0
    already_present: int = 0
    skipped: list[Problem] = field(default_factory=list)
    inputs: list[Path] = field(default_factory=list)


Reader = Callable[[Callable[[int], None]], Iterator[ParsedItem]]


@dataclass
class _Input:
    path: Path
    size: int
    read: Reader


def _reader_for(path: Path, field_map: Mapping[str, str], max_bytes: int) -> Reader:
    suffix = path.suffix.lower()
    if path.is_dir():
        return lambda progress: read_folder(path, max_bytes=max_bytes, on_progress=progress)
    if suffix in (".jsonl", ".ndjson"):
        return lambda progress: read_jsonl(
            path, field_map, max_bytes=max_bytes, on_progress=progress
        )
    if suffix == ".csv":
        return lambda progress: read_csv(path, field_map, max_bytes=max_bytes, on_progress=progress)
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        return lambda _progress: iter([read_text_file(path, max_bytes=max_bytes)])
    raise ImportRefusedError(
        f"{path}: unknown kind of file '{path.suffix or path.name}' (annotator imports "
        ".jsonl, .csv, .txt, .html, or a folder of .txt/.html files)"
    )


def _plan_inputs(
    paths: Iterable[Path], field_map: Mapping[str, str], max_bytes: int
) -> list[_Input]:
    planned: list[_Input] = []
    for path in paths:
        if not path.exists():
            raise ImportRefusedError(f"{path} does not exist")
        reader = _reader_for(path, field_map, max_bytes)
        if path.is_dir():
            size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        else:
            size = path.stat().st_size
        planned.append(_Input(path, size, reader))
    return planned


class _ProgressCounter:
    """Turns each reader's byte position into progress over all inputs."""

    def __init__(self, total: int, callback: ImportProgress | None) -> None:
        self.total = total
        self.records = 0
        self._done_before = 0
        self._callback = callback

    def read_up_to(self, position: int) -> None:
        if self._callback is not None:
            self._callback(self._done_before + position, self.total, self.records)

    def finish_input(self, size: int) -> None:
        self._done_before += size

    def finish(self) -> None:
        if self._callback is not None:
            self._callback(self.total, self.total, self.records)


class _Writer:
    """Classifies articles against the project and this run, then inserts new ones in batches."""

    def __init__(self, connection: Connection, report: ImportReport, strict: bool) -> None:
        self._connection = connection
        self._report = report
        self._strict = strict
        self._batch: list[Article] = []
        self._now = dt.datetime.now(dt.UTC)

    @property
    def refusing(self) -> bool:
        return self._strict and bool(self._report.skipped)

    def add(self, article: Article) -> None:
        self._batch.append(article)
        if len(self._batch) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        """Write the batch; look up the project only when the batch meets something in it.

        New articles (the usual case) go straight in under a savepoint; when one of
        them collides with the project (same text, or its id taken), the savepoint is
        rolled back and the batch classified against what the project holds.
        """
        batch, self._batch = self._batch, []
        if not batch:
            return
        if not self.refusing:
            rows, problems, present = self._classify(batch, {}, set())
            if not problems:
                try:
                    with self._connection.begin_nested():
                        self._connection.execute(sa.insert(Document), rows)
                except sa.exc.IntegrityError:
                    pass  # rolled back to the savepoint: classify against the project
                else:
                    self._report.added += len(rows)
                    self._report.already_present += present
                    return
        ids = {article.external_id for article in batch}
        shas = {article.sha256 for article in batch}
        known_ids: dict[str, str] = dict(
            self._connection.execute(
                sa.select(Document.external_id, Document.sha256).where(
                    Document.external_id.in_(ids)
                )
            ).all()
        )
        known_shas = set(
            self._connection.scalars(sa.select(Document.sha256).where(Document.sha256.in_(shas)))
        )
        rows, problems, present = self._classify(batch, known_ids, known_shas)
        self._report.skipped.extend(problems)
        self._report.already_present += present
        if rows and not self.refusing:
            self._connection.execute(sa.insert(Document), rows)
            self._report.added += len(rows)

    def _classify(
        self, batch: list[Article], known_ids: dict[str, str], known_shas: set[str]
    ) -> tuple[list[dict[str, object]], list[Problem], int]:
        """Rows to insert, problems, and how many texts are already present."""
        first_seen: dict[str, Article] = {}
        rows: list[dict[str, object]] = []
        problems: list[Problem] = []
        present = 0
        for article in batch:
            earlier = first_seen.get(article.external_id)
            known_sha = known_ids.get(article.external_id)
            if earlier is not None and earlier.sha256 != article.sha256:
                problems.append(
                    Problem(
                        article.where,
                        f"id '{article.external_id}' is also used for a different text at "
                        f"{earlier.where}",
                    )
                )
            elif known_sha is not None and known_sha != article.sha256:
                problems.append(
                    Problem(
                        article.where,
                        f"id '{article.external_id}' is already used in the project for a "
                        "different text",
                    )
                )
            elif article.sha256 in known_shas:
                present += 1
            else:
                first_seen[article.external_id] = article
                known_shas.add(article.sha256)
                rows.append(self._row(article))
        return rows, problems, present

    def _row(self, article: Article) -> dict[str, object]:
        return {
            "external_id": article.external_id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published,
            "language": article.language,
            "text": article.text,
            "sha256": article.sha256,
            "extra": article.metadata,
            "imported_at": self._now,
        }


def import_articles(
    project: Project,
    paths: Iterable[Path],
    *,
    field_map: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    on_progress: ImportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every article of ``paths``.

    Without ``skip_invalid`` any problem refuses the whole import (ImportRefusedError
    lists them) and nothing is written; with it, good records are imported and
    ``report.skipped`` lists exactly what was left out. When ``cancelled()`` turns
    true, CancelledError is raised and nothing is written.
    """
    inputs = _plan_inputs(paths, field_map or {}, max_bytes)
    report = ImportReport(inputs=[item.path for item in inputs])
    progress = _ProgressCounter(sum(item.size for item in inputs), on_progress)

    with project.engine.begin() as connection:
        writer = _Writer(connection, report, strict=not skip_invalid)
        for item in inputs:
            for parsed in item.read(progress.read_up_to):
                if cancelled is not None and cancelled():
                    raise CancelledError("import cancelled; nothing was imported")
                if isinstance(parsed, Problem):
                    report.skipped.append(parsed)
                    continue
                progress.records += 1
                writer.add(parsed)
            progress.finish_input(item.size)
        writer.flush()
        if report.skipped and not skip_invalid:
            raise ImportRefusedError(
                refusal_message(
                    "nothing was imported",
                    report.skipped,
                    "fix them, or use --skip-invalid to import the good records and skip these",
                )
            )
        if report.added:
            connection.execute(
                sa.insert(Audit),
                [
                    {
                        "at": dt.datetime.now(dt.UTC),
                        "action": "import",
                        "entity": "document",
                        "after": {
                            "added": report.added,
                            "inputs": [str(p) for p in report.inputs],
                        },
                    }
                ],
            )
    progress.finish()
    return report
