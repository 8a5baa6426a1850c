"""Export events as ACLED CSV: filtered, derived, checked against the codebook, written atomically.

Events that fail the codebook are not written; they are listed with their reasons,
and with ``strict`` the whole export is refused. Output goes to a temporary file beside
the destination, renamed into place only when complete, so a failed export leaves no
half-written file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from annotator.codebook import Codebook, FieldMessage, default_codebook
from annotator.errors import ExportRefusedError
from annotator.io.acled_writer import AcledCsvOptions, AcledRowFormatter, csv_writer
from annotator.io.atomic import atomic_text_file
from annotator.services.notes import draft_note
from annotator.store.database import Project
from annotator.store.events import EventFilter, StoredEvent, assign_dataset_ids, iter_events
from annotator.store.models import ProjectSetting

DRAFT_NOTES_SETTING = "draft_notes"
REJECTIONS_SHOWN = 20


@dataclass(frozen=True)
class Rejected:
    event: str
    status: str
    coder: str | None
    problems: tuple[FieldMessage, ...]

    def __str__(self) -> str:
        reasons = "; ".join(problem.message for problem in self.problems)
        return f"{self.event}: {reasons}"


@dataclass
class AcledExportReport:
    written: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    ids_assigned: int = 0
    sidecar: Path | None = None


def draft_notes_enabled(project: Project) -> bool:
    with project.session() as session:
        setting = session.get(ProjectSetting, DRAFT_NOTES_SETTING)
        return bool(setting and setting.value.get("enabled"))


def set_draft_notes(project: Project, enabled: bool) -> None:
    with project.session() as session:
        setting = session.get(ProjectSetting, DRAFT_NOTES_SETTING)
        if setting is None:
            session.add(ProjectSetting(key=DRAFT_NOTES_SETTING, value={"enabled": enabled}))
        else:
            setting.value = {"enabled": enabled}


def unix_seconds(moment: dt.datetime) -> int:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they are stored in UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


class _EventRows:
    """The matching events, each derived into its full row and checked."""

    def __init__(
        self, project: Project, which: EventFilter, codebook: Codebook, draft_notes: bool
    ) -> None:
        self._project = project
        self._which = which
        self._codebook = codebook
        self._draft_notes = draft_notes

    def __iter__(self) -> Iterator[tuple[StoredEvent, dict[str, Any], list[FieldMessage]]]:
        for event in iter_events(self._project, self._which):
            row = self._row(event)
            yield event, row, self._codebook.validate(row)

    def _row(self, event: StoredEvent) -> dict[str, Any]:
        fields = dict(event.fields)
        if event.dataset_id:
            fields["event_id_cnty"] = event.dataset_id
        # A reference event keeps the dataset's own timestamp; ours changed when we did.
        if event.status != "reference" or not fields.get("timestamp"):
            fields["timestamp"] = unix_seconds(event.updated_at)
        derived = self._codebook.derive(fields)
        if self._draft_notes and not str(derived.get("notes") or "").strip():
            derived["notes"] = draft_note(derived)
        return derived


@dataclass(frozen=True)
class AcledPreview:
    columns: tuple[str, ...]
    rows: list[list[str]]
    rejected: list[Rejected]


def preview_acled(
    project: Project,
    *,
    which: EventFilter,
    options: AcledCsvOptions | None = None,
    draft_notes: bool | None = None,
    limit: int = 20,
    codebook: Codebook | None = None,
) -> AcledPreview:
    """The first ``limit`` rows an export would write, and the first rejected events.

    Nothing is written: events that have no dataset id yet show ``(new)``.
    """
    codebook = codebook or default_codebook()
    if draft_notes is None:
        draft_notes = draft_notes_enabled(project)
    formatter = AcledRowFormatter(codebook, options or AcledCsvOptions())
    rows: list[list[str]] = []
    rejected: list[Rejected] = []
    for event, row, problems in _EventRows(project, which, codebook, draft_notes):
        if problems:
            if len(rejected) < limit:
                rejected.append(_rejected(event, problems))
            continue
        if not event.dataset_id:
            row["event_id_cnty"] = ""
        cells = formatter.row(row)
        if not event.dataset_id:
            cells[formatter.columns.index("event_id_cnty")] = "(new)"
        rows.append(cells)
        if len(rows) >= limit:
            break
    return AcledPreview(formatter.columns, rows, rejected)


def _rejected(event: StoredEvent, problems: list[FieldMessage]) -> Rejected:
    name = event.dataset_id or f"event #{event.id}"
    return Rejected(name, event.status, event.coder, tuple(problems))


def _iso3_lookup(codebook: Codebook) -> Any:
    countries = codebook.vocabulary("country")

    def iso3(country: str) -> str | None:
        item = countries.item(country)
        code = item.data.get("iso3") if item is not None else None
        return str(code) if code else None

    return iso3


def export_acled(
    project: Project,
    destination: Path | None,
    *,
    which: EventFilter,
    options: AcledCsvOptions | None = None,
    strict: bool = False,
    draft_notes: bool | None = None,
    stdout: TextIO | None = None,
    codebook: Codebook | None = None,
) -> AcledExportReport:
    """Write matching events to ``destination`` (or ``stdout`` when it is None)."""
    codebook = codebook or default_codebook()
    options = options or AcledCsvOptions()
    if draft_notes is None:
        draft_notes = draft_notes_enabled(project)
    report = AcledExportReport()
    report.ids_assigned = assign_dataset_ids(project, which, _iso3_lookup(codebook))
    rows = _EventRows(project, which, codebook, draft_notes)

    if strict:
        rejected = [_rejected(event, problems) for event, _row, problems in rows if problems]
        if rejected:
            raise ExportRefusedError(_refusal(rejected))

    formatter = AcledRowFormatter(codebook, options)
    if destination is None:
        if stdout is None:
            raise ValueError("an export needs a destination file or a stream")
        _write_rows(stdout, rows, formatter, options, report)
    else:
        with atomic_text_file(
            destination, encoding="utf-8-sig" if options.profile == "excel" else "utf-8"
        ) as stream:
            _write_rows(stream, rows, formatter, options, report)
        if report.rejected:
            report.sidecar = _write_sidecar(destination, report.rejected)
    return report


def _write_rows(
    stream: TextIO,
    rows: _EventRows,
    formatter: AcledRowFormatter,
    options: AcledCsvOptions,
    report: AcledExportReport,
) -> None:
    writer = csv_writer(stream, options)
    writer.writerow(formatter.columns)
    for event, row, problems in rows:
        if problems:
            report.rejected.append(_rejected(event, problems))
            continue
        writer.writerow(formatter.row(row))
        report.written += 1


def _write_sidecar(destination: Path, rejected: list[Rejected]) -> Path:
    """The rejected events and why, beside the export: one row per problem."""
    sidecar = destination.with_name(destination.name + ".rejected.csv")
    with atomic_text_file(sidecar) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["event", "status", "coder", "field", "problem"])
        for item in rejected:
            for problem in item.problems:
                writer.writerow(
                    [item.event, item.status, item.coder or "", problem.field, problem.message]
                )
    return sidecar


def _refusal(rejected: list[Rejected]) -> str:
    lines = [f"nothing was exported: {len(rejected)} event(s) fail the codebook"]
    lines += [f"  {item}" for item in rejected[:REJECTIONS_SHOWN]]
    if len(rejected) > REJECTIONS_SHOWN:
        lines.append(f"  ... and {len(rejected) - REJECTIONS_SHOWN} more")
    lines.append("fix them, or export without --strict to write the valid events")
    return "\n".join(lines)
