"""One entry point for `annotator import` and the desk's Import command.

ACLED event exports go to the reference-event importer, everything else to the article
importer; the caller gets one report for both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from annotator.io.acled_csv import is_acled_file
from annotator.io.articles import DEFAULT_MAX_ARTICLE_BYTES
from annotator.services.acled_import import AcledImportReport, import_acled_events
from annotator.services.importing import ImportProgress, ImportReport, import_articles
from annotator.store.database import Project


@dataclass
class CombinedImportReport:
    articles: ImportReport | None = None
    event_files: list[tuple[Path, AcledImportReport]] = field(default_factory=list)

    def summary(self, project_name: str) -> str:
        lines = []
        for path, report in self.event_files:
            events = report.events
            lines.append(
                f"imported {events.added} reference event(s) from {path} ({events.updated} "
                f"updated, {events.unchanged} unchanged); the lexicon learned "
                f"{report.actors_added} actor name(s) and {report.places_added} place(s)"
            )
        if self.articles is not None:
            lines.append(
                f"imported {self.articles.added} new article(s) into {project_name}; "
                f"{self.articles.already_present} already present (same text)"
            )
        return "\n".join(lines)

    @property
    def skipped(self) -> list[object]:
        problems: list[object] = [p for _path, report in self.event_files for p in report.skipped]
        if self.articles is not None:
            problems.extend(self.articles.skipped)
        return problems


def import_paths(
    project: Project,
    paths: Iterable[Path],
    *,
    field_map: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    on_progress: ImportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CombinedImportReport:
    """Import every path: ACLED event files first, then all articles in one transaction."""
    given = list(paths)
    event_files = [path for path in given if is_acled_file(path)]
    article_paths = [path for path in given if path not in event_files]
    report = CombinedImportReport()
    for path in event_files:
        report.event_files.append(
            (path, import_acled_events(project, path, skip_invalid=skip_invalid))
        )
    if article_paths:
        report.articles = import_articles(
            project,
            article_paths,
            field_map=field_map,
            skip_invalid=skip_invalid,
            max_bytes=max_bytes,
            on_progress=on_progress,
            cancelled=cancelled,
        )
    return report
