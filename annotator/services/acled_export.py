"""Export events as ACLED CSV: filtered, derived, checked against the codebook, written atomically.

Events that fail the codebook are not written; they are listed with their reasons,
and with ``strict`` the whole export is refused. Output goes to a temporary file beside
the destination, renamed into place only when complete, so a failed export leaves no
half-written file. Each event's checked line is kept with it (see ``_outcomes``), so a
repeated export writes stored lines instead of checking a million events again.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from annotator.codebook import Codebook, FieldMessage, default_codebook
from annotator.errors import CancelledError, ExportRefusedError
from annotator.io.acled_writer import AcledCsvOptions, AcledRowFormatter, csv_writer
from annotator.io.atomic import atomic_text_file
from annotator.services.notes import draft_note
from annotator.store.database import Project
from annotator.store.events import (
    EventFilter,
    ExportCache,
    StoredEvent,
    assign_dataset_ids,
    count_events,
    iter_event_batches,
    load_fields,
    store_export_cache,
)
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


def codebook_fingerprint(codebook: Codebook) -> str:
    """Identifies the exact codebook an event was checked with; any edit changes it."""
    content = codebook.path.read_bytes() if codebook.path is not None else b""
    digest = hashlib.sha256(content).hexdigest()[:16]
    return f"{codebook.id}@{codebook.version}:{digest}"


class _LineBuilder:
    """Derives a stored event into its full row, checks it, and formats its CSV line."""

    def __init__(self, codebook: Codebook, options: AcledCsvOptions, draft_notes: bool) -> None:
        self._codebook = codebook
        self._draft_notes = draft_notes
        self.formatter = AcledRowFormatter(codebook, options)
        self._buffer = io.StringIO()
        self._writer = csv_writer(self._buffer, options)

    def prepare(
        self, event: StoredEvent, fields: Mapping[str, Any]
    ) -> tuple[dict[str, Any], list[FieldMessage]]:
        values = dict(fields)
        if event.dataset_id:
            values["event_id_cnty"] = event.dataset_id
        # A reference event keeps the dataset's own timestamp; ours changed when we did.
        if event.status != "reference" or not values.get("timestamp"):
            values["timestamp"] = unix_seconds(event.updated_at)
        derived = self._codebook.derive(values)
        if self._draft_notes and not str(derived.get("notes") or "").strip():
            derived["notes"] = draft_note(derived)
        return derived, self._codebook.validate(derived)

    def line(self, derived: Mapping[str, Any]) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(self.formatter.row(derived))
        return self._buffer.getvalue()


@dataclass(frozen=True)
class _Outcome:
    event: StoredEvent
    line: str | None
    problems: list[FieldMessage]


def _outcomes(
    project: Project,
    which: EventFilter,
    codebook: Codebook,
    options: AcledCsvOptions,
    draft_notes: bool,
) -> Iterator[_Outcome]:
    """Every matching event's CSV line (or its problems), in id order.

    Events checked with this codebook since they last changed come with their stored
    line; the others are derived, checked and formatted, and their line is stored for
    the next export.
    """
    fingerprint = codebook_fingerprint(codebook)
    stored_form = _LineBuilder(codebook, AcledCsvOptions(), draft_notes=False)
    other_form = None if options == AcledCsvOptions() else _LineBuilder(codebook, options, False)
    with_drafts = _LineBuilder(codebook, options, draft_notes=True) if draft_notes else None
    for batch in iter_event_batches(project, which):
        usable = {
            event.id
            for event in batch
            if other_form is None and event.checked_with == fingerprint and event.valid
        }
        fields = load_fields(project, [event.id for event in batch if event.id not in usable])
        refreshed: list[ExportCache] = []
        for event in batch:
            if event.id in usable:
                yield _Outcome(event, event.export_line, [])
                continue
            derived, problems = stored_form.prepare(event, fields[event.id])
            line = None if problems else stored_form.line(derived)
            if event.checked_with != fingerprint:
                refreshed.append(ExportCache(event.id, fingerprint, not problems, line))
            if other_form is not None and not problems:
                line = other_form.line(derived)
            if problems and with_drafts is not None:
                derived, problems = with_drafts.prepare(event, fields[event.id])
                line = None if problems else with_drafts.line(derived)
            yield _Outcome(event, line, problems)
        store_export_cache(project, refreshed)


def check_for_export(
    project: Project, which: EventFilter, codebook: Codebook | None = None
) -> tuple[int, int]:
    """Check and store the export lines of matching events not checked yet.

    Run when events are written, so that exports write stored lines. Returns the
    number of valid and invalid events.
    """
    codebook = codebook or default_codebook()
    valid = invalid = 0
    for outcome in _outcomes(project, which, codebook, AcledCsvOptions(), draft_notes=False):
        if outcome.line is None:
            invalid += 1
        else:
            valid += 1
    return valid, invalid


def _rejected(outcome: _Outcome) -> Rejected:
    event = outcome.event
    name = event.dataset_id or f"event #{event.id}"
    return Rejected(name, event.status, event.coder, tuple(outcome.problems))


def _iso3_lookup(codebook: Codebook) -> Callable[[str], str | None]:
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
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AcledExportReport:
    """Write matching events to ``destination`` (or ``stdout`` when it is None).

    ``on_progress(done, total)`` is called as events are written; when ``cancelled()``
    turns true the export stops with CancelledError and no file is left behind.
    """
    codebook = codebook or default_codebook()
    options = options or AcledCsvOptions()
    if draft_notes is None:
        draft_notes = draft_notes_enabled(project)
    report = AcledExportReport()
    report.ids_assigned = assign_dataset_ids(project, which, _iso3_lookup(codebook))

    total = count_events(project, which) if on_progress is not None else 0

    def outcomes() -> Iterator[_Outcome]:
        found = _outcomes(project, which, codebook, options, draft_notes)
        if on_progress is None and cancelled is None:
            return found
        return _watched(found, total, on_progress, cancelled)

    if strict:
        rejected = [_rejected(outcome) for outcome in outcomes() if outcome.problems]
        if rejected:
            raise ExportRefusedError(_refusal(rejected))

    header = AcledRowFormatter(codebook, options).columns
    if destination is None:
        if stdout is None:
            raise ValueError("an export needs a destination file or a stream")
        _write_lines(stdout, header, outcomes(), options, report)
    else:
        encoding = "utf-8-sig" if options.profile == "excel" else "utf-8"
        with atomic_text_file(destination, encoding=encoding) as stream:
            _write_lines(stream, header, outcomes(), options, report)
        if report.rejected:
            report.sidecar = _write_sidecar(destination, report.rejected)
    return report


PROGRESS_EVERY = 1000


def _watched(
    outcomes: Iterator[_Outcome],
    total: int,
    on_progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[_Outcome]:
    """The outcomes, reporting progress and stopping when the user cancels."""
    for done, outcome in enumerate(outcomes, start=1):
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise CancelledError("export cancelled; no file was written")
            if on_progress is not None:
                on_progress(done, total)
        yield outcome
    if on_progress is not None:
        on_progress(total, total)


def _write_lines(
    stream: TextIO,
    header: Sequence[str],
    outcomes: Iterator[_Outcome],
    options: AcledCsvOptions,
    report: AcledExportReport,
) -> None:
    csv_writer(stream, options).writerow(header)
    write = stream.write
    for outcome in outcomes:
        if outcome.line is None:
            report.rejected.append(_rejected(outcome))
            continue
        write(outcome.line)
        report.written += 1


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

    No dataset ids are assigned: events that have none yet show ``(new)``.
    """
    codebook = codebook or default_codebook()
    options = options or AcledCsvOptions()
    if draft_notes is None:
        draft_notes = draft_notes_enabled(project)
    rows: list[list[str]] = []
    rejected: list[Rejected] = []
    for outcome in _outcomes(project, which, codebook, options, draft_notes):
        if outcome.line is None:
            if len(rejected) < limit:
                rejected.append(_rejected(outcome))
            continue
        cells = next(csv.reader([outcome.line]))
        if not outcome.event.dataset_id:
            cells[0] = "(new)"
        rows.append(cells)
        if len(rows) >= limit:
            break
    columns = AcledRowFormatter(codebook, options).columns
    return AcledPreview(columns, rows, rejected)


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
